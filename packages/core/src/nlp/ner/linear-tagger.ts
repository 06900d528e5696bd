/**
 * Decoding: beam search left to right over BILOU labels with a linear score
 * per label, constrained to well-formed entities, in one or two passes. In: a
 * sentence's tokens and its document facts. Out: a label and, for entity
 * tokens, a probability per token.
 *
 * Speed (the tagger is bound by memory reads, not arithmetic):
 * - the weights of every feature that depends on one token only are summed
 *   once per distinct token (its own features and what it contributes to
 *   each neighbour), for all passes at once, and cached;
 * - all passes share one feature table whose rows hold every pass's weights
 *   side by side, so a feature is looked up once: while the first pass
 *   decodes a sentence it also sums the second pass's weights of the
 *   features that do not depend on tags (`static2`), and the
 *   second pass starts from those sums, reusing the first pass's lookups of
 *   the history features where the previous tag did not change.
 */
import { FeatureTable } from './feature-table.js';
import {
  CASE_VALUES,
  FeatureExtractor,
  HISTORY_VALUES,
  SENTENCE_POSITIONS,
  sentencePosition,
  PAD_AFTER,
  PAD_BEFORE,
  previousTagCaseKey,
  previousTagKey,
  previousTwoTagsKey,
  tokenHistoryKeys,
  type DocumentContext,
  type PreparedSentence,
} from './features.js';
import { Attr } from './token-form.js';
import { ALLOWED_AFTER, ALLOWED_AT_END, LABEL_COUNT } from './labels.js';

/** The weights of one pass: a row of LABEL_COUNT weights per feature key. */
export interface PassWeights {
  keys: Uint32Array;
  weights: Float32Array;
}

/**
 * Slots of a token's cached vectors: its own features, then as the neighbour
 * at −2, −1, +1, +2, then its position features at each sentence position,
 * then the weights of its two token-history features after an O (the most
 * common history: no lookup then). A token's cache holds these slots for
 * every pass, pass after pass.
 */
const NEIGHBOUR_OFFSETS = [0, -2, -1, 1, 2] as const;
const POSITION_SLOT = NEIGHBOUR_OFFSETS.length;
const HISTORY_SLOT = POSITION_SLOT + SENTENCE_POSITIONS;
const SLOTS = HISTORY_SLOT + 2;
/** The history value p (previous label + 1) whose token-history weights are cached: after an O. */
const CACHED_P = 1;
const VECTOR = LABEL_COUNT;
const PASS_VECTORS = SLOTS * VECTOR;
/** Stamps of taggers' token caches: unique over all taggers of the process (they may share attribute arrays). */
let nextStamp = 1;
const PRESENT_BITS = 1 << 21;
const PRESENT_MASK = (PRESENT_BITS >>> 5) - 1;
/** Distinct tokens whose vectors are kept before the cache starts afresh. */
const VECTOR_LIMIT = 100_000;

/** Dense weights of the history features that do not look at the token, of one pass. */
interface DenseHistory {
  previousTag: Float32Array;
  previousTwoTags: Float32Array;
  previousTagCase: Float32Array;
}

