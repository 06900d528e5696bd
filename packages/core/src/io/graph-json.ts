/**
 * graph.json: graphology's own serialisation (`graph.export()`), the format
 * every other reader of a build starts from (DESIGN §4).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { KgraphError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/attributes.js';

/**
 * A directed multigraph: two entities may share several relations of different
 * types (Oman MEDIATES the United States and is RELATED_TO it). Symmetric types
 * are stored once, in a stable direction.
 */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Serialises the graph; the same graph always gives the same bytes. */
export function formatGraphJson(graph: KnowledgeGraph): string {
  return [...graphJsonChunks(graph)].join('');
}

/**
 * The bytes of formatGraphJson, a node or an edge at a time, so a large graph
 * is written without ever being one string (V8 caps a string near 512 MiB).
 * The text is that of `graph.export()` as `JSON.stringify(…, null, 1)` lays it
 * out, made from the graph's own attributes rather than from the copy
 * `export()` makes of them: an element is its key (and ends) and its
 * attributes, each `JSON.stringify(…, null, 1)` re-indented to its depth
 * (JSON escapes line breaks inside strings, so every line break is layout).
 */
export function* graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n "options": ${indented(options, ' ')},\n "attributes": ${indented(graph.getAttributes(), ' ')},\n "nodes": `;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '[' : ','}\n  {\n   "key": ${JSON.stringify(node)}${attributesText(attributes)}\n  }`;
    first = false;
  }
  yield first ? '[],\n "edges": ' : '\n ],\n "edges": ';
  first = true;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `${first ? '[' : ','}\n  {\n   "key": ${JSON.stringify(edge)},\n   "source": ${JSON.stringify(source)},\n   "target": ${JSON.stringify(target)}${attributesText(attributes)}\n  }`;
    first = false;
  }
  yield first ? '[]\n}\n' : '\n ]\n}\n';
}

/** An element's `"attributes"` member, which `export()` leaves out where there are none. */
function attributesText(attributes: object): string {
  for (const _ in attributes) return `,\n   "attributes": ${indented(attributes, '   ')}`;
  return '';
}

/**
 * `JSON.stringify(value, null, 1)` with every line after the first indented by `indent` (spaces): the value
 * stringified inside as many arrays as `indent` has spaces, which indents it so, and cut out of them, rather
 * than its text copied again with the line breaks replaced.
 */
function indented(value: unknown, indent: string): string {
  const depth = indent.length;
  const text = JSON.stringify(nestedIn(value, depth), null, 1);
  // Each array opens with "[\n" and the indent of the next depth, and closes with "\n", its own indent and "]".
  const opening = (depth * (depth + 1)) / 2 + 2 * depth;
  const closing = (depth * (depth - 1)) / 2 + 2 * depth;
  return text.slice(opening, text.length - closing);
}

function nestedIn(value: unknown, depth: number): unknown {
  let nested = value;
  for (let i = 0; i < depth; i += 1) nested = [nested];
  return nested;
}

/** Parses graph.json text into its serialized form, with an error naming `origin` when it is not a graphology export. */
export function parseSerializedGraph(text: string, origin: string): SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgraphError(`${origin} is not valid JSON (${(error as Error).message}).`);
  }
  const shape = data as Partial<SerializedGraph>;
  if (!shape || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) {
    throw new KgraphError(`${origin} is not a graphology export: it needs "nodes" and "edges" arrays.`);
  }
  return shape as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

/** Parses graph.json text into a graph, with an error naming `origin` when it is not one. */
export function parseGraphJson(text: string, origin: string): KnowledgeGraph {
  const serialized = parseSerializedGraph(text, origin);
  const graph = createKnowledgeGraph();
  try {
    graph.import(serialized);
  } catch (error) {
    throw new KgraphError(`${origin} could not be loaded as a graph: ${(error as Error).message}`);
  }
  return graph;
}

/** Reads a build: a folder holding graph.json, or the path of a graph.json itself. */
export function readGraph(pathToBuild: string): KnowledgeGraph {
  let file = pathToBuild;
  try {
    if (statSync(pathToBuild).isDirectory()) file = join(pathToBuild, 'graph.json');
  } catch {
    throw new KgraphError(`${pathToBuild} does not exist. Build a graph first: kgraph build <inputs> --out ${pathToBuild}`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new KgraphError(`${file} does not exist. Build a graph first: kgraph build <inputs> --out ${pathToBuild}`);
  }
  return parseGraphJson(text, file);
}
