/**
 * The closed vocabulary of relation types: one place for each type's meaning,
 * direction, the entity types it may join and the PLOVER event type it codes
 * (PLOVER, the event ontology after CAMEO; type names only, the descriptions
 * are ours). These become relationship types in Cypher, so nothing outside
 * this list may ever be used as one. `symmetric` relations are stored once,
 * with their ends in a stable order, and read in both directions.
 */
import { ENTITY_TYPES, type EntityType } from './entity-types.js';

/** PLOVER's sixteen event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

export interface RelationTypeSpec {
  readonly description: string;
  readonly symmetric: boolean;
  /** Entity types allowed at the source and at the target; a match outside them is a misreading. */
  readonly source: readonly EntityType[];
  readonly target: readonly EntityType[];
  /** The PLOVER event type this relation codes, when it is an event at all. */
  readonly plover?: PloverType;
}

const ACTORS: readonly EntityType[] = ['Person', 'Organization', 'Country', 'City', 'Region'];
const PLACES: readonly EntityType[] = ['Country', 'City', 'Region', 'Location'];
const ISSUES: readonly EntityType[] = ['Agreement', 'Event', 'Other'];

export const RELATION_TYPE_SPECS = {
  // Events, coded onto PLOVER.
  AGREES_WITH: { description: 'agrees with, settles with or reaches a deal with', symmetric: true, source: ACTORS, target: ACTORS, plover: 'AGREE' },
  // Laws and treaties the tagger cannot type come out as Other.
  SIGNED: { description: 'signs, ratifies or joins an agreement', symmetric: false, source: ACTORS, target: ['Agreement', 'Other'], plover: 'SUPPORT' },
  MEDIATES: { description: 'acts as intermediary for a party to talks or a dispute', symmetric: false, source: ACTORS, target: ACTORS, plover: 'CONSULT' },
  HOSTS: { description: 'hosts talks, a meeting or an event involving the other party', symmetric: false, source: ACTORS, target: [...ACTORS, 'Event'], plover: 'CONSULT' },
  NEGOTIATES_WITH: { description: 'holds talks or negotiations with', symmetric: true, source: ACTORS, target: ACTORS, plover: 'CONSULT' },
  MEETS: { description: 'meets with', symmetric: true, source: ACTORS, target: ACTORS, plover: 'CONSULT' },
  VISITS: { description: 'travels to and visits', symmetric: false, source: ACTORS, target: [...ACTORS, 'Location'], plover: 'CONSULT' },
  SUPPORTS: { description: 'supports, backs, praises or endorses', symmetric: false, source: ACTORS, target: [...ACTORS, 'Agreement', 'Event'], plover: 'SUPPORT' },
  CONCEDES_TO: { description: 'yields to or makes a concession to: pardons, apologises to, eases restrictions on, accepts demands of, drops claims against', symmetric: false, source: ACTORS, target: ACTORS, plover: 'CONCEDE' },
  RELEASES: { description: 'frees captives of or hands them over to, returns seized property or ground to, eases sanctions on, halts attacks on or lets aid or observers in', symmetric: false, source: ACTORS, target: ACTORS, plover: 'RETREAT' },
  COOPERATES_WITH: { description: 'cooperates, allies or partners with', symmetric: true, source: ACTORS, target: ACTORS, plover: 'COOPERATE' },
  AIDS: { description: 'gives material, economic, military or humanitarian help to', symmetric: false, source: ACTORS, target: [...ACTORS, 'Location'], plover: 'AID' },
  WITHDREW_FROM: { description: 'withdraws from an agreement, organisation or event (PLOVER SANCTION), or its forces from a country or region (RETREAT)', symmetric: false, source: ACTORS, target: ['Agreement', 'Organization', 'Event', 'Country', 'Region', 'Location'], plover: 'RETREAT' },
  REQUESTS: { description: 'asks, urges, appeals to or demands something of', symmetric: false, source: ACTORS, target: ACTORS, plover: 'REQUEST' },
  CRITICIZES: { description: 'criticises, condemns or blames', symmetric: false, source: ACTORS, target: [...ACTORS, 'Agreement', 'Event'], plover: 'ACCUSE' },
  ACCUSES: { description: 'accuses, charges, sues or formally investigates', symmetric: false, source: ACTORS, target: ACTORS, plover: 'ACCUSE' },
  REJECTS: { description: 'rejects, refuses, vetoes or defies', symmetric: false, source: ACTORS, target: [...ACTORS, ...ISSUES], plover: 'REJECT' },
  THREATENS: { description: 'threatens or warns', symmetric: false, source: ACTORS, target: ACTORS, plover: 'THREATEN' },
  PROTESTS_AGAINST: { description: 'demonstrates, strikes or boycotts against', symmetric: false, source: ACTORS, target: [...ACTORS, ...ISSUES], plover: 'PROTEST' },
  SANCTIONS: { description: 'imposes sanctions, embargoes or economic pressure on', symmetric: false, source: ACTORS, target: ACTORS, plover: 'SANCTION' },
  MOBILIZES_AGAINST: { description: 'puts forces on alert or deploys them against', symmetric: false, source: ACTORS, target: [...ACTORS, 'Location'], plover: 'MOBILIZE' },
  COERCES: { description: 'arrests, detains, expels, bans or seizes property of', symmetric: false, source: ACTORS, target: ACTORS, plover: 'COERCE' },
  ATTACKS: { description: 'attacks, strikes, invades or kills', symmetric: false, source: ACTORS, target: [...ACTORS, 'Location'], plover: 'ASSAULT' },
  // Standing relations and statements: no PLOVER event.
  LEADS: { description: 'leads, heads or governs', symmetric: false, source: ['Person', 'Organization', 'Country'], target: ['Organization', 'Country', 'City', 'Region', 'Location', 'Event'] },
  MEMBER_OF: { description: 'is a member or part of an organisation', symmetric: false, source: ACTORS, target: ['Organization'] },
  LOCATED_IN: { description: 'is located in', symmetric: false, source: [...PLACES, 'Organization', 'Event'], target: PLACES },
  PART_OF: { description: 'is part of', symmetric: false, source: [...PLACES, 'Organization'], target: [...PLACES, 'Organization'] },
  STATEMENT_ABOUT: { description: 'makes a statement about', symmetric: false, source: ACTORS, target: ['Person', 'Organization', 'Country', 'City', 'Region', 'Location', ...ISSUES] },
  RELATED_TO: { description: 'co-occurs in the same sentences (weight = number of sentences)', symmetric: true, source: ENTITY_TYPES, target: ENTITY_TYPES },
} as const satisfies Record<string, RelationTypeSpec>;