export class LinearTagger {
  /** Feature key → shared row; row r holds pass q's weights at r * stride + q * LABEL_COUNT. */
  private readonly table: FeatureTable;
  /**
   * One bit per hash bucket of the keys in `table` (2²¹ bits, 256 KB, small
   * enough to stay in cache): most context keys (rare word pairs) are not in
   * the model, and this answers "absent" for ~95% of them without touching
   * the large table.
   */
  private readonly present = new Int32Array(PRESENT_BITS >>> 5);
  private readonly weights: Float32Array;
  private readonly stride: number;
  readonly passCount: number;
  private readonly scores = new Float64Array(LABEL_COUNT);
  /** Hypotheses kept per token while decoding: 1 is greedy. */
  private beamWidth = 1;
  private beam = new Beam(1);
  private nextBeam = new Beam(1);
  private backLabel = new Int32Array(0);
  private backParent = new Int32Array(0);
  /** Token-history weights per previous label (p), for the token being decoded. */
  private readonly historyCache = new Float64Array(HISTORY_VALUES * LABEL_COUNT);
  private readonly historySeen = new Int32Array(HISTORY_VALUES);
  private historyStamp = 0;
  private base = new Float64Array(256 * LABEL_COUNT);
  private readonly history = new Uint32Array(2);
  private readonly dense: DenseHistory[];
  private readonly keyBuffer: number[] = [];
  /**
   * Cached vectors of distinct tokens, side by side in one arena (fewer
   * objects to chase than one array per token). A token's attribute array
   * (one per distinct token, from the extractor's cache) records its offset
   * here with this tagger's current stamp, so finding them takes no lookup.
   * Offsets 0 and `tokenVectors` hold the pads before and after a sentence.
   */
  private stamp = 0;
  private arenaTokens = 0;
  private arena: Float32Array;
  private arenaUsed = 0;
  private readonly tokenVectors: number;
  /** Per token of the sentence being decoded, its offset in `arena` (reused). */
  private at = new Int32Array(256);
  /**
   * Output of the last decode call (entries 0 … n−1; reused buffers, so a
   * caller reads them before the next call): a label per token and, for
   * entity tokens, its probability.
   */
  labels = new Int32Array(256);
  probabilities = new Float64Array(256);
  /**
   * What the first pass leaves for the second, per token of the document
   * (see beginDocument): the second pass's sum of the features that do not
   * depend on tags (LABEL_COUNT each), the history value p the first pass
   * used and the shared rows of its two token-history keys.
   */
  private static2 = new Float64Array(0);
  private historyP = new Int32Array(0);
  private historyRows = new Int32Array(0);
  /** Per token of the document, the offset of its vectors in `arena` (the arena is not cleared inside a document). */
  private documentAt = new Int32Array(0);

  constructor(
    readonly passes: readonly PassWeights[],
    private readonly extractor: FeatureExtractor,
  ) {
    this.passCount = passes.length;
    this.stride = this.passCount * LABEL_COUNT;
    this.table = new FeatureTable(passes.reduce((n, pass) => Math.max(n, pass.keys.length), 0) * 1.5);
    // Shared rows in order of first appearance (pass by pass), each pass's weights copied into its place.
    const rowsOf = passes.map((pass) => {
      const rows = new Int32Array(pass.keys.length);
      for (let row = 0; row < pass.keys.length; row++) {
        const key = pass.keys[row]! | 0;
        rows[row] = this.table.add(key);
        this.present[(key >>> 5) & PRESENT_MASK] |= 1 << (key & 31);
      }
      return rows;
    });
    this.weights = new Float32Array(this.table.size * this.stride);
    passes.forEach((pass, q) => {
      const rows = rowsOf[q]!;
      const source = pass.weights;
      const target = this.weights;
      for (let row = 0; row < rows.length; row++) {
        const from = row * LABEL_COUNT;
        const to = rows[row]! * this.stride + q * LABEL_COUNT;
        for (let label = 0; label < LABEL_COUNT; label++) target[to + label] = source[from + label]!;
      }
    });
    this.tokenVectors = this.passCount * PASS_VECTORS;
    this.arena = new Float32Array(1024 * this.tokenVectors);
    this.clearVectors();
    this.dense = passes.map((_, q) => ({
      previousTag: this.denseOf(q, HISTORY_VALUES, (p) => previousTagKey(p)),
      previousTwoTags: this.denseOf(q, HISTORY_VALUES * HISTORY_VALUES, (v) => previousTwoTagsKey(Math.floor(v / HISTORY_VALUES), v % HISTORY_VALUES)),
      previousTagCase: this.denseOf(q, HISTORY_VALUES * CASE_VALUES, (v) => previousTagCaseKey(Math.floor(v / CASE_VALUES), v % CASE_VALUES)),
    }));
  }

  /** Sets how many hypotheses decoding keeps (1: greedy). */
  setBeamWidth(width: number): void {
    width = Math.max(1, Math.floor(width));
    if (width === this.beamWidth) return;
    this.beamWidth = width;
    this.beam = new Beam(this.beamWidth);
    this.nextBeam = new Beam(this.beamWidth);
  }

  /** Pass q's weight rows of `count` keys as one dense array. */
  private denseOf(q: number, count: number, keyOf: (value: number) => number): Float32Array {
    const dense = new Float32Array(count * LABEL_COUNT);
    for (let value = 0; value < count; value++) {
      const row = this.table.get(keyOf(value));
      if (row >= 0) dense.set(this.weights.subarray(row * this.stride + q * LABEL_COUNT, row * this.stride + (q + 1) * LABEL_COUNT), value * LABEL_COUNT);
    }
    return dense;
  }

