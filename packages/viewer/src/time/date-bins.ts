/**
 * Article dates in bins for the histogram: days when the articles span a
 * few months at most, calendar months beyond. Dates are ISO (YYYY-MM-DD), so
 * they compare as strings.
 */
export interface DateBin {
  /** First and last day of the bin, inclusive. */
  start: string;
  end: string;
  /** Articles published in it. */
  count: number;
}

const DAY_MS = 86_400_000;
const MAX_DAY_BINS = 120;
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const parse = (date: string): number => Date.parse(`${date}T00:00:00Z`);

function monthEnd(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return iso(Date.UTC(year, month, 0));
}

export function dateBins(dates: readonly string[]): DateBin[] {
  if (!dates.length) return [];
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const days = Math.round((parse(last) - parse(first)) / DAY_MS) + 1;
  const bins: DateBin[] = [];
  if (days <= MAX_DAY_BINS) {
    for (let t = parse(first); t <= parse(last); t += DAY_MS) bins.push({ start: iso(t), end: iso(t), count: 0 });
  } else {
    let [year, month] = first.split('-').map(Number);
    for (;;) {
      const start = iso(Date.UTC(year, month - 1, 1));
      if (start > last) break;
      bins.push({ start, end: monthEnd(start), count: 0 });
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  }
  let i = 0;
  for (const date of sorted) {
    while (date > bins[i].end) i++;
    bins[i].count++;
  }
  return bins;
}
