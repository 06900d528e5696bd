import { describe, expect, it } from 'vitest';
import { extractDocument, restoreSentences, restoreSyntax } from '../extract/index.js';
import { documentId } from '../ingest/index.js';
import { defaultMentionContext } from '../nlp/mentions.js';
import { graphOfTexts, labelsOfType, nodeByLabel } from '../testing.js';
import { lazyCorpus } from '../util/corpus.js';
import { resolveEntities } from './resolve-entities.js';

describe('entity resolution', () => {
  it('types a place as a region throughout where one document calls it one, the mentions reading a mere location voting for it', () => {
    const graph = graphOfTexts('Chile rejected a proposal from Korvia.', 'Talks were held in Korvia on Monday.', 'Negotiators met in the breakaway Korvia region.');
    expect(labelsOfType(graph, 'Region')).toEqual(['Korvia']);
  });

  it('merges "U.K.", "UK", "London" and "United Kingdom" into one country', () => {
    const graph = graphOfTexts('The United Kingdom and Norway signed a deal. London said the U.K. would act. UK officials agreed.');
    expect(labelsOfType(graph, 'Country')).toEqual(['Norway', 'United Kingdom']);
    expect(nodeByLabel(graph, 'United Kingdom')?.aliases).toEqual(expect.arrayContaining(['U.K.', 'UK', 'London']));
  });

  it('gives every named node the share of its mentions that agree with its type, and concepts none', () => {
    const graph = graphOfTexts('Valdoria and Norway signed a deal. Minister Karo Tessel said Norway would act on the treaty.');
    expect(nodeByLabel(graph, 'Norway')?.typeConfidence).toBe(1);
    graph.forEachNode((_key, attributes) => {
      if (attributes.type === 'Concept') expect(attributes.typeConfidence).toBeUndefined();
      else expect(attributes.typeConfidence).toBeGreaterThanOrEqual(0), expect(attributes.typeConfidence).toBeLessThanOrEqual(1);
    });
  });

  it('types a name as an organisation where a group\'s noun follows it once in its document ("A spokesperson"), whatever the tagger read there', () => {
    const graph = graphOfTexts(
      'Dozens died in the attack, reportedly conducted by the Zorvath. The Zorvath have claimed responsibility. Zorvath spokesperson Pim Voss claimed 190 were dead. The Zorvath wants foreign forces to leave.',
    );
    expect(labelsOfType(graph, 'Organization')).toEqual(['Zorvath']);
  });

  it('types a name the tagger left untyped before "rebels" as their group', () => {
    expect(labelsOfType(graphOfTexts('Fighting broke out after Dorani rebels crossed the river near the town.'), 'Organization')).toEqual(['Dorani']);
  });

  it('keeps Iran and Iraq apart', () => {
    const graph = graphOfTexts('Iran and Iraq held talks in Baghdad on Monday.');
    expect(labelsOfType(graph, 'Country')).toEqual(['Iran', 'Iraq']);
  });

  it('joins an acronym to the long name that defines it, across documents', () => {
    const graph = graphOfTexts(
      'Ministers met at the North Atlantic Treaty Organization (NATO) in Brussels on Tuesday.',
      'NATO said on Friday that its members would meet again. NATO officials agreed.',
    );
    const alliance = nodeByLabel(graph, 'North Atlantic Treaty Organization');
    expect(alliance?.aliases).toContain('NATO');
    expect(alliance?.documents).toHaveLength(2);
    expect(nodeByLabel(graph, 'NATO')).toBeUndefined();
  });

  it('labels an entity with the way its name is most often written', () => {
    const graph = graphOfTexts('Nato ministers met in Brussels on Monday.', 'NATO said on Friday that its members would meet again. NATO officials agreed.');
    const alliance = graph.filterNodes((_, attributes) => /^nato$/i.test(attributes.label as string));
    expect(alliance.map((key) => graph.getNodeAttribute(key, 'label'))).toEqual(['NATO']);
    expect(nodeByLabel(graph, 'NATO')?.aliases).toContain('Nato');
  });

  it('strips titles into roles and joins the lone surname to the full name', () => {
    const graph = graphOfTexts('Former French President Nicolas Sarkozy visited Chile on Monday. Sarkozy said the visit was useful.');
    const person = nodeByLabel(graph, 'Nicolas Sarkozy');
    expect(person?.type).toBe('Person');
    expect(person?.roles).toEqual(['former french president']);
    expect(person?.aliases).toContain('Sarkozy');
    expect(labelsOfType(graph, 'Person')).toEqual(['Nicolas Sarkozy']);
  });

  it('does not join a name after "the" to a person whose full name ends with it ("the Codex" is no "Tomas Codex")', () => {
    const graph = graphOfTexts('The revision of the King Tomas Codex began in 1881.', 'Scholars have read Kant and the Codex, and find both hard.');
    expect(nodeByLabel(graph, 'Tomas Codex')?.aliases ?? []).not.toContain('Codex');
    expect(nodeByLabel(graph, 'Codex')).toBeDefined();
  });

  it('keeps the place named in a title before a person as a mention of that place', () => {
    const graph = graphOfTexts('Former US President Walter Brandt called the talks "very good" and left the attention all over the Middle East and global markets.');
    const trump = graph.findNode((_, attributes) => attributes.label === 'Walter Brandt');
    const unitedStates = graph.findNode((_, attributes) => attributes.label === 'United States');
    expect(unitedStates).toBeDefined();
    expect(graph.someEdge(trump, unitedStates, () => true) || graph.someEdge(unitedStates, trump, () => true)).toBe(true);
  });

  it('tells the institutions of different countries apart when their articles name them without the country', () => {
    const graph = graphOfTexts(
      'In India, the Congress won the state election. India will hold another vote in May, officials in India said.',
      'The budget passed, and the Congress will vote again in the United States next week.',
      'Lawmakers in the United States said the Congress would sit late.',
      // Ukraine is named most, but not twice as often as the United States: the Congress is the one named most elsewhere.
      'On Monday the Congress opened an inquiry into aid to Ukraine. Ukraine and the United States discussed it, and Ukraine said the United States would help.',
    );
    const congresses = graph.filterNodes((_, attributes) => /^Congress/.test(attributes.label as string)).map((key) => graph.getNodeAttribute(key, 'label'));
    expect(congresses.sort()).toEqual(['Congress (India)', 'Congress (United States)']);
    expect(nodeByLabel(graph, 'Congress (United States)')?.documents).toHaveLength(3);
  });

  it('joins a body named by its head noun alone to the one body of that kind its document names in full', () => {
    const graph = graphOfTexts(
      'The Velt Trade Commission fined the Korr Group on Monday. The Commission said the fine was final.',
      'The Korr Union and the Velt Union met in Lima. The Union said nothing.',
      'The Union held a rally in Lima.',
    );
    // (With two unions, or none, "the Union" stays apart; it names neither.)
    expect(labelsOfType(graph, 'Organization')).toEqual(['Korr Group', 'Korr Union', 'Union', 'Velt Trade Commission', 'Velt Union']);
    expect(nodeByLabel(graph, 'Velt Trade Commission')?.aliases).toEqual(['Commission']);
  });

  it("tells two countries' legislative assemblies apart", () => {
    const graph = graphOfTexts("Tonga's Legislative Assembly was suspended on Monday.", 'In Samoa, the Legislative Assembly passed the budget.', 'The Legislative Assembly of Samoa met again.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Legislative Assembly (Samoa)', 'Legislative Assembly (Tonga)']);
  });

  it('joins an institution named with its country or demonym to the same institution named without it', () => {
    const graph = graphOfTexts(
      'The Chilean Senate rejected the bill. Chile will vote again, senators in Chile said.',
      'In Chile, the Senate met on Monday. The Senate voted for the budget.',
    );
    const senates = graph.filterNodes((_, attributes) => /Senate/.test(attributes.label as string)).map((key) => graph.getNodeAttribute(key, 'label'));
    expect(senates).toEqual(['Senate (Chile)']);
    expect(nodeByLabel(graph, 'Senate (Chile)')?.documents).toHaveLength(2);
    // The tagger splits "Chilean" from "Senate" here; the name is still one.
    const after = graphOfTexts('The Supreme Court of Chile ruled on Monday.', 'The Chilean Supreme Court met again. Chile waited.');
    expect(after.filterNodes((_, attributes) => /Court/.test(attributes.label as string)).map((key) => after.getNodeAttribute(key, 'label'))).toEqual(['Supreme Court (Chile)']);
    const alone = graphOfTexts('The Chilean Senate rejected the bill.');
    expect(alone.mapNodes((_, attributes) => attributes.label)).toEqual(['Senate (Chile)']);
  });

  it('groups a name however the country in it is written ("112th U.S. Congress", "112th United States Congress")', () => {
    const graph = graphOfTexts(
      'The 112th U.S. Congress has the greatest number of women in history.',
      'Members of the 112th United States Congress were sworn in on Thursday.',
    );
    expect(graph.filterNodes((_, attributes) => /Congress/.test(attributes.label as string)).map((key) => graph.getNodeAttribute(key, 'label'))).toEqual([
      '112th United States Congress',
    ]);
  });

  it('gives a ministry or chamber written after its country, demonym or possessive to that country', () => {
    const graph = graphOfTexts('The Chilean Foreign Ministry denied it. Peru said the talks would go on.', "Peru's Senate voted on Monday. Chile waited.");
    const institutions = graph.filterNodes((_, attributes) => attributes.type === 'Organization').map((key) => graph.getNodeAttribute(key, 'label'));
    expect(institutions.sort()).toEqual(['Foreign Ministry (Chile)', 'Senate (Peru)']);
    expect(labelsOfType(graph, 'Person')).toEqual([]);
  });

  it('reads "the House" as the one "House of …" the corpus names for that country, and not where it names two', () => {
    const one = graphOfTexts(
      'The House of Representatives of Chile passed the bill. Chile celebrated.',
      'In Chile, the House voted again on Monday. Chile waited.',
    );
    expect(one.filterNodes((_, attributes) => /House/.test(attributes.label as string)).map((key) => one.getNodeAttribute(key, 'label'))).toEqual([
      'House of Representatives (Chile)',
    ]);
    const two = graphOfTexts(
      'In Peru, the House of Lords and the House of Deputies met. Peru waited.',
      'In Peru, the House voted on Monday. Peru waited.',
    );
    expect(two.filterNodes((_, attributes) => /House/.test(attributes.label as string)).map((key) => two.getNodeAttribute(key, 'label')).sort()).toEqual([
      'House (Peru)',
      'House of Deputies (Peru)',
      'House of Lords (Peru)',
    ]);
  });

  it('joins a name with middle names to the same name without, and a surname to the family member a document is about', () => {
    const graph = graphOfTexts(
      'Walter Ansel Brandt was born in 1924. Walter Brandt ruled for decades. Brandt died on Friday. Walter Brandt was 95. His wife Greta Brandt survives him. Walter Brandt led the party. Brandt was buried on Sunday.',
    );
    expect(labelsOfType(graph, 'Person')).toEqual(['Greta Brandt', 'Walter Brandt']);
    expect(nodeByLabel(graph, 'Walter Brandt')?.mentions).toBe(6);
    // Two of a name, each as often: the surname alone stays apart.
    const even = graphOfTexts('Walter Brandt and Greta Brandt spoke. Walter Brandt left, and Greta Brandt stayed. Brandt said little.');
    expect(labelsOfType(even, 'Person')).toEqual(['Brandt', 'Greta Brandt', 'Walter Brandt']);
  });

  it('gives a surname alone to the person a document names first, before the family it names later', () => {
    const graph = graphOfTexts(
      'Former envoy Hal Verrin died on Friday in Belize. Verrin served for decades. His wife, Mira Verrin, wrote a book about him. Mira Verrin said he was kind. Verrin was 85.',
    );
    expect(labelsOfType(graph, 'Person')).toEqual(['Hal Verrin', 'Mira Verrin']);
    expect(nodeByLabel(graph, 'Hal Verrin')?.mentions).toBe(3);
  });

  it('gives a first name alone to the one person its document names in full with it, and to no one where two share it', () => {
    const graph = graphOfTexts('Activist Mira Solvang, 16, spoke in Belize on Monday. Mira said the crowd was the largest yet.');
    expect(labelsOfType(graph, 'Person')).toEqual(['Mira Solvang']);
    const two = graphOfTexts('Walter Brandt and Walter Ruiz met in Belize on Monday. Walter said little.');
    expect(labelsOfType(two, 'Person')).toEqual(expect.arrayContaining(['Walter Brandt', 'Walter Ruiz']));
    expect(nodeByLabel(two, 'Walter Brandt')?.mentions).toBe(1);
  });

  it('gives a shared surname to the person named in the same document', () => {
    const graph = graphOfTexts(
      'Prime Minister Boris Johnson spoke in Parliament on Monday. Johnson said the vote would go ahead.',
      'Basketball star Magic Johnson opened a school in Detroit. Johnson said he was proud.',
    );
    expect(labelsOfType(graph, 'Person')).toEqual(['Boris Johnson', 'Magic Johnson']);
    expect(nodeByLabel(graph, 'Boris Johnson')?.documents).toHaveLength(1);
    expect(nodeByLabel(graph, 'Magic Johnson')?.documents).toHaveLength(1);
  });

  it('does not make a node of a possessive, a sentence opener or a title-case heading', () => {
    const graph = graphOfTexts('Chile’s Quiet Role in Peru Diplomacy\nMoreover, Chile’s envoy met Peru’s minister. Officials said little. Still, talks went on.');
    const labels = graph.mapNodes((_k, a) => a.label);
    for (const junk of ['Chile’s', 'Moreover', 'Officials', 'Still', 'Quiet Role', 'Peru Diplomacy']) expect(labels).not.toContain(junk);
    expect(labels).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });
});

