/**
 * What a title says about leading: whether it is an office that leads what it
 * is attached to, and what kind of thing it can lead. The title readers of the
 * parse (syntax-roles.ts) and of word patterns (sentence-patterns.ts) both ask
 * here; the words are data in syntax-words.ts.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import { LEGISLATOR_TITLES, LOCAL_TITLES } from '../nlp/lexicon.js';
import { DEPUTY_WORDS, LASTING_TITLES, LEADER_PHRASES, LEADER_TITLES, MEMBER_TITLES, ORGANISATION_TITLES, STATE_WORDS } from './syntax-words.js';

/** Whether a title (its words, lower case) leads what it is attached to: "president", "prime minister", not "vice president". */
export function titleLeads(title: readonly string[]): boolean {
  if (title.some((word) => DEPUTY_WORDS.has(word))) return false;
  const text = title.join(' ');
  return title.some((word) => LEADER_TITLES.has(word)) || [...LEADER_PHRASES].some((phrase) => text.includes(phrase));
}

/**
 * Mayors and governors lead cities and regions (and only they lead cities), directors and chairs organisations and
 * events; heads of state lead countries. A governor named with a country by "of" or a possessive ("the governor of
 * B", "B's governor") governs a territory typed as one; "the Valdorian governor" governs a province of it.
 */
export function titleFits(title: readonly string[], led: EntityType | undefined, namedByAdjective = true): boolean {
  if (led === 'Country' && !namedByAdjective && title.includes('governor')) return true;
  if (title.some((word) => LOCAL_TITLES.has(word))) return led !== 'Country';
  // A city has a mayor (or a governor), never a president or a chancellor of its own: those lead what is named after it.
  if (led === 'City') return false;
  if (title.some((word) => ORGANISATION_TITLES.has(word)) && !title.some((word) => STATE_WORDS.has(word))) return led === 'Organization' || led === 'Event';
  return true;
}

/**
 * Whether a title (its words, lower case) makes its holder a member of the body named with it: "senator", "MP",
 * "spokesperson", and a deputy of an office that leads ("deputy leader", "vice chairman").
 */
export function titleJoins(title: readonly string[]): boolean {
  if (titleLeads(title)) return false;
  const deputy = title.some((word) => DEPUTY_WORDS.has(word)) && titleLeads(title.filter((word) => !DEPUTY_WORDS.has(word)));
  return deputy || title.some((word) => MEMBER_TITLES.has(word));
}

/**
 * Whether a former holder of the title (its words, lower case) was still one of an organisation's people: a former
 * director or spokesman was; a former member, legislator or officer of state is one no longer.
 */
export function formerTitleKeepsMember(title: readonly string[]): boolean {
  return !title.some((word) => word === 'member' || LEGISLATOR_TITLES.has(word) || STATE_WORDS.has(word));
}

/**
 * Whether a former holder of a leading title still gets the edge: one who headed a place led it, as "A was mayor of
 * B" says ("former B President A"); a body's former head was one of its people (formerTitleKeepsMember).
 */
export function formerLeaderLeads(led: EntityType | undefined): boolean {
  return led === 'Country' || led === 'Region' || led === 'City';
}

/** Whether "former", "late" or "ex-" ends the role: not for a founder, who stays one. */
export function titleLapses(title: readonly string[]): boolean {
  return !title.some((word) => LASTING_TITLES.has(word));
}