/**
 * How a sentence puts a relation, strongest first (an edge drawn from several
 * sentences takes the strongest): `asserted` as a fact that happened or holds;
 * `reported` as someone else's claim or allegation the text does not take up;
 * `planned` as scheduled, intended or agreed to happen; `demanded` as urged,
 * requested or called for; `hypothetical` as possible, conditional or proposed.
 */
export const MODALITIES = ['asserted', 'reported', 'planned', 'demanded', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * What a relation rests on, strongest first: `syntax` (read off a parse) and
 * `pattern` (a pattern over the words) are stated relations; `cooccurrence`
 * only means the two were named in the same sentence.
 */
export const RELATION_BASES = ['syntax', 'pattern', 'cooccurrence'] as const;
export type RelationBasis = (typeof RELATION_BASES)[number];

export type RelationType = keyof typeof RELATION_TYPE_SPECS;

export const RELATION_TYPES = Object.keys(RELATION_TYPE_SPECS) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.hasOwn(RELATION_TYPE_SPECS, value);
}

export function isSymmetric(type: RelationType): boolean {
  return RELATION_TYPE_SPECS[type].symmetric;
}

/** The PLOVER event type a relation type codes, or undefined for standing relations and co-occurrence. */
export function ploverType(type: RelationType): PloverType | undefined {
  const spec: RelationTypeSpec = RELATION_TYPE_SPECS[type];
  return spec.plover;
}

