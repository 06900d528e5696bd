/**
 * An open-addressing hash table from 32-bit feature keys to dense row
 * numbers: the hot path of tagging does one probe per feature, on typed
 * arrays only. Each slot holds its key and row side by side, so a probe
 * touches one cache line.
 */
export class FeatureTable {
  /** slots[2s] = key (0 = empty), slots[2s + 1] = row. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    key |= 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const found = slots[slot * 2]!;
      if (found === key) return slots[slot * 2 + 1]!;
      if (found === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The row of `key`, giving it the next row number if new. */
  add(key: number): number {
    const existing = this.get(key);
    if (existing >= 0) return existing;
    const row = this.size;
    this.set(key, row);
    return row;
  }

  /** Places `key` at a given row (used when loading a model). */
  set(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(key, row);
    this.size++;
  }

  /** Every key with its row, in row order (unsigned, as the model file stores them). */
  entries(): Uint32Array {
    const byRow = new Uint32Array(this.size);
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.slots[slot * 2] !== 0) byRow[this.slots[slot * 2 + 1]!] = this.slots[slot * 2]!;
    }
    return byRow;
  }

  private place(key: number, row: number): void {
    key |= 0;
    let slot = key & this.mask;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = key;
    this.slots[slot * 2 + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot] !== 0) this.place(old[slot]!, old[slot + 1]!);
    }
  }
}
