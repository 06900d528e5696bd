/**
 * Word clusters from pre-trained word vectors. In: one row per word (rows in
 * order of word frequency), the sizes of the cluster sets wanted, coarse to
 * fine. Out: each word's cluster in each set.
 *
 * Clusters of embeddings learnt from a large general corpus let a linear
 * tagger trained on a small labelled one generalise to words it never saw
 * tagged (Guo et al., 2014, "Revisiting embedding features for simple
 * semi-supervised learning"). The sets are nested, like the prefixes of
 * Brown clusters: each cluster of a set is split into `next / this` clusters
 * of the next, so a fine cluster always refines one coarse cluster.
 *
 * Spherical k-means (cosine similarity on unit vectors), deterministic: the
 * initial centres are words spread evenly over the frequency ranking.
 */

export interface EmbeddingMatrix {
  /** Row-major, `rows × dimensions`. */
  values: Float32Array;
  rows: number;
  dimensions: number;
}

export interface EmbeddingClusterOptions {
  iterations?: number;
}

/** Cluster number of every row, one array per set in `sizes` (each size a multiple of the one before). */
export function embeddingClusters(
  matrix: EmbeddingMatrix,
  sizes: readonly number[],
  options: EmbeddingClusterOptions = {},
): Int32Array[] {
  const unit = normalisedRows(matrix);
  const iterations = options.iterations ?? 15;
  const levels: Int32Array[] = [];
  let groups: Int32Array[] = [Int32Array.from({ length: matrix.rows }, (_, row) => row)];
  let previousSize = 1;
  for (const size of sizes) {
    if (size % previousSize !== 0) throw new Error(`cluster sizes must each divide the next: ${sizes.join(',')}`);
    const split = size / previousSize;
    const assignment = new Int32Array(matrix.rows);
    const next: Int32Array[] = [];
    groups.forEach((members, group) => {
      const local = kMeans(unit, matrix.dimensions, members, split, iterations);
      const children = Array.from({ length: split }, () => [] as number[]);
      members.forEach((row, n) => {
        assignment[row] = group * split + local[n]!;
        children[local[n]!]!.push(row);
      });
      for (const child of children) next.push(Int32Array.from(child));
    });
    levels.push(assignment);
    groups = next;
    previousSize = size;
  }
  return levels;
}

function normalisedRows({ values, rows, dimensions }: EmbeddingMatrix): Float32Array {
  const unit = new Float32Array(values.length);
  for (let row = 0; row < rows; row++) {
    const base = row * dimensions;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += values[base + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) unit[base + d] = values[base + d]! / norm;
  }
  return unit;
}

/** Spherical k-means over the given rows; returns each member's cluster (0…k−1). */
function kMeans(unit: Float32Array, dimensions: number, members: Int32Array, k: number, iterations: number): Int32Array {
  const assignment = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, n) => (assignment[n] = n));
    return assignment;
  }
  const centres = new Float64Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const base = members[Math.floor((c * members.length) / k)]! * dimensions;
    for (let d = 0; d < dimensions; d++) centres[c * dimensions + d] = unit[base + d]!;
  }
  assignment.fill(-1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    for (let n = 0; n < members.length; n++) {
      const base = members[n]! * dimensions;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const centre = c * dimensions;
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += centres[centre + d]! * unit[base + d]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      if (assignment[n] !== best) changed++;
      assignment[n] = best;
    }
    if (changed === 0) break;
    centres.fill(0);
    for (let n = 0; n < members.length; n++) {
      const base = members[n]! * dimensions;
      const centre = assignment[n]! * dimensions;
      for (let d = 0; d < dimensions; d++) centres[centre + d] += unit[base + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += centres[c * dimensions + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) centres[c * dimensions + d]! /= norm;
    }
  }
  return assignment;
}
