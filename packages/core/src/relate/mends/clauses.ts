/**
 * Mends of clauses: verbs the parser read as modifiers, auxiliaries or nouns and back, participles and reduced
 * relatives, "that" clauses and infinitives hung on the wrong word, subjects of clauses taken by another verb.
 */
import type { TokenParse } from '../../nlp/parse/index.js';
import { verbRelations } from '../event-lexicon.js';
import { ADVERBIAL_CLAUSE_OPENERS, ADVERSE_VERDICTS, BLAMED_PREDICATES, DURATION_NOUNS, GIVING_VERBS, INFINITIVE_NOUNS, INTENDING_VERBS, NOUN_PHRASE_PREPOSITIONS, PROTEST_PURPOSES, RELATIVE_PRONOUNS, REPORTING_VERBS, TIME_NOUNS, VERDICT_VERBS } from '../syntax-words.js';
import { childrenIn, firstIn, hungAfter, isBareOblique, phraseStart, reaches, reattachments, verbAbove } from './tree-edits.js';

/**
 * "The country later accused B" read with the subject on the adverb: an adverb takes no subject; the subject is the
 * verb's the adverb goes with.
 */
export function withSubjectsOffAdverbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((adverb, subject) => {
    // (Not an adverb that is itself the predicate, "B is here", which UD makes the subject's head.)
    if (adverb < 0 || !/^nsubj/.test(parse.deprel[subject]!) || parse.upos[adverb] !== 'ADV' || parse.deprel[adverb] !== 'advmod') return;
    const verb = parse.head[adverb]!;
    if (verb >= 0 && parse.upos[verb] === 'VERB' && subject < adverb && adverb < verb) mended.attach(subject, verb, parse.deprel[subject]!);
  });
  return mended.result();
}

/**
 * "A threatened on Monday to seize B's assets" read with the infinitive as a clause of purpose, the day between them:
 * after a verb of intent with no object, an infinitive past its time or place is what the verb intends (its xcomp),
 * as it is with nothing between.
 */
export function withInfinitivesAfterTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const verb = parse.head[infinitive]!;
    const to = infinitive - 1;
    if (relation !== 'advcl' || verb < 0 || verb + 1 >= to || parse.upos[infinitive] !== 'VERB' || parse.upos[verb] !== 'VERB' || parse.lemma[to]!.toLowerCase() !== 'to' || parse.head[to] !== infinitive) return;
    // (A clause the parser hung on the verb after the infinitive is no object of it: "threatened on Monday to expel
    // B's envoy over comments he made".)
    if (!INTENDING_VERBS.has(parse.lemma[verb]!.toLowerCase()) || childrenIn(parse, verb).some((t) => (t < infinitive || parse.deprel[t] !== 'ccomp') && /^(?:obj|iobj|ccomp|xcomp)$/.test(parse.deprel[t]!))) return;
    for (let t = verb + 1; t < to; t += 1) if (parse.upos[t] === 'PUNCT' || !reaches(parse, t, verb, 3)) return;
    mended.attach(infinitive, verb, 'xcomp');
  });
  return mended.result();
}

/**
 * "blocked highways for a third day to press B to …", "has been on hunger strike for 40 days to press B": an
 * infinitive hung on a span of time as its clause is the purpose of the clause the span is in (its verb, or a
 * predicate noun with its copula).
 */
export function withPurposesOffDurations(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const noun = parse.head[infinitive]!;
    if (relation !== 'acl' || noun < 0 || noun > infinitive || parse.upos[infinitive] !== 'VERB' || !DURATION_NOUNS.has(parse.lemma[noun]!.toLowerCase())) return;
    if (!childrenIn(parse, infinitive).some((c) => c < infinitive && parse.deprel[c] === 'mark' && parse.lemma[c]!.toLowerCase() === 'to')) return;
    // A span "for" so long ("for a third day", however the parser hung the "for"), not a time one has an errand at
    // ("had an engagement that very hour to address …").
    // (Nor "for years to come": a purpose acts on something.)
    if (!childrenIn(parse, infinitive).some((c) => c > infinitive && parse.upos[c] !== 'PUNCT')) return;
    const start = phraseStart(parse, noun, childrenIn(parse, noun));
    if (![start, start - 1].some((t) => parse.lemma[t]?.toLowerCase() === 'for')) return;
    let predicate = parse.head[noun]!;
    for (let depth = 0; predicate >= 0 && depth < 4 && parse.upos[predicate] !== 'VERB' && !childrenIn(parse, predicate).some((c) => parse.deprel[c] === 'cop'); depth += 1) predicate = parse.head[predicate]!;
    if (predicate < 0 || predicate > noun) return;
    if (parse.upos[predicate] === 'VERB' || childrenIn(parse, predicate).some((c) => parse.deprel[c] === 'cop')) mended.attach(infinitive, predicate, 'advcl');
  });
  return mended.result();
}

/**
 * "walked off the job in schools across B on Monday to protest against C's offer" read with the infinitive describing
 * "schools": an infinitive of protest or demand hung on a noun inside a verb's phrase of place or time (not a noun an
 * infinitive completes, "the right to protest") is the verb's purpose.
 */
export function withProtestPurposesOffPlaces(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const noun = parse.head[infinitive]!;
    const lemma = parse.lemma[infinitive]!.toLowerCase();
    if (relation !== 'acl' || noun < 0 || noun > infinitive || parse.upos[infinitive] !== 'VERB' || !PROTEST_PURPOSES.has(lemma) || INFINITIVE_NOUNS.has(parse.lemma[noun]!.toLowerCase())) return;
    if (!childrenIn(parse, infinitive).some((c) => c < infinitive && parse.deprel[c] === 'mark' && parse.lemma[c]!.toLowerCase() === 'to')) return;
    // Up the chain of phrases (obl, nmod) to the verb they hang on.
    let phrase = noun;
    for (let depth = 0; phrase >= 0 && depth < 4 && parse.deprel[phrase] === 'nmod'; depth += 1) phrase = parse.head[phrase]!;
    const verb = phrase >= 0 && parse.deprel[phrase] === 'obl' ? parse.head[phrase]! : -1;
    if (verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    mended.attach(infinitive, verb, 'advcl');
  });
  return mended.result();
}

/**
 * "Jailed opposition politician A began a hunger strike" read with "Jailed" as a clause that is the verb's subject and
 * the person its object: a participle opening the sentence, before the sentence's verb and its missing subject,
 * describes the noun after it, which is the subject.
 */
