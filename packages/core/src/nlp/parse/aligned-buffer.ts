/**
 * Zeroed memory whose start lies on a cache-line boundary. An ArrayBuffer's
 * memory comes from the C allocator, aligned to 16 bytes only, so rows of 64
 * bytes laid end to end would mostly straddle two lines; a WebAssembly
 * memory starts on a page boundary.
 */

/** The one WebAssembly constructor needed here (its types come with the DOM library, which this package leaves out). */
declare const WebAssembly: { Memory: new (descriptor: { initial: number; maximum?: number }) => { readonly buffer: ArrayBuffer } };

const PAGE = 65536;

/** At least `bytes` zeroed bytes, the first on a cache-line (indeed a page) boundary. */
export function lineAlignedBuffer(bytes: number): ArrayBuffer {
  const pages = Math.max(1, Math.ceil(bytes / PAGE));
  return new WebAssembly.Memory({ initial: pages, maximum: pages }).buffer;
}
