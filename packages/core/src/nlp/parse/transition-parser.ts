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

/** Parses `input`; returns heads (n = root) and relation numbers. */
export function parseInput(weights: ParserWeights, input: ParseInput, learn?: ParserLearning): ArcHybridState {
  const n = input.tags.length;
  const state = new ArcHybridState(n);
  const sentence = new SentenceFeatures(input);
  const keys = new Int32Array(Math.max(TRANSITION_FEATURES, LABEL_FEATURES));
  const scores = new Float32Array(Math.max(TRANSITIONS, weights.labelCount));
  const costs = new Int32Array(TRANSITIONS);
  const legal = new Uint8Array(TRANSITIONS);
  // Any relation but the root's: an arc from a word.
  const wordLabels = new Uint8Array(weights.labelCount).fill(1);
  wordLabels[weights.rootLabel] = 0;
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
        label = weights.labels.best(keys, 0, labelCount, undefined, wordLabels);
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
