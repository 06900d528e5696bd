/**
 * Features of a parser state, after Zhang & Nivre (2011) adapted to arc-hybrid:
 * words and tags of the top three stack items and the first three buffer
 * items, their pairs and triples, distance, valency, the outermost children
 * of s0, s1 and b0 (word, tag, relation) and the relation sets of s0 and b0,
 * plus word clusters. And the features of the relation classifier, which
 * labels an arc as it is made, seeing the dependent's finished subtree and
 * the head's children so far.
 */
import { featureKey, featureKey2 } from '../ner/hash.js';
import type { ArcHybridState } from './arc-hybrid.js';
import type { SentenceWords } from './word-attributes.js';

export const TRANSITION_FEATURES = 100;
export const LABEL_FEATURES = 34;

const NONE_WORD = 0x1b873593;
const ROOT_WORD = 0x5bd1e995;
const NONE_TAG = 250;
const ROOT_TAG = 251;
const NONE_LABEL = 254;

/** Tags, words and clusters of a sentence with the two stand-ins (none, root) resolved. */
export interface ParseInput {
  words: SentenceWords;
  tags: Int32Array;
}

// What the features read of a position x (−1: none; n: the root), as plain functions (no closures on the hot path).
function wordAt(words: SentenceWords, n: number, x: number): number {
  return x < 0 ? NONE_WORD : x === n ? ROOT_WORD : words.lower[x]!;
}
function tagAt(tags: Int32Array, n: number, x: number): number {
  return x < 0 ? NONE_TAG : x === n ? ROOT_TAG : tags[x]!;
}
function labelAt(state: ArcHybridState, x: number): number {
  return x < 0 ? NONE_LABEL : state.labels[x]! & 0xff;
}
function clusterAt(words: SentenceWords, n: number, x: number, level: number): number {
  return x < 0 ? 1 << 13 : x === n ? 1 << 14 : words.cluster[x * 3 + level]!;
}

function tags3(a: number, b: number, c: number): number {
  return a | (b << 8) | (c << 16);
}

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6;
}

