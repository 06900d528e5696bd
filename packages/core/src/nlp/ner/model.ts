/**
 * The NER model at tagging time. In: token arrays (a sentence, or the
 * sentences of one document). Out: BIO tags or typed spans with a score.
 * A first pass tags every sentence (linear-tagger.ts); when the model has a
 * second pass, it tags again knowing which phrases the first pass found
 * elsewhere in the document (document-labels.ts).
 */
import { withDefinedNames, withSurnames } from './definitions.js';
import { documentLabelGazetteer } from './document-labels.js';
import { FeatureExtractor, SEEN_LOWER_CLASS, WordClassBit, type PreparedSentence, type WordClasses } from './features.js';
import { GazetteerBit, type Gazetteer } from './gazetteer.js';
import { LABELS } from './labels.js';
import { LinearTagger, type PassWeights } from './linear-tagger.js';
import { mendSpans } from './span-rules.js';
import { NER_TYPES, bioTagsFromSpans, type NerType } from './tags.js';
import { Attr, normaliseToken } from './token-form.js';

/** A BIO tag: `O`, `B-PER`, `I-LOC`, … */
export type NerTag = 'O' | `${'B' | 'I'}-${NerType}`;

/** An entity over tokens `[start, end)`; `score` is the mean probability of its labels (0–1). */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  score: number;
}

/** Everything a model is made of; what the model file stores. */
export interface NerModelData {
  /** One or two passes of weights. */
  passes: PassWeights[];
  gazetteer: Gazetteer;
  wordClasses: WordClasses;
  /** Free-form facts about training (data, scores), kept in the file. */
  info: Record<string, unknown>;
}

/**
 * Hypotheses the tagger keeps per token. Greedy decoding (1) must carry an
 * entity on once it has opened one; two hypotheses let it close the entity
 * earlier. Measured in models/README.md: 2 gains about 0.01 F1 on CoNLL and
 * 0.02 on wikigold; wider beams gain little more and cost speed.
 */
export const DEFAULT_BEAM_WIDTH = 2;

export interface DecodeOptions {
  /** Hypotheses kept per token (1: greedy). Default DEFAULT_BEAM_WIDTH. */
  beam?: number;
}

export class NerModel {
  private readonly extractor: FeatureExtractor;
  private readonly tagger: LinearTagger;

  constructor(readonly data: NerModelData) {
    this.extractor = new FeatureExtractor(data.gazetteer, data.wordClasses);
    this.tagger = new LinearTagger(data.passes, this.extractor);
  }

  /**
   * True when the model's general lexicon knows a lower-case word as an
   * adjective or adverb and never as a noun ("late", "great").
   */
  isModifierOnly(word: string): boolean {
    const classes = this.lowerCaseClasses(word);
    const modifier = (1 << WordClassBit.Adjective) | (1 << WordClassBit.Adverb);
    const noun = (1 << WordClassBit.Noun) | (1 << WordClassBit.PluralNoun);
    return (classes & modifier) !== 0 && (classes & noun) === 0;
  }

  /**
   * What the model's reference lists say a place name is: a settlement
   * ('City') or a region ('Region') by WordNet's class of it, else a City
   * where GeoNames lists it and WordNet knows no other kind of place by that
   * name; undefined when they say nothing or disagree ("Victoria").
   */
  placeKind(words: readonly string[]): 'City' | 'Region' | undefined {
    const mask = this.data.gazetteer.maskOf(words.map((word) => this.extractor.cache.get(normaliseToken(word))[Attr.Plain]!));
    const has = (bit: number): boolean => (mask & (1 << bit)) !== 0;
    const settlement = has(GazetteerBit.NamedCity);
    const region = has(GazetteerBit.NamedRegion);
    if (settlement !== region) return settlement ? 'City' : 'Region';
    if (settlement || has(GazetteerBit.NamedPlace)) return undefined;
    // GeoNames lists towns named like common words ("Pool", "Rue"); a lone common word is not taken for one.
    if (words.length === 1 && this.isCommonWord(words[0]!)) return undefined;
    return has(GazetteerBit.City) || has(GazetteerBit.Town) ? 'City' : undefined;
  }

  /** The word-class bits the model's lexicons give a word's lower-case form. */
  private lowerCaseClasses(word: string): number {
    return this.data.wordClasses.get(this.extractor.cache.get(word.toLowerCase())[Attr.Plain]!) ?? 0;
  }

  /** True when the training text or a general lexicon knows a word in lower case (a noun, verb, adjective or adverb). */
  isCommonWord(word: string): boolean {
    const classes = this.lowerCaseClasses(word);
    const common = (1 << WordClassBit.Noun) | (1 << WordClassBit.PluralNoun) | (1 << WordClassBit.Verb) | (1 << WordClassBit.Adjective) | (1 << WordClassBit.Adverb) | (1 << SEEN_LOWER_CLASS);
    return (classes & common) !== 0;
  }

  /** Number of weight rows (features kept), over all passes. */
  get featureCount(): number {
    return this.data.passes.reduce((n, pass) => n + pass.keys.length, 0);
  }

