import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../nlp/gazetteer.js';
import { isFound, parseEventSet, partyNames, scoreEventSet, type FoundEvent } from './event-set.js';

const gazetteer = loadGazetteer({ withAliases: true });
const edge = (plover: string, source: string, target: string, symmetric = false): FoundEvent => ({ plover, symmetric, sourceNames: [source], targetNames: [target] });

describe('event sets', () => {
  it('reads one coded sentence a line and skips blank lines and comments', () => {
    const rows = parseEventSet('# a comment\nACCUSE\tChile\tPeru\tChile accused Peru of spying.\n\n', 'set.tsv');
    expect(rows).toEqual([{ line: 2, type: 'ACCUSE', actor: 'Chile', recipient: 'Peru', sentence: 'Chile accused Peru of spying.' }]);
  });

  it('refuses, with the line, a row of the wrong shape, a type outside PLOVER and a party the sentence does not write', () => {
    expect(() => parseEventSet('ACCUSE\tChile\tPeru', 'set.tsv')).toThrow(/set\.tsv:1: expected TYPE/);
    expect(() => parseEventSet('\nBLAME\tChile\tPeru\tChile blamed Peru.', 'set.tsv')).toThrow(/set\.tsv:2: "BLAME" is no PLOVER event type/);
    expect(() => parseEventSet('ACCUSE\tChile\tBolivia\tChile accused Peru.', 'set.tsv')).toThrow(/"Bolivia" is not written/);
  });

  it('lets a party go by its country where it is a capital or opens with a demonym', () => {
    expect(partyNames('Lima', gazetteer)).toContain('peru');
    expect(partyNames('the Chilean government', gazetteer)).toContain('chile');
    expect(partyNames("Peru's navy", gazetteer)).toEqual(["peru's navy"]);
  });

  it('finds a row by type and direction, and either way only for a symmetric type', () => {
    const [row] = parseEventSet("ACCUSE\tPeru's navy\tChile\tPeru's navy accused Chile.", 'set.tsv');
    expect(isFound(row!, [edge('ACCUSE', 'Peru', 'Chile')], gazetteer)).toBe(true);
    expect(isFound(row!, [edge('ACCUSE', 'Chile', 'Peru')], gazetteer)).toBe(false);
    expect(isFound(row!, [edge('ACCUSE', 'Chile', 'Peru', true)], gazetteer)).toBe(true);
    expect(isFound(row!, [edge('CRITICIZE', 'Peru', 'Chile')], gazetteer)).toBe(false);
  });

  it('counts the rows found, per type, and lists the lines of those missed', () => {
    const rows = parseEventSet('ACCUSE\tChile\tPeru\tChile accused Peru.\nAID\tChile\tPeru\tChile and Peru met.', 'set.tsv');
    const score = scoreEventSet(rows, [[edge('ACCUSE', 'Chile', 'Peru')], []], gazetteer);
    expect(score).toEqual({ rows: 2, found: 1, recall: 0.5, perType: { ACCUSE: { rows: 1, found: 1 }, AID: { rows: 1, found: 0 } }, missed: [2] });
  });
});
