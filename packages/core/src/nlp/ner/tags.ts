/**
 * Tag schemes and spans. In: per-token tags in IOB1, IOB2 (BIO), IOBES or
 * BILOU. Out: entity spans (token indices, end exclusive), read with the
 * chunk boundary rules of the CoNLL shared tasks' `conlleval` script, so
 * IOB1 and IOB2 files give the same spans.
 */

/** The four CoNLL entity types the shipped model predicts. */
export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** A span of tokens `[start, end)` with its entity type. */
export interface TypedSpan<T extends string = string> {
  start: number;
  end: number;
  type: T;
}

interface SplitTag {
  prefix: string;
  type: string;
}

function splitTag(tag: string): SplitTag {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return { prefix: 'O', type: '' };
  const prefix = tag[0] === 'L' ? 'E' : tag[0] === 'U' ? 'S' : tag[0]!;
  return { prefix, type: tag.slice(2) };
}

/** conlleval's endOfChunk: does a chunk end between `prev` and `current`? */
function chunkEnds(prev: SplitTag, current: SplitTag): boolean {
  if (prev.prefix === 'O') return false;
  if (prev.prefix === 'E' || prev.prefix === 'S') return true;
  if (current.prefix === 'B' || current.prefix === 'S' || current.prefix === 'O') return true;
  return prev.type !== current.type;
}

/** conlleval's startOfChunk: does a chunk start at `current`? */
function chunkStarts(prev: SplitTag, current: SplitTag): boolean {
  if (current.prefix === 'O') return false;
  if (current.prefix === 'B' || current.prefix === 'S') return true;
  if (prev.prefix === 'E' || prev.prefix === 'S' || prev.prefix === 'O') return true;
  return prev.type !== current.type;
}

/** Entity spans of one sentence's tags (any of IOB1, IOB2, IOBES, BILOU). */
export function spansFromTags(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  const outside: SplitTag = { prefix: 'O', type: '' };
  let prev = outside;
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const current = i < tags.length ? splitTag(tags[i]!) : outside;
    if (open >= 0 && chunkEnds(prev, current)) {
      spans.push({ start: open, end: i, type: prev.type });
      open = -1;
    }
    if (chunkStarts(prev, current)) open = i;
    prev = current;
  }
  return spans;
}

/** BIO (IOB2) tags for spans over a sentence of `length` tokens. */
export function bioTagsFromSpans(spans: readonly TypedSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? 'B' : 'I'}-${span.type}`;
  }
  return tags;
}

/** BILOU tags for spans: Begin, Inside, Last, Unit-length, Outside. */
export function bilouTagsFromSpans(spans: readonly TypedSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const span of spans) {
    if (span.end - span.start === 1) {
      tags[span.start] = `U-${span.type}`;
      continue;
    }
    for (let i = span.start; i < span.end; i++) {
      const prefix = i === span.start ? 'B' : i === span.end - 1 ? 'L' : 'I';
      tags[i] = `${prefix}-${span.type}`;
    }
  }
  return tags;
}