export function transitionFeatures(state: ArcHybridState, input: ParseInput, keys: Int32Array): number {
  const { words, tags } = input;
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

  const s0w = wordAt(words, n, s0), s0p = tagAt(tags, n, s0), s1w = wordAt(words, n, s1), s1p = tagAt(tags, n, s1), s2p = tagAt(tags, n, s2);
  const b0w = wordAt(words, n, b0), b0p = tagAt(tags, n, b0), b1w = wordAt(words, n, b1), b1p = tagAt(tags, n, b1), b2w = wordAt(words, n, b2), b2p = tagAt(tags, n, b2);
  const s0wp = featureKey(200, s0w ^ s0p), b0wp = featureKey(201, b0w ^ b0p);
  const s1wp = featureKey(202, s1w ^ s1p), b1wp = featureKey(203, b1w ^ b1p);
  const d = s0 >= 0 ? distanceBucket(b0 - s0) : 7;
  const d1 = s1 >= 0 ? distanceBucket(s0 - s1) : 7;
  const s0vl = s0 >= 0 ? state.leftCount[s0]! : 15, s0vr = s0 >= 0 ? state.rightCount[s0]! : 15;
  const s1vr = s1 >= 0 ? state.rightCount[s1]! : 15, b0vl = state.leftCount[b0]!;
  const s0c = clusterAt(words, n, s0, 1), b0c = clusterAt(words, n, b0, 1), b1c = clusterAt(words, n, b1, 1), s1c = clusterAt(words, n, s1, 1);

  let k = 0;
  keys[k++] = featureKey(0, 1);
  // single words
  keys[k++] = s0wp;
  keys[k++] = featureKey(1, s0w);
  keys[k++] = featureKey(2, s0p);
  keys[k++] = b0wp;
  keys[k++] = featureKey(3, b0w);
  keys[k++] = featureKey(4, b0p);
  keys[k++] = b1wp;
  keys[k++] = featureKey(5, b1w);
  keys[k++] = featureKey(6, b1p);
  keys[k++] = featureKey(7, b2w);
  keys[k++] = featureKey(8, b2p);
  keys[k++] = s1wp;
  keys[k++] = featureKey(9, s1w);
  keys[k++] = featureKey(10, s1p);
  keys[k++] = featureKey(11, s2p);
  keys[k++] = featureKey(12, wordAt(words, n, s2));
  // pairs
  keys[k++] = featureKey2(13, s0wp, b0wp);
  keys[k++] = featureKey2(14, s0wp, b0w);
  keys[k++] = featureKey2(15, s0w, b0wp);
  keys[k++] = featureKey2(16, s0wp, b0p);
  keys[k++] = featureKey2(17, s0p, b0wp);
  keys[k++] = featureKey2(18, s0w, b0w);
  keys[k++] = featureKey(19, tags3(s0p, b0p, 0));
  keys[k++] = featureKey(20, tags3(b0p, b1p, 0));
  keys[k++] = featureKey(21, tags3(s1p, s0p, 0));
  keys[k++] = featureKey2(22, s1w, s0w);
  keys[k++] = featureKey2(23, s1wp, s0p);
  keys[k++] = featureKey2(24, s1p, s0wp);
  keys[k++] = featureKey(25, tags3(s1p, b0p, 0));
  keys[k++] = featureKey2(26, s1wp, s0wp);
  keys[k++] = featureKey2(27, b0wp, b1wp);
  keys[k++] = featureKey2(28, b0w, b1w);
  // triples of tags
  keys[k++] = featureKey(29, tags3(b0p, b1p, b2p));
  keys[k++] = featureKey(30, tags3(s0p, b0p, b1p));
  keys[k++] = featureKey(31, tags3(s1p, s0p, b0p));
  keys[k++] = featureKey(32, tags3(s0p, tagAt(tags, n, s0l), b0p));
  keys[k++] = featureKey(33, tags3(s0p, tagAt(tags, n, s0r), b0p));
  keys[k++] = featureKey(34, tags3(s0p, b0p, tagAt(tags, n, b0l)));
  keys[k++] = featureKey(35, tags3(s2p, s1p, s0p));
  keys[k++] = featureKey(36, tags3(s1p, tagAt(tags, n, s1r), s0p));
  keys[k++] = featureKey(37, tags3(s1p, tagAt(tags, n, s1l), s0p));
  keys[k++] = featureKey(38, tags3(s1p, s0p, tagAt(tags, n, s0l)));
  keys[k++] = featureKey(39, tags3(s1p, s0p, tagAt(tags, n, s0r)));
  // distance
  keys[k++] = featureKey2(40, s0w, d);
  keys[k++] = featureKey2(41, s0p, d);
  keys[k++] = featureKey2(42, b0w, d);
  keys[k++] = featureKey2(43, b0p, d);
  keys[k++] = featureKey2(44, featureKey2(0, s0w, b0w), d);
  keys[k++] = featureKey(45, tags3(s0p, b0p, d));
  keys[k++] = featureKey(46, tags3(s1p, s0p, d1));
  keys[k++] = featureKey2(47, featureKey2(0, s1w, s0w), d1);
  keys[k++] = featureKey2(48, s1w, d1);
  // valency
  keys[k++] = featureKey2(49, s0w, s0vr);
  keys[k++] = featureKey2(50, s0p, s0vr);
  keys[k++] = featureKey2(51, s0w, s0vl);
  keys[k++] = featureKey2(52, s0p, s0vl);
  keys[k++] = featureKey2(53, b0w, b0vl);
  keys[k++] = featureKey2(54, b0p, b0vl);
  keys[k++] = featureKey2(55, s1w, s1vr);
  keys[k++] = featureKey2(56, s1p, s1vr);
  // children: word, tag, relation
  keys[k++] = featureKey(57, wordAt(words, n, s0l));
  keys[k++] = featureKey(58, tagAt(tags, n, s0l));
  keys[k++] = featureKey(59, labelAt(state, s0l));
  keys[k++] = featureKey(60, wordAt(words, n, s0r));
  keys[k++] = featureKey(61, tagAt(tags, n, s0r));
  keys[k++] = featureKey(62, labelAt(state, s0r));
  keys[k++] = featureKey(63, wordAt(words, n, b0l));
  keys[k++] = featureKey(64, tagAt(tags, n, b0l));
  keys[k++] = featureKey(65, labelAt(state, b0l));
  keys[k++] = featureKey(66, wordAt(words, n, s1r));
  keys[k++] = featureKey(67, labelAt(state, s1r));
  keys[k++] = featureKey(68, labelAt(state, s1l));
  // second children
  keys[k++] = featureKey(69, wordAt(words, n, s0l2));
  keys[k++] = featureKey(70, tagAt(tags, n, s0l2) | (labelAt(state, s0l2) << 8));
  keys[k++] = featureKey(71, wordAt(words, n, s0r2));
  keys[k++] = featureKey(72, tagAt(tags, n, s0r2) | (labelAt(state, s0r2) << 8));
  keys[k++] = featureKey(73, wordAt(words, n, b0l2));
  keys[k++] = featureKey(74, tagAt(tags, n, b0l2) | (labelAt(state, b0l2) << 8));
  keys[k++] = featureKey(75, tags3(s0p, labelAt(state, s0l), labelAt(state, s0l2)));
  keys[k++] = featureKey(76, tags3(s0p, labelAt(state, s0r), labelAt(state, s0r2)));
  keys[k++] = featureKey(77, tags3(b0p, labelAt(state, b0l), labelAt(state, b0l2)));
  keys[k++] = featureKey(78, tags3(s1p, labelAt(state, s1r), labelAt(state, s1r2)));
  // relation sets
  keys[k++] = featureKey2(79, s0wp, s0 >= 0 ? state.rightLabels[s0]! : 1);
  keys[k++] = featureKey2(80, s0p, s0 >= 0 ? state.rightLabels[s0]! : 1);
  keys[k++] = featureKey2(81, s0p, s0 >= 0 ? state.leftLabels[s0]! : 1);
  keys[k++] = featureKey2(82, b0wp, state.leftLabels[b0]!);
  keys[k++] = featureKey2(83, b0p, state.leftLabels[b0]!);
  keys[k++] = featureKey2(84, s1p, s1 >= 0 ? state.rightLabels[s1]! : 1);
  // clusters
  keys[k++] = featureKey(85, s0c);
  keys[k++] = featureKey(86, b0c);
  keys[k++] = featureKey(87, b1c);
  keys[k++] = featureKey(88, s1c);
  keys[k++] = featureKey2(89, s0c, b0c);
  keys[k++] = featureKey2(90, s0c, b0p);
  keys[k++] = featureKey2(91, s0p, b0c);
  keys[k++] = featureKey2(92, s1c, s0c);
  keys[k++] = featureKey2(93, clusterAt(words, n, s0, 2), b0p);
  keys[k++] = featureKey2(94, s0p, clusterAt(words, n, b0, 2));
  keys[k++] = featureKey(95, tags3(s0p, b0p, d) ^ (s1 >= 0 ? 1 << 28 : 0) ^ (b0 === n ? 1 << 29 : 0));
  return k;
}

