import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';

const SAMPLE = [
  '# text = Mira didn\'t call.',
  '1\tMira\tMira\tPROPN\tNNP\t_\t4\tnsubj\t_\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tcall\tcall\tVERB\tVB\t_\t0\troot\t_\t_',
  '4.1\tcalled\tcall\tVERB\tVBD\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('parseConllu', () => {
  it('keeps the syntactic words of a multiword token and skips its range line and empty nodes', () => {
    const [first, second] = parseConllu(SAMPLE);
    expect(first!.forms).toEqual(['Mira', 'did', "n't", 'call', '.']);
    expect(first!.heads).toEqual([4, 4, 4, 0, 4]);
    expect(first!.deprels).toEqual(['nsubj', 'aux', 'advmod', 'root', 'punct']);
    expect(first!.lemmas[1]).toBe('do');
    expect(second!.upos).toEqual(['INTJ']);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseConllu('1\tMira\n', 'bad.conllu')).toThrow(/bad\.conllu:1: expected 10 tab-separated columns/);
  });
});
