/**
 * Validates and normalises what a file carried into the viewer's shapes: every
 * value from outside is coerced to the type the UI expects, so nothing later
 * has to trust the file (Gephi Lite validates loaded files the same way).
 */
import type { DocumentInfo, Evidence } from './contract.js';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './types.js';

type Raw = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((v): v is string => v !== undefined) : [];
const isoDate = (value: unknown): string | undefined => {
  const s = text(value);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
};

function evidenceList(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  const out: Evidence[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const raw = item as Raw;
    const sentence = text(raw.sentence);
    if (!sentence) continue;
    out.push({ docId: text(raw.docId) ?? '', sentence, start: num(raw.start) ?? 0, end: num(raw.end) ?? 0 });
  }
  return out;
}

function documentList(value: unknown): DocumentInfo[] {
  if (!Array.isArray(value)) return [];
  const out: DocumentInfo[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const raw = item as Raw;
    const id = text(raw.id);
    if (!id) continue;
    const url = text(raw.url);
    const published = isoDate(raw.published);
    out.push({
      id,
      title: text(raw.title) ?? id,
      source: text(raw.source) ?? '',
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
    });
  }
  return out;
}

/** A deterministic spot for nodes without a position: a golden-angle spiral by index. */
function spiral(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = 10 * Math.sqrt(index + 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function normaliseNode(key: string, raw: Raw, index: number, degree: number): ViewerNode {
  const fallback = spiral(index);
  const x = num(raw.x);
  const y = num(raw.y);
  const hasPosition = x !== undefined && y !== undefined;
  const community = text(raw.community) ?? text(raw.modularity_class);
  const node: ViewerNode = {
    ...raw,
    label: text(raw.label) ?? key,
    aliases: texts(raw.aliases),
    x: hasPosition ? x : fallback.x,
    y: hasPosition ? y : fallback.y,
    size: num(raw.size) ?? 3 + Math.sqrt(degree),
    color: text(raw.color) ?? '#8a8f98',
    roles: texts(raw.roles),
    documents: texts(raw.documents),
    evidence: evidenceList(raw.evidence),
  };
  const type = text(raw.type);
  if (type !== undefined) node.type = type;
  else delete node.type;
  for (const metric of ['degree', 'pagerank', 'betweenness', 'mentions', 'typeConfidence'] as const) {
    const value = num(raw[metric]);
    if (value === undefined) delete node[metric];
    else node[metric] = value;
  }
  if (community !== undefined) node.community = community;
  else delete node.community;
  for (const key of ['firstSeen', 'lastSeen'] as const) {
    const value = isoDate(raw[key]);
    if (value) node[key] = value;
    else delete node[key];
  }
  return node;
}

export function normaliseEdge(raw: Raw): ViewerEdge {
  const edge: ViewerEdge = {
    ...raw,
    weight: num(raw.weight) ?? 1,
    evidence: evidenceList(raw.evidence),
    documents: texts(raw.documents),
  };
  const type = text(raw.type) ?? text(raw.relation);
  if (type !== undefined) edge.type = type;
  else delete edge.type;
  for (const key of ['predicate', 'basis', 'modality'] as const) {
    const value = text(raw[key]);
    if (value !== undefined) edge[key] = value;
    else delete edge[key];
  }
  const confidence = num(raw.confidence);
  if (confidence !== undefined) edge.confidence = confidence;
  else delete edge.confidence;
  return edge;
}

/** Rewrites every attribute of the graph in place into the viewer's shapes. */
export function normaliseGraph(graph: ViewerGraph): ViewerGraph {
  let index = 0;
  graph.updateEachNodeAttributes((key, attributes) =>
    normaliseNode(key, attributes as unknown as Raw, index++, graph.degree(key)),
  );
  graph.updateEachEdgeAttributes((_key, attributes) => normaliseEdge(attributes as unknown as Raw));
  const graphAttributes = graph.getAttributes() as unknown as Raw;
  graph.replaceAttributes({ ...graphAttributes, documents: documentList(graphAttributes.documents) });
  return graph;
}
