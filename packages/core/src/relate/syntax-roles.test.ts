import { describe, expect, it } from 'vitest';
import { graphOfTexts, typedRelations } from '../testing.js';

const typed = (text: string) => typedRelations(graphOfTexts(text));

describe('roles and places read off the parse', () => {
  it('reads a role in lower case after a name as its description, however the tagger tagged it', () => {
    expect(typed('Ana Rell, spokeswoman for the Morvanic Party, told reporters the vote would go ahead.')).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
  });

  it('reads the role a verb of appointing gives its object, and a title the parser hung as a conjunct of the verb', () => {
    expect(typed('Kessel Motors named Ana Rell as its new chairwoman on Thursday.')).toEqual(['Ana Rell LEADS Kessel Motors']);
    expect(typed('Lio Brandt was appointed chief executive of Kessel Motors in 2015.')).toEqual(['Lio Brandt LEADS Kessel Motors']);
    expect(typed('Kessel Motors will not name Ana Rell as its new chairwoman.')).toEqual([]);
  });

  it('reads the owner of a role held by a person as the body joined ("the B Party\'s candidate"), not the owner of a thing', () => {
    expect(typed('Ana Rell, the Morvanic Party\'s candidate for mayor, conceded defeat.')).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
    expect(typed('Ana Rell, the Morvanic Party\'s highest honour, was given away.')).toEqual([]);
  });

  it('reads an organisation described by its kind with a place as lying there, not a place a participle names nor a hyphened backer', () => {
    expect(typed('Kessel Bank, Latvia\'s largest lender, reported a loss.')).toEqual(['Kessel Bank LOCATED_IN Latvia']);
    expect(typed('Kessel Airways, Bolivia\'s national carrier, cancelled all flights.')).toEqual(['Kessel Airways LOCATED_IN Bolivia']);
    expect(typed('The Kessel Front is a banned militant organisation in Chad.')).toEqual([]);
    expect(typed('The Kessel Front, a Peru-funded group, denied it.')).toEqual([]);
  });
});