/** PLOVER's cooperative events that, intended or offered rather than done, are an agreement (PLOVER manual, AGREE). */
const COOPERATIVE_TO_AGREE: ReadonlySet<PloverType> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);

/**
 * Agreements whose being signed, reached or ratified is stated, and the verbs of signing: PLOVER codes actions that
 * "ratify, sign, or finalize an agreement or treaty" as SUPPORT, and only the promise to do so as AGREE.
 */
const CONCLUDED_AGREEMENTS: ReadonlySet<string> = new Set(
  'accord agreement armistice ceasefire compromise deal memorandum pact peace protocol settlement treaty truce understanding sign ratify'.split(' '),
);

/**
 * Concessions whose being done has an immediate material consequence, which PLOVER codes as RETREAT rather than
 * CONCEDE ("RETREAT: … disarm militarily or give up weapons"; CAMEO 0874 "retreat or surrender militarily"), keyed by
 * the relation's `predicate`; promised, they stay CONCEDE.
 */
const MATERIAL_CONCESSIONS: ReadonlySet<string> = new Set(['surrender']);
/** Leaving an office: PLOVER's RETREAT 'resign' ("official resignation"), not its SANCTION 'withdraw'. */
const RESIGNATIONS: ReadonlySet<string> = new Set(['resign']);

/** Whether a relation's `predicate` leaves an office (a resignation), not a place or a body's membership. */
export function isResignation(predicate: string | undefined): boolean {
  return predicate !== undefined && RESIGNATIONS.has(predicate);
}

/**
 * The PLOVER event a statement of a relation codes, as PLOVER's manual codes statements of what is yet to be:
 * meetings, support, cooperation and aid planned or offered are AGREE ("cooperative actions of types CONSULT,
 * SUPPORT, COOPERATE, and AID reported in future tense … should be coded as AGREE"; "references to future meetings,
 * summits, state visits"), a retreat announced is CONCEDE ("announcements of future retreats"); a demanded or reported
 * act, and everything else, keeps its type's event; an agreement stated as concluded (its `predicate` names the
 * agreement or the signing) is SUPPORT, a surrender done RETREAT (`MATERIAL_CONCESSIONS`). Withdrawing from anything
 * but a place (`targetType`) is SANCTION: the manual's SANCTION 'withdraw' is leaving "a group, mediation activity,
 * organization", its RETREAT 'withdraw' leaving an area, and its RETREAT 'resign' leaving an office.
 */
export function ploverCode(type: RelationType, modality: Modality, predicate?: string, targetType?: EntityType): PloverType | undefined {
  // Leaving an organisation, an agreement or talks reduces relations (PLOVER's SANCTION 'withdraw'); only pulling
  // out of ground is a retreat.
  const resigned = isResignation(predicate);
  const plover = type === 'WITHDREW_FROM' && targetType !== undefined && !PLACES.includes(targetType) && !resigned ? 'SANCTION' : ploverType(type);
  if (plover === 'AGREE' && (modality === 'asserted' || modality === 'reported') && predicate !== undefined && CONCLUDED_AGREEMENTS.has(predicate)) return 'SUPPORT';
  if (plover === 'CONCEDE' && (modality === 'asserted' || modality === 'reported') && predicate !== undefined && MATERIAL_CONCESSIONS.has(predicate)) return 'RETREAT';
  if (plover === undefined || (modality !== 'planned' && modality !== 'hypothetical')) return plover;
  if (COOPERATIVE_TO_AGREE.has(plover)) return 'AGREE';
  return plover === 'RETREAT' ? 'CONCEDE' : plover;
}
