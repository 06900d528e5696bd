import { describe, expect, it } from 'vitest';
import { readCameoToPlover, relationOfCode } from './plover-mapping.js';

const TABLE = readCameoToPlover(`
04: CONSULT
042: CONSULT, visit,   # Make a visit
0841: RETREAT, release,   legal # Return, release person(s)
087: RETREAT, disarm,   military # De-escalate military engagement
111: ACCUSE, disapprove,    # Criticize or denounce
112: ACCUSE, disapprove,    # Accuse
163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
18: ASSAULT
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
192: COERCE, seize, military          # Occupy territory
`);

describe('CAMEO codes onto the vocabulary through PLOVER', () => {
  it('takes the PLOVER type of the longest code the table lists', () => {
    expect(relationOfCode('1823', TABLE)).toBe('ATTACKS');
    expect(relationOfCode('192', TABLE)).toBe('COERCES');
    expect(relationOfCode('087', TABLE)).toBe('WITHDREW_FROM');
  });

  it('splits a PLOVER type where the vocabulary does: visits apart from meetings, criticism apart from accusation', () => {
    expect(relationOfCode('042', TABLE)).toBe('VISITS');
    expect(relationOfCode('111', TABLE)).toBe('CRITICIZES');
    expect(relationOfCode('112', TABLE)).toBe('ACCUSES');
  });

  it("reads sanctions as SANCTIONS and a release as PLOVER's material retreat, as the vocabulary describes them", () => {
    expect(relationOfCode('163', TABLE)).toBe('SANCTIONS');
    expect(relationOfCode('0841', TABLE)).toBe('RELEASES');
  });

  it('reads an apology as a concession, as the PLOVER manual codes regret', () => {
    expect(relationOfCode('055', TABLE)).toBe('CONCEDES_TO');
  });

  it('reads appeals as requests and codes no event for statements', () => {
    expect(relationOfCode('020', TABLE)).toBe('REQUESTS');
    expect(relationOfCode('010', TABLE)).toBeUndefined();
  });
});
