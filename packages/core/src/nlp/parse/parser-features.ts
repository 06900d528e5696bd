/**
 * Features of a parser state, after Zhang & Nivre (2011) adapted to arc-hybrid:
 * words and tags of the top three stack items and the first three buffer
 * items, their pairs and triples, distance, valency, the outermost children
 * of s0, s1 and b0 (word, tag, relation) and the relation sets of s0 and b0,
 * plus word clusters. And the features of the relation classifier, which
 * labels an arc as it is made, seeing the dependent's finished subtree and
 * the head's children so far.
 */
import { mix } from '../ner/hash.js';
import type { ArcHybridState } from './arc-hybrid.js';
import type { SentenceWords } from './word-attributes.js';

export const TRANSITION_FEATURES = 100;
export const LABEL_FEATURES = 34;

const NONE_WORD = 0x1b873593;
const ROOT_WORD = 0x5bd1e995;
const NONE_TAG = 250;
const ROOT_TAG = 251;
const NONE_LABEL = 254;
const NONE_CLUSTER = 1 << 13;
const ROOT_CLUSTER = 1 << 14;

/** Tags, words and clusters of a sentence with the two stand-ins (none, root) resolved. */
export interface ParseInput {
  words: SentenceWords;
  tags: Int32Array;
  /**
   * Words of a name the reference lists know ("Valdoria"): their arcs take no bare noun phrase's relation of time or
   * extent (obl:unmarked, "met on Monday" without its "on"), which a word's spelling may suggest ("Norway" ending
   * like "anyway") but a country, body or person never is.
   */
  names?: readonly boolean[];
}

/*
 * A feature's key is `featureKey(template, value)` of ner/hash.ts, and a pair's
 * `featureKey2(template, a, b)`: mix(value ^ T) with T the template's constant,
 * and value = mix(a) + b × PAIR for a pair. The features below write
 * value ^ T into the key buffer with plain arithmetic, taking mix(a) of a
 * word, tag or cluster from the sentence's table, and `finishKeys` mixes them
 * all in one loop: the same keys as calling featureKey for each, without a
 * hundred calls per transition (too many for the compiler to inline).
 */
const PAIR = 0x27d4eb2f;
const T = Int32Array.from({ length: 256 }, (_, template) => Math.imul(template + 1, 0x9e3779b1));

/** featureKey(template, value) from value ^ T[template]. */
function finishKeys(keys: Int32Array, count: number): number {
  for (let k = 0; k < count; k++) keys[k] = mix(keys[k]! >>> 0) | 0 || 1;
  return count;
}

/** What a sentence's position holds for the features, in a row of `Field.Width` numbers. */
const enum Field {
  Word = 0,
  Tag = 1,
  WordMix = 2,
  TagMix = 3,
  Cluster1 = 4,
  Cluster2 = 5,
  Cluster1Mix = 6,
  Cluster2Mix = 7,
  /** featureKey(200 + role, word ^ tag) for the roles s0, b0, s1, b1, and mix of each. */
  WordTag = 8,
  WordTagMix = 12,
  Width = 16,
}

/**
 * The features' view of a sentence, worked out once per sentence rather than
 * at every transition: row x + 1 for position x, so row 0 is "none" (x = −1)
 * and row n + 1 the root (x = n).
 */
export class SentenceFeatures {
  readonly n: number;
  readonly rows: Int32Array;