export function withOpeningParticiplesAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const participle = 0;
  const verb = parse.head[participle]!;
  if (parse.upos[participle] !== 'VERB' || !/(?:ed|en)$/.test(forms[participle] ?? '') || !['csubj', 'advcl', 'nsubj'].includes(parse.deprel[participle]!) || verb <= participle) return parse;
  // "Jailed B opposition politician A began …": describing words, then a name, right up to the verb: the name is the
  // subject, and the participle and the words before the name describe it, however the parser hung them.
  let end = participle + 1;
  while (end < verb && ['ADJ', 'NOUN', 'PROPN'].includes(parse.upos[end]!)) end += 1;
  let name = end - 1;
  while (name > participle + 1 && parse.upos[name - 1] === 'PROPN') name -= 1;
  const subjects = childrenIn(parse, verb).filter((t) => /^nsubj/.test(parse.deprel[t]!));
  if (end === verb && parse.upos[end - 1] === 'PROPN' && name > participle + 1 && subjects.every((t) => t >= participle && t < end)) {
    const mended = reattachments(parse);
    mended.attach(name, verb, 'nsubj');
    mended.attach(participle, name, 'amod');
    for (let t = participle + 1; t < end; t += 1) {
      if (t === name) continue;
      const inside = parse.head[t]! > participle && parse.head[t]! < end && parse.head[t] !== t;
      if (t > name) mended.attach(t, name, 'flat');
      else if (!inside || parse.head[t]! >= name || parse.deprel[t] === 'acl' || parse.deprel[t] === 'obj') mended.attach(t, name, parse.upos[t] === 'ADJ' ? 'amod' : 'compound');
    }
    return mended.result();
  }
  const own = childrenIn(parse, participle);
  // (Or read as its agent with no "by": "Ousted president A accused B".)
  const object = own.find((t) => t < verb && (parse.deprel[t] === 'obj' || (parse.deprel[t] === 'obl:agent' && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case'))));
  if (object === undefined || own.some((t) => t !== object && /^(?:nsubj|aux|mark|obl)/.test(parse.deprel[t]!)) || childrenIn(parse, verb).some((t) => /^nsubj/.test(parse.deprel[t]!))) return parse;
  const mended = reattachments(parse);
  mended.attach(object, verb, 'nsubj');
  mended.attach(participle, object, 'amod');
  return mended.result();
}

/**
 * "A allowed a B mission to deploy in C" read with the noun an oblique of the verb, with no preposition: a nominal
 * after a verb with no preposition and no object of its own is its object.
 */
export function withObjectsReadAsObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (relation !== 'obl' || !isBareOblique(parse, noun, childrenIn(parse, noun)) || TIME_NOUNS.has(parse.lemma[noun]!.toLowerCase())) return;
    const verb = parse.head[noun]!;
    if (childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A accused the B Alliance of rigging the vote" read with B as the subject of "rigging" and "of" between them: a
 * subject never comes before its own clause's "of", so it is the object of the verb the clause hangs on.
 */
export function withObjectsBeforeMarkers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, subject) => {
    const clause = parse.head[subject]!;
    const verb = clause >= 0 ? parse.head[clause]! : -1;
    if (relation !== 'nsubj' || clause <= subject || verb < 0 || verb > subject || parse.upos[verb] !== 'VERB') return;
    if (!childrenIn(parse, clause).some((c) => c > subject && c < clause && ['mark', 'case'].includes(parse.deprel[c]!) && parse.lemma[c] === 'of')) return;
    if (childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(subject, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A alleged that B had bribed officials" read with the participle as an adjective of the noun after it: a verb with
 * its own subject says something of its own, so it heads a clause (the noun's place under the verb before, as its
 * complement, or as an adverbial clause after "when", "after", …) and the noun is its object.
 */
export function withVerbsWithSubjectsAsClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const noun = parse.head[participle]!;
    if (relation !== 'amod' || parse.upos[participle] !== 'VERB' || noun <= participle || !['NOUN', 'PROPN'].includes(parse.upos[noun]!)) return;
    const own = childrenIn(parse, participle);
    if (!own.some((c) => c < participle && /^nsubj/.test(parse.deprel[c]!) && !RELATIVE_PRONOUNS.has(parse.lemma[c]!.toLowerCase()))) return;
    const head = parse.head[noun]!;
    if (head < 0 || parse.upos[head] !== 'VERB' || parse.deprel[noun] !== 'obj') return;
    // ("… were killed when B aircraft bombed villages": a clause opened by "when" says when, not what.)
    const adverbial = own.some((c) => c < participle && ['mark', 'advmod'].includes(parse.deprel[c]!) && ADVERBIAL_CLAUSE_OPENERS.has(parse.lemma[c]!.toLowerCase()));
    mended.attach(participle, head, adverbial ? 'advcl' : 'ccomp');
    mended.attach(noun, participle, 'obj');
    for (const c of childrenIn(parse, noun)) if (c < participle && parse.deprel[c] === 'mark') mended.attach(c, participle, 'mark');
  });
  return mended.result();
}

/**
 * "A alleged on Tuesday that B had sent balloons", read with "that" hung on the day and the clause's verb on "that":
 * a clause's "that" marks it, and the clause is the complement of the verb the "that" hangs under.
 */
export function withClausesUnderThat(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((lemma, that) => {
    if (lemma.toLowerCase() !== 'that' || parse.upos[that] !== 'SCONJ' || parse.deprel[that] === 'mark') return;
    const clause = childrenIn(parse, that).find((c) => c > that && parse.upos[c] === 'VERB' && ['ccomp', 'acl', 'advcl', 'dep', 'acl:relcl'].includes(parse.deprel[c]!));
    if (clause === undefined || !childrenIn(parse, clause).some((c) => /^nsubj/.test(parse.deprel[c]!))) return;
    let verb = parse.head[that]!;
    while (verb >= 0 && parse.upos[verb] !== 'VERB') verb = parse.head[verb]!;
    if (verb < 0) return;
    mended.attach(clause, verb, 'ccomp');
    mended.attach(that, clause, 'mark');
  });
  return mended.result();
}

/**
 * "A dropped its demand that B halt the dredging" read with the clause a conjunct of the verb: a clause with its own
 * subject and no "and", opened by "that" right after the verb's object, says what the object is (UD's `acl`).
 */
export function withThatClausesOfObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, clause) => {
    const verb = parse.head[clause]!;
    if (relation !== 'conj' || verb < 0 || parse.upos[clause] !== 'VERB') return;
    const own = childrenIn(parse, clause);
    const that = own.find((c) => c < clause && parse.lemma[c]!.toLowerCase() === 'that');
    const object = that === undefined ? undefined : childrenIn(parse, verb).find((c) => c === that - 1 && parse.deprel[c] === 'obj' && parse.upos[c] === 'NOUN');
    if (object === undefined || own.some((c) => parse.deprel[c] === 'cc') || !own.some((c) => c > that! && c < clause && parse.deprel[c] === 'nsubj')) return;
    mended.attach(clause, object, 'acl');
    mended.attach(that!, clause, 'mark');
  });
  return mended.result();
}

/**
 * "A demanded on Monday that B return the artefacts, the ministry said" read with the clause under the verb after it:
 * a clause opened by "that" right after a verb and what hangs on that verb (a time, a place) completes that verb.
 */
export function withThatClausesOnVerbsBefore(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, clause) => {
    const head = parse.head[clause]!;
    const that = childrenIn(parse, clause).find((c) => parse.deprel[c] === 'mark' && parse.lemma[c]!.toLowerCase() === 'that');
    if (relation !== 'ccomp' || that === undefined || head <= clause) return;
    // The verb before "that", all words between them its own phrases.
    let verb = that - 1;
    while (verb >= 0 && parse.upos[verb] !== 'VERB') verb -= 1;
    if (verb < 0 || verb === head) return;
    for (let t = verb + 1; t < that; t++) if (!reaches(parse, t, verb, 4)) return;
    mended.attach(clause, verb, 'ccomp');
  });
  return mended.result();
}

/**
 * "sent aid to war-torn B", "shelled rebel-held C", "Kurdish-led forces attacked D": a hyphenated participle before a
 * nominal describes it (the treebank splits such a word, and the parser given it whole reads a verb with the nominal
 * as its object). The nominal takes the participle's place: its preposition, and its relation to what it hangs on (an
 * oblique where the participle was read as a clause after a preposition, a subject where it was one, an object
 * where it was read as a verb joined to the verb before it).
 */
export function withHyphenatedParticiplesAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const nominal = participle + 1;
    if (!/^[\p{L}]+-\p{Ll}+(?:ed|en|n|t|d)$/u.test(forms[participle] ?? '') || !['NOUN', 'PROPN'].includes(parse.upos[nominal] ?? '')) return;
    // (Read as describing the name already, on its head word: "the Chile-based B Mining".)
    if (parse.deprel[participle] === 'amod' && parse.head[participle]! > participle) return;
    // (Tagged a noun or an adjective, it is read as a verb where the nominal is its object: "to flood-hit B".)
    if (upos !== 'VERB' && !(parse.head[nominal] === participle && /^(obj|nsubj)/.test(parse.deprel[nominal]!))) return;
    const own = childrenIn(parse, participle);
    const markers = own.filter((c) => c < participle && ['case', 'mark'].includes(parse.deprel[c]!));
    const head = parse.head[participle]!;
    if (markers.includes(head)) return;
    if (parse.head[nominal] === participle) {
      const relation = parse.deprel[participle]!;
      const headVerb = head >= 0 && parse.upos[head] === 'VERB';
      const taken = markers.length
        ? headVerb ? 'obl' : 'nmod'
        : relation === 'csubj' ? 'nsubj'
        : relation === 'conj' && headVerb && !childrenIn(parse, head).some((c) => parse.deprel[c] === 'obj') ? 'obj'
        : /^(advcl|xcomp|ccomp|acl|parataxis)/.test(relation) ? (headVerb ? 'obj' : 'nmod')
        : relation;
      mended.attach(nominal, head, taken);
    }
    for (const marker of markers) mended.attach(marker, nominal, 'case');
    mended.attach(participle, nominal, 'amod');
  });
  return mended.result();
}

/**
 * "A rejected an invitation to join B", "A accepted an offer to host the talks" read with the infinitive as the verb's
 * complement: an infinitive right after an object that such a noun heads ("invitation", "offer", "proposal") completes
 * the noun, as UD has it.
 */
export function withInfinitivesOfObjectNouns(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const verb = parse.head[infinitive]!;
    if (relation !== 'xcomp' || verb < 0 || parse.upos[infinitive] !== 'VERB') return;
    const marker = childrenIn(parse, infinitive).find((c) => parse.deprel[c] === 'mark' && parse.lemma[c] === 'to');
    const noun = marker === undefined ? -1 : marker - 1;
    if (noun <= verb || parse.head[noun] !== verb || parse.deprel[noun] !== 'obj' || parse.upos[noun] !== 'NOUN' || !INFINITIVE_NOUNS.has(parse.lemma[noun]!.toLowerCase())) return;
    mended.attach(infinitive, noun, 'acl');
  });
  return mended.result();
}

