/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at
 * the end of the buffer, and its dynamic oracle (Goldberg & Nivre 2013).
 * Words are 0…n−1; n stands for the root. The buffer is always the words
 * b…n, so a state is the stack, b and the arcs made so far.
 *
 *   SHIFT  push b
 *   LEFT   s0 ← b (b heads s0), pop s0; onto the root only when s0 is alone
 *   RIGHT  s1 → s0 (s1 heads s0), pop s0
 *
 * Each word keeps its two outermost children on each side and how many it
 * has, for the features.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

export class ArcHybridState {
  readonly root: number;
  readonly stack: Int32Array;
  depth = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost child (−1: none); index n is the root. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** An order-free code of the labels of each word's left and right children. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(readonly length: number) {
    this.root = length;
    // One buffer for all the arrays (each of length + 1 numbers): a typed array of more than a few numbers is allocated outside the heap, one by one.
    const buffer = new ArrayBuffer(11 * (length + 1) * 4);
    let next = 0;
    const part = (size: number, fill: number): Int32Array => new Int32Array(buffer, 4 * (length + 1) * next++, size).fill(fill);
    this.stack = part(length + 1, 0);
    this.heads = part(length, -1);
    this.labels = part(length, -1);
    this.left1 = part(length + 1, -1);
    this.left2 = part(length + 1, -1);
    this.right1 = part(length + 1, -1);
    this.right2 = part(length + 1, -1);
    this.leftCount = part(length + 1, 0);
    this.rightCount = part(length + 1, 0);
    this.leftLabels = part(length + 1, 0);
    this.rightLabels = part(length + 1, 0);
  }

  get done(): boolean {
    return this.b === this.root && this.depth === 0;
  }

  /** The stack item `k` from the top (0 = s0), or −1. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k]! : -1;
  }

  legal(transition: number): boolean {
    if (transition === SHIFT) return this.b < this.root;
    if (transition === LEFT) return this.depth >= 1 && (this.b < this.root || this.depth === 1);
    return this.depth >= 2;
  }

  /** The one legal transition, or −1 when there is a choice. */
  onlyLegal(): number {
    if (this.depth === 0) return SHIFT;
    if (this.b === this.root) return this.depth === 1 ? LEFT : RIGHT;
    return -1;
  }

  /** The head and dependent an arc transition would join. */
  arcOf(transition: number): { head: number; dependent: number } {
    const dependent = this.s(0);
    return { head: transition === LEFT ? this.b : this.s(1), dependent };
  }

  apply(transition: number, label = -1): void {
    if (transition === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = transition === LEFT ? this.b : this.stack[this.depth - 1]!;
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const code = Math.imul(label + 0x3b9, 0x9e3779b1);
    if (transition === LEFT) {
      // b's left children arrive from nearest to farthest.
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      this.leftCount[head]!++;
      this.leftLabels[head] = (this.leftLabels[head]! + code) | 0;
    } else {
      // s1's right children arrive from nearest to farthest too.
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      this.rightCount[head]!++;
      this.rightLabels[head] = (this.rightLabels[head]! + code) | 0;
    }
  }

  /**
   * How many gold arcs `transition` makes unreachable (`gold[i]` is word i's
   * gold head, n for the root). Exact for projective trees; for the
   * treebank's few non-projective ones the cheapest transition is followed.
   */
  cost(transition: number, gold: Int32Array): number {
    const n = this.root;
    if (transition === SHIFT) {
      const b = this.b;
      let lost = 0;
      for (let k = 0; k < this.depth; k++) {
        const item = this.stack[k]!;
        if (gold[item] === b) lost++;
        if (gold[b] === item && k < this.depth - 1) lost++;
      }
      return lost;
    }
    const s0 = this.s(0);
    let lost = 0;
    for (let k = this.b; k < n; k++) if (gold[k] === s0) lost++;
    const head = gold[s0]!;
    if (transition === LEFT) {
      if (head !== this.b && ((head > this.b && head <= n) || head === this.s(1))) lost++;
    } else if (head >= this.b && head <= n) {
      lost++;
    }
    return lost;
  }
}
