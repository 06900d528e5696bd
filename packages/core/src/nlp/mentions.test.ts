import { describe, expect, it } from 'vitest';
import { defaultMentionContext, findNameMentions, guessNameType, nameTokens, refineSpans } from './mentions.js';
import { splitSentences } from './sentences.js';
import { graphOfTexts, labelsOfType } from '../testing.js';

const type = (name: string, label?: 'PER' | 'LOC' | 'ORG' | 'MISC') => guessNameType(name.split(' '), label, []);

describe('the type of a name', () => {
  it('types a church named by its faith a body, and one named by its saint, parish or feast a place', () => {
    expect(['Kesselian Orthodox Church', 'Anglican Church of Valdoria', 'Roman Catholic Church', 'Church of Valdoria'].map((n) => type(n, 'LOC'))).toEqual(['Organization', 'Organization', 'Organization', 'Organization']);
    expect(['First Baptist Church', 'Christ Church', 'Church of the Nativity', 'Marlow Street Methodist Church'].map((n) => type(n, 'LOC'))).toEqual(['Location', 'Location', 'Location', 'Location']);
  });

  it('types a name ending in media or community a body', () => {
    expect(['Velt Media', 'Korr Economic Community'].map((n) => type(n, 'LOC'))).toEqual(['Organization', 'Organization']);
  });

  it('comes from its head noun before what the tagger guessed', () => {
    expect(type('Federal Aviation Administration', 'MISC')).toBe('Organization');
    expect(type('Strait of Hormuz', 'ORG')).toBe('Location');
    expect(type('Joint Comprehensive Plan of Action', 'ORG')).toBe('Agreement');
  });

  it('makes a body named after a sea or a lake an organisation, and leaves the sea or the lake a place', () => {
    expect(type('Gulf Trade Council', 'ORG')).toBe('Organization');
    expect(type('Lake Tarrow Basin Commission', 'LOC')).toBe('Organization');
    expect(type('Gulf of Tarrow', 'ORG')).toBe('Location');
    expect(type('Lake Tarrow', 'ORG')).toBe('Location');
  });

  it('makes an organisation of a capitalised word the tagger missed before an armed group\'s noun, not of a place or a side', () => {
    expect(labelsOfType(graphOfTexts('Kessel fighters ambushed a convoy of Chilean soldiers on Monday.'), 'Organization')).toEqual(['Kessel']);
    expect(labelsOfType(graphOfTexts('On Monday, Al-Velt rebels attacked the town.'), 'Organization')).toEqual(['Al-Velt']);
    expect(labelsOfType(graphOfTexts('Chilean rebels took the town. Rebel fighters held it.'), 'Organization')).toEqual([]);
  });

  it('makes a name of a sentence\'s first word before a verb of acting where news never writes the word in lower case', () => {
    const stated = (text: string) => graphOfTexts(text).filterEdges((_e, a) => a.basis !== 'cooccurrence');
    expect(stated('Velkorp rejected the Chilean government\'s plan on Monday.')).toHaveLength(1);
    expect(graphOfTexts('Philosophy rejected the Chilean government\'s plan.').order).toBe(1);
    // Named in full elsewhere in the document, the word joins the person.
    expect(graphOfTexts('Senator Ana Kessler arrived in Lima. Kessler criticised the Chilean government.').order).toBe(3);
  });

  it('makes an organisation of an acronym the tagger missed before the people a body sends, not of a capitalised word there', () => {
    expect(labelsOfType(graphOfTexts('A VELCOM team arrived in Lima on Monday.'), 'Organization')).toEqual(['VELCOM']);
    expect(labelsOfType(graphOfTexts('A Kessel team arrived in Lima on Monday.'), 'Organization')).toEqual([]);
  });

  it('makes an organisation of an acronym the tagger missed where a body stands: before its forces or a verb, ending a party\'s phrase', () => {
    expect(labelsOfType(graphOfTexts('VELMUSCO peacekeepers patrolled the road near Lima.'), 'Organization')).toEqual(['VELMUSCO']);
    expect(labelsOfType(graphOfTexts('KORRAID flew 12 tonnes of food into Lima on Saturday.'), 'Organization')).toEqual(['KORRAID']);
    expect(labelsOfType(graphOfTexts('Chile turned down a request from VELREF to admit more refugees.'), 'Organization')).toEqual(['VELREF']);
    // Not before another noun, nor as one of many.
    expect(labelsOfType(graphOfTexts('The KVRT samples were sent to Lima.'), 'Organization')).toEqual([]);
    expect(labelsOfType(graphOfTexts('He had never heard the word before his life as a POW began.'), 'Organization')).toEqual([]);
    // A headline in title case writes a word in capitals only where it is one.
    expect(labelsOfType(graphOfTexts('Chile Commends VELREF Role in Refugee Relief Effort\n\nThe ministry spoke on Monday.'), 'Organization')).toEqual(['VELREF']);
  });

  it("keeps a demonym the tagger split off an organisation's name in the name, but not before a national institution", () => {
    const graph = graphOfTexts(
      'The Chilean Red Crescent Society sent tents to Peru.',
      'The Peruvian Red Crescent Society sent food to Chile.',
      'The Chilean Labour Congress called a strike.',
      'The Chilean Congress passed the budget.',
      'The Chilean General Velt Union called a strike on Monday.',
    );
    expect(labelsOfType(graph, 'Organization')).toEqual([
      'Chilean General Velt Union',
      'Chilean Labour Congress',
      'Chilean Red Crescent Society',
      'Congress (Chile)',
      'Peruvian Red Crescent Society',
    ]);
  });

  it('keeps what a body is for or on in its name, but not a time, a place or a second body', () => {
    const graph = graphOfTexts(
      'The Commission on Velt Housing and Planning published its report.',
      'The Centers for Korr Control and Prevention issued a warning.',
      'A spokesman for the Movement for Velt Change spoke.',
      'The envoy briefed the Security Council on Chile.',
      'The Korr Growth Fund on Oct. 3 paid a dividend.',
      'The Center for Velt Diversity and Center for Korr Safety sued the agency.',
    );
    expect(labelsOfType(graph, 'Organization')).toEqual([
      'Center for Korr Safety',
      'Center for Velt Diversity',
      'Centers for Korr Control and Prevention',
      'Commission on Velt Housing and Planning',
      'Korr Growth Fund',
      'Movement for Velt Change',
      'Security Council',
    ]);
  });

  it('makes an organisation of a name read as a place whose members or staff are named, or that an apposition calls a body', () => {
    expect(labelsOfType(graphOfTexts('Members of the Harbor Clan kidnapped two engineers in the north.'), 'Organization')).toEqual(['Harbor Clan']);
    expect(labelsOfType(graphOfTexts('Employees of Northgate Timber were abducted near Arica.'), 'Organization')).toEqual(['Northgate Timber']);
    expect(labelsOfType(graphOfTexts("Kaldor, Chile's media regulator, blocked access to the website."), 'Organization')).toEqual(['Kaldor']);
    // Not a name that describes the noun after it, nor a place whose people are no members.
    expect(labelsOfType(graphOfTexts('Members of the Orlin Basin family met in the north.'), 'Organization')).toEqual([]);
    expect(labelsOfType(graphOfTexts('Residents of the Orlin Basin were evacuated.'), 'Organization')).toEqual([]);
  });

  it('makes an organisation of a name after "the" that the tagger read as a place or a person, before a gang\'s or a group\'s noun', () => {
    expect(labelsOfType(graphOfTexts('Gunmen from the Korr gang shot a trader.'), 'Organization')).toEqual(['Korr']);
    expect(labelsOfType(graphOfTexts('Pim Voss said the Lakur gang was behind it.'), 'Organization')).toEqual(['Lakur']);
    // Not a place before a noun of its own ("the Korr area").
    expect(labelsOfType(graphOfTexts('Gunmen from the Korr area shot a trader.'), 'Organization')).toEqual([]);
  });

  it('makes a place of no known kind before a region\'s noun in lower case a region ("the breakaway Korvia region")', () => {
    expect(labelsOfType(graphOfTexts('Negotiators met in the breakaway Korvia region on Monday.'), 'Region')).toEqual(['Korvia']);
    expect(labelsOfType(graphOfTexts('Negotiators met in Korvia on Monday.'), 'Region')).toEqual([]);
  });

  it('makes a name right after a ship\'s noun the ship, no person or place, but leaves a country there one', () => {
    expect(labelsOfType(graphOfTexts('Chile returned the fishing trawler Velt Star to Peru on Friday.'), 'Other')).toEqual(['Velt Star']);
    expect(labelsOfType(graphOfTexts('Chile returned the fishing trawler Velt Star to Peru on Friday.'), 'Person')).toEqual([]);
    expect(labelsOfType(graphOfTexts('The tanker Peru seized last week was released.'), 'Country')).toEqual(['Peru']);
  });

  it('makes a law no organisation, whatever the tagger guessed, but leaves a person named Bill one', () => {
    expect(type('Clean Rivers Act', 'ORG')).toBe('Other');
    expect(type('Constitution of Valdoria', 'ORG')).toBe('Other');
    expect(type('Bill Weller', 'PER')).toBe('Person');
  });

  it('keeps a prize\'s field in its name, but not a place after the prize', () => {
    const names = (text: string) => findNameMentions(splitSentences(text), defaultMentionContext()).map((m) => `${m.text}:${m.type}`);
    expect(names('She won the Nobel Prize in Physics in 2018.')).toEqual(['Nobel Prize in Physics:Other']);
    expect(names('She received the Kessel Award in Manchester.')).toEqual(['Kessel Award:Other', 'Manchester:City']);
  });

  it('makes a name of a compass point and a region the region, even where the tagger read a person', () => {
    const lists = (words: readonly string[]) => (words.join(' ') === 'North Marlow' ? 'Region' : undefined);
    expect(guessNameType(['North', 'Marlow'], 'PER', [], lists)).toBe('Region');
    expect(guessNameType(['Marlow', 'Kessel'], 'PER', [], lists)).toBe('Person');
  });

  it('drops an adverb in "-ly" that opens a sentence, but not a name ending so', () => {
    const names = (text: string) => findNameMentions(splitSentences(text), defaultMentionContext()).map((m) => m.text);
    expect(names('Italy backed Spain.')).toEqual(['Italy', 'Spain']);
    expect(names('Shelly met Spain\'s king.')).toEqual(['Shelly', 'Spain']);
    expect(names('Importantly, Spain met Chile.')).toEqual(['Spain', 'Chile']);
  });

  it('takes in a facility after a name and makes it a location, even named after a person', () => {
    const mentions = findNameMentions(splitSentences('Karo Tessel was held at Richard K. Brandt Correctional Facility.'), defaultMentionContext());
    expect(mentions.map((m) => `${m.text}:${m.type}`)).toContain('Richard K. Brandt Correctional Facility:Location');
  });

  it('finds the head before a complement opened by "of", "for" or "on"', () => {
    expect(type('Cooperative Institute for Research in Environmental Sciences')).toBe('Organization');
    expect(type('Commission on International Religious Freedom', 'MISC')).toBe('Organization');
  });

  it('makes a place a city or a region where reference lists say so, but never a building or a street', () => {
    const lists = (words: readonly string[]) => ({ 'Lake Forest': 'City', 'Rhode Island': 'Region', 'Hyde Park': 'City', Ruritania: 'Region' } as const)[words.join(' ') as 'Lake Forest'];
    const typed = (name: string, label: 'LOC' | 'MISC') => guessNameType(name.split(' '), label, [], lists);
    expect(typed('Lake Forest', 'LOC')).toBe('City');
    expect(typed('Rhode Island', 'LOC')).toBe('Region');
    expect(typed('Hyde Park', 'LOC')).toBe('Location');
    expect(typed('Ruritania', 'MISC')).toBe('Other');
    expect(typed('Quux City', 'LOC')).toBe('City');
    expect(typed('Long Island', 'LOC')).toBe('Location');
  });

  it('does not make a region of a compass word before a demonym ("South American")', () => {
    expect(type('South American', 'MISC')).toBe('Other');
    expect(type('South Quuxland', 'LOC')).toBe('Region');
  });

  it('makes an event of a war with its number, a storm or an operation, and a day kept, but not of a person named Day', () => {
    expect(type('World War II', 'MISC')).toBe('Event');
    expect(type('Hurricane Quux', 'MISC')).toBe('Event');
    expect(type('Operation Blue Lantern', 'MISC')).toBe('Event');
    expect(type('Bastille Day', 'MISC')).toBe('Event');
    expect(type('Doris Day', 'PER')).toBe('Person');
  });

  it('keeps a person a person, but not a name that opens with a storm or an operation', () => {
    expect(type('Walter Brandt', 'PER')).toBe('Person');
    expect(type('Hurricane Keld Advisory', 'PER')).toBe('Event');
  });
});