  constructor(readonly input: ParseInput) {
    const n = input.tags.length;
    this.n = n;
    this.rows = new Int32Array((n + 2) * Field.Width);
    for (let x = -1; x <= n; x++) {
      const at = (x + 1) * Field.Width;
      const inside = x >= 0 && x < n;
      const word = inside ? input.words.lower[x]! : x < 0 ? NONE_WORD : ROOT_WORD;
      const tag = inside ? input.tags[x]! : x < 0 ? NONE_TAG : ROOT_TAG;
      const cluster1 = inside ? input.words.cluster[x * 3 + 1]! : x < 0 ? NONE_CLUSTER : ROOT_CLUSTER;
      const cluster2 = inside ? input.words.cluster[x * 3 + 2]! : x < 0 ? NONE_CLUSTER : ROOT_CLUSTER;
      const rows = this.rows;
      rows[at + Field.Word] = word;
      rows[at + Field.Tag] = tag;
      rows[at + Field.WordMix] = mix(word >>> 0);
      rows[at + Field.TagMix] = mix(tag);
      rows[at + Field.Cluster1] = cluster1;
      rows[at + Field.Cluster2] = cluster2;
      rows[at + Field.Cluster1Mix] = mix(cluster1);
      rows[at + Field.Cluster2Mix] = mix(cluster2);
      for (let role = 0; role < 4; role++) {
        const key = mix(((word ^ tag) ^ T[200 + role]!) >>> 0) | 0 || 1;
        rows[at + Field.WordTag + role] = key;
        rows[at + Field.WordTagMix + role] = mix(key >>> 0);
      }
    }
  }
}

function labelAt(state: ArcHybridState, x: number): number {
  return x < 0 ? NONE_LABEL : state.labels[x]! & 0xff;
}

function tags3(a: number, b: number, c: number): number {
  return a | (b << 8) | (c << 16);
}

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** featureKey2(0, a, b) of a pair of words, for the triples that join it with a distance. */
function wordPairKey(aMix: number, b: number): number {
  return mix((((aMix + Math.imul(b, PAIR)) | 0) ^ T[0]!) >>> 0) | 0 || 1;
}

