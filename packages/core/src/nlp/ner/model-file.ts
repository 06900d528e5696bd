/**
 * The model file: gzip of a small header and typed arrays. Rows whose
 * weights are all tiny are pruned; each kept row stores its 17 weights as
 * int8 with one float32 scale, so a weight costs one byte.
 *
 * Layout (little-endian): "KGNER002", u32 header length, header JSON
 * (counts, labels, info), padding to 4 bytes, then keys u32[rows],
 * scales f32[rows], weights i8[rows × labels], padding,
 * gazetteer hashes u32[entries], gazetteer masks u32[entries],
 * word-class hashes u32[classes], word-class masks u32[classes].
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { KgraphError } from '../../errors.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import type { NerModelData } from './model.js';

const MAGIC = 'KGNER002';

interface Header {
  labels: string[];
  rows: number;
  gazetteerEntries: number;
  wordClassEntries: number;
  info: Record<string, unknown>;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Drops rows whose largest absolute weight is below `threshold` and quantises the rest. */
export function encodeModel(data: NerModelData, threshold = 0): Buffer {
  const kept: number[] = [];
  for (let row = 0; row < data.keys.length; row++) {
    let max = 0;
    for (let label = 0; label < LABEL_COUNT; label++) max = Math.max(max, Math.abs(data.weights[row * LABEL_COUNT + label]!));
    if (max > threshold && max > 0) kept.push(row);
  }
  const { hashes, masks } = data.gazetteer.toArrays();
  const classHashes = Uint32Array.from(data.wordClasses.keys());
  const classMasks = Uint32Array.from(data.wordClasses.values());
  const header: Header = {
    labels: [...LABELS],
    rows: kept.length,
    gazetteerEntries: hashes.length,
    wordClassEntries: classHashes.length,
    info: data.info,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = pad4(12 + headerBytes.length);
  const weightsStart = start + kept.length * 8;
  const gazetteerStart = pad4(weightsStart + kept.length * LABEL_COUNT);
  const classesStart = gazetteerStart + hashes.length * 8;
  const buffer = Buffer.alloc(classesStart + classHashes.length * 8);
  buffer.write(MAGIC, 0, 'latin1');
  buffer.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(buffer, 12);
  kept.forEach((row, n) => {
    let max = 0;
    for (let label = 0; label < LABEL_COUNT; label++) max = Math.max(max, Math.abs(data.weights[row * LABEL_COUNT + label]!));
    const scale = max / 127;
    buffer.writeUInt32LE(data.keys[row]!, start + n * 4);
    buffer.writeFloatLE(scale, start + kept.length * 4 + n * 4);
    for (let label = 0; label < LABEL_COUNT; label++) {
      buffer.writeInt8(Math.round(data.weights[row * LABEL_COUNT + label]! / scale), weightsStart + n * LABEL_COUNT + label);
    }
  });
  Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).copy(buffer, gazetteerStart);
  Buffer.from(masks.buffer, masks.byteOffset, masks.byteLength).copy(buffer, gazetteerStart + hashes.length * 4);
  Buffer.from(classHashes.buffer).copy(buffer, classesStart);
  Buffer.from(classMasks.buffer).copy(buffer, classesStart + classHashes.length * 4);
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
  if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new KgraphError(`${source}: not an NER model file (bad magic).`);
  const headerLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.labels.join(' ') !== LABELS.join(' ')) throw new KgraphError(`${source}: model labels differ from this version's.`);
  const rows = header.rows;
  const start = pad4(12 + headerLength);
  const weightsStart = start + rows * 8;
  const gazetteerStart = pad4(weightsStart + rows * LABEL_COUNT);
  const copy = (from: number, bytes: number): ArrayBuffer => buffer.buffer.slice(buffer.byteOffset + from, buffer.byteOffset + from + bytes) as ArrayBuffer;
  const keys = new Uint32Array(copy(start, rows * 4));
  const scales = new Float32Array(copy(start + rows * 4, rows * 4));
  const quantised = new Int8Array(copy(weightsStart, rows * LABEL_COUNT));
  const weights = new Float32Array(rows * LABEL_COUNT);
  for (let row = 0; row < rows; row++) {
    const scale = scales[row]!;
    for (let label = 0; label < LABEL_COUNT; label++) weights[row * LABEL_COUNT + label] = quantised[row * LABEL_COUNT + label]! * scale;
  }
  const entries = header.gazetteerEntries;
  const gazetteer = Gazetteer.fromArrays(
    new Uint32Array(copy(gazetteerStart, entries * 4)),
    new Uint32Array(copy(gazetteerStart + entries * 4, entries * 4)),
  );
  const classesStart = gazetteerStart + entries * 8;
  const classCount = header.wordClassEntries;
  const classHashes = new Uint32Array(copy(classesStart, classCount * 4));
  const classMasks = new Uint32Array(copy(classesStart + classCount * 4, classCount * 4));
  const wordClasses = new Map<number, number>();
  for (let n = 0; n < classCount; n++) wordClasses.set(classHashes[n]!, classMasks[n]!);
  return { keys, weights, gazetteer, wordClasses, info: header.info };
}
