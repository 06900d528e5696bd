import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { loadParserModel } from './load.js';
import { parseSentence, type TokenParse } from './parse-sentence.js';

/** Parses made-up text with the shipped model; finds a token by its text. */
function parsed(text: string): { parse: TokenParse; at: (word: string) => number; words: string[] } {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.text);
  const at = (word: string): number => {
    const index = words.indexOf(word);
    if (index < 0) throw new Error(`no token "${word}" in ${words.join(' ')}`);
    return index;
  };
  return { parse: parseSentence(tokens), at, words };
}

describe('parseSentence on kgraph tokens', () => {
  it('tags a verb after "to" and a verb of intent a verb, though it is more often a noun', () => {
    const { parse, at } = parsed('Chile threatened to sanction Peruvian companies.');
    expect(parse.upos[at('sanction')]).toBe('VERB');
    expect(parse.deprel[at('companies')]).toBe('obj');
  });

  it('tags a verb after "to" and a verb of intent a verb where the tagger read an adjective, and the "to" its marker', () => {
    const { parse, at } = parsed('Chile refused to free jailed union leader Pim Voss.');
    expect(parse.upos[at('free')]).toBe('VERB');
    expect(parse.upos[at('to')]).toBe('PART');
    expect(parse.deprel[at('leader')]).toBe('obj');
  });

  it('reads a British spelling as the American one the treebank has, keeping the word\'s own lemma', () => {
    const british = parsed('Two armoured brigades were moved to the border.');
    const american = parsed('Two armored brigades were moved to the border.');
    expect(british.parse.upos).toEqual(american.parse.upos);
    expect([...british.parse.head]).toEqual([...american.parse.head]);
    expect(british.parse.upos[british.at('armoured')]).toBe('ADJ');
    expect(british.parse.lemma[british.at('armoured')]).toMatch(/^armour/);
  });

  it('tags a verb the tagger missed in a sentence it gave none, where a past form follows a nominal', () => {
    const { parse, at } = parsed("Valdoria's army clashed with Kesselian troops.");
    expect(parse.upos[at('clashed')]).toBe('VERB');
    expect(parse.head[at('clashed')]).toBe(-1);
    expect(parse.deprel[at('army')]).toBe('nsubj');
  });

  it('tags a missed past that is its own lemma a verb before what it acts on, whatever its subject ("B shut its shops")', () => {
    for (const [text, verb] of [['The Velt Union shut its shops in protest.', 'shut'], ['The Velt Union cut its prices.', 'cut']] as const) {
      const { parse, at } = parsed(text);
      expect([parse.upos[at(verb)], parse.head[at(verb)]]).toEqual(['VERB', -1]);
    }
  });

  it('tags the first of two joined past tenses a verb where the tagger read a noun ("the B police shot and wounded A")', () => {
    const { parse, at } = parsed('The Korr Police shot and wounded Pim Voss.');
    expect([parse.upos[at('shot')], parse.head[at('shot')], parse.head[at('wounded')]]).toEqual(['VERB', -1, at('shot')]);
  });

  it('tags a word in -s between a name\'s adjective and a past tense a plural noun, the past tense its verb', () => {
    const { parse, at } = parsed('Chilean drones struck a Peruvian army base.');
    expect(parse.upos[at('drones')]).toBe('NOUN');
    expect(parse.head[at('struck')]).toBe(-1);
    expect(parse.deprel[at('drones')]).toBe('nsubj');
  });

  it('tags the verb of a "that" clause the tagger gave none, right after its subject and before its object', () => {
    const { parse, at } = parsed('Valdoria has requested that Kessel halt its drilling.');
    expect(parse.upos[at('halt')]).toBe('VERB');
    expect(parse.lemma[at('halt')]).toBe('halt');
    expect(parse.deprel[at('Kessel')]).toBe('nsubj');
    expect(parse.head[at('Kessel')]).toBe(at('halt'));
    expect(parse.deprel[at('drilling')]).toBe('obj');
  });

  it('tags the missed verb that ends a "that" clause after a verb of demanding, and not after another verb', () => {
    const { parse, at } = parsed('Ana Rell demanded that Prime Minister Pim Voss resign.');
    expect(parse.upos[at('resign')]).toBe('VERB');
    expect(parse.head[at('Pim')]).toBe(at('resign'));
    expect(parse.deprel[at('Pim')]).toBe('nsubj');
    expect(parse.head[at('resign')]).toBe(at('demanded'));
    const other = parsed('They all watched that old film.');
    expect(other.parse.upos[other.at('film')]).toBe('NOUN');
    // A clause of nominals running to the end of an unpunctuated line has no verb to find.
    expect(parsed('Kessel demanded that the money').parse.upos).toHaveLength(5);
  });

  it('tags the missed verb of a "that" clause when a particle stands between it and its object', () => {
    const { parse, at } = parsed('Valdoria demanded that Kessel hand over the suspects.');
    expect(parse.upos[at('hand')]).toBe('VERB');
    expect(parse.head[at('Kessel')]).toBe(at('hand'));
    expect(parse.head[at('suspects')]).toBe(at('hand'));
  });

  it('tags the missed verb of a "that" clause whose other verbs are a participle, an infinitive or its own conjunct', () => {
    const { parse, at } = parsed('Valdoria demanded that Kessel free the three guards taken into custody last month and allow officials to visit them.');
    expect(parse.upos[at('free')]).toBe('VERB');
    expect(parse.head[at('Kessel')]).toBe(at('free'));
    expect(parse.deprel[at('guards')]).toBe('obj');
  });

  it('tags a word in "-s" heading the phrase after a possessive "\'s" a noun, not a verb, but not one that modifies the next', () => {
    const demands = parsed("Valdoria rejected Kessel's demands to disarm the militias.");
    expect(demands.parse.upos[demands.at('demands')]).toBe('NOUN');
    const trip = parsed("Kessel's planned trip to Valdoria was cancelled.");
    expect(trip.parse.upos[trip.at('planned')]).not.toBe('NOUN');
  });

  it('tags a missed past tense in a sentence whose only verbs are participles, and a participle before an object a past tense', () => {
    const relaxed = parsed('Valdoria relaxed restrictions on drivers from Kessel, easing a standoff.');
    expect(relaxed.parse.upos[relaxed.at('relaxed')]).toBe('VERB');
    expect(relaxed.parse.head[relaxed.at('relaxed')]).toBe(-1);
    const burned = parsed('Students in Valdoria burned flags outside the embassy of Kessel.');
    expect(burned.parse.head[burned.at('burned')]).toBe(-1);
    expect(burned.parse.deprel[burned.at('flags')]).toBe('obj');
  });

  it('tags a sentence\'s first word in "-s" before "from" or "of" a plural noun, not a verb', () => {
    const { parse, at } = parsed('Nurses from the Velt Union walked off the job on Monday.');
    expect(parse.upos[at('Nurses')]).toBe('NOUN');
    expect(parse.head[at('walked')]).toBe(-1);
  });

  it('tags a word in "-s" right after a past tense a noun, its object ("dismissed demands by B")', () => {
    const { parse, at } = parsed('Valdoria dismissed demands by Kessel for an inquiry.');
    expect(parse.upos[at('demands')]).toBe('NOUN');
    expect(parse.deprel[at('demands')]).toBe('obj');
  });

  it('tags a word the treebank never saw by the parts of speech a dictionary gives it ("granted asylum to B")', () => {
    const { parse, at } = parsed('Chile granted asylum to Pim Voss.');
    expect(parse.upos[at('asylum')]).toBe('NOUN');
    expect(parse.deprel[at('asylum')]).toBe('obj');
  });

  it('reads "before" with no verb after it as a preposition ("laid down their arms before the B army")', () => {
    const { parse, at } = parsed('Fighters of the Velt Front laid down their arms before the Chilean army in Tacna.');
    expect(parse.upos[at('before')]).toBe('ADP');
  });

  it('tags a word after "to" that is no verb the dictionary knows an adjective, not an infinitive, before a noun', () => {
    const { parse, at } = parsed('Valdoria granted political asylum to dissident blogger Orlan Vesk.');
    expect(parse.upos[at('dissident')]).toBe('ADJ');
    expect(parse.upos[at('to')]).toBe('ADP');
    const verb = parsed('Valdoria agreed to release prisoners from Kessel.');
    expect(verb.parse.upos[verb.at('release')]).toBe('VERB');
  });

  it('tags a headline\'s present tense the tagger read as a noun a verb, the one it came nearest to reading as one', () => {
    const jails = parsed('Valdoria jails Kesselian reporter on spying charges');
    expect(jails.parse.upos[jails.at('jails')]).toBe('VERB');
    expect(jails.parse.head[jails.at('jails')]).toBe(-1);
    expect(jails.parse.deprel[jails.at('reporter')]).toBe('obj');
    // "drones" may be a verb's third person too; the tagger finds "pound" the likelier verb.
    const pound = parsed('Chilean drones pound Peruvian positions');
    expect(pound.parse.upos[pound.at('pound')]).toBe('VERB');
    expect(pound.parse.upos[pound.at('drones')]).toBe('NOUN');
    expect(pound.parse.deprel[pound.at('positions')]).toBe('obj');
  });

  it('leaves a verbless headline\'s plural noun a noun where nothing follows that it could act on', () => {
    const { parse } = parsed('Peace talks in Lima');
    expect(parse.upos).not.toContain('VERB');
  });

  it('leaves a sentence without a verb as it is where no past form follows a nominal', () => {
    const { parse } = parsed('Very disappointed.');
    expect(parse.upos).not.toContain('VERB');
  });

  it('reads a passive: the subject as nsubj:pass and the by-phrase as obl:agent of the verb', () => {
    const { parse, at } = parsed('The treaty was signed by Orlan Vesk in Darrow.');
    expect(parse.deprel[at('treaty')]).toBe('nsubj:pass');
    expect(parse.head[at('treaty')]).toBe(at('signed'));
    // UD heads a name by its first word: "Orlan" heads "Vesk" (flat).
    expect(parse.deprel[at('Orlan')]).toBe('obl:agent');
    expect(parse.head[at('Orlan')]).toBe(at('signed'));
    expect(parse.deprel[at('Vesk')]).toBe('flat');
    expect(parse.deprel[at('was')]).toBe('aux:pass');
    expect(parse.lemma[at('signed')]).toBe('sign');
    expect(parse.head[at('signed')]).toBe(-1);
  });

  it('reads a known name as no bare phrase of time, whatever its spelling suggests ("Norway" ends like "anyway")', () => {
    const named = (text: string, name: string) => {
      const tokens = tokenize(text);
      return { parse: parseSentence(tokens, undefined, tokens.map((t) => t.text === name)), at: tokens.findIndex((t) => t.text === name) };
    };
    const subject = named('Norway expelled 15 diplomats.', 'Norway');
    expect(subject.parse.deprel[subject.at]).toBe('nsubj');
    const object = named('Peru criticised Norway on Monday.', 'Norway');
    expect(object.parse.deprel[object.at]).toBe('obj');
    // Unflagged, the spelling wins: the restriction is the name's.
    const { parse, at } = parsed('Norway expelled 15 diplomats.');
    expect(parse.deprel[at('Norway')]).toBe('obl:unmarked');
  });

  it('reads a subject as a passive\'s only where its verb has a passive auxiliary, before it or still to be attached', () => {
    const sentence = parsed('Amnesty International called on Peru to free the reporters.');
    expect(sentence.parse.deprel[sentence.at('Amnesty')]).toBe('nsubj');
    const passive = parsed('The reporters were freed by Peru.');
    expect(passive.parse.deprel[passive.at('reporters')]).toBe('nsubj:pass');
    const question = parsed('Is it supposed to rain?');
    expect(question.parse.deprel[question.at('it')]).toBe('nsubj:pass');
  });

  it('tags a word in lower case that no name found holds a common word, never a proper noun ("from B boundary line")', () => {
    const tokens = tokenize('Serbia pulled troops back from Kosovo boundary line.');
    const names = tokens.map((t) => t.text === 'Serbia' || t.text === 'Kosovo');
    const boundary = tokens.findIndex((t) => t.text === 'boundary');
    expect(parseSentence(tokens, undefined, names, names).upos[boundary]).toBe('NOUN');
    // Read without the names found (as the treebank is scored), the tagger's guess stands.
    expect(parseSentence(tokens).upos[boundary]).toBe('PROPN');
  });

  it('tags a name found written in capitals a proper noun where the tagger read a function word ("B urges WHO to …")', () => {
    const tokens = tokenize('Chile urges WHO to fast-track review of vaccine candidates');
    // (Only "Chile" is a name the reference lists know; the tagger found "WHO".)
    const known = tokens.map((t) => t.text === 'Chile');
    const names = tokens.map((t) => t.text === 'Chile' || t.text === 'WHO');
    const who = tokens.findIndex((t) => t.text === 'WHO');
    const parse = parseSentence(tokens, undefined, known, names);
    expect(parse.upos[who]).toBe('PROPN');
    expect(parse.deprel[who]).toBe('obj');
    // Read without the names found (as the treebank is scored), the tagger's guess stands.
    expect(parseSentence(tokens).upos[who]).toBe('PRON');
  });

  it('tags a past form after what a finite verb acts on, before a preposition, a participle describing it', () => {
    const { parse, at } = parsed('Chile extradited two men wanted for a bank robbery to Peru.');
    expect(parse.deprel[at('wanted')]).toBe('acl');
    expect(parse.head[at('wanted')]).toBe(at('men'));
    expect(parse.deprel[at('men')]).toBe('obj');
    // After a verb of saying the clause may need no "that": its past stays a past.
    expect(loadParserModel().parse(['Witnesses', 'said', 'the', 'soldiers', 'fired', 'at', 'the', 'crowd', '.']).xpos[4]).toBe('VBD');
    expect(loadParserModel().parse(['He', 'thought', 'the', 'guards', 'escaped', 'through', 'the', 'gate', '.']).xpos[4]).toBe('VBD');
  });

  it('reads a name with accented letters as it reads the name spelt without them', () => {
    const pairs = [
      ['Police said Łukasz Wójcik, the mayor of Świętów, had resigned.', 'Police said Lukasz Wojcik, the mayor of Swietow, had resigned.'],
      ['A man was arrested after Paweł Orłowicz, mayor of the Valdorian city of Kęstrzyń, was stabbed.', 'A man was arrested after Pawel Orlowicz, mayor of the Valdorian city of Kestrzyn, was stabbed.'],
    ];
    for (const [accented, plain] of pairs) {
      const [a, b] = [parsed(accented!).parse, parsed(plain!).parse];
      expect(a.head).toEqual(b.head);
      expect(a.deprel).toEqual(b.deprel);
      expect(a.upos).toEqual(b.upos);
    }
    // The lemma of a name keeps its letters.
    expect(parsed('Łukasz Wójcik resigned.').parse.lemma[0]).toBe('Łukasz');
  });

  it('reads coordinated subjects and objects as conj of the first', () => {
    const { parse, at } = parsed('Tova and Brann criticised Quellar and Olbany.');
    expect(parse.deprel[at('Tova')]).toBe('nsubj');
    expect(parse.head[at('Tova')]).toBe(at('criticised'));
    expect(parse.deprel[at('Brann')]).toBe('conj');
    expect(parse.head[at('Brann')]).toBe(at('Tova'));
    expect(parse.deprel[at('Quellar')]).toBe('obj');
    expect(parse.deprel[at('Olbany')]).toBe('conj');
    expect(parse.head[at('Olbany')]).toBe(at('Quellar'));
  });

  it('attaches a relative clause to the noun it describes', () => {
    const { parse, at } = parsed('Quellar said the envoy that Olbany sent to Darrow was arrested.');
    expect(parse.deprel[at('sent')]).toBe('acl:relcl');
    expect(parse.head[at('sent')]).toBe(at('envoy'));
    expect(parse.deprel[at('Olbany')]).toBe('nsubj');
    expect(parse.head[at('Olbany')]).toBe(at('sent'));
    expect(parse.deprel[at('envoy')]).toBe('nsubj:pass');
    expect(parse.head[at('envoy')]).toBe(at('arrested'));
    expect(parse.head[at('arrested')]).toBe(at('said'));
  });

  it('reads "agreed to sign" as control: sign is the xcomp of agreed and takes the object', () => {
    const { parse, at } = parsed('Tova Marsh agreed to sign the accord with Quellar.');
    expect(parse.deprel[at('sign')]).toBe('xcomp');
    expect(parse.head[at('sign')]).toBe(at('agreed'));
    expect(parse.deprel[at('accord')]).toBe('obj');
    expect(parse.head[at('accord')]).toBe(at('sign'));
    expect(parse.deprel[at('Tova')]).toBe('nsubj');
    expect(parse.head[at('Tova')]).toBe(at('agreed'));
    expect(parse.upos[at('agreed')]).toBe('VERB');
  });

  it('gives a contraction the reading of its head word and keeps a hyphenated name one token', () => {
    const { parse, at } = parsed("Brann Keel didn't attend the Arlen-Vesk talks.");
    expect(parse.head[at("didn't")]).toBe(at('attend'));
    expect(parse.lemma[at("didn't")]).toBe('do');
    expect(parse.head[at('Arlen-Vesk')]).toBe(at('talks'));
    expect(parse.head[at('talks')]).toBe(at('attend'));
  });

  it('keeps a surname that ends like a month\'s abbreviation ("Nov") as its own lemma', () => {
    const { parse, at } = parsed('Pim Varnov arrived on Nov. 3 with Ana Kostov.');
    expect(parse.lemma[at('Varnov')]).toBe('Varnov');
    expect(parse.lemma[at('Kostov')]).toBe('Kostov');
  });

  it('reads a headline\'s comma between two opening names before a verb as "and", the names its subjects', () => {
    const tokens = tokenize('Chile, Peru hold talks on border dispute');
    const parse = parseSentence(tokens, undefined, [true, false, true, false, false, false, false, false]);
    expect(parse.upos[3]).toBe('VERB');
    expect(parse.deprel[0]).toBe('nsubj');
    expect(parse.head[0]).toBe(3);
    expect(parse.deprel[2]).toBe('conj');
    expect(parse.deprel[4]).toBe('obj');
  });

  it('reads a headline\'s comma between two opening names as "and" before the people of both that act', () => {
    const tokens = tokenize('Chile, Peru envoys meet in Quito');
    const parse = parseSentence(tokens, undefined, [true, false, true, false, false, false, true]);
    expect(parse.upos[4]).toBe('VERB');
    expect(parse.deprel[2]).toBe('conj');
    expect(parse.head[2]).toBe(0);
  });

  it('tags a headline\'s plain verb after the people of its opening name a verb ("B police arrest …")', () => {
    const tokens = tokenize('Costa Rica police arrest opposition spokesman Pim Voss');
    const parse = parseSentence(tokens, undefined, [true, true, false, false, false, false, false, false], [true, true, false, false, false, false, true, true]);
    expect(parse.upos[3]).toBe('VERB');
    expect(parse.head[3]).toBe(-1);
  });

  it('tags a word the dictionary knows as a noun, ending the phrase a possessor opens, a noun', () => {
    const { parse, at } = parsed("Norway's foreign ministry called on Myanmar's military to release the nurse.");
    expect(parse.upos[at('military')]).toBe('NOUN');
    expect(parse.deprel[at('military')]).toBe('obl');
  });

  it('leaves a comma after an opening name as it is where no verb follows the second name', () => {
    const tokens = tokenize('Lima, Peru earthquake kills twenty');
    const parse = parseSentence(tokens, undefined, [true, false, true, false, false, false]);
    expect(parse.deprel[2]).not.toBe('conj');
  });

  it('tags a headline\'s present tense after two names joined by "and" a verb, as after a plural', () => {
    const tokens = tokenize('Chile and Peru launch joint military patrols along desert border');
    const parse = parseSentence(tokens, undefined, [true, false, true, ...new Array<boolean>(7).fill(false)]);
    expect(parse.upos[3]).toBe('VERB');
    expect(parse.deprel[6]).toBe('obj');
  });

  it('tags a missed verb the tagger read as a foreign word, and one after the comma closing its subject\'s apposition', () => {
    const foreign = parsed('Chile pardoned jailed journalist Pim Voss on Tuesday.');
    expect(foreign.parse.upos[foreign.at('pardoned')]).toBe('VERB');
    const apposition = parsed("Chile's president, Pim Voss, pardoned jailed opposition leader Ana Rell on Tuesday.");
    expect(apposition.parse.upos[apposition.at('pardoned')]).toBe('VERB');
    expect(apposition.parse.head[apposition.at('pardoned')]).toBe(-1);
  });

  it('tags a past tense after a possessor\'s adjective a verb, where the sentence\'s only other verb is an infinitive', () => {
    const { parse, at } = parsed("Chile's military shelled villages held by the rebels, forcing thousands to flee toward the border.");
    expect(parse.upos[at('shelled')]).toBe('VERB');
    expect(parse.head[at('shelled')]).toBe(-1);
    expect(parse.deprel[at('villages')]).toBe('obj');
  });

  it('tags an adjective that ends a phrase opened by "a" before a preposition a noun, not one after a noun', () => {
    const offensive = parsed('Chile launched an offensive against Peru.');
    expect(offensive.parse.upos[offensive.at('offensive')]).toBe('NOUN');
    const full = parsed('They ran a campaign full of promises.');
    expect(full.parse.upos[full.at('full')]).toBe('ADJ');
  });

  it('finds a missed main verb past a clause of time and an attribution, whose verbs are not its own', () => {
    const { parse, at } = parsed('Chile froze 15 million euros in aid to Peru after parliament passed a law, the minister said.');
    expect(parse.upos[at('froze')]).toBe('VERB');
    expect(parse.deprel[at('euros')]).toBe('obj');
  });

  it('reads "to" before a participle that describes a noun as a preposition, and a gerund after a verb of beginning as a verb', () => {
    const displaced = parsed('The Velt Food Programme distributed food to displaced people in Peru.');
    expect(displaced.parse.upos[displaced.at('to')]).toBe('ADP');
    expect(displaced.parse.deprel[displaced.at('displaced')]).toBe('amod');
    const sharing = parsed('Chile has begun sharing surveillance data with Peru.');
    expect(sharing.parse.upos[sharing.at('sharing')]).toBe('VERB');
    expect(sharing.parse.deprel[sharing.at('data')]).toBe('obj');
  });

  it('tags "has" between a name and a past participle an auxiliary, not "have" before a participle describing a noun', () => {
    const begun = parsed('Malaysia has begun sharing real-time data with Singapore.');
    expect(begun.parse.upos[begun.at('has')]).toBe('AUX');
    expect(begun.parse.head[begun.at('begun')]).toBe(-1);
    const limited = parsed('If you have limited options, try the bathroom.');
    expect(limited.parse.upos[limited.at('have')]).toBe('VERB');
  });

  it("tags a headline's verb read as a plural noun a verb where the verb found instead is a past form describing what it acts on", () => {
    const named = (text: string, names: number) => {
      const tokens = tokenize(text);
      return parseSentence(tokens, undefined, tokens.map((_, i) => i < names || /^\p{Lu}/u.test(tokens[i]!.text)));
    };
    const pardons = named('Chile pardons jailed journalist Ana Rell', 1);
    expect(pardons.upos.slice(0, 3)).toEqual(['PROPN', 'VERB', 'VERB']);
    expect(pardons.head[1]).toBe(-1);
    // Not before an adjective alone, nor in a sentence with its stop.
    expect(named('Chile protests turned violent', 1).upos[1]).toBe('NOUN');
    expect(named('Chile protests turned violent.', 1).upos[1]).toBe('NOUN');
  });

  it('tags a sentence\'s capitalised first word a plural noun where it reads as one in lower case, before a preposition', () => {
    const gunmen = parsed('Gunmen from the Upper Korr Liberation Army abducted three employees of Velt Timber.');
    expect(gunmen.parse.upos[0]).toBe('NOUN');
    expect(gunmen.parse.deprel[0]).toBe('nsubj');
    // Not a surname before its verb, nor a title without one.
    expect(parsed('Hastings said the plan would fail.').parse.upos[0]).toBe('PROPN');
    expect(parsed('Pubs in Lima?').parse.upos[0]).toBe('PROPN');
  });

  it('tags a word in "-s" ending the object a past tense opens with an article and a noun a plural noun, before a preposition', () => {
    const demands = parsed('Chile accepted the pay demands of the Velt Union.');
    expect(demands.parse.upos[demands.at('demands')]).toBe('NOUN');
    expect(demands.parse.deprel[demands.at('demands')]).toBe('obj');
  });

  it('finds a missed verb before a phrase after a comma whose noun a clause describes ("…, in a move his allies had sought")', () => {
    const { parse, at } = parsed("Chile's president, Pim Voss, pardoned jailed opposition leader Ana Rell on Tuesday, his office said, in a move his allies had sought for years.");
    expect(parse.upos[at('pardoned')]).toBe('VERB');
  });

  it('tags the capitalised words of a name the name tagger found as proper nouns, even where a sentence opens with them', () => {
    const tokens = tokenize('Hungary attacked Denmark.');
    const parse = parseSentence(tokens, undefined, [true, false, true, false]);
    expect(parse.upos.slice(0, 3)).toEqual(['PROPN', 'VERB', 'PROPN']);
    expect(parse.deprel[0]).toBe('nsubj');
    expect(parse.head[0]).toBe(1);
  });
});