export function transitionFeatures(state: ArcHybridState, sentence: SentenceFeatures, keys: Int32Array): number {
  const r = sentence.rows;
  const n = state.root;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0l = s0 >= 0 ? state.left1[s0]! : -1;
  const s0l2 = s0 >= 0 ? state.left2[s0]! : -1;
  const s0r = s0 >= 0 ? state.right1[s0]! : -1;
  const s0r2 = s0 >= 0 ? state.right2[s0]! : -1;
  const s1l = s1 >= 0 ? state.left1[s1]! : -1;
  const s1r = s1 >= 0 ? state.right1[s1]! : -1;
  const s1r2 = s1 >= 0 ? state.right2[s1]! : -1;
  const b0l = state.left1[b0]!;
  const b0l2 = state.left2[b0]!;
  // Rows of the positions.
  const S0 = (s0 + 1) * Field.Width, S1 = (s1 + 1) * Field.Width, S2 = (s2 + 1) * Field.Width;
  const B0 = (b0 + 1) * Field.Width, B1 = (b1 + 1) * Field.Width, B2 = (b2 + 1) * Field.Width;
  const S0L = (s0l + 1) * Field.Width, S0L2 = (s0l2 + 1) * Field.Width, S0R = (s0r + 1) * Field.Width, S0R2 = (s0r2 + 1) * Field.Width;
  const S1L = (s1l + 1) * Field.Width, S1R = (s1r + 1) * Field.Width, B0L = (b0l + 1) * Field.Width, B0L2 = (b0l2 + 1) * Field.Width;

  const s0w = r[S0 + Field.Word]!, s0p = r[S0 + Field.Tag]!, s1w = r[S1 + Field.Word]!, s1p = r[S1 + Field.Tag]!, s2p = r[S2 + Field.Tag]!;
  const b0w = r[B0 + Field.Word]!, b0p = r[B0 + Field.Tag]!, b1w = r[B1 + Field.Word]!, b1p = r[B1 + Field.Tag]!, b2w = r[B2 + Field.Word]!, b2p = r[B2 + Field.Tag]!;
  const s0wMix = r[S0 + Field.WordMix]!, s0pMix = r[S0 + Field.TagMix]!, s1wMix = r[S1 + Field.WordMix]!, s1pMix = r[S1 + Field.TagMix]!;
  const b0wMix = r[B0 + Field.WordMix]!, b0pMix = r[B0 + Field.TagMix]!;
  const s0wp = r[S0 + Field.WordTag]!, b0wp = r[B0 + Field.WordTag + 1]!, b1wp = r[B1 + Field.WordTag + 3]!;
  const s0wpMix = r[S0 + Field.WordTagMix]!, b0wpMix = r[B0 + Field.WordTagMix + 1]!, s1wpMix = r[S1 + Field.WordTagMix + 2]!;
  const s0lp = r[S0L + Field.Tag]!, s0rp = r[S0R + Field.Tag]!, b0lp = r[B0L + Field.Tag]!, s1lp = r[S1L + Field.Tag]!, s1rp = r[S1R + Field.Tag]!;
  const d = s0 >= 0 ? distanceBucket(b0 - s0) : 7;
  const d1 = s1 >= 0 ? distanceBucket(s0 - s1) : 7;
  const s0vl = s0 >= 0 ? state.leftCount[s0]! : 15, s0vr = s0 >= 0 ? state.rightCount[s0]! : 15;
  const s1vr = s1 >= 0 ? state.rightCount[s1]! : 15, b0vl = state.leftCount[b0]!;
  const s0c = r[S0 + Field.Cluster1]!, b0c = r[B0 + Field.Cluster1]!, b1c = r[B1 + Field.Cluster1]!, s1c = r[S1 + Field.Cluster1]!;
  const s0cMix = r[S0 + Field.Cluster1Mix]!, s1cMix = r[S1 + Field.Cluster1Mix]!;
  const s0l1 = labelAt(state, s0l), s0l2l = labelAt(state, s0l2), s0r1 = labelAt(state, s0r), s0r2l = labelAt(state, s0r2);
  const b0l1 = labelAt(state, b0l), b0l2l = labelAt(state, b0l2), s1r1 = labelAt(state, s1r), s1r2l = labelAt(state, s1r2), s1l1 = labelAt(state, s1l);
  const imul = Math.imul;

  // Each line: value ^ T[template] (see finishKeys); a pair's value is mix(a) + b × PAIR.
  let k = 0;
  keys[k++] = 1 ^ T[0]!;
  // single words
  keys[k++] = (s0w ^ s0p) ^ T[200]!; // = s0wp once mixed
  keys[k++] = s0w ^ T[1]!;
  keys[k++] = s0p ^ T[2]!;
  keys[k++] = (b0w ^ b0p) ^ T[201]!; // = b0wp once mixed
  keys[k++] = b0w ^ T[3]!;
  keys[k++] = b0p ^ T[4]!;
  keys[k++] = (b1w ^ b1p) ^ T[203]!; // = b1wp once mixed
  keys[k++] = b1w ^ T[5]!;
  keys[k++] = b1p ^ T[6]!;
  keys[k++] = b2w ^ T[7]!;
  keys[k++] = b2p ^ T[8]!;
  keys[k++] = (s1w ^ s1p) ^ T[202]!; // = s1wp once mixed
  keys[k++] = s1w ^ T[9]!;
  keys[k++] = s1p ^ T[10]!;
  keys[k++] = s2p ^ T[11]!;
  keys[k++] = r[S2 + Field.Word]! ^ T[12]!;
  // pairs
  keys[k++] = (s0wpMix + imul(b0wp, PAIR)) ^ T[13]!;
  keys[k++] = (s0wpMix + imul(b0w, PAIR)) ^ T[14]!;
  keys[k++] = (s0wMix + imul(b0wp, PAIR)) ^ T[15]!;
  keys[k++] = (s0wpMix + imul(b0p, PAIR)) ^ T[16]!;
  keys[k++] = (s0pMix + imul(b0wp, PAIR)) ^ T[17]!;
  keys[k++] = (s0wMix + imul(b0w, PAIR)) ^ T[18]!;
  keys[k++] = tags3(s0p, b0p, 0) ^ T[19]!;
  keys[k++] = tags3(b0p, b1p, 0) ^ T[20]!;
  keys[k++] = tags3(s1p, s0p, 0) ^ T[21]!;
  keys[k++] = (s1wMix + imul(s0w, PAIR)) ^ T[22]!;
  keys[k++] = (s1wpMix + imul(s0p, PAIR)) ^ T[23]!;
  keys[k++] = (s1pMix + imul(s0wp, PAIR)) ^ T[24]!;
  keys[k++] = tags3(s1p, b0p, 0) ^ T[25]!;
  keys[k++] = (s1wpMix + imul(s0wp, PAIR)) ^ T[26]!;
  keys[k++] = (b0wpMix + imul(b1wp, PAIR)) ^ T[27]!;
  keys[k++] = (b0wMix + imul(b1w, PAIR)) ^ T[28]!;
  // triples of tags
  keys[k++] = tags3(b0p, b1p, b2p) ^ T[29]!;
  keys[k++] = tags3(s0p, b0p, b1p) ^ T[30]!;
  keys[k++] = tags3(s1p, s0p, b0p) ^ T[31]!;
  keys[k++] = tags3(s0p, s0lp, b0p) ^ T[32]!;
  keys[k++] = tags3(s0p, s0rp, b0p) ^ T[33]!;
  keys[k++] = tags3(s0p, b0p, b0lp) ^ T[34]!;
  keys[k++] = tags3(s2p, s1p, s0p) ^ T[35]!;
  keys[k++] = tags3(s1p, s1rp, s0p) ^ T[36]!;
  keys[k++] = tags3(s1p, s1lp, s0p) ^ T[37]!;
  keys[k++] = tags3(s1p, s0p, s0lp) ^ T[38]!;
  keys[k++] = tags3(s1p, s0p, s0rp) ^ T[39]!;
  // distance
  keys[k++] = (s0wMix + imul(d, PAIR)) ^ T[40]!;
  keys[k++] = (s0pMix + imul(d, PAIR)) ^ T[41]!;
  keys[k++] = (b0wMix + imul(d, PAIR)) ^ T[42]!;
  keys[k++] = (b0pMix + imul(d, PAIR)) ^ T[43]!;
  keys[k++] = (mix(wordPairKey(s0wMix, b0w) >>> 0) + imul(d, PAIR)) ^ T[44]!;
  keys[k++] = tags3(s0p, b0p, d) ^ T[45]!;
  keys[k++] = tags3(s1p, s0p, d1) ^ T[46]!;
  keys[k++] = (mix(wordPairKey(s1wMix, s0w) >>> 0) + imul(d1, PAIR)) ^ T[47]!;
  keys[k++] = (s1wMix + imul(d1, PAIR)) ^ T[48]!;
  // valency
  keys[k++] = (s0wMix + imul(s0vr, PAIR)) ^ T[49]!;
  keys[k++] = (s0pMix + imul(s0vr, PAIR)) ^ T[50]!;
  keys[k++] = (s0wMix + imul(s0vl, PAIR)) ^ T[51]!;
  keys[k++] = (s0pMix + imul(s0vl, PAIR)) ^ T[52]!;
  keys[k++] = (b0wMix + imul(b0vl, PAIR)) ^ T[53]!;
  keys[k++] = (b0pMix + imul(b0vl, PAIR)) ^ T[54]!;
  keys[k++] = (s1wMix + imul(s1vr, PAIR)) ^ T[55]!;
  keys[k++] = (s1pMix + imul(s1vr, PAIR)) ^ T[56]!;
  // children: word, tag, relation
  keys[k++] = r[S0L + Field.Word]! ^ T[57]!;
  keys[k++] = s0lp ^ T[58]!;
  keys[k++] = s0l1 ^ T[59]!;
  keys[k++] = r[S0R + Field.Word]! ^ T[60]!;
  keys[k++] = s0rp ^ T[61]!;
  keys[k++] = s0r1 ^ T[62]!;
  keys[k++] = r[B0L + Field.Word]! ^ T[63]!;
  keys[k++] = b0lp ^ T[64]!;
  keys[k++] = b0l1 ^ T[65]!;
  keys[k++] = r[S1R + Field.Word]! ^ T[66]!;
  keys[k++] = s1r1 ^ T[67]!;
  keys[k++] = s1l1 ^ T[68]!;
  // second children
  keys[k++] = r[S0L2 + Field.Word]! ^ T[69]!;
  keys[k++] = (r[S0L2 + Field.Tag]! | (s0l2l << 8)) ^ T[70]!;
  keys[k++] = r[S0R2 + Field.Word]! ^ T[71]!;
  keys[k++] = (r[S0R2 + Field.Tag]! | (s0r2l << 8)) ^ T[72]!;
  keys[k++] = r[B0L2 + Field.Word]! ^ T[73]!;
  keys[k++] = (r[B0L2 + Field.Tag]! | (b0l2l << 8)) ^ T[74]!;
  keys[k++] = tags3(s0p, s0l1, s0l2l) ^ T[75]!;
  keys[k++] = tags3(s0p, s0r1, s0r2l) ^ T[76]!;
  keys[k++] = tags3(b0p, b0l1, b0l2l) ^ T[77]!;
  keys[k++] = tags3(s1p, s1r1, s1r2l) ^ T[78]!;
  // relation sets
  keys[k++] = (s0wpMix + imul(s0 >= 0 ? state.rightLabels[s0]! : 1, PAIR)) ^ T[79]!;
  keys[k++] = (s0pMix + imul(s0 >= 0 ? state.rightLabels[s0]! : 1, PAIR)) ^ T[80]!;
  keys[k++] = (s0pMix + imul(s0 >= 0 ? state.leftLabels[s0]! : 1, PAIR)) ^ T[81]!;
  keys[k++] = (b0wpMix + imul(state.leftLabels[b0]!, PAIR)) ^ T[82]!;
  keys[k++] = (b0pMix + imul(state.leftLabels[b0]!, PAIR)) ^ T[83]!;
  keys[k++] = (s1pMix + imul(s1 >= 0 ? state.rightLabels[s1]! : 1, PAIR)) ^ T[84]!;
  // clusters
  keys[k++] = s0c ^ T[85]!;
  keys[k++] = b0c ^ T[86]!;
  keys[k++] = b1c ^ T[87]!;
  keys[k++] = s1c ^ T[88]!;
  keys[k++] = (s0cMix + imul(b0c, PAIR)) ^ T[89]!;
  keys[k++] = (s0cMix + imul(b0p, PAIR)) ^ T[90]!;
  keys[k++] = (s0pMix + imul(b0c, PAIR)) ^ T[91]!;
  keys[k++] = (s1cMix + imul(s0c, PAIR)) ^ T[92]!;
  keys[k++] = (r[S0 + Field.Cluster2Mix]! + imul(b0p, PAIR)) ^ T[93]!;
  keys[k++] = (s0pMix + imul(r[B0 + Field.Cluster2]!, PAIR)) ^ T[94]!;
  keys[k++] = (tags3(s0p, b0p, d) ^ (s1 >= 0 ? 1 << 28 : 0) ^ (b0 === n ? 1 << 29 : 0)) ^ T[95]!;
  return finishKeys(keys, k);
}

