/**
 * A sentence's parse joined to its entity mentions: which mention each word
 * heads, and which entities a nominal names — the common ground of the
 * readings of events (syntax-relations.ts) and of roles (syntax-roles.ts).
 */
import type { ResolvedMention } from '../resolve/entity.js';
import type { RelationCandidate } from './relation.js';
import type { SentenceView } from './sentence-view.js';
import { conjuncts, coordinated, dependents, lemmaOf, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { PERSON_TITLES } from '../nlp/lexicon.js';
import { AFFILIATION_VERBS, BODY_PEOPLE_NOUNS, CARRYING_OUT_VERBS, COUNTING_NOUNS, DOMESTIC_BODY_NOUNS, FIGHTER_NOUNS, NAMING_PARTICIPLES, NATIONAL_NOUNS, PARTY_CONTEST_NOUNS, PLACE_NOUNS, RELATIVE_PRONOUNS, SERVING_VERBS, SIDING_WORDS, SPEAKING_FOR_NOUNS, STAND_IN_NOUNS, WIELDING_VERBS, isOrganisationKind, isPersonNoun } from './syntax-words.js';

export const ACTOR_TYPES: ReadonlySet<string> = new Set(['Country', 'Organization', 'Person', 'City', 'Region']);
/** Places whose own institutions a body "in" them is ("police in Valdoria", "the authorities in Korvia"). */
const HOME_TYPES: ReadonlySet<string> = new Set(['Country', 'Region']);
export const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'City', 'Region', 'Location']);

export interface Reading {
  view: SentenceView;
  tree: DependencyTree;
  /** The mention whose head word each token is. */
  headed: ReadonlyMap<number, ResolvedMention>;
  found: Map<string, RelationCandidate>;
}


export function createReading(view: SentenceView, tree: DependencyTree): Reading {
  return { view, tree, headed: headWords(view, tree), found: new Map() };
}

/** Each mention's head word: the first of its tokens whose head lies outside it. */
function headWords(view: SentenceView, tree: DependencyTree): Map<number, ResolvedMention> {
  const headed = new Map<number, ResolvedMention>();
  for (const mention of view.mentions) {
    for (let t = mention.tokenStart; t < mention.tokenEnd; t += 1) {
      const head = tree.parse.head[t]!;
      if (head < mention.tokenStart || head >= mention.tokenEnd) {
        if (!headed.has(t)) headed.set(t, mention);
        break;
      }
    }
  }
  return headed;
}

/**
 * The entity a nominal names: its own mention, the name in apposition to a description or title ("the
 * trade bloc Valmark", "Senator Jane Doe" read with the title as head), the place a place noun names ("the
 * town of Port Varn"), or the country or organisation a stand-in noun belongs to ("Valdorian forces"), or the country of a national ("Valdorian fishermen").
 */
export function entityOf(reading: Reading, token: number): ResolvedMention | undefined {
  const { headed, view } = reading;
  // Any word of a name stands for it: the parser sometimes hangs a name's first words under a title ("Senator
  // Ana Rell" read as "Senator Ana" + "Rell").
  return headed.get(token) ?? view.mentionAt[token] ?? standsFor(reading, token);
}

