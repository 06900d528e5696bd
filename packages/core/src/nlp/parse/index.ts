/**
 * Syntax: a UPOS tagger, a lemmatiser and a transition-based dependency
 * parser (arc-hybrid, averaged perceptron, dynamic oracle), written from
 * scratch and trained on UD English EWT; the weights ship in
 * packages/core/models/parser-ud-ewt.bin.gz (see the README there).
 *
 *   parseSentence(tokens)          // kgraph Tokens (or strings) → {upos, lemma, head, deprel}; head −1 = root
 *   loadParserModel().parse(words) // treebank words → {upos, lemmas, heads (1-based, 0 root), deprels}
 *
 * Also here: the CoNLL-U reader, the scorer behind `kgraph eval parse` and training.
 */
export { parseSentence, type TokenParse } from './parse-sentence.js';
export { ParserModel, type SentenceParse, type ParserModelData } from './model.js';
export { loadParserModel, readParserModel, SHIPPED_PARSER_PATH } from './load.js';
export { parseConllu, readConlluFile, type UdSentence } from './conllu.js';
export { ParseScorer, type ParseScore } from './score.js';
export { trainParserModel, scoreParser, type ParserTrainOptions } from './train.js';
export { encodeParserModel, decodeParserModel } from './model-file.js';
export { udWordsOf } from './ud-words.js';