describe('names in headlines', () => {
  it('keeps the names of a headline that the body does not repeat, a title-case one read in sentence case', () => {
    // A feed of headlines is a corpus of headings: their names count where their case marks them as body text's does,
    // and a title-case headline's words news writes in lower case lose their capitals first (nlp/sentence-case.ts).
    const sentenceCase = graphOfTexts('Kit Harmon rejects invitation to join Velt Alliance');
    expect(labelsOfType(sentenceCase, 'Person')).toEqual(['Kit Harmon']);
    const titleCase = graphOfTexts('Kit Harmon Rejects Invitation To Join Velt Alliance');
    expect(titleCase.mapNodes((_node, attributes) => attributes.label).sort()).toEqual(['Kit Harmon', 'Velt Alliance']);
  });

  it('keeps only the confirmed names of a title-case headline it cannot read in sentence case', () => {
    // Every word a name or unknown: capitals still say nothing, so only the body or the gazetteer vouches for a name.
    expect(graphOfTexts('Kit Harmon Quorvath Velt Zennor').order).toBe(0);
  });
});

describe('shortened names', () => {
  it('join the full name a document writes, shortened at either end, but not across documents that write another', () => {
    const graph = graphOfTexts('Ana Rell Voss wins vote in Peru\nAna Rell Voss Garced said she was happy. Rell Voss Garced thanked voters.');
    expect(labelsOfType(graph, 'Person')).toEqual(['Ana Rell Voss Garced']);
    // Whatever the case of its first letter ("De Blasio" opening a sentence).
    expect(labelsOfType(graphOfTexts('Mayor Ana van Rell spoke. Van Rell said she would run. Later van Rell left.'), 'Person')).toEqual(['Ana van Rell']);
    // Labelled by the full name, however often the short one is written.
    expect(labelsOfType(graphOfTexts('Leon van Rell owns a lodge near Lima. Van Rell said the lions were calm. Van Rell fed them daily.'), 'Person')).toEqual(['Leon van Rell']);
    const apart = graphOfTexts('Ana Rell Voss Garced spoke in Lima.', 'Ana Rell Voss Mendez spoke in Quito. Ana Rell Voss left.');
    expect(labelsOfType(apart, 'Person')).toEqual(['Ana Rell Voss Garced', 'Ana Rell Voss Mendez']);
  });
});

