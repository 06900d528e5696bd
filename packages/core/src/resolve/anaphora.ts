/**
 * References that carry relations to a name written elsewhere:
 * - a definite description of an agreement ("that agreement", "the 2015 deal") stands for the
 *   agreement last named in the document;
 * - a sentence-opening "It" stands for the country or organisation that was the subject of the sentence before,
 *   and a sentence-opening "He" or "She" for the person who was;
 * - any other "he", "she", "him", "his" or "her" stands for the one person the sentence names before it or,
 *   where it names none, for the one person the sentence before names; with two people to choose from, for
 *   neither (no gender is known of a name); an "it" after a verb of saying ("A said it would …") for whom the
 *   verb's subject names, where the parse finds that; it, or an "its" inside a sentence, otherwise for the one
 *   country or organisation named before it; "his" or "her" before an
 *   organisation's head noun ("his agency") for the one organisation the sentence names before it, and before a
 *   country's own ("her government", "his country") where it names none, for the one country it names before it;
 * - "I", "me" or "my" inside a quotation for the one person its sentence names outside it as a subject (the
 *   speaker: A said, "I reject B's plan"; not B in "praised B, saying …");
 * - "the country", "the airline", "the city" (a noun of `REFERRING_KINDS`, after at most two lower-case words) for
 *   the one entity of that type the sentence names before it or, where it names none, the sentence before (for a
 *   kind a name usually says, `NAMED_KINDS`, one whose name says it: "the university" is no bank); not "the party
 *   leaders", whose head is another noun, nor "the other country", "the company of …", "the company that …" or
 *   "the company Kessel", which name another.
 * They feed relations only; they add no aliases.
 */
import { AGREEMENT_HEADS, COUNTRY_OWN_HEADS, NAMED_KINDS, ORGANIZATION_HEADS, OTHER_REFERENT_WORDS, REFERRING_KINDS } from '../nlp/lexicon.js';
import { groupBy } from '../util/group-by.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import type { ResolvedMention } from './entity.js';
import type { TokenParse } from '../nlp/parse/index.js';
import type { AnalyzedDocument } from './resolve-entities.js';

const DETERMINERS = new Set(['the', 'that', 'this', 'said']);
const PREPOSITIONS = new Set(['in', 'of', 'to', 'from', 'with', 'by', 'between', 'for', 'via', 'at', 'on', 'about', 'than', 'as', 'into', 'against', 'and', 'nor', 'or']);
const ACTOR_TYPES = new Set(['Country', 'Organization', 'City']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
/** The speaker's own words for themself inside a quotation ("I", "me", "my"; not "we", which may be their side). */
const SPEAKER_PRONOUNS = new Set(['i', 'me', 'my']);
const QUOTES = new Set(['"', '“', '”']);
/** Possessives that, before an organisation's head noun, name the organisation of the one who owns it. */
const OWNER_PRONOUNS = new Set(['his', 'her']);
const ACTOR_POSSESSIVE = 'its';
/** Words findAnaphors may read as an anaphor, besides the heads of agreements and organisations. */
const PRONOUNS = new Set([...PERSON_PRONOUNS, ...SPEAKER_PRONOUNS, 'it', ACTOR_POSSESSIVE]);
/** Words that open a sentence with a subordinate clause, whose subject is not the sentence's. */
const OPENING_SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'although', 'though', 'as', 'since', 'if', 'because', 'once', 'until', 'whereas']);

/** Verbs of saying after which "it" is the speaker. */
const SAYING_WORDS = new Set(['said', 'says', 'announced', 'stated', 'added', 'warned', 'insisted', 'confirmed', 'declared', 'threatened', 'promised', 'pledged']);

/**
 * Of a document's mentions, those `findAnaphors` can be swayed by: every name, and a concept's mention only where
 * it covers a word an anaphor is read at (and so stops it): a pronoun; an agreement's head, where the document
 * names an agreement; an organisation's head opening it ("his agency"; a concept never holds the "his"), where
 * the document names an organisation; a country's own opening it ("her government"), where it names a country. The
 * rest it never reads, so a memo keyed on these inputs stays valid when a rebuild's concepts change with the corpus.
 */
