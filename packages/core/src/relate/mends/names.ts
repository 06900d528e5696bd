/**
 * Mends of names and what describes them: names read as heads or modifiers of the wrong phrase, titles and roles
 * before or after a name, descriptions and appositions between commas, names in lists or pairs, headlines' names.
 */
import type { TokenParse } from '../../nlp/parse/index.js';
import { HELD_ROLES, PERSON_TITLES, VESSEL_NOUNS } from '../../nlp/lexicon.js';
import { verbRelations } from '../event-lexicon.js';
import { CANDIDATE_NOUNS, isOrganisationKind, isPersonNoun, PLACE_PREPOSITIONS, SIDE_DESCRIPTORS, TIME_NOUNS } from '../syntax-words.js';
import { caseOf, childrenIn, phraseStart, reaches, reattachments, verbAbove } from './tree-edits.js';
import type { NameSpan } from './tree-edits.js';

/**
 * "returned the trawler A to B" read with the ship's name as the verb's oblique and "to B" under the name: a name right
 * after a ship's noun names the ship, in apposition, and the phrases after it that the parser hung on the name are
 * the verb's, where the name hung.
 */
export function withVesselNames(parse: TokenParse, _forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    const noun = start - 1;
    if (noun < 0 || parse.upos[noun] !== 'NOUN' || !VESSEL_NOUNS.has(parse.lemma[noun]!.toLowerCase())) continue;
    const inName = (t: number) => t >= start && t < end;
    const top = [...Array(end - start).keys()].map((k) => start + k).find((t) => !inName(parse.head[t]!));
    const governor = parse.head[noun]!;
    // (Only a name hung beside the noun, on its own head, with no preposition of its own.)
    if (top === undefined || governor < 0 || parse.head[top] !== governor || childrenIn(parse, top).some((c) => c < start && parse.deprel[c] === 'case')) continue;
    mended.attach(top, noun, 'appos');
    for (const phrase of childrenIn(parse, top).filter((c) => c >= end && ['nmod', 'obl'].includes(parse.deprel[c]!) && childrenIn(parse, c).some((d) => parse.deprel[d] === 'case'))) {
      mended.attach(phrase, governor, parse.upos[governor] === 'VERB' ? 'obl' : 'nmod');
    }
  }
  return mended.result();
}

/**
 * "allowed a B Union civilian monitoring mission to deploy", "a B Fund shipment of vaccines arrived" read with the
 * name as the phrase's head and the words after it a clause or a conjunct: "a" before a name of several words and a
 * run of describing words ending in a noun opens one noun phrase, whose head is that noun and which the name
 * describes; the noun takes the place in the sentence the phrase had.
 */
export function withNamesAsModifiers(parse: TokenParse, forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    if (end - start < 2 || !['a', 'an'].includes(parse.lemma[start - 1]?.toLowerCase() ?? '') || parse.upos[start - 1] !== 'DET') continue;
    let after = end;
    // (An -ing word after a noun opens a clause describing it, not a describing word: "a B Fund convoy carrying food".)
    const describing = (t: number) => ['ADJ', 'NOUN'].includes(parse.upos[t]!) || (parse.upos[t] === 'VERB' && /ing$/i.test(forms[t] ?? '') && parse.upos[t - 1] !== 'NOUN');
    while (after < parse.upos.length && describing(after)) after += 1;
    const noun = after - 1;
    if (noun < end || parse.upos[noun] !== 'NOUN') continue;
    // Where the phrase hangs: the first word of it whose head lies outside it (not its article).
    const inPhrase = (t: number) => t >= start - 1 && t <= noun;
    const top = [...Array(noun - start + 1).keys()].map((k) => start + k).find((t) => !inPhrase(parse.head[t]!));
    if (top === undefined || !inPhrase(parse.head[start - 1]!)) continue;
    mended.attach(noun, parse.head[top]!, parse.deprel[top]!);
    mended.attach(start - 1, noun, 'det');
    const last = end - 1;
    for (let t = start; t < end; t += 1) if (t !== last && !(parse.head[t]! >= start && parse.head[t]! < end)) mended.attach(t, last, 'compound');
    mended.attach(last, noun, 'compound');
    for (let t = end; t < noun; t += 1) mended.attach(t, noun, parse.upos[t] === 'NOUN' ? 'compound' : 'amod');
  }
  return mended.result();
}

/**
 * "cancelled the debts of the Republic of C's farmers" read with "of C's farmers" as the name's own phrase, the
 * possessed noun under the name's head: a name with "of" inside whose last word owns the noun after it is that noun's
 * possessor whole, and the noun takes the name's place in the sentence.
 */
export function withPossessedAfterNamesWithOf(parse: TokenParse, forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    const last = end - 1;
    const inName = (t: number) => t >= start && t < end;
    const of = [...Array(end - start).keys()].map((k) => start + k).find((t) => t > start && forms[t]?.toLowerCase() === 'of');
    const possessed = parse.head[last]!;
    const top = [...Array(end - start).keys()].map((k) => start + k).find((t) => !inName(parse.head[t]!));
    if (of === undefined || top === undefined || top >= of || forms[end] !== "'s" || parse.deprel[last] !== 'nmod:poss' || possessed <= end || !inName(parse.head[possessed]!)) continue;
    // (The possessed noun ends its phrase: "of C's Velt province" is misread further than this.)
    if (['NOUN', 'PROPN'].includes(parse.upos[possessed + 1] ?? '')) continue;
    mended.attach(possessed, parse.head[top]!, parse.deprel[top]!);
    // (The preposition the name had is the noun's: "of the Republic of C's farmers".)
    for (const c of childrenIn(parse, top).filter((c) => c < start && parse.deprel[c] === 'case')) mended.attach(c, possessed, 'case');
    mended.attach(top, possessed, 'nmod:poss');
    mended.attach(end, top, 'case');
    mended.attach(last, top, 'nmod');
    // (The name's own words the parser hung on the noun: its "of" and an article after it.)
    for (const c of childrenIn(parse, possessed).filter((c) => inName(c) && c !== last)) mended.attach(c, last, c === of ? 'case' : parse.deprel[c]!);
  }
  return mended.result();
}

/**
 * "allowed a team of B human rights investigators into …" read with the name ending the phrase and the words after it
 * an oblique with no preposition: a name with a preposition of its own, right before a run of describing words
 * ending in a noun of people that has none, describes that noun, which takes the name's place.
 */
export function withNamesBeforeBareNouns(parse: TokenParse, _forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    const inName = (t: number) => t >= start && t < end;
    const top = [...Array(end - start).keys()].map((k) => start + k).find((t) => !inName(parse.head[t]!));
    const marker = top === undefined ? undefined : childrenIn(parse, top).find((c) => c < start && parse.deprel[c] === 'case');
    if (top === undefined || marker === undefined || parse.deprel[top] !== 'nmod' || parse.head[top]! >= end) continue;
    let after = end;
    while (after < parse.upos.length && ['ADJ', 'NOUN'].includes(parse.upos[after]!)) after += 1;
    const noun = after - 1;
    if (noun < end || parse.upos[noun] !== 'NOUN' || !isPersonNoun(parse.lemma[noun]!.toLowerCase())) continue;
    const head = parse.head[noun]!;
    if ((head >= start && head <= noun) || !['obl', 'nmod'].includes(parse.deprel[noun]!) || childrenIn(parse, noun).some((c) => parse.deprel[c] === 'case')) continue;
    mended.attach(noun, parse.head[top]!, 'nmod');
    mended.attach(marker, noun, 'case');
    mended.attach(top, noun, 'compound');
    for (let t = end; t < noun; t += 1) if (!(parse.head[t]! > t && parse.head[t]! <= noun)) mended.attach(t, noun, parse.upos[t] === 'NOUN' ? 'compound' : 'amod');
  }
  return mended.result();
}