/**
 * "A held B responsible for the attack", "C ruled the A Act void" read with B under the adjective (as its modifier
 * or subject) and the adjective a clause of its own: the party between a verb of verdict and its verdict is the
 * verb's object, and the verdict what the verb says of it.
 */
export function withVerdictsOnObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verdict) => {
    const verb = parse.head[verdict]!;
    const word = parse.lemma[verdict]!.toLowerCase();
    if (upos !== 'ADJ' || verb < 0 || verb > verdict || !VERDICT_VERBS.has(parse.lemma[verb]!.toLowerCase())) return;
    if (!BLAMED_PREDICATES.has(word) && !ADVERSE_VERDICTS.has(word)) return;
    if (!['parataxis', 'conj', 'ccomp'].includes(parse.deprel[verdict]!)) return;
    // The party is the last nominal between them, hanging on the verdict; what it has before it stays its own.
    const party = verdict - 1;
    if (party <= verb || parse.head[party] !== verdict || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[party]!)) return;
    if (childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(party, verb, 'obj');
    mended.attach(verdict, verb, 'xcomp');
  });
  return mended.result();
}

/**
 * "B's emir met C's sultan" read with "B" a possessor of the verb, "Saudi-led aircraft bombed C" with the modifier
 * on the verb: a possessor or an adjective belongs to the nominal after it (the first before the verb, past the
 * possessive's own words).
 */
export function withModifiersOffVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, owner) => {
    const verb = parse.head[owner]!;
    if ((relation !== 'nmod:poss' && relation !== 'amod') || verb <= owner || parse.upos[verb] !== 'VERB') return;
    let owned = owner + 1;
    while (owned < verb && (parse.head[owned] === owner || !['NOUN', 'PROPN'].includes(parse.upos[owned]!))) owned += 1;
    // The phrase's head: a name or noun before it is its compound ("a Lima-based Zorvath spokesman").
    while (owned < verb && parse.head[owned]! > owned && parse.head[owned]! < verb && ['compound', 'flat'].includes(parse.deprel[owned]!)) owned = parse.head[owned]!;
    if (owned < verb) mended.attach(owner, owned, relation);
  });
  return mended.result();
}

/** Conjunctions that join a clause after a comma (", but", ", and"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/**
 * "A denounced B's new law as discriminatory" read with the law a clause of its own: a noun with neither subject,
 * copula nor marker under a verb that has no object is no clause but the object.
 */
export function withBareNounClausesAsObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'ccomp' || parse.upos[noun] !== 'NOUN' || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    if (childrenIn(parse, noun).some((t) => /^(?:nsubj|csubj|cop|mark|aux)/.test(parse.deprel[t]!))) return;
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A pardoned B on Tuesday, her office announced" read with A as a second subject of "announced" and "pardoned" as
 * its adverbial (or "has been on strike" as A's apposition): a verb of saying has one subject, the one after the
 * clause it reports; the one before the clause's verb is that verb's, and the clause is what is said.
 */
export function withSubjectsOfReportedClauses(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, saying) => {
    if (upos !== 'VERB' || !REPORTING_VERBS.has(parse.lemma[saying]!.toLowerCase())) return;
    const subjects = childrenIn(parse, saying).filter((t) => parse.deprel[t] === 'nsubj');
    if (subjects.length !== 2) return;
    const [first, second] = subjects as [number, number];
    // (Or a predicate with its copula hung on the first subject or its apposition: "A, a jailed journalist, has been on
    // hunger strike for weeks, his lawyers said".)
    const predicate = (t: number) => t > first && t < second && ['appos', 'conj', 'acl:relcl'].includes(parse.deprel[t]!) && childrenIn(parse, t).some((c) => parse.deprel[c] === 'cop') && reaches(parse, t, first, 2);
    // (Or a past tense read as describing the first subject, "A on Tuesday arrested B, his party said": a verb that
    // acts on something with no auxiliary, its object taken for an agent with no "by".)
    const clause =
      childrenIn(parse, saying).find((t) => t > first && t < second && parse.upos[t] === 'VERB' && ['advcl', 'ccomp', 'parataxis', 'conj'].includes(parse.deprel[t]!)) ??
      childrenIn(parse, first).find((t) => t > first && t < second && parse.deprel[t] === 'acl' && !/ing$/i.test(forms[t] ?? '') && isPastTenseActing(parse, t)) ??
      parse.head.findIndex((_h, t) => predicate(t));
    if (clause < 0 || childrenIn(parse, clause).some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!))) return;
    if (childrenIn(parse, clause).some((t) => parse.deprel[t] === 'mark')) return;
    mended.attach(first, clause, 'nsubj');
    mended.attach(clause, saying, 'ccomp');
    for (const agent of agentsWithoutBy(parse, clause)) mended.attach(agent, clause, 'obj');
  });
  return mended.result();
}

/** The nominals hung on `verb` as agents that no "by" opens. */
function agentsWithoutBy(parse: TokenParse, verb: number): number[] {
  return childrenIn(parse, verb).filter((t) => parse.deprel[t] === 'obl:agent' && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case' && parse.lemma[c]!.toLowerCase() === 'by'));
}

/** Whether a verb read as a participle has no auxiliary and acts on something: an object, or an "agent" no "by" opens. */
function isPastTenseActing(parse: TokenParse, verb: number): boolean {
  if (parse.upos[verb] !== 'VERB') return false;
  const own = childrenIn(parse, verb);
  if (own.some((t) => /^(?:aux|mark|nsubj|csubj|expl)/.test(parse.deprel[t]!))) return false;
  return own.some((t) => parse.deprel[t] === 'obj') || agentsWithoutBy(parse, verb).length > 0;
}

/** Words that open a question's noun phrase ("what time", "which colour"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'whose', 'whatever', 'whichever']);

/**
 * A relative clause without "that" after an object ("A released fishermen it had detained", with "fishermen" read
 * as the clause's passive subject beside its own subject "it", or as its oblique without a preposition) describes
 * the object: no clause has both subjects, and a noun with no preposition is no oblique.
 */
export function withObjectsOfBareRelatives(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, object) => {
    const clause = parse.head[object]!;
    const verb = parse.head[clause] ?? -1;
    // (Not a time, nor a noun a question word opens, nor one after another noun of the verb's: "weeks after it
    // withdrew", "know what time we could meet", "say what colour hens you keep".)
    const bare = relation === 'obl' && parse.upos[object] === 'NOUN' && !TIME_NOUNS.has(parse.lemma[object]!.toLowerCase()) && !childrenIn(parse, object).some((c) => parse.deprel[c] === 'case');
    if ((relation !== 'nsubj:pass' && !bare) || clause < object || verb < 0 || verb > object || parse.upos[verb] !== 'VERB' || !['NOUN', 'PROPN'].includes(parse.upos[object]!)) return;
    const between = parse.lemma.slice(verb + 1, object).map((lemma, k) => ({ lemma: lemma.toLowerCase(), token: verb + 1 + k }));
    if (bare && between.some(({ lemma, token }) => QUESTION_WORDS.has(lemma) || (['NOUN', 'PROPN'].includes(parse.upos[token]!) && !reaches(parse, token, object, 3)))) return;
    const own = childrenIn(parse, clause);
    if (!own.some((t) => parse.deprel[t] === 'nsubj' && t > object) || own.some((t) => parse.deprel[t] === 'aux:pass')) return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    mended.attach(object, verb, 'obj');
    mended.attach(clause, object, 'acl:relcl');
  });
  return mended.result();
}

/**
 * A verb's second subject with a preposition ("the arrest of A by B police sparked protests", "A's meeting with
 * B lasted two hours", with "police" or B read as a second subject) is a phrase of the first, and one after "and"
 * its conjunct; a first subject with a preposition, before one without, is a phrase of the noun before it: no verb
 * has two.
 */
