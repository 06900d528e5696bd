/**
 * What a reader must find in our exports, written from the graph itself and
 * the documented encoding (arrays and objects as JSON text, XML-illegal
 * characters dropped from plain text), independently of the writers' code.
 */
import { expect } from 'vitest';
import type { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import type { NetworkxGraph, PythonValue } from './exports-tools.js';

type Attributes = Record<string, unknown>;

/** Text as XML 1.0 can carry it: no C0 controls but tab/LF/CR, no lone surrogates, no U+FFFE/U+FFFF. */
export function xmlClean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '');
}

/** The channels of a `#rgb`, `#rrggbb`, `rgb()` or `rgba()` colour. */
export function channelsOf(color: string): { r: number; g: number; b: number; a?: number } {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return { r: parseInt(short[1]!.repeat(2), 16), g: parseInt(short[2]!.repeat(2), 16), b: parseInt(short[3]!.repeat(2), 16) };
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (long) return { r: parseInt(long[1]!, 16), g: parseInt(long[2]!, 16), b: parseInt(long[3]!, 16) };
  const functional = /^rgba?\(([^)]*)\)$/.exec(color.replace(/\s/g, ''));
  if (functional) {
    const [r, g, b, a] = functional[1]!.split(',').map(Number) as [number, number, number, number | undefined];
    return a === undefined ? { r, g, b } : { r, g, b, a };
  }
  throw new Error(`test graph uses a colour the expectations do not know: ${color}`);
}

const zeroed = (value: unknown): unknown => (Object.is(value, -0) ? 0 : value);

/** Every attribute of `original` is in `read`, with its value, and `read` has nothing more. */
function expectSameAttributes(original: Attributes, read: Record<string, unknown>, where: string): void {
  const present = Object.entries(original).filter(([, value]) => value !== undefined && value !== null);
  expect(Object.keys(read).sort(), `${where}: attribute names`).toEqual(present.map(([name]) => name).sort());
  for (const [name, value] of present) {
    const got = read[name];
    if (typeof value === 'object') {
      expect(typeof got, `${where}.${name} is JSON text`).toBe('string');
      expect(JSON.parse(got as string), `${where}.${name}`).toEqual(value);
    } else if (typeof value === 'string') {
      expect(got, `${where}.${name}`).toBe(xmlClean(value));
    } else {
      expect(zeroed(got), `${where}.${name}`).toBe(zeroed(value));
    }
  }
}

function without(data: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([name]) => !names.includes(name)));
}

/** networkx `read_gexf` found every node, edge, attribute, colour, size and position. */
export function expectGexfReadByNetworkx(graph: KnowledgeGraph, read: NetworkxGraph): void {
  expect(read.directed).toBe(true);
  expect(read.nodes.length, 'node count').toBe(graph.order);
  expect(read.edges.length, 'edge count').toBe(graph.size);
  const nodes = new Map(read.nodes);
  graph.forEachNode((key, attributes) => {
    const where = `node ${key}`;
    const data = nodes.get(xmlClean(key));
    expect(data, where).toBeDefined();
    const { label, x, y, size, color, ...rest } = attributes as unknown as Attributes;
    expect(data!.label, `${where}.label`).toBe(xmlClean(label as string));
    const viz = data!.viz as { [k: string]: PythonValue };
    expect(viz.position, `${where} position`).toEqual({ x: zeroed(x), y: zeroed(y), z: 0 });
    expect(viz.size, `${where} size`).toBe(size);
    const rgb = channelsOf(color as string);
    expect(viz.color, `${where} colour`).toEqual({ ...rgb, a: rgb.a ?? 1 });
    expectSameAttributes(rest, without(data!, ['label', 'viz']), where);
  });
  const edges = new Map(read.edges.map(([source, target, , data]) => [data.id as string, { source, target, data }]));
  graph.forEachEdge((key, attributes, source, target) => {
    const where = `edge ${key}`;
    const edge = edges.get(xmlClean(key));
    expect(edge, where).toBeDefined();
    expect([edge!.source, edge!.target], `${where} ends`).toEqual([xmlClean(source), xmlClean(target)]);
    const { weight, size: _size, color: _color, ...rest } = attributes as unknown as Attributes;
    expect(edge!.data.weight, `${where}.weight`).toBe(weight);
    expect(edge!.data.label, `${where} label is its type`).toBe(xmlClean(rest.type as string));
    expectSameAttributes(rest, without(edge!.data, ['id', 'label', 'weight']), where);
  });
}

