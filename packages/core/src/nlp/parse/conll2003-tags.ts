/**
 * Extra tagger training text from CoNLL-2003 (Reuters news with Penn
 * Treebank tags). In: the text of a CoNLL-2003 file (token, PTB tag, chunk,
 * entity tag per line). Out: sentences of forms with the (UPOS, XPOS) pair UD
 * English EWT would give each word, by a fixed mapping of the PTB tag and
 * its neighbours. Document markers, headlines in capitals and score tables
 * (mostly numbers) are left out: their tags say little about running text.
 * The Reuters tags call adjectives of names NNP ("German Chancellor",
 * "Russian Duma", "Prime Minister"); EWT tags them ADJ, JJ alone and NNP
 * inside a name (824 of 1,005 capitalised words within a sentence of EWT train
 * whose lower-case form is mostly ADJ), so the words the file itself shows to
 * be adjectives are mapped to ADJ where their entity tags allow.
 */

/** A sentence for the tagger alone: forms and their UD tags, no tree. */
export interface TaggedSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
}

const BE = new Set(['be', 'is', 'was', 'were', 'are', 'am', 'been', 'being', "'s", "'re", "'m", 'ai']);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);
const DO = new Set(['do', 'does', 'did']);
const NEGATION = new Set(['not', "n't"]);
/** Words that open a clause whenever PTB tags them IN. */
const ALWAYS_SUBORDINATING = new Set(['that', 'if', 'because', 'whether', 'although', 'though', 'unless', 'whereas', 'whilst', 'while', 'lest']);
/** Words that are prepositions before a noun phrase and subordinators before a clause. */
const SOMETIMES_SUBORDINATING = new Set(['as', 'since', 'before', 'after', 'until', 'till', 'once', 'so', 'like', 'than']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Indefinite pronouns EWT tags NN but PRON. */
const NOUN_PRONOUNS = new Set([
  'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'noone',
  'somebody', 'anybody', 'nobody', 'everybody', 'none',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** Tags that can start or continue the noun phrase a determiner opens. */
const NOMINAL = /^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD|PRP\$|VBG|VBN|RBS|RBR|\$)$/;
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const PUNCTUATION: Record<string, string> = { '.': '.', ',': ',', ':': ':', '(': '-LRB-', ')': '-RRB-', "''": "''", '``': '``' };
const SIMPLE: Record<string, [string, string]> = {
  NN: ['NOUN', 'NN'], NNS: ['NOUN', 'NNS'], NNP: ['PROPN', 'NNP'], NNPS: ['PROPN', 'NNPS'],
  JJ: ['ADJ', 'JJ'], JJR: ['ADJ', 'JJR'], JJS: ['ADJ', 'JJS'], CD: ['NUM', 'CD'], LS: ['NUM', 'LS'],
  CC: ['CCONJ', 'CC'], PDT: ['DET', 'PDT'], POS: ['PART', 'POS'], RP: ['ADP', 'RP'], MD: ['AUX', 'MD'],
  PRP: ['PRON', 'PRP'], PRP$: ['PRON', 'PRP$'], WP: ['PRON', 'WP'], WP$: ['PRON', 'WP$'], EX: ['PRON', 'EX'],
  WRB: ['ADV', 'WRB'], RBR: ['ADV', 'RBR'], RBS: ['ADV', 'RBS'], UH: ['INTJ', 'UH'], FW: ['X', 'FW'],
  SYM: ['SYM', 'SYM'], $: ['SYM', '$'], '#': ['SYM', '$'],
};

/** Nationality words, when the entity tags call them MISC: "Valdorian", "Kesselese", "Tesselish". */
const DEMONYM = /^\p{Lu}\p{Ll}+(an|ese|ish|ic|i)$/u;

/** How the file tags a form: times JJ, times NNP, times in a MISC entity, times in all. */
interface FormCounts {
  adjective: number;
  name: number;
  misc: number;
  all: number;
}

/**
 * The capitalised words of a CoNLL-2003 file that are adjectives though often
 * tagged NNP: tagged JJ at least a quarter of the time (twice or more), or
 * shaped like a nationality and mostly MISC, or mostly JJ in lower case
 * (three times or more). Of the NNP tokens of the train split's kept
 * sentences whose word EWT train tags mostly ADJ or mostly PROPN, the mapping
 * (with `readsAsAdjective`) agrees with EWT on 12,185 of 12,633 (all PROPN:
 * 11,231).
 */
export function adjectivesOfNames(sentences: readonly (readonly ConllToken[])[]): Set<string> {
  const capitalised = new Map<string, FormCounts>();
  const lower = new Map<string, FormCounts>();
  for (const token of sentences.flat()) {
    const form = token.word;
    const table = form === form.toLowerCase() ? lower : /^\p{Lu}\p{Ll}+$/u.test(form) ? capitalised : undefined;
    if (!table) continue;
    const counts = table.get(form) ?? { adjective: 0, name: 0, misc: 0, all: 0 };
    counts.all++;
    if (token.tag === 'JJ') counts.adjective++;
    if (token.tag === 'NNP') counts.name++;
    if (token.entity.endsWith('MISC')) counts.misc++;
    table.set(form, counts);
  }
  const adjectives = new Set<string>();
  for (const [form, c] of capitalised) {
    if (c.name === 0) continue;
    const inLower = lower.get(form.toLowerCase());
    const taggedJJ = c.adjective >= 2 && c.adjective * 4 >= c.adjective + c.name;
    const nationality = DEMONYM.test(form) && c.misc * 2 >= c.all;
    const lowerJJ = inLower !== undefined && inLower.all >= 3 && inLower.adjective * 2 > inLower.all;
    if (taggedJJ || nationality || lowerJJ) adjectives.add(form);
  }
  return adjectives;
}

/** One line of a CoNLL-2003 file: the word, its PTB tag and its entity tag (IOB1). */
export interface ConllToken {
  word: string;
  tag: string;
  entity: string;
}

/** Points of the compass open names as nouns in EWT ("South Africa": PROPN 20 of 24 times). */
const COMPASS = new Set(['North', 'South', 'East', 'West']);

/**
 * Whether an adjective of `adjectivesOfNames` at `i` is used as one: not in a
 * person's name, not a place or body of one word ("Nepal"), and not the last
 * word of a longer name, which is its head ("the Australian Open").
 */
function readsAsAdjective(sentence: readonly ConllToken[], i: number, adjectives: ReadonlySet<string>): boolean {
  const token = sentence[i]!;
  if (token.tag !== 'NNP' || !adjectives.has(token.word) || COMPASS.has(token.word)) return false;
  const type = token.entity.slice(2);
  if (token.entity === 'O') return true;
  if (type === 'PER') return false;
  const inside = (j: number): boolean => sentence[j]?.entity === `I-${type}`;
  const endsName = !inside(i + 1);
  const startsName = token.entity.startsWith('B-') || !inside(i - 1);
  if (endsName) return type === 'MISC' && startsName;
  return true;
}

/** Whether token `i` and the next belong to one name: the same entity, or both untagged NNPs ("Prime Minister"). */
function nameGoesOn(sentence: readonly ConllToken[], i: number): boolean {
  const next = sentence[i + 1];
  if (next === undefined || !/^NNPS?$/.test(next.tag)) return false;
  const entity = sentence[i]!.entity;
  if (entity === 'O') return next.entity === 'O';
  return next.entity === `I-${entity.slice(2)}`;
}

/** Index of the next verb after `i` with only adverbs, negation, pronouns and names between (within four words), else -1. */
function nextVerb(words: readonly string[], tags: readonly string[], i: number): number {
  for (let j = i + 1; j < tags.length && j <= i + 4; j++) {
    const tag = tags[j]!;
    if (tag.startsWith('VB')) return j;
    if (!/^(RB|RBR|RBS|PRP|NNP|DT|NN)$/.test(tag) && !NEGATION.has(words[j]!.toLowerCase())) return -1;
  }
  return -1;
}

/** Whether a clause (a subject and a finite verb, or a verb in -ing) follows word `i`. */
function clauseFollows(words: readonly string[], tags: readonly string[], i: number): boolean {
  const next = tags[i + 1];
  if (next === undefined) return false;
  if (next === 'VBG' || next === 'EX') return true;
  if (next === 'PRP' && SUBJECT_PRONOUNS.has(words[i + 1]!.toLowerCase())) return true;
  // A short noun phrase then a finite verb: "after the talks ended".
  for (let j = i + 1; j < tags.length && j <= i + 5; j++) {
    if (FINITE.test(tags[j]!)) return j > i + 1;
    if (!/^(DT|PRP\$|JJ|NN|NNS|NNP|NNPS|CD|POS)$/.test(tags[j]!)) return false;
  }
  return false;
}

/** The EWT (UPOS, XPOS) pair of word `i` of a PTB-tagged sentence. */
export function udTagOf(words: readonly string[], tags: readonly string[], i: number): [string, string] {
  const word = words[i]!.toLowerCase();
  const tag = tags[i]!;
  const next = tags[i + 1];
  if (tag in PUNCTUATION) return ['PUNCT', PUNCTUATION[tag]!];
  if (tag === '"') return ['PUNCT', words.slice(0, i).filter((w) => w === '"').length % 2 === 0 ? '``' : "''"];
  if (tag === 'NN|SYM') return ['NOUN', 'NN'];
  if (tag.startsWith('VB')) {
    if (BE.has(word)) return ['AUX', tag];
    const verb = nextVerb(words, tags, i);
    if (HAVE.has(word) && verb >= 0 && tags[verb] === 'VBN') return ['AUX', tag];
    if (DO.has(word) && verb >= 0 && tags[verb] === 'VB') return ['AUX', tag];
    return ['VERB', tag];
  }
  if (tag === 'NN' && NOUN_PRONOUNS.has(word)) return ['PRON', 'NN'];
  if (tag === 'RB') return NEGATION.has(word) ? ['PART', 'RB'] : ['ADV', 'RB'];
  if (tag === 'TO') return next === 'VB' ? ['PART', 'TO'] : ['ADP', 'IN'];
  if (tag === 'IN') {
    if (ALWAYS_SUBORDINATING.has(word)) return ['SCONJ', 'IN'];
    if (next === 'VBG') return ['SCONJ', 'IN'];
    if (SOMETIMES_SUBORDINATING.has(word) && clauseFollows(words, tags, i)) return ['SCONJ', 'IN'];
    return ['ADP', 'IN'];
  }
  if (tag === 'DT') return DEMONSTRATIVES.has(word) && (next === undefined || !NOMINAL.test(next) || next === 'VBN') ? ['PRON', 'DT'] : ['DET', 'DT'];
  if (tag === 'WDT') return next !== undefined && /^(NN|NNS|JJ)$/.test(next) ? ['DET', 'WDT'] : ['PRON', 'WDT'];
  const simple = SIMPLE[tag];
  return simple ?? ['X', 'ADD'];
}

const hasLetters = (word: string): boolean => /\p{L}/u.test(word);

/** Headlines and datelines ("SOCCER - JAPAN GET LUCKY WIN .") are in capitals; their PTB tags are mostly NNP. */
function inCapitals(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length >= 2 && hasLetters(w));
  return long.length > 0 && long.filter((w) => w === w.toUpperCase()).length * 2 > long.length;
}

/** Score tables and results ("Ajax 2 Feyenoord 1", "1. Karo Tessel 2:03.45"): two numbers or more in five words and numbers. */
function mostlyNumbers(words: readonly string[]): boolean {
  const numbers = words.filter((w) => /\d/.test(w) && !hasLetters(w)).length;
  const counted = numbers + words.filter(hasLetters).length;
  return numbers * 5 >= counted * 2;
}

/** The sentences of a CoNLL-2003 file worth training a tagger of running text on, with their UD tags. */
export function parseConll2003Tags(text: string): TaggedSentence[] {
  const kept = readConllTokens(text).filter((sentence) => {
    const words = sentence.map((t) => t.word);
    return words[0] !== '-DOCSTART-' && !inCapitals(words) && !mostlyNumbers(words);
  });
  const adjectives = adjectivesOfNames(kept);
  return kept.map((sentence) => {
    const words = sentence.map((t) => t.word);
    const tags = sentence.map((t) => t.tag);
    const pairs = sentence.map((_, i): [string, string] =>
      readsAsAdjective(sentence, i, adjectives)
        ? ['ADJ', nameGoesOn(sentence, i) ? 'NNP' : 'JJ']
        : udTagOf(words, tags, i),
    );
    return { forms: words, upos: pairs.map((p) => p[0]), xpos: pairs.map((p) => p[1]) };
  });
}

/** The sentences of a CoNLL-2003 file as tokens; a line without an entity column reads as untagged. */
function readConllTokens(text: string): ConllToken[][] {
  const sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  for (const line of text.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (columns.length < 2) {
      if (sentence.length > 0) sentences.push(sentence);
      sentence = [];
      continue;
    }
    sentence.push({ word: columns[0]!, tag: columns[1]!, entity: columns[3] ?? 'O' });
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences;
}