export function withSecondSubjectsAsModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    if (relation !== 'nsubj') return;
    const verb = parse.head[second]!;
    const first = parse.deprel.findIndex((r, t) => t < second && r === 'nsubj' && parse.head[t] === verb);
    if (first < 0 || !['NOUN', 'PROPN'].includes(parse.upos[first]!)) return;
    // "B District Court Judge A ruled": names and a title run together with nothing between are one subject, the
    // last name's (each word between hangs inside the run; no comma, conjunction or preposition).
    const between = Array.from({ length: second - first - 1 }, (_, i) => first + 1 + i);
    if (parse.upos[first] === 'PROPN' && parse.upos[second] === 'PROPN' && between.length && between.every((t) => parse.upos[t] === 'PROPN' && parse.head[t]! >= first && parse.head[t]! <= second)) {
      mended.attach(first, second, 'compound');
      return;
    }
    // "B military jets bombed C": a name right before a noun subject and its modifiers, with nothing else between,
    // is the noun's modifier.
    if (parse.upos[first] === 'PROPN' && parse.upos[second] === 'NOUN' && between.every((t) => ['ADJ', 'NOUN'].includes(parse.upos[t]!) && parse.head[t] === second) && !childrenIn(parse, first).some((c) => c > first)) {
      mended.attach(first, second, 'compound');
      return;
    }
    // "sent ships into waters southeast of A on Sunday, B's ministry said", with A read as the first subject: a first
    // subject with a preposition of its own, before one without, is a phrase of the noun right before it.
    const withPreposition = (t: number) => childrenIn(parse, t).some((c) => c < t && parse.deprel[c] === 'case' && parse.upos[c] === 'ADP');
    if (withPreposition(first) && !withPreposition(second)) {
      const governor = phraseStart(parse, first, childrenIn(parse, first)) - 1;
      if (governor >= 0 && ['NOUN', 'PROPN'].includes(parse.upos[governor]!) && !reaches(parse, governor, first, 8)) mended.attach(first, governor, 'nmod');
      return;
    }
    let start = second;
    while (start > first + 1 && parse.head[start - 1] === second && parse.upos[start - 1] !== 'ADP') start -= 1;
    // "The Bn prime minister, A, visited C": a second subject between commas right after the first describes it.
    const closed = parse.lemma[second + 1] === ',' && second + 2 === verb;
    if (parse.lemma[start - 1] === ',' && start - 2 === first && closed && parse.upos[first] !== parse.upos[second]) {
      mended.attach(second, first, 'appos');
      return;
    }
    // "Leaders of A and the B met": a second subject after "and" is the first's conjunct, where the first's noun
    // phrase runs up to the "and" (not a clause of it: "people who have read A, B, and the C find …").
    const conjunction = start - 1;
    let before = conjunction - 1;
    for (let depth = 0; before >= 0 && before !== first && depth < 6 && /^(?:nmod|compound|flat|amod|nummod)$/.test(parse.deprel[before]!); depth += 1) before = parse.head[before]!;
    if (['and', 'or'].includes(parse.lemma[conjunction]!.toLowerCase()) && parse.deprel[conjunction] === 'cc' && (parse.head[conjunction] === verb || parse.head[conjunction] === second) && before === first) {
      mended.attach(second, first, 'conj');
      mended.attach(conjunction, second, 'cc');
      return;
    }
    const preposition = start - 1;
    // A preposition of a noun's phrase, not one that opens a clause ("stalled after A condemned B").
    const cased =
      parse.upos[preposition] === 'ADP' &&
      NOUN_PHRASE_PREPOSITIONS.has(parse.lemma[preposition]!.toLowerCase()) &&
      (parse.head[preposition] === second || (parse.head[preposition] === verb && parse.deprel[preposition] === 'mark'));
    if (!cased) return;
    mended.attach(second, first, 'nmod');
    mended.attach(preposition, second, 'case');
  });
  return mended.result();
}

/** Finite auxiliaries: a verb after one of them is a clause's own verb, not a participle describing a noun. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do']);

/**
 * "Six soldiers who had been detained after crossing the frontier were freed by B" read with the noun as the root and
 * "were freed" hung inside the relative clause, "B forces, backed by tanks, massed near C, the ministry said" with
 * "massed" a conjunct of "backed": after a clause's noun (one with no verb of its own) and the clause that describes
 * it, a verb with no subject, conjunction or subordinator of its own is the noun's, where a finite auxiliary opens it
 * or, after a participle between commas, a comma. The noun is its subject.
 */
export function withVerbsAfterLongSubjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (!['root', 'ccomp', 'parataxis'].includes(relation) || !['NOUN', 'PROPN'].includes(parse.upos[noun]!)) return;
    // (Not a predicate noun: "This was the body that B said was bringing …".)
    const own = childrenIn(parse, noun);
    if (own.some((c) => /^(?:cop|nsubj|expl)/.test(parse.deprel[c]!))) return;
    const clause = own.find((c) => c > noun && (parse.deprel[c] === 'acl:relcl' || parse.deprel[c] === 'acl'));
    if (clause === undefined) return;
    const setOff = parse.deprel[clause] === 'acl' && parse.lemma[phraseStart(parse, clause, childrenIn(parse, clause)) - 1] === ',';
    if (parse.deprel[clause] === 'acl' && !setOff) return;
    for (let verb = clause + 1; verb < parse.head.length; verb += 1) {
      if (parse.upos[verb] !== 'VERB' || !['advcl', 'conj', 'ccomp', 'parataxis'].includes(parse.deprel[verb]!) || !reaches(parse, verb, clause, 6)) continue;
      const its = childrenIn(parse, verb);
      if (its.some((c) => /^(?:nsubj|csubj|expl|mark|cc)/.test(parse.deprel[c]!))) continue;
      const auxiliaries = its.filter((c) => c < verb && parse.deprel[c]!.startsWith('aux'));
      const opening = auxiliaries.length ? Math.min(...auxiliaries) : verb;
      const finite = auxiliaries.length > 0 && FINITE_AUXILIARIES.has(forms[opening]?.toLowerCase() ?? '');
      if (!(finite || (setOff && parse.lemma[opening - 1] === ','))) return;
      mended.attach(verb, parse.head[noun]!, relation);
      mended.attach(noun, verb, its.some((c) => parse.deprel[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
      for (const c of own) if (c > verb) mended.attach(c, verb, parse.deprel[c]!);
      return;
    }
  });
  return mended.result();
}

/**
 * A subject after a fronted phrase and its comma that the parser hung on the phrase ("During a visit to B in May,
 * A met C" with A a conjunct of May; "In a call, A might have urged C" with A an apposition of "call") is the
 * subject of the verb it comes right before, where that verb has none: the words between the comma and the verb
 * are the name and the verb's auxiliaries and adverbs, and the fronted phrase is the verb's adverbial.
 */
export function withFrontedSubjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  const n = parse.head.length;
  for (let verb = 2; verb < n; verb += 1) {
    if (parse.upos[verb] !== 'VERB') continue;
    const subjects = childrenIn(parse, verb).filter((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!));
    // A subject of its own the verb may have only where the parser took the name's description for it ("On
    // Friday, A, the minister of B, met C", with "minister" the subject); its words follow the comma after the name.
    if (subjects.length > 1) continue;
    const description = subjects[0];
    if (description !== undefined && !(description < verb && parse.upos[description] === 'NOUN')) continue;
    // The first comma after which every word up to the verb is the subject's (hung on the fronted phrase, or
    // under such a word, or a comma) or the verb's auxiliary or adverb.
    let hung: number[] = [];
    for (let comma = 1; comma < verb - 1 && !hung.length; comma += 1) {
      if (parse.lemma[comma] === ',') hung = hungAfter(parse, comma, verb, description);
    }
    const subject = hung[0];
    if (subject === undefined || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[subject]!) || TIME_NOUNS.has(parse.lemma[subject]!.toLowerCase())) continue;
    const passive = parse.deprel.some((relation, t) => parse.head[t] === verb && relation === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    // The rest: its description ("A, the president of B,"), a conjunct with "and", or the name's next word.
    for (const rest of hung.slice(1)) {
      const coordinated = parse.deprel[rest] === 'conj' && parse.deprel.some((relation, t) => parse.head[t] === rest && relation === 'cc');
      mended.attach(rest, subject, rest === description || parse.deprel[rest] === 'appos' ? 'appos' : coordinated ? 'conj' : 'flat');
    }
  }
  return mended.result();
}

/**
 * A clause joined by ", but" or ", and" whose subject the parser hung on the clause before ("A was claimed by the
 * B movement, but both C and D have alleged …", with C a modifier of "movement") has that subject back: a verb
 * joined to an earlier one with none of its own, and between the conjunction and it only one phrase hung before the
 * comma, and the verb's auxiliaries and adverbs.
 */
export function withSubjectsOfJoinedClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  for (let verb = 3; verb < parse.head.length; verb += 1) {
    if (parse.upos[verb] !== 'VERB' || parse.deprel[verb] !== 'conj' || childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!))) continue;
    let cc = verb - 1;
    while (cc > 0 && !(JOINING_WORDS.has(parse.lemma[cc]!.toLowerCase()) && parse.lemma[cc - 1] === ',')) cc -= 1;
    if (cc <= 0 || verb - cc > 12) continue;
    const heads: number[] = [];
    let fits = true;
    for (let t = cc + 1; t < verb && fits; t += 1) {
      const governor = parse.head[t]!;
      if (governor === verb) fits = /^(?:aux|advmod)/.test(parse.deprel[t]!);
      else if (governor < cc + 1 || governor >= verb) heads.push(t);
    }
    const subject = heads[0];
    if (!fits || heads.length !== 1 || subject === undefined || parse.head[subject]! >= cc || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[subject]!)) continue;
    const passive = childrenIn(parse, verb).some((t) => parse.deprel[t] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    if (parse.head[cc] === subject) mended.attach(cc, verb, 'cc');
  }
  return mended.result();
}

