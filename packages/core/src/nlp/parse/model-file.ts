/**
 * The parser's model file: gzip of a header and typed arrays.
 *
 * Layout (little-endian): "KGPARSE2", u32 header length, header JSON (UPOS
 * and XPOS of the tagger's classes, relations, lemma edits, slots and rows
 * per table, info), padding to 4 bytes; then for the tagger, the transition
 * and the relation classifiers: the feature table's keys by slot i32[slots]
 * (0: empty; rows follow slot order, so loading does no hashing), scales
 * f32[rows], int8 weights i8[rows × classes], padding; then the lemmatiser's
 * keys i32[entries] and edit numbers u16[entries].
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { KgraphError } from '../../errors.js';
import { Lemmatiser } from './lemmatiser.js';
import { FeatureIndex } from './feature-index.js';
import { LinearWeights } from './linear-weights.js';
import type { ParserModelData } from './model.js';

const MAGIC = 'KGPARSE2';

interface Header {
  upos: string[];
  xpos: string[];
  deprels: string[];
  edits: string[];
  slots: { tagger: number; transitions: number; labels: number };
  rows: { tagger: number; transitions: number; labels: number; lemmas: number };
  classes: { tagger: number; transitions: number; labels: number };
  info: Record<string, unknown>;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Slot keys i32[slots], scales f32[rows], weights i8[rows × classes], padding. */
function encodeTable(weights: LinearWeights): Buffer {
  const slots = weights.index.slots();
  const rows = weights.rows;
  const buffer = Buffer.alloc(pad4(slots.length * 4 + rows * 4 + rows * weights.classes));
  Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength).copy(buffer, 0);
  Buffer.from(weights.scales.buffer, weights.scales.byteOffset, weights.scales.byteLength).copy(buffer, slots.length * 4);
  Buffer.from(weights.weights.buffer, weights.weights.byteOffset, weights.weights.byteLength).copy(buffer, slots.length * 4 + rows * 4);
  return buffer;
}

/** The model's bytes (weights already quantised and pruned by training). */
export function encodeParserModel(data: ParserModelData): Buffer {
  const tables = [data.tagger, data.transitions, data.labels];
  const lemma = data.lemmatiser.tables;
  const header: Header = {
    upos: data.upos,
    xpos: data.xpos,
    deprels: data.deprels,
    edits: lemma.edits,
    slots: { tagger: data.tagger.index.slots().length, transitions: data.transitions.index.slots().length, labels: data.labels.index.slots().length },
    rows: { tagger: data.tagger.rows, transitions: data.transitions.rows, labels: data.labels.rows, lemmas: lemma.keys.length },
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
  return gzipSync(Buffer.concat([start, ...tables.map(encodeTable), lemmaBytes]), { level: 6 });
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
  const table = (slots: number, rows: number, classes: number): LinearWeights => {
    const index = FeatureIndex.fromSlots(new Int32Array(copy(offset, slots * 4)));
    if (index.size !== rows) throw new KgraphError(`${source}: damaged parser model (a table holds ${index.size} rows, its header says ${rows}).`);
    const scales = new Float32Array(copy(offset + slots * 4, rows * 4));
    const weights = new Int8Array(copy(offset + slots * 4 + rows * 4, rows * classes));
    offset += pad4(slots * 4 + rows * 4 + rows * classes);
    return new LinearWeights(classes, index, scales, weights);
  };
  const tagger = table(header.slots.tagger, header.rows.tagger, header.classes.tagger);
  const transitions = table(header.slots.transitions, header.rows.transitions, header.classes.transitions);
  const labels = table(header.slots.labels, header.rows.labels, header.classes.labels);
  const entries = header.rows.lemmas;
  const lemmatiser = new Lemmatiser({
    edits: header.edits,
    keys: new Int32Array(copy(offset, entries * 4)),
    values: new Uint16Array(copy(offset + entries * 4, entries * 2)),
  });
  return { upos: header.upos, xpos: header.xpos, deprels: header.deprels, tagger, transitions, labels, lemmatiser, info: header.info };
}
