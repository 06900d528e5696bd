import { describe, expect, it } from 'vitest';
import { missingParameters, parseQueryParams } from './query-params.js';

describe('parseQueryParams', () => {
  it('reads JSON values as JSON and anything else as text', () => {
    expect(parseQueryParams(['n=3', 'ok=true', 'names=["a","b"]', 's="007"', 'name=United States', 'empty=', 'eq=a=b'])).toEqual({
      n: 3, ok: true, names: ['a', 'b'], s: '007', name: 'United States', empty: '', eq: 'a=b',
    });
  });

  it('refuses a parameter without a name or with a name Cypher cannot use', () => {
    expect(() => parseQueryParams(['novalue'])).toThrow(/is not name=value/);
    expect(() => parseQueryParams(['1x=2'])).toThrow(/is not name=value/);
    expect(() => parseQueryParams(['a-b=2'])).toThrow(/is not name=value/);
  });
});

describe('missingParameters', () => {
  it('lists the $parameters a query uses that were not given', () => {
    expect(missingParameters('MATCH (n {name: $name}) WHERE n.x > $min RETURN n LIMIT $n', { n: 1 })).toEqual(['name', 'min']);
  });

  it('ignores dollars inside strings, backquoted names and comments', () => {
    const cypher = "MATCH (n) WHERE n.price = '$5' OR n.note = \"$x\" OR n.`$y` = 1 // $z\n/* $w */ RETURN n";
    expect(missingParameters(cypher, {})).toEqual([]);
  });
});