/**
 * "endorsed B's debt restructuring plan" read with "B's" on "debt", "rejected B's renewed demand" with "B's" on
 * "renewed": a possessor before a run of nouns or describing words is the last one's, the head they modify.
 */
export function withPossessorsOnCompoundHeads(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  const modifies = (t: number) => parse.deprel[t] === 'compound' || parse.deprel[t] === 'amod';
  parse.deprel.forEach((relation, possessor) => {
    let head = parse.head[possessor]!;
    if (relation !== 'nmod:poss' || head < possessor || !modifies(head)) return;
    while (head >= 0 && modifies(head) && parse.head[head]! > head) head = parse.head[head]!;
    if (head !== parse.head[possessor] && ['NOUN', 'PROPN'].includes(parse.upos[head]!)) mended.attach(possessor, head, 'nmod:poss');
  });
  return mended.result();
}

/**
 * "Justice Secretary Ana Rell was sworn in" read with the capitalised title as the subject and the name flat under
 * it: the name is the subject, and the title describes it, as when the parser reads it so.
 */
export function withNamesUnderTitles(parse: TokenParse): TokenParse {
  const nameOf = new Map<number, number>();
  parse.deprel.forEach((relation, title) => {
    const name = title + 1;
    if (parse.upos[title] !== 'PROPN' || ['flat', 'compound'].includes(relation) || !PERSON_TITLES.has(parse.lemma[title]!.toLowerCase())) return;
    if (parse.head[name] === title && parse.deprel[name] === 'flat' && parse.upos[name] === 'PROPN') nameOf.set(title, name);
  });
  const mended = reattachments(parse);
  // What hung on a title hangs on its name ("Secretary A and Senator B": B's title on A's).
  const on = (head: number) => nameOf.get(head) ?? head;
  for (const [title, name] of nameOf) {
    mended.attach(name, on(parse.head[title]!), parse.deprel[title]!);
    mended.attach(title, name, 'compound');
    // The title keeps what describes it ("US", "the Turkish"); the rest of the name, and what joins or opens the
    // phrase ("and", "of"), goes to the name.
    let end = name + 1;
    while (parse.upos[end] === 'PROPN' && parse.head[end] === title && ['flat', 'appos'].includes(parse.deprel[end]!)) end += 1;
    for (const t of childrenIn(parse, title)) {
      if (t > name && t < end) mended.attach(t, name, 'flat');
      else if ((t > name || ['cc', 'case', 'punct', 'mark'].includes(parse.deprel[t]!)) && !nameOf.has(t)) mended.attach(t, name, parse.deprel[t]!);
    }
  }
  return mended.result();
}

/**
 * "South Valdorian Foreign Minister A criticised B" read with "South" as the subject and the name its apposition: a
 * name right after a title, with no comma before it, is no apposition but the phrase's head, so it is the subject and
 * the words before it describe it.
 */
export function withSubjectsNamedAfterTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, subject) => {
    const verb = parse.head[subject]!;
    if (relation !== 'nsubj' || verb < subject || parse.upos[subject] !== 'PROPN') return;
    const name = childrenIn(parse, subject).find((t) => t > subject && parse.deprel[t] === 'appos' && parse.upos[t] === 'PROPN');
    if (name === undefined || name > verb || !PERSON_TITLES.has(parse.lemma[name - 1]!.toLowerCase()) || PERSON_TITLES.has(parse.lemma[name]!.toLowerCase())) return;
    // (Not where the verb has a second subject, the rest of the name: read as one by withSecondSubjectsAsModifiers.)
    if (childrenIn(parse, verb).some((t) => t !== subject && /^nsubj/.test(parse.deprel[t]!))) return;
    // Only the phrase's own words between, no comma.
    for (let t = subject + 1; t < name; t += 1) if (!['PROPN', 'ADJ'].includes(parse.upos[t]!) || !reaches(parse, t, subject, 4)) return;
    mended.attach(name, verb, 'nsubj');
    mended.attach(subject, name, 'compound');
  });
  return mended.result();
}

/** How the parser may hang a verb on the noun that is its object ("A criticised B's record", "B, C open joint post"). */
const ROOT_NOUN_VERB_RELATIONS: ReadonlySet<string> = new Set(['amod', 'obl', 'nmod', 'compound', 'dep', 'cop']);

/** Words that modify a time ("late Sunday night", "early Monday"). */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'last', 'next', 'this']);

/**
 * A name the parser read as a modifier of a time right after it ("on behalf of the B late Sunday night", with B a
 * compound of "night") heads its phrase, and the time goes with the verb: a day or a part of the day is named by
 * no body.
 */
export function withNamesBeforeTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((time, name) => {
    if (parse.deprel[name] !== 'compound' || parse.upos[name] !== 'PROPN' || time <= name + 1 || !TIME_NOUNS.has(parse.lemma[time]!.toLowerCase())) return;
    // Only time words between: "late Sunday night", "early Monday".
    for (let t = name + 1; t < time; t += 1) if (!TIME_NOUNS.has(parse.lemma[t]!.toLowerCase()) && !TIME_MODIFIERS.has(parse.lemma[t]!.toLowerCase())) return;
    // The whole time ("Sunday" under "night").
    let top = time;
    while (parse.head[top]! > top && TIME_NOUNS.has(parse.lemma[parse.head[top]!]!.toLowerCase())) top = parse.head[top]!;
    const verb = verbAbove(parse, top);
    if (verb < 0) return;
    // A bare time right after a verb that has no object: the name is the object ("will visit B next month").
    const bare = !parse.head.some((head, t) => head === top && t < name && parse.deprel[t] === 'case');
    const object = bare && parse.head[top] === verb && name === verb + 1 && !childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj');
    mended.attach(name, parse.head[top]!, object ? 'obj' : parse.deprel[top]!);
    // The phrase's preposition and article are the name's.
    parse.head.forEach((head, t) => {
      if (head === top && t < name && /^(?:case|det)$/.test(parse.deprel[t]!)) mended.attach(t, name, parse.deprel[t]!);
    });
    mended.attach(top, verb, 'obl:tmod');
  });
  return mended.result();
}

/**
 * "Senator A criticised Prime Minister B over …" read as a verbless sentence about A with "criticised B" a
 * participle describing A (B then an agent without "by"): a sentence whose root is a name, with a participle that
 * takes an object or a bare agent, is that name doing what the verb says.
 */