/** Features for the relation of the arc `head` → `dependent` made in `state` (head may be the root, index n). */
export function labelFeatures(state: ArcHybridState, input: ParseInput, head: number, dependent: number, keys: Int32Array): number {
  const { words, tags } = input;
  const n = state.root;
  const dw = wordAt(words, n, dependent), dp = tagAt(tags, n, dependent), hw = wordAt(words, n, head), hp = tagAt(tags, n, head);
  const left = dependent < head ? 1 : 0;
  const dist = distanceBucket(Math.abs(head - dependent)) | (left << 4);
  const dl = state.left1[dependent]!;
  const dr = state.right1[dependent]!;
  // The head's nearest child so far on the dependent's side.
  const sibling = left ? state.left1[head]! : state.right1[head]!;
  const headLeft = state.leftLabels[head]!;
  const depLeft = state.leftLabels[dependent]!;
  const depRight = state.rightLabels[dependent]!;
  const dpHp = dp | (hp << 8) | (dist << 16);
  let k = 0;
  keys[k++] = featureKey(100, 1);
  keys[k++] = featureKey(101, dw);
  keys[k++] = featureKey(102, dp | (left << 8));
  keys[k++] = featureKey2(103, dw, dp);
  keys[k++] = featureKey(104, hw);
  keys[k++] = featureKey2(105, hw, hp);
  keys[k++] = featureKey2(106, dw, hp | (left << 8));
  keys[k++] = featureKey2(107, hw, dp | (left << 8));
  keys[k++] = featureKey(108, dp | (hp << 8) | (left << 16));
  keys[k++] = featureKey2(109, dw, hw);
  keys[k++] = featureKey(110, dpHp);
  keys[k++] = featureKey2(111, dw, dist);
  keys[k++] = featureKey(112, labelAt(state, dl) | (labelAt(state, dr) << 8) | (dp << 16));
  keys[k++] = featureKey2(113, wordAt(words, n, dl), dp | (left << 8));
  keys[k++] = featureKey2(114, wordAt(words, n, dl), hp | (dp << 8));
  keys[k++] = featureKey2(115, depLeft, dp | (left << 8));
  keys[k++] = featureKey2(116, depRight, dp | (left << 8));
  keys[k++] = featureKey(117, labelAt(state, sibling) | (dp << 8) | (hp << 16) | (left << 24));
  keys[k++] = featureKey2(118, wordAt(words, n, sibling), dp | (left << 8));
  keys[k++] = featureKey2(119, headLeft, dp | (hp << 8) | (left << 16));
  keys[k++] = featureKey2(120, headLeft, wordAt(words, n, dl));
  keys[k++] = featureKey(121, clusterAt(words, n, dependent, 1) | (left << 16));
  keys[k++] = featureKey(122, clusterAt(words, n, head, 1) | (left << 16));
  keys[k++] = featureKey2(123, clusterAt(words, n, dependent, 1), hp | (left << 8));
  keys[k++] = featureKey2(124, clusterAt(words, n, head, 1), dp | (left << 8));
  keys[k++] = featureKey2(125, dependent < n ? words.suffix[dependent * 4 + 1]! : 0, hp | (dp << 8));
  keys[k++] = featureKey2(126, head < n ? words.suffix[head * 4 + 1]! : 0, hp | (dp << 8) | (left << 16));
  keys[k++] = featureKey2(127, dependent < n ? words.caseFlags[dependent]! : 0, dp | (hp << 8));
  keys[k++] = featureKey2(128, wordAt(words, n, state.right2[dependent]!), labelAt(state, dr));
  keys[k++] = featureKey2(129, tagAt(tags, n, dl) | (tagAt(tags, n, dr) << 8), dp | (hp << 8));
  keys[k++] = featureKey2(130, wordAt(words, n, dl), hw);
  keys[k++] = featureKey(131, (head === n ? 1 : 0) | (dependent === 0 ? 2 : 0) | (dp << 2));
  keys[k++] = featureKey2(132, dependent + 1 < n ? words.lower[dependent + 1]! : NONE_WORD, dp | (left << 8));
  keys[k++] = featureKey2(133, dependent > 0 ? words.lower[dependent - 1]! : NONE_WORD, dp | (left << 8));
  return k;
}
