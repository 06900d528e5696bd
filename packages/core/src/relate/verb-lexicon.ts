/**
 * General English verbs and nouns that express the relations of the closed
 * vocabulary, with the forms they take. Data, in one place; the patterns in
 * sentence-patterns.ts decide how subject and object are found.
 */
import type { RelationType } from '../vocabulary/relation-types.js';

export interface VerbSense {
  lemma: string;
  type: RelationType;
  /** Only counts when an interaction noun follows ("held talks with", "engaged in discussions"). */
  needsInteractionNoun?: boolean;
  /** The object's type decides: joining an agreement is signing it, joining an organisation is membership. */
  byObjectType?: Partial<Record<'Agreement' | 'Organization', RelationType>>;
  /** May stand without an object; the relation's other end is then found elsewhere in the sentence. */
  intransitive?: boolean;
}

const senses = (type: RelationType, lemmas: string, extra: Partial<VerbSense> = {}): VerbSense[] =>
  lemmas.trim().split(/\s+/).map((lemma) => ({ lemma, type, ...extra }));

export const VERB_SENSES: readonly VerbSense[] = [
  ...senses('MEDIATES', 'mediate broker facilitate'),
  ...senses('HOSTS', 'host'),
  ...senses('NEGOTIATES_WITH', 'negotiate'),
  ...senses('NEGOTIATES_WITH', 'engage hold resume conduct open begin start', { needsInteractionNoun: true }),
  ...senses('MEETS', 'meet'),
  ...senses('COOPERATES_WITH', 'cooperate collaborate ally partner'),
  ...senses('SUPPORTS', 'support back endorse defend praise welcome'),
  ...senses('AIDS', 'aid arm fund'),
  ...senses('CRITICIZES', 'criticize criticise condemn denounce blame slam rebuke'),
  ...senses('ACCUSES', 'accuse'),
  ...senses('THREATENS', 'threaten warn'),
  ...senses('SANCTIONS', 'sanction blacklist embargo'),
  ...senses('ATTACKS', 'attack strike bomb invade shell raid'),
  ...senses('WITHDREW_FROM', 'withdraw quit exit abandon', { intransitive: true }),
  ...senses('SIGNED', 'sign ratify'),
  ...senses('SIGNED', 'join', { byObjectType: { Agreement: 'SIGNED', Organization: 'MEMBER_OF' } }),
  ...senses('LEADS', 'lead head govern rule chair'),
];

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  withdraw: ['withdrew', 'withdrawn'],
  hold: ['held'],
  meet: ['met'],
  lead: ['led'],
  strike: ['struck', 'stricken'],
  begin: ['began', 'begun'],
  quit: ['quit', 'quitting'],
};

/** All forms of a regular or listed irregular verb: base, -s, -ed, -ing. */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  forms.add(/(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  const stem = /[^aeiou][aeiou][bdgmnpt]$/.test(lemma) && lemma.length <= 4 ? lemma + lemma.at(-1) : lemma;
  if (!IRREGULAR[lemma]) {
    if (lemma.endsWith('e')) forms.add(`${lemma}d`);
    else if (lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
    else forms.add(`${stem}ed`);
  }
  if (!IRREGULAR[lemma]?.some((f) => f.endsWith('ing'))) forms.add(lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

/** Word form → its sense. Built once. */
export const VERB_BY_FORM: ReadonlyMap<string, VerbSense> = new Map(
  VERB_SENSES.flatMap((sense) => verbForms(sense.lemma).map((form) => [form, sense] as const)),
);