export function withVerbsOfRootNames(parse: TokenParse): TokenParse {
  const root = parse.head.indexOf(-1);
  if (root < 0 || (parse.upos[root] !== 'PROPN' && parse.upos[root] !== 'NOUN')) return parse;
  // "B warplanes bombed targets in C" read as warplanes and targets that were bombed: in a sentence with no other
  // verb of its own (only participles of nouns), a verb right after the root noun, modifying the noun after it, is what
  // the root did to that noun.
  // (Right after the root's own phrase: "South Valdorian Foreign Minister A criticised B", the root "South".)
  let next = root + 1;
  while (parse.upos[root] === 'PROPN' && next - root < 8 && ['PROPN', 'ADJ'].includes(parse.upos[next]!) && reaches(parse, next, root, 6)) next += 1;
  const thing = parse.head[next] ?? -1;
  if (parse.upos[next] === 'VERB' && parse.deprel[next] === 'amod' && (next === root + 1 || parse.upos[next - 1] === 'PROPN') && thing > next && reaches(parse, thing, root, 3) && ['NOUN', 'PROPN'].includes(parse.upos[thing]!) && parse.upos.every((u, t) => u !== 'VERB' || t === next || ['acl', 'acl:relcl', 'amod'].includes(parse.deprel[t]!))) {
    const mended = reattachments(parse);
    mended.attach(next, -1, 'root');
    // (The subject is the name right before the verb, where the parser made it an apposition of the root: "South
    // Valdorian Foreign Minister A" read as "South" with A beside it.)
    let name = next - 1;
    while (parse.deprel[name] === 'flat' && parse.head[name]! > root && parse.head[name]! < name) name = parse.head[name]!;
    if (name > root && parse.head[name] === root && parse.deprel[name] === 'appos') {
      mended.attach(name, next, 'nsubj');
      mended.attach(root, name, 'compound');
    } else mended.attach(root, next, 'nsubj');
    mended.attach(thing, next, 'obj');
    // What hangs on the subject's words after the object is the verb's ("… B for what she called …").
    for (let t = thing + 1; t < parse.head.length; t += 1) if (parse.head[t]! >= 0 && parse.head[t]! < next) mended.attach(t, next, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
    return mended.result();
  }
  // "Foreign Minister A of B has invited C …" read as a name described by a relative clause with no subject nor
  // pronoun: a clause with an auxiliary and no subject of its own hung on the root name is that name's verb.
  const clause = childrenIn(parse, root).find((t) => t > root && parse.deprel[t] === 'acl:relcl' && parse.upos[t] === 'VERB');
  if (clause !== undefined && parse.upos[root] === 'PROPN') {
    const parts = childrenIn(parse, clause);
    const own = parts.some((c) => c < clause && ['nsubj', 'nsubj:pass', 'mark', 'obl'].includes(parse.deprel[c]!)) || parts.some((c) => c < clause && parse.upos[c] === 'PRON');
    const auxiliary = parts.some((c) => c < clause && parse.deprel[c] === 'aux' && parse.upos[c] === 'AUX');
    if (!own && auxiliary && !parse.upos.slice(root + 1, clause).some((u) => u === 'VERB' || u === 'PRON' || u === 'PUNCT')) {
      const mended = reattachments(parse);
      mended.attach(clause, -1, 'root');
      mended.attach(root, clause, 'nsubj');
      return mended.result();
    }
  }
  // "A criticised B's record" read as one noun phrase with A its subject: a root noun with a subject and no copula
  // has a verb among its modifiers, the first after the subject, and is that verb's object. (The verb may be read as
  // a phrase of the noun, or as its copula, which only "be" is: "B, C open joint border post".)
  const subject = childrenIn(parse, root).find((t) => t < root && parse.deprel[t] === 'nsubj');
  const acting = subject === undefined ? undefined : childrenIn(parse, root).find((t) => t > subject && t < root && ROOT_NOUN_VERB_RELATIONS.has(parse.deprel[t]!) && parse.upos[t] === 'VERB');
  if (subject !== undefined && acting !== undefined && !childrenIn(parse, root).some((t) => parse.deprel[t] === 'cop' && parse.upos[t] !== 'VERB')) {
    const mended = reattachments(parse);
    mended.attach(acting, -1, 'root');
    mended.attach(subject, acting, 'nsubj');
    mended.attach(root, acting, 'obj');
    // What the verb opens stays with the sentence: its punctuation and any clause after the object.
    for (const t of childrenIn(parse, root)) if (t > root && ['punct', 'conj', 'parataxis', 'advcl'].includes(parse.deprel[t]!)) mended.attach(t, acting, parse.deprel[t]!);
    return mended.result();
  }
  // (A past tense the parser took for a relative clause without its pronoun is read so too.)
  const verb = childrenIn(parse, root).find((t) => t > root && (parse.deprel[t] === 'acl' || parse.deprel[t] === 'acl:relcl') && parse.upos[t] === 'VERB');
  if (verb === undefined || childrenIn(parse, verb).some((t) => parse.deprel[t].startsWith('nsubj') || parse.deprel[t] === 'mark')) return parse;
  // "Protesters in B marched against C" read as protesters who were marched: a past form after the root noun and a
  // phrase of place, with a phrase of its own and no agent nor any other verb in the sentence, is what they did.
  // So is a verb of protest right after it, which no one undergoes ("Thousands rallied in B against C").
  // (The phrase may hang on a place before it: "rallied in B against C".)
  const phrasesOf = (t: number) => [t, ...childrenIn(parse, t).filter((c) => parse.deprel[c] === 'nmod')];
  const protesting =
    verb === root + 1 &&
    childrenIn(parse, verb)
      .filter((t) => parse.deprel[t] === 'obl')
      .flatMap(phrasesOf)
      .some((t) => verbRelations(parse.lemma[verb]!.toLowerCase(), caseOf(parse, t)).includes('PROTESTS_AGAINST'));
  const placed = protesting || childrenIn(parse, root).some((t) => t < verb && parse.deprel[t] === 'nmod' && childrenIn(parse, t).some((c) => parse.deprel[c] === 'case' && parse.lemma[c]!.toLowerCase() === 'in'));
  const acted = childrenIn(parse, verb).some((t) => ['obl', 'obj'].includes(parse.deprel[t]!)) && !childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obl:agent' || parse.deprel[t]!.startsWith('aux'));
  if (placed && acted && parse.upos[root] === 'NOUN' && parse.upos.every((u, t) => (u !== 'VERB' && u !== 'AUX') || t === verb || parse.head[t] !== root)) {
    const mended = reattachments(parse);
    mended.attach(verb, -1, 'root');
    mended.attach(root, verb, 'nsubj');
    for (const t of childrenIn(parse, root)) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    return mended.result();
  }
  // Only names and their words between the root and the verb.
  if (parse.upos.slice(root + 1, verb).some((u, i) => u !== 'PROPN' || parse.head[root + 1 + i] !== root)) return parse;
  const bareAgents = childrenIn(parse, verb).filter((t) => parse.deprel[t] === 'obl:agent' && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case'));
  if (!bareAgents.length && !childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return parse;
  const mended = reattachments(parse);
  mended.attach(verb, -1, 'root');
  mended.attach(root, verb, 'nsubj');
  for (const agent of bareAgents) mended.attach(agent, verb, 'obj');
  return mended.result();
}

/**
 * "A of the army's B Command said …" read as a verbless sentence about A, with "of" a marker and the body the
 * subject of "said" (or as a verb with two subjects, A and the body): the name is the verb's subject, and the phrase
 * after "of" names what it belongs to.
 */
export function withSpeakersOfBodies(parse: TokenParse): TokenParse {
  for (let name = 0; name < parse.head.length; name += 1) {
    if (parse.upos[name] !== 'PROPN' || !['root', 'nsubj'].includes(parse.deprel[name]!)) continue;
    let of = name + 1;
    while (parse.upos[of] === 'PROPN' && reaches(parse, of, name, 3)) of += 1;
    if (parse.lemma[of]?.toLowerCase() !== 'of') continue;
    const verb = parse.deprel[name] === 'root' ? childrenIn(parse, name).find((t) => t > of && parse.upos[t] === 'VERB') : parse.head[name]!;
    if (verb === undefined || verb <= of || parse.upos[verb] !== 'VERB') continue;
    const body = childrenIn(parse, verb).find((t) => t > of && t < verb && parse.deprel[t] === 'nsubj' && ['PROPN', 'NOUN'].includes(parse.upos[t]!));
    if (body === undefined || (parse.head[of] !== body && parse.head[of] !== verb)) continue;
    // Only the body's words between "of" and the verb (a possessor before it may hang on the verb: "the army's B
    // Command").
    const possessors = childrenIn(parse, verb).filter((t) => t > of && t < body && parse.deprel[t] === 'nmod:poss');
    let own = true;
    for (let t = of + 1; t < verb && own; t += 1) own = t === body || reaches(parse, t, body, 4) || possessors.some((p) => reaches(parse, t, p, 2));
    if (!own) continue;
    const mended = reattachments(parse);
    if (parse.deprel[name] === 'root') {
      mended.attach(verb, -1, 'root');
      for (const t of childrenIn(parse, name)) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    }
    mended.attach(name, verb, 'nsubj');
    mended.attach(body, name, 'nmod');
    mended.attach(of, body, 'case');
    for (const possessor of possessors) mended.attach(possessor, body, 'nmod:poss');
    return mended.result();
  }
  return parse;
}

/**
 * A role right before a name, with only the name's modifiers between, is the name's: the parser reads "the B
 * Party's presidential nominee A received" with two subjects, "investigations into Zenithist challenger former
 * Governor A" with the name on the verb and the role on the noun before. The name takes the role's place (and its
 * preposition), and the role describes it.
 */
export function withRolesBeforeNames(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    if (parse.upos[name] !== 'PROPN' || ['flat', 'compound', 'nmod:desc'].includes(relation)) return;
    // A conjunct with no "and", "or" or comma before it is no list's member ("filed by B against former minister A").
    if (relation === 'conj') return withConjunctRole(name);
    // An apposition right after a role, with no comma between, is the role's holder ("to dissident blogger A B").
    if (relation === 'appos') return withAppositionRole(name);
    const possessive = relation === 'nmod:poss';
    if (childrenIn(parse, name).some((t) => parse.deprel[t] === 'case' && !(possessive && /^['’]s?$/.test(parse.lemma[t]!)))) return;
    // Back over the name's own modifiers ("former Vice President").
    let role = name - 1;
    while (role >= 0 && ['ADJ', 'NOUN', 'PROPN'].includes(parse.upos[role]!) && parse.head[role]! > role && parse.head[role]! <= name && parse.head[role] !== parse.head[name]) role -= 1;
    if (role < 0 || parse.upos[role] !== 'NOUN' || parse.head[role]! < 0 || parse.head[role] === name) return;
    const word = parse.lemma[role]!.toLowerCase();
    const side = SIDE_DESCRIPTORS.has(word);
    // Any noun of a person's role before a full name ("exiled journalist A B"), its first name read as flat or as a
    // compound ("detained journalist Pim Voss").
    const fullName = childrenIn(parse, name).some((t) => (parse.deprel[t] === 'flat' || (parse.deprel[t] === 'compound' && t < name)) && parse.upos[t] === 'PROPN');
    // (Or a kind of body opening a phrase with its article before a body's name: "a lawsuit against the mining
    // company B"; not "with professional organizations B".)
    const bodyKind = !possessive && isOrganisationKind(word) && childrenIn(parse, role).some((t) => parse.deprel[t] === 'case') && childrenIn(parse, role).some((t) => parse.deprel[t] === 'det');
    if (!PERSON_TITLES.has(word) && !HELD_ROLES.has(word) && !CANDIDATE_NOUNS.has(word) && !side && !(fullName && isPersonNoun(word)) && !bodyKind) return;
    // "accepted the opposition C's demand", read with "opposition" as the object and "demand" under it: the possessed
    // noun takes the side word's place, and the side word describes the name.
    if (possessive) {
      const possessed = parse.head[name]!;
      const under = parse.head[possessed] === role || parse.head[possessed] === parse.head[role];
      if (!side || !under || !/^(?:nmod|obl)/.test(parse.deprel[possessed]!) || caseOf(parse, possessed) !== undefined) return;
      mended.attach(possessed, parse.head[role]!, parse.deprel[role]!);
      mended.attach(role, name, 'compound');
      return;
    }
    mended.attach(name, parse.head[role]!, parse.deprel[role]!);
    mended.attach(role, name, 'compound');
    for (const opener of childrenIn(parse, role).filter((t) => parse.deprel[t] === 'case')) mended.attach(opener, name, 'case');
  });
  return mended.result();

  function withAppositionRole(name: number): void {
    const role = parse.head[name]!;
    let start = name;
    while (start > 0 && parse.head[start - 1] === name && ['compound', 'flat'].includes(parse.deprel[start - 1]!) && parse.upos[start - 1] === 'PROPN') start -= 1;
    const fullName = start < name || childrenIn(parse, name).some((t) => t > name && parse.deprel[t] === 'flat');
    if (role !== start - 1 || role < 0 || parse.upos[role] !== 'NOUN' || !fullName || !isPersonNoun(parse.lemma[role]!.toLowerCase())) return;
    mended.attach(name, parse.head[role]!, parse.deprel[role]!);
    mended.attach(role, name, 'compound');
    // The role's preposition, and what followed the name on the role, hang on its holder ("opposition leader A and
    // Minister B": B is A's conjunct); what describes the role stays ("the B head A" still says whose head).
    for (const t of childrenIn(parse, role)) if (t > name || parse.deprel[t] === 'case') mended.attach(t, name, parse.deprel[t]!);
  }

  function withConjunctRole(name: number): void {
    const own = childrenIn(parse, name);
    if (own.some((t) => (t < name && parse.deprel[t] === 'punct') || parse.deprel[t] === 'cc')) return;
    // The role hangs on the name and opens the phrase with its preposition.
    const role = own.find((t) => t < name && parse.upos[t] === 'NOUN' && isPersonNoun(parse.lemma[t]!.toLowerCase()));
    const opener = role === undefined ? undefined : childrenIn(parse, role).find((t) => parse.deprel[t] === 'case' && t < role);
    const first = parse.head[name]!;
    const holder = first >= 0 ? parse.head[first]! : -1;
    if (opener === undefined || holder < 0) return;
    mended.attach(name, holder, parse.upos[holder] === 'VERB' ? 'obl' : 'nmod');
    mended.attach(opener, name, 'case');
  }
}

/**
 * A name between commas after a title and its complement ("the president of B, A, met C", with A read as a
 * conjunct of B) names the title's holder: a list with no "and" or "or" is no list. So does one read as the
 * complement's apposition, after a title in lower case ("the head of the B Front, A, …").
 */
export function withNamesAfterTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const complement = parse.head[name]!;
    const title = parse.head[complement] ?? -1;
    // The complement is a name ("of B"), not a noun the name may be in apposition to ("the foresight of its founder, A").
    if (parse.upos[name] !== 'PROPN' || parse.lemma[name - 1] !== ',' || parse.deprel[complement] !== 'nmod' || parse.upos[complement] !== 'PROPN' || title < 0 || title > complement) return;
    if (!(relation === 'conj' && ['NOUN', 'PROPN'].includes(parse.upos[title]!)) && !(relation === 'appos' && parse.upos[title] === 'NOUN')) return;
    const list = [complement, ...childrenIn(parse, complement).filter((t) => parse.deprel[t] === 'conj')];
    if (list.some((member) => childrenIn(parse, member).some((t) => parse.deprel[t] === 'cc'))) return;
    // The name's words up to the comma that closes it: the rest of the name, read as further conjuncts or its own.
    let end = name + 1;
    while (end < parse.head.length && parse.lemma[end] !== ',' && (parse.head[end] === name || (parse.head[end] === complement && parse.deprel[end] === 'conj'))) end += 1;
    if (parse.lemma[end] !== ',') return;
    mended.attach(name, title, 'appos');
    for (let t = name + 1; t < end; t += 1) if (parse.head[t] === complement) mended.attach(t, name, 'flat');
  });
  return mended.result();
}

/**
 * "B deputy director A praised C" read as a list of B and A with no "and" or comma: the common nouns between the two
 * names are A's title, B its body; A takes B's place in the sentence and both hang on A.
 */
export function withNamesAfterBodyTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const body = parse.head[name]!;
    if (relation !== 'conj' || parse.upos[name] !== 'PROPN' || body < 0 || body > name || parse.upos[body] !== 'PROPN') return;
    if (childrenIn(parse, name).some((t) => parse.deprel[t] === 'cc')) return;
    // The body's name, then only common nouns up to A.
    let t = body + 1;
    while (t < name && parse.head[t] === body && parse.deprel[t] === 'flat') t += 1;
    const title = t;
    while (t < name && parse.upos[t] === 'NOUN') t += 1;
    if (t !== name || title === name) return;
    mended.attach(name, parse.head[body]!, parse.deprel[body]!);
    mended.attach(body, name, 'compound');
    for (let w = title; w < name; w += 1) mended.attach(w, name, 'compound');
  });
  return mended.result();
}

