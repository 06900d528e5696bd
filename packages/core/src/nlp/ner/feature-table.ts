/**
 * An open-addressing hash table from 32-bit feature keys to dense row
 * numbers: the hot path of tagging does one probe per feature, on typed
 * arrays only.
 */
export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    key |= 0;
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const found = keys[slot]!;
      if (found === key) return this.rows[slot]!;
      if (found === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The row of `key`, giving it the next row number if new. */
  add(key: number): number {
    const existing = this.get(key);
    if (existing >= 0) return existing;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const row = this.size++;
    this.place(key, row);
    return row;
  }

  /** Places `key` at a given row (used when loading a model). */
  set(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, row);
    this.size++;
  }

  /** Every key with its row, in row order (unsigned, as the model file stores them). */
  entries(): Uint32Array {
    const byRow = new Uint32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== 0) byRow[this.rows[slot]!] = this.keys[slot]!;
    }
    return byRow;
  }

  private place(key: number, row: number): void {
    key |= 0;
    let slot = key & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] !== 0) this.place(oldKeys[slot]!, oldRows[slot]!);
    }
  }
}
