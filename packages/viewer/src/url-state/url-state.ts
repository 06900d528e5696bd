/**
 * The view state in the URL's hash (`#hide=Concept&w=2&node=…`), so a link
 * restores the view. Only what differs from the defaults is written.
 */
import type { CameraView, ColorMode, SizeMode, Theme, ViewState } from '../state/view-state.js';

const COLOR_MODES: readonly ColorMode[] = ['type', 'community', 'original'];
const SIZE_MODES: readonly SizeMode[] = ['stored', 'degree', 'pagerank', 'centrality'];
const flag = (value: string | null): boolean | undefined => (value === '1' ? true : value === '0' ? false : undefined);
const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean).map(decodeURIComponent) : []);
const joinList = (values: string[]): string => values.map(encodeURIComponent).join(',');
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function encodeViewState(state: ViewState, defaults: ViewState): string {
  const params = new URLSearchParams();
  if (state.hiddenTypes.length) params.set('hide', joinList(state.hiddenTypes));
  if (state.hiddenRelations.length) params.set('hiderel', joinList(state.hiddenRelations));
  if (state.minWeight > 1) params.set('w', String(state.minWeight));
  if (state.community !== null) params.set('c', state.community);
  if (state.dateFrom) params.set('from', state.dateFrom);
  if (state.dateTo) params.set('to', state.dateTo);
  if (state.cooccurrence !== defaults.cooccurrence) params.set('cooc', state.cooccurrence ? '1' : '0');
  if (state.assertedOnly) params.set('asserted', '1');
  if (state.isolates !== defaults.isolates) params.set('iso', state.isolates ? '1' : '0');
  if (state.neighbourhood) {
    params.set('around', state.neighbourhood.key);
    params.set('depth', String(state.neighbourhood.depth));
  }
  if (state.path) params.set('pfrom', state.path.from);
  if (state.path?.to) params.set('pto', state.path.to);
  if (state.article) params.set('article', state.article);
  if (state.colorBy !== defaults.colorBy) params.set('color', state.colorBy);
  if (state.sizeBy !== defaults.sizeBy) params.set('size', state.sizeBy);
  if (state.selection) params.set(state.selection.kind, state.selection.key);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(4))).join(','));
  }
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  return params.toString();
}

/** Reads a hash back; unknown or malformed values are ignored, never trusted. */
export function decodeViewState(hash: string): Partial<ViewState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Partial<ViewState> = {};
  if (params.has('hide')) out.hiddenTypes = list(params.get('hide'));
  if (params.has('hiderel')) out.hiddenRelations = list(params.get('hiderel'));
  const weight = Number(params.get('w'));
  if (params.has('w') && Number.isFinite(weight) && weight >= 1) out.minWeight = weight;
  if (params.has('c')) out.community = params.get('c');
  const from = params.get('from');
  const to = params.get('to');
  if (isDate(from)) out.dateFrom = from;
  if (isDate(to)) out.dateTo = to;
  const cooccurrence = flag(params.get('cooc'));
  if (cooccurrence !== undefined) out.cooccurrence = cooccurrence;
  const assertedOnly = flag(params.get('asserted'));
  if (assertedOnly !== undefined) out.assertedOnly = assertedOnly;
  const isolates = flag(params.get('iso'));
  if (isolates !== undefined) out.isolates = isolates;
  const around = params.get('around');
  const depth = Number(params.get('depth'));
  if (around && Number.isInteger(depth) && depth >= 1 && depth <= 6) out.neighbourhood = { key: around, depth };
  const pathFrom = params.get('pfrom');
  if (pathFrom) out.path = { from: pathFrom, to: params.get('pto') || null };
  const article = params.get('article');
  if (article) out.article = article;
  const color = params.get('color') as ColorMode | null;
  if (color && COLOR_MODES.includes(color)) out.colorBy = color;
  const size = params.get('size') as SizeMode | null;
  if (size && SIZE_MODES.includes(size)) out.sizeBy = size;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node) out.selection = { kind: 'node', key: node };
  else if (edge) out.selection = { kind: 'edge', key: edge };
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0) {
    out.camera = { x: cam[0], y: cam[1], ratio: cam[2] } satisfies CameraView;
  }
  const theme = params.get('theme') as Theme | null;
  if (theme === 'light' || theme === 'dark') out.theme = theme;
  return out;
}
