/**
 * Typed relations inside one sentence, from patterns over its words, where
 * the parse (syntax-relations.ts) does not yet read as well:
 * - "between A and B" after an interaction or fighting noun or a mediating verb;
 * - nominal mediation ("the mediation of A", "mediated by A");
 * - titles before or after a name ("the Ruritanian President Jane Doe", "Jane Doe, the president of Ruritania"),
 *   and a title with its body before a name and a comma ("a spokesman for B, A", "a member of B, A");
 * - "Place, Larger place" (and "in the A, Place" for an organisation named as a site);
 * - bodies listed after their kind and place ("Valdorian firms including A, B and C").
 * Only the closed vocabulary comes out; no pattern names an entity.
 */
import { formerLeaderLeads, formerTitleKeepsMember, titleFits, titleJoins, titleLapses, titleLeads } from './titles.js';
import { AVERTING_WORDS, FIGHTING_NOUNS, FORMER_MARKERS, INTENT_WORDS, isAffiliationWord, JOINT_WORDS, MEMBER_NOUNS, INTERACTION_NOUNS, MEDIATION_NOUNS, PERSON_TITLES, STANDING_TIE_NOUNS, STOPWORDS } from '../nlp/lexicon.js';
import { loadGazetteer } from '../nlp/gazetteer.js';
import { statesRelations } from '../nlp/sentences.js';
import type { ResolvedMention } from '../resolve/entity.js';
import { isSymmetric, type Modality, type RelationType } from '../vocabulary/relation-types.js';
import { argumentsFit } from './argument-types.js';
import { AGENT_NOUNS, isOrganisationKind, isPersonNoun, KIN_NOUNS, OCCUPATION_NOUNS, OUTSIDE_ROLES, PART_NOUNS, PARTY_LEADER_TITLES, ROLE_PREPOSITIONS, TITLE_OPENING_WORDS } from './syntax-words.js';
import { isNationalityWord, namesBody } from './syntax-roles.js';
import type { RelationCandidate } from './relation.js';
import type { SentenceView } from './sentence-view.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import { framingAt } from './syntax-relations.js';

const AUXILIARIES = new Set('has have had is are was were be been being will would could can may might must should did does do also already still reportedly previously once recently now just then again jointly formally officially'.split(' '));
const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);
const PREPOSITIONS = new Set('about above across after against along among around as at before behind below beneath beside between beyond by during except for from in inside into like near of off on onto out outside over past per since through throughout to toward towards under until upon via with within without'.split(' '));
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const DETERMINERS = new Set('the a an its their his her this that these those both'.split(' '));
/** Words that are prepositions before a noun and conjunctions before a clause ("until Sweden joined"). */
const CLAUSE_OPENERS = new Set('until after before since as once'.split(' '));
const BE_FORMS = new Set('is are was were be been being'.split(' '));
const ACTOR_TYPES = new Set(['Country', 'Organization', 'Person', 'City', 'Region']);
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'summit', 'summits', 'visit', 'visits']);
const HOSTING: ReadonlySet<string> = new Set(['HOSTS', 'MEDIATES']);

/** A hosting or mediating verb at token `t` ("hosted", "brokered"), by its parsed lemma: that lemma and its relation. */
function hostingVerb(view: SentenceView, t: number): { lemma: string; type: RelationType } | undefined {
  const lemma = view.parse?.lemma[t]?.toLowerCase() ?? view.words[t];
  const type = lemma === undefined ? undefined : verbRelations(lemma)[0];
  return lemma !== undefined && type && HOSTING.has(type) ? { lemma, type } : undefined;
}
export function findSentenceRelations(view: SentenceView): RelationCandidate[] {
  if (!statesRelations(view.sentence) || view.mentions.length < 2) return [];
  return [...betweenRelations(view), ...nominalMediation(view), ...titleRelations(view), ...placeRelations(view), ...listedBodies(view), ...partsAfterWhole(view), ...pairRelations(view), ...membershipRelations(view)];
}

/**
 * A relation a pattern found. Patterns over words cannot tell a plan or a claim from a fact: an event's relation
 * takes the framing the parse gives its trigger word (`token`: "will host talks between A and B" is planned), a
 * standing one (a title, a place) is asserted.
 */
function candidate(view: SentenceView, source: string, target: string, type: RelationType, predicate: string, confidence: number, token?: number, intended?: Modality): RelationCandidate | undefined {
  if (source === target || !argumentsFit(type, view.typeOf(source), view.typeOf(target))) return undefined;
  const [a, b] = isSymmetric(type) && source > target ? [target, source] : [source, target];
  const framed = token === undefined ? 'asserted' : framingAt(view, token, [a, b]);
  if (framed === undefined) return undefined;
  // A word of intent before the trigger ("worked to arrange a meeting between …") frames what the parse left asserted.
  const modality = framed === 'asserted' && intended ? intended : framed;
  return { source: a, target: b, type, predicate, confidence, basis: 'pattern', modality, docId: view.docId, sentence: view.sentence.index };
}

const defined = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);

const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'City', 'Region', 'Location']);

const isCapitalised = (view: SentenceView, token: number) => /^\p{Lu}/u.test(view.sentence.tokens[token]?.norm ?? '');

const isActor = (view: SentenceView, mention: ResolvedMention) => ACTOR_TYPES.has(view.typeOf(mention.entity) ?? '');

/**
 * Subjects ending right before token `verb` (past auxiliaries and adverbs), with a coordinated one before
 * "and". Empty when the verb is negated ("did not sign", "neither A nor B would endorse").
 */