  /**
   * Entities of one sentence, by the first pass alone: the fastest call.
   * (The second pass is trained on whole documents; on a lone sentence it
   * does worse than the first.)
   */
  spans(tokens: readonly string[], options: DecodeOptions = {}): NerSpan[] {
    this.tagger.setBeamWidth(options.beam ?? DEFAULT_BEAM_WIDTH);
    const sentence = this.extractor.prepare(tokens);
    this.tagger.decodeFirst(sentence, this.extractor.documentContextOf([sentence]), -1);
    return this.mended([sentence], [this.spansOf(tokens.length)])[0]!;
  }

  /** BIO tags of one sentence. */
  tag(tokens: readonly string[]): NerTag[] {
    return bioTagsFromSpans(this.spans(tokens), tokens.length) as NerTag[];
  }

  /**
   * Entities of every sentence of one document: how a word is cased and
   * tagged elsewhere in the document informs each sentence. With
   * `{secondPass: false}` only the case statistics are used: about 1.6× as
   * fast, a little less accurate.
   */
  spansDocument(sentences: readonly (readonly string[])[], options: DecodeOptions & { secondPass?: boolean } = {}): NerSpan[][] {
    this.tagger.setBeamWidth(options.beam ?? DEFAULT_BEAM_WIDTH);
    const prepared = sentences.map((tokens) => this.extractor.prepare(tokens));
    const context = this.extractor.documentContextOf(prepared);
    const keep = this.tagger.passCount > 1 && options.secondPass !== false;
    const starts = new Int32Array(prepared.length + 1);
    for (let n = 0; n < prepared.length; n++) starts[n + 1] = starts[n]! + prepared[n]!.tokens.length;
    if (keep) this.tagger.beginDocument(starts[prepared.length]!);
    const first = prepared.map((sentence, n) => {
      this.tagger.decodeFirst(sentence, context, keep ? starts[n]! : -1);
      return this.spansOf(sentence.tokens.length);
    });
    if (!keep || first.every((spans) => spans.length === 0)) return this.mended(prepared, first);
    const labels = documentLabelGazetteer(prepared.map((sentence) => sentence.attrs), first);
    const result = new Array<NerSpan[]>(prepared.length);
    for (let n = 0; n < prepared.length; n++) {
      const sentence = prepared[n]!;
      const codes = labels.match(sentence.attrs);
      // No token of the sentence was tagged anywhere in the document: the
      // second pass would only repeat the first with other weights.
      if (!codes.some((c) => c.length > 0)) result[n] = first[n]!;
      else {
        this.tagger.decodeSecond(sentence, starts[n]!, codes);
        result[n] = this.spansOf(sentence.tokens.length);
      }
    }
    return this.mended(prepared, result);
  }

  /** The decoded spans once the rules of the words around them have run (span-rules.ts, definitions.ts). */
  private mended(prepared: readonly PreparedSentence[], spans: NerSpan[][]): NerSpan[][] {
    const sentences = prepared.map((sentence) => sentence.tokens);
    const mended = spans.map((sentenceSpans, n) => mendSpans(sentences[n]!, sentenceSpans, prepared[n]!.capitalsLine));
    return withSurnames(sentences, withDefinedNames(sentences, mended));
  }

  /** BIO tags of every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): NerTag[][] {
    return this.spansDocument(sentences).map((spans, n) => bioTagsFromSpans(spans, sentences[n]!.length) as NerTag[]);
  }

  /** Spans of the tagger's last decode of a sentence of n tokens (as spansFromLabels reads labels), with their scores. */
  private spansOf(n: number): NerSpan[] {
    const spans: NerSpan[] = [];
    const { labels, probabilities } = this.tagger;
    let start = -1;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const label = labels[i]!;
      if (label === 0) {
        start = -1;
        continue;
      }
      const part = (label - 1) & 3;
      if (part === 3) spans.push({ start: i, end: i + 1, type: NER_TYPES[(label - 1) >> 2]!, score: probabilities[i]! });
      else if (part === 0) {
        start = i;
        sum = probabilities[i]!;
      } else if (start >= 0) {
        sum += probabilities[i]!;
        if (part === 2) {
          spans.push({ start, end: i + 1, type: NER_TYPES[(label - 1) >> 2]!, score: sum / (i + 1 - start) });
          start = -1;
        }
      }
    }
    return spans;
  }

  /** The first pass alone over a document (used to build second-pass training data). */
  firstPassDocument(sentences: readonly (readonly string[])[], options: DecodeOptions = {}): NerSpan[][] {
    this.tagger.setBeamWidth(options.beam ?? DEFAULT_BEAM_WIDTH);
    const prepared = sentences.map((tokens) => this.extractor.prepare(tokens));
    const context = this.extractor.documentContextOf(prepared);
    return prepared.map((sentence) => {
      this.tagger.decodeFirst(sentence, context, -1);
      return this.spansOf(sentence.tokens.length);
    });
  }
}

export { LABELS };
