import { describe, expect, it } from 'vitest';
import { mainCode, readCameoDictionary } from './cameo-dictionary.js';

const DICTIONARY = `# header
####### SYNONYM SETS #######

&TREATY
+TREATY
+WRITTEN_AGREEMENT

####### VERB PATTERNS #######

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
RE_ADMIT
ACCUSE [112]
- * (AT)                                              [036:036]     # MEET
- * &TREATY                                           [057]
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
`;

describe('reading the CAMEO verb dictionary', () => {
  const { blocks } = readCameoDictionary(DICTIONARY);

  it('reads a block with its code, its verbs (own codes, multi-word verbs) and its patterns', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.code).toBe('040');
    expect(blocks[0]!.verbs).toEqual([{ lemma: 'meet', particle: 'with' }, { lemma: 'meet' }, { lemma: 'accuse', code: '112' }]);
    expect(blocks[0]!.patterns).toEqual([
      { before: '', after: '(AT)', code: '036', origin: 'meet' },
      { before: '', after: '&TREATY', code: '057' },
    ]);
  });

  it('reads no synonym set member and no transformation as a verb', () => {
    expect(blocks.flatMap((b) => b.verbs.map((v) => v.lemma))).not.toContain('treaty');
    expect(blocks.flatMap((b) => b.patterns.map((p) => p.after))).not.toContain('SAY = a b 015');
  });

  it('takes the source event of a paired code and none from an empty one', () => {
    expect(mainCode('[043:042]')).toBe('043');
    expect(mainCode('[---]')).toBeUndefined();
    expect(mainCode('[:075]')).toBeUndefined();
  });
});