describe('name mentions', () => {
  it('keep a name written with an en dash whole ("Export–Import Bank"), but not two places joined by one', () => {
    const graph = graphOfTexts('Benedict Oramah, president of the African Export–Import Bank, said the loan was approved.', 'The Russia–Ukraine talks ended on Monday.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Export-Import Bank']);
    expect(labelsOfType(graph, 'Country')).toEqual(['Russia', 'Ukraine']);
  });

  it('split a pair of a place and the surname of a person the document names in full ("the Tessel-Chile call"), but not a hyphenated name', () => {
    const graph = graphOfTexts('Karo Tessel spoke on Monday. Regarding the Tessel-Chile call, Ana Rell-Voss said it was improper.');
    expect(labelsOfType(graph, 'Person')).toEqual(['Ana Rell-Voss', 'Karo Tessel']);
    expect(labelsOfType(graph, 'Country')).toEqual(['Chile']);
    expect(labelsOfType(graphOfTexts('Regarding the Tessel-Chile call, Ana Rell said it was improper.'), 'Country')).toEqual([]);
  });

  it('make no name of a suffix its comma cut off ("A, Jr.")', () => {
    expect(labelsOfType(graphOfTexts('Karo Tessel sued Pim Voss, Jr. and Ana Rell on Monday.'), 'Location')).toEqual([]);
  });

  it('take in the head noun and its complement after a name ("United States" + "Department" + "of Justice")', () => {
    const graph = graphOfTexts('On Friday the company said the United States Department of Justice was performing a criminal investigation.', 'The US Department of Justice declined to comment.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['United States Department of Justice']);
  });

  it('do not strip a title word off an organisation ("Foreign Ministry")', () => {
    const graph = graphOfTexts('The Foreign Ministry of Chile denied the report.');
    expect(labelsOfType(graph, 'Person')).toEqual([]);
    expect(labelsOfType(graph, 'Organization')).toEqual(['Foreign Ministry (Chile)']);
  });

  it('split an organisation and the titled person the tagger ran together, and two organisations joined by "and"', () => {
    const refined = (sentence: string, start: number, end: number, type: 'ORG' | 'LOC') => {
      const words = sentence.split(' ');
      return refineSpans([{ start, end, type }], words).map((span) => `${words.slice(span.start, span.end).join(' ')}/${span.type}`);
    };
    expect(refined('said Marin County Sheriff Dana Cole .', 1, 7, 'LOC')).toEqual(['Marin County/LOC', 'Sheriff Dana Cole/PER']);
    expect(refined('Amazon Forest Research Institute Director Ana Prates agreed', 0, 7, 'ORG')).toEqual(['Amazon Forest Research Institute/ORG', 'Director Ana Prates/PER']);
    expect(refined('from the University of Lisbon and Porto University', 2, 8, 'ORG')).toEqual(['University of Lisbon/ORG', 'Porto University/ORG']);
    // A year after "in" says when, not what: "graduated from A in 1978".
    expect(refined('graduated from Kessel Forest University in 1978 with honours', 2, 7, 'LOC')).toEqual(['Kessel Forest University/LOC']);
    const adjectives = (word: string) => word.toLowerCase() === 'regional';
    const words = 'Regional Governor Dana Cole agreed'.split(' ');
    expect(refineSpans([{ start: 0, end: 4, type: 'ORG' }], words, adjectives)).toEqual([{ start: 1, end: 4, type: 'PER' }]);
    // One organisation: the second half has no head noun of its own, or the title opens a name that ends in one.
    expect(refined('the Centers for Disease Control and Prevention', 1, 7, 'ORG')).toEqual(['Centers for Disease Control and Prevention/ORG']);
    expect(refined('the Royal Prince Alfred Hospital', 1, 5, 'ORG')).toEqual(['Royal Prince Alfred Hospital/ORG']);
    expect(refined('fighting for Ada Quill King Jr. Day to be a holiday', 2, 7, 'ORG')).toEqual(['Ada Quill King Jr. Day/ORG']);
  });

  it('read a name behind an English prefix ("pro-Chile") as that place, and drop the prefix from a name ("then-Governor")', () => {
    const graph = graphOfTexts('Hundreds of pro-Chile marchers met the then-Governor Dana Cole in Lima on Monday. A spokesman for al-Shabaab denied it.');
    expect(labelsOfType(graph, 'Country')).toContain('Chile');
    expect(labelsOfType(graph, 'Person')).toEqual(['Dana Cole']);
    // "al-" is no English prefix: the name stays whole.
    expect(graph.mapNodes((_, attributes) => attributes.label)).toContain('al-Shabaab');
  });

  it('read a place\'s "-based" word opening a name as the place, and the rest as the name ("the Peru-based Zenith Bank")', () => {
    const names = findNameMentions(splitSentences('The Peru-based Zenith Bank lost money.'), defaultMentionContext()).map((m) => `${m.text}:${m.type}`);
    expect(names).toEqual(['Peru:Country', 'Zenith Bank:Organization']);
  });

  it('make a name the tagger could not type an organisation where it modifies a group\'s noun ("the A organization", "A members")', () => {
    const graph = graphOfTexts('Newer Al-Varn members disagree with its founders, and the Al-Varn organization has split.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Al-Varn']);
  });

  it('join two names the tagger split at a particle of one name ("Omar" + "bin" + "Zahir", "Varn" + "del" + "Sur")', () => {
    const norms = 'said Omar bin Zahir of Varn del Sur .'.split(' ');
    const spans = refineSpans([{ start: 1, end: 2, type: 'MISC' }, { start: 3, end: 4, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }, { start: 7, end: 8, type: 'LOC' }], norms);
    expect(spans).toEqual([{ start: 1, end: 4, type: 'PER' }, { start: 5, end: 8, type: 'LOC' }]);
  });

  it('carry a person\'s name over a surname that opens with a particle ("Karim el-Haddad", "Anne d\'Orval")', () => {
    const norms = "said Karim el-Haddad and Anne d'Orval .".split(' ');
    const spans = refineSpans([{ start: 1, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'PER' }], norms);
    expect(spans).toEqual([{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 6, type: 'PER' }]);
    expect(refineSpans([{ start: 1, end: 2, type: 'LOC' }], 'in Varn el-Sur .'.split(' '))).toEqual([{ start: 1, end: 2, type: 'LOC' }]);
  });

  it('make no organisation of a portfolio after a title ("the Secretary of Justice")', () => {
    const graph = graphOfTexts('Karo Tessel, the Secretary of Justice for Chile, resigned on Monday.');
    expect(graph.mapNodes((_, attributes) => attributes.label)).not.toContain('Justice');
    expect(labelsOfType(graph, 'Person')).toEqual(['Karo Tessel']);
  });

  it('make no name of a body\'s word and a title before a person ("Board Member A"), and leave a title to the person ("the B Party Vice Chairman A")', () => {
    const names = (text: string) => findNameMentions(splitSentences(text), defaultMentionContext()).map((m) => m.text);
    expect(names('The inquiry was led by Board Member Karo Tessel.')).toEqual(['Karo Tessel']);
    expect(names('Contenders include Morvanic Party Vice Chairman Karo Tessel.')).toEqual(['Morvanic Party', 'Karo Tessel']);
    expect(names('Karo Tessel, who chairs the Senate Finance Committee, opposed the bill.')).toEqual(['Karo Tessel', 'Senate Finance Committee']);
  });

  it('make no person of a title-case phrase after a title that opens with a preposition ("Chair In Global Trade")', () => {
    const names = findNameMentions(splitSentences('Professor Karo Tessel, Chair In Global Trade Studies at Kessel University, said the law was weak.'), defaultMentionContext());
    expect(names.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Karo Tessel']);
  });

  it('find a nationality opening a sentence, where the tagger, blind to its capital, leaves it untagged', () => {
    const mentions = findNameMentions(splitSentences('Zambian police arrested Karo Tessel on Monday.'), defaultMentionContext());
    expect(mentions.map((m) => `${m.text} ${m.type}`)).toEqual(['Zambian Country', 'Karo Tessel Person']);
  });

  it('never take a negated auxiliary\'s contraction into a name ("Johnnie hadn\'t"), nor make one a name', () => {
    const found = (text: string) => findNameMentions(splitSentences(text), defaultMentionContext()).map((m) => `${m.text} ${m.type}`);
    expect(found("Johnnie hadn't seen the boat before.")).toEqual(['Johnnie Person']);
    expect(found("Don't go near the Kessel River.")).toEqual(['Kessel River Location']);
  });

  it('end no name in a lower-case word the tagger took in, save a head written so, and type the rest afresh', () => {
    const spanned = (text: string, end: number) => {
      const context = { ...defaultMentionContext(), tagger: () => [[{ start: 0, end, type: 'ORG' as const }]] };
      return findNameMentions(splitSentences(text), context).map((m) => `${m.text} ${m.type}`);
    };
    expect(spanned('Kessel Hunt garbage was all it was.', 3)).toEqual(['Kessel Hunt Other']);
    expect(spanned('Velt party members voted.', 2)).toEqual(['Velt party Organization']);
    // A common word left alone at the sentence's start was none.
    expect(spanned('Thank you for coming.', 2)).toEqual([]);
    const quoted = { ...defaultMentionContext(), tagger: () => [[{ start: 1, end: 3, type: 'MISC' as const }]] };
    expect(findNameMentions(splitSentences('"Come on", he said.'), quoted)).toEqual([]);
  });

  it('find a country the tagger left untagged, or read as a person after "in"', () => {
    const found = (text: string) => findNameMentions(splitSentences(text), defaultMentionContext()).map((m) => `${m.text} ${m.type}`);
    expect(found('Türkiye signed a deal with Karo Tessel.')).toContain('Türkiye Country');
    expect(found('Officials in Türkiye said the talks went well.')).toEqual(['Türkiye Country']);
    // Not by a rarer alias that is also a surname.
    expect(found("Everyone in Mann's stories lies.")).toEqual(['Mann Person']);
    // Nor only by a name of one word that the tagger missed: a headline may open with a country of two, or with a
    // plural one, and no article.
    const silent = { ...defaultMentionContext(), tagger: (sentences: readonly (readonly unknown[])[]) => sentences.map(() => []) };
    const unlabelled = (text: string) => findNameMentions(splitSentences(text), silent).map((m) => `${m.text} ${m.type}`);
    expect(unlabelled('Solomon Islands asks Velt for patrol boats')).toEqual(['Solomon Islands Country']);
    expect(unlabelled('Maldives asks Velt for patrol boats')).toEqual(['Maldives Country']);
    // (Not another name of it, an alias folded from its own language: "said Island" is no Iceland.)
    expect(unlabelled('We rowed from said Island to the shore.')).toEqual([]);
  });
});

describe('the words a name surely covers', () => {
  it('covers places from the gazetteer, not a nationality or a name the tagger found', () => {
    const sentences = splitSentences('Chilean officials met Karo Tessel and Voss in Peru.');
    const covered = nameTokens(sentences, findNameMentions(sentences, defaultMentionContext()))[0]!;
    const words = sentences[0]!.tokens.map((t) => t.norm);
    expect(words.filter((_w, i) => covered[i])).toEqual(['Peru']);
  });
});
