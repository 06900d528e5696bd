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
import { chainHash } from './hash.js';
import { Gazetteer } from './gazetteer.js';
import { NER_TYPES, type NerType, type TypedSpan } from './tags.js';
import { Attr } from './token-form.js';

/** In: each sentence's token attributes (FeatureExtractor.attributes) and the spans found in it. */
export function documentLabelGazetteer(sentences: readonly (readonly Uint32Array[])[], spans: readonly (readonly TypedSpan[])[]): Gazetteer {
  // Phrases are counted by type and lower-case form, by hash: no strings built.
  const counts = new Map<number, { plain: number[]; type: number; count: number }>();
  sentences.forEach((attrs, n) => {
    for (const span of spans[n]!) {
      const type = NER_TYPES.indexOf(span.type as NerType);
      if (type < 0) continue;
      const plain: number[] = [];
      let key = type + 1;
      for (let i = span.start; i < span.end; i++) {
        plain.push(attrs[i]![Attr.Plain]!);
        key = chainHash(key, attrs[i]![Attr.Plain]!);
      }
      key |= 0;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { plain, type, count: 1 });
    }
  });
  const gazetteer = new Gazetteer();
  for (const { plain, type, count } of counts.values()) {
    gazetteer.addPlain(plain, count > 1 ? 4 + type : type);
    if (plain.length > 1) for (const word of plain) gazetteer.addPlain([word], 8 + type);
  }
  return gazetteer;
}
