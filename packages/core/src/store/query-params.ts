/**
 * `--param name=value` → query parameters. A value that reads as JSON is that
 * JSON value (`n=3`, `ok=true`, `names=["a","b"]`, `s="007"`); anything else
 * is the text as written (`name=Freedonia`). Parameters always travel to the
 * engine as parameters, never pasted into the query.
 */
import { KgraphError } from '../errors.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseQueryParams(specs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of specs) {
    const equals = spec.indexOf('=');
    const name = equals < 0 ? spec : spec.slice(0, equals);
    if (equals < 0 || !NAME.test(name)) {
      throw new KgraphError(`--param ${JSON.stringify(spec)} is not name=value (a name is letters, digits and _).`);
    }
    const raw = spec.slice(equals + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Plain text.
    }
    params[name] = value;
  }
  return params;
}

/**
 * The `$name` parameters a query uses that `params` lacks. Kuzu binds a missing
 * parameter to NULL and answers with no rows; Neo4j refuses the query. We
 * refuse too. Quoted text, backquoted names and comments are skipped.
 */
export function missingParameters(cypher: string, params: Record<string, unknown>): string[] {
  const used = new Set<string>();
  const pattern = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  for (const match of cypher.matchAll(pattern)) if (match[1]) used.add(match[1]);
  return [...used].filter((name) => !Object.hasOwn(params, name));
}