/** The entity a common noun stands for: the place a place noun names, the owner of a stand-in noun. */
function standsFor(reading: Reading, token: number, depth = 0): ResolvedMention | undefined {
  const { tree, headed, view } = reading;
  // "Senator Ana Rell" is often read with the title as head and the name flat under it; "the opposition Kessel
  // Party" with the name as a modifier after the noun, without a preposition.
  const unmarked = (c: number) => !tree.parse.upos.slice(token + 1, c).includes('ADP') && !prepositionOf(tree, c);
  const after = dependents(tree, token, 'nmod').filter((c) => c > token && tree.parse.upos[c] === 'PROPN' && unmarked(c));
  for (const child of [...dependents(tree, token, 'appos', 'flat'), ...after]) {
    const named = headed.get(child);
    // "its plant in Darwen, England": a place after a place and its comma goes on naming the place before it, wherever
    // the parser hung it; it does not name the noun.
    const before = named && view.words[named.tokenStart - 1] === ',' ? view.mentionAt[named.tokenStart - 2] : undefined;
    if (named && !(before && PLACE_TYPES.has(view.typeOf(before.entity) ?? '') && PLACE_TYPES.has(view.typeOf(named.entity) ?? ''))) return named;
  }
  // "Queen A B" read with the title as head and the name elsewhere: the name right after a title is its holder.
  const next = view.mentionAt[token + 1];
  if (next && next.tokenStart === token + 1 && PERSON_TITLES.has(view.words[token]!) && view.typeOf(next.entity) === 'Person') return next;
  // "in the Valdorian capital Arn", with the name hung elsewhere: so is a city right after a place noun.
  if (next && next.tokenStart === token + 1 && PLACE_NOUNS.has(view.words[token]!) && view.typeOf(next.entity) === 'City') return next;
  // (A word in lower case the tagger took for a name, "emir", is a common noun.)
  const word = view.words[token]!;
  // (Nor is a sentence's first word the tagger took for a name where no name is found there: "Gunmen from B …".)
  const common = tree.parse.upos[token] === 'PROPN' && (word === word.toLowerCase() || (token === 0 && !view.mentionAt[token]));
  // (Nor is a stand-in the tagger read as an adjective where a noun stands: "B's military attacked C".)
  const nominal = tree.parse.upos[token] === 'ADJ' && /^(?:nsubj|obj|iobj|obl|nmod)/.test(tree.parse.deprel[token]!) && STAND_IN_NOUNS.has(lemmaOf(tree, token));
  if (tree.parse.upos[token] !== 'NOUN' && !common && !nominal) return undefined;
  // "a woman named A", "a group called B": the noun is the name its naming participle gives.
  for (const clause of dependents(tree, token, 'acl')) {
    if (!NAMING_PARTICIPLES.has(lemmaOf(tree, clause))) continue;
    for (const child of dependents(tree, clause, 'xcomp', 'obj')) {
      const named = headed.get(child);
      if (named) return named;
    }
  }
  // "the town of A" is A.
  if (PLACE_NOUNS.has(lemmaOf(tree, token))) {
    for (const child of dependents(tree, token, 'nmod')) {
      const place = headed.get(child);
      if (place && prepositionOf(tree, child) === 'of' && PLACE_TYPES.has(view.typeOf(place.entity) ?? '')) return place;
    }
    // So is "the breakaway A region": a region's name before its noun.
    for (const child of dependents(tree, token, 'compound')) {
      const place = headed.get(child);
      if (place && view.typeOf(place.entity) === 'Region') return place;
    }
  }
  // "the Kessel airframe company", "the Kessel Dolci restaurant" is Kessel (so is "the Houthi movement", the name read
  // as an adjective).
  if (isOrganisationKind(lemmaOf(tree, token))) {
    for (const child of dependents(tree, token, 'compound', 'amod')) {
      const named = headed.get(child);
      if (named && view.typeOf(named.entity) === 'Organization') return named;
    }
  }
  if (hasNoun(STAND_IN_NOUNS, reading, token)) {
    // "Valdorian forces", "Valdoria's navy", "the navy of Valdoria", "a delegation from Valdoria"; a country's own
    // institutions also "in" it ("police in Valdoria", "a court in Valdoria"; troops in a country may be anyone's), and
    // a region's ("the authorities in Korvia", a breakaway or autonomous region's own).
    const home = DOMESTIC_BODY_NOUNS.has(lemmaOf(tree, token)) ? dependents(tree, token, 'nmod').filter((n) => prepositionOf(tree, n) === 'in' && HOME_TYPES.has(view.typeOf(headed.get(n)?.entity ?? '') ?? '')) : [];
    // ("air strikes carried out by B": the agent of a participle of doing that describes the noun; not "militants
    // backed by B".)
    // (So is a weapon's or a craft's who works it: "a drone operated by B", "a bomb planted by B".)
    const wieldedBy = dependents(tree, token, 'acl').filter((p) => WIELDING_VERBS.has(lemmaOf(tree, p))).flatMap((p) => dependents(tree, p, 'obl:agent', 'obl').filter((a) => prepositionOf(tree, a) === 'by'));
    const doneBy = [...carriedOutBy(tree, token), ...wieldedBy];
    // ("Valdorian tank fire", "the Saudi crown prince", read with the country on "tank", "crown": a modifier of the
    // noun's own compound.)
    const compounds = dependents(tree, token, 'compound').filter((c) => c < token && tree.parse.upos[c] === 'NOUN');
    // ("negotiators for B", "a spokesman for B": those who speak for a party are its own.)
    const ownPrepositions = hasNoun(SPEAKING_FOR_NOUNS, reading, token) ? ['of', 'from', 'for'] : ['of', 'from'];
    const owners = [...dependents(tree, token, 'nmod:poss', 'amod', 'compound'), ...compounds.flatMap((c) => dependents(tree, c, 'amod', 'nmod:poss', 'compound').filter((m) => m < c)), ...dependents(tree, token, 'nmod').filter((n) => ownPrepositions.includes(prepositionOf(tree, n) ?? '')), ...home, ...doneBy];
    // "the U.S.-led coalition", split at its hyphen: the name under "led".
    for (const led of dependents(tree, token, 'amod').filter((a) => lemmaOf(tree, a) === 'lead')) owners.push(...tree.children[led]!.filter((c) => c < led));
    // Not who backs or pays them ("Valdoria-backed militants" are no Valdorian forces).
    const affiliated = (child: number) => /-(?:backed|sponsored|supported|funded|financed|armed|trained)$/i.test(view.words[child]!);
    for (const child of owners.filter((c) => !affiliated(c))) {
      // ("artillery units of B's army", "diplomats from the embassy of B", "a bomb planted by B militants": a stand-in's
      // owner may be named through another stand-in.)
      const owner = headed.get(child) ?? view.mentionAt[child] ?? (depth < 2 && (['of', 'from'].includes(prepositionOf(tree, child) ?? '') || wieldedBy.includes(child)) ? standsFor(reading, child, depth + 1) : undefined);
      if (owner && view.typeOf(owner.entity) !== 'Person' && ACTOR_TYPES.has(view.typeOf(owner.entity) ?? '')) return owner;
    }
  }
  // "militants loyal to B", "forces allied with B": fighters who side with an actor stand for it.
  if (hasNoun(STAND_IN_NOUNS, reading, token) || isNationalNoun(reading, token)) {
    for (const side of dependents(tree, token, 'amod', 'acl').filter((m) => SIDING_WORDS.has(lemmaOf(tree, m)))) {
      for (const party of dependents(tree, side, 'obl').filter((o) => ['to', 'with'].includes(prepositionOf(tree, o) ?? ''))) {
        const owner = headed.get(party);
        if (owner && ACTOR_TYPES.has(view.typeOf(owner.entity) ?? '')) return owner;
      }
    }
  }
  // "thousands of Valdorians", "a group of Valdorian activists".
  if (hasNoun(COUNTING_NOUNS, reading, token)) {
    for (const child of dependents(tree, token, 'nmod').filter((n) => prepositionOf(tree, n) === 'of')) {
      const counted = entityOf(reading, child);
      if (counted) return counted;
    }
  }
  if (isNationalNoun(reading, token)) {
    // Not where one was born ("Spanish-born workers" are no country's people by it).
    for (const child of dependents(tree, token, 'nmod:poss', 'amod', 'compound').filter((c) => !view.words[c]!.includes('-'))) {
      const owner = headed.get(child) ?? view.mentionAt[child];
      if (owner && view.typeOf(owner.entity) === 'Country') return owner;
    }
  }
  // "B militia", "B's fighters", "Bi rebels" (a group's adjective): an armed group's fighters stand for it.
  if (hasNoun(FIGHTER_NOUNS, reading, token)) {
    for (const child of dependents(tree, token, 'nmod:poss', 'compound', 'amod')) {
      const owner = headed.get(child) ?? view.mentionAt[child];
      if (owner && view.typeOf(owner.entity) === 'Organization') return owner;
    }
  }
  // "fighters from the B Brigade", "nurses from the B Union", "lawmakers of the B Party": a body's people, plural,
  // named by it, stand for it, as event data codes a group's members acting together ("of" only for its members:
  // "the promoters of B" are not the show's).
  // (A sentence's first word read as a name keeps its form as lemma: "Gunmen" is still the plural of "gunman".)
  const lower = view.words[token]!.toLowerCase();
  const singular = lower !== lemmaOf(tree, token) ? lemmaOf(tree, token) : lower.replace(/men$/, 'man');
  if ((isNationalNoun(reading, token) || FIGHTER_NOUNS.has(singular)) && singular !== lower) {
    const ofBody = BODY_PEOPLE_NOUNS.has(singular);
    const forBody = SPEAKING_FOR_NOUNS.has(singular);
    for (const child of dependents(tree, token, 'nmod').filter((n) => prepositionOf(tree, n) === 'from' || (ofBody && prepositionOf(tree, n) === 'of') || (forBody && prepositionOf(tree, n) === 'for'))) {
      // ("gunmen from the B gang": the body may be named by its kind's noun.)
      const owner = headed.get(child) ?? (depth < 2 && isOrganisationKind(lemmaOf(tree, child)) ? standsFor(reading, child, depth + 1) : undefined);
      if (owner && view.typeOf(owner.entity) === 'Organization') return owner;
    }
  }
  // "hackers working for B", "… for B's intelligence agency": people who work for a party, plural, act for it.
  if (isNationalNoun(reading, token)) {
    for (const body of servedBy(tree, token)) {
      const owner = headed.get(body) ?? (depth < 2 ? standsFor(reading, body, depth + 1) : undefined);
      if (owner && ACTOR_TYPES.has(view.typeOf(owner.entity) ?? '') && view.typeOf(owner.entity) !== 'Person') return owner;
    }
  }
  return undefined;
}

