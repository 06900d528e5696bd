import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { graphOfTexts } from '../testing.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { mentionsAnaphoraReads } from './anaphora.js';
import type { ResolvedMention } from './entity.js';

/** Relations stated by the sentences (co-occurrence left out) as "Source TYPE Target", sorted. */
function stated(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_e, a) => a.basis !== 'cooccurrence')
    .map((e) => `${graph.getNodeAttribute(graph.source(e), 'label')} ${graph.getEdgeAttribute(e, 'type')} ${graph.getNodeAttribute(graph.target(e), 'label')}`)
    .sort();
}

describe('pronouns that stand for a person or a country', () => {
  it('reads "he" inside a sentence as the one person named before it', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel said on Monday that he would visit Chile.'))).toEqual(['Karo Tessel VISITS Chile']);
  });

  it('reads "he" as the one person the sentence before names', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel arrived in Oslo on Monday. Later, he met Senator Ana Rell.'))).toContain('Ana Rell MEETS Karo Tessel');
  });

  it('reads no one into "he" when the sentence before names two people', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel met Senator Ana Rell on Monday. Later, he visited Chile.'))).toEqual(['Ana Rell MEETS Karo Tessel']);
  });

  it('reads a sentence-opening "He" as the main clause\'s subject of the sentence before, not a subordinate clause\'s', () => {
    const text = 'When Representative Otto Brenn of Arizona announced his resignation, Karo Tessel joined the race. He went on to serve in the Kessel Assembly for twenty years.';
    expect(stated(graphOfTexts(text))).toContain('Karo Tessel MEMBER_OF Kessel Assembly');
    expect(stated(graphOfTexts(text))).not.toContain('Otto Brenn MEMBER_OF Kessel Assembly');
  });

  it('reads "its" as the one country or organisation named before it', () => {
    expect(stated(graphOfTexts('Chile said its forces attacked Peru on Monday.'))).toEqual(['Chile ATTACKS Peru']);
  });

  it('reads "it" after a verb of saying as whom the verb\'s subject names, though other actors are named before it', () => {
    expect(stated(graphOfTexts('In Valparaiso, Chile said it was ready to sign a protocol with Peru.'))).toContain('Chile AGREES_WITH Peru');
    expect(stated(graphOfTexts("Bolivia's interior ministry said it would ask Peru to extradite the suspects."))).toContain('interior ministry REQUESTS Peru');
  });

  it('reads "her government" or "his country" as the one country named before it, where no body is named', () => {
    expect(stated(graphOfTexts("Chile's foreign minister said her government had asked Peru to send troops."))).toEqual(['Chile REQUESTS Peru']);
    expect(stated(graphOfTexts("Chile's foreign minister said his country had asked Peru to send troops."))).toEqual(['Chile REQUESTS Peru']);
    // Two countries before it: no telling whose.
    expect(stated(graphOfTexts("Chile's foreign minister met Bolivia's envoy and said her government had asked Peru to send troops."))).not.toContain('Chile REQUESTS Peru');
  });

  it('reads "his agency" as the one organisation named before it', () => {
    expect(stated(graphOfTexts('Karo Tessel of the Valdor Space Agency spoke of the collaboration between his agency and Kessel Aero: it was fun.'))).toEqual([
      'Karo Tessel MEMBER_OF Valdor Space Agency',
      'Valdor Space Agency COOPERATES_WITH Kessel Aero',
    ]);
  });

  it('reads "I" in a quotation as the one person its sentence names outside it as a subject, not whom they address', () => {
    expect(stated(graphOfTexts('Ana Rell, the foreign minister of Peru, responded on Twitter: "I strongly reject the new Chilean blockade."'))).toEqual(['Ana Rell REJECTS Chile']);
    expect(stated(graphOfTexts('"I will visit Chile," Ana Rell said.'))).toEqual(['Ana Rell VISITS Chile']);
    expect(stated(graphOfTexts('Ana Rell told Lio Brandt: "I support Chile."'))).toContain('Ana Rell SUPPORTS Chile');
    expect(stated(graphOfTexts('Then the monk praised Ana Rell, saying: "I came to Chile and met Lio Brandt."'))).not.toContain('Ana Rell MEETS Lio Brandt');
  });

  it('reads "the country" and "the airline" as the one country or organisation the sentence before names', () => {
    expect(stated(graphOfTexts('Chile hosted the summit on Monday. The country later accused Peru of spying.'))).toEqual(['Chile ACCUSES Peru']);
    expect(stated(graphOfTexts('Kessel Airlines cut 300 jobs. The troubled airline later sued Orvex Corporation over the contract.'))).toEqual(['Kessel Airlines ACCUSES Orvex Corporation']);
  });

  it('reads "the university" only as a body whose name says so, and no kind that modifies another noun ("the party leaders")', () => {
    expect(stated(graphOfTexts('Federal District Judge Lio Brandt ordered the university to admit two students.'))).toEqual([]);
    expect(stated(graphOfTexts('Kessel University hired Lio Brandt. The university later sued Orvex Corporation.'))).toContain('Kessel University ACCUSES Orvex Corporation');
    expect(stated(graphOfTexts('Lio Brandt joined the Orvex Party in 1990. He soon quarreled with all the party leaders.'))).not.toContain('Lio Brandt ATTACKS Orvex Party');
  });

  it('reads no one into "the country" when two were named, nor into "the other country"', () => {
    expect(stated(graphOfTexts('Chile and Bolivia held talks. The country later accused Peru of spying.'))).not.toContain('Chile ACCUSES Peru');
    expect(stated(graphOfTexts('Chile hosted the summit on Monday. The other country later accused Peru of spying.'))).toEqual([]);
  });

  it('gives a pronoun\'s referent stated relations but no co-occurrence: that is for names written together', () => {
    const graph = graphOfTexts('Minister Karo Tessel arrived in Oslo on Monday. Later, he praised Chile.');
    const between = graph.edges().filter((e) => [graph.source(e), graph.target(e)].every((n) => ['Karo Tessel', 'Chile'].includes(graph.getNodeAttribute(n, 'label'))));
    expect(between.map((e) => `${graph.getEdgeAttribute(e, 'type')} ${graph.getEdgeAttribute(e, 'basis')}`)).toEqual(['SUPPORTS syntax']);
  });
});