function subjectsBefore(view: SentenceView, verb: number): ResolvedMention[] {
  let i = verb - 1;
  let skipped = 0;
  while (i >= 0 && !view.mentionAt[i] && (AUXILIARIES.has(view.words[i]) || NEGATIONS.has(view.words[i]) || view.words[i].endsWith('ly')) && skipped < 4) {
    if (NEGATIONS.has(view.words[i])) return [];
    i -= 1;
    skipped += 1;
  }
  const subject = view.mentionAt[i];
  // "Collins of Georgia said": a mention governed by a preposition is not the subject; but "until Sweden
  // joined" opens a clause, and its name is the subject.
  const opener = view.words[(subject?.tokenStart ?? 0) - 1] ?? '';
  if (!subject || opener === 'nor' || (PREPOSITIONS.has(opener) && !CLAUSE_OPENERS.has(opener))) return [];
  const subjects = [subject];
  const before = subject.tokenStart - 1;
  if (view.words[before] === 'and') {
    let j = before - 1;
    if (view.words[j] === 'the') j -= 1;
    const other = view.mentionAt[j];
    if (other) subjects.unshift(other);
  }
  return subjects;
}

/**
 * The name a descriptive phrase leads to: "the South American group Mercosur" is Mercosur, not
 * "South American". One or two lower-case content words between two mentions make the apposition.
 */
function namedByApposition(view: SentenceView, mention: ResolvedMention): ResolvedMention {
  for (let gap = 1; gap <= 2; gap += 1) {
    const words = view.sentence.tokens.slice(mention.tokenEnd, mention.tokenEnd + gap).map((token) => token.norm);
    if (words.length < gap || words.some((word) => !/^\p{Ll}+$/u.test(word) || STOPWORDS.has(word))) return mention;
    const next = view.mentionAt[mention.tokenEnd + gap];
    if (next) return next;
  }
  return mention;
}

/** "talks between A and B", "hosted talks between A and B", "an intermediary between A and B". */
function betweenRelations(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  view.words.forEach((word, b) => {
    if (word !== 'between') return;
    const first = describedMentionAt(view, b + 1);
    if (!first) return;
    let and = first.tokenEnd;
    // "between A of the B Institute and C": the first party's own "of" phrase comes before the "and".
    const affiliation = view.words[and] === 'of' ? describedMentionAt(view, and + 1) : undefined;
    if (affiliation && view.typeOf(first.entity) === 'Person') and = affiliation.tokenEnd;
    // "between the B government and C": the noun a name's adjective describes comes before the "and".
    const plainNoun = (t: number) => /^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[t]?.norm ?? '') && !PREPOSITIONS.has(view.words[t]!) && !STOPWORDS.has(view.words[t]!);
    while (!affiliation && and < first.tokenEnd + 2 && plainNoun(and)) and += 1;
    if (view.words[and] !== 'and') return;
    const named = describedMentionAt(view, and + 1);
    if (!named) return;
    const second = namedByApposition(view, named);
    // What stands before "between": a mediating noun or verb with its subject, or an interaction noun.
    for (let t = b - 1; t >= Math.max(0, b - 5); t -= 1) {
      const trigger = view.words[t];
      const role = MEDIATION_NOUNS.get(trigger) ?? hostingVerb(view, t)?.type;
      // "a joint venture between A and B", "a collaborative project between A and B", "joint naval drills between A and B".
      if (JOINT_WORDS.has(trigger) && (t === b - 2 || (t === b - 3 && /^\p{Ll}+$/u.test(view.words[t + 1]!)))) {
        found.push(candidate(view, first.entity, second.entity, 'COOPERATES_WITH', `${trigger} ${view.words[b - 1]}`, 0.8, b - 1));
        break;
      }
      // "clashes broke out between A and B troops": each side attacks the other; not a war one fears or averts.
      if (FIGHTING_NOUNS.has(trigger)) {
        if ([t - 1, t - 2, t - 3].some((i) => AVERTING_WORDS.has(view.words[i] ?? '') || INTENT_WORDS.has(view.words[i] ?? ''))) break;
        found.push(candidate(view, first.entity, second.entity, 'ATTACKS', trigger, 0.8, t));
        found.push(candidate(view, second.entity, first.entity, 'ATTACKS', trigger, 0.8, t));
        break;
      }
      if (INTERACTION_NOUNS.has(trigger)) {
        // "worked to arrange a meeting between A and B": planned, not held; "offered to host talks between A and B":
        // possible.
        const intended = [t - 1, t - 2, t - 3, t - 4].map((i) => INTENT_WORDS.get(view.words[i] ?? '')).find((m) => m !== undefined);
        // What the noun states between two parties, by the event lexicon ("a pact between A and B": they agree); talk by default.
        const lemma = view.parse?.lemma[t]?.toLowerCase() ?? trigger;
        const stated = nounRelations(lemma, 'with').find(isSymmetric) ?? (MEETING_NOUNS.has(trigger) ? 'MEETS' : STANDING_TIE_NOUNS.has(trigger) ? undefined : 'NEGOTIATES_WITH');
        if (stated) found.push(candidate(view, first.entity, second.entity, stated, trigger, 0.8, t, intended));
        // "A hosted [back-channel] talks between B and C": A hosts (or mediates for) both.
        const hostAt = [t - 1, t - 2, t - 3].find((i) => i >= 0 && hostingVerb(view, i));
        const sense = hostAt === undefined ? undefined : hostingVerb(view, hostAt);
        if (hostAt !== undefined && sense !== undefined) {
          for (const host of subjectsBefore(view, hostAt).filter((m) => isActor(view, m))) {
            found.push(candidate(view, host.entity, first.entity, sense.type, sense.lemma, 0.8, hostAt, intended));
            found.push(candidate(view, host.entity, second.entity, sense.type, sense.lemma, 0.8, hostAt, intended));
          }
        }
        break;
      }
      if (role) {
        // "A has offered to mediate between B and C": offered, not done; the parse's reading frames it.
        if ([t - 1, t - 2, t - 3].some((i) => INTENT_WORDS.has(view.words[i] ?? ''))) break;
        const mediator = nearestActorBefore(view, t);
        if (mediator) {
          found.push(candidate(view, mediator.entity, first.entity, role, trigger, 0.75, t));
          found.push(candidate(view, mediator.entity, second.entity, role, trigger, 0.75, t));
        }
        break;
      }
    }
  });
  return defined(found);
}

