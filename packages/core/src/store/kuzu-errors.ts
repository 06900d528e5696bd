/**
 * Kuzu's error messages → one line a query writer can act on. Syntax errors
 * keep the engine's line and offset; unknown labels and types list the ones
 * that exist; writes to the read-only cache say why they fail.
 */
import { KgraphError } from '../errors.js';
import { EMBEDDED_LABELS, EMBEDDED_RELATIONSHIP_TYPES } from './kuzu-schema.js';

export function explainKuzuError(error: unknown): KgraphError {
  if (error instanceof KgraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const [first = ''] = message.split('\n');
  const unknownTable = /Table (\S+) does not exist/.exec(first);
  if (unknownTable) {
    return new KgraphError(
      `unknown label or relationship type "${unknownTable[1]}". ` +
        `Labels: ${EMBEDDED_LABELS.join(', ')}. Relationship types: ${EMBEDDED_RELATIONSHIP_TYPES.join(', ')}.`,
    );
  }
  const syntax = /^Parser exception: (.*?)\s*\(line: (\d+), offset: (\d+)\)/.exec(first);
  if (syntax) {
    return new KgraphError(`syntax error at line ${syntax[2]}, column ${Number(syntax[3]) + 1}: ${syntax[1]}`);
  }
  const unusedParameter = /^Parameter (\S+) not found/.exec(first);
  if (unusedParameter) {
    return new KgraphError(`parameter $${unusedParameter[1]} is not used by the query (the embedded engine refuses unused parameters).`);
  }
  if (/buffer pool is full/i.test(first)) {
    return new KgraphError(
      'the query needs more memory than the embedded engine has: give variable-length patterns an upper bound (e.g. [*1..3]) and add a LIMIT.',
    );
  }
  if (/multiple statements/i.test(first)) {
    return new KgraphError('one statement per query: run the statements one by one.');
  }
  if (/read-only/i.test(first)) {
    return new KgraphError(`the embedded graph is read-only (it mirrors graph.json): ${first}`);
  }
  return new KgraphError(first.replace(/^(\w+) exception: /, (_, kind: string) => `${kind.toLowerCase()} error: `));
}
