import { describe, expect, it } from 'vitest';
import { graphOfTexts, typedRelations } from '../testing.js';

const typed = (text: string) => typedRelations(graphOfTexts(text));

describe('roles and places read off the parse', () => {
  it('reads a role in lower case after a name as its description, however the tagger tagged it', () => {
    expect(typed('Ana Rell, spokeswoman for the Morvanic Party, told reporters the vote would go ahead.')).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
  });

  it('reads the apposition of a title the parser made the head of the name after it ("Mayor A, a member of B")', () => {
    expect(typed('The Zenith Party met. Mayor de Rell, a member of the Zenith Party, spoke on a morning show.')).toEqual(['de Rell MEMBER_OF Zenith Party']);
  });

  it('reads "A, of B," as "A of B", a person of an organisation, but not a place or a phrase', () => {
    expect(typed('Ana Rell, of the Kessel Institute, said the data were sound.')).toEqual(['Ana Rell MEMBER_OF Kessel Institute']);
    expect(typed('Ana Rell, of course, disagreed with Pim Voss.')).toEqual([]);
  });

  it('reads an organisation before the field of a role before a name as the body the role is held in ("B criminology professor A")', () => {
    expect(typed('Kessel City University criminology professor Pim Voss told the press.')).toEqual(['Pim Voss MEMBER_OF Kessel City University']);
  });

  it('reads a governor named with a country by "of" or a possessive as leading it (a territory), not one named by its adjective', () => {
    expect(typed('Ana Rell, the governor of Anguilla, resigned.')).toEqual(['Ana Rell LEADS Anguilla']);
    expect(typed('Pim Voss began serving as Anguilla\'s eleventh governor on January 2.')).toEqual(['Pim Voss LEADS Anguilla']);
    expect(typed('Ana Rell, the Nigerian governor, resigned.')).toEqual([]);
  });

  it('reads a country\'s own bodies as parts of it, each of a list after its possessive ("the B\' A, C and D"), and other bodies as lying in it', () => {
    expect(typed('They were funded by the United States\' Department of Energy and Office of Naval Research.')).toEqual(['Department of Energy PART_OF United States', 'Office of Naval Research PART_OF United States']);
    expect(typed('Chile\'s Ministry of Defence said the drill was over.')).toEqual(['Ministry of Defence (Chile) PART_OF Chile']);
    expect(typed('Chile\'s Kessel University said the drill was over.')).toEqual(['Kessel University LOCATED_IN Chile']);
  });

  it('reads what a body became or was made ("became the biggest lender in B") as its description, as a fact only', () => {
    expect(typed('Kessel Bank became the biggest lender in Peru.')).toEqual(['Kessel Bank LOCATED_IN Peru']);
    expect(typed('The merger made Kessel Bank the biggest lender in Peru.')).toEqual(['Kessel Bank LOCATED_IN Peru']);
    expect(typed('Kessel Bank will become the biggest lender in Peru.')).toEqual([]);
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

  it('reads a role right before a name as the name\'s, wherever the parser hung the two ("the B Party\'s nominee A received", "into B challenger former Governor A")', () => {
    expect(typed('In 2016, the Zenith Party\'s presidential nominee Gary Marlow received 3.28 percent of the popular vote.')).toEqual(['Gary Marlow MEMBER_OF Zenith Party']);
    expect(typed('The Zenith Party\'s candidate Gary Marlow said he would win.')).toEqual(['Gary Marlow MEMBER_OF Zenith Party']);
    expect(typed('The Democratic Party met on Monday. Democratic challenger former Vice President Joe Marlow would run, sources said.')).toEqual(['Joe Marlow MEMBER_OF Democratic Party']);
    expect(typed('The Democratic Party met on Monday. Ana Rell encouraged investigations into Democratic challenger former Vice President Joe Marlow.')).toEqual(['Joe Marlow MEMBER_OF Democratic Party']);
  });

  it('reads the name before "restaurant" or "hotel" as the body a role is held in ("the head chef of B\'s C restaurant")', () => {
    expect(typed('Ana Rell, the night manager of Ostrava\'s Kessel Group hotel, was found dead on Wednesday.')).toEqual(['Ana Rell MEMBER_OF Kessel Group', 'Kessel Group LOCATED_IN Ostrava']);
  });

  it('reads the head of a named body owned by another ("B\'s C Agency head A") as leading the body and one of the owner\'s people', () => {
    expect(typed('"We will continue searching until we find it," 2nd Fleet Command\'s Navy Information Agency head Tamo Rell told The Velt Post.')).toEqual([
      'Tamo Rell LEADS Navy Information Agency',
      'Tamo Rell MEMBER_OF 2nd Fleet Command',
    ]);
  });

  it('reads a unit a body owns, by its name\'s head word, as a part of it ("B\'s College of A"), not what else it owns', () => {
    expect(typed('Staff of Kessel University\'s College of Marine Studies met on Monday.')).toEqual(['College of Marine Studies PART_OF Kessel University']);
    expect(typed('A review of the Kessel Council\'s Code of Ethics Article 34 shows that it was adopted in 1924.')).toEqual([]);
  });

  it('reads "A, part of B" as a body\'s part, or a place\'s place', () => {
    expect(typed('Kessel Radio, part of the Orbit Media Group, was sold on Monday.')).toEqual(['Kessel Radio PART_OF Orbit Media Group']);
    expect(typed('Donetsk, part of Ukraine, was shelled on Monday.')).toEqual(['Donetsk LOCATED_IN Ukraine']);
    expect(typed('The Velt Heritage Office, a specialised agency of the Korr Union, opened on Monday.')).toEqual(['Velt Heritage Office PART_OF Korr Union']);
  });

  it('reads coordinated subjects of a mutual description as each other\'s ("A and B have been allies")', () => {
    expect(typed('Peru and Chile have been allies since 1990.')).toEqual(['Peru COOPERATES_WITH Chile']);
    expect(typed('Peru and Chile are not allies.')).toEqual([]);
  });

  it('reads a whip as one of the body he whips for', () => {
    expect(typed('Senate Majority Whip Dick Marlow said the bill would pass.')).toEqual(['Dick Marlow MEMBER_OF Senate']);
    expect(typed('Dick Marlow, the Zenith Party whip, said the bill would pass.')).toEqual(['Dick Marlow MEMBER_OF Zenith Party']);
  });

  it('reads an organisation described by its kind with a place as lying there, not a place a participle names nor a hyphened backer', () => {
    expect(typed('Kessel Bank, Latvia\'s largest lender, reported a loss.')).toEqual(['Kessel Bank LOCATED_IN Latvia']);
    expect(typed('Kessel Airways, Bolivia\'s national carrier, cancelled all flights.')).toEqual(['Kessel Airways LOCATED_IN Bolivia']);
    expect(typed('The Kessel Front is a banned militant organisation in Chad.')).toEqual([]);
    expect(typed('The Kessel Front, a Peru-funded group, denied it.')).toEqual([]);
  });

  it('reads "a leader of B" as one of its leaders, a member, and "the leader of B" as leading it', () => {
    expect(typed('Lio Brandt had been an iconic leader of the Orvex Party.')).toEqual(['Lio Brandt MEMBER_OF Orvex Party']);
    expect(typed('Lio Brandt, the leader of the Orvex Party, resigned.')).toEqual(['Lio Brandt LEADS Orvex Party']);
  });

  it('reads a chief minister or a first minister as leading the state or nation named with the title', () => {
    expect(typed('Lio Brandt, the chief minister of Tamil Nadu, resigned.')).toEqual(['Lio Brandt LEADS Tamil Nadu']);
    expect(typed('Lio Brandt, Tasmania\'s first minister, resigned.')).toEqual(['Lio Brandt LEADS Tasmania']);
  });

  it('reads "A of the advocacy group B" as a member of B, wherever the parser hung the name', () => {
    expect(typed('Lena Marsh of the advocacy group Kessel Watch said the law was unfair.')).toEqual(['Lena Marsh MEMBER_OF Kessel Watch']);
    expect(typed('To this, Lio Brandt of worldwide victim group Ending Orvex Abuse said, "The church should act."')).toEqual(['Lio Brandt MEMBER_OF Ending Orvex Abuse']);
  });

  it('reads "the Chilean city of A" as lying in Chile where the corpus has made "city" a concept', () => {
    const graph = graphOfTexts(
      'The Chilean city of Arica hosted the fair.',
      'The city council met on Monday. The city was calm.',
      'Crowds filled the city centre. The city reopened.',
      'The city mayor spoke. The city budget grew.',
    );
    expect(graph.someNode((_key, a) => a.label === 'city' && a.type === 'Concept')).toBe(true);
    expect(typedRelations(graph)).toEqual(['Arica LOCATED_IN Chile']);
  });

  it('reads the role taken in a relative clause on a name ("A, who served as president of B")', () => {
    expect(typed('This morning Ana Rell, who served as President of Chile for twelve years, died at home.')).toEqual(['Ana Rell LEADS Chile']);
    expect(typed('Pim Voss, who is a member of the Morvanic Party, spoke on Monday.')).toEqual(['Pim Voss MEMBER_OF Morvanic Party']);
  });

  it('reads a place\'s possessive before a body, past adjectives and participles the parser hung elsewhere', () => {
    expect(typed("Oil facilities belonging to Chile's state-owned Kessel Mining were hit.")).toEqual(['Kessel Mining LOCATED_IN Chile']);
  });

  it('reads a body introduced by its kind after a place, with the words of its field between, but only the kind after a nationality', () => {
    expect(typed("Chile's largest lender Kessel Bank lost money.")).toEqual(['Kessel Bank LOCATED_IN Chile']);
    expect(typed('The US distribution company Kessel Media sued.')).toEqual(['Kessel Media LOCATED_IN United States']);
    expect(typed('The Croatian firm Kessel Shipping filed for bankruptcy.')).toEqual(['Kessel Shipping LOCATED_IN Croatia']);
    expect(typed('Ana Rell told the Chilean news channel Kessel TV it was hard.').filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads "A of B" written together as membership where the parser hung B on a title before the name', () => {
    expect(typed('Professor Ana Rell of Kessel University, co-author of a new study, declared it.')).toEqual(['Ana Rell MEMBER_OF Kessel University']);
  });

  it('reads a party\'s word before a leader\'s title with a complement as the holder\'s party ("A, the Zenithic chairman of B")', () => {
    expect(typed('The Morvanic Party met. Pim Voss, the Morvanic chairman of the Kessel Committee, spoke.')).toEqual(['Pim Voss LEADS Kessel Committee', 'Pim Voss MEMBER_OF Morvanic Party']);
  });
  it('places no party by a possessive place before its adjective on a person\'s title, nor a site whose comma a possessive place follows', () => {
    const graph = graphOfTexts(
      'The Morvanic Party won the election in Chile.',
      'Afterward, Chile\'s Morvanic Senator Ana Rell spoke to reporters.',
      'After ten years in the Kessel Council, Peru\'s veteran senator Pim Voss retired.',
    );
    expect(typedRelations(graph)).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
  });
  it('reads no role one was ousted or expelled from ("A was ousted as president of B")', () => {
    expect(typed('Pim Voss was ousted as president of the Kessel Club in May.')).toEqual([]);
    expect(typed('Pim Voss, who had been expelled as a Morvanic Party leader, still claimed influence.')).toEqual([]);
  });
  it('reads a title and its body written before a name after "As" as the name\'s role, but not after another preposition', () => {
    expect(typed('As chairman of the Kessel Committee, Pim Voss holds great power.')).toEqual(['Pim Voss LEADS Kessel Committee']);
    expect(typed('After talks with the president of Chile, Pim Voss flew home.')).toEqual([]);
  });
  it('places a place named after a place noun where the noun\'s modifier says ("the Chilean city of Arica"), but not on a sea', () => {
    expect(typedRelations(graphOfTexts('The attack happened in the Chilean city of Arica.'))).toEqual(['Arica LOCATED_IN Chile']);
    expect(typedRelations(graphOfTexts('The ship sailed from Peru\'s port of Callao.'))).toEqual(['Callao LOCATED_IN Peru']);
  });

  it('reads a general manager as the leader of the body, and a manager at it as nothing more', () => {
    expect(typed('Karo Tessel, the general manager of Kessel Media, resigned.')).toEqual(['Karo Tessel LEADS Kessel Media']);
  });

  it('reads a name between commas after a title that opens the sentence as the title\'s holder', () => {
    expect(typed('The Danish prime minister, Mette Lund, visited Greenland on Thursday.')).toEqual(['Mette Lund LEADS Denmark', 'Mette Lund VISITS Greenland']);
  });

  it('reads the speaker of an assembly as its leader, after a name or before it', () => {
    expect(typed('Anna Weller, the speaker of the Kessel Assembly, resigned on Monday.')).toEqual(['Anna Weller LEADS Kessel Assembly']);
    expect(typed('The Speaker of the Kessel Assembly, Anna Weller, called for calm.')).toEqual(['Anna Weller LEADS Kessel Assembly']);
  });

  it('reads one who runs in a party\'s primary or for its nomination as of the party', () => {
    const corpus = 'The Zenithist Party will choose its candidate in June. ';
    expect(typed(`${corpus}Karo Tessel, who was a candidate in the Zenithist primary, ended her campaign.`)).toEqual(['Karo Tessel MEMBER_OF Zenithist Party']);
    expect(typed(`${corpus}Karo Tessel ran in the Zenithist primary in 2016.`)).toEqual(['Karo Tessel MEMBER_OF Zenithist Party']);
    expect(typed(`${corpus}Karo Tessel did not seek the Zenithist nomination.`)).toEqual([]);
    // A voter in a party's primary need not be of the party.
    expect(typed(`${corpus}Karo Tessel, a voter in the Zenithist primary, was interviewed.`)).toEqual([]);
  });

  it('reads a description with "a" after a name and its comma as the name\'s, however far up the parser hung it', () => {
    expect(typed('A fire destroyed homes in a slum in Pärnu, a port city in Estonia.')).toEqual(['Pärnu LOCATED_IN Estonia']);
    expect(typed('The money went to Paw Haven, a charity in Tartu, Estonia, run by volunteers.')).toEqual(['Paw Haven LOCATED_IN Tartu', 'Tartu LOCATED_IN Estonia']);
  });

  it('reads the role a phase verb\'s complement takes as its subject\'s ("began serving as president of B"), not one refused', () => {
    expect(typed("Ana Vell began serving as Bolivia's eleventh president in 2017.")).toEqual(['Ana Vell LEADS Bolivia']);
    expect(typed("Ana Vell refused to serve as Bolivia's president.")).toEqual([]);
  });

  it('reads a place named before "area" or "region" as lying in the place after its "of" ("the Tartu area of Estonia")', () => {
    expect(typed('Customers in the Tartu area of Estonia lost power.')).toEqual(['Tartu LOCATED_IN Estonia']);
    // A town's or a port's "of" names the town: a sea before it is no place inside it.
    expect(typed('A bomb exploded in the Baltic Sea port town of Pärnu, Estonia.')).toEqual(['Pärnu LOCATED_IN Estonia']);
    // A region so named holds nothing of what its "of" names.
    expect(typed('He was found in the Korvia region of Velt County.')).toEqual([]);
  });

  it('reads people written right before "from" and an organisation as its people, but not what goes from it to them', () => {
    expect(typed('These were Ivan Brandt and Mara Voss from Kessel State Medical University.')).toEqual(['Ivan Brandt MEMBER_OF Kessel State Medical University', 'Mara Voss MEMBER_OF Kessel State Medical University']);
    expect(typed('Nadia Brandt from Kessel University said the results were clear.')).toEqual(['Nadia Brandt MEMBER_OF Kessel University']);
    expect(typed('The letter came to Nadia Brandt from Kessel Bank.')).toEqual([]);
    expect(typed('Nadia Brandt received an award from Kessel University.')).toEqual([]);
  });

  it('reads a unit named by its head word ("School", "Institute") at an organisation as a part of it', () => {
    expect(typed('The study was done at the Rosenstiel School of Marine Science at the University of Marlow.')).toEqual(['Rosenstiel School of Marine Science PART_OF University of Marlow']);
    expect(typed('Tomas Brandt spoke at the Kessel Bank at Marlow University on Monday.')).toEqual([]);
  });

  it('reads a place\'s "-based" word before a name and its kind\'s noun as where the named body lies, not its spokesman\'s', () => {
    expect(typed('Zorvath fighters attacked the base. The Lima-based Zorvath movement claimed responsibility for the attacks.')).toEqual(['Zorvath LOCATED_IN Peru']);
    expect(typed('A Lima-based Zorvath spokesman said it.')).toEqual([]);
  });

  it('reads one who hosts a show on a broadcaster as working for it, as a fact only', () => {
    expect(typed('Pim Voss previously hosted a show on Kessel TV and currently hosts a show on internet radio.')).toEqual(['Pim Voss MEMBER_OF Kessel TV']);
    expect(typed('Pim Voss will host a show on Kessel TV next year.')).toEqual([]);
    expect(typed('Pim Voss hosted a meeting on Kessel TV\'s future.')).toEqual([]);
  });

  it('reads a place described as on or by a feature that lies in another as lying there too ("a town on a river in B")', () => {
    expect(typed('The ship sailed with cargo from Ilo, a port town on a river in Peru.')).toEqual(['Ilo LOCATED_IN Peru']);
    expect(typed('Ilo, a town on a road in disrepair, flooded.')).toEqual([]);
  });
});
