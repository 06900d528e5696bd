import { describe, expect, it } from 'vitest';
import type { ViewState } from '../state/view-state.js';
import { decodeViewState, encodeViewState } from './url-state.js';

const defaults: ViewState = {
  hiddenTypes: [],
  hiddenRelations: [],
  minWeight: 1,
  community: null,
  dateFrom: null,
  dateTo: null,
  cooccurrence: false,
  assertedOnly: false,
  isolates: false,
  neighbourhood: null,
  path: null,
  article: null,
  colorBy: 'type',
  sizeBy: 'stored',
  selection: null,
  camera: null,
  theme: 'light',
};

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(defaults, defaults)).toBe('');
  });

  it('round-trips filters, appearance, selection, camera and theme, commas and ampersands included', () => {
    const state: ViewState = {
      ...defaults,
      hiddenTypes: ['Concept', 'A,B&C'],
      hiddenRelations: ['RELATED_TO'],
      minWeight: 3,
      community: '7',
      dateFrom: '2025-01-01',
      dateTo: '2025-06-30',
      cooccurrence: true,
      assertedOnly: true,
      isolates: true,
      neighbourhood: { key: 'person:a&b', depth: 2 },
      path: { from: 'person:a', to: 'city:b,c' },
      article: 'doc#1',
      colorBy: 'community',
      sizeBy: 'pagerank',
      selection: { kind: 'node', key: 'country:valdoria & co' },
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      theme: 'dark',
    };
    expect({ ...defaults, ...decodeViewState(`#${encodeViewState(state, defaults)}`) }).toEqual(state);
  });

  it('ignores values it does not understand instead of trusting them', () => {
    expect(decodeViewState('#color=javascript&size=huge&w=-4&from=yesterday&cam=1,2&theme=neon&around=x&depth=0')).toEqual({});
  });
});