/**
 * "the assassination of B senator A", read as two phrases of the noun ("of B" and a bare A with the title under it):
 * the body before the title is the title's, and the preposition is the name's.
 */
export function withTitledNamesAfterPrepositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    if (!/^(?:nmod|obl)$/.test(relation) || parse.upos[name] !== 'PROPN') return;
    const own = childrenIn(parse, name);
    if (own.some((t) => parse.deprel[t] === 'case')) return;
    const title = own.filter((t) => t < name && /^(?:nmod:desc|compound)$/.test(parse.deprel[t]!) && parse.upos[t] === 'NOUN').pop();
    const found = title === undefined ? undefined : bodyBefore(parse, title);
    if (title === undefined || !found || parse.upos[found.noun] !== 'NOUN') return;
    const { body, preposition, noun } = found;
    mended.attach(preposition, name, 'case');
    mended.attach(body, title, 'compound');
    if (parse.head[name] !== noun) mended.attach(name, noun, 'nmod');
  });
  // "… of B senator and candidate A", with the title itself the bare phrase: the same.
  parse.deprel.forEach((relation, title) => {
    if (relation !== 'nmod' || parse.upos[title] !== 'NOUN' || childrenIn(parse, title).some((t) => parse.deprel[t] === 'case')) return;
    const found = bodyBefore(parse, title);
    if (!found || found.noun !== parse.head[title]) return;
    mended.attach(found.preposition, title, 'case');
    mended.attach(found.body, title, 'compound');
  });
  return mended.result();
}