  private clearVectors(): void {
    this.stamp = nextStamp++;
    this.arenaTokens = 0;
    this.arena.fill(0, 0, 2 * this.tokenVectors);
    this.vectorsOf(PAD_BEFORE, 0, false);
    this.vectorsOf(PAD_AFTER, this.tokenVectors, false);
    this.arenaUsed = 2 * this.tokenVectors;
  }

  /**
   * Sums, into `arena` from `start`, the weights of a token's one-token
   * features per pass: own, as neighbour at −2, −1, +1, +2, at each position.
   */
  private vectorsOf(attrs: Uint32Array, start: number, own = true): void {
    const vectors = this.arena;
    const keys = this.keyBuffer;
    const { weights, stride, passCount } = this;
    for (let slot = 0; slot < SLOTS; slot++) {
      keys.length = 0;
      if (slot === 0) {
        if (own) this.extractor.ownKeys(attrs, keys);
      } else if (slot < POSITION_SLOT) this.extractor.neighbourKeys(attrs, NEIGHBOUR_OFFSETS[slot]!, keys);
      else if (slot < HISTORY_SLOT) {
        if (own) this.extractor.positionKeys(attrs, slot - POSITION_SLOT, keys);
      } else if (own) {
        tokenHistoryKeys(this.history, attrs, CACHED_P);
        keys.push(this.history[slot - HISTORY_SLOT]!);
      }
      for (const key of keys) {
        const row = this.table.get(key);
        if (row < 0) continue;
        for (let q = 0; q < passCount; q++) {
          const base = row * stride + q * LABEL_COUNT;
          const at = start + q * PASS_VECTORS + slot * VECTOR;
          for (let label = 0; label < LABEL_COUNT; label++) vectors[at + label] += weights[base + label]!;
        }
      }
    }
  }

  /** The offset of a token's vectors in `arena`, summed on first sight. */
  private vectorsAt(attrs: Uint32Array): number {
    if (attrs[Attr.Stamp] === this.stamp) return attrs[Attr.VectorsAt]!;
    {
      const start = this.arenaUsed;
      if (start + this.tokenVectors > this.arena.length) {
        const grown = new Float32Array(this.arena.length * 2);
        grown.set(this.arena.subarray(0, start));
        this.arena = grown;
      }
      this.arena.fill(0, start, start + this.tokenVectors);
      this.vectorsOf(attrs, start);
      this.arenaUsed += this.tokenVectors;
      this.arenaTokens++;
      attrs[Attr.Stamp] = this.stamp;
      attrs[Attr.VectorsAt] = start;
      return start;
    }
  }

  /** Makes room for the second pass's state of a document of `tokens` tokens. */
  beginDocument(tokens: number): void {
    if (this.arenaTokens + tokens > VECTOR_LIMIT) this.clearVectors();
    if (this.passCount < 2 || this.historyP.length >= tokens) return;
    const size = Math.max(tokens, this.historyP.length * 2, 1024);
    this.static2 = new Float64Array(size * LABEL_COUNT);
    this.historyP = new Int32Array(size);
    this.historyRows = new Int32Array(size * 2);
    this.documentAt = new Int32Array(size);
  }

  private ensureOutput(n: number): void {
    if (this.labels.length >= n) return;
    this.labels = new Int32Array(n * 2);
    this.probabilities = new Float64Array(n * 2);
  }