/**
 * Whom the people a noun names work for, are employed by or belong to: the phrases of its participle of serving
 * ("hackers working for B") or of belonging ("teachers affiliated with B", "fighters linked to B").
 */
export function servedBy(tree: DependencyTree, noun: number): number[] {
  return dependents(tree, noun, 'acl').flatMap((p) => {
    const lemma = lemmaOf(tree, p);
    const prepositions = SERVING_VERBS.has(lemma) ? ['for', 'by'] : AFFILIATION_VERBS.has(lemma) ? ['with', 'to'] : [];
    return dependents(tree, p, 'obl', 'obl:agent').filter((o) => prepositions.includes(prepositionOf(tree, o) ?? ''));
  });
}

/**
 * A noun for people a nationality may stand in for: NATIONAL_NOUNS, and any plural noun for persons by its ending
 * ("Bhutanese climbers"; one "American aspirant" is a person, not the country).
 */
function isNationalNoun(reading: Reading, token: number): boolean {
  const word = reading.view.words[token]!.toLowerCase();
  return hasNoun(NATIONAL_NOUNS, reading, token) || (/[^s]s$/.test(word) && isPersonNoun(word.slice(0, -1)));
}

/**
 * The parties whose contests the given nominals name: "in the B primary", "for B's nomination" (`PARTY_CONTEST_NOUNS`
 * after "in" or "for", or as an object), each contest's party word or possessor that is an organisation.
 */
