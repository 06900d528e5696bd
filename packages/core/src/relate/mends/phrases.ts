/**
 * Mends of phrases: where a preposition's phrase, an object or a receiver belongs when the parser hung it on a
 * time, a round, a measure, a particle, an agent or the wrong noun, and objects read as obliques or conjuncts.
 */
import type { TokenParse } from '../../nlp/parse/index.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import { nounRelations, verbRelations } from '../event-lexicon.js';
import { ADVERB_PREPOSITIONS, AID_MODIFIERS, CONTACT_MEANS, CROSSING_NOUNS, DELEGATE_NOUNS, ECONOMIC_PRESSURE_NOUNS, ENVOY_NOUNS, FRONT_NOUNS, GIFT_VERBS, GIVING_BACK_PARTICLES, GIVING_BACK_VERBS, GIVING_VERBS, CARRYING_VERBS, HOLDING_PARTICIPLES, RETURNING_VERBS, isAidNoun, isPersonNoun, MANNER_EVENTS, MUTUAL_EVENTS, PHRASAL_VERB_SENSES, RESTRICTION_NOUNS, ROUND_NOUNS, SET_ADVERBIAL_NOUNS, SUPPLYING_VERBS, TIME_NOUNS } from '../syntax-words.js';
import { caseOf, childrenIn, firstIn, isBareOblique, lastIn, phraseStart, reaches, reattachments, verbAbove } from './tree-edits.js';

/**
 * A phrase the parser hung on a time ("met on Monday with B", "signed in May with B") belongs to the verb the
 * time goes with: a day, a month or a part of the day takes no complement of its own.
 */
export function withPhrasesOffTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((time, token) => {
    if (time < 0 || time > token || !TIME_NOUNS.has(parse.lemma[time]!.toLowerCase())) return;
    const verb = parse.head[time]!;
    if (verb < 0 || parse.upos[verb] !== 'VERB' || !/^obl/.test(parse.deprel[time]!)) return;
    if (parse.deprel[token] === 'nmod') mended.attach(token, verb, 'obl');
    // So does a clause read as describing the time: "A alleged on Tuesday that B had been behind …" is what A alleged,
    // its "that" no relative pronoun.
    const that = time + 1;
    // (Not where "that" is the clause's subject: "an announcement this year that formalizes …".)
    const ownSubject = childrenIn(parse, token).some((c) => c !== that && /^nsubj/.test(parse.deprel[c]!));
    if (/^acl/.test(parse.deprel[token]!) && parse.lemma[that]?.toLowerCase() === 'that' && ownSubject && reaches(parse, that, token, 4)) {
      mended.attach(token, verb, 'ccomp');
      mended.attach(that, token, 'mark');
    }
  });
  return mended.result();
}

/**
 * A phrase the parser hung on the noun of a set adverbial ("issued a warrant in absentia for B", "met in person
 * with B") belongs to what the adverbial goes with: "in absentia", "in person" take no complement of their own.
 */
export function withPhrasesOffSetAdverbials(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((adverbial, token) => {
    if (adverbial < 0 || adverbial > token || parse.deprel[token] !== 'nmod' || !SET_ADVERBIAL_NOUNS.has(parse.lemma[adverbial]!.toLowerCase()) || caseOf(parse, adverbial) !== 'in') return;
    const governor = parse.head[adverbial]!;
    if (governor >= 0) mended.attach(token, governor, parse.upos[governor] === 'VERB' ? 'obl' : 'nmod');
  });
  return mended.result();
}

/**
 * "looting shops in protest against B's victory", "in support of B" read with the party's phrase on a verb or a noun
 * before it: the manner phrase "in protest against", "in support of" is set, and the phrase right after it is the
 * manner noun's.
 */
export function withPartiesOfMannerPhrases(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((holder, marker) => {
    const manner = marker - 1;
    if (holder < 0 || parse.deprel[marker] !== 'case' || manner < 1 || parse.upos[manner] !== 'NOUN' || holder === manner) return;
    if (parse.lemma[manner - 1]?.toLowerCase() !== 'in' || parse.head[manner - 1] !== manner) return;
    if (!MANNER_EVENTS.has(`${parse.lemma[manner]!.toLowerCase()} ${parse.lemma[marker]!.toLowerCase()}`)) return;
    if (!reaches(parse, manner, holder, 10)) mended.attach(holder, manner, 'nmod');
  });
  return mended.result();
}

/**
 * "a wave of strikes on B's grid", "a new round of talks with B" read with the party's phrase on the round: a round
 * or series of an event takes no party of its own; the phrase after its event is the event's.
 */