  /**
   * The first pass over a sentence, into `labels` and `probabilities`. With
   * `stateAt` ≥ 0 (the sentence's first token's index in its document, after
   * beginDocument) it also keeps what the second pass needs.
   */
  decodeFirst(sentence: PreparedSentence, context: DocumentContext, stateAt: number): void {
    const extractor = this.extractor;
    const { tokens, attrs, initial, capitalsLine, gazetteerCodes, quoted } = sentence;
    const n = tokens.length;
    this.ensureOutput(n);
    const keep = stateAt >= 0 && this.passCount > 1;
    const { static2, documentAt, historyP } = this;
    // Cleared between sentences only (and, for documents, in beginDocument
    // only): the offsets held for this sentence and document stay valid.
    if (!keep && this.arenaTokens + n > VECTOR_LIMIT) this.clearVectors();
    if (this.at.length < n) this.at = new Int32Array(n * 2);
    const at = this.at;
    for (let i = 0; i < n; i++) at[i] = this.vectorsAt(attrs[i]!);
    const arena = this.arena;
    const padBefore = 0;
    const padAfter = this.tokenVectors;
    const { table, scores, keyBuffer, weights, stride, present } = this;
    const base = this.baseScores(n);
    for (let i = 0; i < n; i++) {
      const own = at[i]!;
      const position = own + (POSITION_SLOT + sentencePosition(initial[i]!, capitalsLine)) * VECTOR;
      const m2 = (i >= 2 ? at[i - 2]! : padBefore) + VECTOR;
      const m1 = (i >= 1 ? at[i - 1]! : padBefore) + 2 * VECTOR;
      const p1 = (i + 1 < n ? at[i + 1]! : padAfter) + 3 * VECTOR;
      const p2 = (i + 2 < n ? at[i + 2]! : padAfter) + 4 * VECTOR;
      for (let label = 0; label < LABEL_COUNT; label++) {
        scores[label] = arena[own + label]! + arena[position + label]! + arena[m2 + label]! + arena[m1 + label]! + arena[p1 + label]! + arena[p2 + label]!;
      }
      const at2 = (stateAt + i) * LABEL_COUNT;
      if (keep) {
        for (let label = 0; label < LABEL_COUNT; label++) {
          const v = PASS_VECTORS + label;
          static2[at2 + label] =
            arena[own + v]! + arena[position + v]! + arena[m2 + v]! + arena[m1 + v]! + arena[p1 + v]! + arena[p2 + v]!;
        }
      }
      keyBuffer.length = 0;
      extractor.contextKeys(attrs, i, gazetteerCodes, initial[i]!, capitalsLine, quoted[i]!, context, undefined, keyBuffer, false);
      for (let k = 0; k < keyBuffer.length; k++) {
        const key = keyBuffer[k]! | 0;
        if ((present[(key >>> 5) & PRESENT_MASK]! & (1 << (key & 31))) === 0) continue;
        const row = table.get(key);
        if (row < 0) continue;
        const from = row * stride;
        for (let label = 0; label < LABEL_COUNT; label++) scores[label] += weights[from + label]!;
        if (keep) for (let label = 0; label < LABEL_COUNT; label++) static2[at2 + label] += weights[from + LABEL_COUNT + label]!;
      }
      base.set(scores, i * LABEL_COUNT);
      if (keep) {
        documentAt[stateAt + i] = own;
        historyP[stateAt + i] = -1;
      }
    }
    this.search(sentence, 0, keep ? stateAt : -1);
  }

