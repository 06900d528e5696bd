/**
 * Scores a built graph against a gold annotation: entity recall (untyped and
 * typed), duplicates, over-merged nodes, forbidden labels and relation recall.
 * Names compare after Unicode, quote, dash and case folding and without a
 * leading "the", so "the U.S." in gold matches "U.S." in the graph.
 */
export interface GoldEntity {
  id: string;
  type: string[];
  required: boolean;
  names: string[];
  mergeableInto?: string;
}

export interface GoldRelation {
  head: string;
  tail: string;
  directed: boolean;
  required: boolean;
  /** Accepted relation types; `*` accepts any. */
  types: string[];
}

export interface Gold {
  entities: GoldEntity[];
  forbidden?: string[];
  relations: GoldRelation[];
}

/** The parts of a graphology export the scorer reads. */
export interface ScoredGraph {
  nodes: { key: string; attributes?: { label?: unknown; type?: unknown; aliases?: unknown } }[];
  edges: { source: string; target: string; attributes?: { type?: unknown } }[];
}

export interface GoldScore {
  requiredEntities: number;
  entitiesFound: number;
  entitiesTyped: number;
  missingEntities: string[];
  mistypedEntities: string[];
  duplicates: number;
  duplicateDetail: string[];
  overmerged: number;
  forbidden: string[];
  requiredRelations: number;
  relationsFound: number;
  missingRelations: string[];
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function namesOf(node: ScoredGraph['nodes'][number]): string[] {
  const attributes = node.attributes ?? {};
  const label = typeof attributes.label === 'string' ? attributes.label : node.key;
  const aliases = Array.isArray(attributes.aliases) ? attributes.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [label, ...aliases];
}

export function scoreAgainstGold(gold: Gold, graph: ScoredGraph): GoldScore {
  const entityByName = new Map<string, string>();
  for (const entity of gold.entities) for (const name of entity.names) entityByName.set(normalizeName(name), entity.id);
  const entityById = new Map(gold.entities.map((e) => [e.id, e]));

  // A node matches the gold entities its label and aliases name, its label first.
  const matches = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const ids: string[] = [];
    for (const name of namesOf(node)) {
      const id = entityByName.get(normalizeName(name));
      if (id && !ids.includes(id)) ids.push(id);
    }
    matches.set(node.key, ids);
  }

  const nodesOf = new Map<string, string[]>();
  const typed = new Set<string>();
  let overmerged = 0;
  for (const node of graph.nodes) {
    const [primary, ...others] = matches.get(node.key) ?? [];
    if (!primary) continue;
    nodesOf.set(primary, [...(nodesOf.get(primary) ?? []), node.key]);
    const entity = entityById.get(primary)!;
    if (entity.type.includes(String(node.attributes?.type))) typed.add(primary);
    const conflicting = others.filter((other) => entityById.get(other)?.mergeableInto !== primary && entity.mergeableInto !== other);
    if (conflicting.length) overmerged += 1;
  }

  const required = gold.entities.filter((e) => e.required);
  const duplicateDetail = [...nodesOf].filter(([, keys]) => keys.length > 1).map(([id, keys]) => `${id}: ${keys.join(' | ')}`);
  const forbiddenNames = new Set((gold.forbidden ?? []).map(normalizeName));
  const forbidden = graph.nodes.map((n) => namesOf(n)[0]).filter((label) => forbiddenNames.has(normalizeName(label)));

  const relationFound = (relation: GoldRelation) =>
    graph.edges.some((edge) => {
      const source = matches.get(edge.source) ?? [];
      const target = matches.get(edge.target) ?? [];
      const forward = source.includes(relation.head) && target.includes(relation.tail);
      const backward = !relation.directed && source.includes(relation.tail) && target.includes(relation.head);
      const type = String(edge.attributes?.type ?? '').toUpperCase();
      return (forward || backward) && (relation.types.includes('*') || relation.types.includes(type));
    });
  const requiredRelations = gold.relations.filter((r) => r.required);

  return {
    requiredEntities: required.length,
    entitiesFound: required.filter((e) => nodesOf.has(e.id)).length,
    entitiesTyped: required.filter((e) => typed.has(e.id)).length,
    missingEntities: required.filter((e) => !nodesOf.has(e.id)).map((e) => e.id),
    mistypedEntities: required.filter((e) => nodesOf.has(e.id) && !typed.has(e.id)).map((e) => e.id),
    duplicates: [...nodesOf.values()].reduce((sum, keys) => sum + keys.length - 1, 0),
    duplicateDetail,
    overmerged,
    forbidden,
    requiredRelations: requiredRelations.length,
    relationsFound: requiredRelations.filter(relationFound).length,
    missingRelations: requiredRelations.filter((r) => !relationFound(r)).map((r) => `${r.head} ${r.types.join('|')} ${r.tail}`),
  };
}
