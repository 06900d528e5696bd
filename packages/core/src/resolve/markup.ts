/**
 * Name mentions of all documents → the same, without the corpus's markup:
 * - speaker labels that open the turns of an interview ("((JD))", "Q:", "JD:", "JD Well, …"): the label is no
 *   entity, but its turn still has a speaker — the person of the document whose name or initials it is;
 * - lines that recur across documents (bylines, credits, "Related news" entries): their names are boilerplate,
 *   unless most of a document's lines recur (then it is a copy of another, and its lines are content);
 * - credits a document repeats under its pictures ("… Image: Jane Roe."): the name after the label is no mention;
 * - the publication's own name, the name its documents' web address spells ("Smith told the Herald" in articles
 *   from herald.example).
 * Everything is read from the corpus itself, never from a list of publications. Runs after per-document
 * extraction, over what it produced.
 */
import { isDoubtfulHeading, type Mention } from '../nlp/mentions.js';
import type { Sentence } from '../nlp/sentences.js';
import type { Corpus } from '../util/corpus.js';

interface DocumentNames {
  sentences: readonly Sentence[];
  names: readonly Mention[];
  url?: string;
}

/** A label opens at least this many turns of one document. */
export const MIN_LABEL_TURNS = 3;
/** A line recurs when this many documents have it. */
export const MIN_RECURRING_DOCUMENTS = 3;

interface Label {
  text: string;
  /** Tokens the label takes, brackets and colon included. */
  end: number;
  /** Written as a label (in brackets, or before a colon), not only as a leading word. */
  marked: boolean;
}

const OPENING = new Set(['(', '[']);
const CLOSING = new Set([')', ']']);
const LABEL_WORD = /^[\p{Lu}][\p{L}.'’-]*$/u;

/** The label that opens a sentence, if its first tokens look like one. */
export function labelAt(sentence: Sentence): Label | undefined {
  // Read in place rather than as an array of norms: every sentence of the corpus is asked, few open with a label.
  const tokens = sentence.tokens;
  const norm = (index: number): string => tokens[index]?.norm ?? '';
  let i = 0;
  while (OPENING.has(norm(i))) i += 1;
  const bracketed = i > 0;
  const start = i;
  while (i < tokens.length && i - start < 3 && LABEL_WORD.test(norm(i))) i += 1;
  if (i === start) return undefined;
  const text = tokens.slice(start, i).map((token) => token.norm).join(' ');
  if (bracketed) {
    if (!CLOSING.has(norm(i))) return undefined;
    while (CLOSING.has(norm(i))) i += 1;
    if (norm(i) === ':') i += 1;
    return i < tokens.length ? { text, end: i, marked: true } : undefined;
  }
  if (norm(i) === ':' && i + 1 < tokens.length) return { text, end: i + 1, marked: true };
  // "JD Well, …": initials alone before a capitalised word.
  if (/^\p{Lu}{2,3}$/u.test(norm(0)) && /^\p{Lu}/u.test(norm(1))) return { text: norm(0), end: 1, marked: false };
  return undefined;
}

const initialsOf = (name: string): string =>
  name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

/** The person a label stands for: the one the document names with that name, else the one of those initials. */
function speakerOf(label: string, people: readonly string[]): string | undefined {
  if (people.includes(label)) return label;
  const letters = label.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return undefined;
  const matching = [...new Set(people.filter((person) => initialsOf(person) === letters))];
  return matching.length === 1 ? matching[0] : undefined;
}

/** The labels that open at least MIN_LABEL_TURNS sentences of a document, by sentence index. */
function speakerLabels(document: DocumentNames): Map<number, Label> {
  const opened = new Map<number, Label>();
  const turns = new Map<string, number>();
  for (const sentence of document.sentences) {
    const label = labelAt(sentence);
    if (!label) continue;
    opened.set(sentence.index, label);
    turns.set(label.text, (turns.get(label.text) ?? 0) + 1);
  }
  // A leading word counts as a label only where the document never names it elsewhere ("US officials…" three times is no label).
  const elsewhere = new Set(document.names.filter((m) => m.tokenStart > 0).map((m) => m.text));
  for (const [index, label] of opened) {
    const enough = (turns.get(label.text) ?? 0) >= MIN_LABEL_TURNS;
    if (!enough || (!label.marked && elsewhere.has(label.text))) opened.delete(index);
  }
  return opened;
}

const PUNCTUATION = /^[\p{P}]+$/u;

/**
 * The name a sentence closes with as a credit, "Label: Name" and nothing after but punctuation
 * ("Image: Jane Roe.", "A deer at the show Image: Jane Roe.").
 */
function creditAt(sentence: Sentence, names: readonly Mention[]): { key: string; mention: Mention } | undefined {
  const tokens = sentence.tokens;
  let last = tokens.length;
  while (last > 0 && PUNCTUATION.test(tokens[last - 1]!.norm)) last -= 1;
  const mention = names.find((m) => m.sentence === sentence.index && m.tokenEnd === last);
  if (!mention || mention.tokenStart < 2 || tokens[mention.tokenStart - 1]!.norm !== ':') return undefined;
  const label = tokens[mention.tokenStart - 2]!.norm;
  return LABEL_WORD.test(label) ? { key: `${label}|${mention.text}`, mention } : undefined;
}

/** Mentions in credits a document gives at least MIN_LABEL_TURNS times: a photographer's name under each picture. */
function creditMentions(document: DocumentNames): Set<Mention> {
  const byKey = new Map<string, Mention[]>();
  for (const sentence of document.sentences) {
    const credit = creditAt(sentence, document.names);
    if (credit) byKey.set(credit.key, [...(byKey.get(credit.key) ?? []), credit.mention]);
  }
  return new Set([...byKey.values()].filter((mentions) => mentions.length >= MIN_LABEL_TURNS).flat());
}

// Whitespace that is not already one space, so that a line's single spaces are not all replaced by themselves.
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;
const lineKey = (sentence: Sentence): string => sentence.text.toLowerCase().replace(/\d/g, '0').replace(LOOSE_SPACE, ' ').trim();

/** Lines that recur in at least MIN_RECURRING_DOCUMENTS documents. */
function recurringLines(documents: Iterable<DocumentNames>): Set<string> {
  const seenIn = new Map<string, number>();
  for (const document of documents) {
    for (const key of new Set(document.sentences.map(lineKey))) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  }
  return new Set([...seenIn].filter(([, count]) => count >= MIN_RECURRING_DOCUMENTS).map(([key]) => key));
}

const squeeze = (text: string): string => text.toLowerCase().replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}]/gu, '');