export function contestParties(reading: Reading, nominals: readonly number[]): ResolvedMention[] {
  const { tree, view } = reading;
  return nominals
    .filter((n) => PARTY_CONTEST_NOUNS.has(view.words[n]!.toLowerCase()) && ['in', 'for', undefined].includes(prepositionOf(tree, n)))
    .flatMap((contest) => dependents(tree, contest, 'amod', 'compound', 'nmod:poss').map((m) => headedOrCovering(reading, m)))
    .filter((m): m is ResolvedMention => m !== undefined && view.typeOf(m.entity) === 'Organization');
}

/** Whether the noun at `token` is in `nouns`, by its lemma or, where the lemmatiser missed a plural ("navies"), its regular singular. */
/** The owners of a stand-in noun written as a list before it ("Valdorian and Kesselian leaders"), when there are two or more. */
function coordinatedOwners(reading: Reading, token: number): ResolvedMention[] {
  const { tree, view } = reading;
  if (reading.headed.has(token) || tree.parse.upos[token] !== 'NOUN' || !hasNoun(STAND_IN_NOUNS, reading, token)) return [];
  const modifiers = dependents(tree, token, 'amod', 'compound').filter((m) => m < token);
  const owners = modifiers.map((m) => headedOrCovering(reading, m)).filter((m): m is ResolvedMention => m !== undefined && view.typeOf(m.entity) === 'Country');
  if (owners.length < 2) return [];
  const first = Math.min(...modifiers);
  return view.words.slice(first, token).some((w) => w === 'and') ? owners : [];
}

