/**
 * Document-level label consistency. In: the sentences of a document and the
 * entities a first pass found in them. Out: a gazetteer of those entity
 * phrases, whose bits say the type and whether the phrase was tagged once
 * (bit = type) or more often (bit = 4 + type), and of their single words
 * (bit = 8 + type: this word was part of an entity of that type); a second
 * pass reads its
 * matches as features, so a name tagged confidently in one sentence informs
 * its other mentions (headlines, sentence starts, ambiguous contexts).
 */
import { Gazetteer } from './gazetteer.js';
import { NER_TYPES, type NerType, type TypedSpan } from './tags.js';
import type { TokenAttributeCache } from './token-form.js';

export function documentLabelGazetteer(
  sentences: readonly (readonly string[])[],
  spans: readonly (readonly TypedSpan[])[],
  cache: TokenAttributeCache,
): Gazetteer {
  const counts = new Map<string, { tokens: string[]; type: number; count: number }>();
  sentences.forEach((tokens, n) => {
    for (const span of spans[n]!) {
      const type = NER_TYPES.indexOf(span.type as NerType);
      if (type < 0) continue;
      const phrase = tokens.slice(span.start, span.end);
      const key = `${type}\u0000${phrase.join('\u0000').toLowerCase()}`;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tokens: phrase, type, count: 1 });
    }
  });
  const gazetteer = new Gazetteer();
  for (const { tokens, type, count } of counts.values()) {
    gazetteer.add(tokens, count > 1 ? 4 + type : type, cache);
    if (tokens.length > 1) for (const token of tokens) gazetteer.add([token], 8 + type, cache);
  }
  return gazetteer;
}