export function mentionsAnaphoraReads(mentions: readonly ResolvedMention[], typeOf: (entity: string) => EntityType | undefined): ResolvedMention[] {
  const types = new Set(mentions.map((m) => typeOf(m.entity)));
  const stops = (text: string) => {
    const words = text.toLowerCase().split(' ');
    return (
      words.some((word) => PRONOUNS.has(word) || (types.has('Agreement') && AGREEMENT_HEADS.has(word))) ||
      (types.has('Organization') && ORGANIZATION_HEADS.has(words[0]!)) ||
      (types.has('Country') && COUNTRY_OWN_HEADS.has(words[0]!))
    );
  };
  return mentions.filter((m) => typeOf(m.entity) !== 'Concept' || stops(m.text));
}

/**
 * The anaphors of one document, given its other mentions. It reads of the rest of the corpus only the types
 * `typeOf` gives of those mentions' entities, so its result can be kept per document under those inputs.
 */
export function findAnaphors(document: AnalyzedDocument, mentions: readonly ResolvedMention[], typeOf: (entity: string) => EntityType | undefined): ResolvedMention[] {
  const found: ResolvedMention[] = [];
  const bySentence = groupBy(mentions, (m) => String(m.sentence));
  const covered = (sentence: number, token: number) =>
    (bySentence.get(String(sentence)) ?? []).some((m) => m.tokenStart <= token && token < m.tokenEnd);
  let lastAgreement: string | undefined;
  let previousOpener: string | undefined;
  let previousPerson: string | undefined;
  let previousPeople: ReadonlySet<string> = new Set();
  let previousNames: readonly ResolvedMention[] = [];
  for (const sentence of document.sentences) {
    const own = (bySentence.get(String(sentence.index)) ?? []).sort((a, b) => a.tokenStart - b.tokenStart);
    const parse = document.syntax?.[sentence.index];
    const norms = sentence.tokens.map((t) => t.norm.toLowerCase());
    const make = (entity: string, start: number, end: number): ResolvedMention => ({
      entity,
      docId: document.id,
      sentence: sentence.index,
      tokenStart: start,
      tokenEnd: end,
      start: sentence.tokens[start].start,
      end: sentence.tokens[end - 1].end,
      text: sentence.tokens.slice(start, end).map((t) => t.norm).join(' '),
      anaphor: true,
    });
    if (!sentence.isHeading && (norms[0] === 'it' || norms[0] === 'its') && previousOpener) found.push(make(previousOpener, 0, 1));
    const personPronoun = norms[0] === 'he' || norms[0] === 'she';
    if (!sentence.isHeading && personPronoun && previousPerson) found.push(make(previousPerson, 0, 1));
    const isPerson = (m: ResolvedMention) => typeOf(m.entity) === 'Person';
    if (!sentence.isHeading) {
      for (let i = personPronoun ? 1 : 0; i < norms.length; i += 1) {
        if (!PERSON_PRONOUNS.has(norms[i]!) || covered(sentence.index, i)) continue;
        // "A of B spoke of the work between his agency and C": "his agency" is the one organisation named before it.
        const head = norms[i + 1] ?? '';
        if (OWNER_PRONOUNS.has(norms[i]!) && (ORGANIZATION_HEADS.has(head) || COUNTRY_OWN_HEADS.has(head)) && /^\p{Ll}/u.test(sentence.tokens[i + 1]?.norm ?? '')) {
          const named = (type: EntityType) => new Set(own.filter((m) => !m.anaphor && m.tokenEnd <= i && typeOf(m.entity) === type).map((m) => m.entity));
          const bodies = ORGANIZATION_HEADS.has(head) ? named('Organization') : new Set<string>();
          // "B's foreign minister said her government had …": with no body named, a country's own is the one country
          // named before it.
          const owners = bodies.size || !COUNTRY_OWN_HEADS.has(head) ? bodies : named('Country');
          if (owners.size === 1 && !covered(sentence.index, i + 1)) found.push(make([...owners][0]!, i, i + 2));
          continue;
        }
        const here = [...own.filter((m) => !m.anaphor), ...found.filter((m) => m.sentence === sentence.index)];
        const before = new Set(here.filter((m) => isPerson(m) && m.tokenEnd <= i).map((m) => m.entity));
        const candidates = before.size ? before : previousPeople;
        if (candidates.size === 1) found.push(make([...candidates][0]!, i, i + 1));
      }
      for (let i = 1; i < norms.length; i += 1) {
        // "A said it would …", "A announced that it will …": "it" after a saying verb is the speaker, read as "its" is.
        // ("A announced on Sunday that it was …": the parse finds the saying verb further back.)
        const sayer = parse && parse.deprel[i] === 'nsubj' && parse.head[i]! >= 0 && parse.deprel[parse.head[i]!] === 'ccomp' ? parse.head[parse.head[i]!]! : -1;
        const saying = SAYING_WORDS.has(norms[i - 1]!) ? i - 1 : norms[i - 1] === 'that' && SAYING_WORDS.has(norms[i - 2] ?? '') ? i - 2 : sayer >= 0 && sayer < i && SAYING_WORDS.has(norms[sayer]!) ? sayer : -1;
        const saidIt = norms[i] === 'it' && saying >= 0;
        if ((norms[i] !== ACTOR_POSSESSIVE && !saidIt) || covered(sentence.index, i)) continue;
        const actors = own.filter((m) => !m.anaphor && m.tokenEnd <= i && ACTOR_TYPES.has(typeOf(m.entity) ?? ''));
        // The speaker is whom the saying verb's subject names, where the parse finds one ("In B, C said it …",
        // "B's ministry said it …"); else the one actor named before.
        const speaker = saidIt && parse ? subjectActor(parse, saying, actors) : undefined;
        const before = new Set(actors.map((m) => m.entity));
        if (speaker) found.push(make(speaker, i, i + 1));
        else if (before.size === 1) found.push(make([...before][0]!, i, i + 1));
      }
    }
    const agreements = own.filter((m) => typeOf(m.entity) === 'Agreement');
    let nextAgreement = 0;
    for (let i = 0; i < norms.length; i += 1) {
      while (nextAgreement < agreements.length && agreements[nextAgreement].tokenStart <= i) lastAgreement = agreements[nextAgreement++].entity;
      if (!lastAgreement || !DETERMINERS.has(norms[i])) continue;
      // "the [2015] [nuclear] deal": up to three modifiers between determiner and head.
      for (let j = i + 1; j < Math.min(norms.length, i + 5); j += 1) {
        if (AGREEMENT_HEADS.has(norms[j]) && /^\p{Ll}/u.test(sentence.tokens[j].norm)) {
          if (!covered(sentence.index, j) && norms[j + 1] !== 'of') found.push(make(lastAgreement, i, j + 1));
          break;
        }
        if (!/^[\p{Ll}\p{N}-]+$/u.test(norms[j]) || DETERMINERS.has(norms[j])) break;
      }
    }
    if (!sentence.isHeading) {
      // A quotation's "I" is its speaker: the one person the sentence names outside the quotation.
      const quoted = quotedWords(norms);
      // The speaker is a subject ("A said", "said A", "Secretary-General A wrote" with the name under its title), not
      // whom they spoke to or of ("praised B, saying …").
      const subjectIn = (m: ResolvedMention): boolean => {
        if (!parse) return true;
        const isSubject = (t: number) => t >= 0 && parse.deprel[t]!.startsWith('nsubj');
        for (let t = m.tokenStart; t < m.tokenEnd; t += 1) if (isSubject(t) || (parse.head[t]! < m.tokenStart && isSubject(parse.head[t]!))) return true;
        return false;
      };
      const speakers = new Set(own.filter((m) => !m.anaphor && !quoted[m.tokenStart] && isPerson(m) && subjectIn(m)).map((m) => m.entity));
      if (speakers.size === 1) {
        for (let i = 0; i < norms.length; i += 1) if (quoted[i] && SPEAKER_PRONOUNS.has(norms[i]!) && !covered(sentence.index, i)) found.push(make([...speakers][0]!, i, i + 1));
      }
      const names = own.filter((m) => !m.anaphor && typeOf(m.entity) !== 'Concept');
      for (const [start, end, type] of kindReferences(sentence.tokens.map((t) => t.norm), (t) => names.some((m) => m.tokenStart <= t && t < m.tokenEnd), parse)) {
        // "the university" is one whose name says so; "the airline" any organisation.
        const kind = norms[end - 1]!;
        const fits = (m: ResolvedMention) => typeOf(m.entity) === type && (!NAMED_KINDS.has(kind) || m.text.toLowerCase().split(' ').includes(kind));
        const ofType = (ms: readonly ResolvedMention[]) => new Set(ms.filter(fits).map((m) => m.entity));
        const here = ofType(names.filter((m) => m.tokenEnd <= start));
        const candidates = here.size ? here : ofType(previousNames);
        if (candidates.size === 1) found.push(make([...candidates][0]!, start, end));
      }
      previousNames = names;
    }
    // The subject, roughly: the first actor not governed by a preposition ("in Oman", "of Iran").
    const opener = own.find((m) => !m.anaphor && ACTOR_TYPES.has(typeOf(m.entity) ?? '') && !PREPOSITIONS.has(norms[m.tokenStart - 1] ?? ''));
    const subject = (type: string) => own.find((m) => !m.anaphor && typeOf(m.entity) === type && !PREPOSITIONS.has(norms[m.tokenStart - 1] ?? ''));
    // A sentence that opens with a subordinate clause has its main subject after the clause's comma ("When A
    // resigned, B ran for the seat. He won."), which the parser often misses.
    const clauseEnd = OPENING_SUBORDINATORS.has(norms[0] ?? '') ? norms.indexOf(',') : -1;
    const mainSubject = clauseEnd > 0 ? own.find((m) => !m.anaphor && isPerson(m) && m.tokenStart > clauseEnd && !PREPOSITIONS.has(norms[m.tokenStart - 1] ?? '')) : undefined;
    if (!sentence.isHeading) {
      previousOpener = opener?.entity ?? (norms[0] === 'it' ? previousOpener : undefined);
      previousPerson = (mainSubject ?? subject('Person'))?.entity ?? (personPronoun ? previousPerson : undefined);
      previousPeople = new Set([...own.filter(isPerson), ...found.filter((m) => m.sentence === sentence.index && isPerson(m))].map((m) => m.entity));
    }
  }
  return found;
}

