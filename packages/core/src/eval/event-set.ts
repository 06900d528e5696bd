/**
 * Event sets: sentences each coded with one PLOVER event between two named parties, one row a line,
 * `TYPE<TAB>ACTOR<TAB>RECIPIENT<TAB>SENTENCE` (the way event data such as POLECAT codes news). A row is found
 * when the graph of its sentence has a typed edge from the actor to the recipient (either way for a symmetric
 * type) whose `plover` is the row's type. Parsing and scoring are pure; `kgraph eval events` builds the graph.
 */
import { KgraphError } from '../errors.js';
import type { Gazetteer } from '../nlp/gazetteer.js';
import { phraseKey } from '../nlp/gazetteer.js';
import { PLOVER_TYPES, type PloverType } from '../vocabulary/relation-types.js';

export interface EventRow {
  /** 1-based line of the file. */
  line: number;
  type: PloverType;
  actor: string;
  recipient: string;
  sentence: string;
}

/** A typed edge found in a row's sentence, its ends by every name the graph gives them. */
export interface FoundEvent {
  plover: string;
  symmetric: boolean;
  sourceNames: readonly string[];
  targetNames: readonly string[];
}

export interface EventSetScore {
  rows: number;
  found: number;
  /** found / rows. */
  recall: number;
  perType: Record<string, { rows: number; found: number }>;
  /** Lines of the rows not found. */
  missed: number[];
}

const PLOVER = new Set<string>(PLOVER_TYPES);

export function parseEventSet(text: string, source: string): EventRow[] {
  const rows: EventRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    const where = `${source}:${i + 1}`;
    if (fields.length !== 4) throw new KgraphError(`${where}: expected TYPE, ACTOR, RECIPIENT and SENTENCE separated by tabs, got ${fields.length} fields.`);
    const [type, actor, recipient, sentence] = fields.map((f) => f.trim()) as [string, string, string, string];
    if (!PLOVER.has(type)) throw new KgraphError(`${where}: "${type}" is no PLOVER event type (${PLOVER_TYPES.join(', ')}).`);
    for (const party of [actor, recipient]) if (!party || !sentence.includes(party)) throw new KgraphError(`${where}: the party "${party}" is not written in the sentence.`);
    rows.push({ line: i + 1, type: type as PloverType, actor, recipient, sentence });
  });
  return rows;
}

const normalised = (name: string): string =>
  name.normalize('NFC').replace(/’/g, "'").replace(/^the /i, '').replace(/'s$/, '').trim().toLowerCase();
const asWords = (name: string): string => ` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The names a party may go by in the graph: as written; its country, where it is a capital or another name of one;
 * and the country of a demonym opening it ("the Nepali government" is Nepal's), as the graph reads an owned stand-in.
 */
export function partyNames(party: string, gazetteer: Gazetteer): string[] {
  const bare = party.replace(/^the /i, '').replace(/['’]s$/, '');
  const names = [normalised(party)];
  const whole = gazetteer.entries.get(phraseKey(bare));
  if (whole && whole.kind !== 'demonym') names.push(normalised(whole.canonical));
  const first = gazetteer.entries.get(phraseKey(bare.split(' ')[0] ?? ''));
  if (first?.kind === 'demonym') names.push(normalised(first.canonical));
  return names;
}

/** Whether a node's names stand for a party's: one holds the other as whole words ("Sri Lanka's government" is Sri Lanka). */
function standsFor(nodeNames: readonly string[], party: readonly string[]): boolean {
  return nodeNames.map(normalised).some((n) => party.some((p) => n === p || (n.length > 1 && (asWords(p).includes(asWords(n)) || asWords(n).includes(asWords(p))))));
}

/** Whether a row's event is among the edges found in its sentence. */
export function isFound(row: EventRow, found: readonly FoundEvent[], gazetteer: Gazetteer): boolean {
  const actor = partyNames(row.actor, gazetteer);
  const recipient = partyNames(row.recipient, gazetteer);
  return found.some(
    (e) =>
      e.plover === row.type &&
      ((standsFor(e.sourceNames, actor) && standsFor(e.targetNames, recipient)) || (e.symmetric && standsFor(e.sourceNames, recipient) && standsFor(e.targetNames, actor))),
  );
}

export function scoreEventSet(rows: readonly EventRow[], foundByRow: readonly (readonly FoundEvent[])[], gazetteer: Gazetteer): EventSetScore {
  const perType: Record<string, { rows: number; found: number }> = {};
  const missed: number[] = [];
  let found = 0;
  rows.forEach((row, i) => {
    const tally = (perType[row.type] ??= { rows: 0, found: 0 });
    tally.rows += 1;
    if (isFound(row, foundByRow[i] ?? [], gazetteer)) {
      found += 1;
      tally.found += 1;
    } else missed.push(row.line);
  });
  return { rows: rows.length, found, recall: rows.length ? found / rows.length : 0, perType, missed };
}
