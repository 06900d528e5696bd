import { describe, expect, it } from 'vitest';
import { extractDocument, restoreSentences, restoreSyntax } from '../extract/index.js';
import { documentId } from '../ingest/index.js';
import { defaultMentionContext } from '../nlp/mentions.js';
import { CandidateTable, readDocumentCandidates, type ConceptSource, type DocumentCandidates } from './concept-candidates.js';

function conceptSource(text: string): ConceptSource {
  const extraction = extractDocument(text, defaultMentionContext());
  return { id: documentId(text), sentences: restoreSentences(text, extraction), names: extraction.names, syntax: restoreSyntax(extraction) };
}

describe('CandidateTable', () => {
  const text = 'Valdoria builds dams.\n\nSanctions hurt Borduria. Nuclear power grew in Valdoria. The sanctions failed.';
  const table = CandidateTable.read([conceptSource(text)]);
  const sentences = [...table.sentences()];

  it('gives each sentence its noun phrases with their offsets in the document', () => {
    for (const { candidates } of sentences) {
      for (const candidate of candidates) expect(text.slice(candidate.start, candidate.end)).toBe(candidate.text);
    }
    expect(sentences.flatMap(({ candidates }) => candidates.map((c) => c.form))).toEqual(expect.arrayContaining(['dams', 'sanctions', 'nuclear power', 'power']));
  });

  it('writes a phrase that opens a sentence in lower case as its form and as written as its text', () => {
    const opening = sentences.flatMap(({ candidates }) => candidates).filter((c) => c.tokenStart === 0);
    expect(opening).toEqual(expect.arrayContaining([expect.objectContaining({ form: 'sanctions', text: 'Sanctions' }), expect.objectContaining({ form: 'nuclear power', text: 'Nuclear power' })]));
  });

  it('counts how the corpus uses each word', () => {
    expect(table.wordUses.get('sanctions')).toMatchObject({ all: 2, noun: 2 });
  });

  it('builds the same table from a document\'s candidates kept as JSON as from the document itself', () => {
    const source = conceptSource(text);
    const kept = JSON.parse(JSON.stringify(readDocumentCandidates(source))) as DocumentCandidates;
    let asked = 0;
    const remembered = CandidateTable.read([source], () => ((asked += 1), kept));
    expect(asked).toBe(1);
    expect([...remembered.sentences()]).toEqual(sentences);
    expect([...remembered.wordUses]).toEqual(expect.arrayContaining([...table.wordUses]));
    expect(remembered.wordUses.size).toBe(table.wordUses.size);
  });
});
