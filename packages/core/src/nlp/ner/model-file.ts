/**
 * The model file: gzip of a small header and typed arrays. Rows whose
 * weights are all tiny are pruned; each kept row stores its 17 weights as
 * int8 with one float32 scale, so a weight costs one byte.
 *
 * Layout (little-endian): "KGNER003", u32 header length, header JSON
 * (labels, rows per pass, counts, info), padding to 4 bytes; then per pass:
 * keys u32[rows], scales f32[rows], weights i8[rows × labels], padding;
 * then gazetteer hashes u32[entries] and masks u32[entries], word-class
 * hashes u32[classes] and masks u32[classes].
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { KgraphError } from '../../errors.js';
import { WordClasses } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import type { PassWeights } from './linear-tagger.js';
import type { NerModelData } from './model.js';

const MAGIC = 'KGNER003';

interface Header {
  labels: string[];
  passRows: number[];
  gazetteerEntries: number;
  wordClassEntries: number;
  info: Record<string, unknown>;
}

const pad4 = (n: number): number => (n + 3) & ~3;
const passBytes = (rows: number): number => pad4(rows * 8 + rows * LABEL_COUNT);

function rowMax(weights: Float32Array, row: number): number {
  let max = 0;
  for (let label = 0; label < LABEL_COUNT; label++) max = Math.max(max, Math.abs(weights[row * LABEL_COUNT + label]!));
  return max;
}

function u32Bytes(array: Uint32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** Drops rows whose largest absolute weight is not above `threshold` and quantises the rest. */
export function encodeModel(data: NerModelData, threshold = 0): Buffer {
  const kept = data.passes.map((pass) => {
    const rows: number[] = [];
    for (let row = 0; row < pass.keys.length; row++) {
      const max = rowMax(pass.weights, row);
      if (max > threshold && max > 0) rows.push(row);
    }
    return rows;
  });
  const { hashes, masks } = data.gazetteer.toArrays();
  const classEntries = [...data.wordClasses.entries()];
  const classHashes = Uint32Array.from(classEntries, ([key]) => key);
  const classMasks = Uint32Array.from(classEntries, ([, mask]) => mask);
  const header: Header = {
    labels: [...LABELS],
    passRows: kept.map((rows) => rows.length),
    gazetteerEntries: hashes.length,
    wordClassEntries: classHashes.length,
    info: data.info,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  let offset = pad4(12 + headerBytes.length);
  const total = offset + kept.reduce((n, rows) => n + passBytes(rows.length), 0) + hashes.length * 8 + classHashes.length * 8;
  const buffer = Buffer.alloc(total);
  buffer.write(MAGIC, 0, 'latin1');
  buffer.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(buffer, 12);
  data.passes.forEach((pass, p) => {
    const rows = kept[p]!;
    const scalesAt = offset + rows.length * 4;
    const weightsAt = offset + rows.length * 8;
    rows.forEach((row, n) => {
      const scale = rowMax(pass.weights, row) / 127;
      buffer.writeUInt32LE(pass.keys[row]!, offset + n * 4);
      buffer.writeFloatLE(scale, scalesAt + n * 4);
      for (let label = 0; label < LABEL_COUNT; label++) {
        buffer.writeInt8(Math.round(pass.weights[row * LABEL_COUNT + label]! / scale), weightsAt + n * LABEL_COUNT + label);
      }
    });
    offset += passBytes(rows.length);
  });
  for (const array of [hashes, masks, classHashes, classMasks]) {
    u32Bytes(array).copy(buffer, offset);
    offset += array.byteLength;
  }
  return gzipSync(buffer, { level: 9 });
}

/** Reads a model file's bytes; `source` names it in errors. */
export function decodeModel(compressed: Uint8Array, source: string): NerModelData {
  let buffer: Buffer;
  try {
    buffer = gunzipSync(compressed);
  } catch {
    throw new KgraphError(`${source}: not an NER model file (not gzip).`);
  }
  if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new KgraphError(`${source}: not an NER model file of this version (retrain it with npm run train:ner).`);
  const headerLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.labels.join(' ') !== LABELS.join(' ')) throw new KgraphError(`${source}: model labels differ from this version's.`);
  const copy = (from: number, bytes: number): ArrayBuffer => buffer.buffer.slice(buffer.byteOffset + from, buffer.byteOffset + from + bytes) as ArrayBuffer;
  let offset = pad4(12 + headerLength);
  const passes: PassWeights[] = header.passRows.map((rows) => {
    const keys = new Uint32Array(copy(offset, rows * 4));
    const scales = new Float32Array(copy(offset + rows * 4, rows * 4));
    const quantised = new Int8Array(copy(offset + rows * 8, rows * LABEL_COUNT));
    const weights = new Float32Array(rows * LABEL_COUNT);
    for (let row = 0; row < rows; row++) {
      const scale = scales[row]!;
      for (let label = 0; label < LABEL_COUNT; label++) weights[row * LABEL_COUNT + label] = quantised[row * LABEL_COUNT + label]! * scale;
    }
    offset += passBytes(rows);
    return { keys, weights };
  });
  const take = (count: number): Uint32Array => {
    const array = new Uint32Array(copy(offset, count * 4));
    offset += count * 4;
    return array;
  };
  const gazetteer = Gazetteer.fromArrays(take(header.gazetteerEntries), take(header.gazetteerEntries));
  const classHashes = take(header.wordClassEntries);
  const classMasks = take(header.wordClassEntries);
  const wordClasses = new WordClasses();
  for (let n = 0; n < classHashes.length; n++) wordClasses.set(classHashes[n]!, classMasks[n]!);
  return { passes, gazetteer, wordClasses, info: header.info };
}