export function withPhrasesOffRounds(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((round, phrase) => {
    if (round < 0 || parse.deprel[phrase] !== 'nmod' || !ROUND_NOUNS.has(parse.lemma[round]!.toLowerCase())) return;
    const event = childrenIn(parse, round).find((c) => c < phrase && parse.deprel[c] === 'nmod' && parse.upos[c] === 'NOUN' && caseOf(parse, c) === 'of');
    if (event !== undefined && ROUND_PARTY_PREPOSITIONS.has(caseOf(parse, phrase) ?? '')) mended.attach(phrase, event, 'nmod');
  });
  return mended.result();
}

/**
 * "restrictions on trade with B" read with "with B" on the restrictions: a measure on what crosses a border takes
 * the party at the border's other end through what crosses it; the phrase after it is its.
 */
export function withCrossingPartiesOffMeasures(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((measure, phrase) => {
    if (measure < 0 || parse.deprel[phrase] !== 'nmod' || !['with', 'to', 'from'].includes(caseOf(parse, phrase) ?? '')) return;
    const lemma = parse.lemma[measure]!.toLowerCase();
    if (!RESTRICTION_NOUNS.has(lemma) && !ECONOMIC_PRESSURE_NOUNS.has(lemma)) return;
    const crossing = childrenIn(parse, measure).find((c) => c < phrase && parse.deprel[c] === 'nmod' && caseOf(parse, c) === 'on' && CROSSING_NOUNS.has(parse.lemma[c]!.toLowerCase()));
    if (crossing !== undefined && childrenIn(parse, measure).every((c) => c <= crossing || c >= phrase)) mended.attach(phrase, crossing, 'nmod');
  });
  return mended.result();
}

/**
 * "airstrikes on positions held by B" read with "held by B" on the strikes: a participle of holding describes the
 * place or thing right before it, the noun of the event's phrase, not the event.
 */
export function withHoldingParticiplesOffEvents(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const event = parse.head[participle]!;
    if (relation !== 'acl' || event < 0 || parse.upos[participle] !== 'VERB' || !HOLDING_PARTICIPLES.has(parse.lemma[participle]!.toLowerCase())) return;
    const thing = childrenIn(parse, event).find((c) => c === participle - 1 && parse.deprel[c] === 'nmod' && parse.upos[c] === 'NOUN');
    if (thing !== undefined && nounRelations(parse.lemma[event]!.toLowerCase(), caseOf(parse, thing) ?? '').length) mended.attach(participle, thing, 'acl');
  });
  return mended.result();
}

/** Prepositions of a party to an event ("strikes on B", "talks with B"), not of its time or place. */
const ROUND_PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'with', 'between', 'to', 'into']);

/**
 * "A handed over the fugitives to B", "A brushed aside B's protests" read with the particle as a preposition: the
 * noun is the phrasal verb's object (a verb of giving back, or one of `PHRASAL_VERB_SENSES`); "A handed back three
 * ships to B" read with the thing given as an oblique with no preposition: what a verb of giving gives is its object.
 */
