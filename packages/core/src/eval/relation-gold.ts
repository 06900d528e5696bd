/**
 * The relation gold as data: its JSON Lines parsed and checked, and the
 * predictions a built graph makes in each gold sentence (typed edges whose
 * evidence lies in it).
 */
import { KgraphError } from '../errors.js';
import type { Evidence } from '../graph/attributes.js';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { isRelationType } from '../vocabulary/relation-types.js';
import type { GoldRelation, GoldSentence, GoldSpan, PredictedRelation } from './relation-score.js';

/** The articles of `name.gold.jsonl` are in `name.articles.jsonl` beside it. */
export function articlesPathOf(goldPath: string): string {
  if (!goldPath.endsWith('.gold.jsonl')) throw new KgraphError(`expected a NAME.gold.jsonl file, got "${goldPath}".`);
  return goldPath.replace(/\.gold\.jsonl$/, '.articles.jsonl');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function span(value: unknown, sentence: string, where: string): GoldSpan {
  if (!isObject(value) || typeof value.text !== 'string' || !isCount(value.start) || !isCount(value.end)) {
    throw new KgraphError(`${where}: an argument needs text, start and end.`);
  }
  if (sentence.slice(value.start, value.end) !== value.text) {
    throw new KgraphError(`${where}: "${value.text}" is not at ${value.start}–${value.end} of its sentence.`);
  }
  return { text: value.text, start: value.start, end: value.end, ...(typeof value.refers === 'string' ? { refers: value.refers } : {}) };
}

function relation(value: unknown, sentence: string, where: string): GoldRelation {
  if (!isObject(value) || !isRelationType(value.type)) throw new KgraphError(`${where}: a relation needs a type from the vocabulary.`);
  return {
    type: value.type,
    source: span(value.source, sentence, where),
    target: span(value.target, sentence, where),
    modality: typeof value.modality === 'string' ? value.modality : 'asserted',
    negated: value.negated === true,
  };
}

/** Parses a gold file's text; throws a KgraphError naming the line of the first malformed record. */
export function parseRelationGold(text: string, source: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${source}#${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new KgraphError(`${where} is not valid JSON.`);
    }
    if (!isObject(record) || typeof record.url !== 'string' || typeof record.sentence !== 'string' || !isCount(record.start) || !isCount(record.end) || !Array.isArray(record.relations)) {
      throw new KgraphError(`${where}: expected {id, url, start, end, sentence, relations}.`);
    }
    const sentence = record.sentence;
    sentences.push({
      id: isCount(record.id) ? record.id : index + 1,
      url: record.url,
      start: record.start,
      end: record.end,
      sentence,
      relations: record.relations.map((r) => relation(r, sentence, where)),
    });
  });
  return sentences;
}

/**
 * For each gold sentence, the typed edges of `graph` with evidence in it. `documentOf` maps an article url to its
 * document's id and where the article's text begins in it (gold offsets count from there; a title set above the text
 * moves it).
 */
export function predictionsInSentences(
  graph: KnowledgeGraph,
  documentOf: ReadonlyMap<string, { id: string; bodyStart?: number | undefined }>,
  gold: readonly GoldSentence[],
): PredictedRelation[][] {
  const namesOf = (node: string): string[] => {
    const attributes = graph.getNodeAttributes(node);
    return [attributes.label, ...(attributes.aliases ?? [])];
  };
  const byDocument = new Map<string, { evidence: Evidence; relation: PredictedRelation }[]>();
  graph.forEachEdge((_key, attributes, source, target) => {
    const relation: PredictedRelation = { type: attributes.type, source: namesOf(source), target: namesOf(target) };
    for (const evidence of attributes.evidence) {
      const list = byDocument.get(evidence.docId) ?? [];
      list.push({ evidence, relation });
      byDocument.set(evidence.docId, list);
    }
  });
  return gold.map((g) => {
    const document = documentOf.get(g.url);
    if (document === undefined) throw new KgraphError(`no article with url ${g.url} for gold sentence ${g.id}.`);
    const [start, end] = [g.start + (document.bodyStart ?? 0), g.end + (document.bodyStart ?? 0)];
    return (byDocument.get(document.id) ?? []).filter(({ evidence }) => evidence.start < end && start < evidence.end).map(({ relation }) => relation);
  });
}
