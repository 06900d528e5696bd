/**
 * The tagger's internal labels: BILOU over the four CoNLL types (17 labels),
 * and which label may follow which, so greedy decoding only builds
 * well-formed entities.
 */
import { NER_TYPES, type NerType, type TypedSpan } from './tags.js';

const PARTS = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; label 1 + 4·type + part is part (B, I, L, U) of type. */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((type) => PARTS.map((part) => `${part}-${type}`))];
export const LABEL_COUNT = LABELS.length;

const part = (label: number): number => (label - 1) & 3;
const typeIndex = (label: number): number => (label - 1) >> 2;

/**
 * allowed[(previous + 1) * LABEL_COUNT + label] is 1 when `label` may follow
 * `previous` (-1 = sentence start); the last token must close its entity,
 * which `allowedAtEnd` adds.
 */
export const ALLOWED_AFTER = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
export const ALLOWED_AT_END = new Uint8Array(LABEL_COUNT);
for (let previous = -1; previous < LABEL_COUNT; previous++) {
  const open = previous > 0 && part(previous) <= 1;
  for (let label = 0; label < LABEL_COUNT; label++) {
    const continues = label > 0 && (part(label) === 1 || part(label) === 2);
    const ok = open ? continues && typeIndex(label) === typeIndex(previous) : !continues;
    ALLOWED_AFTER[(previous + 1) * LABEL_COUNT + label] = ok ? 1 : 0;
  }
}
for (let label = 0; label < LABEL_COUNT; label++) ALLOWED_AT_END[label] = label === 0 || part(label) >= 2 ? 1 : 0;

/** BILOU label numbers of a sentence of `length` tokens with gold spans (unknown types are left O). */
export function labelsFromSpans(spans: readonly TypedSpan[], length: number): Int32Array {
  const labels = new Int32Array(length);
  for (const span of spans) {
    const t = NER_TYPES.indexOf(span.type as NerType);
    if (t < 0) continue;
    const base = 1 + 4 * t;
    if (span.end - span.start === 1) labels[span.start] = base + 3;
    else for (let i = span.start; i < span.end; i++) labels[i] = base + (i === span.start ? 0 : i === span.end - 1 ? 2 : 1);
  }
  return labels;
}

/** Spans of a BILOU label sequence (its first `length` labels). */
export function spansFromLabels(labels: ArrayLike<number>, length = labels.length): TypedSpan<NerType>[] {
  const spans: TypedSpan<NerType>[] = [];
  let start = -1;
  for (let i = 0; i < length; i++) {
    const label = labels[i]!;
    if (label === 0) {
      start = -1;
      continue;
    }
    const p = part(label);
    const type = NER_TYPES[typeIndex(label)]!;
    if (p === 3) spans.push({ start: i, end: i + 1, type });
    else if (p === 0) start = i;
    else if (p === 2 && start >= 0) {
      spans.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  return spans;
}