export function withThingsGivenAsObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    if (upos !== 'VERB') return;
    const lemma = parse.lemma[verb]!.toLowerCase();
    const own = childrenIn(parse, verb);
    if (own.some((c) => parse.deprel[c] === 'obj')) return;
    // (Or as a clause of its own with no verb: "handed over two mobile field hospitals to B", "hospitals" an adverbial clause.)
    const bareClause = (c: number) => parse.deprel[c] === 'advcl' && !childrenIn(parse, c).some((t) => ['mark', 'cop', 'nsubj', 'aux'].includes(parse.deprel[t]!));
    // (Or an amount: "wrote off $1.2 billion of debt".)
    const thing = own.find((c) => c > verb && (parse.deprel[c] === 'obl' || bareClause(c)) && ['NOUN', 'SYM'].includes(parse.upos[c]!) && !TIME_NOUNS.has(parse.lemma[c]!.toLowerCase()));
    if (thing === undefined) return;
    // (A preposition may hang on a number before the noun: "to 40 B fishermen".)
    const marker = [thing, ...childrenIn(parse, thing).filter((c) => c < thing && parse.deprel[c] === 'nummod')].flatMap((t) => childrenIn(parse, t)).filter((c) => parse.deprel[c] === 'case');
    const word = parse.lemma[verb + 1]?.toLowerCase() ?? '';
    const phrasal = GIVING_BACK_PARTICLES.has(word) || PHRASAL_VERB_SENSES.has(`${lemma} ${word}`);
    const particle = marker.length === 1 && marker[0] === verb + 1 && phrasal ? marker[0] : undefined;
    if (particle === undefined && (marker.length || !(GIVING_BACK_VERBS.has(lemma) || GIVING_VERBS.has(lemma) || RETURNING_VERBS.has(lemma)))) return;
    // (An amount only after a phrasal verb's particle: "paid over $1000" is a price.)
    if (parse.upos[thing] === 'SYM' && particle === undefined) return;
    if (particle !== undefined) mended.attach(particle, verb, 'compound:prt');
    mended.attach(thing, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A gave B military aid", "A offered B rescue teams", "A provided B with rifles" read with the name as a modifier of
 * the thing given: a name right after a verb of giving, before what it gives, receives it (furnished "with" it, it is
 * the verb's object).
 */
export function withReceiversOfGifts(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    const lemma = parse.lemma[verb]!.toLowerCase();
    if (upos !== 'VERB' || (!GIFT_VERBS.has(lemma) && !SUPPLYING_VERBS.has(lemma))) return;
    let end = parse.upos[verb + 1] === 'DET' ? verb + 2 : verb + 1;
    while (parse.upos[end] === 'PROPN') end += 1;
    const name = end - 1;
    const gift = parse.head[name]!;
    if (name <= verb || parse.upos[name] !== 'PROPN' || !['compound', 'amod'].includes(parse.deprel[name]!) || gift < end || parse.head[gift] !== verb || !['obj', 'obl'].includes(parse.deprel[gift]!)) return;
    const furnished = SUPPLYING_VERBS.has(lemma) && parse.lemma[end]!.toLowerCase() === 'with';
    if (parse.upos.slice(furnished ? end + 1 : end, gift).some((u) => u !== 'ADJ' && u !== 'DET' && u !== 'NOUN' && u !== 'NUM' && u !== 'SYM')) return;
    if (furnished) {
      mended.attach(name, verb, 'obj');
      return;
    }
    const aidedBy = (m: number) => parse.head[m] === gift && ['compound', 'amod'].includes(parse.deprel[m]!) && AID_MODIFIERS.has(parse.lemma[m]!.toLowerCase());
    if (!GIFT_VERBS.has(lemma) || parse.deprel[gift] !== 'obj' || !(isAidNoun(parse.lemma[gift]!.toLowerCase()) || parse.lemma.some((_, m) => aidedBy(m)))) return;
    mended.attach(name, verb, 'iobj');
  });
  return mended.result();
}

/** What a verb read with "to" does when it hands something over to the party after "to". */
const HANDING_OVER_TYPES: ReadonlySet<RelationType> = new Set(['COOPERATES_WITH', 'RELEASES']);

/**
 * "A donated 500,000 vaccine doses to B" read with "to B" on the doses: a name after "to" hung on what a verb of
 * giving gives is whom it is given to, the verb's oblique (a measure's goods too: "40 tonnes of maize to B"); so for
 * a verb the event lexicon reads with "to" as handing over ("extradited members of a gang to B"), and a name after "with" for a
 * verb read with "with" or an act done with another ("shared intelligence on militant movements with B").
 */
export function withReceiversAfterGifts(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, gift) => {
    const verb = parse.head[gift]!;
    if (relation !== 'obj' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const lemma = parse.lemma[verb]!.toLowerCase();
    const thing = parse.lemma[gift]!.toLowerCase();
    const prepositions: string[] = [];
    // (Of the verbs read with "to", those of handing over: "flew fighters to B" is no visit of B's.)
    if (GIVING_VERBS.has(lemma) || RETURNING_VERBS.has(lemma) || verbRelations(lemma, 'to').some((type) => HANDING_OVER_TYPES.has(type))) prepositions.push('to');
    if (verbRelations(lemma, 'with').length > 0 || MUTUAL_EVENTS.has(`${lemma} ${thing}`)) prepositions.push('with');
    if (prepositions.length === 0) return;
    // ("sent its ambassador to B": the envoy's title, not whom the envoy is given to.)
    if (DELEGATE_NOUNS.has(thing) || ENVOY_NOUNS.has(thing)) return;
    // What it is made of or about ("40 tonnes of maize", "intelligence on militant movements") or a place phrase
    // after it ("control of four villages in its northern province"; both also read as the verb's) may hold the name
    // too; so may the last of the things given ("flew tents, blankets and a medical team to B"), and what that one is
    // made of ("delivered armoured vehicles and a consignment of equipment to B").
    const joined = childrenIn(parse, gift).filter((t) => parse.deprel[t] === 'conj' && parse.upos[t] === 'NOUN');
    const goods = [...[gift, ...joined].flatMap((t) => childrenIn(parse, t)).filter((t) => parse.deprel[t] === 'nmod'), ...childrenIn(parse, verb).filter((t) => parse.deprel[t] === 'obl')].filter((t) => t > gift && caseOf(parse, t) !== undefined);
    // Or a participle that describes them, where it is no verb of carrying ("handed back sculptures looted in 1897 to
    // B", not "returned statues taken to B"): its oblique.
    const describing = (t: number) => {
      const verbLemma = parse.lemma[t]!.toLowerCase();
      return parse.deprel[t] === 'acl' && parse.upos[t] === 'VERB' && !forms[t]!.endsWith('ing') && !CARRYING_VERBS.has(verbLemma) && !GIVING_VERBS.has(verbLemma) && !verbRelations(verbLemma, 'to').length;
    };
    const described = childrenIn(parse, gift).filter(describing);
    for (const holder of [gift, ...joined, ...goods, ...described]) {
      for (const name of childrenIn(parse, holder)) {
        if (parse.deprel[name] !== (described.includes(holder) ? 'obl' : 'nmod') || parse.upos[name] !== 'PROPN' || name < gift) continue;
        const preposition = caseOf(parse, name);
        // (Not where the word it hangs on takes it itself: "signed a deal with B"; but one negotiates a deal with B
        // whatever the deal says: "negotiated a free trade agreement with B".)
        const negotiated = preposition === 'with' && verbRelations(lemma, 'with').includes('NEGOTIATES_WITH') && nounRelations(parse.lemma[holder]!.toLowerCase(), 'with').includes('AGREES_WITH');
        // (Nor where it takes it as the verb does: "delivered … a consignment of equipment to B" gives it to B.)
        const given = preposition === 'to' && GIVING_VERBS.has(lemma) && nounRelations(parse.lemma[holder]!.toLowerCase(), 'to').every((type) => type === 'AIDS');
        if (preposition === undefined || !prepositions.includes(preposition) || (!negotiated && !given && nounRelations(parse.lemma[holder]!.toLowerCase(), preposition).length > 0)) continue;
        // (Not a name after the place the thing goes to: "handed the keys to the gate to B".)
        if (preposition === 'to' && caseOf(parse, holder) === 'to') continue;
        mended.attach(name, verb, 'obl');
      }
    }
  });
  return mended.result();
}

