import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConllFile } from '../packages/core/src/nlp/ner/conll.js';
import { loadNerModel } from '../packages/core/src/nlp/ner/load.js';
import { evaluateModel } from '../packages/core/src/nlp/ner/train.js';

// wikigold (CC BY 4.0, see fixtures/ner/LICENCE.md): Wikipedia text, never seen in training.
const wikigold = fileURLToPath(new URL('./fixtures/ner/wikigold.conll.txt', import.meta.url));

describe('shipped NER model on wikigold (out of domain)', () => {
  it('keeps entity F1 on Wikipedia text at the level measured when the model was trained', async () => {
    const documents = await readConllFile(wikigold);
    const score = evaluateModel(loadNerModel(), documents);
    // Measured 0.596 (compromise: 0.42); the target is 0.70, not reached yet.
    expect(score.f1).toBeGreaterThanOrEqual(0.58);
    for (const type of ['PER', 'LOC', 'ORG', 'MISC']) expect(score.perType[type]!.f1).toBeGreaterThan(0.4);
  });
});