describe('the mentions anaphora reads', () => {
  const mention = (entity: string, text: string, tokenStart: number): ResolvedMention => ({
    entity,
    docId: 'd',
    sentence: 0,
    tokenStart,
    tokenEnd: tokenStart + text.split(' ').length,
    start: 0,
    end: text.length,
    text,
    anaphor: false,
  });
  const types: Record<string, EntityType> = { tessel: 'Person', valdor: 'Organization', pact: 'Agreement', c1: 'Concept', c2: 'Concept', c3: 'Concept', c4: 'Concept' };
  const read = (mentions: ResolvedMention[]) => mentionsAnaphoraReads(mentions, (entity) => types[entity]).map((m) => m.text);

  it('leaves out the concepts that cover no word an anaphor is read at, so that a new concept elsewhere changes nothing', () => {
    const concepts = [mention('c1', 'fishing rights', 4), mention('c2', 'harbour', 9)];
    expect(read([mention('tessel', 'Karo Tessel', 0), ...concepts])).toEqual(['Karo Tessel']);
  });

  it('keeps a concept that covers an agreement\'s head in a document naming an agreement, and not in one naming none', () => {
    const deal = mention('c3', 'fishing deal', 6);
    expect(read([mention('pact', 'Kessel Pact', 0), deal])).toEqual(['Kessel Pact', 'fishing deal']);
    expect(read([mention('tessel', 'Karo Tessel', 0), deal])).toEqual(['Karo Tessel']);
  });

  it('keeps a concept opened by an organisation\'s head where the document names an organisation ("his agency")', () => {
    const agency = mention('c4', 'agency budget', 6);
    expect(read([mention('valdor', 'Valdor Agency', 0), agency, mention('c1', 'budget agency', 9)])).toEqual(['Valdor Agency', 'agency budget']);
  });
});