/** The name right before a title, as a noun's phrase with its preposition whose words run up to the title ("of B" in "of B senator"). */
function bodyBefore(parse: TokenParse, title: number): { body: number; preposition: number; noun: number } | undefined {
  let body = title - 1;
  while (parse.head[body]! > body && parse.head[body]! < title) body = parse.head[body]!;
  const preposition = childrenIn(parse, body).find((t) => parse.deprel[t] === 'case');
  const noun = parse.head[body]!;
  if (parse.upos[body] !== 'PROPN' || parse.deprel[body] !== 'nmod' || preposition === undefined || noun < 0) return undefined;
  return { body, preposition, noun };
}

/**
 * A noun phrase with "a" right after a name and its comma describes the name ("homes in A, a port city in B",
 * "sailed from A, a port town …", "raised money for A, a charity in B", "near A, the B capital"), however far up
 * the parser hung it (as a conjunct or an oblique of something before the name, or as the subject of what follows
 * it): with no preposition, "and" or clause of its own it can be nothing else.
 */
export function withDescriptionsAfterNames(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (parse.upos[noun] !== 'NOUN' || !/^(?:conj|obl|obj|nmod|advcl|parataxis|nsubj)$/.test(relation)) return;
    const own = childrenIn(parse, noun);
    if (own.some((t) => t < noun && /^(?:case|cc|mark|cop|nsubj|aux)/.test(parse.deprel[t]!))) return;
    const start = phraseStart(parse, noun, own);
    // "the" only before "capital" ("near A, the B capital"): "in A, the president" may be a new clause's subject, and
    // "the Black Sea, the fortress town of B" may describe something named before the sea.
    const article = parse.lemma[start]!.toLowerCase();
    if (!(['a', 'an'].includes(article) || (article === 'the' && parse.lemma[noun] === 'capital')) || parse.lemma[start - 1] !== ',' || parse.upos[start - 2] !== 'PROPN') return;
    // The name's head: up its flat and compound words.
    let name = start - 2;
    while (/^(?:flat|compound)/.test(parse.deprel[name]!) && parse.head[name]! >= name - 4 && parse.head[name]! < start - 1 && parse.upos[parse.head[name]!] === 'PROPN') name = parse.head[name]!;
    // Read as the subject of what follows its closing comma, with the name above that ("A, a founding B member, is
    // from C" read with the member from C): the name is that subject, the phrase its description.
    if (relation === 'nsubj') {
      const predicate = parse.head[noun]!;
      if (predicate <= noun || parse.head[predicate] !== name || parse.head[name] !== -1 || !own.some((t) => t > noun && parse.lemma[t] === ',')) return;
      mended.attach(noun, name, 'appos');
      mended.attach(name, predicate, 'nsubj');
      mended.attach(predicate, -1, 'root');
      return;
    }
    if (parse.head[noun]! >= name) return;
    mended.attach(noun, name, 'appos');
  });
  return mended.result();
}

/**
 * "B extradited A, a suspect wanted in C, to D on Monday" read with the noun the subject of the participle, a clause
 * of its own, and what follows the closing comma hung in it ("to D" a conjunct of C): the noun describes the name,
 * the participle the noun, and the phrases after the comma, each with its own preposition, are the verb's again.
 */
