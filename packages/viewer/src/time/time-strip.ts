/**
 * Time as a picture: a histogram of article dates under the canvas with a
 * brush (drag over it, or arrow keys) that sets the date range, and a play
 * button that steps through time, showing what was known up to each date.
 */
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';
import type { DateBin } from './date-bins.js';

const SVG = 'http://www.w3.org/2000/svg';
const FRAME_MS = 600;
const MAX_FRAMES = 24;

export interface TimeStrip {
  element: HTMLElement;
  sync(state: ViewState): void;
  destroy(): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The bins a date range covers, as indices; the whole histogram when the range is open. */
export function binRange(bins: readonly DateBin[], from: string | null, to: string | null): [number, number] {
  const lo = from ? bins.findIndex((b) => b.end >= from) : 0;
  let hi = bins.length - 1;
  if (to) while (hi > 0 && bins[hi].start > to) hi--;
  return [Math.max(0, lo), Math.max(Math.max(0, lo), hi)];
}

export function buildTimeStrip(bins: DateBin[], store: Store<ViewState>): TimeStrip {
  const n = bins.length;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const chart = svg('svg', { viewBox: `0 0 ${n} 100`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  bins.forEach((bin, i) => {
    const height = bin.count ? Math.max(6, (bin.count / max) * 96) : 0;
    const bar = svg('rect', { x: i + 0.08, y: 100 - height, width: 0.84, height, class: 'bar' });
    const title = svg('title', {});
    title.textContent = `${bin.start === bin.end ? bin.start : `${bin.start} – ${bin.end}`}: ${bin.count} article${bin.count === 1 ? '' : 's'}`;
    bar.append(title);
    chart.append(bar);
  });
  const brush = svg('rect', { x: 0, y: 0, width: n, height: 100, class: 'brush' });
  chart.append(brush);

  const histogram = el('div', {
    className: 'histogram',
    attrs: { tabindex: '0', role: 'slider', id: 'time-brush', 'aria-label': 'Article dates: drag to choose a range; arrow keys move it, Shift+arrows widen it, Escape shows all', 'aria-valuemin': '0', 'aria-valuemax': String(n - 1) },
  });
  histogram.append(chart);
  const rangeText = el('span', { className: 'time-range' });
  const play = el('button', { text: 'Play', attrs: { type: 'button', 'aria-pressed': 'false', id: 'time-play', 'aria-label': 'Play through time' } });
  const all = el('button', { text: 'All dates', attrs: { type: 'button' } });
  const axis = el('div', { className: 'time-axis' }, [el('span', { text: bins[0]?.start ?? '' }), el('span', { text: bins[n - 1]?.end ?? '' })]);

  let shown: [number, number] = [0, n - 1];
  const drawBrush = ([lo, hi]: [number, number]): void => {
    brush.setAttribute('x', String(lo));
    brush.setAttribute('width', String(hi - lo + 1));
  };
  const commit = ([lo, hi]: [number, number]): void => {
    const whole = lo === 0 && hi === n - 1;
    store.set({ dateFrom: whole ? null : bins[lo].start, dateTo: whole ? null : bins[hi].end });
  };

  // Dragging draws the brush live and filters once, on release (a filter pass over 50k edges is not per-pixel work).
  const binAt = (clientX: number): number => {
    const box = histogram.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * n)));
  };
  let anchor: number | null = null;
  let dragged: [number, number] = shown;
  histogram.addEventListener('pointerdown', (event) => {
    stop();
    anchor = binAt(event.clientX);
    dragged = [anchor, anchor];
    drawBrush(dragged);
    histogram.setPointerCapture(event.pointerId);
  });
  histogram.addEventListener('pointermove', (event) => {
    if (anchor === null) return;
    const at = binAt(event.clientX);
    dragged = [Math.min(anchor, at), Math.max(anchor, at)];
    drawBrush(dragged);
  });
  histogram.addEventListener('pointerup', () => {
    if (anchor === null) return;
    anchor = null;
    commit(dragged);
  });
  histogram.addEventListener('keydown', (event) => {
    const [lo, hi] = shown;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (event.key === 'Escape') return commit([0, n - 1]);
    if (!step) return;
    event.preventDefault();
    stop();
    if (event.shiftKey) commit([lo, Math.min(n - 1, Math.max(lo, hi + step))]);
    else if (lo + step >= 0 && hi + step <= n - 1) commit([lo + step, hi + step]);
  });

  // Play: from the first date to each later one in turn, what was known by then.
  let timer: ReturnType<typeof setInterval> | undefined;
  function stop(): void {
    clearInterval(timer);
    timer = undefined;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = 'Play';
  }
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const stride = Math.max(1, Math.ceil(n / MAX_FRAMES));
    let frame = Math.min(n - 1, stride - 1);
    play.setAttribute('aria-pressed', 'true');
    play.textContent = 'Pause';
    const show = (): void => {
      store.set({ dateFrom: null, dateTo: bins[frame].end });
      if (frame === n - 1) return stop();
      frame = Math.min(n - 1, frame + stride);
    };
    show();
    timer = setInterval(show, FRAME_MS);
  });
  all.addEventListener('click', () => {
    stop();
    commit([0, n - 1]);
  });

  return {
    element: el('section', { className: 'time-strip', attrs: { 'aria-label': 'Time' } }, [
      play,
      el('div', { className: 'time-chart' }, [histogram, axis]),
      el('div', { className: 'time-side' }, [rangeText, all]),
    ]),
    sync(state) {
      shown = binRange(bins, state.dateFrom, state.dateTo);
      drawBrush(shown);
      const open = !state.dateFrom && !state.dateTo;
      const text = open ? 'All dates' : `${state.dateFrom ?? bins[0].start} – ${state.dateTo ?? bins[n - 1].end}`;
      rangeText.textContent = text;
      histogram.setAttribute('aria-valuenow', String(shown[1]));
      histogram.setAttribute('aria-valuetext', text);
    },
    destroy: stop,
  };
}
