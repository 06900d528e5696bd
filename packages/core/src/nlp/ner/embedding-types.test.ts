import { describe, expect, it } from 'vitest';
import { parseConll } from './conll.js';
import { TYPE_CLASSES, softmax, trainTypeClassifier, typeCode, wordTypeLeanings, type TypedWordExample } from './embedding-types.js';

/** Words on the axes of a 3-dimensional space: x leans PER (class 1), y LOC (class 2), z not a name. */
function examples(): TypedWordExample[] {
  const axes: [number[], number][] = [
    [[1, 0, 0], 1],
    [[0, 1, 0], 2],
    [[0, 0, 1], 0],
  ];
  return axes.flatMap(([axis, type]) =>
    [0.9, 1, 1.1].map((scale) => {
      const counts = new Array<number>(TYPE_CLASSES).fill(0);
      counts[type] = 5;
      return { vector: Float32Array.from(axis.map((v) => v * scale + 0.05)), counts };
    }),
  );
}

describe('entity-type leanings from word vectors', () => {
  it('learns which type a region of the space leans to and reads a new word there', () => {
    const classifier = trainTypeClassifier(examples(), { epochs: 200, rate: 0.5 });
    const probabilities = softmax(classifier, Float32Array.from([0.8, 0.1, 0.05]), new Float64Array(TYPE_CLASSES));
    expect(probabilities.indexOf(Math.max(...probabilities))).toBe(1);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('codes a leaning by its class and how sure it is', () => {
    expect(typeCode(Float64Array.from([0.05, 0.9, 0.02, 0.02, 0.01]))).toBe(1 + 3 + 2);
    expect(typeCode(Float64Array.from([0.3, 0.1, 0.55, 0.05, 0]))).toBe(1 + 6 + 1);
    expect(typeCode(Float64Array.from([0.4, 0.2, 0.2, 0.2, 0]))).toBe(1);
  });
});

describe('leanings of every word with a vector', () => {
  it('lean an unseen word to the type of the tagged words whose vectors it shares', () => {
    // Two directions: person names along x, place names along y; "ludmila" and "tarvik" are never tagged.
    const words = ['anna', 'boris', 'clara', 'dmitri', 'oslo', 'lima', 'quito', 'accra', 'ludmila', 'tarvik'];
    const directions = [0, 0, 0, 0, 1, 1, 1, 1, 0, 1];
    const values = new Float32Array(words.length * 2);
    words.forEach((_, n) => {
      values[2 * n + directions[n]!] = 1;
      values[2 * n + 1 - directions[n]!] = 0.05 * (n % 3);
    });
    const text = ['Anna B-PER', 'met O', 'Boris B-PER', 'in O', 'Oslo B-LOC', '', 'Clara B-PER', 'left O', 'Lima B-LOC', 'for O', 'Quito B-LOC', '', 'Dmitri B-PER', 'flew O', 'to O', 'Accra B-LOC', ''].join('\n');
    const leanings = wordTypeLeanings({ words, values, dimensions: 2 }, parseConll(text));
    const typeOf = (word: string) => Math.floor((leanings.get(word)! - 1) / 3);
    expect(typeOf('ludmila')).toBe(1); // PER
    expect(typeOf('tarvik')).toBe(2); // LOC
    expect([...leanings.keys()]).toEqual(words);
  });
});
