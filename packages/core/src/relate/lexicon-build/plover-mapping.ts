/**
 * CAMEO codes → PLOVER event types (the CAMEO2PLOVER table) → relation types
 * of our closed vocabulary. PLOVER decides the event type; where our
 * vocabulary splits one PLOVER type into several relations (CONSULT into
 * meeting, talks, visits, hosting and mediation; ACCUSE into criticism and
 * accusation), the CAMEO code under it picks the relation.
 */
import { PLOVER_TYPES, type PloverType, type RelationType } from '../../vocabulary/relation-types.js';

/** CAMEO code → PLOVER type, from the table's lines "0841: RETREAT, release, legal # …" and "18: ASSAULT". */
export function readCameoToPlover(text: string): ReadonlyMap<string, PloverType> {
  const table = new Map<string, PloverType>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\d{2,4}):\s*([A-Z]+)\b/.exec(line.trim());
    const type = match?.[2] as PloverType | undefined;
    if (match && type && (PLOVER_TYPES as readonly string[]).includes(type)) table.set(match[1]!, type);
  }
  return table;
}

/** The relation each PLOVER type codes unless a CAMEO code below says more. */
const BY_PLOVER: Readonly<Record<PloverType, RelationType>> = {
  AGREE: 'AGREES_WITH',
  CONSULT: 'MEETS',
  SUPPORT: 'SUPPORTS',
  CONCEDE: 'CONCEDES_TO',
  COOPERATE: 'COOPERATES_WITH',
  AID: 'AIDS',
  RETREAT: 'WITHDREW_FROM',
  REQUEST: 'REQUESTS',
  ACCUSE: 'ACCUSES',
  REJECT: 'REJECTS',
  THREATEN: 'THREATENS',
  PROTEST: 'PROTESTS_AGAINST',
  SANCTION: 'SANCTIONS',
  MOBILIZE: 'MOBILIZES_AGAINST',
  COERCE: 'COERCES',
  ASSAULT: 'ATTACKS',
};

/**
 * CAMEO codes (the longest prefix applies) whose relation is not the default of their PLOVER type. Each
 * follows our vocabulary's descriptions: signing a formal agreement (057) is SIGNED; releasing people,
 * returning property, easing sanctions and allowing access (084–086, PLOVER's RETREAT) are RELEASES, not
 * withdrawals; an apology (055, SUPPORT in the table) is a concession, as the PLOVER manual codes
 * "expressions of regret or remorse"; sanctions and embargoes (163, coded COERCE by PLOVER) are SANCTIONS;
 * disapproval and criticism (110, 111, 113, 114) are CRITICIZES, accusations, lawsuits and investigations ACCUSES.
 */
const BY_CODE: Readonly<Record<string, RelationType>> = {
  '057': 'SIGNED',
  '040': 'MEETS',
  '041': 'NEGOTIATES_WITH',
  '042': 'VISITS',
  '043': 'HOSTS',
  '044': 'MEETS',
  '045': 'MEDIATES',
  '046': 'NEGOTIATES_WITH',
  '055': 'CONCEDES_TO',
  '084': 'RELEASES',
  '085': 'RELEASES',
  '086': 'RELEASES',
  '110': 'CRITICIZES',
  '111': 'CRITICIZES',
  '113': 'CRITICIZES',
  '114': 'CRITICIZES',
  '163': 'SANCTIONS',
};

/**
 * CAMEO's appeals (02) are requests: PLOVER dropped the category and its REQUEST takes "all requests,
 * demands, and orders" (PLOVER manual, REQUEST). Statements (01) code no event.
 */
const APPEAL = '02';

/** The relation a CAMEO code states, or undefined for codes PLOVER does not carry (statements). */
export function relationOfCode(code: string, table: ReadonlyMap<string, PloverType>): RelationType | undefined {
  for (let length = code.length; length >= 3; length -= 1) {
    const refined = BY_CODE[code.slice(0, length)];
    if (refined) return refined;
  }
  if (code.startsWith(APPEAL)) return 'REQUESTS';
  for (let length = code.length; length >= 2; length -= 1) {
    const plover = table.get(code.slice(0, length));
    if (plover) return BY_PLOVER[plover];
  }
  return undefined;
}
