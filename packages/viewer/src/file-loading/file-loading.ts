/**
 * Where graphs come from: the server's graph.json at start, then any GEXF or
 * graph.json the user opens with the file picker or drops on the window.
 */
import { graphFromFileText, graphFromJson, GraphLoadError } from '../model/load-graph.js';
import type { ViewerGraph } from '../model/types.js';

export interface LoadedGraph {
  graph: ViewerGraph;
  origin: string;
}

/** Fetches graph.json beside the page; null when the server has none (the page still works with files). */
export async function fetchServedGraph(url = 'graph.json'): Promise<LoadedGraph | null> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    return null;
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new GraphLoadError(`${url}: the server answered ${response.status} ${response.statusText}.`);
  return { graph: graphFromJson(await response.text(), url), origin: url };
}

export async function readGraphFile(file: File): Promise<LoadedGraph> {
  return { graph: graphFromFileText(await file.text(), file.name), origin: file.name };
}

/** Wires the file input and window-wide drag-and-drop to one handler. */
export function listenForGraphFiles(input: HTMLInputElement, dropHint: HTMLElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth++;
    dropHint.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropHint.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    dropHint.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