export function withParticipleDescriptionsAfterNames(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const verb = parse.head[participle]!;
    const form = forms[participle] ?? '';
    if (upos !== 'VERB' || verb < 0 || parse.upos[verb] !== 'VERB' || form.toLowerCase() === parse.lemma[participle]!.toLowerCase() || /(?:ing|s)$/i.test(form)) return;
    const noun = childrenIn(parse, participle).find((t) => t < participle && parse.deprel[t] === 'nsubj' && parse.upos[t] === 'NOUN');
    if (noun === undefined || !['parataxis', 'conj', 'advcl', 'ccomp'].includes(parse.deprel[participle]!)) return;
    const start = phraseStart(parse, noun, childrenIn(parse, noun));
    if (!['a', 'an'].includes(parse.lemma[start]!.toLowerCase()) || parse.lemma[start - 1] !== ',' || parse.upos[start - 2] !== 'PROPN') return;
    // Only words of the noun's phrase between it and the participle.
    for (let t = noun + 1; t < participle; t += 1) if (!reaches(parse, t, noun, 2)) return;
    let name = start - 2;
    while (/^(?:flat|compound)/.test(parse.deprel[name]!) && parse.head[name]! >= name - 4 && parse.head[name]! < start - 1 && parse.upos[parse.head[name]!] === 'PROPN') name = parse.head[name]!;
    if (!reaches(parse, name, verb, 2)) return;
    mended.attach(noun, name, 'appos');
    mended.attach(participle, noun, 'acl');
    const closing = forms.indexOf(',', participle + 1);
    if (closing < 0) return;
    for (let t = closing + 1; t < forms.length; t += 1) {
      const inside = parse.head[t]! >= start && parse.head[t]! < closing;
      if (inside && /^(?:conj|obl|nmod)$/.test(parse.deprel[t]!) && caseOf(parse, t) !== undefined) mended.attach(t, verb, 'obl');
    }
  });
  return mended.result();
}

/**
 * "A, the B Speaker of C, announced" read with the title as a conjunct of the name: a title between commas right
 * after a name, with no "and" or "or" anywhere in the list, describes the name.
 */
export function withTitlesAfterNamesAsAppositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, title) => {
    const name = parse.head[title]!;
    if (relation !== 'conj' || name < 0 || name > title || parse.upos[name] !== 'PROPN' || !PERSON_TITLES.has(parse.lemma[title]!.toLowerCase())) return;
    const listed = childrenIn(parse, name).filter((t) => parse.deprel[t] === 'conj');
    if ([name, ...listed].some((member) => childrenIn(parse, member).some((t) => parse.deprel[t] === 'cc'))) return;
    // Right after the name and its comma: the name's own words, then ", the".
    const own = childrenIn(parse, title);
    const start = phraseStart(parse, title, own);
    let end = name;
    while (parse.head[end + 1] === name && parse.deprel[end + 1] === 'flat') end += 1;
    if (parse.lemma[start - 1] !== ',' || start - 1 !== end + 1) return;
    mended.attach(title, name, 'appos');
  });
  return mended.result();
}

/**
 * A noun phrase after a verb's object and a comma that the parser read as an adverbial clause ("arrested A, a
 * member of B, in C", with "member" under "arrested") describes the object: a noun with no verb, copula or marker
 * of its own makes no clause. So does a name between commas after an object noun that the parser hung on the verb
 * with no preposition ("hosted his B counterpart, A, in C"): it names the object.
 */
export function withDescriptionsOfObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    const description = relation === 'advcl' && parse.upos[noun] === 'NOUN';
    const name = (relation === 'obl' || relation === 'obj') && parse.upos[noun] === 'PROPN';
    if (!(description || name) || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const own = childrenIn(parse, noun);
    if (own.some((t) => /^(?:cop|mark|nsubj|aux)/.test(parse.deprel[t]!) || (name && parse.deprel[t] === 'case'))) return;
    const start = phraseStart(parse, noun, own);
    const object = childrenIn(parse, verb).find((t) => parse.deprel[t] === 'obj' && t < start);
    if (object === undefined || parse.lemma[start - 1] !== ',') return;
    // (The name closes with a comma or the sentence, as an apposition does, and names a common noun.)
    if (name && (parse.upos[object] !== 'NOUN' || ![',', '.', undefined].includes(parse.lemma[nameEnd(parse, noun) + 1]))) return;
    // The object's words run right up to the comma.
    for (let t = object + 1; t < start - 1; t += 1) if (parse.head[t] !== object) return;
    mended.attach(noun, object, 'appos');
  });
  return mended.result();
}

/** The last word of the name `head` heads, its flat words after it taken in. */
function nameEnd(parse: TokenParse, head: number): number {
  let end = head;
  while (parse.head[end + 1] === head && parse.deprel[end + 1] === 'flat') end += 1;
  return end;
}

/**
 * A sentence that opens with a name and a description between commas before its verb ("A, the mayor of B, said
 * …") has the name as subject and the description as its apposition, however the parser read them ("mayor" as a
 * second subject, or the subject with A a vocative).
 */
export function withDescriptionsOfSubjects(parse: TokenParse): TokenParse {
  const n = parse.head.length;
  const opening = parse.lemma.indexOf(',');
  if (opening < 1 || parse.upos.slice(0, opening).some((u) => u !== 'PROPN')) return parse;
  // The verb right after the description's closing comma (auxiliaries and adverbs aside).
  let closing = -1;
  let verb = -1;
  for (let t = opening + 2; t < n && verb < 0; t += 1) {
    if (parse.upos[t] !== 'VERB') continue;
    let c = t - 1;
    while (c > opening && parse.head[c] === t && /^(?:aux|advmod)/.test(parse.deprel[c]!)) c -= 1;
    if (parse.lemma[c] === ',') [closing, verb] = [c, t];
    else return parse;
  }
  if (verb < 0) return parse;
  // One head each for the name and the description, inside their spans; the description a noun phrase.
  const headsIn = (from: number, to: number) => {
    const heads: number[] = [];
    for (let t = from; t < to; t += 1) if (parse.upos[t] !== 'PUNCT' && (parse.head[t]! < from || parse.head[t]! >= to)) heads.push(t);
    return heads;
  };
  const [name, ...otherNames] = headsIn(0, opening);
  const [description, ...otherDescriptions] = headsIn(opening + 1, closing);
  if (name === undefined || description === undefined || otherNames.length || otherDescriptions.length || parse.upos[description] !== 'NOUN') return parse;
  if (childrenIn(parse, verb).some((t) => /^nsubj/.test(parse.deprel[t]!) && t >= closing)) return parse;
  // (A passive verb's subject stays its passive subject: "A, a member of C, was expelled from B".)
  const relation = childrenIn(parse, verb).some((t) => parse.deprel[t] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
  if (parse.head[name] === verb && parse.deprel[name] === relation && parse.head[description] === name) return parse;
  const mended = reattachments(parse);
  mended.attach(name, verb, relation);
  mended.attach(description, name, 'appos');
  return mended.result();
}

/**
 * A phrase with a preposition after the comma that closes a description ("arrested A, a member of B, in C") is
 * the verb's, not the description's last noun's: B is not in C.
 */
export function withPhrasesAfterDescriptions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    // An oblique hung on a name or a noun is the same misreading ("held two ministers, A and B, in contempt").
    if (relation !== 'nmod' && !(relation === 'obl' && ['NOUN', 'PROPN'].includes(parse.upos[parse.head[phrase]!] ?? ''))) return;
    const preposition = childrenIn(parse, phrase).find((t) => parse.deprel[t] === 'case');
    if (preposition === undefined || preposition < 1 || parse.lemma[preposition - 1] !== ',') return;
    // Up from the phrase: through the description's nouns to its apposition, then to the verb it belongs to.
    let t = parse.head[phrase]!;
    for (let depth = 0; t >= 0 && parse.deprel[t] !== 'appos' && depth < 6; depth += 1) t = parse.head[t]!;
    if (t < 0 || parse.deprel[t] !== 'appos') return;
    const verb = verbAbove(parse, t);
    if (verb >= 0 && verb < t) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * "A and South B upgraded their ties" read with "South" a conjunct of A and "B" a second subject: a verb has one
 * subject, so the second, right after the conjunct, is the conjunct's name and the conjunct its first word.
 */
export function withSubjectNamesJoined(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    const verb = parse.head[second]!;
    const first = second - 1;
    if (!/^nsubj/.test(relation) || parse.upos[second] !== 'PROPN' || parse.upos[first] !== 'PROPN' || parse.deprel[first] !== 'conj') return;
    const head = parse.head[first]!;
    if (head < 0 || head >= first || parse.head[head] !== verb || parse.deprel[head] !== relation) return;
    mended.attach(second, head, 'conj');
    mended.attach(first, second, 'compound');
    for (const t of childrenIn(parse, first)) if (parse.deprel[t] === 'cc') mended.attach(t, second, 'cc');
  });
  return mended.result();
}

