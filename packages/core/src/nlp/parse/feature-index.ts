/**
 * An open-addressing table from a 32-bit feature key (never 0) to a row
 * number, in typed arrays: no boxed numbers, no Map, on the hot path of
 * every classifier here.
 */
export class FeatureIndex {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let slots = 1 << 4;
    while (slots < capacity * 2) slots <<= 1;
    this.keys = new Int32Array(slots);
    this.rows = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The row of `key`, or −1. */
  find(key: number): number {
    const keys = this.keys;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    for (;;) {
      const found = keys[slot]!;
      if (found === key) return this.rows[slot]!;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `key`, adding it as row `size` when absent. */
  findOrAdd(key: number): number {
    const row = this.find(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  private place(key: number, row: number): void {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
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
    for (let slot = 0; slot < oldKeys.length; slot++) if (oldKeys[slot] !== 0) this.place(oldKeys[slot]!, oldRows[slot]!);
  }

  /** A table from its slots (as `slots()` gives them): row numbers follow slot order. */
  static fromSlots(slotKeys: Int32Array): FeatureIndex {
    const index = new FeatureIndex(1);
    index.keys = slotKeys;
    index.rows = new Int32Array(slotKeys.length);
    index.mask = slotKeys.length - 1;
    let row = 0;
    for (let slot = 0; slot < slotKeys.length; slot++) if (slotKeys[slot] !== 0) index.rows[slot] = row++;
    index.size = row;
    return index;
  }

  /** The keys by slot (0: empty); with `fromSlots`, the table as it can be stored. */
  slots(): Int32Array {
    return this.keys;
  }

  /** Row numbers by slot (meaningful where the slot holds a key). */
  slotRows(): Int32Array {
    return this.rows;
  }

  /** Keys by row. */
  keysByRow(): Int32Array {
    const byRow = new Int32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) byRow[this.rows[slot]!] = this.keys[slot]!;
    return byRow;
  }
}
