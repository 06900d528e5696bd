/**
 * The syntactic model: a UPOS tagger, a lemmatiser and a dependency parser
 * over one sentence of words (UD tokenisation). In: word forms. Out: UPOS
 * tags, lemmas, heads (1-based, 0 for the root) and UD relations with their
 * subtypes (`nsubj:pass`, `obl:agent`, …).
 */
import type { WordClasses } from '../ner/features.js';
import type { Lemmatiser } from './lemmatiser.js';
import type { LinearWeights } from './linear-weights.js';
import { scoresAt, tagSentence, WordScoreCache } from './pos-tagger.js';
import { withPunctuationReattached } from './punctuation-heads.js';
import { parseInput } from './transition-parser.js';
import { regularVerbLemmas } from './verb-dictionary.js';
import { WordAttributes, type SentenceWords } from './word-attributes.js';
import type { WordCategories } from './word-categories.js';
import { CALENDAR_NAMES } from '../lexicon.js';

export interface ParserModelData {
  /** The UPOS and XPOS of each of the tagger's classes (XPOS empty when it predicts UPOS alone). */
  upos: string[];
  xpos: string[];
  deprels: string[];
  tagger: LinearWeights;
  transitions: LinearWeights;
  labels: LinearWeights;
  lemmatiser: Lemmatiser;
  info: Record<string, unknown>;
}

/** One parsed sentence, word by word. */
export interface SentenceParse {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 1-based index of each word's head; 0 for the root. */
  heads: Int32Array;
  deprels: string[];
}

/** What the tagger takes a missed verb for, and what stands before it (its subject's last word). */
const MISSED_VERB_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'ADV', 'PROPN', 'PART', 'X']);
const CLAUSE_MISSED_VERB_TAGS: ReadonlySet<string> = new Set([...MISSED_VERB_TAGS, 'ADP']);
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags of function words, which a name written in capitals is not ("WHO", "IT", "AND" as acronyms). */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART']);
/** Forms of verbs of beginning, going on or stopping, which take a gerund ("began sharing", "kept firing"). */
const ASPECT_FORMS: ReadonlySet<string> = new Set(
  ['begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'continue', 'continues', 'continued', 'continuing', 'resume', 'resumes', 'resumed', 'resuming', 'keep', 'keeps', 'kept', 'keeping', 'stop', 'stops', 'stopped', 'stopping', 'finish', 'finishes', 'finished', 'finishing'],
);
/** Forms of verbs of yielding, whose "to" opens what is yielded to ("bowed to pressure"). */
const YIELDING_FORMS: ReadonlySet<string> = new Set(
  ['bow', 'bows', 'bowed', 'bowing', 'yield', 'yields', 'yielded', 'yielding', 'cave', 'caves', 'caved', 'caving', 'succumb', 'succumbs', 'succumbed', 'succumbing', 'bend', 'bends', 'bent', 'bending'],
);
/** Forms of "have", an auxiliary before a past participle. */
const PERFECT_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having']);
/** Words opening a clause of time, cause or a question, and verbs of saying that close a sentence after a comma ("…, B said"). */
const SUBORDINATING_FORMS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'unless', 'although', 'though', 'once', 'if', 'how', 'whether', 'why', 'where']);
const ATTRIBUTION_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'reported', 'announced', 'confirmed', 'stated', 'wrote']);
/** Verbs of thinking or claiming, whose clause may follow with no "that" ("believed protesters gathered …"). */
const THINKING_FORMS: ReadonlySet<string> = new Set(['thought', 'believed', 'claimed', 'argued', 'noted', 'insisted', 'warned', 'feared', 'knew', 'found', 'felt']);
/** The tags of the words of what a verb acts on, from its verb up to its head noun ("two C-130 transport aircraft"). */
const OBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);
/** A finite verb's tags: past, and present in the third person and otherwise. */
const FINITE_XPOS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);
/** Subordinators of time that are prepositions before a noun phrase ("before the B army"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['before', 'after', 'until', 'since']);
/**
 * Tags after which a word is no head noun: a noun phrase going on (the word modifies it: "B's planned trip") or an
 * object opening (the word is a verb after all: "at B's, offers a …", a shop's name).
 */
const NOT_AFTER_HEAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
/** Tags of words that close the noun phrase before them ("B's military to …", "B's poor, …"). */
const PHRASE_CLOSING_TAGS: ReadonlySet<string> = new Set(['ADP', 'PART', 'PUNCT', 'AUX', 'CCONJ', 'SCONJ']);
/** Words a clause's subject is made of, and those that open what its verb acts on. */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const OBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);
/**
 * Verbs of demanding, whose "that" clause is in the subjunctive, so its verb may end it: "demanded that B resign"
 * (the forms, since the tagger's lemmas come later).
 */
const MANDATIVE_FORMS: ReadonlySet<string> = new Set(
  ['demand', 'insist', 'urge', 'ask', 'request', 'propose', 'recommend', 'require'].flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ed`]),
);
/**
 * Verbs of intent, whose "to" opens an infinitive: "threatened to sanction B's companies", with "sanction" a verb though
 * it is more often a noun (the forms, as for `MANDATIVE_FORMS`).
 */
const INTENT_FORMS: ReadonlySet<string> = new Set(
  ['threaten', 'vow', 'pledge', 'promise', 'agree', 'plan', 'decide', 'refuse', 'offer', 'seek', 'move', 'vote', 'prepare', 'intend'].flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ed`]),
);
/** Particles of phrasal verbs, which may stand between a verb and its object ("that B hand over the suspects"). */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['over', 'out', 'up', 'down', 'back', 'off', 'away']);
/** Collective nouns of people who act as one, a headline's subject after the names they belong to ("B police arrest …"). */
const ACTING_BODIES: ReadonlySet<string> = new Set(['police', 'military', 'army', 'navy', 'government', 'coastguard', 'militia']);
/**
 * Words of quantity or degree, after "a" yet heading no noun phrase of their own ("a few of them", "a bit expensive",
 * "a lot lower than", "due to").
 */
const NOT_HEAD_WORDS: ReadonlySet<string> = new Set(['few', 'little', 'couple', 'bit', 'lot', 'touch', 'great', 'good', 'whole', 'single', 'half', 'due']);
/** Words that open what a verb acts on, common nouns, adjectives and an amount's sign too ("pledges $40 million"). */
const OBJECT_TAGS: ReadonlySet<string> = new Set([...OBJECT_OPENING_TAGS, 'NOUN', 'ADJ', 'SYM']);

/** The tagger's class numbers whose UPOS is `upos`. */
function classesOf(tags: readonly string[], upos: string): Int32Array {
  return Int32Array.from(tags.flatMap((tag, c) => (tag === upos ? [c] : [])));
}

