/**
 * Everything that decides what is shown, apart from the graph itself. It is
 * what the URL carries, so a view can be shared and restored.
 */
import type { GraphFacts } from '../model/graph-facts.js';

export type ColorMode = 'type' | 'community' | 'original';
export type SizeMode = 'stored' | 'degree' | 'pagerank';
export type Theme = 'light' | 'dark';

export interface Selection {
  kind: 'node' | 'edge';
  key: string;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  hiddenTypes: string[];
  hiddenRelations: string[];
  minWeight: number;
  /** Show only this community; null shows all. */
  community: string | null;
  /** ISO dates bounding the documents shown; null leaves that side open. */
  dateFrom: string | null;
  dateTo: string | null;
  colorBy: ColorMode;
  sizeBy: SizeMode;
  selection: Selection | null;
  camera: CameraView | null;
  theme: Theme;
}

export function defaultViewState(facts: GraphFacts, theme: Theme): ViewState {
  return {
    hiddenTypes: [],
    hiddenRelations: [],
    minWeight: 1,
    community: null,
    dateFrom: null,
    dateTo: null,
    colorBy: facts.hasEntityTypes ? 'type' : 'original',
    sizeBy: 'stored',
    selection: null,
    camera: null,
    theme,
  };
}
