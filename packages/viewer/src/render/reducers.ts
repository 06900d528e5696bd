/**
 * Sigma's reducers: the only place where the model becomes pixels. They read
 * precomputed sets and maps (visibility, colours, sizes, focus) and never
 * change the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { mixColors } from '../appearance/palette.js';
import { fadeHedged, isHedged, relationColor } from '../appearance/relation-colors.js';
import type { Visibility } from '../filters/visibility.js';
import type { ViewerEdge, ViewerNode } from '../model/types.js';
import type { Focus } from '../selection/neighbourhood.js';
import type { CanvasColors } from './theme-colors.js';
import { isRelationType, isSymmetric } from '../model/contract.js';
import { isConcept, isCooccurrence } from '../story/story.js';

const isSymmetricType = (type: string | undefined): boolean => type !== undefined && isRelationType(type) && isSymmetric(type);

export interface RenderInputs {
  visibility: Visibility;
  colors: Map<string, string>;
  sizes: Map<string, number>;
  focus: Focus | null;
  /** The nodes and edges of the paths shown: drawn whatever the filters, in the path colour. */
  path: Focus | null;
  /** What the open article names: drawn whatever the filters. */
  article: Focus | null;
  /** The selected or hovered node, drawn highlighted with its label. */
  focusNode: string | null;
  canvas: CanvasColors;
  directed: boolean;
  /**
   * On a large graph: the nodes whose labels are always drawn (most central named
   * entities). Concepts are labelled only in focus or close up. Null on small graphs.
   */
  storyLabels: Set<string> | null;
  /** The camera is close enough that every label Sigma's grid allows may be drawn. */
  zoomedIn: boolean;
  /** Edges that share their ends with others, and how much each bends. */
  curvatures: Map<string, number>;
  /** While a layout runs on a large graph, edges are left out so each frame stays cheap. */
  edgesOff: boolean;
}

const FADE = 0.82;

export function createNodeReducer(inputs: () => RenderInputs) {
  return (key: string, node: ViewerNode): Partial<NodeDisplayData> => {
    const { visibility, colors, sizes, focus, focusNode, canvas, storyLabels, zoomedIn, path, article } = inputs();
    const color = colors.get(key) ?? node.color;
    const display: Partial<NodeDisplayData> = {
      x: node.x,
      y: node.y,
      label: node.label,
      size: sizes.get(key) ?? node.size,
      color,
      type: 'circle',
      hidden: visibility.hiddenNodes.has(key),
      zIndex: 1,
    };
    if (storyLabels?.has(key)) display.forceLabel = true;
    // null, not '': a node with an empty label still takes a cell of Sigma's label grid.
    else if (storyLabels && !zoomedIn && isConcept(node)) display.label = null;
    if (focus && !focus.nodes.has(key)) {
      display.color = mixColors(color, canvas.background, FADE);
      display.label = '';
      display.zIndex = 0;
    } else if (focus) {
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (article?.nodes.has(key)) display.hidden = false;
    if (path?.nodes.has(key)) {
      display.hidden = false;
      display.forceLabel = true;
      display.zIndex = 3;
    }
    if (key === focusNode) display.highlighted = true;
    return display;
  };
}

export function createEdgeReducer(inputs: () => RenderInputs) {
  return (key: string, edge: ViewerEdge): Partial<EdgeDisplayData> => {
    const { visibility, focus, canvas, directed, edgesOff, storyLabels, path, article, curvatures } = inputs();
    const cooccurrence = isCooccurrence(edge);
    const stated = storyLabels !== null && !cooccurrence;
    const typedColor = cooccurrence ? canvas.edge : relationColor(edge.type, canvas.edgeTyped);
    const color = isHedged(edge.modality) ? fadeHedged(typedColor, canvas.background) : typedColor;
    const display: Partial<EdgeDisplayData> = {
      size: Math.min(6, (stated ? 1.4 : 0.6) + Math.log2(edge.weight || 1)),
      color,
      // Symmetric relations (RELATED_TO, NEGOTIATES_WITH, …) have no direction to show.
      type: directed && !isSymmetricType(edge.type) ? 'arrow' : 'line',
      hidden: edgesOff || visibility.hiddenEdges.has(key),
      label: edge.type ?? null,
      zIndex: stated ? 1 : 0,
    };
    const curvature = curvatures.get(key);
    if (curvature !== undefined) {
      display.type = display.type === 'arrow' ? 'curvedArrow' : 'curved';
      (display as Partial<EdgeDisplayData> & { curvature: number }).curvature = curvature;
    }
    if (focus) {
      if (focus.edges.has(key)) {
        display.color = cooccurrence ? canvas.edgeFocus : color;
        display.zIndex = 2;
      } else {
        display.hidden = true;
      }
    }
    if (article?.edges.has(key) && !edgesOff) display.hidden = false;
    if (path?.edges.has(key)) {
      display.hidden = false;
      display.color = canvas.path;
      display.size = Math.max(4, display.size ?? 0);
      display.zIndex = 3;
    }
    return display;
  };
}
