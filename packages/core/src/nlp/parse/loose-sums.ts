/**
 * Loose sums of wide rows (the tagger's and the relations' classes), four
 * classes per instruction: a small WebAssembly function with 128-bit vector
 * operations, over line-aligned memory that holds the weights and the scratch
 * arrays alike. Each product (an int8 weight times its row's scale) and each
 * addition is rounded to float32, row by row in order; `ScoringTable.best`
 * bounds how far such sums may lie from the exact ones, and works out the
 * exact float32 sums where a decision comes that close.
 */

/** The few WebAssembly types needed here (they come with the DOM library, which this package leaves out). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
};

const PAGE = 65536;

/** At least `bytes` zeroed bytes starting on a page (so a cache-line) boundary: an ArrayBuffer's memory is aligned to 16 bytes only. */
export function lineAlignedMemory(bytes: number): WasmMemory {
  const pages = Math.max(1, Math.ceil(bytes / PAGE));
  return new WebAssembly.Memory({ initial: pages, maximum: pages });
}

/**
 * `sums[c] = f32(sums[c] + f32(weight(row r, class c) × scales[r]))` for r = 0…rows−1 in
 * order and c < 8 × chunks, in float32; byte addresses in the memory: `firsts` (int32:
 * the word offset of each row's first weight), `scales` (float32), `sums` (float32).
 */
export type LooseSum = (firsts: number, scales: number, rows: number, sums: number, chunks: number) => void;

// The function, as WebAssembly text:
//   (func (param $firsts i32) (param $scales i32) (param $rows i32) (param $sums i32) (param $chunks i32)
//     (local $c i32) (local $r i32) (local $at i32) (local $out i32)
//     (local $s0 v128) (local $s1 v128) (local $scale v128) (local $w v128)
//     block  (br_if 0 (i32.eqz $chunks))
//       loop $chunk                                   ;; eight classes: sums $out…$out+31
//         $out = $sums + ($c << 5);  $s0, $s1 = v128.load $out (+0, +16)
//         block  (br_if 0 (i32.eqz $rows))  $r = 0
//           loop $row
//             $at = (i32.load ($firsts + ($r << 2)) << 2) + ($c << 3)
//             $scale = v128.load32_splat ($scales + ($r << 2))
//             $w = v128.load8x8_s $at
//             $s0 += f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s $w) × $scale
//             $s1 += f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_s $w) × $scale
//             br_if $row (++$r < $rows)
//         v128.store $out $s0, $s1;  br_if $chunk (++$c < $chunks)
const SIMD = 0xfd;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  brIf: (depth: number) => [0x0d, depth],
  get: (local: number) => [0x20, local],
  set: (local: number) => [0x21, local],
  tee: (local: number) => [0x22, local],
  i32: (value: number) => [0x41, value],
  eqz: [0x45],
  ltU: [0x49],
  add: [0x6a],
  shl: [0x74],
  load: [0x28, 0, 0],
  v128Load: (offset: number) => [SIMD, 0x00, 0, offset],
  v128Store: (offset: number) => [SIMD, 0x0b, 0, offset],
  load8x8: [SIMD, 0x01, 0, 0],
  load32Splat: [SIMD, 0x09, 0, 0],
  extendLow: [SIMD, 0xa7, 0x01],
  extendHigh: [SIMD, 0xa8, 0x01],
  f32Add: [SIMD, 0xe4, 0x01],
  f32Mul: [SIMD, 0xe6, 0x01],
  convert: [SIMD, 0xfa, 0x01],
};
const [FIRSTS, SCALES, ROWS, SUMS, CHUNKS, C, R, AT, OUT, S0, S1, SCALE, W] = Array.from({ length: 13 }, (_, n) => n);

/** `sum += the four int32 of the low (or high) half of int16 local W, as float32, × scale`. */
const addHalf = (sum: number, high: boolean): number[] => [
  ...op.get(sum),
  ...op.get(W),
  ...(high ? op.extendHigh : op.extendLow),
  ...op.convert,
  ...op.get(SCALE),
  ...op.f32Mul,
  ...op.f32Add,
  ...op.set(sum),
];

const body = [
  ...[2, 4, 0x7f, 4, 0x7b], // locals: 4 i32, 4 v128
  ...op.block,
  ...op.get(CHUNKS), ...op.eqz, ...op.brIf(0),
  ...op.loop,
  ...op.get(SUMS), ...op.get(C), ...op.i32(5), ...op.shl, ...op.add, ...op.set(OUT),
  ...[S0, S1].flatMap((s, n) => [...op.get(OUT), ...op.v128Load(16 * n), ...op.set(s)]),
  ...op.block,
  ...op.get(ROWS), ...op.eqz, ...op.brIf(0),
  ...op.i32(0), ...op.set(R),
  ...op.loop,
  ...op.get(FIRSTS), ...op.get(R), ...op.i32(2), ...op.shl, ...op.add, ...op.load, ...op.i32(2), ...op.shl,
  ...op.get(C), ...op.i32(3), ...op.shl, ...op.add, ...op.set(AT),
  ...op.get(SCALES), ...op.get(R), ...op.i32(2), ...op.shl, ...op.add, ...op.load32Splat, ...op.set(SCALE),
  ...op.get(AT), ...op.load8x8, ...op.set(W),
  ...addHalf(S0, false), ...addHalf(S1, true),
  ...op.get(R), ...op.i32(1), ...op.add, ...op.tee(R), ...op.get(ROWS), ...op.ltU, ...op.brIf(0),
  ...op.end,
  ...op.end,
  ...[S0, S1].flatMap((s, n) => [...op.get(OUT), ...op.get(s), ...op.v128Store(16 * n)]),
  ...op.get(C), ...op.i32(1), ...op.add, ...op.tee(C), ...op.get(CHUNKS), ...op.ltU, ...op.brIf(0),
  ...op.end,
  ...op.end,
  ...op.end,
];

/** A section: its id, then its length and contents (every length here is under 128, one LEB128 byte, but the code's). */
const leb = (n: number): number[] => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >>> 7)]);
const section = (id: number, contents: number[]): number[] => [id, ...leb(contents.length), ...contents];
const name = (text: string): number[] => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];

const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // type: (i32 × 5) → ()
  ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 0x00]), // import the memory, at least 0 pages
  ...section(3, [1, 0]), // one function of type 0
  ...section(7, [1, ...name('sum'), 0x00, 0]), // export it as "sum"
  ...section(10, [1, ...leb(body.length), ...body]),
]);

/** The summing function over `memory`, or undefined where WebAssembly's vector operations are not to be had. */
export function looseSum(memory: WasmMemory): LooseSum | undefined {
  if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(MODULE)) return undefined;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE), { m: { memory } });
  return instance.exports.sum as LooseSum;
}
