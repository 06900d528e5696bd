import { describe, expect, it } from 'vitest';
import { embeddingClusters, type EmbeddingMatrix } from './embedding-clusters.js';

/** Rows near one of four directions of the plane, two by two on either side of the x axis. */
function fourGroups(): EmbeddingMatrix {
  const directions = [
    [1, 0.2],
    [1, -0.2],
    [-1, 0.2],
    [-1, -0.2],
  ];
  const rows: number[] = [];
  for (let copy = 0; copy < 5; copy++) {
    for (const [x, y] of directions) rows.push(x! * (1 + copy / 10), y! + copy / 1000);
  }
  return { values: Float32Array.from(rows), rows: rows.length / 2, dimensions: 2 };
}

describe('word clusters from embeddings', () => {
  it('puts rows pointing the same way in the same cluster and keeps finer clusters inside coarser ones', () => {
    const [coarse, fine] = embeddingClusters(fourGroups(), [2, 4]);
    const direction = (row: number): number => row % 4;
    for (let row = 0; row < 20; row++) {
      for (let other = 0; other < 20; other++) {
        expect(fine![row] === fine![other]).toBe(direction(row) === direction(other));
        // Rows on the same side of the y axis share a coarse cluster.
        expect(coarse![row] === coarse![other]).toBe(direction(row) < 2 === direction(other) < 2);
      }
      expect(Math.floor(fine![row]! / 2)).toBe(coarse![row]);
    }
  });

  it('gives the same clusters on every run', () => {
    expect(embeddingClusters(fourGroups(), [2, 4])).toEqual(embeddingClusters(fourGroups(), [2, 4]));
  });

  it('refuses cluster sizes that do not nest', () => {
    expect(() => embeddingClusters(fourGroups(), [3, 4])).toThrow(/divide/);
  });
});