export class ParserModel {
  private readonly attributes: WordAttributes;
  private readonly rootLabel: number;
  /** The relations a word of a known name may take: any word's but the root's and a bare time's or extent's. */
  private readonly nameLabels: Uint8Array;
  /** How a passive's subject is told from an active's. */
  private readonly passive: { subject: number; active: number; auxiliary: number; auxiliaryTags: Uint8Array };
  private readonly wordScores = new WordScoreCache();
  /** The tag classes a word of a name may take: the proper nouns'. */
  private readonly nameClasses: Int32Array;
  /** The tag classes of verbs. */
  private readonly verbClasses: Int32Array;
  private readonly nounClasses: Int32Array;
  /** The tag classes of any word but a proper noun. */
  private readonly commonClasses: Int32Array;
  private readonly adjectiveClasses: Int32Array;
  private readonly prepositionClasses: Int32Array;
  /** The tag classes of a verb's past tense (VBD). */
  private readonly pastClasses: Int32Array;
  /** The tag classes of a verb's past participle (VBN). */
  private readonly participleClasses: Int32Array;
  /** The tag classes of a verb's gerund or present participle (VBG). */
  private readonly gerundClasses: Int32Array;
  /** The tag classes of a particle ("to" as an infinitive's marker). */
  private readonly particleClasses: Int32Array;
  /** The number of each class's UPOS among the distinct UPOS: where a form keeps its lemmas. */
  private readonly uposNumbers: Int32Array;

  /** `wordClasses`, `categories`: the NER model's word classes and clusters and the dictionary's parts of speech, which the weights were trained with. */
  constructor(
    readonly data: ParserModelData,
    wordClasses: WordClasses | undefined,
    private readonly categories?: WordCategories,
  ) {
    this.attributes = new WordAttributes(wordClasses, categories);
    this.rootLabel = data.deprels.indexOf('root');
    this.passive = {
      subject: data.deprels.indexOf('nsubj:pass'),
      active: data.deprels.indexOf('nsubj'),
      auxiliary: data.deprels.indexOf('aux:pass'),
      auxiliaryTags: Uint8Array.from(data.upos, (tag) => (tag === 'AUX' ? 1 : 0)),
    };
    this.nameLabels = Uint8Array.from(data.deprels, (label) => (label === 'root' || label.endsWith(':unmarked') ? 0 : 1));
    this.nameClasses = classesOf(data.upos, 'PROPN');
    this.verbClasses = classesOf(data.upos, 'VERB');
    this.nounClasses = classesOf(data.upos, 'NOUN');
    this.commonClasses = Int32Array.from(data.upos.flatMap((tag, c) => (tag !== 'PROPN' ? [c] : [])));
    this.adjectiveClasses = classesOf(data.upos, 'ADJ');
    this.prepositionClasses = classesOf(data.upos, 'ADP');
    this.pastClasses = Int32Array.from(data.upos.flatMap((tag, c) => (tag === 'VERB' && data.xpos[c] === 'VBD' ? [c] : [])));
    this.participleClasses = Int32Array.from(data.upos.flatMap((tag, c) => (tag === 'VERB' && data.xpos[c] === 'VBN' ? [c] : [])));
    this.particleClasses = classesOf(data.upos, 'PART');
    this.gerundClasses = Int32Array.from(data.upos.flatMap((tag, c) => (tag === 'VERB' && data.xpos[c] === 'VBG' ? [c] : [])));
    const distinct = [...new Set(data.upos)];
    this.uposNumbers = Int32Array.from(data.upos, (tag) => distinct.indexOf(tag));
  }

  /** The word to tag a verb in a sentence or a "that" clause the tagger gave none, or −1 (see `parse`). */
  private missedVerb(forms: readonly string[], words: SentenceWords, tags: Int32Array, isName: readonly boolean[] | undefined): number {
    const uposOf = (i: number) => this.data.upos[tags[i]!]!;
    const verbal = (i: number) => uposOf(i) === 'VERB' || uposOf(i) === 'AUX';
    const candidate = (i: number, missed = MISSED_VERB_TAGS) => {
      const form = forms[i]!;
      // (Or after the comma closing the subject's apposition: "B's president, A, pardoned jailed …".)
      const after = forms[i - 1] === ',' ? i - 2 : i - 1;
      return !isName?.[i] && form === form.toLowerCase() && missed.has(uposOf(i)) && NOMINAL_TAGS.has(uposOf(after));
    };
    // (Participles and gerunds do not count: "B relaxed restrictions on …, easing a standoff"; nor the verbs of a
    // clause of time or cause or of an attribution after it: "B froze aid to C after parliament passed a law, the
    // minister said", whose own verb comes before them.)
    const outside = tags.map((_, i) => this.isFinite(forms, tags, i) ? this.clauseOutsideOpening(forms, tags, i) : -1);
    if (!tags.some((_, i) => this.isFinite(forms, tags, i) && outside[i]! < 0)) {
      const limit = Math.min(forms.length, ...outside.filter((o) => o >= 0));
      const verb = this.likeliestVerb(forms, words, tags, (i) => i < limit && candidate(i));
      if (verb >= 0 || !tags.some((_, i) => verbal(i))) return verb;
    }
    return this.missedClauseVerb(forms, tags, candidate, verbal);
  }

  /**
   * In a sentence with no finite verb, the word after a nominal that may be one, or −1: a past form ("B froze arms
   * sales"), or, before what it acts on, a present one (a headline's "B jails C's citizen", "B's drones pound C's
   * positions"). Where several may, the one the tagger came nearest to reading as a verb.
   */
  private likeliestVerb(forms: readonly string[], words: SentenceWords, tags: Int32Array, candidate: (i: number) => boolean): number {
    const lemmatiser = this.data.lemmatiser;
    const xposOf = (i: number) => this.data.xpos[tags[i]!]!;
    // (Two names joined by "and" are plural too: "B and C launch joint patrols".)
    const plural = (i: number) => xposOf(i) === 'NNS' || xposOf(i) === 'NNPS' || this.endsJoinedNames(forms, tags, i);
    const present = (i: number) => {
      const form = forms[i]!;
      // (No subject is a possessive: "my cats 13 years".)
      if (xposOf(i - 1) === 'PRP$' || xposOf(i - 1) === 'WP$') return false;
      // (What it acts on, or an infinitive: "B vows to retaliate", not "restaurants close to the hall".)
      const acting = OBJECT_TAGS.has(this.data.upos[tags[i + 1]!] ?? '') || (forms[i + 1] === 'to' && this.data.upos[tags[i + 2]!] === 'VERB');
      // (A past that is its lemma, before what it acts on, whatever the subject: "B shut its shops".)
      return acting && (plural(i - 1) || lemmatiser.isUnchangedPast(form) ? lemmatiser.isVerbLemma(form) : lemmatiser.isThirdPersonVerbForm(form));
    };
    let best = -1;
    let bestMargin = -Infinity;
    for (let i = 1; i < forms.length; i++) {
      if (!candidate(i) || !(lemmatiser.isPastVerbForm(forms[i]!) || present(i))) continue;
      const scores = scoresAt(this.data.tagger, this.data.upos.length, words, tags, i);
      let verbScore = -Infinity;
      for (const c of this.verbClasses) verbScore = Math.max(verbScore, scores[c]!);
      const margin = verbScore - scores[tags[i]!]!;
      if (margin > bestMargin) {
        best = i;
        bestMargin = margin;
      }
    }
    return best;
  }