/**
 * "A, B agree to reopen border posts": a headline's comma joins two names as "and" would, but the parser reads the
 * first as addressed (vocative) or the second as set beside it (appos) or as a conjunct of a list never closed. A
 * headline (no closing stop) that opens with a name, a comma and another name right before its verb, one of them the
 * verb's subject, has the two as coordinated subjects.
 */
export function withHeadlinePairsJoined(parse: TokenParse, forms: readonly string[]): TokenParse {
  const comma = forms.indexOf(',');
  if (comma < 1 || ['.', '!', '?'].includes(forms[forms.length - 1] ?? '.')) return parse;
  const verb = parse.upos.findIndex((upos, t) => t > comma && (upos === 'VERB' || upos === 'AUX'));
  // The one word of a span of proper nouns that hangs outside it, or −1.
  const headOf = (start: number, end: number) => {
    const heads = [];
    for (let t = start; t < end; t++) if (parse.head[t]! < start || parse.head[t]! >= end) heads.push(t);
    return end > start && heads.length === 1 && parse.upos.slice(start, end).every((upos) => upos === 'PROPN') ? heads[0]! : -1;
  };
  const first = headOf(0, comma);
  const second = verb < 0 ? -1 : headOf(comma + 1, verb);
  if (first < 0 || second < 0) return parse;
  const subject = [first, second].find((t) => parse.head[t] === verb && /^nsubj/.test(parse.deprel[t]!));
  const other = subject === first ? second : first;
  if (subject === undefined || (parse.head[other] !== verb && parse.head[other] !== subject)) return parse;
  const mended = reattachments(parse);
  mended.attach(first, verb, parse.deprel[subject]!);
  mended.attach(second, first, 'conj');
  // The comma stands for the "and" that closes a list (see `coordinated`).
  mended.attach(comma, second, 'cc');
  return mended.result();
}

/**
 * "B condemns C's use of force", a headline, read with "B" a compound of the verb: a verb has no compound before it,
 * so a name opening the sentence so hung, where the verb has no subject, is its subject.
 */
export function withNamesBeforeVerbsAsSubjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const verb = parse.head[name]!;
    // (A name opening the sentence: a headline's subject without its article.)
    if (relation !== 'compound' || verb <= name || parse.upos[verb] !== 'VERB' || parse.upos[name] !== 'PROPN' || phraseStart(parse, name, childrenIn(parse, name)) !== 0) return;
    if (childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj)/.test(parse.deprel[t]!))) return;
    mended.attach(name, verb, 'nsubj');
  });
  return mended.result();
}

/**
 * "Valdorian premier holds talks with …", a headline without its article, read with both words describing the verb:
 * a verb takes no adjective, so the describing words that open the sentence right before a verb with no subject are
 * its subject, the last of them the head ("premier", a noun the tagger took for the adjective it also is).
 */
export function withOpeningModifiersAsSubjects(parse: TokenParse): TokenParse {
  let verb = 0;
  while (verb < parse.upos.length && parse.upos[verb] === 'ADJ' && parse.deprel[verb] === 'amod') verb += 1;
  if (verb < 2 || parse.upos[verb] !== 'VERB' || parse.upos.slice(0, verb).some((_u, t) => parse.head[t] !== verb)) return parse;
  if (childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj)/.test(parse.deprel[t]!))) return parse;
  const mended = reattachments(parse);
  mended.attach(verb - 1, verb, 'nsubj');
  for (let t = 0; t < verb - 1; t += 1) mended.attach(t, verb - 1, 'amod');
  return mended.result();
}

/**
 * "B condemns C coast guard's use of water cannon", a headline without its article, read with the nationality as the
 * subject of the noun "use": a noun with no copula has no subject, so a word read as one, right before the words of
 * the noun's possessor, describes that possessor.
 */
export function withSubjectsOfNounsAsModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, word) => {
    const noun = parse.head[word]!;
    if (relation !== 'nsubj' || noun < 0 || noun < word + 2 || parse.upos[noun] !== 'NOUN' || !['ADJ', 'PROPN'].includes(parse.upos[word]!)) return;
    if (childrenIn(parse, noun).some((t) => parse.deprel[t] === 'cop' || parse.deprel[t] === 'aux')) return;
    const possessor = childrenIn(parse, noun).find((t) => t > word && parse.deprel[t] === 'nmod:poss');
    if (possessor === undefined) return;
    for (let t = word + 1; t < possessor; t += 1) if (!reaches(parse, t, possessor, 2)) return;
    mended.attach(word, possessor, 'amod');
  });
  return mended.result();
}

/**
 * "B's military attacked C" read with the word after "B's" as an adjective, the verb's subject, and B the verb's
 * possessor: a possessor owns the word after its "'s", whatever its tag; so do a determiner and adjectives hung on
 * the verb own the adjective after them ("The B military attacked C").
 */
export function withModifiersOfNominalAdjectives(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  // ("The B military attacked C": a verb takes no determiner, so those right before its subject or object are its.)
  parse.deprel.forEach((relation, nominal) => {
    const verb = parse.head[nominal]!;
    if (!/^(?:nsubj|obj)/.test(relation) || verb < 0 || parse.upos[verb] !== 'VERB' || parse.upos[nominal] !== 'ADJ') return;
    let first = nominal;
    while (first > 0 && parse.head[first - 1] === verb && ['det', 'amod'].includes(parse.deprel[first - 1]!)) first -= 1;
    if (first === nominal || parse.deprel[first] !== 'det') return;
    for (let t = first; t < nominal; t += 1) mended.attach(t, nominal, parse.deprel[t]!);
  });
  parse.deprel.forEach((relation, owner) => {
    const verb = parse.head[owner]!;
    const owned = owner + 2;
    if (relation !== 'nmod:poss' || verb < 0 || parse.upos[verb] !== 'VERB' || parse.upos[owner + 1] !== 'PART' || parse.head[owner + 1] !== owner) return;
    if (parse.upos[owned] !== 'ADJ' || parse.head[owned] !== verb || !/^(?:nsubj|obj)/.test(parse.deprel[owned]!)) return;
    mended.attach(owner, owned, 'nmod:poss');
  });
  return mended.result();
}

