/** The colours the canvas needs per theme (the rest of the page uses CSS variables). */
import type { Theme } from '../state/view-state.js';

export interface CanvasColors {
  background: string;
  label: string;
  edge: string;
  edgeFocus: string;
  /** Stated and typed relations, drawn stronger than co-occurrence on a large graph. */
  edgeTyped: string;
  hoverBox: string;
  /** The hops of a path between two entities. */
  path: string;
}

export const CANVAS_COLORS: Readonly<Record<Theme, CanvasColors>> = {
  light: { background: '#ffffff', label: '#1d2330', edge: '#c3c8d0', edgeFocus: '#5a6478', edgeTyped: '#8a93a5', hoverBox: '#ffffff', path: '#7b2cbf' },
  dark: { background: '#14171c', label: '#e6e9ef', edge: '#3d4450', edgeFocus: '#a3acbb', edgeTyped: '#6f7889', hoverBox: '#1e232b', path: '#c77dff' },
};