describe('sentence openers', () => {
  it('never become nodes, even when the tagger takes them for names', () => {
    const timed = graphOfTexts('The storm reached Tonga at 2100 UTC on Monday, and Fiji at 0300 GMT.');
    expect(timed.mapNodes((_k, a) => a.label).filter((l) => l === 'UTC' || l === 'GMT')).toEqual([]);
    const graph = graphOfTexts('Importantly, Chile agreed. Moreover, Peru agreed. Instead, Bolivia waited. Still, Chile and Peru met.');
    expect(graph.mapNodes((_k, a) => a.label).filter((l) => /^(Importantly|Moreover|Instead|Still)$/.test(l))).toEqual([]);
  });
});

describe('country names the tagger mistakes for organisations', () => {
  it('still resolve to the country', () => {
    const graph = graphOfTexts('Officials of the DRC said the outbreak was over. The DRC has asked for vaccines.');
    expect(labelsOfType(graph, 'Country')).toContain('DR Congo');
    expect(labelsOfType(graph, 'Organization')).not.toContain('DRC');
  });
});

describe('one node per thing across documents', () => {
  it('never makes a node of "I\'m", "I\'ve" or "It\'s"', () => {
    const graph = graphOfTexts(
      'In a 2004 interview with a local paper, Tamsin Rook said, "I\'ve been through a lot. I\'ve always been like that. I\'ve always said, \'If I get knocked down, I\'m going to get right back up.\'" It\'s late, she said.',
    );
    const names = graph.mapNodes((_, attributes) => attributes.label as string);
    for (const fragment of ["I'm", "I've", "It's"]) expect(names).not.toContain(fragment);
    expect(names).toContain('Tamsin Rook');
  });

  it('joins a lone surname in one article to the full name given in another', () => {
    const graph = graphOfTexts('Orla Penwick, the mayor of the port, opened the new bridge in Belize on Monday.', 'Penwick said the bridge would cut travel times. Penwick spoke for an hour.');
    const person = nodeByLabel(graph, 'Orla Penwick');
    expect(person?.aliases).toContain('Penwick');
    expect(person?.documents).toHaveLength(2);
    expect(nodeByLabel(graph, 'Penwick')).toBeUndefined();
  });

  it('keeps apart two different people with the same surname in two articles', () => {
    const graph = graphOfTexts('Orla Penwick won the mayoral race in Belize on Monday.', 'Tomas Penwick lost his seat in Chile on Friday.', 'Penwick said on Tuesday that the count was fair.');
    expect(labelsOfType(graph, 'Person')).toEqual(expect.arrayContaining(['Orla Penwick', 'Tomas Penwick']));
    // The lone surname of a third article could be either: it joins neither.
    expect(nodeByLabel(graph, 'Orla Penwick')?.aliases).not.toContain('Penwick');
    expect(nodeByLabel(graph, 'Tomas Penwick')?.aliases).not.toContain('Penwick');
  });

  it('joins an acronym in brackets to the whole organisation name before it even where its letters are another language\'s', () => {
    const graph = graphOfTexts('Researchers at the Morvan Aerospace Center (DLZ) studied lichens. Later, DLZ said the work would continue.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Morvan Aerospace Center']);
    // Not a name a possessive cuts from the words before it, which may be its first half.
    expect(labelsOfType(graphOfTexts("Funding came from Chile's Morvan Aerospace Center (DLZ). Later, DLZ said the work would continue."), 'Organization')).toEqual(['DLZ', 'Morvan Aerospace Center']);
  });

  it('reads a long name whose words a comma lists as the one name its acronym spells ("Educational, Scientific and Cultural")', () => {
    const graph = graphOfTexts('Criticism came from the Velt Nations Educational, Scientific and Cultural Organization (VNESCO) on Friday. Later, VNESCO said it was saddened.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Velt Nations Educational, Scientific and Cultural Organization']);
    expect(nodeByLabel(graph, 'Velt Nations Educational, Scientific and Cultural Organization')?.aliases).toContain('VNESCO');
  });

  it('joins a clipped short name in brackets to the long organisation name whose letters it keeps, not a name it does not clip', () => {
    const graph = graphOfTexts('The Morvan Institute of Volcanology (Morvolc) recorded 611 aftershocks. Later, Morvolc said more were likely.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Morvan Institute of Volcanology']);
    expect(nodeByLabel(graph, 'Morvan Institute of Volcanology')?.aliases).toContain('Morvolc');
    expect(nodeByLabel(graph, 'Morvolc')).toBeUndefined();
    expect(labelsOfType(graphOfTexts('Ana Rell spoke to the Kessel Group (Reuters) on Monday.'), 'Organization')).toEqual(['Kessel Group', 'Reuters']);
  });

  it('joins an acronym used bare in one document to its definition in another', () => {
    const graph = graphOfTexts('The Coastal Fisheries Authority (CFA) closed the bay in Belize on Monday.', 'The CFA said on Friday that the bay would reopen. CFA inspectors agreed.');
    const authority = nodeByLabel(graph, 'Coastal Fisheries Authority');
    expect(authority?.aliases).toContain('CFA');
    expect(authority?.documents).toHaveLength(2);
    expect(nodeByLabel(graph, 'CFA')).toBeUndefined();
  });

  it('joins the bare party adjective to the party the corpus names', () => {
    const graph = graphOfTexts(
      'The Morvanic Party chose Orla Penwick as its leader on Monday.',
      'Morvanic voters backed the plan, and the Morvanic candidate won the race in Belize.',
    );
    expect(nodeByLabel(graph, 'Morvanic')).toBeUndefined();
    const party = nodeByLabel(graph, 'Morvanic Party');
    expect(party?.type).toBe('Organization');
    expect(party?.documents).toHaveLength(2);
  });

  it('joins the word for a party\'s members, singular or plural, to the party the corpus names', () => {
    const graph = graphOfTexts(
      'The Republican Party chose Orla Penwick as its leader on Monday.',
      'Republicans backed the plan on Tuesday.',
      'On Wednesday, Republican Karo Tessel spoke in Belize.',
    );
    expect(nodeByLabel(graph, 'Republicans')).toBeUndefined();
    expect(nodeByLabel(graph, 'Republican Party')?.documents).toHaveLength(3);
  });

  it('makes one event of a storm named by its strength and by its name alone', () => {
    const graph = graphOfTexts('The centre upgraded Tropical Storm Keld to hurricane status on Monday.', 'Keld, now officially Hurricane Keld, is the third hurricane of the season. Keld had winds of 75 miles per hour.');
    expect(labelsOfType(graph, 'Event')).toHaveLength(1);
    expect(labelsOfType(graph, 'Person')).toEqual([]);
  });

  it('resolves a corpus read a document at a time, each rebuilt at every reading, as it resolves the same documents held at once', () => {
    const texts = [
      'The Korvik Energy Agency (KEA) met Minister Karo Tessel in Valdoria. Tessel said the Senate backed the Zenith candidate.',
      'KEA officials said the tidal energy plan was late. The Senate of Valdoria voted on the plan; he disagreed.',
      "Borduria's Parliament debated tidal energy. Tessel praised the plan and its backers in Korvik.",
    ];
    const extractions = texts.map((text) => extractDocument(text, defaultMentionContext()));
    const documentAt = (index: number) => {
      const text = texts[index]!;
      return { id: documentId(text), sentences: restoreSentences(text, extractions[index]!), names: extractions[index]!.names, syntax: restoreSyntax(extractions[index]!) };
    };
    let readings = 0;
    const lazy = resolveEntities(lazyCorpus(texts.length, (index) => (readings++, documentAt(index))));
    expect(lazy).toEqual(resolveEntities(texts.map((_, index) => documentAt(index))));
    expect(readings).toBeGreaterThan(texts.length);
    expect(lazy.entities.map((entity) => entity.label)).toEqual(expect.arrayContaining(['Korvik Energy Agency', 'Karo Tessel']));
  });
});
