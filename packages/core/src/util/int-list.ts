/**
 * A list of 32-bit integers that grows as it is pushed to: four bytes an
 * item, where an array of numbers takes eight and a small object per row
 * several times that.
 */
export class IntList {
  private items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length] = value;
    this.length += 1;
  }

  at(index: number): number {
    return this.items[index]!;
  }
}