/** Features for the relation of the arc `head` → `dependent` made in `state` (head may be the root, index n). */
export function labelFeatures(state: ArcHybridState, sentence: SentenceFeatures, head: number, dependent: number, keys: Int32Array): number {
  const r = sentence.rows;
  const words = sentence.input.words;
  const n = state.root;
  const D = (dependent + 1) * Field.Width, H = (head + 1) * Field.Width;
  const dw = r[D + Field.Word]!, dp = r[D + Field.Tag]!, hw = r[H + Field.Word]!, hp = r[H + Field.Tag]!;
  const dwMix = r[D + Field.WordMix]!, hwMix = r[H + Field.WordMix]!;
  const left = dependent < head ? 1 : 0;
  const dist = distanceBucket(Math.abs(head - dependent)) | (left << 4);
  const dl = state.left1[dependent]!;
  const dr = state.right1[dependent]!;
  // The head's nearest child so far on the dependent's side.
  const sibling = left ? state.left1[head]! : state.right1[head]!;
  const DL = (dl + 1) * Field.Width, DR = (dr + 1) * Field.Width, SIB = (sibling + 1) * Field.Width;
  const dlMix = r[DL + Field.WordMix]!;
  const headLeftMix = mix(state.leftLabels[head]!);
  const depLeft = state.leftLabels[dependent]!;
  const depRight = state.rightLabels[dependent]!;
  const dpHp = dp | (hp << 8) | (dist << 16);
  const dc = r[D + Field.Cluster1]!, hc = r[H + Field.Cluster1]!;
  const imul = Math.imul;
  // Each line: value ^ T[template] (see finishKeys); a pair's value is mix(a) + b × PAIR.
  let k = 0;
  keys[k++] = 1 ^ T[100]!;
  keys[k++] = dw ^ T[101]!;
  keys[k++] = (dp | (left << 8)) ^ T[102]!;
  keys[k++] = (dwMix + imul(dp, PAIR)) ^ T[103]!;
  keys[k++] = hw ^ T[104]!;
  keys[k++] = (hwMix + imul(hp, PAIR)) ^ T[105]!;
  keys[k++] = (dwMix + imul(hp | (left << 8), PAIR)) ^ T[106]!;
  keys[k++] = (hwMix + imul(dp | (left << 8), PAIR)) ^ T[107]!;
  keys[k++] = (dp | (hp << 8) | (left << 16)) ^ T[108]!;
  keys[k++] = (dwMix + imul(hw, PAIR)) ^ T[109]!;
  keys[k++] = dpHp ^ T[110]!;
  keys[k++] = (dwMix + imul(dist, PAIR)) ^ T[111]!;
  keys[k++] = (labelAt(state, dl) | (labelAt(state, dr) << 8) | (dp << 16)) ^ T[112]!;
  keys[k++] = (dlMix + imul(dp | (left << 8), PAIR)) ^ T[113]!;
  keys[k++] = (dlMix + imul(hp | (dp << 8), PAIR)) ^ T[114]!;
  keys[k++] = (mix(depLeft) + imul(dp | (left << 8), PAIR)) ^ T[115]!;
  keys[k++] = (mix(depRight) + imul(dp | (left << 8), PAIR)) ^ T[116]!;
  keys[k++] = (labelAt(state, sibling) | (dp << 8) | (hp << 16) | (left << 24)) ^ T[117]!;
  keys[k++] = (r[SIB + Field.WordMix]! + imul(dp | (left << 8), PAIR)) ^ T[118]!;
  keys[k++] = (headLeftMix + imul(dp | (hp << 8) | (left << 16), PAIR)) ^ T[119]!;
  keys[k++] = (headLeftMix + imul(r[DL + Field.Word]!, PAIR)) ^ T[120]!;
  keys[k++] = (dc | (left << 16)) ^ T[121]!;
  keys[k++] = (hc | (left << 16)) ^ T[122]!;
  keys[k++] = (r[D + Field.Cluster1Mix]! + imul(hp | (left << 8), PAIR)) ^ T[123]!;
  keys[k++] = (r[H + Field.Cluster1Mix]! + imul(dp | (left << 8), PAIR)) ^ T[124]!;
  keys[k++] = (mix(dependent < n ? words.suffix[dependent * 4 + 1]! : 0) + imul(hp | (dp << 8), PAIR)) ^ T[125]!;
  keys[k++] = (mix(head < n ? words.suffix[head * 4 + 1]! : 0) + imul(hp | (dp << 8) | (left << 16), PAIR)) ^ T[126]!;
  keys[k++] = (mix(dependent < n ? words.caseFlags[dependent]! : 0) + imul(dp | (hp << 8), PAIR)) ^ T[127]!;
  keys[k++] = (r[(state.right2[dependent]! + 1) * Field.Width + Field.WordMix]! + imul(labelAt(state, dr), PAIR)) ^ T[128]!;
  keys[k++] = (mix(r[DL + Field.Tag]! | (r[DR + Field.Tag]! << 8)) + imul(dp | (hp << 8), PAIR)) ^ T[129]!;
  keys[k++] = (dlMix + imul(hw, PAIR)) ^ T[130]!;
  keys[k++] = ((head === n ? 1 : 0) | (dependent === 0 ? 2 : 0) | (dp << 2)) ^ T[131]!;
  // The words beside the dependent; past the sentence's end, "none", not the root.
  const next = dependent + 1 < n ? (dependent + 2) * Field.Width : 0;
  keys[k++] = (r[next + Field.WordMix]! + imul(dp | (left << 8), PAIR)) ^ T[132]!;
  keys[k++] = (r[dependent * Field.Width + Field.WordMix]! + imul(dp | (left << 8), PAIR)) ^ T[133]!;
  return finishKeys(keys, k);
}
