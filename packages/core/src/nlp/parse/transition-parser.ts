/**
 * Greedy arc-hybrid parsing of one sentence with two linear classifiers:
 * one chooses the transition, the other the relation of each arc as it is
 * made. Training (`learn`) follows the dynamic oracle: where the chosen
 * transition loses gold arcs, the best transition that loses fewest gets the
 * update; with `explore`, the parser then goes on with its own choice, so it
 * learns to recover from its mistakes.
 */
import { ArcHybridState, SHIFT, TRANSITIONS } from './arc-hybrid.js';
import type { AveragedWeights, Scorer } from './linear-weights.js';
import { LABEL_FEATURES, labelFeatures, SentenceFeatures, TRANSITION_FEATURES, transitionFeatures, type ParseInput } from './parser-features.js';

export interface ParserWeights {
  transitions: Scorer;
  labels: Scorer;
  labelCount: number;
  /** The relation number of "root", the only one an arc from the root may take. */
  rootLabel: number;
  /** The relations an arc to a word of a known name may take, where they are fewer than any word's (see `ParseInput`). */
  nameLabels?: Uint8Array;
  /**
   * The relation numbers of a passive's subject and auxiliary: a subject is taken for a passive's only where its head
   * has its passive auxiliary already (which, nearer the verb, is attached first: "B was called", "B had been freed"),
   * or an auxiliary before it waits for its head ("Was B called?"); else it is the active's ("B called on C to …",
   * "B praised C", the past tense tagged a participle).
   */
  passive?: { subject: number; active: number; auxiliary: number; auxiliaryTags: Uint8Array };
}

export interface ParserLearning {
  transitions: AveragedWeights;
  labels: AveragedWeights;
  /** Gold heads (n for the root) and relation numbers. */
  goldHeads: Int32Array;
  goldLabels: Int32Array;
  /** Probability of following the model's own (wrong) choice. */
  explore: number;
  random: () => number;
}

/**
 * Buffers every parse reuses (a parse runs to its end before the next
 * starts): a typed array of more than a few numbers is allocated outside the
 * heap and freed by the collector, a cost paid per sentence otherwise.
 */
const scratch = {
  keys: new Int32Array(Math.max(TRANSITION_FEATURES, LABEL_FEATURES)),
  scores: new Float32Array(TRANSITIONS),
  costs: new Int32Array(TRANSITIONS),
  legal: new Uint8Array(TRANSITIONS),
  wordLabels: new Uint8Array(0),
  rootLabel: -1,
  /** Any relation but the root's: those an arc from a word may take. */
  wordLabelsOf(weights: ParserWeights): Uint8Array {
    if (this.wordLabels.length !== weights.labelCount || this.rootLabel !== weights.rootLabel) {
      this.wordLabels = new Uint8Array(weights.labelCount).fill(1);
      this.wordLabels[weights.rootLabel] = 0;
      this.rootLabel = weights.rootLabel;
    }
    return this.wordLabels;
  },
};

/** Whether `head` has a passive auxiliary among the arcs made so far, or an auxiliary before it has no head yet. */
function mayBePassive(state: ArcHybridState, tags: Int32Array, passive: NonNullable<ParserWeights['passive']>, head: number): boolean {
  for (let i = 0; i < state.length; i++) {
    if (state.heads[i] === head && state.labels[i] === passive.auxiliary) return true;
    if (i < head && state.heads[i] === -1 && passive.auxiliaryTags[tags[i]!] === 1) return true;
  }
  return false;
}

/** Parses `input`; returns heads (n = root) and relation numbers. */
export function parseInput(weights: ParserWeights, input: ParseInput, learn?: ParserLearning): ArcHybridState {
  const n = input.tags.length;
  const state = new ArcHybridState(n);
  const sentence = new SentenceFeatures(input);
  const keys = scratch.keys;
  const scores = scratch.scores;
  const costs = scratch.costs;
  const legal = scratch.legal;
  const wordLabels = scratch.wordLabelsOf(weights);
  while (!state.done) {
    let predicted = state.onlyLegal();
    let next = predicted;
    if (predicted >= 0) {
      // A forced move (empty stack, or the buffer down to the root) needs no scores, and teaches nothing.
      learn?.transitions.tick();
    } else {
      const count = transitionFeatures(state, sentence, keys);
      if (learn) {
        weights.transitions.score(keys, count, scores);
        for (let t = 0; t < TRANSITIONS; t++) if (state.legal(t) && (predicted < 0 || scores[t]! > scores[predicted]!)) predicted = t;
        next = learnTransition(state, learn, keys, count, scores, costs, predicted);
      } else {
        for (let t = 0; t < TRANSITIONS; t++) legal[t] = state.legal(t) ? 1 : 0;
        predicted = weights.transitions.best(keys, 0, count, undefined, legal);
        next = predicted;
      }
    }

    let label = -1;
    if (next !== SHIFT) {
      const { head, dependent } = state.arcOf(next);
      if (head === n) {
        label = weights.rootLabel;
      } else {
        const labelCount = labelFeatures(state, sentence, head, dependent, keys);
        const named = weights.nameLabels !== undefined && input.names?.[dependent] === true;
        const allowed = named ? weights.nameLabels! : wordLabels;
        label = weights.labels.best(keys, 0, labelCount, undefined, allowed);
        if (weights.passive && label === weights.passive.subject && !mayBePassive(state, input.tags, weights.passive, head)) label = weights.passive.active;
        if (learn && learn.goldHeads[dependent] === head) {
          learn.labels.tick();
          if (label !== learn.goldLabels[dependent]) learn.labels.update(keys, labelCount, learn.goldLabels[dependent]!, label);
        }
      }
    }
    state.apply(next, label);
  }
  return state;
}

/**
 * One step of the dynamic oracle: where the predicted transition loses gold
 * arcs, the weights learn the best one; the transition to follow is returned.
 */
function learnTransition(
  state: ArcHybridState,
  learn: ParserLearning,
  keys: Int32Array,
  count: number,
  scores: Float32Array,
  costs: Int32Array,
  predicted: number,
): number {
  let best = -1;
  let minCost = Infinity;
  for (let t = 0; t < TRANSITIONS; t++) {
    if (!state.legal(t)) continue;
    costs[t] = state.cost(t, learn.goldHeads);
    if (costs[t]! < minCost || (costs[t] === minCost && scores[t]! > scores[best]!)) {
      minCost = costs[t]!;
      best = t;
    }
  }
  learn.transitions.tick();
  if (costs[predicted]! <= minCost) return predicted;
  learn.transitions.update(keys, count, best, predicted);
  return learn.random() >= learn.explore ? best : predicted;
}