/**
 * "played in the band B" read with B as a subject after its verb and "in" on a word of its name: a phrase a
 * preposition opens is no subject or object, but the verb's oblique.
 */
export function withPrepositionalPhrasesAsObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if ((relation !== 'nsubj' && relation !== 'obj') || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    const words = [noun, ...childrenIn(parse, noun).filter((t) => t < noun && (parse.deprel[t] === 'compound' || parse.deprel[t] === 'flat' || parse.deprel[t] === 'nmod:desc'))];
    const opened = words.some((w) => childrenIn(parse, w).some((t) => t < w && parse.deprel[t] === 'case' && parse.upos[t] === 'ADP' && t > verb));
    if (opened) mended.attach(noun, verb, 'obl');
  });
  return mended.result();
}

/**
 * "the subject of B sanctions" read with "of B" a phrase of the noun after it: a phrase never opens before its own
 * noun, so the preposition is the noun's, and the name before it its modifier.
 */
export function withPrepositionsOffModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const noun = parse.head[name]!;
    // (Or as an oblique, which a noun never has: "with B Islands prime minister".)
    if ((relation !== 'nmod' && relation !== 'obl') || parse.upos[name] !== 'PROPN' || noun <= name || parse.upos[noun] !== 'NOUN') return;
    const preposition = childrenIn(parse, name).find((t) => parse.deprel[t] === 'case');
    if (preposition === undefined || childrenIn(parse, noun).some((t) => parse.deprel[t] === 'case')) return;
    for (let t = name + 1; t < noun; t += 1) if (parse.head[t] !== name && parse.head[t] !== noun) return;
    mended.attach(preposition, noun, 'case');
    mended.attach(name, noun, 'compound');
  });
  return mended.result();
}

/**
 * "according to A" names who says what its clause says, never a noun's modifier: hung on a noun ("supplied weapons
 * to B, according to A", with A under B) it goes to the verb the noun belongs to.
 */
export function withSourcesOnVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((word, according) => {
    if (word.toLowerCase() !== 'according' && word.toLowerCase() !== 'accord') return;
    const source = parse.head[according]!;
    if (source < 0 || parse.deprel[according] !== 'case' || parse.deprel[source] !== 'nmod') return;
    const verb = verbAbove(parse, source);
    if (verb >= 0) mended.attach(source, verb, 'obl');
  });
  return mended.result();
}

/**
 * "withdrew its border guards from four villages" read with "from four villages" on the guards: for a verb of
 * withdrawing, the "from" phrase after its object is whence it withdraws them, the verb's.
 */
export function withGroundLeftOnVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const object = parse.head[phrase]!;
    if (relation !== 'nmod' || object < 0 || parse.deprel[object] !== 'obj' || caseOf(parse, phrase) !== 'from') return;
    const verb = parse.head[object]!;
    if (verb >= 0 && parse.upos[verb] === 'VERB' && verbRelations(parse.lemma[verb]!.toLowerCase(), 'from').includes('WITHDREW_FROM')) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * "A sends troops to border with B", a headline without its article, read with "to border" an infinitive: a frontier
 * "with" another after a verb's object and "to" is where the object goes, the verb's phrase (its party stays on it).
 */