/**
 * The actor a verb's subject names: the one whose mention holds the subject's head word ("the B ministry", "B's
 * ministry": the ministry's name) or, where none does, the one actor named inside the subject's phrase ("B's
 * foreign minister"); none where the verb has no subject or its phrase names several.
 */
function subjectActor(parse: TokenParse, verb: number, actors: readonly ResolvedMention[]): string | undefined {
  const subject = parse.deprel.findIndex((label, t) => label === 'nsubj' && parse.head[t] === verb);
  if (subject < 0) return undefined;
  const at = actors.find((m) => m.tokenStart <= subject && subject < m.tokenEnd);
  if (at) return at.entity;
  const inside = (t: number): boolean => {
    for (let k = 0, up = t; k < parse.head.length && up >= 0; k += 1, up = parse.head[up]!) if (up === subject) return true;
    return false;
  };
  const named = new Set(actors.filter((m) => inside(m.tokenStart)).map((m) => m.entity));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Spans of "the [one or two lower-case words] KIND" in a sentence's words that may refer back, with the entity type
 * the kind stands for; `named(t)` says whether word t lies in a name.
 */
function kindReferences(norms: readonly string[], named: (token: number) => boolean, parse: TokenParse | undefined): [number, number, EntityType][] {
  const spans: [number, number, EntityType][] = [];
  for (let i = 0; i < norms.length; i += 1) {
    if (norms[i]!.toLowerCase() !== 'the') continue;
    for (let j = i + 1; j < Math.min(norms.length, i + 4); j += 1) {
      const word = norms[j]!;
      if (!/^[\p{Ll}-]+$/u.test(word) || OTHER_REFERENT_WORDS.has(word)) break;
      const type = REFERRING_KINDS.get(word);
      if (!type) continue;
      const after = norms[j + 1] ?? '';
      const another = after === 'of' || after === 'that' || after === 'which' || after === 'who' || /^\p{Lu}/u.test(after);
      // The kind must head its phrase or own the next ("the city's mayor"): "the party leaders" are no party.
      if (parse && ['compound', 'amod'].includes(parse.deprel[j] ?? '')) break;
      if (!another && !named(j)) spans.push([i, j + 1, type]);
      break;
    }
  }
  return spans;
}

/** Which words of a sentence lie inside a quotation (an unclosed one runs to the sentence's end). */
function quotedWords(norms: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const word of norms) {
    if (QUOTES.has(word)) {
      open = word === '“' ? true : word === '”' ? false : !open;
      inside.push(false);
    } else inside.push(open);
  }
  return inside;
}