/**
 * The mention at `token`, or after up to four words that describe it: a determiner, titles, lower-case words ("the newly
 * elected President B"); not past a preposition or a punctuation mark, whose phrase is another's.
 */
function describedMentionAt(view: SentenceView, token: number): ResolvedMention | undefined {
  for (let i = token; i < Math.min(view.words.length, token + 5); i += 1) {
    const mention = view.mentionAt[i];
    if (mention) return mention;
    const word = view.words[i]!;
    const descriptive = DETERMINERS.has(word) || PERSON_TITLES.has(word) || (/^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[i]!.norm) && !PREPOSITIONS.has(word) && !STOPWORDS.has(word));
    if (!descriptive) return undefined;
  }
  return undefined;
}

function nearestActorBefore(view: SentenceView, token: number): ResolvedMention | undefined {
  for (let i = token - 1; i >= 0; i -= 1) {
    const mention = view.mentionAt[i];
    if (mention && isActor(view, mention)) return mention;
    if (view.words[i] === ';' || view.words[i] === ':') return undefined;
  }
  return undefined;
}

/** "the mediation of A", "A's mediation", "was mediated by A": A mediates for the other parties of the sentence. */
function nominalMediation(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  view.words.forEach((word, n) => {
    let role = MEDIATION_NOUNS.get(word);
    let mediator: ResolvedMention | undefined;
    if (role && view.words[n + 1] === 'of') mediator = view.mentionAt[n + 2];
    else if (role && view.words[n - 1] === "'s") mediator = view.mentionAt[n - 2];
    else if (view.words[n + 1] === 'by' && hostingVerb(view, n) && /ed$/.test(word) && BE_FORMS.has(view.words[n - 1] ?? '')) {
      role = hostingVerb(view, n)!.type;
      mediator = view.mentionAt[n + 2];
    }
    if (!role || !mediator || !isActor(view, mediator)) return;
    for (const party of view.mentions) {
      if (party.entity === mediator.entity || !isActor(view, party) || view.typeOf(party.entity) === 'Person') continue;
      found.push(candidate(view, mediator.entity, party.entity, role, word, 0.7));
    }
  });
  return defined(found);
}

/** Marks of a possessive: "B's", and the bare apostrophe after a plural or an "s" ("Kessel Motors' chief"). */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", '’s', '’']);

/**
 * The body a title's "of" names at `token`: the mention there, or, when that mention is only the front of a
 * hyphenated word ("the Lima-based Kessel Mining", "the US-led coalition"), the name that word describes.
 */
function bodyAt(view: SentenceView, token: number): ResolvedMention | undefined {
  const mention = view.mentionAt[token];
  const word = view.sentence.tokens[mention?.tokenEnd === undefined ? -1 : mention.tokenEnd - 1];
  if (!mention || !word || (mention.end >= word.end && !/-\p{Ll}+$/u.test(word.norm))) return mention;
  const described = view.mentionAt[mention.tokenEnd];
  return described && described.tokenStart === mention.tokenEnd ? described : undefined;
}

/** A lower-case word that may name an office's field between a body and a title ("trade", "and", "military"). */
function isFieldWord(view: SentenceView, token: number): boolean {
  const word = view.words[token];
  if (word === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[token]!.norm) || FORMER_MARKERS.has(word)) return false;
  // Nouns and adjectives only: a verb ends the phrase ("B impeached President A").
  const tag = view.parse?.upos[token];
  return word === 'and' || ((tag === 'NOUN' || tag === 'ADJ') && !STOPWORDS.has(word));
}

/**
 * A person's work written in lower case before a name: an agent noun ("engineer", "drummer") or a word of work
 * ("scholar", "official"); not a kin word, an outsider ("customer", "voter") or an act on another ("critic", which
 * names what is done, not where one works). A title before a name is read so where it is a word of work ("Judge A",
 * "Professor A"; not "Mr." or "Cardinal").
 */
function isOccupation(view: SentenceView, token: number): boolean {
  const norm = view.sentence.tokens[token]?.norm ?? '';
  const lemma = view.parse?.lemma[token]?.toLowerCase() ?? '';
  if (!/^\p{Ll}+$/u.test(norm)) return false;
  // Right before a name a word of work is a noun, however it was tagged ("B official A" with "official" an adjective).
  if (OCCUPATION_NOUNS.has(norm) || OCCUPATION_NOUNS.has(lemma)) return true;
  return view.parse?.upos[token] === 'NOUN' && isPersonNoun(lemma) && !KIN_NOUNS.has(lemma) && !OUTSIDE_ROLES.has(lemma) && !AGENT_NOUNS.has(lemma);
}

/** True when the phrase running on from token `from` to its comma is followed by a person's name. */
function personAfterPhrase(view: SentenceView, from: number): boolean {
  let comma = from;
  while (comma < view.words.length && view.words[comma] !== ',') comma += 1;
  const next = view.mentionAt[comma + 1];
  return next !== undefined && view.typeOf(next.entity) === 'Person';
}