export function withFrontiersAfterTo(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((lemma, frontier) => {
    const verb = parse.head[frontier]!;
    const to = frontier - 1;
    if (!FRONT_NOUNS.has(lemma.toLowerCase()) || parse.upos[frontier] !== 'VERB' || verb < 0 || verb > frontier || !['xcomp', 'advcl'].includes(parse.deprel[frontier]!)) return;
    if (parse.lemma[to]!.toLowerCase() !== 'to' || parse.head[to] !== frontier || !childrenIn(parse, verb).some((t) => t < to && parse.deprel[t] === 'obj')) return;
    if (!childrenIn(parse, frontier).some((t) => t > frontier && parse.deprel[t] === 'obl' && caseOf(parse, t) === 'with')) return;
    mended.attach(frontier, verb, 'obl');
    mended.attach(to, frontier, 'case');
  });
  return mended.result();
}

/**
 * "Spoke by telephone with B": the party after "with", which the parser hung on the means, is the verb's.
 */
export function withPartiesOffMeans(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, party) => {
    const means = parse.head[party]!;
    if (relation !== 'nmod' || caseOf(parse, party) !== 'with' || means < 0 || parse.deprel[means] !== 'obl' || caseOf(parse, means) !== 'by' || !CONTACT_MEANS.has(parse.lemma[means]!.toLowerCase())) return;
    mended.attach(party, parse.head[means]!, 'obl');
  });
  return mended.result();
}

/**
 * A passive's "by" phrase that the parser hung on a time or place phrase of the verb ("was arrested at his home
 * before dawn by officers of B", with "officers" under "dawn"), on what it was done with ("was threatened with arrest
 * by B"), or on a name after "to", "from", "with", "in" or "at"
 * ("were released to B by C", "was received in C by A"), is the verb's agent, where it has none.
 */
export function withAgentsOffObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const oblique = parse.head[phrase]!;
    // (Or on a name the act went to or came from, or where it was done: "were released to B by C", "was received in
    // C by A".)
    const named = parse.upos[oblique] === 'PROPN' && ['to', 'from', 'with', 'in', 'at'].includes(caseOf(parse, oblique) ?? '');
    if (relation !== 'nmod' || caseOf(parse, phrase) !== 'by' || oblique < 0 || parse.deprel[oblique] !== 'obl' || (parse.upos[oblique] !== 'NOUN' && !named)) return;
    const verb = parse.head[oblique]!;
    const own = childrenIn(parse, verb);
    // A participle describing a noun is passive where it acts on nothing ("the warrant issued in absentia by B").
    const participle = parse.deprel[verb] === 'acl' && parse.upos[verb] === 'VERB' && !own.some((t) => ['obj', 'nsubj', 'mark'].includes(parse.deprel[t]!));
    if ((!participle && !own.some((t) => parse.deprel[t] === 'aux:pass')) || own.some((t) => parse.deprel[t] === 'obl:agent' || (parse.deprel[t] === 'obl' && caseOf(parse, t) === 'by'))) return;
    // (Not a thing made by someone: "a letter by B", "a song by B".)
    // (A place something was sent to, along or across is such a place too: "were sent to the border with B by C"; so
    // is what one was threatened or charged with: "was threatened with arrest by B".)
    if (!named && !TIME_NOUNS.has(parse.lemma[oblique]!.toLowerCase()) && !['at', 'in', 'into', 'on', 'near', 'outside', 'before', 'after', 'during', 'to', 'along', 'across', 'toward', 'towards', 'with'].includes(caseOf(parse, oblique) ?? '')) return;
    mended.attach(phrase, verb, 'obl:agent');
  });
  return mended.result();
}

/**
 * "The expulsion of B's envoy by A", "the cancellation of the talks with B by A": a "by" phrase the parser hung on
 * the last noun of an event noun's "of" phrase (or on a phrase hung there) names the event's agent, where the event
 * has none and the noun it hung on is no event of its own ("a song by B", "the invasion of a country by A" keep what
 * they say).
 */
