/**
 * The parser's model file: gzip of a header and typed arrays.
 *
 * Layout (little-endian): "KGPARSE1", u32 header length, header JSON (UPOS
 * and XPOS of the tagger's classes, relations, lemma edits, rows per table, info), padding to 4 bytes;
 * then for the tagger, the transition and the relation classifiers: keys
 * i32[rows], scales f32[rows], weights i8[rows × classes], padding; then the
 * lemmatiser's keys i32[entries] and edit numbers u16[entries].
 * Rows whose largest weight is at most `threshold` are dropped; each kept row
 * is quantised to int8 with one float scale.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { KgraphError } from '../../errors.js';
import { Lemmatiser } from './lemmatiser.js';
import { LinearWeights } from './linear-weights.js';
import type { ParserModelData } from './model.js';

const MAGIC = 'KGPARSE1';

interface Header {
  upos: string[];
  xpos: string[];
  deprels: string[];
  edits: string[];
  rows: { tagger: number; transitions: number; labels: number; lemmas: number };
  classes: { tagger: number; transitions: number; labels: number };
  info: Record<string, unknown>;
}

const pad4 = (n: number): number => (n + 3) & ~3;

function keptRows(weights: LinearWeights, threshold: number): number[] {
  const rows: number[] = [];
  const classes = weights.classes;
  for (let row = 0; row < weights.rows; row++) {
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights.weights[row * classes + c]!));
    if (max > threshold) rows.push(row);
  }
  return rows;
}

function encodeTable(weights: LinearWeights, rows: number[]): Buffer {
  const classes = weights.classes;
  const buffer = Buffer.alloc(pad4(rows.length * (8 + classes)));
  rows.forEach((row, n) => {
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights.weights[row * classes + c]!));
    const scale = max / 127;
    buffer.writeInt32LE(weights.keys[row]!, n * 4);
    buffer.writeFloatLE(scale, rows.length * 4 + n * 4);
    for (let c = 0; c < classes; c++) buffer.writeInt8(Math.round(weights.weights[row * classes + c]! / scale), rows.length * 8 + n * classes + c);
  });
  return buffer;
}

/** The model's bytes; `threshold` prunes rows whose weights are all at most that in size. */
export function encodeParserModel(data: ParserModelData, threshold = 0): Buffer {
  const tables = [data.tagger, data.transitions, data.labels];
  const kept = tables.map((table) => keptRows(table, threshold));
  const lemma = data.lemmatiser.tables;
  const header: Header = {
    upos: data.upos,
    xpos: data.xpos,
    deprels: data.deprels,
    edits: lemma.edits,
    rows: { tagger: kept[0]!.length, transitions: kept[1]!.length, labels: kept[2]!.length, lemmas: lemma.keys.length },
    classes: { tagger: data.tagger.classes, transitions: data.transitions.classes, labels: data.labels.classes },
    info: data.info,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Buffer.alloc(pad4(12 + headerBytes.length));
  start.write(MAGIC, 0, 'latin1');
  start.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(start, 12);
  const lemmaBytes = Buffer.alloc(pad4(lemma.keys.length * 6));
  Buffer.from(lemma.keys.buffer, lemma.keys.byteOffset, lemma.keys.byteLength).copy(lemmaBytes, 0);
  Buffer.from(lemma.values.buffer, lemma.values.byteOffset, lemma.values.byteLength).copy(lemmaBytes, lemma.keys.length * 4);
  return gzipSync(Buffer.concat([start, ...tables.map((table, n) => encodeTable(table, kept[n]!)), lemmaBytes]), { level: 9 });
}

/** Reads a model file's bytes; `source` names it in errors. */
export function decodeParserModel(compressed: Uint8Array, source: string): ParserModelData {
  let buffer: Buffer;
  try {
    buffer = gunzipSync(compressed);
  } catch {
    throw new KgraphError(`${source}: not a parser model file (not gzip).`);
  }
  if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new KgraphError(`${source}: not a parser model file of this version (retrain it with npm run train:parser).`);
  const headerLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as Header;
  const copy = (from: number, bytes: number): ArrayBuffer => buffer.buffer.slice(buffer.byteOffset + from, buffer.byteOffset + from + bytes) as ArrayBuffer;
  let offset = pad4(12 + headerLength);
  const table = (rows: number, classes: number): LinearWeights => {
    const keys = new Int32Array(copy(offset, rows * 4));
    const scales = new Float32Array(copy(offset + rows * 4, rows * 4));
    const quantised = new Int8Array(copy(offset + rows * 8, rows * classes));
    const weights = new Float32Array(rows * classes);
    for (let row = 0; row < rows; row++) {
      const scale = scales[row]!;
      for (let c = 0; c < classes; c++) weights[row * classes + c] = quantised[row * classes + c]! * scale;
    }
    offset += pad4(rows * (8 + classes));
    return new LinearWeights(classes, keys, weights);
  };
  const tagger = table(header.rows.tagger, header.classes.tagger);
  const transitions = table(header.rows.transitions, header.classes.transitions);
  const labels = table(header.rows.labels, header.classes.labels);
  const entries = header.rows.lemmas;
  const lemmatiser = new Lemmatiser({
    edits: header.edits,
    keys: new Int32Array(copy(offset, entries * 4)),
    values: new Uint16Array(copy(offset + entries * 4, entries * 2)),
  });
  return { upos: header.upos, xpos: header.xpos, deprels: header.deprels, tagger, transitions, labels, lemmatiser, info: header.info };
}