  /**
   * In a headline (no closing stop) opening with a name, a third person's form of a verb tagged a plural noun right
   * after the name, where the verb the tagger found instead is a past form right after it (or after a particle)
   * before a noun phrase: the word to tag a verb ("B pardons jailed reporter A", "B hands over armoured vehicles to
   * C"), or −1.
   */
  private headlineVerbBeforeParticiple(forms: readonly string[], tags: Int32Array, isName: readonly boolean[]): number {
    if (/^[.!?:;"”’')]$/.test(forms[forms.length - 1] ?? '.')) return -1;
    let i = 0;
    while (isName[i]) i++;
    if (i === 0 || this.data.xpos[tags[i]!] !== 'NNS' || forms[i] !== forms[i]!.toLowerCase() || !this.data.lemmatiser.isThirdPersonVerbForm(forms[i]!)) return -1;
    const past = PHRASAL_PARTICLES.has(forms[i + 1]!) ? i + 2 : i + 1;
    const xpos = this.data.xpos[tags[past]!];
    if (this.data.upos[tags[past]!] !== 'VERB' || (xpos !== 'VBD' && xpos !== 'VBN') || !/ed$/.test(forms[past]!)) return -1;
    // (A noun phrase, not an adjective alone: "B protests turned violent".)
    const described = (k: number): boolean => ['NOUN', 'PROPN'].includes(this.data.upos[tags[k]!] ?? '') || (this.data.upos[tags[k]!] === 'ADJ' && described(k + 1));
    if (!described(past + 1)) return -1;
    return tags.some((_, k) => k !== past && this.isFinite(forms, tags, k)) ? -1 : i;
  }

  /**
   * In a headline (a line with no stop), the word right after its opening names ("B Hands Back …", "B and C Hold
   * Talks …", "B, C meet in …") when it is a verb's present form the tagger read otherwise, or the one after the
   * people of the names that act ("B police arrest …", "B farmers block …"): the headline's verb, or −1.
   */
  private titleHeadlineVerb(forms: readonly string[], tags: Int32Array, isName: readonly boolean[]): number {
    let i = 0;
    while (isName[i]) i++;
    if (i === 0) return -1;
    const joined = (forms[i] === 'and' || forms[i] === ',') && isName[i + 1];
    if (joined) for (i += 1; isName[i]; ) i++;
    const form = forms[i] ?? '';
    const lemmatiser = this.data.lemmatiser;
    const upos = (k: number) => this.data.upos[tags[k]!];
    // (People: a plural, or a body of them, that no verb's present form is; its verb a plain one the tagger read as a noun.)
    const next = forms[i + 1] ?? '';
    const people = (/s$/.test(form) && !lemmatiser.isThirdPersonVerbForm(form)) || ACTING_BODIES.has(form);
    if (people && /^\p{Ll}+$/u.test(next) && upos(i + 1) === 'NOUN' && lemmatiser.isVerbLemma(next) && !tags.some((_, k) => upos(k) === 'VERB' && k !== i)) return i + 1;
    if (upos(i) === 'VERB' || !/^\p{Ll}+$/u.test(form)) return -1;
    return lemmatiser.isThirdPersonVerbForm(form) || (joined && lemmatiser.isVerbLemma(form)) ? i : -1;
  }

  /**
   * The first of two joined verbs the tagger read as a noun or an adjective, or −1: a past form right after a nominal
   * and before "and" and a past tense, with no finite verb before it ("the B police shot and wounded A", "guards beat
   * and tortured A").
   */
  private pastBeforeJoinedPast(forms: readonly string[], tags: Int32Array): number {
    const lemmatiser = this.data.lemmatiser;
    const uposOf = (i: number) => this.data.upos[tags[i]!]!;
    for (let i = 1; i + 2 < forms.length; i++) {
      const form = forms[i]!;
      if (!['NOUN', 'ADJ'].includes(uposOf(i)) || forms[i + 1] !== 'and' || this.data.xpos[tags[i + 2]!] !== 'VBD' || !NOMINAL_TAGS.has(uposOf(i - 1))) continue;
      if (form !== form.toLowerCase() || !(lemmatiser.isPastVerbForm(form) || lemmatiser.isUnchangedPast(form))) continue;
      if (tags.some((_, k) => k < i && this.isFinite(forms, tags, k))) continue;
      return i;
    }
    return -1;
  }

  /**
   * A past participle to tag again as a past tense, or −1: in a sentence (or a clause a semicolon closes) with no
   * finite verb and no auxiliary, one right after a nominal and before what it acts on ("Demonstrators in B burned
   * flags outside …", read as "burned flags"); not a headline's passive ("Three arrested after …").
   */
  private participleAsPast(forms: readonly string[], tags: Int32Array): number {
    const xposOf = (i: number) => this.data.xpos[tags[i]!]!;
    const uposOf = (i: number) => this.data.upos[tags[i]!]!;
    let participle = -1;
    const stopped = /^[.!?]$/.test(forms[forms.length - 1] ?? '');
    // Clause by clause where a semicolon joins two ("…, the movement launched; A promised protests …"), and a finite
    // verb of a clause of time or cause ("until B joined …") is not the clause's own.
    for (let i = 0; i < forms.length; i++) {
      if (forms[i] === ';') {
        if (participle >= 0) return participle;
        continue;
      }
      // (Only after a participle before its object: "Sanctions imposed on B after the coup were lifted" is passive.)
      const ownClause = participle < 0 || !OBJECT_TAGS.has(uposOf(participle + 1) ?? '') || this.clauseOutsideOpening(forms, tags, i) < 0;
      if (this.isFinite(forms, tags, i) && ownClause) {
        participle = -1;
        while (i + 1 < forms.length && forms[i + 1] !== ';') i++;
        continue;
      }
      // (The nominal may be a possessor's adjective read as a noun: "B's military shelled villages".)
      const nominal = NOMINAL_TAGS.has(uposOf(i - 1)) || (uposOf(i - 1) === 'ADJ' && (forms[i - 2] === "'s" || forms[i - 2] === '’s'));
      // (Or before a preposition after a plural or a name, in a sentence with its stop, which a headline's passive has
      // not: "B's protesters marched through C.", not "Three arrested after …".)
      const acting = OBJECT_TAGS.has(uposOf(i + 1) ?? '') || (uposOf(i + 1) === 'ADP' && stopped && (xposOf(i - 1) === 'NNS' || uposOf(i - 1) === 'PROPN'));
      if (participle < 0 && i > 0 && xposOf(i) === 'VBN' && nominal && acting && this.data.lemmatiser.isPastVerbForm(forms[i]!)) participle = i;
    }
    return participle;
  }

  /**
   * Where the clause of a finite verb opens when it is not the one a sentence's own verb may be missed from, or −1:
   * a clause of time or cause ("… after parliament passed a law"), an attribution after a comma ("…, the
   * lender said"), or a clause describing the noun of a phrase after a comma ("…, in a move his supporters had
   * sought"), each opening after the sentence's first two words.
   */
  private clauseOutsideOpening(forms: readonly string[], tags: Int32Array, i: number): number {
    let start = i - 1;
    while (start > 1 && forms[start] !== ',' && !SUBORDINATING_FORMS.has(forms[start]!)) start--;
    if (start <= 1) return -1;
    if (SUBORDINATING_FORMS.has(forms[start]!)) return start;
    const uposOf = (k: number) => this.data.upos[tags[k]!]!;
    // (After the comma, only the speaker: "…, the lender said", "…, Ana Rell told reporters"; or a preposition's
    // noun and the clause describing it, up to its auxiliary.)
    const speaker = forms.slice(start + 1, i).every((_, k) => SUBJECT_TAGS.has(uposOf(start + 1 + k)));
    const described = uposOf(start + 1) === 'ADP' && forms.slice(start + 2, i).every((_, k) => SUBJECT_TAGS.has(uposOf(start + 2 + k)) || uposOf(start + 2 + k) === 'AUX');
    return i > start + 1 && ((speaker && ATTRIBUTION_FORMS.has(forms[i]!)) || (described && i > start + 3)) ? start : -1;
  }

  /** Whether the word ends the second of two names joined by "and". */
  private endsJoinedNames(forms: readonly string[], tags: Int32Array, i: number): boolean {
    const name = (k: number) => k >= 0 && this.data.upos[tags[k]!] === 'PROPN';
    let start = i;
    while (name(start - 1)) start--;
    return name(i) && forms[start - 1] === 'and' && name(start - 2);
  }

  /** Whether the word's tag is an auxiliary or a finite verb (not a participle, a gerund or an infinitive). */
  private isFinite(forms: readonly string[], tags: Int32Array, i: number): boolean {
    const upos = this.data.upos[tags[i]!];
    const xpos = this.data.xpos[tags[i]!];
    return upos === 'AUX' || (upos === 'VERB' && xpos !== 'VBN' && xpos !== 'VBG' && !((xpos === 'VB' || xpos === 'VBP') && this.isInfinitive(forms, tags, i)));
  }

  /**
   * Whether a verb's base form is an infinitive: after "to", or after another verb ("let B go"); a present form too
   * inside an infinitive's clause ("to help B rebuild", "rebuild" read as a present after the plural "B").
   */
  private isInfinitive(forms: readonly string[], tags: Int32Array, i: number): boolean {
    const xpos = this.data.xpos[tags[i]!];
    if (forms[i - 1] === 'to') return true;
    for (let k = 0; k < i; k++) {
      const verbal = this.data.upos[tags[k]!] === 'VERB' || this.data.upos[tags[k]!] === 'AUX';
      if (verbal && (xpos === 'VB' || (forms[k - 1] === 'to' && this.data.xpos[tags[k]!] === 'VB'))) return true;
    }
    return false;
  }

  /** The verb of a "that" clause the tagger gave none, or −1. */
  private missedClauseVerb(forms: readonly string[], tags: Int32Array, missedAs: (i: number, missed?: ReadonlySet<string>) => boolean, verbal: (i: number) => boolean): number {
    const uposOf = (i: number) => this.data.upos[tags[i]!]!;
    // (After a subject and before an object, a verb may also have been read as a preposition: "that B free the …".)
    const candidate = (i: number) => missedAs(i, CLAUSE_MISSED_VERB_TAGS);
    // "demanded that B extradite the suspect", "asked that B halt its drilling", "that B hand over the suspects": a
    // clause opened by "that" whose words up to the next punctuation hold no verb has its verb right after its
    // subject, before what it acts on (or the particle before it).
    for (let that = 0; that < forms.length; that++) {
      if (forms[that] !== 'that' && forms[that] !== 'That') continue;
      // (A hyphen between two names joins them: "Ana Rell-Voss".)
      const joining = (i: number) => forms[i] === '-' && uposOf(i - 1) === 'PROPN' && i + 1 < forms.length && uposOf(i + 1) === 'PROPN';
      let end = that + 1;
      while (end < forms.length && (uposOf(end) !== 'PUNCT' || joining(end))) end++;
      let verb = that + 1;
      while (verb < end && verb - that <= 4 && (SUBJECT_TAGS.has(uposOf(verb)) || joining(verb)) && !candidate(verb)) verb++;
      const object = verb + (PHRASAL_PARTICLES.has(forms[verb + 1]!) ? 2 : 1);
      // (What it acts on may open with a plural noun: "that B return hundreds of artefacts", or with the nouns that
      // modify one: "that B scrap entry stickers".)
      const plural = (i: number) => this.data.xpos[tags[i]!] === 'NNS';
      const modifiesPlural = (i: number) => {
        let k = i;
        while (k < end && uposOf(k) === 'NOUN' && !plural(k)) k++;
        return k > i && k < end && plural(k);
      };
      const opensObject = OBJECT_OPENING_TAGS.has(uposOf(object)) || plural(object) || modifiesPlural(object);
      // (Or, after a verb of demanding, ends the clause or comes before a phrase, its particle aside: "demanded that B
      // resign (over …)", "… that B step down over …".)
      const mandative = forms.slice(Math.max(0, that - 4), that).some((f) => MANDATIVE_FORMS.has(f.toLowerCase()));
      const after = object - 1;
      const demanded = (after + 1 === end || uposOf(after + 1) === 'ADP') && mandative && this.data.lemmatiser.isVerbLemma(forms[verb]!);
      if (verb === that + 1 || verb >= end || !candidate(verb) || (!demanded && (object >= end || !opensObject))) continue;
      // (A participle does not count, nor an infinitive or a verb joined by "and" to the missed one: "demanded that B
      // free the guards taken into custody and allow officials to visit them"; nor, after a demand, a past form after
      // what the missed verb acts on, which describes it: "demanded that B hand over a minister wanted on charges".)
      const describing = (k: number) => mandative && k > object && this.data.lemmatiser.isPastVerbForm(forms[k]!);
      let hasVerb = false;
      // (Nor a word right after a preposition, a noun the tagger took for a verb: "step down over delays in …".)
      for (let k = that + 1; k < end && !hasVerb; k++) hasVerb = verbal(k) && this.isFinite(forms, tags, k) && !(k > verb && ['and', 'or', 'to'].includes(forms[k - 1]!)) && !describing(k) && uposOf(k - 1) !== 'ADP';
      if (hasVerb) continue;
      const form = forms[verb]!;
      if (this.data.lemmatiser.isVerbLemma(form) || this.data.lemmatiser.isPastVerbForm(form)) return verb;
    }
    return -1;
  }

  /**
   * A word in "-ing" of a verb tagged a noun right after a verb of beginning or going on, before what it acts on
   * ("has begun sharing surveillance data"), or −1: the gerund is the verb's complement, not a noun's modifier.
   */
  private gerundAfterAspect(forms: readonly string[], tags: Int32Array): number {
    const lemmatiser = this.data.lemmatiser;
    if (!lemmatiser.knowsVerbs()) return -1;
    for (let i = 1; i + 1 < forms.length; i++) {
      const form = forms[i]!;
      if (this.data.upos[tags[i]!] !== 'NOUN' || !form.endsWith('ing') || this.data.upos[tags[i - 1]!] !== 'VERB' || !ASPECT_FORMS.has(forms[i - 1]!.toLowerCase())) continue;
      if (!OBJECT_TAGS.has(this.data.upos[tags[i + 1]!]!) || !regularVerbLemmas(form).some((lemma) => lemmatiser.isVerbLemma(lemma))) continue;
      return i;
    }
    return -1;
  }

  /**
   * A word tagged a verb right after "to" and a verb of yielding, before a preposition, a comma or the end ("bowed to
   * pressure from B", "caved to demands"), or −1: what one yields to is a noun, never an infinitive.
   */
  private nounAfterYielding(forms: readonly string[], tags: Int32Array): number {
    for (let i = 2; i < forms.length; i++) {
      if (this.data.upos[tags[i]!] !== 'VERB' || forms[i - 1]!.toLowerCase() !== 'to' || !YIELDING_FORMS.has(forms[i - 2]!.toLowerCase())) continue;
      const next = this.data.upos[tags[i + 1]!];
      if (next === undefined || next === 'ADP' || next === 'PUNCT') return i;
    }
    return -1;
  }

  /** Tags again as an auxiliary a form of "have" between a noun or a name and a past participle ("B has begun …"). */
  private perfectAuxiliaries(forms: readonly string[], tags: Int32Array): void {
    for (let i = 0; i + 1 < forms.length; i++) {
      // (An adverb may stand between: "has only impeached".)
      const participle = this.data.upos[tags[i + 1]!] === 'ADV' ? i + 2 : i + 1;
      if (this.data.upos[tags[i]!] !== 'VERB' || this.data.xpos[tags[participle]!] !== 'VBN' || !PERFECT_FORMS.has(forms[i]!.toLowerCase())) continue;
      // (After a noun or a name, its subject; not a participle describing the noun after it: "have limited options".)
      if (!['NOUN', 'PROPN'].includes(this.data.upos[tags[i - 1]!] ?? '') || ['NOUN', 'ADJ'].includes(this.data.upos[tags[participle + 1]!] ?? '')) continue;
      const auxiliary = this.data.upos.findIndex((u, c) => u === 'AUX' && this.data.xpos[c] === this.data.xpos[tags[i]!]);
      if (auxiliary >= 0) tags[i] = auxiliary;
    }
  }

  /**
   * A sentence's first word in "-s" tagged a verb before "from" or "of", or the first word in "-s" tagged a verb right
   * after a possessive "'s" and heading its phrase ("B's demands to …"; not
   * "B's planned trip", "B's leaving"), or −1: a plural noun the tagger took for a verb's third person; or a noun the
   * tagger took for an adjective there ("B's military to …").
   */
  private possessedVerb(forms: readonly string[], tags: Int32Array): number {
    const uposOf = (i: number) => this.data.upos[tags[i]!];
    const xposOf = (i: number) => this.data.xpos[tags[i]!];
    // "Nurses from the B union walked off …": a word in "-s" opening a sentence before "from" or "of" is a plural noun
    // (the treebank has no verb there).
    if (forms.length > 2 && uposOf(0) === 'VERB' && /^\p{Lu}\p{Ll}+s$/u.test(forms[0]!) && (forms[1] === 'from' || forms[1] === 'of')) return 0;
    for (let i = 2; i < forms.length; i++) {
      // "dismissed demands by B": a third person right after a past tense is a plural noun, the verb's object (after a
      // present tense it may be the main verb after a relative clause: "every move B makes brings …").
      if (uposOf(i) === 'VERB' && xposOf(i) === 'VBZ' && uposOf(i - 1) === 'VERB' && xposOf(i - 1) === 'VBD' && forms[i]!.endsWith('s')) return i;
      // "Valdorian drones struck a …": so is one right before a past form and its object, after the adjective or name
      // that modifies it (not "B remains targeted by …", "B sets defined objectives").
      if (uposOf(i - 1) === 'VERB' && xposOf(i - 1) === 'VBZ' && uposOf(i) === 'VERB' && (xposOf(i) === 'VBD' || xposOf(i) === 'VBN') && forms[i - 1]!.endsWith('s') && ['ADJ', 'PROPN'].includes(uposOf(i - 2) ?? '') && OBJECT_OPENING_TAGS.has(uposOf(i + 1) ?? '')) return i - 1;
      // "accepted the pay demands of B", "launched missile strikes on B": so is one ending the object a past tense opens
      // with a noun (after an article or not), before a preposition or a stop (not after a verb of saying: "said the
      // union demands more").
      if (uposOf(i) === 'VERB' && xposOf(i) === 'VBZ' && forms[i]!.endsWith('s') && uposOf(i - 1) === 'NOUN' && ['ADP', 'PUNCT', undefined].includes(uposOf(i + 1))) {
        const opening = uposOf(i - 2) === 'DET' ? i - 3 : i - 2;
        if (opening >= 0 && uposOf(opening) === 'VERB' && xposOf(opening) === 'VBD' && !ATTRIBUTION_FORMS.has(forms[opening]!)) return i;
      }
      const possessed = uposOf(i - 1) === 'PART' && (forms[i - 1] === "'s" || forms[i - 1] === '’s');
      // "called on B's military to …": an adjective ending the phrase a possessor opens, where the dictionary knows
      // the word as a noun, is that noun.
      const phraseEnds = PHRASE_CLOSING_TAGS.has(uposOf(i + 1) ?? 'PUNCT');
      if (possessed && uposOf(i) === 'ADJ' && phraseEnds && /^\p{Ll}+$/u.test(forms[i]!) && ((this.categories?.codeOf(forms[i]!) ?? 0) & 3) > 0) return i;
      if (uposOf(i) !== 'VERB' || !possessed) continue;
      if (forms[i]!.endsWith('s') && !NOT_AFTER_HEAD_TAGS.has(uposOf(i + 1) ?? '')) return i;
    }
    return -1;
  }

  /**
   * A word after "to" tagged a verb's base form that is no verb the lemmatiser's dictionary knows, before a noun or
   * name ("granted asylum to dissident blogger A", "to veteran reporter B"), or −1: an adjective the tagger took for
   * an infinitive.
   */
  private nonVerbAfterTo(forms: readonly string[], tags: Int32Array): number {
    if (!this.data.lemmatiser.knowsVerbs()) return -1;
    for (let i = 1; i + 1 < forms.length; i++) {
      const form = forms[i]!;
      if (this.data.upos[tags[i]!] !== 'VERB' || this.data.xpos[tags[i]!] !== 'VB' || forms[i - 1]!.toLowerCase() !== 'to' || form !== form.toLowerCase()) continue;
      if (this.data.lemmatiser.isVerbLemma(form) || !NOMINAL_TAGS.has(this.data.upos[tags[i + 1]!]!) || this.data.upos[tags[i + 1]!] === 'PRON') continue;
      return i;
    }
    return -1;
  }

  /**
   * Capitalised words of a name found tagged a common noun or a verb right before the name's proper noun ("Paw
   * Haven"), or a verb anywhere in a name of two words or more ("Blues Incorporated").
   */
  private commonNounsInNames(forms: readonly string[], tags: Int32Array, anyName: readonly boolean[]): number[] {
    const found: number[] = [];
    for (let i = 0; i < forms.length; i++) {
      const upos = this.data.upos[tags[i]!];
      if (!anyName[i] || (upos !== 'NOUN' && upos !== 'VERB') || !/^\p{Lu}\p{Ll}/u.test(forms[i]!)) continue;
      const beforeName = anyName[i + 1] === true && this.data.upos[tags[i + 1]!] === 'PROPN';
      // (A verb's form may stand anywhere in a name: "Blues Incorporated", "The Rolling Stones".)
      if (beforeName || (upos === 'VERB' && i > 0 && (anyName[i - 1] || anyName[i + 1]))) found.push(i);
    }
    return found;
  }

  /** A "before", "after", "until" or "since" tagged a subordinator with no verb after it before the next mark, or −1. */
  private subordinatorBeforeNoClause(forms: readonly string[], tags: Int32Array): number {
    for (let i = 0; i + 1 < forms.length; i++) {
      if (this.data.upos[tags[i]!] !== 'SCONJ' || !TIME_PREPOSITIONS.has(forms[i]!.toLowerCase())) continue;
      let k = i + 1;
      while (k < forms.length && this.data.upos[tags[k]!] !== 'PUNCT' && this.data.upos[tags[k]!] !== 'VERB' && this.data.upos[tags[k]!] !== 'AUX') k++;
      if (k > i + 1 && (k === forms.length || this.data.upos[tags[k]!] === 'PUNCT')) return i;
    }
    return -1;
  }

  /**
   * A "to" tagged an infinitive's marker whose next word (past adverbs) is no verb's base form, or the first word of a
   * hyphenated modifier before a common noun ("to flood-hit districts", split "flood - hit" as the treebank splits
   * it; before a name the mends read it), or −1.
   */
  private toBeforeNoInfinitive(forms: readonly string[], tags: Int32Array): number {
    for (let i = 0; i + 1 < forms.length; i++) {
      if (forms[i]!.toLowerCase() !== 'to' || this.data.upos[tags[i]!] !== 'PART') continue;
      let k = i + 1;
      while (k < forms.length - 1 && k - i < 3 && this.data.upos[tags[k]!] === 'ADV') k++;
      const xpos = this.data.xpos[tags[k]!];
      const modifier = forms[k + 1] === '-' && k + 3 < forms.length && this.data.upos[tags[k + 3]!] === 'NOUN';
      if ((xpos !== 'VB' && this.data.upos[tags[k]!] !== 'PUNCT') || modifier) return i;
    }
    return -1;
  }

  /**
   * A word after "to" tagged a noun or an adjective that is a verb the lemmatiser's dictionary knows, after a verb of
   * intent and before what it acts on ("threatened on Monday to sanction B's companies", "refused to free jailed
   * activist A"), or −1: an infinitive the tagger took for a noun after a preposition.
   */
  private infinitiveAfterIntent(forms: readonly string[], tags: Int32Array): number {
    if (!this.data.lemmatiser.knowsVerbs()) return -1;
    for (let i = 2; i + 1 < forms.length; i++) {
      const form = forms[i]!;
      if (!['NOUN', 'ADJ'].includes(this.data.upos[tags[i]!]!) || forms[i - 1]!.toLowerCase() !== 'to' || form !== form.toLowerCase() || !this.data.lemmatiser.isVerbLemma(form)) continue;
      // (What it acts on may open with a participle describing it: "to free jailed activist A".)
      const participle = this.data.upos[tags[i + 1]!] === 'VERB' && /ed$/.test(forms[i + 1]!);
      if (!(OBJECT_TAGS.has(this.data.upos[tags[i + 1]!]!) || participle) || !forms.slice(Math.max(0, i - 5), i - 1).some((f) => INTENT_FORMS.has(f.toLowerCase()))) continue;
      return i;
    }
    return -1;
  }

  /**
   * An adjective that ends a noun phrase opened by "a" or "an", right before a preposition ("an offensive against B",
   * "a new offensive on C"), or by a possessor, right before a verb ("B's military executed …"), or −1: the phrase's
   * head, a noun the tagger read as the adjective it more often is.
   */
  private adjectiveEndingPhrase(forms: readonly string[], tags: Int32Array): number {
    const uposOf = (i: number) => this.data.upos[tags[i]!];
    for (let i = 1; i < forms.length; i++) {
      const form = forms[i]!;
      if (uposOf(i) !== 'ADJ' || form !== form.toLowerCase() || NOT_HEAD_WORDS.has(form) || (uposOf(i + 1) !== 'ADP' && uposOf(i + 1) !== 'VERB')) continue;
      let start = i - 1;
      // (Only adjectives before it: after a noun, an adjective may follow it with its own phrase: "a campaign full of".)
      while (start > 0 && i - start < 4 && uposOf(start) === 'ADJ' && !NOT_HEAD_WORDS.has(forms[start]!.toLowerCase())) start--;
      const article = forms[start]!.toLowerCase();
      if (uposOf(start) === 'DET' && (article === 'a' || article === 'an') && uposOf(i + 1) === 'ADP') return i;
      // (Or by a possessor, before a verb: "B's military executed …".)
      if ((article === "'s" || this.data.xpos[tags[start]!] === 'PRP$') && uposOf(i + 1) === 'VERB') return i;
    }
    return -1;
  }

  /**
   * Past tenses to tag again as participles: one right after the noun that ends what a finite verb before it acts on,
   * before a preposition ("extradited two men wanted for robbery to B", "handed 14 soldiers captured during a
   * skirmish back to B"): the clause has its verb, and the participle describes the noun. Not after a verb of saying
   * or thinking, whose clause may follow with no "that" ("said the soldiers fired at the crowd").
   */
  private participlesAfterObjects(forms: readonly string[], tags: Int32Array): number[] {
    const uposOf = (i: number) => this.data.upos[tags[i]!]!;
    const xposOf = (i: number) => this.data.xpos[tags[i]!]!;
    const found: number[] = [];
    for (let i = 2; i + 1 < forms.length; i++) {
      if (xposOf(i) !== 'VBD' || uposOf(i - 1) !== 'NOUN' || uposOf(i + 1) !== 'ADP' || !this.data.lemmatiser.isPastVerbForm(forms[i]!)) continue;
      let verb = i - 1;
      while (verb >= 0 && OBJECT_WORD_TAGS.has(uposOf(verb))) verb--;
      if (verb < 0 || !FINITE_XPOS.has(xposOf(verb)) || ATTRIBUTION_FORMS.has(forms[verb]!.toLowerCase()) || THINKING_FORMS.has(forms[verb]!.toLowerCase())) continue;
      found.push(i);
    }
    return found;
  }

  /**
   * The first word, when it is a capitalised plural tagged a proper noun, before a preposition ("Gunmen from B …",
   * not "Hastings said …"), in a sentence with a verb (not a title: "Pubs in Philadelphia?"), that the tagger reads
   * as a plural noun in lower case; or −1.
   */
  private openingPlural(forms: readonly string[], tags: Int32Array): number {
    const form = forms[0] ?? '';
    if (this.data.upos[tags[0]!] !== 'PROPN' || this.data.upos[tags[1]!] !== 'ADP' || !/^\p{Lu}\p{Ll}+(?:s|men)$/u.test(form)) return -1;
    if (!tags.some((_, k) => this.isFinite(forms, tags, k))) return -1;
    const lower = tagSentence(this.data.tagger, this.data.upos.length, this.attributes.of([form.toLowerCase(), ...forms.slice(1)]), undefined, this.wordScores);
    return this.data.xpos[lower[0]!] === 'NNS' ? 0 : -1;
  }

  /** UPOS tag numbers of a sentence. */
  tagNumbers(forms: readonly string[]): Int32Array {
    return tagSentence(this.data.tagger, this.data.upos.length, this.attributes.of(forms), undefined, this.wordScores);
  }

  /**
   * Tags, lemmatises and parses one sentence of treebank words (gold or kgraph tokens, as UD words); words flagged in `isName` (part of a name the reference lists know) are
   * tagged proper nouns; those in `anyName` (any name found, capitalised) mark where a headline's verb may stand;
   * `inAnyName` flags every word of any name found, in whatever case.
   */
  parse(written: readonly string[], isName?: readonly boolean[], anyName?: readonly boolean[], inAnyName?: readonly boolean[]): SentenceParse {
    // A headline's comma between two names before its verb stands for "and" ("B, C hold talks on …"): read so.
    const forms = isName ? this.headlineConjunction(written, isName) : written;
    const words = this.attributes.of(forms);
    const names = isName ? { isName, classes: this.nameClasses } : undefined;
    let tags = tagSentence(this.data.tagger, this.data.upos.length, words, undefined, this.wordScores, names);
    // A sentence with no verb at all, in which a past form of a verb follows a nominal ("B froze arms sales", "B's
    // army clashed with C") or a present one comes before what it acts on (a headline's "B jails C's reporter"), or a
    // "that" clause with none ("demanded that B extradite the suspect"), is one whose verb the tagger missed: tagged
    // again with that word a verb.
    // A word after a possessor's "'s" is no finite verb ("rejected B's demands to …", "agreed to B's demands"): tagged
    // again as a noun.
    // So is a past tense tagged a participle in a sentence with no finite verb ("B burned flags outside C").
    // So is a headline's verb read as a plural noun after its subject's name, before a past form describing what it
    // acts on ("B pardons jailed reporter A"): a headline tells in the present.
    const headline = anyName !== undefined && !/^[.!?:;"”’')]$/.test(forms[forms.length - 1] ?? '.');
    const titled = headline ? this.titleHeadlineVerb(forms, tags, written.map((_, k) => isName?.[k] === true || anyName?.[k] === true)) : -1;
    const missed = titled < 0 ? this.missedVerb(forms, words, tags, isName) : titled;
    const verb = missed < 0 && isName ? this.headlineVerbBeforeParticiple(forms, tags, isName) : missed;
    const possessed = verb < 0 ? this.possessedVerb(forms, tags) : -1;
    // So is the first of two joined past tenses read as a noun ("the B police shot and wounded A").
    const joinedPast = verb < 0 && possessed < 0 ? this.pastBeforeJoinedPast(forms, tags) : -1;
    const past = verb < 0 && possessed < 0 ? (joinedPast >= 0 ? joinedPast : this.participleAsPast(forms, tags)) : -1;
    // And a word after "to" that is no verb is no infinitive ("to dissident blogger A"): tagged again as an adjective.
    const adjective = verb < 0 && possessed < 0 && past < 0 ? this.nonVerbAfterTo(forms, tags) : -1;
    // Or a verb after "to" and a verb of intent read as a noun ("threatened to sanction B's companies").
    const infinitive = verb < 0 && possessed < 0 && past < 0 && adjective < 0 ? this.infinitiveAfterIntent(forms, tags) : -1;
    // Or an adjective that ends a phrase opened by "a", before a preposition: a noun ("launched a ground offensive against B").
    const noun = verb < 0 && possessed < 0 && past < 0 && adjective < 0 && infinitive < 0 ? this.adjectiveEndingPhrase(forms, tags) : -1;
    const held =
      verb >= 0 || infinitive >= 0
        ? { at: verb >= 0 ? verb : infinitive, classes: this.verbClasses }
        : possessed >= 0 || noun >= 0
          ? { at: possessed >= 0 ? possessed : noun, classes: this.nounClasses }
          : past >= 0
            ? { at: past, classes: this.pastClasses }
            : adjective >= 0
              ? { at: adjective, classes: this.adjectiveClasses }
              : undefined;
    // A sentence's first word, capitalised only for opening it, that is no known place and that the tagger took for
    // a proper noun, is a plural noun where it reads as one in lower case ("Gunmen from B abducted …").
    const opening = !isName?.[0] && held?.at !== 0 ? this.openingPlural(forms, tags) : -1;
    // A capitalised word inside a name, before the name's proper noun, that the tagger read as the common noun or verb
    // it also is ("opposition leader Kit Harmon", "went to Paw Haven"): a proper noun.
    const firstNames = anyName ? this.commonNounsInNames(forms, tags, anyName).filter((at) => at !== held?.at && at !== opening) : [];
    // A name found written in capitals that the tagger read as a function word ("B urges WHO to …"): a proper noun.
    const capitalNames = anyName ? forms.flatMap((form, at) => (anyName[at] && at !== held?.at && FUNCTION_TAGS.has(this.data.upos[tags[at]!]!) && /^\p{Lu}{2,}$/u.test(form) ? [at] : [])) : [];
    // (An infinitive found after "to" makes the "to" its marker.)
    const marker = infinitive >= 0 && this.data.upos[tags[infinitive - 1]!] !== 'PART' ? [{ at: infinitive - 1, classes: this.particleClasses }] : [];
    // A word all in lower case that no name found holds, which the tagger took for a proper noun, is a common word
    // (a headline's "from B boundary line", its article dropped): edited text writes names with capitals.
    const lowerNames = inAnyName ? forms.flatMap((form, at) => (this.data.upos[tags[at]!] === 'PROPN' && !inAnyName[at] && at !== held?.at && /^\p{Ll}[\p{Ll}-]*$/u.test(form) ? [at] : [])) : [];
    const holding = [
      ...marker,
      ...(held ? [held] : []),
      ...(opening >= 0 ? [{ at: opening, classes: this.nounClasses }] : []),
      ...[...firstNames, ...capitalNames].map((at) => ({ at, classes: this.nameClasses })),
      ...lowerNames.map((at) => ({ at, classes: this.commonClasses })),
      ...this.participlesAfterObjects(forms, tags).filter((at) => at !== held?.at).map((at) => ({ at, classes: this.participleClasses })),
    ];
    if (holding.length) tags = tagSentence(this.data.tagger, this.data.upos.length, words, undefined, this.wordScores, { isName: isName ?? [], classes: this.nameClasses, held: holding });
    // Then one more word, held with the first: a participle after "to" read as an infinitive once the verb is found
    // ("B distributed food to displaced people", "distributed" read as a participle at first), or a gerund read as a
    // noun after a verb of beginning or going on ("B has begun sharing surveillance data with C").
    const after = adjective < 0 ? this.nonVerbAfterTo(forms, tags) : -1;
    const gerund = after < 0 ? this.gerundAfterAspect(forms, tags) : -1;
    // Or a noun read as an infinitive after a verb of yielding ("bowed to pressure from B").
    const yielded = after < 0 && gerund < 0 ? this.nounAfterYielding(forms, tags) : -1;
    const second = after >= 0 ? { at: after, classes: this.adjectiveClasses } : gerund >= 0 ? { at: gerund, classes: this.gerundClasses } : yielded >= 0 ? { at: yielded, classes: this.nounClasses } : undefined;
    // And "to" read as an infinitive's marker before no verb's base form ("granted asylum to dissident blogger A",
    // "food to displaced people"): a preposition.
    const to = this.toBeforeNoInfinitive(forms, tags);
    // And "before", "after", "until" or "since" read as opening a clause where no verb follows: a preposition
    // ("laid down their arms before the B army").
    const before = this.subordinatorBeforeNoClause(forms, tags);
    const prepositions = [to, before].filter((at) => at >= 0).map((at) => ({ at, classes: this.prepositionClasses }));
    const more = [...(second ? [second] : []), ...prepositions].filter((h) => !holding.some((k) => k.at === h.at));
    if (more.length) tags = tagSentence(this.data.tagger, this.data.upos.length, words, undefined, this.wordScores, { isName: isName ?? [], classes: this.nameClasses, held: [...holding, ...more] });
    // "has begun", "had agreed to": a form of "have" before a past participle is its auxiliary.
    this.perfectAuxiliaries(forms, tags);
    // A word of a name the reference lists know is no bare time, a month's or weekday's name aside ("met May 5").
    const knownNames = (anyName ?? isName)?.map((flag, i) => (flag || isName?.[i] === true) && !CALENDAR_NAMES.has(forms[i]!));
    const state = parseInput(
      { transitions: this.data.transitions, labels: this.data.labels, labelCount: this.data.deprels.length, rootLabel: this.rootLabel, nameLabels: this.nameLabels, passive: this.passive },
      { words, tags, names: knownNames },
    );
    const n = forms.length;
    const heads = new Int32Array(n);
    const deprels: string[] = new Array<string>(n);
    const upos: string[] = new Array<string>(n);
    const xpos: string[] = new Array<string>(n);
    const lemmas: string[] = new Array<string>(n);
    const isPunctuation = Array.from(tags, (tag) => this.data.upos[tag] === 'PUNCT');
    // The parser's heads with the root as −1, and its punctuation hung where UD's convention puts it.
    const treeHeads = withPunctuationReattached(Int32Array.from(state.heads.subarray(0, n), (head) => (head === n ? -1 : head)), forms, isPunctuation);
    for (let i = 0; i < n; i++) {
      heads[i] = treeHeads[i]! + 1;
      deprels[i] = this.data.deprels[state.labels[i]!] ?? 'dep';
      upos[i] = this.data.upos[tags[i]!]!;
      xpos[i] = this.data.xpos[tags[i]!]!;
      // Kept with the form: the lemma depends on the form and its UPOS alone.
      const entry = words.entries[i]!;
      const kept = (entry.lemmas ??= []);
      const u = this.uposNumbers[tags[i]!]!;
      lemmas[i] = kept[u] ??= this.data.lemmatiser.lemmaOf(forms[i]!, upos[i]!);
    }
    return { upos, xpos, lemmas, heads, deprels };
  }

  /**
   * The words to read a headline by: those written, with "and" for a comma that joins its opening name to a second
   * one right before a verb ("B, C hold talks on …"), or before the people of both that act ("B, C envoys meet in
   * …", "B, C defence chiefs meet …"); not "B, C's neighbour, …" nor "Lima, Peru earthquake …".
   */
  private headlineConjunction(forms: readonly string[], isName: readonly boolean[]): readonly string[] {
    const n = forms.length;
    if (!n || !isName[0] || /^[.!?'"”’]$/.test(forms[n - 1]!)) return forms;
    let comma = 0;
    while (comma < n && isName[comma]) comma++;
    if (forms[comma] !== ',' || !isName[comma + 1]) return forms;
    let verb = comma + 1;
    while (verb < n && isName[verb]) verb++;
    const lemmatiser = this.data.lemmatiser;
    const lower = (form: string) => /^\p{Ll}+$/u.test(form);
    const isVerb = (form: string) => lower(form) && (lemmatiser.isVerbLemma(form) || lemmatiser.isThirdPersonVerbForm(form) || lemmatiser.isPastVerbForm(form));
    // (The people acting: a plural noun, after at most one word that says which, before a plain or past verb.)
    const people = [1, 2].find((k) => forms.slice(verb, verb + k).every(lower) && /s$/.test(forms[verb + k - 1]!) && !isVerb(forms[verb + k - 1]!));
    const acts = people === undefined ? isVerb(forms[verb] ?? '') : lemmatiser.isVerbLemma(forms[verb + people] ?? '') || lemmatiser.isPastVerbForm(forms[verb + people] ?? '');
    return acts ? forms.map((f, i) => (i === comma ? 'and' : f)) : forms;
  }
}
