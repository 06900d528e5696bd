/**
 * The embedded engine is bulk-loaded from CSV files: every value of every
 * row must come back exactly as it went in, whatever the text holds — quotes,
 * line breaks of both kinds, backslashes, commas and brackets inside list
 * items, empty items, emoji, right-to-left scripts, the word NULL, numbers
 * that need an exponent. Rows are made by hand, so the test does not depend on
 * what the pipeline happens to extract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, type CypherRows, type EntityRow, type RelationRow } from '../packages/core/src/store/cypher-rows.js';
import { createEmbeddedStore, type EmbeddedStore } from '../packages/core/src/store/kuzu-store.js';

const AWKWARD = [
  'plain',
  'Quoth "Ruritania", then \'Sylvania\'',
  'two\nlines',
  'windows\r\nline break',
  'C:\\Users\\ruritania\\ and \\" and \\\\',
  'a, b, c',
  '[not, a list]',
  '{"json": [1, 2]}',
  'trailing backslash \\',
  '"',
  '""',
  'NULL',
  '',
  ' padded ',
  'tab\tseparated',
  'parrots 🦜🦜 and flags 🇫🇷',
  'مرحبا بالعالم في فريدونيا',
  'שלום ‏עולם',
  'Руритания, ルリタニア',
];

function entity(id: string, extra: Partial<EntityRow>): EntityRow {
  return {
    id,
    name: id,
    type: 'Country',
    typeConfidence: 1,
    aliases: [],
    roles: [],
    mentions: 1,
    documentCount: 1,
    firstSeen: null,
    lastSeen: null,
    degree: 0,
    pagerank: 0,
    betweenness: 0,
    community: 0,
    ...extra,
  };
}

function relation(id: string, source: string, target: string, extra: Partial<RelationRow>): RelationRow {
  return {
    id,
    source,
    target,
    sourceType: 'Country',
    targetType: 'Country',
    type: 'RELATED_TO',
    predicate: 'co-occurrence',
    plover: null,
    basis: 'cooccurrence',
    modality: 'asserted',
    weight: 1,
    confidence: 1,
    evidence: [],
    evidenceDocIds: [],
    documents: [],
    firstSeen: null,
    lastSeen: null,
    ...extra,
  };
}

const rows: CypherRows = {
  entities: [
    ...AWKWARD.map((text, i) =>
      entity(`country:awkward-${i}`, {
        name: text,
        aliases: [text, '', text],
        roles: i % 2 ? [] : [text],
        mentions: i,
        firstSeen: i % 3 ? '2025-04-12' : null,
        degree: i * 1.5,
        pagerank: i === 0 ? 1e-7 : 1 / (i + 3),
        betweenness: 0.000123 * i,
        community: i - 1,
        typeConfidence: i % 4 ? 0.125 * i : null,
      }),
    ),
    entity('person:rufus-firefly', { type: 'Person', name: 'Rufus T. Firefly', aliases: AWKWARD, roles: ['president, for now'] }),
  ],
  relations: AWKWARD.map((text, i) =>
    relation(`country:awkward-${i}|RELATED_TO|country:awkward-${(i + 1) % AWKWARD.length}`, `country:awkward-${i}`, `country:awkward-${(i + 1) % AWKWARD.length}`, {
      predicate: text,
      weight: i + 0.5,
      confidence: 0.25,
      evidence: [text, AWKWARD[(i + 5) % AWKWARD.length]],
      evidenceDocIds: ['doc-a', 'doc-b'],
      documents: ['doc-a', 'doc-b'],
      lastSeen: '2025-05-01',
    }),
  ),
  documents: [
    { id: 'doc-a', title: AWKWARD.join(' | '), source: 'a.txt', url: 'https://example.org/a?x="1"&y=`2`', published: '2025-04-12' },
    { id: 'doc-b', title: '', source: '', url: null, published: null },
  ],
  mentions: [
    { documentId: 'doc-a', entityId: 'country:awkward-1', entityType: 'Country' },
    { documentId: 'doc-b', entityId: 'person:rufus-firefly', entityType: 'Person' },
  ],
};

let store: EmbeddedStore;
beforeAll(async () => {
  store = await createEmbeddedStore(rows);
});
afterAll(async () => {
  await store?.close();
});

const ENTITY_RETURN = 'n.id AS id, n.name AS name, n.type AS type, n.typeConfidence AS typeConfidence, n.aliases AS aliases, n.roles AS roles, n.mentions AS mentions, ' +
  'n.documentCount AS documentCount, n.firstSeen AS firstSeen, n.lastSeen AS lastSeen, n.degree AS degree, n.pagerank AS pagerank, ' +
  'n.betweenness AS betweenness, n.community AS community';

describe('bulk loading from CSV files', () => {
  it('gives back every entity property exactly, awkward text included', async () => {
    const { rows: loaded } = await store.query(`MATCH (n) WHERE label(n) <> 'Document' RETURN ${ENTITY_RETURN} ORDER BY n.id`);
    const expected = [...rows.entities].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(loaded).toEqual(expected.map((row) => ({ ...row })));
  });

  it('gives back every relation property exactly, evidence lists included', async () => {
    const { rows: loaded } = await store.query(
      'MATCH (a)-[r:RELATED_TO]->(b) RETURN a.id AS source, b.id AS target, r.id AS id, r.type AS type, r.predicate AS predicate, ' +
        'r.plover AS plover, r.basis AS basis, r.modality AS modality, r.weight AS weight, ' +
        'r.confidence AS confidence, r.evidence AS evidence, r.evidenceDocIds AS evidenceDocIds, r.documents AS documents, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen ORDER BY r.id',
    );
    const expected = [...rows.relations].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ sourceType: _s, targetType: _t, ...rest }) => rest);
    expect(loaded).toEqual(expected);
  });

  it('keeps empty titles empty and missing urls missing', async () => {
    const { rows: loaded } = await store.query('MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url, d.published AS published ORDER BY d.id');
    expect(loaded).toEqual(rows.documents);
  });

  it('links documents to what they mention, across entity types', async () => {
    const { rows: loaded } = await store.query('MATCH (d:Document)-[:MENTIONS]->(e) RETURN d.id AS document, e.id AS entity ORDER BY document');
    expect(loaded).toEqual([
      { document: 'doc-a', entity: 'country:awkward-1' },
      { document: 'doc-b', entity: 'person:rufus-firefly' },
    ]);
    expect(await store.counts()).toEqual(countRows(rows));
  });

  it('reads the separators inside a list item back as replacement characters, and nothing else changes', async () => {
    const odd = await createEmbeddedStore({ ...rows, entities: [entity('country:odd', { aliases: ['one\u001ftwo', '\u001e', '', 'three'] })], relations: [], mentions: [] });
    try {
      const { rows: loaded } = await odd.query("MATCH (n:Country {id: 'country:odd'}) RETURN n.aliases AS aliases");
      expect(loaded).toEqual([{ aliases: ['one\ufffdtwo', '\ufffd', '', 'three'] }]);
    } finally {
      await odd.close();
    }
  });
});
