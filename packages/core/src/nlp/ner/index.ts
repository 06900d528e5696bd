/**
 * Named-entity recognition: a statistical tagger (averaged perceptron,
 * greedy BILOU decoding, word/shape/affix/context/gazetteer/document-case
 * features) trained on CoNLL-2003 English and shipped in
 * packages/core/models/ner-conll2003.bin.gz.
 *
 * In: tokens (strings; curly quotes and dashes are normalised inside).
 * Out: per-token BIO tags, or spans `{start, end, type, score}` with token
 * indices (end exclusive) and types PER, LOC, ORG, MISC.
 *
 *   const ner = loadNerModel();             // lazy, cached; ~30 ms the first time
 *   ner.spans(['Angela', 'Merkel', 'visited', 'Paris', '.']);
 *   // → [{start: 0, end: 2, type: 'PER', score: 0.97}, {start: 3, end: 4, type: 'LOC', …}]
 *   ner.tag(tokens);                        // ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']
 *   ner.spansDocument(sentences);           // better: how a word is cased elsewhere in the
 *   ner.tagDocument(sentences);             // document helps headlines and sentence starts
 *
 * Also here: the CoNLL reader, the conlleval-style scorer and training.
 */
export { NER_TYPES, spansFromTags, bioTagsFromSpans, type NerType, type TypedSpan } from './tags.js';
export { parseConll, readConllFile, type ConllDocument, type ConllSentence } from './conll.js';
export { EntityScorer, scoreEntities, type EntityScore, type PrecisionRecall } from './score.js';
export { NerModel, type NerSpan, type NerTag } from './model.js';
export { loadNerModel, readNerModel, SHIPPED_MODEL_PATH } from './load.js';
export { trainNerModel, evaluateModel, type TrainOptions } from './train.js';
export { encodeModel, decodeModel } from './model-file.js';
export { normaliseToken } from './token-form.js';
