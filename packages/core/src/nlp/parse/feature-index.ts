/**
 * An open-addressing table from a 32-bit feature key (never 0) to a row
 * number, in one typed array of (key, row) pairs: a lookup touches one cache
 * line, with no boxed numbers and no Map on the hot path of every classifier here.
 */
export class FeatureIndex {
  /** table[2s] = key in slot s (0: empty), table[2s + 1] = its row. */
  private table: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let slots = 1 << 4;
    while (slots < capacity * 2) slots <<= 1;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** The row of `key`, or −1. */
  find(key: number): number {
    const table = this.table;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    for (;;) {
      const found = table[slot << 1]!;
      if (found === key) return key === 0 ? -1 : table[(slot << 1) + 1]!;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `key`, adding it as row `size` when absent. */
  findOrAdd(key: number): number {
    const row = this.find(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 4 > this.table.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  private place(key: number, row: number): void {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    while (this.table[slot << 1] !== 0) slot = (slot + 1) & this.mask;
    this.table[slot << 1] = key;
    this.table[(slot << 1) + 1] = row;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.place(old[at]!, old[at + 1]!);
  }

  /** A table from its keys by slot (as `slots()` gives them): row numbers follow slot order. */
  static fromSlots(slotKeys: Int32Array): FeatureIndex {
    const index = new FeatureIndex(1);
    index.table = new Int32Array(slotKeys.length * 2);
    index.mask = slotKeys.length - 1;
    let row = 0;
    for (let slot = 0; slot < slotKeys.length; slot++) {
      if (slotKeys[slot] === 0) continue;
      index.table[slot << 1] = slotKeys[slot]!;
      index.table[(slot << 1) + 1] = row++;
    }
    index.size = row;
    return index;
  }

  /** The keys by slot (0: empty); with `fromSlots`, the table as it can be stored. */
  slots(): Int32Array {
    const keys = new Int32Array(this.table.length >> 1);
    for (let slot = 0; slot < keys.length; slot++) keys[slot] = this.table[slot << 1]!;
    return keys;
  }

  /** Row numbers by slot (meaningful where the slot holds a key). */
  slotRows(): Int32Array {
    const rows = new Int32Array(this.table.length >> 1);
    for (let slot = 0; slot < rows.length; slot++) rows[slot] = this.table[(slot << 1) + 1]!;
    return rows;
  }

  /** Keys by row. */
  keysByRow(): Int32Array {
    const byRow = new Int32Array(this.size);
    for (let at = 0; at < this.table.length; at += 2) if (this.table[at] !== 0) byRow[this.table[at + 1]!] = this.table[at]!;
    return byRow;
  }
}
