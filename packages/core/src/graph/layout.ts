/**
 * Node positions for the undirected, weighted projection of a build: graph and
 * communities in, `{x, y}` per node out, the same for the same input.
 *
 * ForceAtlas2 is the costly part, so it gets as little work as a good picture
 * needs:
 * - it runs per connected component of at least MIN_FORCE_NODES nodes, never
 *   across components (they only drift apart under repulsion);
 * - it starts from a cheap placement that is already close: each community on
 *   a sunflower spiral, its members on a small spiral around it, most central
 *   first, so a few dozen iterations finish what hundreds did from noise;
 * - Barnes–Hut above BARNES_HUT_NODES, and iterations scaled down with size;
 * - smaller components and isolated nodes are small circles and points, packed
 *   on rings around the laid-out components, biggest first.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from './cjs-default.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

export type WeightedGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations for every component; by default scaled to each component's size. */
  iterations?: number;
}

/** Components smaller than this are drawn as a circle, not laid out by forces. */
const MIN_FORCE_NODES = 12;
/** ForceAtlas2's quadtree approximation pays for itself above about this many nodes. */
const BARNES_HUT_NODES = 300;
/** Gephi's default: cells this wide for their distance count as one body; 0.5 costs three times as much here. */
const BARNES_HUT_THETA = 1.2;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Iterations for a component of `order` nodes: many for small ones, fewer as the cost per iteration grows. */
export function layoutIterations(order: number): number {
  if (order <= 200) return 300;
  return Math.max(40, Math.round(300 / Math.sqrt(order / 200)));
}

/** The connected components, biggest first, ties broken by their smallest key; members in graph order. */
export function connectedComponents(graph: WeightedGraph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const members = [start];
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i], (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          members.push(next);
        }
      });
    }
    components.push(members);
  });
  const smallest = new Map(components.map((members) => [members, members.reduce((min, key) => (key < min ? key : min))]));
  return components.sort((a, b) => b.length - a.length || (smallest.get(a)! < smallest.get(b)! ? -1 : 1));
}

/** Point i of a sunflower spiral with unit spacing: evenly filled discs for any count. */
const sunflower = (i: number, spacing: number): Point => {
  const radius = spacing * Math.sqrt(i + 0.5);
  return { x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE) };
};

/**
 * Where ForceAtlas2 starts: communities, biggest first, along a sunflower
 * spiral; each community's members, in the given order, on a spiral around it.
 */
export function initialPlacement(members: readonly string[], community: ReadonlyMap<string, number>): Map<string, Point> {
  const groups = new Map<number, string[]>();
  for (const node of members) {
    const id = community.get(node) ?? -1;
    const group = groups.get(id) ?? [];
    group.push(node);
    groups.set(id, group);
  }
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  const positions = new Map<string, Point>();
  let placed = 0;
  for (const group of ordered) {
    // Centres spread by the members placed so far, so a big community gets room before the next one.
    const centre = sunflower(placed + group.length / 2, 1);
    group.forEach((node, i) => {
      const offset = sunflower(i, 0.5);
      positions.set(node, { x: centre.x + offset.x, y: centre.y + offset.y });
    });
    placed += group.length;
  }
  return positions;
}

function forceLayout(graph: WeightedGraph, members: readonly string[], community: ReadonlyMap<string, number>, options: LayoutOptions): Map<string, Point> {
  const byDegree = [...members].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const start = initialPlacement(byDegree, community);
  const component = new UndirectedGraph<Point, { weight: number }>();
  for (const node of members) component.addNode(node, start.get(node)!);
  for (const node of members) {
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (source === node && !component.hasEdge(source, target)) component.addEdge(source, target, { weight: attributes.weight });
    });
  }
  const positions = forceAtlas2(component, {
    iterations: options.iterations ?? layoutIterations(component.order),
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(component), barnesHutOptimize: component.order > BARNES_HUT_NODES, barnesHutTheta: BARNES_HUT_THETA },
  });
  return new Map(members.map((node) => [node, positions[node]]));
}

/** The small disc a small component or isolate takes: its members on a circle. */
function circleLayout(members: readonly string[], spacing: number): Map<string, Point> {
  if (members.length === 1) return new Map([[members[0], { x: 0, y: 0 }]]);
  const radius = (spacing * members.length) / (2 * Math.PI) + spacing / 2;
  return new Map(members.map((node, i) => {
    const angle = (2 * Math.PI * i) / members.length;
    return [node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
  }));
}

interface Disc {
  positions: Map<string, Point>;
  centre: Point;
  radius: number;
}

function disc(positions: Map<string, Point>): Disc {
  let x = 0;
  let y = 0;
  for (const p of positions.values()) {
    x += p.x;
    y += p.y;
  }
  const centre = { x: x / positions.size, y: y / positions.size };
  let radius = 0;
  for (const p of positions.values()) radius = Math.max(radius, Math.hypot(p.x - centre.x, p.y - centre.y));
  return { positions, centre, radius };
}

/**
 * Packs discs, biggest first: the first at the origin, the others on rings
 * around it, each ring as wide as its biggest disc, filled clockwise.
 */
function packDiscs(discs: readonly Disc[], gap: number): Map<string, Point> {
  const result = new Map<string, Point>();
  const place = (d: Disc, at: Point) => {
    for (const [node, p] of d.positions) result.set(node, { x: p.x - d.centre.x + at.x, y: p.y - d.centre.y + at.y });
  };
  if (!discs.length) return result;
  place(discs[0], { x: 0, y: 0 });
  let inner = discs[0].radius + gap;
  let i = 1;
  while (i < discs.length) {
    const width = 2 * discs[i].radius + gap;
    const ringRadius = inner + width / 2;
    const circumference = 2 * Math.PI * ringRadius;
    let used = 0;
    while (i < discs.length && used + 2 * discs[i].radius + gap <= circumference) {
      const arc = 2 * discs[i].radius + gap;
      const angle = ((used + arc / 2) / ringRadius) - Math.PI / 2;
      place(discs[i], { x: ringRadius * Math.cos(angle), y: ringRadius * Math.sin(angle) });
      used += arc;
      i++;
    }
    if (used === 0) {
      // A disc wider than its whole ring (only when the ring is tiny): put it on the ring alone.
      place(discs[i], { x: 0, y: -ringRadius });
      i++;
    }
    inner += width;
  }
  return result;
}

/** Positions for every node of `graph`; `community` seeds the starting placement of each component. */
export function layoutGraph(graph: WeightedGraph, community: ReadonlyMap<string, number>, options: LayoutOptions = {}): Map<string, Point> {
  const components = connectedComponents(graph);
  const forced = components.filter((members) => members.length >= MIN_FORCE_NODES).map((members) => disc(forceLayout(graph, members, community, options)));
  // Circles get the spacing of the laid-out nodes, so a pair looks like a pair next to the main component.
  const spacing = forced.length ? forced[0].radius / Math.sqrt(components[0].length) : 1;
  const small = components.filter((members) => members.length < MIN_FORCE_NODES).map((members) => disc(circleLayout(members, spacing)));
  return packDiscs([...forced, ...small], spacing * 2);
}