/** Nouns after "A-B" that say the two parties talk or meet: "US-China trade talks", "India–Pakistan summit", "a Valdoria-Ruritania call". */
const PAIR_TALK_NOUNS = new Set(['talks', 'talk', 'negotiations', 'negotiation', 'discussions', 'dialogue', 'consultations', 'call', 'calls']);

/**
 * Two parties joined by a hyphen before a noun of talks or meetings: "the
 * US-China trade talks" → NEGOTIATES_WITH, "an India-Pakistan summit" → MEETS.
 * Up to two lower-case words may stand between ("trade", "peace"); planned
 * talks ("plans for US-China talks") are not read as held.
 */
function pairRelations(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  const pairs: { first: ResolvedMention; second: ResolvedMention; end: number }[] = [];
  view.mentions.forEach((first, n) => {
    const next = view.mentions[n + 1];
    if (!next) return;
    // Parts of one token ("US-China", "Mexico-United States"), or a dash token between two ("U.S.-Iran", "Russia–Ukraine").
    if (next.tokenStart === first.tokenStart && next.start === first.end + 1) pairs.push({ first, second: next, end: next.tokenEnd });
    else if (view.words[first.tokenEnd] === '-' && next.tokenStart === first.tokenEnd + 1 && next.start === first.end + 1) pairs.push({ first, second: next, end: next.tokenEnd });
  });
  for (const { first, second, end } of pairs) {
    if (first.entity === second.entity) continue;
    const t = first.tokenStart;
    const pair = [first, second];
    for (let n = end; n <= end + 2 && n < view.words.length; n += 1) {
      const word = view.words[n]!;
      const meeting = MEETING_NOUNS.has(word);
      if (PAIR_TALK_NOUNS.has(word) || meeting) {
        if ([t - 1, t - 2, t - 3].some((i) => INTENT_WORDS.has(view.words[i] ?? ''))) break;
        found.push(candidate(view, pair[0]!.entity, pair[1]!.entity, meeting ? 'MEETS' : 'NEGOTIATES_WITH', word, 0.75));
        break;
      }
      if (!/^\p{Ll}+$/u.test(view.sentence.tokens[n]!.norm) || STOPWORDS.has(word)) break;
    }
  }
  return defined(found);
}

/** The kinds of place each kind may sit in when written "Place, Larger place" (a region only in a country). */
const CONTAINERS: Readonly<Record<string, ReadonlySet<string>>> = {
  City: new Set(['Country', 'Region', 'Location']),
  Location: new Set(['Country', 'Region', 'Location']),
  Region: new Set(['Country']),
};

/** The places an organisation written as a site may lie in ("appeared in the Kessel District Court, Valdoria"). */
const ORGANISATION_CONTAINERS: ReadonlySet<string> = new Set(['Country', 'Region', 'City', 'Location']);

/**
 * Whether an organisation is named as a site, right after "in" or "at" (past "the" or "his"): only then is a place
 * after its comma its address ("at the Kessel Studio, Lima"), not the subject of the next clause ("according to
 * Kessel News, Peru has …").
 */
function siteAfterPreposition(view: SentenceView, mention: ResolvedMention): boolean {
  if (view.typeOf(mention.entity) !== 'Organization') return false;
  let t = mention.tokenStart - 1;
  if (DETERMINERS.has(view.words[t] ?? '')) t -= 1;
  return view.words[t] === 'in' || view.words[t] === 'at';
}

/**
 * A place written with the larger place it lies in, as news datelines and
 * addresses do: "in Arica, Chile" → Arica LOCATED_IN Chile; so too an organisation named as a site ("appeared in the
 * Kessel District Court, Valdoria"). Lists of places ("Lyon, Marseille and Nice") are not read so;
 * where the words look like a list but the parse reads an apposition
 * ("police in Port Varn, Valdoria, Jane Doe said"), the parse decides.
 */
function placeRelations(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  const isPlace = (mention: ResolvedMention | undefined) => mention !== undefined && PLACE_TYPES.has(view.typeOf(mention.entity) ?? '');
  for (const place of view.mentions) {
    const containers = CONTAINERS[view.typeOf(place.entity) ?? ''] ?? (siteAfterPreposition(view, place) ? ORGANISATION_CONTAINERS : undefined);
    if (!containers || view.words[place.tokenEnd] !== ',') continue;
    const larger = view.mentionAt[place.tokenEnd + 1];
    if (!larger || larger.tokenStart !== place.tokenEnd + 1 || !(containers.has(view.typeOf(larger.entity) ?? '') || isBoroughOfCapital(view, place, larger))) continue;
    // Places named alike are a list's items, not one inside the other ("County Galway, County Mayo, …").
    if (larger.tokenEnd - larger.tokenStart > 1 && (view.words[place.tokenStart] === view.words[larger.tokenStart] || view.words[place.tokenEnd - 1] === view.words[larger.tokenEnd - 1])) continue;
    // A list goes on with "and", or with another capitalised name after a comma, on either side; not a clause after
    // the comma's "and" ("its plant in Arica, Chile, and added …").
    const after = view.words[larger.tokenEnd];
    const next = view.words[larger.tokenEnd + 1];
    const listGoesOn = (next === 'and' || next === 'or') && placeOpensAt(view, larger.tokenEnd + 2);
    if (after === 'and' || after === 'or' || (after === ',' && (listGoesOn || (isCapitalised(view, larger.tokenEnd + 1) && !inApposition(view, place, larger))))) continue;
    // "in the Senate, Valdoria's senior senator": a place with a possessive after a site opens the next phrase.
    if (!CONTAINERS[view.typeOf(place.entity) ?? ''] && POSSESSIVE_MARKS.has(after ?? '')) continue;
    const previous = view.mentionAt[place.tokenStart - 2];
    const chained = previous !== undefined && inApposition(view, previous, place);
    // A list of places before it ("A, B, C"), but not a site the place holds ("his Kessel Studio, Lagos, Nigeria").
    const site = previous !== undefined && previous.tokenEnd === place.tokenStart - 1 && !isPlace(previous);
    if (view.words[place.tokenStart - 1] === ',' && !chained && !site && (isPlace(previous) || isCapitalised(view, place.tokenStart - 2))) continue;
    found.push(candidate(view, place.entity, larger.entity, 'LOCATED_IN', 'in', 0.8));
  }
  return defined(found);
}