export function withAgentsOfEventNouns(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const holder = parse.head[phrase]!;
    if (relation !== 'nmod' || caseOf(parse, phrase) !== 'by' || holder < 0 || !['NOUN', 'PROPN'].includes(parse.upos[holder]!) || isEventNoun(parse, holder)) return;
    // Up the chain of nominal phrases (two steps at most) to an event noun, each phrase after the one it hangs on.
    let event = holder;
    for (let step = 0; step < 2 && event >= 0 && parse.deprel[event] === 'nmod' && !isEventNoun(parse, event); step += 1) {
      event = parse.head[event]!;
    }
    if (event < 0 || event === holder || !isEventNoun(parse, event) || parse.upos[event] !== 'NOUN' || caseOf(parse, holder) === 'by') return;
    if (childrenIn(parse, event).some((t) => ['nmod:poss', 'acl'].includes(parse.deprel[t]!) || (parse.deprel[t] === 'nmod' && caseOf(parse, t) === 'by'))) return;
    if (!reaches(parse, holder, event, 2) || !childrenIn(parse, event).some((t) => parse.deprel[t] === 'nmod' && caseOf(parse, t) === 'of' && reaches(parse, holder, t, 1))) return;
    mended.attach(phrase, event, 'nmod');
  });
  return mended.result();
}

/**
 * "staged large-scale live-fire drills around B" read with "large-scale" as the object and "drills" a phrase under it
 * with no preposition: a noun hung as a phrase, with no preposition of its own, on an adjective or a hyphenated word
 * right before its own modifiers is the head, and the word before describes it.
 */
export function withHeadsOfBarePhrases(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const before = parse.head[noun]!;
    if (relation !== 'nmod' || before < 0 || before > noun || parse.upos[noun] !== 'NOUN') return;
    if (parse.upos[before] !== 'ADJ' && !(parse.upos[before] === 'NOUN' && parse.lemma[before]!.includes('-'))) return;
    if (childrenIn(parse, noun).some((t) => t < noun && parse.deprel[t] === 'case')) return;
    // Only the noun's own describing words between.
    for (let t = before + 1; t < noun; t += 1) if (parse.head[t] !== noun || !['compound', 'amod'].includes(parse.deprel[t]!)) return;
    mended.attach(noun, parse.head[before]!, parse.deprel[before]!);
    mended.attach(before, noun, 'amod');
    for (const t of childrenIn(parse, before)) if (t < before && ['det', 'case', 'nmod:poss'].includes(parse.deprel[t]!)) mended.attach(t, noun, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "offered to share coast guard patrol data with B" read with "coast" as the object and "data" an oblique with no
 * preposition: a run of nouns after the object, ending in a bare oblique of the same verb, is one compound object.
 * So is a run after an oblique ("to protest against the ruling B party" read with "the ruling" the oblique and
 * "party" a second one with no preposition): the last noun heads the phrase and takes its preposition.
 */
export function withCompoundObjectsJoined(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, last) => {
    const verb = parse.head[last]!;
    if (relation !== 'obl' || parse.upos[last] !== 'NOUN' || verb < 0 || childrenIn(parse, last).some((t) => t < last && parse.deprel[t] === 'case')) return;
    const opensWith = (t: number) => childrenIn(parse, t).filter((k) => k < t && ['case', 'det'].includes(parse.deprel[k]!));
    // (An oblique's run: the oblique ends where the run begins, and the last noun has no article of its own.)
    const isRunAfterOblique = (t: number) => parse.deprel[t] === 'obl' && opensWith(t).some((k) => parse.deprel[k] === 'case') && !childrenIn(parse, t).some((k) => k > t) && !opensWith(last).length;
    const object = childrenIn(parse, verb).find((t) => t < last && (parse.deprel[t] === 'obj' || isRunAfterOblique(t)) && parse.upos[t] === 'NOUN');
    if (object === undefined) return;
    // Every word between is a noun of the run (after an oblique, a name's word too), hanging inside it.
    const inRun = (u: string | undefined) => u === 'NOUN' || ((u === 'PROPN' || u === 'ADJ') && parse.deprel[object] === 'obl');
    for (let t = object + 1; t < last; t += 1) if (!inRun(parse.upos[t]) || parse.head[t]! < object || parse.head[t]! > last) return;
    mended.attach(last, verb, parse.deprel[object]!);
    mended.attach(object, last, 'compound');
    if (parse.deprel[object] === 'obl') for (const opener of opensWith(object)) mended.attach(opener, last, parse.deprel[opener]!);
  });
  return mended.result();
}

/**
 * "A dispatched a rescue team and two field hospitals to B" read with "hospitals" a conjunct of the verb: a noun joined
 * by "and" to a verb that has an object before it, with no verb words of its own, is the object's conjunct.
 */
export function withNounsJoinedToObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'conj' || parse.upos[noun] !== 'NOUN' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const object = childrenIn(parse, verb).find((c) => c > verb && c < noun && parse.deprel[c] === 'obj');
    const own = childrenIn(parse, noun);
    if (object === undefined || !own.some((c) => parse.deprel[c] === 'cc') || own.some((c) => /^(?:nsubj|aux|cop|mark)/.test(parse.deprel[c]!))) return;
    mended.attach(noun, object, 'conj');
  });
  return mended.result();
}

