/**
 * A model's weights laid out for scoring: an open-addressing table whose slot
 * holds a feature's key, its row's scale and its int8 weights side by side.
 * The file's layout (key table, scales, weights: three arrays) costs three
 * cache misses per feature looked up; here one slot is one or two cache lines.
 * A small bit table in front of it answers most lookups of absent keys (a
 * quarter of all) from the cache.
 * The sums are the file layout's, bit for bit: the same float32 additions of
 * the same int8 × scale products, in the same order; and the class `best`
 * picks is the one those sums make best.
 */

import { lineAlignedMemory, looseSum, type LooseSum } from './loose-sums.js';

/**
 * Slots at most this full: probes stay short, for absent keys (a quarter of
 * lookups) too. Measured on EWT dev: a half-full table scores 10% faster than
 * one two-thirds full, and a quarter-full one only 6% faster again at twice the memory.
 */
const MAX_LOAD = 0.5;

/** Bits of the presence table per key: about one absent key in twenty gets past it to the slots. */
const BITS_PER_KEY = 8;

/** Entries of the table of recently found rows of one word (a power of two). */
const RECENT_ROWS = 1 << 17;
const RECENT_SHIFT = 32 - 17;

/** The word offset of `key`'s entry among the rows of one word lately found. */
function recentEntry(key: number): number {
  return (Math.imul(key, 0x2c1b3c6d) >>> RECENT_SHIFT) << 2;
}

/** Rows the scratch arrays of wide rows hold: more than any classifier here looks up at once (they grow, off the vector path, if not). */
const SCRATCH_ROWS = 256;

/** Int32 words in a cache line. */
const LINE_WORDS = 16;

/** Rows summed in one pass over the classes. */
const BLOCK = 4;

/**
 * How far a loose sum of `rows` rows may lie from the float32 sum of the same
 * rows in the same order (`accumulate`'s), where the start and the rows'
 * largest terms add up to `magnitude` in absolute value, so that no partial
 * sum exceeds it by more than a hair: each step of the float32 sum rounds
 * twice (to float64, then to float32), moving it from the exact sum by less
 * than 2⁻²³ × magnitude (or 2⁻¹⁴⁹ among float32's subnormals); a float64 step
 * moves by far less, and a step of the vector function's float32 sums (the
 * product rounded, then the addition: each by at most 2⁻²⁴ × magnitude) by no
 * more than that. Four times the two together, so that the margin's own
 * roundings cannot matter.
 */
function margin(rows: number, magnitude: number): number {
  return (rows + 2) * (magnitude * 2 ** -20 + 2 ** -120);
}

/**
 * The share of the rows of one word with the largest scales that are looked
 * up at every decision; each of the others can move one class's sum against
 * another's by no more than 255 × the largest of their scales, so they are
 * looked up only where they could change the decision.
 */
const HEAVY_SHARE = 0.05;

/** The scale above which a row is among the heavy ones: the scale at 1 − `share` of a sample of every eighth row. */
function heavyLimit(scales: Float32Array, share: number): number {
  const sample = new Float32Array(Math.ceil(scales.length / 8));
  for (let row = 0; row < scales.length; row += 8) sample[row >> 3] = scales[row]!;
  sample.sort();
  return sample.length === 0 ? 0 : sample[Math.min(sample.length - 1, Math.floor(sample.length * (1 - share)))]!;
}

/** Rows of one word whose scale exceeds a limit, copied into an open-addressing table of their own (key, scale, weights: three words a slot). */
class HeavyRows {
  readonly slots: Int32Array;
  readonly scales: Float32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** Presence bits as `ScoringTable.present` has them, small enough for the nearest cache: most keys are told light without touching the slots. */
  private readonly present: Int32Array;
  private readonly presentShift: number;