/**
 * "in Lewisham, London": a town named with a capital city lies in it (two cities otherwise never contain each other,
 * and two capitals are a list's items).
 */
function isBoroughOfCapital(view: SentenceView, place: ResolvedMention, larger: ResolvedMention): boolean {
  if (view.typeOf(place.entity) !== 'City' || view.typeOf(larger.entity) !== 'City') return false;
  const capital = (mention: ResolvedMention) => loadGazetteer().entries.get(view.sentence.tokens.slice(mention.tokenStart, mention.tokenEnd).map((t) => t.norm).join(' '))?.kind === 'capital';
  return capital(larger) && !capital(place);
}

/**
 * Bodies listed after their kind and the place they are in: "Valdorian firms including A, B and C", "Chile's
 * largest banks such as A and B" → each LOCATED_IN the place. The parser scatters such lists; the words keep them.
 */
function listedBodies(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  view.words.forEach((word, t) => {
    const opening = word === 'including' ? t + 1 : word === 'such' && view.words[t + 1] === 'as' ? t + 2 : -1;
    if (opening < 0) return;
    const kind = view.words[t - 1] === ',' ? t - 2 : t - 1;
    const lemma = view.parse?.lemma[kind]?.toLowerCase() ?? '';
    // A plural kind of body ("firms", "airlines"): the list is of its members.
    if (!isOrganisationKind(lemma) || view.words[kind] === lemma) return;
    let p = kind - 1;
    while (p > kind - 4 && isFieldWord(view, p) && view.words[p] !== 'and') p -= 1;
    const possessive = POSSESSIVE_MARKS.has(view.words[p] ?? '');
    if (possessive) p -= 1;
    const place = view.mentionAt[p];
    if (!place || place.tokenEnd !== p + 1 || !PLACE_TYPES.has(view.typeOf(place.entity) ?? '')) return;
    // After a nationality, only the kind itself, as syntax-roles.ts reads "Valdorian airline A".
    if (!possessive && p !== kind - 1 && isNationalityWord(view.sentence.tokens[p]!.norm)) return;
    for (let i = opening; i < view.words.length; ) {
      const body = view.mentionAt[i];
      if (!body || body.tokenStart !== i) break;
      if (view.typeOf(body.entity) === 'Organization') found.push(candidate(view, body.entity, place.entity, 'LOCATED_IN', word === 'such' ? 'such as' : word, 0.75));
      i = body.tokenEnd;
      if (view.words[i] === ',') i += 1;
      if (view.words[i] === 'and') i += 1;
      else if (view.words[i - 1] !== ',') break;
    }
  });
  return defined(found);
}

/**
 * An organisation named after the whole it is part of and the kind of part ("Kessel Media station KVRT-TV", "Zenith
 * Holdings subsidiary Orvel Motors"): the parser reads the whole as a compound of the part noun, which relates no
 * names, so the words do.
 */
function partsAfterWhole(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  for (const part of view.mentions) {
    const kind = part.tokenStart - 1;
    const whole = view.mentionAt[kind - 1];
    if (!whole || whole.tokenEnd !== kind || !PART_NOUNS.has(view.words[kind]!) || view.words[kind] === 'part') continue;
    if (view.typeOf(part.entity) === 'Organization' && view.typeOf(whole.entity) === 'Organization') found.push(candidate(view, part.entity, whole.entity, 'PART_OF', view.words[kind]!, 0.75));
  }
  return defined(found);
}

/** Whether a place's name opens at `token`, past a determiner or adjectives ("and the United States", "and northern Peru"), or a capitalised word does. */
function placeOpensAt(view: SentenceView, token: number): boolean {
  let t = token;
  while (t < token + 3 && !view.mentionAt[t] && ['DET', 'ADJ'].includes(view.parse?.upos[t] ?? '')) t += 1;
  const place = view.mentionAt[t];
  return (place !== undefined && place.tokenStart === t && PLACE_TYPES.has(view.typeOf(place.entity) ?? '')) || isCapitalised(view, token);
}

/** Whether the parse reads the larger place as standing in apposition to the place ("Port Varn, Valdoria, A said"), not as the next item of a list. */
/** A mention's head word: the first of its tokens whose head lies outside it. */
function headTokenOf(parse: NonNullable<SentenceView['parse']>, mention: ResolvedMention): number {
  for (let t = mention.tokenStart; t < mention.tokenEnd; t += 1) if (parse.head[t]! < mention.tokenStart || parse.head[t]! >= mention.tokenEnd) return t;
  return mention.tokenStart;
}

function inApposition(view: SentenceView, place: ResolvedMention, larger: ResolvedMention): boolean {
  const parse = view.parse;
  if (!parse) return false;
  const head = headTokenOf(parse, larger);
  return parse.deprel[head] === 'appos' && parse.head[head] === headTokenOf(parse, place);
}