/**
 * "A pulled its forces back from three villages" read with "from three villages" under the particle: a phrase hung on
 * the particle of a phrasal verb with a sense of its own (`PHRASAL_VERB_SENSES`) is the verb's, as the sense's would
 * be ("withdrew … from"), and the particle is the verb's too (UD's `compound:prt`).
 */
export function withPhrasesOffParticles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, particle) => {
    // (The particle may hang on the last of the things moved: "pulled troops and heavy equipment back from …".)
    const holder = parse.head[particle]!;
    const verb = holder >= 0 && parse.upos[holder] === 'NOUN' && ['obj', 'conj'].includes(parse.deprel[holder]!) && holder === particle - 1 ? verbAbove(parse, particle) : holder;
    if (verb < 0 || verb > particle || parse.upos[verb] !== 'VERB' || parse.upos[particle] !== 'ADV' || !['advmod', 'compound:prt'].includes(relation)) return;
    // (Or of a verb of giving back, whom it gives to: "handed the trawler back to B".)
    const [lemma, word] = [parse.lemma[verb]!.toLowerCase(), parse.lemma[particle]!.toLowerCase()];
    const sensed = PHRASAL_VERB_SENSES.has(`${lemma} ${word}`);
    if (!sensed && !(GIVING_BACK_VERBS.has(lemma) && GIVING_BACK_PARTICLES.has(word))) return;
    const phrases = childrenIn(parse, particle).filter((c) => c > particle && ['obl', 'nmod'].includes(parse.deprel[c]!) && (sensed ? childrenIn(parse, c).some((k) => parse.deprel[k] === 'case') : caseOf(parse, c) === 'to'));
    if (!phrases.length) return;
    mended.attach(particle, verb, 'compound:prt');
    for (const phrase of phrases) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * "A worked alongside B's police" read with "alongside" an adverb of the verb and the police its object or a bare
 * oblique: a preposition the tagger took for an adverb, right before a noun phrase of the same verb, opens it.
 */
export function withPrepositionsReadAsAdverbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, word) => {
    const verb = parse.head[word]!;
    if (relation !== 'advmod' || parse.upos[word] !== 'ADV' || !ADVERB_PREPOSITIONS.has(parse.lemma[word]!.toLowerCase()) || verb < 0 || verb > word || parse.upos[verb] !== 'VERB') return;
    const noun = childrenIn(parse, verb).find((c) => c > word && /^(?:obj|obl|obl:unmarked)$/.test(parse.deprel[c]!) && ['NOUN', 'PROPN'].includes(parse.upos[c]!) && firstIn(parse, c) === word + 1);
    if (noun === undefined || childrenIn(parse, noun).some((c) => parse.deprel[c] === 'case')) return;
    mended.attach(word, noun, 'case');
    mended.attach(noun, verb, 'obl');
  });
  return mended.result();
}

/**
 * "B's jets shot down a C bomber" read with the bomber an oblique with no preposition, right after the verb's
 * particle: a noun phrase opened by a determiner, right after a phrasal verb's particle, is the verb's object.
 */
export function withObjectsAfterParticles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (relation !== 'obl') return;
    const own = childrenIn(parse, noun);
    if (!isBareOblique(parse, noun, own) || !own.some((t) => t < noun && parse.deprel[t] === 'det')) return;
    const verb = parse.head[noun]!;
    const particle = phraseStart(parse, noun, own) - 1;
    if (particle > verb && parse.head[particle] === verb && parse.deprel[particle] === 'compound:prt') mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/** A noun the event lexicon reads as an event between its agent and another party ("expulsion", "invasion"). */
const isEventNoun = (parse: TokenParse, token: number): boolean =>
  parse.upos[token] === 'NOUN' && EVENT_NOUN_PREPOSITIONS.some((p) => nounRelations(parse.lemma[token]!, p).length > 0);

const EVENT_NOUN_PREPOSITIONS = ['of', 'on', 'against', 'to', 'with', 'from', 'into', 'for'] as const;

/**
 * "protested against plans by the government of B": a "by" phrase the parser hung on an active verb, right after an
 * oblique noun, names who made the thing (the verb has its subject); not a means ("by force", "by telephone").
 */
