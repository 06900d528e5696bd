/**
 * Engine values → plain JSON-ready values. Nodes become `{ _label, ...properties }`,
 * relationships `{ _type, ...properties }`, paths `{ nodes, relationships }`,
 * in both engines, so `--format json` looks the same with and without `--neo4j`.
 * Integers beyond 2^53 stay exact as strings.
 */
import { DOCUMENT_PROPERTIES, ENTITY_PROPERTIES, RELATION_PROPERTIES } from './cypher-rows.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in record) out[key] = toPlainValue(record[key]);
  return out;
}

// Kuzu pads a node or relationship inside a path with the columns of every
// table the path may cross; keep only those of its own table.
const nodeKeys = (label: unknown): readonly string[] => (label === 'Document' ? DOCUMENT_PROPERTIES : ENTITY_PROPERTIES);
const relKeys = (type: unknown): readonly string[] => (type === 'MENTIONS' ? [] : RELATION_PROPERTIES);

/** Converts a value returned by Kuzu's Node binding. */
export function toPlainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (!isRecord(value)) return value;
  if (Array.isArray(value._nodes) && Array.isArray(value._rels)) {
    return { nodes: value._nodes.map(toPlainValue), relationships: value._rels.map(toPlainValue) };
  }
  if ('_src' in value && '_dst' in value && '_label' in value) {
    return { _type: value._label, ...pick(value, relKeys(value._label)) };
  }
  if ('_id' in value && '_label' in value) {
    return { _label: value._label, ...pick(value, nodeKeys(value._label)) };
  }
  return pick(value, Object.keys(value));
}