function hasNoun(nouns: ReadonlySet<string>, reading: Reading, token: number): boolean {
  if (nouns.has(lemmaOf(reading.tree, token))) return true;
  const word = reading.view.words[token]!.toLowerCase();
  return nouns.has(word.replace(/ies$/, 'y')) || nouns.has(word.replace(/s$/, '')) || nouns.has(word.replace(/men$/, 'man'));
}

/** The entities a nominal and its conjuncts name; a relative pronoun stands for the noun its clause describes. */
export function entitiesAt(reading: Reading, token: number, clause?: number): ResolvedMention[] {
  const { tree } = reading;
  if (clause !== undefined && RELATIVE_PRONOUNS.has(lemmaOf(tree, token))) {
    if (tree.parse.deprel[clause] === 'acl:relcl') return entitiesAt(reading, tree.parse.head[clause]!);
    // "A, who was visiting B, …" read as a clause of the main verb: the pronoun still stands for the name before the comma.
    const { words, mentionAt } = reading.view;
    const before = words[token - 1] === ',' ? mentionAt[token - 2] : undefined;
    // A name that completes a description stands for none: "A, the governor of B, who …" is A, the name before the
    // description's comma.
    if (before && ['of', 'from', 'in', 'at', 'for'].includes(words[before.tokenStart - 1] ?? '')) {
      let comma = before.tokenStart - 1;
      while (comma > 0 && words[comma] !== ',' && before.tokenStart - comma < 8) comma -= 1;
      const described = words[comma] === ',' ? mentionAt[comma - 1] : undefined;
      if (described) return [described];
    } else if (before) return [before];
  }
  const found: ResolvedMention[] = [];
  const queue = conjuncts(tree, token);
  for (let i = 0; i < queue.length; i += 1) {
    const mention = entityOf(reading, queue[i]!);
    if (!mention || found.includes(mention)) continue;
    found.push(mention);
    // "Valdorian and Kesselian leaders": a stand-in noun with coordinated owners stands for each of them.
    for (const other of coordinatedOwners(reading, queue[i]!)) if (!found.includes(other)) found.push(other);
    // A conjunct may hang from any word of a name ("Ana Rell and B" read with B under "Rell").
    for (let t = mention.tokenStart; t < mention.tokenEnd; t += 1) {
      for (const next of coordinated(tree, t)) if (!queue.includes(next)) queue.push(...conjuncts(tree, next));
    }
  }
  return found;
}

/** The name whose head word `token` is, if any (the reading holds names only: no relation is stated with a concept). */
export function nameHeadedBy(reading: Reading, token: number): ResolvedMention | undefined {
  return reading.headed.get(token);
}

/** The mention a modifier token heads or lies in ("Valdorian" in "Valdorian talks", "Valdoria's"). */
export function headedOrCovering(reading: Reading, token: number): ResolvedMention | undefined {
  return reading.headed.get(token) ?? reading.view.mentionAt[token];
}

/** The agents of a participle of doing that describes an act ("air strikes carried out by B", "an attack claimed by B"). */
export function carriedOutBy(tree: DependencyTree, act: number): number[] {
  return dependents(tree, act, 'acl').filter((p) => CARRYING_OUT_VERBS.has(lemmaOf(tree, p))).flatMap((p) => dependents(tree, p, 'obl:agent', 'obl').filter((a) => prepositionOf(tree, a) === 'by'));
}
