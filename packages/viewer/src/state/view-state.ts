/**
 * Everything that decides what is shown, apart from the graph itself. It is
 * what the URL carries, so a view can be shared and restored.
 */
import type { GraphFacts } from '../model/graph-facts.js';
import { STORY_MIN_NODES } from '../story/story.js';

export type ColorMode = 'type' | 'community' | 'original';
export type SizeMode = 'stored' | 'degree' | 'pagerank' | 'centrality';
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

/** Show only this node and what lies within `depth` hops of it. */
export interface NeighbourhoodFocus {
  key: string;
  depth: number;
}

/** The two ends of the paths shown; `to` is null while the second end is being picked. */
export interface PathEnds {
  from: string;
  to: string | null;
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
  /** Co-occurrence edges (RELATED_TO) drawn. */
  cooccurrence: boolean;
  /** Only relations stated as fact drawn (planned, reported, demanded and hypothetical ones set aside). */
  assertedOnly: boolean;
  /** Entities without a shown relation drawn. */
  isolates: boolean;
  neighbourhood: NeighbourhoodFocus | null;
  path: PathEnds | null;
  /** The article open in the reader, its entities and relations highlighted. */
  article: string | null;
  colorBy: ColorMode;
  sizeBy: SizeMode;
  selection: Selection | null;
  camera: CameraView | null;
  theme: Theme;
}

/** A graph large enough to need the story view on its first screen. */
export const tellsStory = (facts: GraphFacts): boolean => facts.nodeCount >= STORY_MIN_NODES;

export function defaultViewState(facts: GraphFacts, theme: Theme): ViewState {
  const story = tellsStory(facts);
  return {
    hiddenTypes: [],
    hiddenRelations: [],
    minWeight: 1,
    community: null,
    dateFrom: null,
    dateTo: null,
    cooccurrence: !story,
    assertedOnly: false,
    isolates: !story,
    neighbourhood: null,
    path: null,
    article: null,
    colorBy: facts.hasEntityTypes ? 'type' : 'original',
    sizeBy: story ? 'centrality' : 'stored',
    selection: null,
    camera: null,
    theme,
  };
}