  /**
   * The second pass over a sentence the first pass decoded with `stateAt`,
   * given its matches against the document's first-pass entities; into
   * `labels` and `probabilities`.
   */
  decodeSecond(sentence: PreparedSentence, stateAt: number, documentCodes: readonly (readonly number[])[]): void {
    const extractor = this.extractor;
    const { attrs } = sentence;
    const n = attrs.length;
    this.ensureOutput(n);
    const { table, scores, keyBuffer, weights, stride, static2 } = this;
    const base = this.baseScores(n);
    for (let i = 0; i < n; i++) {
      const at2 = (stateAt + i) * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label] = static2[at2 + label]!;
      if (documentCodes[i]!.length > 0 || (i > 0 && documentCodes[i - 1]!.length > 0) || (i + 1 < n && documentCodes[i + 1]!.length > 0)) {
        keyBuffer.length = 0;
        extractor.documentLabelKeys(attrs, i, documentCodes, keyBuffer);
        for (let k = 0; k < keyBuffer.length; k++) addRow(table.get(keyBuffer[k]!), weights, stride, LABEL_COUNT, scores);
      }
      base.set(scores, i * LABEL_COUNT);
    }
    this.search(sentence, 1, stateAt);
  }

  /** The per-sentence buffer of scores before history features (n × LABEL_COUNT). */
  private baseScores(n: number): Float64Array {
    if (this.base.length < n * LABEL_COUNT) this.base = new Float64Array(n * 2 * LABEL_COUNT);
    return this.base;
  }

  /**
   * Adds to `out` (at `to`) pass q's weights of the history features that look
   * at token i's form after a token labelled p − 1. The most common history
   * (after an O) was summed with the token's vectors; otherwise the pass-1
   * lookups are kept for pass 2, which mostly sees the same previous labels.
   */
  private tokenHistory(attrs: Uint32Array, i: number, p: number, q: number, stateAt: number, out: Float64Array, to: number): void {
    const offset = q * LABEL_COUNT;
    if (p === CACHED_P) {
      const h = (stateAt >= 0 ? this.documentAt[stateAt + i]! : this.at[i]!) + q * PASS_VECTORS + HISTORY_SLOT * VECTOR;
      const arena = this.arena;
      for (let label = 0; label < LABEL_COUNT; label++) out[to + label] = arena[h + label]! + arena[h + VECTOR + label]!;
      return;
    }
    let row0: number;
    let row1: number;
    if (q > 0 && this.historyP[stateAt + i] === p) {
      row0 = this.historyRows[2 * (stateAt + i)]!;
      row1 = this.historyRows[2 * (stateAt + i) + 1]!;
    } else {
      tokenHistoryKeys(this.history, attrs, p);
      row0 = this.table.get(this.history[0]!);
      row1 = this.table.get(this.history[1]!);
      if (q === 0 && stateAt >= 0) {
        this.historyP[stateAt + i] = p;
        this.historyRows[2 * (stateAt + i)] = row0;
        this.historyRows[2 * (stateAt + i) + 1] = row1;
      }
    }
    out.fill(0, to, to + LABEL_COUNT);
    addRow(row0, this.weights, this.stride, offset, out, to);
    addRow(row1, this.weights, this.stride, offset, out, to);
  }

  /**
   * Beam search over BILOU labels of one sentence whose scores before the
   * history features are in `base`, for pass q, into `labels` and
   * `probabilities`. Each hypothesis scores the sum of its labels' linear
   * scores; only well-formed entities are built. A beam of 1 is greedy
   * decoding; a wider beam lets an entity end where a greedy choice would
   * have had to carry it on (a B- forces an I- or L- next).
   */
  private search(sentence: PreparedSentence, q: number, stateAt: number): void {
    const { attrs } = sentence;
    const n = attrs.length;
    const width = this.beamWidth;
    const { base, historyCache, historySeen, arena, documentAt, at } = this;
    const historySlot = q * PASS_VECTORS + HISTORY_SLOT * VECTOR;
    const { previousTag, previousTwoTags, previousTagCase } = this.dense[q]!;
    if (this.backLabel.length < n * width) {
      this.backLabel = new Int32Array(n * 2 * width);
      this.backParent = new Int32Array(n * 2 * width);
    }
    const { backLabel, backParent } = this;
    let beam = this.beam;
    let next = this.nextBeam;
    beam.count = 1;
    beam.label[0] = -1;
    beam.beforePrevious[0] = -1;
    beam.score[0] = 0;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      const caseClass = attrs[i]![Attr.Case]!;
      const from = i * LABEL_COUNT;
      const seen = ++this.historyStamp;
      next.count = 0;
      const ownHistory = (stateAt >= 0 ? documentAt[stateAt + i]! : at[i]!) + historySlot;
      for (let h = 0; h < beam.count; h++) {
        const previous = beam.label[h]!;
        const p = previous + 1;
        const hist = p * LABEL_COUNT;
        const two = (p * HISTORY_VALUES + beam.beforePrevious[h]! + 1) * LABEL_COUNT;
        const withCase = (p * CASE_VALUES + caseClass) * LABEL_COUNT;
        const start = beam.score[h]!;
        const allowed = last ? allowedLast : ALLOWED_AFTER;
        if (p === CACHED_P) {
          // The most common history (after an O): its token-history weights were summed with the token's vectors.
          for (let label = 0; label < LABEL_COUNT; label++) {
            if (!allowed[hist + label]) continue;
            const total =
              start + base[from + label]! + arena[ownHistory + label]! + arena[ownHistory + VECTOR + label]! +
              previousTag[hist + label]! + previousTwoTags[two + label]! + previousTagCase[withCase + label]!;
            if (next.count === width && !(total > next.score[width - 1]!)) continue;
            next.insert(total, label, previous, h, width);
          }
          continue;
        }
        if (historySeen[p] !== seen) {
          this.tokenHistory(attrs[i]!, i, p, q, stateAt, historyCache, hist);
          historySeen[p] = seen;
        }
        for (let label = 0; label < LABEL_COUNT; label++) {
          if (!allowed[hist + label]) continue;
          const total =
            start + base[from + label]! + historyCache[hist + label]! + previousTag[hist + label]! + previousTwoTags[two + label]! + previousTagCase[withCase + label]!;
          if (next.count === width && !(total > next.score[width - 1]!)) continue;
          next.insert(total, label, previous, h, width);
        }
      }
      // Hypotheses far behind the best are dropped: where the model is sure, decoding costs what greedy does.
      const floor = next.score[0]! - BEAM_MARGIN;
      while (next.count > 1 && next.score[next.count - 1]! < floor) next.count--;
      for (let k = 0; k < next.count; k++) {
        backLabel[i * width + k] = next.label[k]!;
        backParent[i * width + k] = next.parent[k]!;
      }
      const swap = beam;
      beam = next;
      next = swap;
    }
    this.beam = beam;
    this.nextBeam = next;
    const labels = this.labels;
    let k = 0;
    for (let i = n - 1; i >= 0; i--) {
      labels[i] = backLabel[i * width + k]!;
      k = backParent[i * width + k]!;
    }
    for (let i = 0; i < n; i++) if (labels[i] !== 0) this.probabilities[i] = this.probabilityAt(sentence, q, stateAt, i);
  }

  /** Softmax probability of the label chosen for token i (after `search`), over all labels, given the labels chosen before it. */
  private probabilityAt(sentence: PreparedSentence, q: number, stateAt: number, i: number): number {
    const { base, scores, labels } = this;
    const { previousTag, previousTwoTags, previousTagCase } = this.dense[q]!;
    const p = i > 0 ? labels[i - 1]! + 1 : 0;
    const pp = i > 1 ? labels[i - 2]! + 1 : 0;
    this.tokenHistory(sentence.attrs[i]!, i, p, q, stateAt, scores, 0);
    const hist = p * LABEL_COUNT;
    const two = (p * HISTORY_VALUES + pp) * LABEL_COUNT;
    const withCase = (p * CASE_VALUES + sentence.attrs[i]![Attr.Case]!) * LABEL_COUNT;
    const from = i * LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label++) {
      scores[label] += base[from + label]! + previousTag[hist + label]! + previousTwoTags[two + label]! + previousTagCase[withCase + label]!;
    }
    return probabilityOf(scores, scores[labels[i]!]!);
  }
}

