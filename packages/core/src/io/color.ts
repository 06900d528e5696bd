/**
 * Display colours as GEXF wants them: separate red, green, blue channels
 * (networkx cannot read a hex-only `viz:color`) and an optional alpha.
 */
export interface RgbColor {
  r: number;
  g: number;
  b: number;
  /** 0..1; absent when the colour is opaque by omission. */
  a?: number;
}

/**
 * Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)` and
 * `rgba(r, g, b, a)`. Returns undefined for anything else (named colours are
 * not part of the attribute contract).
 */
export function parseColor(text: string): RgbColor | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    let digits = hex[1] as string;
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    const color: RgbColor = { r: channel(0), g: channel(1), b: channel(2) };
    if (digits.length === 8) color.a = Math.round((channel(3) / 255) * 1000) / 1000;
    return color;
  }
  const functional = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  if (functional) {
    const channel = (s: string | undefined) => Math.min(255, Math.round(Number(s)));
    const color: RgbColor = { r: channel(functional[1]), g: channel(functional[2]), b: channel(functional[3]) };
    if (functional[4] !== undefined) color.a = Math.min(1, Number(functional[4]));
    if ([color.r, color.g, color.b, color.a ?? 0].some((n) => !Number.isFinite(n))) return undefined;
    return color;
  }
  return undefined;
}