/** The words of a web address's host that can name its publisher ("herald" of "www.herald.example"). */
function hostWords(url: string | undefined): Set<string> {
  if (!url) return new Set();
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return new Set();
  }
  const labels = host.split('.').slice(0, -1);
  return new Set(labels.filter((label) => label.length > 3).map(squeeze));
}

/**
 * Each document's names with the markup of the corpus taken out, and its speakers put in their turns, in
 * corpus order. Reads the corpus twice: once for the lines that recur, then a document at a time.
 */
export function namesWithoutMarkup(documents: Corpus<DocumentNames>): Mention[][] {
  const recurring = recurringLines(documents);
  return Array.from(documents, (document) => {
    const labels = speakerLabels(document);
    // Without recurring lines in the corpus (most corpora of articles from many places) no line's key is needed.
    const repeated = recurring.size ? document.sentences.filter((s) => recurring.has(lineKey(s))).map((s) => s.index) : [];
    // A document most of whose lines recur is a copy of another (an update, a repost): its lines are content.
    const boilerplate = new Set(repeated.length * 2 <= document.sentences.length ? repeated : []);
    const publisher = hostWords(document.url);
    const inLabel = (m: Mention) => (labels.get(m.sentence)?.end ?? 0) > m.tokenStart;
    const people = document.names.filter((m) => m.type === 'Person' && !inLabel(m) && m.text.includes(' ')).map((m) => m.text);
    const credits = creditMentions(document);
    const names: Mention[] = document.names.filter(
      (m) => !inLabel(m) && !credits.has(m) && !boilerplate.has(m.sentence) && !publisher.has(squeeze(m.text)),
    );
    for (const sentence of document.sentences) {
      const label = labels.get(sentence.index);
      const speaker = label && speakerOf(label.text, people);
      if (!label || !speaker) continue;
      const first = sentence.tokens.findIndex((token) => token.norm === label.text.split(' ')[0]);
      const last = first + label.text.split(' ').length;
      names.push({
        sentence: sentence.index,
        tokenStart: first,
        tokenEnd: last,
        start: sentence.tokens[first]!.start,
        end: sentence.tokens[last - 1]!.end,
        text: speaker,
        type: 'Person',
        via: 'name',
        inDoubtfulHeading: isDoubtfulHeading(sentence),
      });
    }
    names.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
    return names;
  });
}