/**
 * Leadership, or membership for a member's title, from a title, in the four ways news writes it (unless "former"):
 * - "the Ruritanian President Jane Doe", "Ruritania's Prime Minister Jane Doe", "Zenith Motors' chief executive Jane Doe";
 * - "President Jane Doe of Ruritania";
 * - "Jane Doe, the president of Ruritania", "Jane Doe, the Ruritanian Government commissioner", "Jane Doe, an NTSB spokesman";
 * - "the president of Ruritania, Jane Doe", "a spokesman for the Zenith Party, Jane Doe", "the Zenith Party's deputy leader, Jane Doe".
 */
function titleRelations(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  // A former holder of an organisation's office or post ("Former Kessel Bank director A", "former Kessel Bank
  // spokesman A") was one of its people, which the graph keeps; a former head of a place led it; a former member of a
  // house sits in it no longer.
  const former = (title: readonly string[], formerAt: number) => title.some((w) => FORMER_MARKERS.has(w)) || FORMER_MARKERS.has(view.words[formerAt] ?? '');
  const wasStaff = (body: ResolvedMention, title: readonly string[]) => view.typeOf(body.entity) === 'Organization' && formerTitleKeepsMember(title);
  const leads = (person: ResolvedMention, led: ResolvedMention | undefined, title: readonly string[], formerAt: number) => {
    if (!led || !titleLeads(title) || !titleFits(title, view.typeOf(led.entity))) return;
    if (!former(title, formerAt) || formerLeaderLeads(view.typeOf(led.entity))) found.push(candidate(view, person.entity, led.entity, 'LEADS', title.join(' '), 0.85));
    else if (wasStaff(led, title)) found.push(candidate(view, person.entity, led.entity, 'MEMBER_OF', title.join(' '), 0.85));
  };
  // "Zenith MP Jane Doe", "Jane Doe, the Zenith senator": a member of the body named with the title (unless former).
  const joins = (person: ResolvedMention, body: ResolvedMention, title: readonly string[], formerAt = body.tokenStart - 1) => {
    if (!titleJoins(title) || (titleLapses(title) && former(title, formerAt) && !wasStaff(body, title))) return;
    found.push(candidate(view, person.entity, body.entity, 'MEMBER_OF', title.join(' '), 0.85));
  };
  // A title in the plural before a list of people ("Presidents A of B and C of D") is each one's.
  const singular = (word: string | undefined) => (word && !PERSON_TITLES.has(word) && /s$/.test(word) && PERSON_TITLES.has(word.slice(0, -1)) ? word.slice(0, -1) : word);
  const titleBefore = (end: number): string[] => {
    const title: string[] = [];
    for (let i = end - 1; i >= 0 && (PERSON_TITLES.has(singular(view.words[i]) ?? '') || (title.length > 0 && TITLE_OPENING_WORDS.has(view.words[i]!))); i -= 1) title.unshift(singular(view.words[i])!);
    return title;
  };
  const skipThe = (i: number) => (view.words[i] === 'the' ? i + 1 : i);
  for (const person of view.mentions) {
    if (view.typeOf(person.entity) !== 'Person') continue;
    // "Zenith Bank board member A": "member" is no title of address, but joins the body before it.
    // "Zenith MP (Member of Parliament) A": a bracket that spells out the title stands between it and the name.
    const opening = view.words[person.tokenStart - 1] === ')' ? view.words.lastIndexOf('(', person.tokenStart - 2) : -1;
    const titleEnd = opening >= person.tokenStart - 7 && opening > 0 ? opening : person.tokenStart;
    const title = MEMBER_NOUNS.has(view.words[titleEnd - 1] ?? '') ? ['member'] : titleBefore(titleEnd);
    if (title.length) {
      let i = titleEnd - title.length - 1;
      // "Kessel Bank's chief executive A", "Kessel Motors' chief executive A".
      if (POSSESSIVE_MARKS.has(view.words[i] ?? '')) i -= 1;
      // "the Zenith trade and industry commissioner A": up to four lower-case words of the office's field may stand
      // between the body and the title (not "former", which ends it).
      // A noun there is a body of its own, which a leader's title leads ("the Zenithic committee chairman A").
      let fieldNoun = false;
      for (let skipped = 0; skipped < 4 && !view.mentionAt[i] && isFieldWord(view, i); skipped += 1) {
        fieldNoun ||= view.parse?.upos[i] === 'NOUN';
        i -= 1;
      }
      // A name that takes in "member" is no body before it ("Board Member A" typed as a name).
      const before = view.mentionAt[i];
      if (before && !(title[0] === 'member' && before.tokenEnd > person.tokenStart - 1)) {
        // "Zenithist Governor A": a party's word before an office of state is the holder's party, which only a
        // party's own leader leads ("Zenithist leader A").
        const partyWord = before.tokenEnd - before.tokenStart === 1 && view.typeOf(before.entity) === 'Organization' && isAffiliationWord(view.sentence.tokens[before.tokenStart]!.norm);
        const ofState = partyWord && titleLeads(title) && !title.some((w) => PARTY_LEADER_TITLES.has(w));
        // "Zenithist committee chairman A": with a body's noun between, the title is the body's, the party the holder's.
        const ofBody = partyWord && fieldNoun && view.words[before.tokenEnd] !== 'party';
        if (ofState || ofBody) found.push(candidate(view, person.entity, before.entity, 'MEMBER_OF', title.join(' '), 0.85));
        else if (!fieldNoun) leads(person, before, title, before.tokenStart - 1);
        joins(person, before, title);
        // "Zenithist US Senator A": a party's word before the place of the office.
        const party = PLACE_TYPES.has(view.typeOf(before.entity) ?? '') ? view.mentionAt[before.tokenStart - 1] : undefined;
        if (party && party.tokenEnd === before.tokenStart && view.typeOf(party.entity) === 'Organization' && isAffiliationWord(view.sentence.tokens[party.tokenStart]!.norm)) {
          joins(person, party, title, party.tokenStart - 1);
        }
      }
      // "President Jane Doe of Ruritania"
      if (view.words[person.tokenEnd] === 'of') leads(person, bodyAt(view, skipThe(person.tokenEnd + 1)), title, person.tokenStart - title.length - 1);
      // "Presidents Jane Doe of Ruritania and Joe Bloggs of Valdoria": the plural title reaches each "name of place".
      const plural = singular(view.words[person.tokenStart - 1]) !== view.words[person.tokenStart - 1];
      for (let item = person, place = view.mentionAt[skipThe(item.tokenEnd + 1)]; plural && view.words[item.tokenEnd] === 'of' && place; ) {
        const next = view.mentionAt[place.tokenEnd + 1];
        if (!next || !['and', ','].includes(view.words[place.tokenEnd]!) || next.tokenStart !== place.tokenEnd + 1 || view.typeOf(next.entity) !== 'Person') break;
        item = next;
        place = view.mentionAt[skipThe(item.tokenEnd + 1)];
        if (view.words[item.tokenEnd] === 'of') leads(item, place, title, person.tokenStart - title.length - 1);
      }
    }
    // "Kessel Motors engineer A", "Rutgers University political scholar A": a body right before a person's work in
    // lower case (and the field words of it) makes one of the body's people, as "B professor A" does.
    const work = person.tokenStart - 1;
    if (title.length ? title.length === 1 && OCCUPATION_NOUNS.has(title[0]!) : isOccupation(view, work)) {
      let i = work - 1;
      // Field words, joined by "and" only to another ("trade and industry"): "B and Mr. A" names two.
      for (let skipped = 0; skipped < 3 && !view.mentionAt[i] && isFieldWord(view, i) && (view.words[i] !== 'and' || isFieldWord(view, i - 1)); skipped += 1) i -= 1;
      const body = view.mentionAt[i];
      // After a capitalised title, only a body its name says is one ("B District Court Judge A", not "MV Professor A", a ship).
      const named = body !== undefined && (!title.length || namesBody(view, body));
      if (body && named && body.tokenEnd === i + 1 && view.typeOf(body.entity) === 'Organization') found.push(candidate(view, person.entity, body.entity, 'MEMBER_OF', view.words[work]!, 0.8));
    }
    // "Jane Doe, the president of Ruritania" — unless a person's name follows the phrase, whom it then
    // describes: "Speaking to Jane Doe, the president of Ruritania, Joe Bloggs said".
    if (view.words[person.tokenEnd] === ',') {
      let i = skipThe(person.tokenEnd + 1);
      const after: string[] = [];
      while (PERSON_TITLES.has(view.words[i] ?? '')) after.push(view.words[i++]);
      if (after.length && view.words[i] === 'of' && !personAfterPhrase(view, i)) leads(person, bodyAt(view, skipThe(i + 1)), after, person.tokenEnd + 1);
      // "Jane Doe, the Zenith Party senator": the body before the title, as "Zenith Party senator Jane Doe" reads.
      // Not when the title has a complement of its own ("A, the Zenith chairman of the B Committee" leads B) or
      // describes the next person named ("A, Zenith MP B").
      // "A, an NTSB spokesman" as "A, the Zenith senator".
      const described = ARTICLES.has(view.words[person.tokenEnd + 1] ?? '') ? person.tokenEnd + 2 : person.tokenEnd + 1;
      const body = view.mentionAt[described];
      if (body && body.tokenStart === described && view.typeOf(body.entity) !== 'Person' && !personAfterPhrase(view, body.tokenEnd)) {
        const title: string[] = [];
        let j = body.tokenEnd;
        for (; PERSON_TITLES.has(view.words[j] ?? ''); j += 1) title.push(view.words[j]!);
        let phraseEnd = j;
        while (phraseEnd < view.words.length && view.words[phraseEnd] !== ',') phraseEnd += 1;
        const describesNext = view.mentions.some((m) => m.tokenStart >= j && m.tokenStart < phraseEnd && view.typeOf(m.entity) === 'Person');
        if (title.length && !['of', 'to', 'for', 'at'].includes(view.words[j] ?? '') && !describesNext) {
          leads(person, body, title, body.tokenStart - 1);
          joins(person, body, title);
        }
      }
    }
  }
  // "the president of Ruritania, Jane Doe", "a spokesman for the Zenith Party, Jane Doe", "the Zenith Party's deputy
  // leader, Jane Doe", "a member of B, Chile": a title and its body written before the name. Not where the phrase
  // is a preposition's complement, which the name then does not describe ("after talks with the president of
  // Ruritania, Jane Doe flew home"), unless the preposition is "as".
  for (const holder of view.mentions) {
    // "First Minister of B A", with no comma, only in that order: a title, "of" and the body.
    const bare = view.words[holder.tokenStart - 1] !== ',';
    const comma = bare ? holder.tokenStart : holder.tokenStart - 1;
    if (!isActor(view, holder) || (bare && (view.typeOf(holder.entity) !== 'Person' || holder.anaphor))) continue;
    // (A possessor after the comma opens another phrase: "42 members of B, Chile's ministry said".)
    if (!bare && POSSESSIVE_MARKS.has(view.words[holder.tokenEnd] ?? '')) continue;
    let body = view.mentionAt[comma - 1];
    let title: string[] = [];
    let start = comma;
    if (body && body.tokenEnd === comma) {
      const i = view.words[body.tokenStart - 1] === 'the' ? body.tokenStart - 2 : body.tokenStart - 1;
      if (bare ? view.words[i] === 'of' && view.typeOf(body.entity) !== 'Person' : ROLE_PREPOSITIONS.has(view.words[i] ?? '')) {
        // "a member of B, A": "member" is no title of address, but is a title here.
        title = MEMBER_NOUNS.has(view.words[i - 1] ?? '') ? ['member'] : titleBefore(i);
        start = i - title.length;
      }
    }
    if (!title.length && !bare) {
      title = titleBefore(comma);
      const mark = comma - title.length - 1;
      // "the Zenith Party's deputy leader, A"; "the Senate Minority Leader, A", the body right before the title.
      const adjacent = view.mentionAt[mark];
      // "Two Zenithist senators, A and B": a number before a plural title's body counts as the article.
      const counted = view.parse?.upos[adjacent ? adjacent.tokenStart - 1 : -1] === 'NUM' && singular(view.words[comma - 1]) !== view.words[comma - 1];
      body = POSSESSIVE_MARKS.has(view.words[mark] ?? '') ? view.mentionAt[mark - 1] : adjacent && adjacent.tokenEnd === mark + 1 && (view.words[adjacent.tokenStart - 1] === 'the' || counted) ? adjacent : undefined;
      start = body?.tokenStart ?? start;
    }
    if (!title.length || !body || body === holder) continue;
    const formerAt = body.tokenStart === start ? start - 2 : start - 1;
    const opening = DETERMINERS.has(view.words[start - 1] ?? '') ? start - 1 : FORMER_MARKERS.has(view.words[start - 1] ?? '') && DETERMINERS.has(view.words[start - 2] ?? '') ? start - 2 : start;
    // "As chairman of B, A …" is A's role all the same.
    const governing = view.words[opening - 1] ?? '';
    if (governing !== 'as' && PREPOSITIONS.has(governing)) continue;
    if (view.typeOf(holder.entity) === 'Person') {
      // A plural title is each listed name's: "the Zenith senators, A and B".
      const plural = !bare && singular(view.words[comma - 1]) !== view.words[comma - 1];
      for (const person of plural ? listedFrom(view, holder) : [holder]) {
        leads(person, body, title, formerAt);
        joins(person, body, title, formerAt);
      }
    } else if (title.length === 1 && title[0] === 'member' && !FORMER_MARKERS.has(view.words[formerAt] ?? '')) {
      // A country or an organisation is described only as a member ("a member of the B alliance, Chile").
      found.push(candidate(view, holder.entity, body.entity, 'MEMBER_OF', 'member of', 0.8));
    }
  }
  return defined(found);
}

