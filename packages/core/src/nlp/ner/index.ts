/**
 * Named-entity recognition: a statistical tagger written from scratch —
 * averaged perceptron, left-to-right BILOU decoding with a small beam, features of word
 * form, shape, affixes, a ±2 context window, previous tags, gazetteers,
 * general word classes, how words are cased elsewhere in the document, and a
 * second pass that sees what the first tagged elsewhere in the document.
 * Trained on CoNLL-2003 English; the weights ship in
 * packages/core/models/ner-conll2003.bin.gz (see the README there).
 *
 * In: tokens (strings, as our tokenizer gives them; curly quotes and dashes
 * are normalised inside, `U.S.` is one token, possessive `'s` a separate one).
 * Out: spans `{start, end, type, score}` — token indices, end exclusive,
 * type PER | LOC | ORG | MISC, score 0–1 — or per-token BIO tags.
 *
 *   const ner = loadNerModel();                 // lazy, cached; ~50–120 ms once
 *   ner.spansDocument(sentences);               // best: one call per article, NerSpan[][]
 *   ner.spansDocument(sentences, { secondPass: false }); // ~1.6× faster, a little less accurate
 *   ner.spansDocument(sentences, { beam: 1 });  // greedy: faster, a little less accurate
 *   ner.spans(['Angela', 'Merkel', 'visited', 'Paris', '.']);
 *   // → [{start: 0, end: 2, type: 'PER', score: …}, {start: 3, end: 4, type: 'LOC', score: …}]
 *   ner.tag(tokens);                            // ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']
 *   ner.tagDocument(sentences);                 // BIO tags per sentence
 *
 * Also here: the CoNLL reader, the conlleval-style scorer and training.
 */
export { NER_TYPES, spansFromTags, bioTagsFromSpans, type NerType, type TypedSpan } from './tags.js';
export { parseConll, readConllFile, type ConllDocument, type ConllSentence } from './conll.js';
export { EntityScorer, scoreEntities, type EntityScore, type PrecisionRecall } from './score.js';
export { NerModel, DEFAULT_BEAM_WIDTH, type DecodeOptions, type NerSpan, type NerTag, type NerModelData } from './model.js';
export { loadNerModel, readNerModel, SHIPPED_MODEL_PATH } from './load.js';
export { trainNerModel, evaluateModel, type TrainOptions } from './train.js';
export { encodeModel, decodeModel } from './model-file.js';
export { normaliseToken } from './token-form.js';