/** Verbs that are auxiliaries too ("got fired", "have reviewed"). */
const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'get', 'go', 'keep', 'become']);

/**
 * "A's government pardoned jailed economist B" read with "pardoned" a passive auxiliary of "jailed": a word the tagger
 * read as a verb is no auxiliary, so it is the clause's verb, and the participle after it describes its object (or,
 * with none, is its complement).
 */
export function withVerbsReadAsAuxiliaries(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, verb) => {
    const participle = verb + 1;
    if (parse.upos[verb] !== 'VERB' || AUXILIARY_LEMMAS.has(parse.lemma[verb]!.toLowerCase()) || !relation.startsWith('aux') || parse.head[verb] !== participle || parse.upos[participle] !== 'VERB' || !/(?:ed|en)$/i.test(forms[participle] ?? '')) return;
    mended.attach(verb, parse.head[participle]!, parse.deprel[participle]!);
    // The participle's object is the verb's, which the participle describes; the rest of the participle's is the verb's.
    const own = childrenIn(parse, participle);
    // (Or a bare noun the parser made its agent: "jailed economist B" read as jailed by B, with no "by".)
    const bare = (t: number) => parse.deprel[t]!.startsWith('obl') && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case');
    const object = own.find((t) => t > participle && (parse.deprel[t] === 'obj' || bare(t)) && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (object === undefined) mended.attach(participle, verb, 'xcomp');
    else {
      mended.attach(participle, object, 'amod');
      mended.attach(object, verb, 'obj');
    }
    for (const t of own) if (t !== object && (t < verb || object !== undefined || parse.deprel[t] === 'punct')) mended.attach(t, verb, parse.deprel[t] === 'nsubj:pass' ? 'nsubj' : parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "summoned B's acting ambassador", "met B's visiting foreign minister" read with the participle as a clause of the
 * verb and the noun its object: a participle owned by a name cannot be a clause's verb, so it describes the noun
 * after it, which is the verb's object and the name's (or its oblique, with the participle's preposition: "was
 * expelled from B's ruling A Party").
 */
export function withPossessedParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (parse.upos[participle] !== 'VERB' || !/(?:ing|ed)$/i.test(forms[participle] ?? '') || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB') return;
    if (!['ccomp', 'advcl', 'xcomp', 'conj'].includes(relation) || childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    const own = childrenIn(parse, participle);
    const owner = own.find((t) => t < participle && parse.deprel[t] === 'nmod:poss' && parse.upos[t] === 'PROPN');
    const object = own.find((t) => t > participle && parse.deprel[t] === 'obj' && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (owner === undefined || object === undefined) return;
    // Only the noun's own modifiers between them ("visiting foreign minister").
    for (let t = participle + 1; t < object; t += 1) if (parse.head[t] !== object) return;
    const preposition = own.find((t) => t < owner && parse.deprel[t] === 'case');
    mended.attach(object, verb, preposition === undefined ? 'obj' : 'obl');
    if (preposition !== undefined) mended.attach(preposition, object, 'case');
    mended.attach(participle, object, 'amod');
    mended.attach(owner, object, 'nmod:poss');
    for (const t of own) if (t > object) mended.attach(t, verb, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "… amid rising tensions with B" read as a clause "amid" opens, "rising" its verb and the tensions its object: "amid"
 * opens no clause, so the participle describes the noun after it, which "amid" governs where the clause hung.
 */
export function withParticiplesAmidNouns(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const head = parse.head[participle]!;
    if (upos !== 'VERB' || head < 0 || !/ing$/i.test(forms[participle] ?? '')) return;
    const amid = childrenIn(parse, participle).find((t) => t < participle && parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'amid');
    const noun = childrenIn(parse, participle).find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    if (amid === undefined || noun === undefined) return;
    mended.attach(noun, head, parse.upos[head] === 'VERB' ? 'obl' : 'nmod');
    mended.attach(amid, noun, 'case');
    mended.attach(participle, noun, 'amod');
  });
  return mended.result();
}

/**
 * A participle right after an object-less verb that the parser read as a second verb ("urged newly elected
 * president A to act", with A the agent of "elected"; "imposed targeted sanctions on B", with the sanctions
 * "targeted"'s object) describes the verb's object.
 */
export function withParticiplesBeforeObjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (!['conj', 'xcomp', 'ccomp'].includes(relation) || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB' || parse.upos[participle] !== 'VERB') return;
    // (An -ing form only after a verb of sending, which takes no -ing complement: "dispatched firefighting aircraft".)
    const sending = GIVING_VERBS.has(parse.lemma[verb]!.toLowerCase()) && relation === 'xcomp';
    if (!/(?:ed|en|wn)$/i.test(forms[participle] ?? '') && !(sending && /ing$/i.test(forms[participle] ?? ''))) return;
    const own = childrenIn(parse, participle);
    // Only adverbs between the two verbs ("newly"), the object's number ("delivered 12 decommissioned boats") or the
    // verb's particle ("called off scheduled talks"), no "and" or comma joining them, and nothing else that is the
    // verb's object.
    const counts: number[] = [];
    for (let t = verb + 1; t < participle; t += 1) {
      if (parse.head[t] === verb && parse.deprel[t] === 'compound:prt') continue;
      if (parse.head[t] !== participle || !['advmod', 'nummod'].includes(parse.deprel[t]!)) return;
      if (parse.deprel[t] === 'nummod') counts.push(t);
    }
    if (own.some((t) => parse.deprel[t] === 'cc' || parse.deprel[t] === 'punct' || /^nsubj/.test(parse.deprel[t]!))) return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    // What the participle seemed to govern after its object is the verb's ("delivered 12 decommissioned boats to B",
    // "imposed targeted sanctions on B's leaders").
    const sent = own.find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    // (A time phrase after the object is the verb's: "pardoned jailed economist A on Thursday".)
    const timed = (t: number) => parse.deprel[t] === 'obl' && TIME_NOUNS.has(parse.lemma[t]!.toLowerCase());
    const nominals = sent !== undefined ? [sent] : own.filter((t) => t > participle && ['PROPN', 'NOUN'].includes(parse.upos[t]!) && /^(?:obl|obj|xcomp)/.test(parse.deprel[t]!) && !timed(t));
    if (nominals.length !== 1 || (sent === undefined && own.some((t) => t > participle && !nominals.includes(t) && !timed(t)))) return;
    const object = nominals[0]!;
    mended.attach(object, verb, 'obj');
    mended.attach(participle, object, 'amod');
    for (const t of counts) mended.attach(t, object, 'nummod');
    for (const t of own) if (t > object && (sent !== undefined || timed(t))) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "Rioters loyal to B torched tyres" read with the adjective as the sentence's predicate and the verb a clause under
 * it: an adjective with a phrase of its own right after a subject, with no copula, describes the subject; a past
 * verb after it with no subject or marker of its own is the subject's.
 */
export function withAdjectivePhrasesOfSubjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, adjective) => {
    if (upos !== 'ADJ') return;
    const own = childrenIn(parse, adjective);
    const subject = own.find((t) => t === adjective - 1 && parse.deprel[t] === 'nsubj' && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (subject === undefined || own.some((t) => /^(?:cop|aux|mark)/.test(parse.deprel[t]!)) || !own.some((t) => t > adjective && parse.deprel[t] === 'obl')) return;
    const verb = own.find((t) => t > adjective && parse.upos[t] === 'VERB' && /^(?:advcl|conj|parataxis|ccomp)$/.test(parse.deprel[t]!) && /ed$/.test(forms[t] ?? ''));
    if (verb === undefined || childrenIn(parse, verb).some((c) => /^(?:nsubj|csubj|expl|mark|aux|cc)/.test(parse.deprel[c]!))) return;
    mended.attach(verb, parse.head[adjective]!, parse.deprel[adjective]!);
    mended.attach(subject, verb, 'nsubj');
    mended.attach(adjective, subject, 'amod');
    // What hung on the adjective after the verb is the verb's ("… in protest at B's decision", the final stop).
    for (const t of own) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * A past participle right after a noun, with its "by" agent, that the parser read as the sentence's verb ("The
 * fishermen released by A to B had spent four years in jail", "Two boats handed over by A to B are to be used …")
 * describes the noun, where a later verb has no subject: that verb is the noun's.
 */
export function withReducedRelatives(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let participle = 1; participle < n - 2; participle += 1) {
    if (parse.upos[participle] !== 'VERB' || !/^(?:root|advcl|ccomp)$/.test(parse.deprel[participle]!)) continue;
    const own = childrenIn(parse, participle);
    // (The noun may also have been read as a compound of the participle: "A tanker owned by A was seized …".)
    const subject = own.find((t) => t === participle - 1 && (parse.deprel[t] === 'nsubj' || parse.deprel[t] === 'compound') && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (subject === undefined || own.some((t) => /^aux/.test(parse.deprel[t]!))) continue;
    // Its "by" phrase, right after it or after its particle and other phrases ("granted to A by B"), under it.
    let by = participle + 1;
    while (by < n && by < participle + 10 && parse.lemma[by]!.toLowerCase() !== 'by' && !/^(?:VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(parse.upos[by]!)) by += 1;
    if (parse.lemma[by]?.toLowerCase() !== 'by' || parse.deprel[by] !== 'case') continue;
    const agent = parse.head[by]!;
    if (!reaches(parse, agent, participle, 4) || agent <= by) continue;
    // The later verb with no subject: the participle's own conjunct without "and", or the verb it was hung on.
    // (Or a clause hung on it whose verb has an auxiliary of its own: "… handed over by A to B are to be used".)
    const unjoined = (t: number) => !childrenIn(parse, t).some((c) => /^(?:cc|nsubj|csubj|expl)/.test(parse.deprel[c]!) || (parse.deprel[c] === 'punct' && c < t));
    // (Or, read as its complement, a verb with no marker that acts on something: "An airstrike carried out by A on a
    // camp of B killed dozens".)
    const finite = (t: number) => {
      const governed = childrenIn(parse, t);
      if (/^(?:advcl|ccomp|parataxis)$/.test(parse.deprel[t]!) && governed.some((c) => /^aux/.test(parse.deprel[c]!))) return true;
      return /^(?:xcomp|advcl)$/.test(parse.deprel[t]!) && !/ing$/.test(forms[t] ?? '') && governed.some((c) => parse.deprel[c] === 'obj') && !governed.some((c) => parse.deprel[c] === 'mark');
    };
    const conjunct = own.find((t) => t > agent && (parse.deprel[t] === 'conj' || finite(t)) && parse.upos[t] === 'VERB' && unjoined(t));
    const governor = parse.head[participle]!;
    const verb = conjunct ?? (governor > agent && parse.upos[governor] === 'VERB' && !childrenIn(parse, governor).some((c) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[c]!)) ? governor : -1);
    if (verb < 0) continue;
    const mended = reattachments(parse);
    if (verb === conjunct) mended.attach(verb, governor, parse.deprel[participle]!);
    // The noun's own words before it that the parser hung on the participle ("A tanker") go back to it.
    for (const t of own) if (t < subject) mended.attach(t, subject, parse.deprel[t]!);
    const passive = childrenIn(parse, verb).some((c) => parse.deprel[c] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    mended.attach(participle, subject, 'acl');
    mended.attach(agent, participle, 'obl:agent');
    // What followed the subject and hung on the participle, the sentence's final punctuation, goes to the verb.
    for (const t of own) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    return mended.result();
  }
  return parse;
}

/**
 * "A trafficker wanted in B was extradited to C" read with "wanted" as the sentence's verb and "was extradited" its
 * conjunct with no "and": a past participle right after a noun (or between commas after a name: "A, wanted in B, was
 * extradited"), with no object, followed by a verb with an auxiliary of its own (or a past tense with an object) and
 * no subject or "and", describes the noun, and the later verb takes its place, the noun its subject.
 */
export function withReducedRelativesBeforeAuxiliaries(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let participle = 1; participle < n - 2; participle += 1) {
    if (parse.upos[participle] !== 'VERB' || !/^(?:root|ccomp)$/.test(parse.deprel[participle]!) || !/(?:ed|en)$/.test(forms[participle] ?? '')) continue;
    const own = childrenIn(parse, participle);
    // (Or between commas after a name: "A, wanted in B on fraud charges, was extradited to C".)
    const enclosed = forms[participle - 1] === ',';
    const subject = own.find((t) => parse.deprel[t] === 'nsubj' && (enclosed ? ['NOUN', 'PROPN'].includes(parse.upos[t]!) && t < participle - 1 && forms.slice(t + 1, participle - 1).every((_, k) => reaches(parse, t + 1 + k, t, 3)) : t === participle - 1 && parse.upos[t] === 'NOUN'));
    if (subject === undefined || own.some((t) => /^(?:aux|obj|iobj|ccomp|xcomp|mark)/.test(parse.deprel[t]!))) continue;
    const verb = own.find((t) => t > participle && (parse.deprel[t] === 'conj' || (parse.deprel[t] === 'advcl' && /ed$/.test(forms[t] ?? ''))) && parse.upos[t] === 'VERB');
    if (verb === undefined) continue;
    const governed = childrenIn(parse, verb);
    if (parse.deprel[verb] === 'advcl' && governed.some((c) => /^(?:aux|mark)/.test(parse.deprel[c]!))) continue;
    const auxiliaries = governed.filter((c) => /^aux/.test(parse.deprel[c]!));
    // (Or, with no auxiliary, a past tense acting on something right after the participle's phrases: "Teachers
    // affiliated with B staged a strike …".)
    const acting = !auxiliaries.length && !enclosed && /ed$/.test(forms[verb] ?? '') && governed.some((c) => parse.deprel[c] === 'obj') && own.some((t) => t > participle && t < verb && parse.deprel[t] === 'obl');
    const verbStart = auxiliaries.length ? Math.min(...auxiliaries) : verb;
    const closing = enclosed ? verbStart - 1 : -1;
    if (enclosed && forms[closing] !== ',') continue;
    if ((!auxiliaries.length && !acting) || governed.some((c) => /^(?:cc|nsubj|csubj|expl)/.test(parse.deprel[c]!) || (parse.deprel[c] === 'punct' && c < verb && c !== closing))) continue;
    // Nothing but the participle's own phrases between it and the later verb's auxiliary (commas only inside a list:
    // "aircraft loaded with tents, blankets and medicine were sent to C"), and the comma that closes them.
    const inList = (t: number) => parse.upos[t] !== 'PUNCT' || parse.deprel[parse.head[t]!] === 'conj' || t === closing;
    if (!forms.slice(participle + 1, verbStart).every((_, k) => (participle + 1 + k === closing || reaches(parse, participle + 1 + k, participle, 4)) && inList(participle + 1 + k))) continue;
    const mended = reattachments(parse);
    mended.attach(verb, parse.head[participle]!, parse.deprel[participle]!);
    const passive = auxiliaries.some((c) => parse.deprel[c] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    mended.attach(participle, subject, 'acl');
    for (const t of own) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
    for (const t of own) if (t < subject) mended.attach(t, subject, parse.deprel[t]!);
    if (enclosed) {
      mended.attach(participle - 1, participle, 'punct');
      mended.attach(closing, participle, 'punct');
    }
    return mended.result();
  }
  return parse;
}

/**
 * "B, where A has ruled since 2007, confiscated C" read with the relative clause as the sentence's main verb (or B as
 * its root and the clause beside it) and the verb after the second comma its conjunct: a clause opened by "where"
 * right after a name and its comma describes the name, and the later verb with no subject of its own is the
 * sentence's, the name its subject.
 */
export function withPlacesBeforeRelativeClauses(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let where = 2; where < n - 3; where += 1) {
    if ((forms[where] ?? '').toLowerCase() !== 'where' || forms[where - 1] !== ',' || parse.deprel[where] !== 'advmod') continue;
    const place = where - 2;
    const clause = parse.head[where]!;
    if (!['PROPN', 'NOUN'].includes(parse.upos[place]!) || clause < where || parse.upos[clause] !== 'VERB') continue;
    const root = parse.head.indexOf(-1);
    if (root !== place && root !== clause) continue;
    if (root === place ? parse.head[clause] !== place : parse.head[place] !== clause) continue;
    const verb = childrenIn(parse, clause).find((t) => t > clause && ['conj', 'xcomp', 'parataxis'].includes(parse.deprel[t]!) && parse.upos[t] === 'VERB' && forms[t - 1] === ',');
    if (verb === undefined || childrenIn(parse, verb).some((c) => /^(?:nsubj|csubj|expl|cc)/.test(parse.deprel[c]!))) continue;
    const mended = reattachments(parse);
    mended.attach(verb, -1, 'root');
    mended.attach(place, verb, 'nsubj');
    mended.attach(clause, place, 'acl:relcl');
    for (const owner of [place, clause]) for (const t of childrenIn(parse, owner)) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
    return mended.result();
  }
  return parse;
}

/**
 * "A returned two B fishing boats to C" read with "fishing" a clause, "B" its subject and the boats its object: an
 * "-ing" word with only a name or a count before it and its object right after it describes that noun, which takes
 * the clause's place and the words before it.
 */
export function withGerundsBeforeNouns(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, gerund) => {
    const noun = gerund + 1;
    const head = parse.head[gerund]!;
    if (upos !== 'VERB' || !/ing$/i.test(forms[gerund] ?? '') || head < 0 || parse.upos[noun] !== 'NOUN') return;
    const before = childrenIn(parse, gerund).filter((t) => t < gerund);
    // (A name or a count; an adjective may describe the "-ing" word itself: "fast serving restaurants".)
    const describing = (t: number) => (parse.upos[t] === 'PROPN' || parse.upos[t] === 'NUM') && /^(?:nsubj|mark|nummod|amod|compound)$/.test(parse.deprel[t]!);
    if (!before.length || !before.every(describing)) return;
    // (Read already as describing the noun, its words before it are the noun's too: "seized two B fishing boats".)
    if (head === noun && parse.deprel[gerund] === 'amod') {
      for (const t of before) mended.attach(t, noun, parse.upos[t] === 'NUM' ? 'nummod' : 'amod');
      return;
    }
    if (head > gerund || parse.head[noun] !== gerund || parse.deprel[noun] !== 'obj') return;
    // (The count the parser hung on the verb as its object belongs to the noun too: "returned two B fishing boats".)
    const count = gerund - before.length - 1;
    const stray = parse.upos[count] === 'NUM' && parse.head[count] === head && parse.deprel[count] === 'obj' ? [count] : [];
    mended.attach(noun, head, stray.length ? 'obj' : parse.deprel[gerund] === 'advcl' && parse.upos[head] === 'VERB' ? 'obj' : parse.deprel[gerund]!);
    mended.attach(gerund, noun, 'amod');
    for (const t of [...before, ...stray]) mended.attach(t, noun, parse.upos[t] === 'NUM' ? 'nummod' : 'amod');
    for (const t of childrenIn(parse, gerund)) if (t > noun) mended.attach(t, head, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "The ruling B Party expelled C", "rallied against the ruling B Party", read with "ruling" a clause and the party its
 * object: an "-ing" word right after an article, with the noun phrase right after it as its object, describes that
 * noun, which takes the word's place in the sentence ("the ruling party", "the governing coalition").
 */
export function withGerundsAfterArticles(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, gerund) => {
    const head = parse.head[gerund]!;
    const relation = parse.deprel[gerund]!;
    // (A clause opened by a preposition is a phrase: "against the ruling party" read as an adverbial clause.)
    const cased = childrenIn(parse, gerund).some((c) => c < gerund && parse.deprel[c] === 'case');
    const nominal = /^(?:csubj|nsubj|obj|obl|nmod|conj)$/.test(relation) || (cased && (relation === 'advcl' || relation === 'acl'));
    if (upos !== 'VERB' || !/ing$/i.test(forms[gerund] ?? '') || head < 0 || !nominal) return;
    const article = gerund - 1;
    if (article < 0 || parse.upos[article] !== 'DET' || ![gerund, head].includes(parse.head[article]!)) return;
    const own = childrenIn(parse, gerund);
    const noun = own.find((c) => c > gerund && parse.deprel[c] === 'obj' && ['NOUN', 'PROPN'].includes(parse.upos[c]!));
    // (As a subject, of a verb after it that has no other.)
    const subject = relation === 'csubj' || relation === 'nsubj';
    const subjectTaken = subject && (head < gerund || childrenIn(parse, head).some((c) => c !== gerund && /^nsubj/.test(parse.deprel[c]!)));
    if (noun === undefined || firstIn(parse, noun) !== gerund + 1 || subjectTaken) return;
    mended.attach(noun, head, ({ csubj: 'nsubj', advcl: 'obl', acl: 'nmod' } as Record<string, string>)[relation] ?? relation);
    mended.attach(gerund, noun, 'amod');
    mended.attach(article, noun, 'det');
    // (Its preposition and the rest of its phrase go with the noun: "against the ruling party".)
    for (const c of own) if (c !== noun && c !== article) mended.attach(c, noun, parse.deprel[c]!);
  });
  return mended.result();
}

/**
 * "demanded that B free three truck drivers" read with the noun as the clause's head, its subject and the verb under
 * it: a clause's verb between its subject and the noun is its head, and the noun what it acts on.
 */
export function withVerbsOfNounClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    const noun = parse.head[verb]!;
    if (upos !== 'VERB' || noun <= verb || !['obl', 'nmod', 'compound'].includes(parse.deprel[verb]!) || parse.upos[noun] !== 'NOUN' || !['ccomp', 'advcl'].includes(parse.deprel[noun]!)) return;
    const own = childrenIn(parse, noun);
    const subject = own.find((t) => t < verb && parse.deprel[t] === 'nsubj');
    const marker = own.find((t) => t < (subject ?? verb) && parse.deprel[t] === 'mark');
    if (subject === undefined || marker === undefined || childrenIn(parse, verb).length) return;
    // The clause belongs to the verb right before its "that" ("B said A demanded that C free …"), where there is one.
    const governor = parse.upos[marker - 1] === 'VERB' ? marker - 1 : parse.head[noun]!;
    mended.attach(verb, governor, governor === marker - 1 ? 'ccomp' : parse.deprel[noun]!);
    mended.attach(subject, verb, 'nsubj');
    mended.attach(marker, verb, 'mark');
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A freed four jailed B nationals" read with the number as the object and the participle as a complement acting on
 * the people: a number right before a participle whose object follows counts that object, which is the verb's, and
 * the participle describes it (what followed the object goes back to the verb: "… on Friday").
 */
export function withNumbersBeforeParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, number) => {
    const verb = parse.head[number]!;
    const participle = number + 1;
    if (relation !== 'obj' || parse.upos[number] !== 'NUM' || verb < 0 || verb > number || parse.upos[verb] !== 'VERB') return;
    if (childrenIn(parse, number).length || parse.head[participle] !== verb || parse.deprel[participle] !== 'xcomp' || !/(?:ed|en)$/.test(forms[participle] ?? '')) return;
    const own = childrenIn(parse, participle);
    const object = own.find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    if (object === undefined || own.some((t) => t < participle || (t < object && parse.deprel[t] !== 'amod' && parse.deprel[t] !== 'compound'))) return;
    mended.attach(object, verb, 'obj');
    mended.attach(number, object, 'nummod');
    mended.attach(participle, object, 'amod');
    for (const t of own) if (t > object) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "A freed 32 B soldiers captured during the war" read as a clause, the soldiers the subject of "captured": a past
 * participle with no object, auxiliary or marker of its own, whose subject right after a verb of acting on a party
 * (one the event lexicon knows with an object) stands where that verb's object would, describes the noun, which
 * is the verb's object.
 */
export function withParticiplesAfterObjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (relation !== 'ccomp' || parse.upos[participle] !== 'VERB' || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB' || !/(?:ed|en)$/.test(forms[participle] ?? '')) return;
    if (!verbRelations(parse.lemma[verb]!).length || REPORTING_VERBS.has(parse.lemma[verb]!.toLowerCase()) || childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    const own = childrenIn(parse, participle);
    if (own.some((t) => /^(?:aux|obj|mark|expl|iobj|ccomp|xcomp)/.test(parse.deprel[t]!))) return;
    const subject = own.find((t) => t === participle - 1 && parse.deprel[t] === 'nsubj' && parse.upos[t] === 'NOUN');
    if (subject === undefined || phraseStart(parse, subject, childrenIn(parse, subject)) !== verb + 1) return;
    mended.attach(subject, verb, 'obj');
    mended.attach(participle, subject, 'acl');
  });
  return mended.result();
}

/**
 * "A staged large-scale live-fire exercises near …" read with "exercises" an agent (`obl:agent`) though no "by" opens
 * it: a noun phrase right after its verb, with no preposition, is the verb's object.
 */
export function withAgentsWithoutBy(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'obl:agent' || verb < 0 || verb > noun || parse.upos[noun] !== 'NOUN') return;
    // (No preposition anywhere between: "sold by B and C firms" hangs its "by" on a modifier.)
    for (let t = verb + 1; t < noun; t += 1) if (parse.upos[t] === 'ADP' || parse.deprel[t] === 'case') return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/** Comparatives that say where a thing is moved ("moved troops closer to the border"). */
const COMPARATIVES_OF_PLACE: ReadonlySet<string> = new Set(['closer', 'nearer', 'further', 'farther', 'deeper']);

/**
 * "A moved army units closer to the border with B" read as a clause of its own, the units the subject of "closer":
 * a comparative of place after a verb's noun, with that noun as its subject (or read as describing it), says where
 * the verb moves it; the noun is the verb's object, the comparative its modifier and its phrases ("to the border")
 * the verb's.
 */
export function withComparativesOfPlace(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, comparative) => {
    const head = parse.head[comparative]!;
    if (!COMPARATIVES_OF_PLACE.has((forms[comparative] ?? '').toLowerCase()) || head < 0 || head > comparative) return;
    // (Or read as describing the object before it: "moved units closer to the line".)
    if (relation === 'amod' && parse.deprel[head] === 'obj' && parse.upos[parse.head[head]!] === 'VERB') {
      const mover = parse.head[head]!;
      mended.attach(comparative, mover, 'advmod');
      for (const t of childrenIn(parse, comparative)) if (t > comparative && parse.deprel[t] === 'obl') mended.attach(t, mover, 'obl');
      return;
    }
    const verb = head;
    if (parse.upos[verb] !== 'VERB' || !['conj', 'xcomp', 'ccomp', 'advcl', 'parataxis'].includes(relation)) return;
    const own = childrenIn(parse, comparative);
    const subject = own.find((t) => t > verb && t < comparative && parse.deprel[t] === 'nsubj' && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (subject === undefined || childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    mended.attach(subject, verb, 'obj');
    mended.attach(comparative, verb, 'advmod');
    for (const t of own) if (t > comparative && parse.deprel[t] === 'obl') mended.attach(t, verb, 'obl');
  });
  return mended.result();
}

/**
 * "A staged a strike against a pension reform drafted by B" read with "drafted" an adverbial clause of "staged": a
 * past participle right after a noun of the verb's own phrases, with a "by" agent and no subject, auxiliary, marker or
 * object of its own, describes the noun, as "the accusations made by B" does.
 */
export function withAgentParticiplesOnNouns(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    const noun = participle - 1;
    if (relation !== 'advcl' || parse.upos[participle] !== 'VERB' || verb < 0 || verb > noun || parse.upos[noun] !== 'NOUN' || !/(?:ed|en)$/.test(forms[participle] ?? '')) return;
    if (!reaches(parse, noun, verb, 3)) return;
    const own = childrenIn(parse, participle);
    if (own.some((t) => /^(?:nsubj|aux|obj|mark|expl|iobj|cop|ccomp|xcomp)/.test(parse.deprel[t]!))) return;
    if (!own.some((t) => t > participle && (parse.deprel[t] === 'obl:agent' || (parse.deprel[t] === 'obl' && childrenIn(parse, t).some((c) => parse.lemma[c]!.toLowerCase() === 'by'))))) return;
    mended.attach(participle, noun, 'acl');
  });
  return mended.result();
}

/**
 * "B army warplanes bombed positions held by C" read as one noun phrase, the verb an adjective of the positions and
 * the positions the warplanes' object: a noun takes no object, so the past tense between them is the verb, the noun
 * before it its subject and the one after its object (with what followed the object, "… on Monday"); so too where the
 * noun before was read as the object's possessor with no "'s", or the two nouns as the subject and the complement of
 * the verb of saying after them.
 */
export function withVerbsReadAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  // "B warplanes struck positions of C …, the ministry said" read with the warplanes as the saying's subject and the
  // positions as what is said: the verb between them is what is said, theirs.
  parse.deprel.forEach((relation, verb) => {
    const object = parse.head[verb]!;
    const subject = verb - 1;
    const saying = parse.head[subject]!;
    if (relation !== 'amod' || parse.upos[verb] !== 'VERB' || object !== verb + 1 || saying < object || parse.deprel[subject] !== 'nsubj' || !['NOUN', 'PROPN'].includes(parse.upos[subject]!)) return;
    if (parse.head[object] !== saying || parse.deprel[object] !== 'ccomp' || !REPORTING_VERBS.has(parse.lemma[saying]!.toLowerCase())) return;
    if (!childrenIn(parse, saying).some((t) => t > object && /^nsubj/.test(parse.deprel[t]!))) return;
    mended.attach(verb, saying, 'ccomp');
    mended.attach(subject, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
  });
  parse.deprel.forEach((relation, object) => {
    const noun = parse.head[object]!;
    if (relation !== 'obj' || noun < 0 || noun > object || parse.upos[noun] !== 'NOUN') return;
    const verb = childrenIn(parse, object).find((t) => t === noun + 1 && parse.deprel[t] === 'amod' && parse.upos[t] === 'VERB' && /ed$/.test(forms[t] ?? ''));
    if (verb === undefined) return;
    // (Only the object's own words between them; and a plural subject or a determined object: "a family owned
    // company" is one phrase.)
    for (let t = verb + 1; t < object; t += 1) if (parse.head[t] !== object || !['det', 'amod', 'compound', 'nummod', 'nmod:poss'].includes(parse.deprel[t]!)) return;
    if (!/s$/.test(forms[noun] ?? '') && !childrenIn(parse, object).some((t) => t > verb && t < object && ['det', 'nummod', 'nmod:poss'].includes(parse.deprel[t]!))) return;
    mended.attach(verb, parse.head[noun]!, parse.deprel[noun]!);
    mended.attach(noun, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
    for (const t of childrenIn(parse, noun)) if (t > object) mended.attach(t, verb, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
  });
  // Or with the noun before the verb read as the object's possessor, though it has no "'s": "B rebels shelled
  // positions of C".
  parse.deprel.forEach((relation, noun) => {
    const object = parse.head[noun]!;
    const verb = noun + 1;
    if (relation !== 'nmod:poss' || object <= verb || parse.upos[noun] !== 'NOUN' || !/s$/.test(forms[noun] ?? '') || childrenIn(parse, noun).some((t) => parse.deprel[t] === 'case')) return;
    if (parse.head[verb] !== object || parse.deprel[verb] !== 'amod' || parse.upos[verb] !== 'VERB' || !/ed$/.test(forms[verb] ?? '')) return;
    for (let t = verb + 1; t < object; t += 1) if (parse.head[t] !== object || !['det', 'amod', 'compound', 'nummod'].includes(parse.deprel[t]!)) return;
    mended.attach(verb, parse.head[object]!, parse.deprel[object]!);
    mended.attach(noun, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
  });
  return mended.result();
}

/**
 * A sentence that opens with a name and a relative clause between commas ("A, which has sought X, struck a deal
 * with B"), whose verb after the closing comma the parser hung inside the clause or on the name: that verb is
 * the name's predicate, and the clause describes the name.
 */
export function withPredicatesAfterRelatives(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  // The opening name: its phrase's last word before the comma (words before it all hang inside the phrase).
  const name = parse.lemma.indexOf(',') - 1;
  if (name < 0 || !['PROPN', 'NOUN'].includes(parse.upos[name]!) || !RELATIVE_PRONOUNS.has(parse.lemma[name + 2]?.toLowerCase() ?? '') && parse.lemma[name + 2]?.toLowerCase() !== 'whose') return parse;
  for (let t = 0; t < name; t += 1) if (parse.head[t]! < 0 || parse.head[t]! > name) return parse;
  const clause = name + 2;
  for (let comma = clause + 2; comma < n - 1; comma += 1) {
    if (parse.lemma[comma] !== ',') continue;
    let verb = comma + 1;
    while (verb < n && verb < comma + 4 && /^(?:AUX|ADV|PART)$/.test(parse.upos[verb]!)) verb += 1;
    if (parse.upos[verb] !== 'VERB') continue;
    const own = childrenIn(parse, verb);
    // A participle that describes the name ("…, backed by B, attacked C") is no predicate; nor a verb with a subject.
    if (own.some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!)) || (!own.some((t) => t < verb && /^aux/.test(parse.deprel[t]!)) && parse.lemma[verb + 1]?.toLowerCase() === 'by')) return parse;
    // Nor a gerund standing alone ("…, agreeing.").
    if (own.length === 0 && /ing$/.test(forms[verb] ?? '')) return parse;
    const mended = reattachments(parse);
    const relative = parse.head.findIndex((head, t) => t > clause - 1 && t < comma && parse.upos[t] === 'VERB' && (head < clause || head > comma));
    const governor = parse.head[verb]!;
    if (governor === name || (governor > name && governor < comma) || governor < 0) mended.attach(verb, parse.head[name]!, parse.deprel[name]!);
    else if (parse.deprel[verb] === 'advcl' && REPORTING_VERBS.has(parse.lemma[governor]!.toLowerCase())) mended.attach(verb, governor, 'ccomp');
    const passive = own.some((t) => parse.deprel[t] === 'aux:pass');
    mended.attach(name, verb, passive ? 'nsubj:pass' : 'nsubj');
    if (relative >= 0) mended.attach(relative, name, 'acl:relcl');
    parse.head.forEach((head, t) => {
      if (head === name && t > comma) mended.attach(t, verb, parse.deprel[t]!);
    });
    return mended.result();
  }
  return parse;
}

/**
 * "By" and a verb's -ing form tell how an act was done, not which thing it was done to: "weakened the region by
 * supporting B" is the weakening's means (advcl), which the parser hung on "region" as a clause describing it.
 */
export function withMeansOnVerbs(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, means) => {
    const noun = parse.head[means]!;
    if (relation !== 'acl' || noun < 0 || parse.upos[noun] !== 'NOUN' || !/ing$/.test(forms[means] ?? '')) return;
    if (!childrenIn(parse, means).some((t) => parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'by')) return;
    const verb = verbAbove(parse, means);
    if (verb >= 0) mended.attach(means, verb, 'advcl');
  });
  return mended.result();
}