/**
 * "filed by the B Residents' Alliance": a preposition the parser hung on a possessor inside a name belongs to the
 * phrase the possessor is part of (a possessor takes no preposition of its own but its "'s").
 */
export function withPrepositionsOffPossessors(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, marker) => {
    const owner = parse.head[marker]!;
    if (relation !== 'case' || parse.upos[marker] !== 'ADP' || owner <= marker || parse.deprel[owner] !== 'nmod:poss') return;
    const owned = parse.head[owner]!;
    if (owned > owner) mended.attach(marker, owned, 'case');
  });
  return mended.result();
}

/**
 * "A, the B energy group, and C's D Oil began joint drilling" read as the name A with its apposition as the sentence,
 * then "and" a clause of its own whose subject is C's D Oil: a subject that opens after "and" right after the root's
 * apposition is the root's conjunct, and the two the verb's subjects.
 */
export function withSubjectsJoinedAfterAppositions(parse: TokenParse): TokenParse {
  const root = parse.head.indexOf(-1);
  if (root < 0 || !['PROPN', 'NOUN'].includes(parse.upos[root]!)) return parse;
  const own = childrenIn(parse, root);
  const apposition = own.find((t) => t > root && parse.deprel[t] === 'appos');
  if (apposition === undefined) return parse;
  const verb = own.find((t) => t > apposition && parse.deprel[t] === 'conj' && parse.upos[t] === 'VERB');
  if (verb === undefined) return parse;
  const and = childrenIn(parse, verb).find((t) => t > apposition && parse.deprel[t] === 'cc' && ['and', 'or'].includes(parse.lemma[t]!.toLowerCase()));
  if (and === undefined) return parse;
  const subject = childrenIn(parse, verb).find((t) => t > and && t < verb && parse.deprel[t] === 'nsubj');
  if (subject === undefined) return parse;
  const mended = reattachments(parse);
  mended.attach(verb, -1, 'root');
  mended.attach(root, verb, 'nsubj');
  mended.attach(subject, root, 'conj');
  mended.attach(and, subject, 'cc');
  return mended.result();
}

/**
 * An apposition whose phrase opens with "and" or "or" ("leader A and Prime Minister B reached …", with B an apposition
 * of "leader" and the "and" under its title) is the phrase's conjunct: nothing renames a noun after a conjunction.
 */
export function withConjunctsOffAppositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    const first = parse.head[second]!;
    if (relation !== 'appos' || first < 0 || first > second) return;
    // The apposition's first word: the earliest token after its head whose chain of heads reaches it.
    let start = first + 1;
    while (start < second && !reaches(parse, start, second, 6)) start += 1;
    if (start === second || parse.deprel[start] !== 'cc' || !['and', 'or'].includes(parse.lemma[start]!.toLowerCase())) return;
    mended.attach(second, first, 'conj');
    mended.attach(start, second, 'cc');
  });
  return mended.result();
}

/**
 * A name after a comma that continues a list, which the parser hung far off as a bare oblique ("joined by A, B,
 * C, the D and the E", with "D" an oblique of an earlier verb), is the list's next conjunct: an oblique has a
 * preposition, and the words before the comma are a member of the list.
 */
export function withListsContinued(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, item) => {
    if (relation !== 'obl' || parse.upos[item] !== 'PROPN' || TIME_NOUNS.has(parse.lemma[item]!.toLowerCase())) return;
    const own = childrenIn(parse, item);
    if (own.some((t) => parse.deprel[t] === 'case')) return;
    const start = phraseStart(parse, item, own);
    if (start < 2 || parse.lemma[start - 1] !== ',') return;
    // The member before the comma: the word it ends with, up through the name it belongs to.
    let member = start - 2;
    while (member >= 0 && /^(?:flat|compound|amod|det)$/.test(parse.deprel[member]!) && parse.head[member]! > member && parse.head[member]! < start) member = parse.head[member]!;
    while (member >= 0 && /^(?:flat)$/.test(parse.deprel[member]!) && parse.head[member]! < member) member = parse.head[member]!;
    const list = parse.deprel[member] === 'conj' ? parse.head[member]! : childrenIn(parse, member).some((t) => parse.deprel[t] === 'conj') ? member : -1;
    if (list < 0 || list > item || !['PROPN', 'NOUN'].includes(parse.upos[list]!)) return;
    mended.attach(item, list, 'conj');
  });
  return mended.result();
}

/**
 * Two names joined by "and" or "or" that the parser read as one ("attacked Chile and South Korea" with "Chile" a
 * compound of "Korea"; "leaders of Chile and Saudi Arabia" with "Arabia" a bare modifier of "Chile") are a list:
 * the first takes the phrase's place, the second becomes its conjunct and takes the conjunction.
 */
export function withCompoundsSplitAtConjunctions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, conjunction) => {
    const first = conjunction - 1;
    if (relation !== 'cc' || first < 0 || parse.upos[first] !== 'PROPN' || !['and', 'or'].includes(parse.lemma[conjunction]!.toLowerCase())) return;
    // The second name's head: the word the conjunction hangs on, up through the name's own words.
    let second = parse.head[conjunction]!;
    while (second > conjunction && parse.head[second]! > second && /^(?:compound|flat)$/.test(parse.deprel[second]!)) second = parse.head[second]!;
    if (second <= conjunction || parse.upos[second] !== 'PROPN') return;
    const bare = !childrenIn(parse, second).some((t) => parse.deprel[t] === 'case');
    if (parse.deprel[first] === 'compound' && parse.head[first] === second) {
      mended.attach(first, parse.head[second]!, parse.deprel[second]!);
    } else if (!(parse.head[second] === first && bare && /^(?:nmod|compound|flat|appos)$/.test(parse.deprel[second]!))) return;
    mended.attach(second, first, 'conj');
    mended.attach(conjunction, second, 'cc');
  });
  return mended.result();
}

/**
 * A name between a place preposition and a participle that the parser read as the participle's subject, with the
 * preposition as its marker ("posted a message on Kessel blaming B"), is where the act took place: an oblique of
 * the verb above, not the one who blames.
 */
export function withPlacesBeforeParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const participle = parse.head[name]!;
    const preposition = name - 1;
    if (relation !== 'nsubj' || participle !== name + 1 || !/ing$/.test(forms[participle] ?? '') || parse.upos[name] !== 'PROPN') return;
    if (parse.head[preposition] !== participle || parse.deprel[preposition] !== 'mark' || !PLACE_PREPOSITIONS.has(parse.lemma[preposition]!.toLowerCase())) return;
    const verb = verbAbove(parse, participle);
    if (verb < 0) return;
    mended.attach(name, verb, 'obl');
    mended.attach(preposition, name, 'case');
  });
  return mended.result();
}