  /** From a table's slots (`stride` words each: key, scale, weights). */
  constructor(slots: Int32Array, scales: Float32Array, stride: number, readonly limit: number) {
    let count = 0;
    for (let at = 0; at < slots.length; at += stride) if (slots[at] !== 0 && scales[at + 1]! > limit) count++;
    let bits = 4;
    while ((1 << bits) * MAX_LOAD < count) bits++;
    this.slots = new Int32Array((1 << bits) * 3);
    this.scales = new Float32Array(this.slots.buffer);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let presentBits = 5;
    while ((1 << presentBits) < count * BITS_PER_KEY) presentBits++;
    this.present = new Int32Array(1 << (presentBits - 5));
    this.presentShift = 32 - (presentBits - 5);
    for (let at = 0; at < slots.length; at += stride) {
      if (slots[at] === 0 || !(scales[at + 1]! > limit)) continue;
      const key = slots[at]!;
      this.present[Math.imul(key, 0x85ebca6b) >>> this.presentShift]! |= (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
      let slot = Math.imul(slots[at]!, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot * 3] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 3] = slots[at]!;
      this.scales[slot * 3 + 1] = scales[at + 1]!;
      this.slots[slot * 3 + 2] = slots[at + 2]!;
    }
  }

  /** The word offset of `key`'s slot, or −1. */
  find(key: number): number {
    const bits = (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
    if ((this.present[Math.imul(key, 0x85ebca6b) >>> this.presentShift]! & bits) !== bits) return -1;
    const slots = this.slots;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const found = slots[slot * 3]!;
      if (found === key) return key === 0 ? -1 : slot * 3;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

export class ScoringTable {
  /** Slot s starts at word s × stride: key (0: empty), scale (f32), then the weights (int8, from byte 8). */
  private readonly keys: Int32Array;
  private readonly scales: Float32Array;
  private readonly weights: Int8Array;
  /**
   * Int32 words per slot: for rows of one word, no more than the row needs
   * (no rounding up to a power of two), so the transition table of three
   * classes is three quarters the size; as fast, and it leaves more of the
   * cache to the rest. Wider rows take whole cache lines.
   */
  private readonly stride: number;
  /** Int32 words of weights per row (four classes each). */
  private readonly words: number;
  private readonly shift: number;
  private readonly mask: number;
  /** Two bits per key in one word of a bit table small enough to stay in cache: most absent keys are told apart without touching the slots. */
  private readonly present: Int32Array;
  private readonly presentShift: number;
  /**
   * Rows of one word lately found, copied in a direct-mapped table small
   * enough to stay in cache (key, scale, weights: 16 bytes with a fourth
   * word): a few thousand rows make most lookups, and this way they sit
   * densely together rather than one to a cache line and a page of the large
   * table. The fourth word of each entry holds presence bits of the keys that
   * map to it (as `present` does), so that a key not among the copies is
   * mostly told absent from the line already read.
   */
  private readonly recent: Int32Array;
  private readonly recentScales: Float32Array;
  /** For rows of one word: the heavy rows, and scratch for the positions of the keys left to look up. */
  private readonly heavy: HeavyRows | undefined;
  private lightKeys = new Int32Array(128);
  /** Set by `rank`: the best and second-best sums of the allowed classes. */
  private top = -Infinity;
  private second = -Infinity;
  /** Scratch: word offsets of the weights and the scales of the rows being summed, and the sums (float32 values, padding classes included). */
  private firsts = new Int32Array(128);
  private rowScales = new Float64Array(128);
  private readonly sums: Float64Array;
  /** For wide rows: the loose sums in float32, four classes an instruction, while `firsts`, `looseScales` and `looseSums` lie in the weights' memory. */
  private vectorSum: LooseSum | undefined;
  private looseScales = new Float32Array(0);
  private looseSums = new Float32Array(0);
  /**
   * For wide rows: the slots' keys alone, sixteen to a cache line (a quarter
   * or an eighth of the rows' memory), where a key is found without reading
   * its row: the rows' own lines are read only by the sums, all at once.
   */
  private slotKeys = new Int32Array(0);

  /** `keys[row]`, `scales[row]` and `weights[row × classes + c]`: a model's rows, keys never 0. */
  constructor(
    readonly classes: number,
    keys: Int32Array,
    scales: Float32Array,
    weights: Int8Array,
  ) {
    const words = Math.ceil(classes / 4);
    // Wide rows padded to whole cache lines in line-aligned memory: each row is read from the fewest lines (a row
    // of 60 bytes laid end to end mostly straddles two). Measured on EWT dev: 3–5 % faster parsing.
    const stride = classes <= 4 ? 2 + words : Math.ceil((2 + words) / LINE_WORDS) * LINE_WORDS;
    let bits = 4;
    while ((1 << bits) * MAX_LOAD < keys.length) bits++;
    const bytes = (1 << bits) * stride * 4;
    this.stride = stride;
    this.words = words;
    if (classes <= 4) {
      const buffer = new ArrayBuffer(bytes);
      this.keys = new Int32Array(buffer);
      this.scales = new Float32Array(buffer);
      this.weights = new Int8Array(buffer);
      this.sums = new Float64Array(words * 4);
    } else {
      // The scratch arrays after the slots, in the same memory, for the vector sums to read and write.
      const chunks = Math.ceil(classes / 8);
      const memory = lineAlignedMemory(bytes + SCRATCH_ROWS * 16 + chunks * 96);
      const buffer = memory.buffer;
      this.keys = new Int32Array(buffer, 0, bytes / 4);
      this.scales = new Float32Array(buffer, 0, bytes / 4);
      this.weights = new Int8Array(buffer, 0, bytes);
      this.firsts = new Int32Array(buffer, bytes, SCRATCH_ROWS);
      this.rowScales = new Float64Array(buffer, bytes + SCRATCH_ROWS * 4, SCRATCH_ROWS);
      this.sums = new Float64Array(buffer, bytes + SCRATCH_ROWS * 12, chunks * 8);
      this.looseScales = new Float32Array(buffer, bytes + SCRATCH_ROWS * 12 + chunks * 64, SCRATCH_ROWS);
      this.looseSums = new Float32Array(buffer, bytes + SCRATCH_ROWS * 16 + chunks * 64, chunks * 8);
      this.vectorSum = looseSum(memory);
    }
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let presentBits = 5;
    while ((1 << presentBits) < keys.length * BITS_PER_KEY) presentBits++;
    this.present = new Int32Array(1 << (presentBits - 5));
    this.presentShift = 32 - (presentBits - 5);
    this.recent = new Int32Array(classes <= 4 ? RECENT_ROWS * 4 : 0);
    this.recentScales = new Float32Array(this.recent.buffer);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      this.present[Math.imul(key, 0x85ebca6b) >>> this.presentShift]! |= (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
      if (classes <= 4) this.recent[recentEntry(key) + 3]! |= (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
      let slot = this.home(keys[row]!);
      while (this.keys[slot * stride] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * stride;
      this.keys[at] = keys[row]!;
      this.scales[at + 1] = scales[row]!;
      this.weights.set(weights.subarray(row * classes, (row + 1) * classes), (at + 2) * 4);
    }
    if (classes > 4) {
      this.slotKeys = new Int32Array(1 << bits);
      for (let slot = 0; slot < this.slotKeys.length; slot++) this.slotKeys[slot] = this.keys[slot * stride]!;
    }
    this.heavy = classes <= 4 ? new HeavyRows(this.keys, this.scales, stride, heavyLimit(scales, HEAVY_SHARE)) : undefined;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The word offset of `key`'s slot, or −1. */
  find(key: number): number {
    const keys = this.keys;
    const stride = this.stride;
    let slot = this.home(key);
    for (;;) {
      const found = keys[slot * stride]!;
      if (found === key) return key === 0 ? -1 : slot * stride;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** `find` for wide rows, through `slotKeys`. */
  private findWide(key: number): number {
    const slotKeys = this.slotKeys;
    let slot = this.home(key);
    for (;;) {
      const found = slotKeys[slot]!;
      if (found === key) return key === 0 ? -1 : slot * this.stride;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Whether `key` may be in the table: false for most absent keys, read from the small bit table alone. */
  private mayHold(key: number): boolean {
    const bits = (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
    return (this.present[Math.imul(key, 0x85ebca6b) >>> this.presentShift]! & bits) === bits;
  }

  /** Adds the weights of keys[from…to−1] to `scores`, in that order. */
  accumulate(keys: Int32Array, from: number, to: number, scores: Float32Array): void {
    if (this.classes <= 4) this.accumulateOneWord(keys, from, to, scores);
    else this.accumulateRows(keys, from, to, scores);
  }

  /**
   * Rows of one word (the transitions' three classes): each row is added as it
   * is found, its weights read in one load, the sums kept in locals.
   */
  private accumulateOneWord(keys: Int32Array, from: number, to: number, scores: Float32Array): void {
    const slots = this.keys;
    const scales = this.scales;
    const stride = this.stride;
    const mask = this.mask;
    const round = Math.fround;
    const sums = this.sums;
    for (let k = 0; k < this.classes; k++) sums[k] = scores[k]!;
    let a = sums[0]!, b = sums[1]!, c = sums[2]!, d = sums[3]!;
    for (let n = from; n < to; n++) {
      const key = keys[n]!;
      if (!this.mayHold(key)) continue;
      let slot = this.home(key);
      for (;;) {
        const at = slot * stride;
        const found = slots[at]!;
        if (found === key) {
          const scale = scales[at + 1]!;
          const w = slots[at + 2]!;
          // Little-endian: class k is byte k of the word; the shifts sign-extend it.
          a = round(a + ((w << 24) >> 24) * scale);
          b = round(b + ((w << 16) >> 24) * scale);
          c = round(c + ((w << 8) >> 24) * scale);
          d = round(d + (w >> 24) * scale);
          break;
        }
        if (found === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    sums[0] = a;
    sums[1] = b;
    sums[2] = c;
    sums[3] = d;
    for (let k = 0; k < this.classes; k++) scores[k] = sums[k]!;
  }

  /**
   * The best of the allowed classes (all where `allowed` is undefined; the
   * first, on a tie) by `start` (zeros where undefined) plus the weights of
   * keys[from…to−1]: the class `accumulate`'s float32 sums make best, found
   * without working them out. The rows are summed loosely (by the vector
   * function in float32 four classes at a time, in the rows' order but with
   * their own roundings; else in float64), within `margin` of the float32
   * sums; only the classes that come within twice that of the best are then
   * summed as `accumulate` sums them, and where one class is ahead by more, it
   * is the answer with no such sum at all (nearly always). −1 when no class is allowed.
   */
  best(keys: Int32Array, from: number, to: number, start: Float32Array | undefined, allowed: Uint8Array | undefined, startMagnitude?: number): number {
    if (this.classes <= 4) return this.bestOfOneWord(keys, from, to, start, allowed);
    const rows = this.findRows(keys, from, to);
    // Float32 sums where the vector function sums them, else float64.
    const vector = this.vectorSum;
    const sums = vector !== undefined ? this.looseSums : this.sums;
    const classes = this.classes;
    let largestStart = 0;
    if (start === undefined) {
      sums.fill(0);
    } else if (startMagnitude !== undefined) {
      // One copy of the whole row (the padding classes' sums are never read).
      sums.set(start.length === classes ? start : start.subarray(0, classes));
      largestStart = startMagnitude;
    } else {
      for (let k = 0; k < classes; k++) {
        const value = start[k]!;
        sums[k] = value;
        largestStart = Math.max(largestStart, Math.abs(value));
      }
    }
    if (vector !== undefined) vector(this.firsts.byteOffset, this.looseScales.byteOffset, rows, sums.byteOffset, sums.length >> 3);
    else this.sumRowsLoosely(rows);
    // The leader and the runner-up among the allowed classes, by the loose sums.
    let leader = -1;
    let top = -Infinity;
    let second = -Infinity;
    for (let k = 0; k < classes; k++) {
      if (allowed !== undefined && allowed[k] === 0) continue;
      const sum = sums[k]!;
      if (sum > top) {
        second = top;
        top = sum;
        leader = k;
      } else if (sum > second) {
        second = sum;
      }
    }
    const rowScales = this.rowScales;
    let scaleSum = 0;
    for (let r = 0; r < rows; r++) scaleSum += rowScales[r]!;
    // No int8 weight exceeds 128 in absolute value.
    const floor = top - 2 * margin(rows, largestStart + 128 * scaleSum);
    if (second < floor) return leader;
    return this.bestExactly(rows, floor, sums, start, allowed);
  }

  /**
   * `best` for rows of one word (the transitions' three classes): each row is
   * added in float64 as it is found, with no scratch arrays between finding
   * and summing. A key neither among the recent rows nor the heavy ones is
   * set aside; where the sums so far decide even if every key set aside were
   * a light row weighing against the leader, those keys are never looked up
   * (most decisions), otherwise they are. The rows are found again, in
   * order, only in the rare case that needs the float32 sums.
   */
  private bestOfOneWord(keys: Int32Array, from: number, to: number, start: Float32Array | undefined, allowed: Uint8Array | undefined): number {
    const slots = this.keys;
    const scales = this.scales;
    const sums = this.sums;
    const classes = this.classes;
    const heavy = this.heavy!;
    let largestStart = 0;
    sums.fill(0);
    if (start !== undefined) {
      for (let k = 0; k < classes; k++) {
        sums[k] = start[k]!;
        largestStart = Math.max(largestStart, Math.abs(start[k]!));
      }
    }
    let a = sums[0]!, b = sums[1]!, c = sums[2]!, d = sums[3]!;
    const recent = this.recent;
    const recentScales = this.recentScales;
    if (this.lightKeys.length < to - from) this.lightKeys = new Int32Array(to - from);
    const lightKeys = this.lightKeys;
    let light = 0;
    let rows = 0;
    let scaleSum = 0;
    for (let n = from; n < to; n++) {
      const key = keys[n]!;
      const entry = recentEntry(key);
      let scale: number;
      let w: number;
      if (recent[entry] === key) {
        scale = recentScales[entry + 1]!;
        w = recent[entry + 2]!;
      } else {
        const bits = (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
        if ((recent[entry + 3]! & bits) !== bits) continue;
        const at = heavy.find(key);
        if (at < 0) {
          lightKeys[light++] = key;
          continue;
        }
        scale = heavy.scales[at + 1]!;
        w = heavy.slots[at + 2]!;
        recent[entry] = key;
        recentScales[entry + 1] = scale;
        recent[entry + 2] = w;
      }
      // Little-endian: class k is byte k of the word; the shifts sign-extend it.
      a += ((w << 24) >> 24) * scale;
      b += ((w << 16) >> 24) * scale;
      c += ((w << 8) >> 24) * scale;
      d += (w >> 24) * scale;
      scaleSum += scale;
      rows++;
    }
    if (light > 0) {
      sums[0] = a;
      sums[1] = b;
      sums[2] = c;
      sums[3] = d;
      const leader = this.rank(allowed);
      // A light row moves a class against another by at most 255 × its scale, at most the heavy limit.
      const reach = light * 255 * heavy.limit;
      const magnitude = largestStart + 128 * (scaleSum + light * heavy.limit);
      if (this.second < this.top - reach - 2 * margin(rows + light, magnitude)) return leader;
      for (let l = 0; l < light; l++) {
        const key = lightKeys[l]!;
        const at = this.find(key);
        if (at < 0) continue;
        const scale = scales[at + 1]!;
        const w = slots[at + 2]!;
        const entry = recentEntry(key);
        recent[entry] = key;
        recentScales[entry + 1] = scale;
        recent[entry + 2] = w;
        a += ((w << 24) >> 24) * scale;
        b += ((w << 16) >> 24) * scale;
        c += ((w << 8) >> 24) * scale;
        d += (w >> 24) * scale;
        scaleSum += scale;
        rows++;
      }
    }
    sums[0] = a;
    sums[1] = b;
    sums[2] = c;
    sums[3] = d;
    const leader = this.rank(allowed);
    const floor = this.top - 2 * margin(rows, largestStart + 128 * scaleSum);
    if (this.second < floor) return leader;
    return this.bestExactly(this.findRows(keys, from, to), floor, sums, start, allowed);
  }

  /** The leader among the allowed classes by `sums` (the first, on a tie; −1 if none), with the best and second-best sums in `top` and `second`. */
  private rank(allowed: Uint8Array | undefined): number {
    const sums = this.sums;
    let leader = -1;
    let top = -Infinity;
    let second = -Infinity;
    for (let k = 0; k < this.classes; k++) {
      if (allowed !== undefined && allowed[k] === 0) continue;
      const sum = sums[k]!;
      if (sum > top) {
        second = top;
        top = sum;
        leader = k;
      } else if (sum > second) {
        second = sum;
      }
    }
    this.top = top;
    this.second = second;
    return leader;
  }

  /** The best of the allowed classes whose loose `sums` reach `floor`, by their float32 sums (row by row, in order, as `accumulate` makes them). */
  private bestExactly(rows: number, floor: number, sums: Float32Array | Float64Array, start: Float32Array | undefined, allowed: Uint8Array | undefined): number {
    const firsts = this.firsts;
    const rowScales = this.rowScales;
    const weights = this.keys;
    const round = Math.fround;
    let best = -1;
    let bestScore = -Infinity;
    for (let k = 0; k < this.classes; k++) {
      if ((allowed !== undefined && allowed[k] === 0) || sums[k]! < floor) continue;
      const word = k >> 2;
      const shift = 24 - ((k & 3) << 3);
      let score = start === undefined ? 0 : start[k]!;
      for (let r = 0; r < rows; r++) score = round(score + ((weights[firsts[r]! + word]! << shift) >> 24) * rowScales[r]!);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /** The slots of the keys present among keys[from…to−1], in order: their weights' word offsets into `firsts`, their scales into `rowScales`; returns how many. */
  private findRows(keys: Int32Array, from: number, to: number): number {
    if (this.firsts.length < to - from) {
      this.vectorSum = undefined;
      this.firsts = new Int32Array(to - from);
      this.rowScales = new Float64Array(to - from);
    }
    const firsts = this.firsts;
    const rowScales = this.rowScales;
    const loose = this.vectorSum !== undefined ? this.looseScales : undefined;
    const wide = this.classes > 4;
    let rows = 0;
    for (let n = from; n < to; n++) {
      const key = keys[n]!;
      if (!this.mayHold(key)) continue;
      const at = wide ? this.findWide(key) : this.find(key);
      if (at < 0) continue;
      const scale = this.scales[at + 1]!;
      firsts[rows] = at + 2;
      if (loose !== undefined) loose[rows] = scale;
      rowScales[rows++] = scale;
    }
    return rows;
  }

  /** Adds the found rows to `sums` in float64, eight rows per pass over the classes (then four, then one), with no rounding to float32: where the vector function is not to be had. */
  private sumRowsLoosely(rows: number): void {
    const firsts = this.firsts;
    const rowScales = this.rowScales;
    const words = this.words;
    const weights = this.keys;
    const sums = this.sums;
    let r = 0;
    for (; r + 8 <= rows; r += 8) {
      const pa = firsts[r]!, pb = firsts[r + 1]!, pc = firsts[r + 2]!, pd = firsts[r + 3]!;
      const pe = firsts[r + 4]!, pf = firsts[r + 5]!, pg = firsts[r + 6]!, ph = firsts[r + 7]!;
      const sa = rowScales[r]!, sb = rowScales[r + 1]!, sc = rowScales[r + 2]!, sd = rowScales[r + 3]!;
      const se = rowScales[r + 4]!, sf = rowScales[r + 5]!, sg = rowScales[r + 6]!, sh = rowScales[r + 7]!;
      for (let j = 0; j < words; j++) {
        const a = weights[pa + j]!, b = weights[pb + j]!, c = weights[pc + j]!, d = weights[pd + j]!;
        const e = weights[pe + j]!, f = weights[pf + j]!, g = weights[pg + j]!, h = weights[ph + j]!;
        const k = j << 2;
        sums[k] = sums[k]! + ((a << 24) >> 24) * sa + ((b << 24) >> 24) * sb + ((c << 24) >> 24) * sc + ((d << 24) >> 24) * sd + ((e << 24) >> 24) * se + ((f << 24) >> 24) * sf + ((g << 24) >> 24) * sg + ((h << 24) >> 24) * sh;
        sums[k + 1] = sums[k + 1]! + ((a << 16) >> 24) * sa + ((b << 16) >> 24) * sb + ((c << 16) >> 24) * sc + ((d << 16) >> 24) * sd + ((e << 16) >> 24) * se + ((f << 16) >> 24) * sf + ((g << 16) >> 24) * sg + ((h << 16) >> 24) * sh;
        sums[k + 2] = sums[k + 2]! + ((a << 8) >> 24) * sa + ((b << 8) >> 24) * sb + ((c << 8) >> 24) * sc + ((d << 8) >> 24) * sd + ((e << 8) >> 24) * se + ((f << 8) >> 24) * sf + ((g << 8) >> 24) * sg + ((h << 8) >> 24) * sh;
        sums[k + 3] = sums[k + 3]! + (a >> 24) * sa + (b >> 24) * sb + (c >> 24) * sc + (d >> 24) * sd + (e >> 24) * se + (f >> 24) * sf + (g >> 24) * sg + (h >> 24) * sh;
      }
    }
    for (; r + BLOCK <= rows; r += BLOCK) {
      const pa = firsts[r]!, pb = firsts[r + 1]!, pc = firsts[r + 2]!, pd = firsts[r + 3]!;
      const sa = rowScales[r]!, sb = rowScales[r + 1]!, sc = rowScales[r + 2]!, sd = rowScales[r + 3]!;
      for (let j = 0; j < words; j++) {
        const a = weights[pa + j]!, b = weights[pb + j]!, c = weights[pc + j]!, d = weights[pd + j]!;
        const k = j << 2;
        sums[k] = sums[k]! + ((a << 24) >> 24) * sa + ((b << 24) >> 24) * sb + ((c << 24) >> 24) * sc + ((d << 24) >> 24) * sd;
        sums[k + 1] = sums[k + 1]! + ((a << 16) >> 24) * sa + ((b << 16) >> 24) * sb + ((c << 16) >> 24) * sc + ((d << 16) >> 24) * sd;
        sums[k + 2] = sums[k + 2]! + ((a << 8) >> 24) * sa + ((b << 8) >> 24) * sb + ((c << 8) >> 24) * sc + ((d << 8) >> 24) * sd;
        sums[k + 3] = sums[k + 3]! + (a >> 24) * sa + (b >> 24) * sb + (c >> 24) * sc + (d >> 24) * sd;
      }
    }
    for (; r < rows; r++) {
      const pa = firsts[r]!;
      const sa = rowScales[r]!;
      for (let j = 0; j < words; j++) {
        const a = weights[pa + j]!;
        const k = j << 2;
        sums[k] = sums[k]! + ((a << 24) >> 24) * sa;
        sums[k + 1] = sums[k + 1]! + ((a << 16) >> 24) * sa;
        sums[k + 2] = sums[k + 2]! + ((a << 8) >> 24) * sa;
        sums[k + 3] = sums[k + 3]! + (a >> 24) * sa;
      }
    }
  }

  /** Wider rows: all slots first, then the rows summed four at a time, four classes per load. */
  private accumulateRows(keys: Int32Array, from: number, to: number, scores: Float32Array): void {
    // All slots first: the lookups are independent cache misses, which the
    // processor overlaps when no arithmetic waits between them.
    const rows = this.findRows(keys, from, to);
    const firsts = this.firsts;
    const rowScales = this.rowScales;
    const words = this.words;
    const weights = this.keys;
    const sums = this.sums;
    for (let k = 0; k < this.classes; k++) sums[k] = scores[k]!;
    const round = Math.fround;
    // Several rows per pass over the classes: a class's running sum stays in a
    // register between rows. `round` after each addition is the float32 store
    // the one-row-at-a-time sum made, so every sum is the same to the bit.
    // Padding classes past the last (zero weights) are summed too, and dropped.
    let r = 0;
    for (; r + BLOCK <= rows; r += BLOCK) {
      const pa = firsts[r]!, pb = firsts[r + 1]!, pc = firsts[r + 2]!, pd = firsts[r + 3]!;
      const sa = rowScales[r]!, sb = rowScales[r + 1]!, sc = rowScales[r + 2]!, sd = rowScales[r + 3]!;
      for (let j = 0; j < words; j++) {
        const a = weights[pa + j]!, b = weights[pb + j]!, c = weights[pc + j]!, d = weights[pd + j]!;
        const k = j << 2;
        sums[k] = round(round(round(round(sums[k]! + ((a << 24) >> 24) * sa) + ((b << 24) >> 24) * sb) + ((c << 24) >> 24) * sc) + ((d << 24) >> 24) * sd);
        sums[k + 1] = round(round(round(round(sums[k + 1]! + ((a << 16) >> 24) * sa) + ((b << 16) >> 24) * sb) + ((c << 16) >> 24) * sc) + ((d << 16) >> 24) * sd);
        sums[k + 2] = round(round(round(round(sums[k + 2]! + ((a << 8) >> 24) * sa) + ((b << 8) >> 24) * sb) + ((c << 8) >> 24) * sc) + ((d << 8) >> 24) * sd);
        sums[k + 3] = round(round(round(round(sums[k + 3]! + (a >> 24) * sa) + (b >> 24) * sb) + (c >> 24) * sc) + (d >> 24) * sd);
      }
    }
    for (; r < rows; r++) {
      const pa = firsts[r]!;
      const sa = rowScales[r]!;
      for (let j = 0; j < words; j++) {
        const a = weights[pa + j]!;
        const k = j << 2;
        sums[k] = round(sums[k]! + ((a << 24) >> 24) * sa);
        sums[k + 1] = round(sums[k + 1]! + ((a << 16) >> 24) * sa);
        sums[k + 2] = round(sums[k + 2]! + ((a << 8) >> 24) * sa);
        sums[k + 3] = round(sums[k + 3]! + (a >> 24) * sa);
      }
    }
    for (let k = 0; k < this.classes; k++) scores[k] = sums[k]!;
  }
}
