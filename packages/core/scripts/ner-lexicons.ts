/**
 * General lexicons for training the NER model (training time only; the
 * model file keeps their hashes). From compromise's lexicon (MIT): word
 * classes of single words (part of speech, months, honorifics, occupations,
 * first names, surnames, places, organisations, …) and its multi-word names
 * as gazetteer entries. No hand-written names.
 */
import nlp from 'compromise';
import { Gazetteer, GazetteerBit, phraseTokens } from '../src/nlp/ner/gazetteer.js';
import { WordClassBit, WordClasses } from '../src/nlp/ner/features.js';
import { Attr, TokenAttributeCache } from '../src/nlp/ner/token-form.js';

/** compromise tag → word-class bit. */
const CLASS_BITS: Record<string, number> = {
  ...Object.fromEntries(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Verb', 'Copula', 'Modal', 'PhrasalVerb'].map((tag) => [tag, WordClassBit.Verb])),
  Adjective: WordClassBit.Adjective, Comparative: WordClassBit.Adjective, Superlative: WordClassBit.Adjective,
  Singular: WordClassBit.Noun, Noun: WordClassBit.Noun, Uncountable: WordClassBit.Noun,
  Plural: WordClassBit.PluralNoun,
  Actor: 4,
  Adverb: WordClassBit.Adverb,
  Preposition: 6,
  Conjunction: 7,
  Determiner: 8,
  Pronoun: 9, Possessive: 9, Reflexive: 9, QuestionWord: 9,
  Month: 10,
  WeekDay: 11, Date: 11, Duration: 11,
  Honorific: 12,
  Abbreviation: 13,
  Unit: 14, Currency: 14,
  Cardinal: 15, Ordinal: 15, TextValue: 15, Fraction: 15, Multiple: 15, Value: 15,
  ProperNoun: 16,
  FirstName: 17, MaleName: 17, FemaleName: 17,
  LastName: 18,
  Person: 19,
  City: 20,
  Country: 21,
  Region: 22, Place: 22,
  Organization: 23, SportsTeam: 23, Company: 23,
  Demonym: 24,
  Expression: 25, Negative: 25,
};

/** compromise tag → gazetteer bit for names. */
const NAME_BITS: Record<string, number> = {
  FirstName: GazetteerBit.FirstName, MaleName: GazetteerBit.FirstName, FemaleName: GazetteerBit.FirstName,
  LastName: GazetteerBit.LastName,
  Person: GazetteerBit.Person,
  City: GazetteerBit.Place, Country: GazetteerBit.Place, Region: GazetteerBit.Place, Place: GazetteerBit.Place,
  Organization: GazetteerBit.Organization, SportsTeam: GazetteerBit.Organization, Company: GazetteerBit.Organization,
  Demonym: GazetteerBit.LexiconDemonym,
};

export function buildLexicons(cache: TokenAttributeCache): { wordClasses: WordClasses; gazetteer: Gazetteer } {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  const wordClasses = new WordClasses();
  const gazetteer = new Gazetteer();
  for (const [entry, tagOrTags] of Object.entries(world.model.one.lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    const tokens = phraseTokens(entry);
    for (const tag of tags) {
      const nameBit = NAME_BITS[tag];
      if (nameBit !== undefined) gazetteer.add(tokens, nameBit, cache);
      const classBit = CLASS_BITS[tag];
      if (classBit !== undefined && tokens.length === 1) {
        const hash = cache.get(tokens[0]!)[Attr.Plain]!;
        wordClasses.set(hash, (wordClasses.get(hash) ?? 0) | (1 << classBit));
      }
    }
  }
  return { wordClasses, gazetteer };
}