/** graphology-gexf's parser found every node, edge, attribute, colour, size, position and thickness. */
export function expectGexfReadByGraphology(graph: KnowledgeGraph, read: MultiDirectedGraph): void {
  expect(read.type).toBe('directed');
  expect(read.order, 'node count').toBe(graph.order);
  expect(read.size, 'edge count').toBe(graph.size);
  graph.forEachNode((key, attributes) => {
    const where = `node ${key}`;
    expect(read.hasNode(xmlClean(key)), where).toBe(true);
    const data = read.getNodeAttributes(xmlClean(key));
    const { label, x, y, size, color, ...rest } = attributes as unknown as Attributes;
    expect(data.label, `${where}.label`).toBe(xmlClean(label as string));
    expect([zeroed(data.x), zeroed(data.y), data.size], `${where} position and size`).toEqual([zeroed(x), zeroed(y), size]);
    const { r, g, b, a } = channelsOf(color as string);
    expect(data.color, `${where} colour`).toBe(a === undefined ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a})`);
    expectSameAttributes(rest, without(data, ['label', 'x', 'y', 'size', 'color']), where);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const where = `edge ${key}`;
    expect(read.hasEdge(xmlClean(key)), where).toBe(true);
    expect([read.source(xmlClean(key)), read.target(xmlClean(key))], `${where} ends`).toEqual([xmlClean(source), xmlClean(target)]);
    const data = read.getEdgeAttributes(xmlClean(key));
    const { weight, size, color, ...rest } = attributes as unknown as Attributes;
    expect([data.weight, data.thickness], `${where} weight and thickness`).toEqual([weight, size]);
    expect([data.label, data.kind], `${where} label and kind are its type`).toEqual([xmlClean(rest.type as string), xmlClean(rest.type as string)]);
    const { r, g, b, a } = channelsOf(color as string);
    expect(data.color, `${where} colour`).toBe(a === undefined ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a})`);
    expectSameAttributes(rest, without(data, ['label', 'kind', 'weight', 'thickness', 'color']), where);
  });
}

/** networkx `read_graphml` found the graph attributes and every node and edge attribute. */
export function expectGraphmlReadByNetworkx(graph: KnowledgeGraph, read: NetworkxGraph): void {
  expect(read.directed).toBe(true);
  expectSameAttributes(graph.getAttributes() as unknown as Attributes, read.graph, 'graph');
  expect(read.nodes.length, 'node count').toBe(graph.order);
  expect(read.edges.length, 'edge count').toBe(graph.size);
  const nodes = new Map(read.nodes);
  graph.forEachNode((key, attributes) => {
    const data = nodes.get(xmlClean(key));
    expect(data, `node ${key}`).toBeDefined();
    expectSameAttributes(attributes as unknown as Attributes, data!, `node ${key}`);
  });
  const edges = new Map(read.edges.map(([source, target, id, data]) => [String(id), { source, target, data }]));
  graph.forEachEdge((key, attributes, source, target) => {
    const edge = edges.get(xmlClean(key));
    expect(edge, `edge ${key}`).toBeDefined();
    expect([edge!.source, edge!.target], `edge ${key} ends`).toEqual([xmlClean(source), xmlClean(target)]);
    expectSameAttributes(attributes as unknown as Attributes, edge!.data, `edge ${key}`);
  });
}
