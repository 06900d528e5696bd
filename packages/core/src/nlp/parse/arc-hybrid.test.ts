import { describe, expect, it } from 'vitest';
import { ArcHybridState, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';

/** Takes the cheapest legal transition. */
function oracleStep(state: ArcHybridState, gold: Int32Array): void {
  let best = -1;
  let bestCost = Infinity;
  for (const t of [SHIFT, LEFT, RIGHT]) {
    if (!state.legal(t)) continue;
    const cost = state.cost(t, gold);
    if (cost < bestCost) [best, bestCost] = [t, cost];
  }
  state.apply(best, 0);
}

/** Follows the cheapest legal transition until the parse is done. */
function oracleParse(gold: Int32Array): Int32Array {
  const state = new ArcHybridState(gold.length);
  while (!state.done) oracleStep(state, gold);
  return state.heads;
}

describe('the arc-hybrid dynamic oracle', () => {
  // "Tova said Brann had left early" — heads with the root at index 6.
  const gold = Int32Array.from([1, 6, 4, 4, 1, 4]);

  it('rebuilds a projective gold tree by always taking a transition of least cost', () => {
    expect([...oracleParse(gold)]).toEqual([...gold]);
  });

  it('charges a shift for the arc it makes unreachable', () => {
    const state = new ArcHybridState(gold.length);
    state.apply(SHIFT); // Tova on the stack; its head "said" is the buffer front
    expect(state.cost(LEFT, gold)).toBe(0);
    expect(state.cost(SHIFT, gold)).toBe(1);
  });

  it('gives the sentence exactly one root, attached last', () => {
    const state = new ArcHybridState(2);
    state.apply(SHIFT);
    state.apply(SHIFT);
    expect(state.legal(LEFT)).toBe(false); // two words left: the root takes only one
    expect(state.legal(RIGHT)).toBe(true);
  });

  it('names the one legal transition exactly when there is no choice', () => {
    const onlyLegalByRule = (state: ArcHybridState): number => {
      const legal = [SHIFT, LEFT, RIGHT].filter((t) => state.legal(t));
      return legal.length === 1 ? legal[0]! : -1;
    };
    // Every state met while rebuilding the gold tree, and one with a choice left to the parser.
    const state = new ArcHybridState(gold.length);
    const seen: number[] = [];
    while (!state.done) {
      expect(state.onlyLegal()).toBe(onlyLegalByRule(state));
      seen.push(state.onlyLegal());
      oracleStep(state, gold);
    }
    expect(seen[0]).toBe(SHIFT);
    expect(seen).toContain(-1);
    expect(seen.at(-1)).toBe(LEFT);
  });
});