export function withMakersOfObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const verb = parse.head[phrase]!;
    if (!['obl', 'obl:agent'].includes(relation) || caseOf(parse, phrase) !== 'by' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const own = childrenIn(parse, verb);
    // (An active verb: a subject of its own, or an infinitive's, which has none.)
    const infinitive = own.some((t) => parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'to');
    if (!(own.some((t) => parse.deprel[t] === 'nsubj') || infinitive) || own.some((t) => parse.deprel[t] === 'aux:pass')) return;
    // A named maker or one with a determiner ("the government"), not a bare means.
    if (parse.upos[phrase] !== 'PROPN' && !childrenIn(parse, phrase).some((t) => ['det', 'nmod:poss'].includes(parse.deprel[t]!))) return;
    const opener = childrenIn(parse, phrase).filter((t) => t < phrase).reduce((a, b) => Math.min(a, b), phrase);
    // (Or right after the object, where that is an event: "protested her detention by B".)
    const made = (t: number) => parse.deprel[t] === 'obl' || (parse.deprel[t] === 'obj' && isEventNoun(parse, t));
    const thing = own.find((t) => t < phrase && made(t) && parse.upos[t] === 'NOUN' && lastIn(parse, t) === opener - 1 && !TIME_NOUNS.has(parse.lemma[t]!.toLowerCase()));
    // (On the phrase's last noun: "in protest against his treatment by B" is B's treatment.)
    if (thing !== undefined) mended.attach(phrase, parse.upos[opener - 1] === 'NOUN' ? opener - 1 : thing, 'nmod');
  });
  return mended.result();
}

/**
 * A phrase "to B", "into B" or "with B" right after a passive's agent ("handed over by A to B", "talks were held by
 * A with B"), which the parser hung on the agent, says where the act went or with whom: an oblique of the verb (an
 * envoy "to B" aside).
 */
export function withReceiversOffAgents(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const agent = parse.head[phrase]!;
    if (relation !== 'nmod' || agent < 0 || parse.deprel[agent] !== 'obl:agent' || ENVOY_NOUNS.has(parse.lemma[agent]!.toLowerCase())) return;
    if (!['to', 'into', 'with'].includes(caseOf(parse, phrase) ?? '')) return;
    mended.attach(phrase, parse.head[agent]!, 'obl');
  });
  return mended.result();
}

/**
 * "A declared B's ambassador persona non grata", read with "persona" as the object and "grata" an oblique: the Latin
 * phrase is what the person is declared (an xcomp of the verb, its words fixed), the noun before it the object.
 */
export function withPersonaNonGrata(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((lemma, persona) => {
    if (lemma.toLowerCase() !== 'persona' || parse.lemma[persona + 1]?.toLowerCase() !== 'non' || parse.lemma[persona + 2]?.toLowerCase() !== 'grata') return;
    const verb = verbAbove(parse, persona);
    const person = persona - 1;
    if (verb < 0 || verb >= person || !['NOUN', 'PROPN'].includes(parse.upos[person]!)) return;
    mended.attach(person, verb, 'obj');
    // (The words before the person are the person's: "a B embassy counsellor", "B's ambassador".)
    for (const word of childrenIn(parse, persona).filter((c) => c < person)) mended.attach(word, person, parse.deprel[word]!);
    mended.attach(persona, verb, 'xcomp');
    mended.attach(persona + 1, persona, 'fixed');
    mended.attach(persona + 2, persona, 'fixed');
  });
  return mended.result();
}

/**
 * "A's negotiators met their counterparts from B", read with "from B" on the verb: after a verb of meeting, a "from"
 * phrase right after the people it meets says where they come from.
 */
export function withOriginsOfPeopleMet(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, origin) => {
    const verb = parse.head[origin]!;
    if (relation !== 'obl' || verb < 0 || caseOf(parse, origin) !== 'from' || !verbRelations(parse.lemma[verb]!.toLowerCase()).some((t) => t === 'MEETS' || t === 'NEGOTIATES_WITH' || t === 'HOSTS')) return;
    const people = childrenIn(parse, verb).find((o) => parse.deprel[o] === 'obj' && parse.upos[o] === 'NOUN' && (isPersonNoun(parse.lemma[o]!.toLowerCase()) || DELEGATE_NOUNS.has(parse.lemma[o]!.toLowerCase())));
    if (people === undefined || lastIn(parse, people) + 1 !== phraseStart(parse, origin, childrenIn(parse, origin))) return;
    mended.attach(origin, people, 'nmod');
  });
  return mended.result();
}

/**
 * "opened fire on positions of B" read with "fire" a compound of "positions", across the preposition between them:
 * no compound is split from its noun by that noun's preposition, so the first noun is the verb's object.
 */
export function withCompoundsBeforePrepositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const head = parse.head[noun]!;
    const verb = head >= 0 ? parse.head[head]! : -1;
    if (relation !== 'compound' || parse.upos[noun] !== 'NOUN' || head <= noun || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    // (The head's one preposition, right after a noun with none of its own: not "on a case by case basis".)
    const cases = childrenIn(parse, head).filter((c) => parse.deprel[c] === 'case');
    if (cases.length !== 1 || cases[0] !== noun + 1 || childrenIn(parse, noun).some((c) => parse.deprel[c] === 'case') || childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}