/** A person and the people listed right after them: "A, B and C". */
function listedFrom(view: SentenceView, first: ResolvedMention): ResolvedMention[] {
  const listed = [first];
  for (let end = first.tokenEnd; [',', 'and'].includes(view.words[end] ?? ''); ) {
    const at = view.words[end] === ',' && view.words[end + 1] === 'and' ? end + 2 : end + 1;
    const next = view.mentionAt[at];
    if (!next || next.tokenStart !== at || view.typeOf(next.entity) !== 'Person') break;
    listed.push(next);
    end = next.tokenEnd;
  }
  return listed;
}

/**
 * Membership written before a name, which the parse tends to attach
 * elsewhere: "Zenith Bank's Jane Doe", "Zenithist Jane Doe" ("a member of the
 * Ruritanian Parliament, Jane Doe" is read with the other titles written before
 * their body and the name, in titleRelations). After a name ("Jane Doe, a member of …", "A is
 * a member of …") the parse reads it (syntax-roles.ts).
 */
function membershipRelations(view: SentenceView): RelationCandidate[] {
  const found: (RelationCandidate | undefined)[] = [];
  for (const member of view.mentions) {
    // "Zenithist Jane Doe": a full name right after a party's word for its members is a member.
    const named = view.mentionAt[member.tokenStart - 1];
    const affiliation =
      named !== undefined && named.tokenStart === member.tokenStart - 1 && named.tokenEnd === member.tokenStart && isAffiliationWord(view.sentence.tokens[named.tokenStart]!.norm);
    if (affiliation && !member.anaphor && member.tokenEnd - member.tokenStart > 1 && view.typeOf(member.entity) === 'Person' && view.typeOf(named.entity) === 'Organization' && !FORMER_MARKERS.has(view.words[named.tokenStart - 1] ?? '')) {
      found.push(candidate(view, member.entity, named.entity, 'MEMBER_OF', view.words[member.tokenStart - 1]!, 0.75));
    }
    // "Zenith Bank's Jane Doe": an organisation's person, however the parser hangs the possessive; not a name
    // that modifies a noun ("Zenith's Jane Doe telescope").
    // "The Kessel Times' Jane Doe" too: a bare apostrophe after a word ending in "s" (not a closing quote).
    const mark = view.words[member.tokenStart - 1] ?? '';
    const bare = mark === "'" || mark === '’';
    const owner = POSSESSIVE_MARKS.has(mark) && (!bare || /s$/i.test(view.words[member.tokenStart - 2] ?? '')) ? view.mentionAt[member.tokenStart - 2] : undefined;
    const parse = view.parse;
    const head = parse === undefined ? -1 : headTokenOf(parse, member);
    const modifier = parse !== undefined && parse.deprel[head] === 'compound' && parse.upos[parse.head[head]!] === 'NOUN';
    if (owner && !modifier && view.typeOf(member.entity) === 'Person' && view.typeOf(owner.entity) === 'Organization') {
      found.push(candidate(view, member.entity, owner.entity, 'MEMBER_OF', "'s", 0.8));
    }
  }
  return defined(found);
}
