import { describe, expect, it } from 'vitest';
import type { TokenParse } from '../nlp/parse/index.js';
import type { Sentence } from '../nlp/sentences.js';
import type { ResolvedMention } from '../resolve/entity.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { createSentenceView } from './sentence-view.js';
import { findSyntaxRelations } from './syntax-relations.js';

/**
 * A sentence as the relation reader sees it, from rows of [word, upos, head, deprel, entity?, lemma?]: the parse is
 * given, so a test pins what the reader makes of a reading the parser may or may not give today.
 */
function viewOf(rows: readonly [string, string, number, string, string?, string?][], types: Record<string, EntityType>) {
  let offset = 0;
  const tokens = rows.map(([word]) => {
    const token = { text: word, norm: word, start: offset, end: offset + word.length };
    offset += word.length + 1;
    return token;
  });
  const sentence: Sentence = { index: 0, text: rows.map((r) => r[0]).join(' '), start: 0, end: offset - 1, tokens, isHeading: false };
  const mentions: ResolvedMention[] = rows.flatMap(([word, , , , entity], i) =>
    entity ? [{ entity, docId: 'd', anaphor: false, sentence: 0, tokenStart: i, tokenEnd: i + 1, start: tokens[i]!.start, end: tokens[i]!.end, text: word }] : [],
  );
  const parse: TokenParse = { upos: rows.map((r) => r[1]), lemma: rows.map((r) => r[5] ?? r[0].toLowerCase()), head: Int32Array.from(rows.map((r) => r[2])), deprel: rows.map((r) => r[3]) };
  return createSentenceView('d', sentence, mentions, (key) => types[key], parse);
}

describe('relations read off a given parse', () => {
  const types: Record<string, EntityType> = { chile: 'Country', peru: 'Country', radio: 'Organization' };

  it('takes "according to A" for who says so, not for a party to the verb', () => {
    // "Chile flourishes according to Radio", a verb outside the lexicon: no stated edge between Chile and its source.
    const view = viewOf(
      [
        ['Chile', 'PROPN', 1, 'nsubj', 'chile'],
        ['flourishes', 'VERB', -1, 'root', undefined, 'flourish'],
        ['according', 'VERB', 4, 'case', undefined, 'accord'],
        ['to', 'ADP', 2, 'fixed'],
        ['Radio', 'PROPN', 1, 'obl', 'radio'],
      ],
      types,
    );
    expect(findSyntaxRelations(view)).toEqual([]);
  });

  it('gives "have" no stated edge between two names ("A has B")', () => {
    const has = viewOf(
      [
        ['Chile', 'PROPN', 1, 'nsubj', 'chile'],
        ['has', 'VERB', -1, 'root', undefined, 'have'],
        ['Peru', 'PROPN', 1, 'obj', 'peru'],
      ],
      types,
    );
    expect(findSyntaxRelations(has)).toEqual([]);
    const admires = viewOf(
      [
        ['Chile', 'PROPN', 1, 'nsubj', 'chile'],
        ['flatters', 'VERB', -1, 'root', undefined, 'flatter'],
        ['Peru', 'PROPN', 1, 'obj', 'peru'],
      ],
      types,
    );
    expect(findSyntaxRelations(admires).map((r) => `${r.source} ${r.type} ${r.target} ${r.predicate}`)).toEqual(['chile RELATED_TO peru flatter']);
  });

  it('takes fighters with a group\'s name read as their adjective for the group ("Zorvi rebels fired at Peru")', () => {
    const view = viewOf(
      [
        ['Zorvi', 'ADJ', 1, 'amod', 'zorvi'],
        ['rebels', 'NOUN', 2, 'nsubj', undefined, 'rebel'],
        ['fired', 'VERB', -1, 'root', undefined, 'fire'],
        ['missiles', 'NOUN', 2, 'obj', undefined, 'missile'],
        ['at', 'ADP', 5, 'case'],
        ['Peru', 'PROPN', 2, 'obl', 'peru'],
      ],
      { ...types, zorvi: 'Organization' },
    );
    expect(findSyntaxRelations(view).map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['zorvi ATTACKS peru']);
  });

  it('frames what one refused to be drawn into doing as the refusal frames it, not as done', () => {
    // "Chile refused to be drawn into delivering an ultimatum to Peru", the gerund read as an adverbial clause.
    const view = viewOf(
      [
        ['Chile', 'PROPN', 1, 'nsubj', 'chile'],
        ['refused', 'VERB', -1, 'root', undefined, 'refuse'],
        ['to', 'PART', 4, 'mark'],
        ['be', 'AUX', 4, 'aux:pass'],
        ['drawn', 'VERB', 1, 'xcomp', undefined, 'draw'],
        ['into', 'SCONJ', 6, 'mark'],
        ['delivering', 'VERB', 4, 'advcl', undefined, 'deliver'],
        ['an', 'DET', 8, 'det'],
        ['ultimatum', 'NOUN', 6, 'obj'],
        ['to', 'ADP', 10, 'case'],
        ['Peru', 'PROPN', 8, 'nmod', 'peru'],
      ],
      types,
    );
    expect(findSyntaxRelations(view).map((r) => `${r.source} ${r.type} ${r.target} ${r.modality}`)).toEqual(['chile THREATENS peru hypothetical']);
  });
});
