import { describe, expect, it } from 'vitest';
import { formatQueryCsv, formatQueryJson, formatQueryTable } from './query-table.js';

const table = {
  columns: ['name', 'aliases', 'n'],
  rows: [
    { name: 'Ruritania, "the"\nkingdom', aliases: ['Р', '`r`'], n: 2 },
    { name: 'Sylvania', aliases: [], n: null },
  ],
};

describe('query output formats', () => {
  it('prints JSON as an array of row objects keyed by column name', () => {
    expect(JSON.parse(formatQueryJson(table))).toEqual(table.rows);
  });

  it('prints CSV with a header, quoting commas, quotes and line breaks, lists as JSON', () => {
    expect(formatQueryCsv(table)).toBe('name,aliases,n\r\n"Ruritania, ""the""\nkingdom","[""Р"",""`r`""]",2\r\nSylvania,[],\r\n');
  });

  it('prints an aligned table with the row count, a line break in a cell shown as a space', () => {
    expect(formatQueryTable(table)).toBe(
      [
        'name                     │ aliases     │ n',
        '─────────────────────────┼─────────────┼──',
        'Ruritania, "the" kingdom │ ["Р","`r`"] │ 2',
        'Sylvania                 │ []          │',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });
});
