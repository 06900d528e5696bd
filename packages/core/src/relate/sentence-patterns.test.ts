import { describe, expect, it } from 'vitest';
import { graphOfTexts, labelsOfType, typedRelations } from '../testing.js';

describe('typed relations', () => {
  it('reads "A hosted talks between B and C" as A hosting both and B negotiating with C', () => {
    expect(typedRelations(graphOfTexts('Norway hosted talks between Colombia and Venezuela on Monday.'))).toEqual([
      'Colombia NEGOTIATES_WITH Venezuela',
      'Norway HOSTS Colombia',
      'Norway HOSTS Venezuela',
    ]);
  });

  it('frames talks a host will hold between two parties as the parse frames the verb: planned, not held', () => {
    const graph = graphOfTexts('Mongolia will host talks between Uzbekistan and Tajikistan next month.');
    expect(graph.mapEdges((_e, a, s, t) => `${graph.getNodeAttribute(s, 'label')} ${a.type} ${graph.getNodeAttribute(t, 'label')} (${a.modality})`).filter((r) => !r.includes('RELATED_TO')).sort()).toEqual([
      'Mongolia HOSTS Tajikistan (planned)',
      'Mongolia HOSTS Uzbekistan (planned)',
      'Tajikistan NEGOTIATES_WITH Uzbekistan (planned)',
    ]);
    expect(typedRelations(graphOfTexts('Chile denied that it hosted talks between Peru and Bolivia.'))).toEqual([]);
  });

  it('reads an organisation named after its whole and the kind of part as part of it, but no other word between two names', () => {
    expect(typedRelations(graphOfTexts('Neighbours told Velt Broadcasting station KVRT-TV that the area is quiet.'))).toEqual(['KVRT-TV PART_OF Velt Broadcasting']);
    expect(typedRelations(graphOfTexts('Korr Holdings subsidiary Velt Motors made the car.'))).toEqual(['Velt Motors PART_OF Korr Holdings']);
    expect(typedRelations(graphOfTexts('Korr Holdings rival Velt Motors made the car.'))).toEqual([]);
  });

  it('reads "Place, Larger place" after a site the place holds, but not inside a list of places', () => {
    expect(typedRelations(graphOfTexts('We recorded the album in his Kessel Studio, Lagos, Nigeria.'))).toEqual(['Lagos LOCATED_IN Nigeria']);
    expect(typedRelations(graphOfTexts('Delegates came from Chile, Lima, Peru and Bolivia.'))).toEqual([]);
  });

  it('reads "Place, Larger place, and" a clause as the place in the larger one, not a list; and the larger place as naming no noun the parser hung it on', () => {
    expect(typedRelations(graphOfTexts('Last year Orvex Corporation expanded its plant in Arica, Chile, and added capacity.'))).toEqual(['Arica LOCATED_IN Chile']);
    expect(typedRelations(graphOfTexts('Last year Orvex Corporation expanded its plant in Marlow, England, and added capacity.'))).toEqual(['Marlow LOCATED_IN England']);
    // A list's last item after "and" may open with a determiner or an adjective.
    expect(typedRelations(graphOfTexts('Four of us attended schools in Chile, Bolivia, and the Kessel Islands.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Peru, the Kessel Islands, Chile, and northern Bolivia were visited.'))).toEqual([]);
  });

  it('reads places named alike in a row as a list, not one inside the next', () => {
    expect(typedRelations(graphOfTexts('The warning applied to County Donegal, County Sligo, County Leitrim, County Louth and County Meath and starts at 6 p.m.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('She lives in Marlow County, Vermont.'))).toEqual(['Marlow County LOCATED_IN Vermont']);
  });

  it('reads a party\'s word before an office of state as the holder\'s party, and before a party\'s own leader as the party led', () => {
    expect(typedRelations(graphOfTexts('The Zenithist Party won. Zenithist Governor Karo Tessel spoke. Zenithist leader Pim Voss spoke.'))).toEqual([
      'Karo Tessel MEMBER_OF Zenithist Party',
      'Pim Voss LEADS Zenithist Party',
    ]);
  });

  it('reads a party\'s word before a body\'s noun and a leader\'s title as the holder\'s party, not the party led ("Zenithist committee chairman A")', () => {
    expect(typedRelations(graphOfTexts('The Zenithist Party won. Zenithist committee chairman Karo Tessel spoke. Zenithist party chairman Pim Voss spoke.'))).toEqual([
      'Karo Tessel MEMBER_OF Zenithist Party',
      'Pim Voss LEADS Zenithist Party',
    ]);
  });

  it('reads "talks between A and B" past the titles and words that describe each name', () => {
    const relations = graphOfTexts('The House asked for a transcript of talks between Minister Karo Tessel and the newly elected Governor Pim Voss in July.');
    expect(relations.filterEdges((_e, a) => a.type === 'NEGOTIATES_WITH').map((e) => relations.getEdgeAttribute(e, 'predicate'))).toEqual(['talks']);
  });

  it('reads "a joint venture between A and B" as cooperation, past an "of" phrase of the first party', () => {
    expect(typedRelations(graphOfTexts('The joint exercises between Chile and Peru ended.'))).toEqual(['Chile COOPERATES_WITH Peru']);
    expect(typedRelations(graphOfTexts('The study was a collaborative project between Ana Rell of the Kessel Institute and Pim Voss of Borvik Expeditions.'))).toContain(
      'Ana Rell COOPERATES_WITH Pim Voss',
    );
  });

  it('reads nominal mediation: "the mediation of A" between the other parties of the sentence', () => {
    expect(typedRelations(graphOfTexts('The talks took place through the mediation of Qatar, which Sudan and Chad trust.'))).toEqual([
      'Qatar MEDIATES Chad',
      'Qatar MEDIATES Sudan',
    ]);
  });

  it('reads coordinated subjects of an interaction as negotiating with each other', () => {
    expect(typedRelations(graphOfTexts('Kenya and Uganda engaged in fresh talks in Nairobi last week.'))).toEqual(['Kenya NEGOTIATES_WITH Uganda']);
  });

  it('reads withdrawal from an agreement named earlier in the sentence', () => {
    expect(typedRelations(graphOfTexts('Brazil withdrew from the Paris Agreement in 2019.'))).toEqual(['Brazil WITHDREW_FROM Paris Agreement']);
  });

  it('reads a passive with its agent the right way round', () => {
    expect(typedRelations(graphOfTexts('Venezuela was sanctioned by Canada in March.'))).toEqual(['Canada SANCTIONS Venezuela']);
  });

  it('carries the subject of a sentence into the next one that opens with "She" or "It"', () => {
    expect(typedRelations(graphOfTexts('Chancellor Ana Rell spoke in Bergen on Monday. She criticized Belarus over the border crisis.'))).toEqual([
      'Ana Rell CRITICIZES Belarus',
    ]);
    expect(typedRelations(graphOfTexts('Chile has a long record of quiet diplomacy. It hosted talks between Colombia and Venezuela.'))).toEqual([
      'Chile HOSTS Colombia',
      'Chile HOSTS Venezuela',
      'Colombia NEGOTIATES_WITH Venezuela',
    ]);
  });

  it('does not read a planned meeting as one that took place, nor offered talks as held', () => {
    const modalities = (text: string) => {
      const graph = graphOfTexts(text);
      return graph.filterEdges((_e, a) => a.type !== 'RELATED_TO').map((e) => `${graph.getEdgeAttribute(e, 'type')} ${graph.getEdgeAttribute(e, 'modality')}`).sort();
    };
    expect(modalities('Diplomats worked to arrange a meeting between Chile and Peru next month.')).toEqual(['MEETS planned']);
    expect(modalities('Norway offered to host talks between Colombia and Venezuela.')).toEqual(['NEGOTIATES_WITH hypothetical']);
    expect(modalities('Chile called for talks between Peru and Bolivia.')).toEqual(['NEGOTIATES_WITH demanded']);
  });

  it('drops a negated verb', () => {
    expect(typedRelations(graphOfTexts('Canada did not sanction Venezuela in March.'))).toEqual([]);
  });

  it('reads a head of state from a title, and a former head as having led the country', () => {
    expect(typedRelations(graphOfTexts('German Chancellor Angela Merkel met reporters in Berlin.'))).toEqual(['Angela Merkel LEADS Germany']);
    expect(typedRelations(graphOfTexts('Former French President Otto Brenn met reporters.'))).toEqual(['Otto Brenn LEADS France']);
    expect(typedRelations(graphOfTexts('The pact was agreed under former US President Otto Brenn.'))).toEqual(['Otto Brenn LEADS United States']);
  });

  it('reads leadership from a title written after the name or with "of"', () => {
    expect(typedRelations(graphOfTexts('On Friday, Anna Weller, the prime minister of Morocco, signed a decree.'))).toEqual(['Anna Weller LEADS Morocco']);
    expect(typedRelations(graphOfTexts('Leaders met in Niamey, where President Patrice Talon of Benin spoke.'))).toEqual(['Patrice Talon LEADS Benin']);
    expect(typedRelations(graphOfTexts('On Wednesday the chief executive of Kenya Airways, Allan Kilavuka, resigned.'))).toEqual(['Allan Kilavuka LEADS Kenya Airways']);
  });

  it('reads "a pact between A and the regional group B" as A and B agreeing', () => {
    expect(typedRelations(graphOfTexts('It is part of a pact between the African Union and the South Asian trade bloc SAFCO.'))).toEqual(['African Union AGREES_WITH SAFCO']);
  });

  it('gives a title phrase between two names to the name that follows it', () => {
    const graph = graphOfTexts('Speaking to Anna Kowalczyk, the president of the Ruritanian League for the Defence of Human Rights, Jamel Bakri, said the decree was a mistake.');
    expect(typedRelations(graph).filter((relation) => relation.includes('LEADS') && !relation.startsWith('Jamel Bakri'))).toEqual([]);
    expect(graph.filterNodes((_, attributes) => /^of /.test(attributes.label as string))).toEqual([]);
  });

  it('finds the subject of a clause opened by "until", "after" or "since", but not a name governed by "of"', () => {
    expect(typedRelations(graphOfTexts('Protests went on until Chile joined the Paris Agreement.'))).toEqual(['Chile SIGNED Paris Agreement']);
    expect(typedRelations(graphOfTexts('Talks stalled after Peru condemned Chile on Monday.'))).toEqual(['Peru CRITICIZES Chile']);
    expect(typedRelations(graphOfTexts('A friend of Peru condemned Chile on Monday.'))).toEqual([]);
  });

  it('reads membership written as a description: "A, a member of B", "a member of B, A", "A is a member of B"', () => {
    expect(typedRelations(graphOfTexts('Mayor Ana Rell, a member of the Morvanic Party, spoke on Monday.'))).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
    expect(typedRelations(graphOfTexts('A member of the Chilean Senate, Jorge Pizarro, said the bill failed.'))).toEqual(['Jorge Pizarro MEMBER_OF Senate (Chile)']);
    expect(typedRelations(graphOfTexts('Bolivia is a member of the Andean Community.'))).toEqual(['Bolivia MEMBER_OF Andean Community']);
    expect(typedRelations(graphOfTexts('Peru is not a member of the Pacific Alliance.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Jorge Pizarro, a former member of the Workers Party, spoke.'))).toEqual([]);
  });

  it('reads an organisation\'s person ("Kessel Bank\'s A") as its member, but not a country\'s, nor a name that modifies a noun', () => {
    expect(typedRelations(graphOfTexts("Police questioned Kessel Bank's Ana Rell on Monday."))).toEqual(['Ana Rell MEMBER_OF Kessel Bank']);
    expect(typedRelations(graphOfTexts("Chile's Karo Tessel won the race."))).toEqual([]);
    expect(typedRelations(graphOfTexts("The team used data from Kessel Space's Ana Rell telescope."))).toEqual([]);
  });

  it('reads a bare apostrophe after a body\'s name ending in "s" ("The Kessel Times\' A") as its possessive', () => {
    expect(typedRelations(graphOfTexts("The Kessel Times' Ana Rell attended the hearing."))).toEqual(['Ana Rell MEMBER_OF Kessel Times']);
  });

  it('reads a party\'s word before a legislator\'s title as the party, which the tagger leaves untagged ("Zenithic MP A")', () => {
    expect(typedRelations(graphOfTexts('The Morvanic Party won the vote on Monday. Morvanic MP Karo Tessel commented on Tuesday.'))).toEqual([
      'Karo Tessel MEMBER_OF Morvanic Party',
    ]);
  });

  it('reads a person named right after a party as its member ("Zenithist A")', () => {
    expect(typedRelations(graphOfTexts('The Republican Party chose Orla Penwick as its leader. On Wednesday, Republican Karo Tessel spoke in Belize.'))).toEqual([
      'Karo Tessel MEMBER_OF Republican Party',
      // Chosen as its leader: the role a verb of appointing gives its object (syntax-roles.ts).
      'Orla Penwick LEADS Republican Party',
    ]);
  });

  it('reads a party\'s word before the place of a legislator\'s office as the legislator\'s party ("Zenithist US Senator A")', () => {
    expect(typedRelations(graphOfTexts('The Republican Party met. On Monday, Karo Tessel defeated incumbent Republican US Senator Orla Penwick.'))).toEqual([
      'Orla Penwick MEMBER_OF Republican Party',
    ]);
  });

  it('reads a member\'s title with its body, before the name ("Arrow Front spokesperson A") or after it ("A, the B commissioner"), and a former one as one of an organisation\'s people, but not of a house', () => {
    expect(typedRelations(graphOfTexts('Arrow Front spokesperson Karo Tessel said the group was responsible.'))).toEqual(['Karo Tessel MEMBER_OF Arrow Front']);
    expect(typedRelations(graphOfTexts('Former Kessel Bank spokesperson Karo Tessel said the bank was responsible.'))).toEqual(['Karo Tessel MEMBER_OF Kessel Bank']);
    expect(typedRelations(graphOfTexts('Former Zenith Party leader Pim Voss praised Ana Rell.'))).toContain('Pim Voss MEMBER_OF Zenith Party');
    expect(typedRelations(graphOfTexts('Valdoria Rail founder Karo Tessel spoke on Monday.'))).toEqual(['Karo Tessel MEMBER_OF Valdoria Rail']);
    expect(typedRelations(graphOfTexts('Valdor Coast Guard Captain Ana Rell told the press the search ended.'))).toEqual(['Ana Rell MEMBER_OF Valdor Coast Guard']);
    expect(typedRelations(graphOfTexts('The paper published an interview with Ana Rell, the Valdorian Government commissioner responsible for defence.'))).toEqual([
      'Ana Rell MEMBER_OF Valdorian Government',
    ]);
    expect(typedRelations(graphOfTexts('Ana Rell, the former Kessel Party senator, spoke on Monday.'))).toEqual([]);
    // In a list the title before a name describes that name.
    expect(typedRelations(graphOfTexts('Speakers included First Minister of Chile Ana Rell, Kessel Party MP (Member of Parliament) Pim Voss, and Karo Tessel.'))).not.toContain(
      'Ana Rell MEMBER_OF Kessel Party',
    );
  });

  it('reads "Place, Country" as the place lying in the country, but not a list of places', () => {
    expect(typedRelations(graphOfTexts('The attack in Arica, Chile, on Friday killed 51 people.'))).toEqual(['Arica LOCATED_IN Chile']);
    expect(typedRelations(graphOfTexts('Flights to Lyon, Marseille and Nice resumed on Monday.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Digs at Abydos, Saqqara, and Thebes found birds.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Exports from Kenya, Uganda and Tanzania rose in May.'))).toEqual([]);
  });

  it('types a found place as a city or a region by reference lists, and sets a region only in a country', () => {
    const graph = graphOfTexts('A tornado hit Tulsa, Oklahoma, on Monday. Oklahoma, United States, declared an emergency.');
    expect(labelsOfType(graph, 'City')).toEqual(['Tulsa']);
    expect(labelsOfType(graph, 'Region')).toEqual(['Oklahoma']);
    expect(typedRelations(graph)).toEqual(['Oklahoma LOCATED_IN United States', 'Tulsa LOCATED_IN Oklahoma']);
  });

  it('reads "A-B talks" as A negotiating with B, however the dash is written', () => {
    expect(typedRelations(graphOfTexts('Chile-Peru trade talks resumed in Lima on Monday.'))).toEqual(['Chile NEGOTIATES_WITH Peru']);
    expect(typedRelations(graphOfTexts('The Norway–Sweden talks ended without a deal.'))).toEqual(['Norway NEGOTIATES_WITH Sweden']);
    expect(typedRelations(graphOfTexts('The U.S.-Cuba summit was held in Panama.'))).toEqual(['Cuba MEETS United States']);
    expect(typedRelations(graphOfTexts('Officials drew up plans for Chile-Peru talks next year.'))).toEqual([]);
  });

  it('finds both places of "A-B" but leaves an ancestry ("Italian-American") and a hyphenated country whole', () => {
    const pair = graphOfTexts('Chile-Peru tensions eased after the vote.');
    expect(labelsOfType(pair, 'Country')).toEqual(['Chile', 'Peru']);
    expect(pair.hasEdge('country/chile', 'country/peru') || pair.hasEdge('country/peru', 'country/chile')).toBe(true);
    expect(labelsOfType(graphOfTexts('An Italian-American family opened a bakery.'), 'Country')).toEqual([]);
    expect(labelsOfType(graphOfTexts('Guinea-Bissau held elections on Sunday.'), 'Country')).toEqual(['Guinea-Bissau']);
    expect(labelsOfType(graphOfTexts('Trucks queued at the Mexico-United States border on Monday.'), 'Country')).toEqual(['Mexico', 'United States']);
  });

  it('does not read a noun that looks like a verb as one ("a bomb plan")', () => {
    expect(typedRelations(graphOfTexts('The London Stock Exchange bomb plan was foiled in 2010.'))).toEqual([]);
  });

  it('links every pair of entities of a sentence with RELATED_TO, weighted by sentences', () => {
    const graph = graphOfTexts('Chile and Peru signed a deal. Chile and Peru met again. Peru thanked Chile.');
    const edge = graph.findEdge((_e, a) => a.type === 'RELATED_TO');
    expect(edge && graph.getEdgeAttribute(edge, 'weight')).toBe(3);
  });

  it('reads fighting between two sides as each attacking the other, but not a war one fears or averts', () => {
    expect(typedRelations(graphOfTexts('Clashes broke out between Armenian and Azerbaijani troops overnight.'))).toEqual(['Armenia ATTACKS Azerbaijan', 'Azerbaijan ATTACKS Armenia']);
    expect(typedRelations(graphOfTexts('The talks aimed to prevent a war between Chile and Peru.'))).toEqual([]);
  });

  it('reads relations or ties between two parties as dealings of no stated kind, not as talks', () => {
    expect(typedRelations(graphOfTexts('Relations between Chile and Peru worsened in May.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Talks between Chile and Peru resumed in May.'))).toEqual(['Chile NEGOTIATES_WITH Peru']);
  });

  it('reads a title in the plural before a list of "name of place" as each one\'s title', () => {
    expect(typedRelations(graphOfTexts('On Sunday Presidents Ana Rell of Chile and Pim Voss of Peru signed the deal.'))).toEqual(['Ana Rell LEADS Chile', 'Pim Voss LEADS Peru']);
  });

  it('reads a title and its body written before a name and a comma: "a spokesman for B, A", "B\'s deputy leader, A", "a member of B, A"', () => {
    expect(typedRelations(graphOfTexts('A spokesman for the Morvanic Party, Pim Voss, denied the report.'))).toEqual(['Pim Voss MEMBER_OF Morvanic Party']);
    expect(typedRelations(graphOfTexts("The Morvanic Party's deputy leader, Ana Rell, resigned on Monday."))).toEqual(['Ana Rell MEMBER_OF Morvanic Party']);
    // A former spokesman was one of the party's people.
    expect(typedRelations(graphOfTexts('A former spokesman for the Morvanic Party, Pim Voss, denied the report.'))).toEqual(['Pim Voss MEMBER_OF Morvanic Party']);
  });

  it('reads no title before a comma as describing a name after it when the title is a preposition\'s complement', () => {
    expect(typedRelations(graphOfTexts('After talks with the president of Chile, Ana Rell flew home.')).filter((r) => r.includes('LEADS'))).toEqual([]);
  });

  it('reads a title after a possessive apostrophe, and lower-case words of the office\'s field between the body and the title', () => {
    expect(typedRelations(graphOfTexts("Kessel Motors' chief executive Lio Brandt announced the recall on Friday."))).toEqual(['Lio Brandt LEADS Kessel Motors']);
    expect(typedRelations(graphOfTexts('The Morvanic Front fired. Morvanic Front military spokesperson Lio Brandt said it had carried out the attack.'))).toContain('Lio Brandt MEMBER_OF Morvanic Front');
    // A verb ends the field; a noun there is the body a leader's title leads.
    expect(typedRelations(graphOfTexts('On Wednesday, the Valdorian Senate impeached President Ana Rell over complaints.')).filter((r) => r.includes('LEADS'))).toEqual([]);
    expect(typedRelations(graphOfTexts('The Morvanic Party held a vote. Morvanic Party committee chairman Pim Voss of Pellmoor said it.')).filter((r) => r.includes('LEADS'))).toEqual([]);
  });

  it('reads "A, an B spokesman" as "A, the B spokesman"', () => {
    expect(typedRelations(graphOfTexts('Pim Voss, an NTSB spokesman, said the report was due.'))).toEqual(['Pim Voss MEMBER_OF NTSB']);
  });

  it('reads the name a hyphened place describes as the body of a title, not the place ("of the Lima-based B")', () => {
    expect(typedRelations(graphOfTexts('Pim Voss, chief executive of the Lima-based Kessel Mining, resigned.'))).toEqual(['Kessel Mining LOCATED_IN Peru', 'Pim Voss LEADS Kessel Mining']);
  });

  it('reads an organisation named as a site after "in" or "at" as lying in the place after its comma, but not a source before a clause', () => {
    expect(typedRelations(graphOfTexts('Ana Rell appeared in Pellmoor District Court, Chile yesterday, charged with murder.'))).toEqual(['Pellmoor District Court LOCATED_IN Chile']);
    expect(typedRelations(graphOfTexts('According to Kessel Bank, Peru has closed its border.')).filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads bodies listed after their kind and place ("Chilean firms including A, B and C") as each lying there', () => {
    expect(typedRelations(graphOfTexts('Chilean firms including Kessel Mining, Kessel Bank, Brask Telecom, and Varn Motors have announced plans to leave.'))).toEqual([
      'Brask Telecom LOCATED_IN Chile',
      'Kessel Bank LOCATED_IN Chile',
      'Kessel Mining LOCATED_IN Chile',
      'Varn Motors LOCATED_IN Chile',
    ]);
    expect(typedRelations(graphOfTexts('Many firms including Kessel Bank have left Peru.')).filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads "member" right before a name as a title joining the body before it, not a name that takes in "member"', () => {
    expect(typedRelations(graphOfTexts('Kessel Bank board member Ana Rell voted against the deal.'))).toEqual(['Ana Rell MEMBER_OF Kessel Bank']);
    expect(typedRelations(graphOfTexts('Former Kessel Bank board member Ana Rell voted against the deal.'))).toEqual([]);
  });
  it('leaves mediation only offered to the parse, which reads it as hypothetical', () => {
    const graph = graphOfTexts('Croatia has offered to mediate between Slovenia and Estonia.');
    const mediations = graph.filterEdges((_e, a) => a.type === 'MEDIATES').map((e) => `${graph.target(e)} ${graph.getEdgeAttribute(e, 'modality')}`);
    expect(mediations.sort()).toEqual(['country/estonia hypothetical', 'country/slovenia hypothetical']);
  });

  it('reads a title opened by "first" or "minority" before its body and the name ("the First Minister of B, A", "the B minority leader, A", "First Minister of B A")', () => {
    expect(typedRelations(graphOfTexts('The First Minister of Tasmania, Mark Pryce, spoke at the rally.'))).toEqual(['Mark Pryce LEADS Tasmania']);
    expect(typedRelations(graphOfTexts('The Kessel Council minority leader, Rob Tanner, said the vote would fail.'))).toEqual(['Rob Tanner MEMBER_OF Kessel Council']);
    // Without a comma, only as title, "of", body and name.
    expect(typedRelations(graphOfTexts('There were several speakers, including First Minister of Tasmania Mark Pryce and Jo Dunn.'))).toEqual(['Mark Pryce LEADS Tasmania']);
    // A pronoun after the body is no name the title stands before.
    expect(typedRelations(graphOfTexts('Tom Ash had warned the prime minister of Latvia he would resign.'))).toEqual([]);
  });

  it('reads a plural title before a list of names as each one\'s ("Two Zenithist senators, A and B")', () => {
    expect(typedRelations(graphOfTexts('The Morvanic Party lost. Two Morvanic senators, Mark Ellery and Joan Pratt, opposed the bill.'))).toEqual(['Joan Pratt MEMBER_OF Morvanic Party', 'Mark Ellery MEMBER_OF Morvanic Party']);
  });

  it('reads a body right before a person\'s work in lower case ("Kessel Motors engineer A", "B political scholar A") as the person\'s, not a critic\'s or a customer\'s', () => {
    expect(typedRelations(graphOfTexts('Kessel Motors engineer Pim Voss said the car was safe.'))).toEqual(['Pim Voss MEMBER_OF Kessel Motors']);
    expect(typedRelations(graphOfTexts('According to Marlow University political scholar Ana Rell, women hold fewer seats.'))).toEqual(['Ana Rell MEMBER_OF Marlow University']);
    // "official" read as an adjective before the name is a word of work all the same.
    expect(typedRelations(graphOfTexts('Kessel Bank official Pim Voss said the loan was safe.'))).toEqual(['Pim Voss MEMBER_OF Kessel Bank']);
    expect(typedRelations(graphOfTexts('Kessel Motors critic Pim Voss said the car was unsafe.'))).toEqual([]);
    expect(typedRelations(graphOfTexts('Kessel Bank customer Pim Voss lost money.'))).toEqual([]);
    // A title of work after a body its name says is one; a ship named after a professor is none.
    expect(typedRelations(graphOfTexts('Marlow District Court Judge Ana Rell ruled on Monday that the law stands.'))).toEqual(['Ana Rell MEMBER_OF Marlow District Court']);
    expect(typedRelations(graphOfTexts('The ferry, MV Marlow, was previously MV Professor Ana Rell.'))).toEqual([]);
  });

  it('reads no description in a possessor after the comma, which opens another phrase ("42 members of B, Chile\'s ministry said")', () => {
    expect(typedRelations(graphOfTexts("An amnesty was extended to 42 jailed members of the Velt Movement, Chile's justice ministry said on Tuesday."))).toEqual([]);
    expect(typedRelations(graphOfTexts('A member of the Velt Alliance, Chile, met Peru on Monday.'))).toEqual(['Chile MEETS Peru', 'Chile MEMBER_OF Velt Alliance']);
  });

  it('reads a town written with a capital city as lying in it ("in Lewisham, London"), but not a list of capitals', () => {
    expect(typedRelations(graphOfTexts('Pim Voss was born in Hackney, London, in 1939.'))).toEqual(['Hackney LOCATED_IN London']);
    expect(typedRelations(graphOfTexts('Flights from Paris, London and Rome were cancelled.'))).toEqual([]);
  });
});