/**
 * Hypotheses scoring this far below the best are dropped, so that where the
 * model is sure decoding costs what greedy decoding does. Measured: no loss
 * of F1 on CoNLL dev against an unpruned beam, −0.001 on wikigold.
 */
const BEAM_MARGIN = 20;

/** ALLOWED_AFTER for the last token of a sentence, which must close its entity. */
const allowedLast = ALLOWED_AFTER.map((ok, index) => (ok && ALLOWED_AT_END[index % LABEL_COUNT] ? 1 : 0));

/** Hypotheses of a beam, best first. */
class Beam {
  count = 0;
  readonly score: Float64Array;
  /** The hypothesis's last label (−1 before the sentence). */
  readonly label: Int32Array;
  readonly beforePrevious: Int32Array;
  readonly parent: Int32Array;

  constructor(width: number) {
    this.score = new Float64Array(width);
    this.label = new Int32Array(width);
    this.beforePrevious = new Int32Array(width);
    this.parent = new Int32Array(width);
  }

  /** Inserts a hypothesis in score order (after equal scores: the first found wins ties), keeping at most `width`. */
  insert(score: number, label: number, previous: number, parent: number, width: number): void {
    let at = Math.min(this.count, width - 1);
    while (at > 0 && this.score[at - 1]! < score) {
      if (at < width) this.move(at - 1, at);
      at--;
    }
    if (this.count < width) this.count++;
    this.score[at] = score;
    this.label[at] = label;
    this.beforePrevious[at] = previous;
    this.parent[at] = parent;
  }

  private move(from: number, to: number): void {
    this.score[to] = this.score[from]!;
    this.label[to] = this.label[from]!;
    this.beforePrevious[to] = this.beforePrevious[from]!;
    this.parent[to] = this.parent[from]!;
  }
}

/** Softmax probability of the label scoring `chosen` (only entity labels need one, for the span's score). */
function probabilityOf(scores: Float64Array, chosen: number): number {
  let total = 0;
  for (let label = 0; label < LABEL_COUNT; label++) total += Math.exp(scores[label]! - chosen);
  return 1 / total;
}

function addRow(row: number, weights: Float32Array, stride: number, offset: number, scores: Float64Array, to = 0): void {
  if (row < 0) return;
  const base = row * stride + offset;
  for (let label = 0; label < LABEL_COUNT; label++) scores[to + label] += weights[base + label]!;
}
