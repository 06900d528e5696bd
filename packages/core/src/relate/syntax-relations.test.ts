import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { framedTypedRelations, graphOfTexts } from '../testing.js';

/** Typed relations of one text as "Source TYPE Target (modality)", sorted. */
const typedOnly = (text: string): string[] => framedTypedRelations(graphOfTexts(text));

/** Relations stated by the sentence (co-occurrence left out) as "Source TYPE Target (predicate, basis, modality)", sorted. */
function stated(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_e, a) => a.basis !== 'cooccurrence')
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      const label = (node: string) => graph.getNodeAttribute(node, 'label');
      return `${label(graph.source(e))} ${a.type} ${label(graph.target(e))} (${a.predicate}, ${a.basis}, ${a.modality})`;
    })
    .sort();
}

describe('relations read off the parse', () => {
  it('reads flying to a place as visiting it, also as the act of a passive verb\'s subject coordinated with it', () => {
    expect(typedOnly('President Ana Rell was briefed, and flew to Arica on Monday, visiting the wounded in hospital.')).toEqual(['Ana Rell VISITS Arica (asserted)']);
    // A participle sharing the passive is no act of its subject.
    expect(typedOnly('Lio Brandt was arrested and charged with assaulting Ana Rell.')).toEqual([]);
  });

  it('keeps what a verb with a thing as its object states of a party after a preposition, with no sense for it', () => {
    // (A verb of travel with a thing as its object sends the thing; other verbs keep their phrase, stated untyped.)
    expect(stated(graphOfTexts('Typhoon Kessel made landfall on Peru on Tuesday.'))).toEqual(['Typhoon Kessel RELATED_TO Peru (make on, syntax, asserted)']);
  });

  it('reads a passive with its agent as the one who acts', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel was criticized by Senator Ana Rell on Monday.'))).toEqual([
      'Ana Rell CRITICIZES Karo Tessel (criticize, syntax, asserted)',
    ]);
  });

  it('reads every pair of coordinated subjects and coordinated objects', () => {
    expect(stated(graphOfTexts('Ana Rell and Pim Voss criticized Karo Tessel and Lio Brandt on Monday.'))).toEqual([
      'Ana Rell CRITICIZES Karo Tessel (criticize, syntax, asserted)',
      'Ana Rell CRITICIZES Lio Brandt (criticize, syntax, asserted)',
      'Pim Voss CRITICIZES Karo Tessel (criticize, syntax, asserted)',
      'Pim Voss CRITICIZES Lio Brandt (criticize, syntax, asserted)',
    ]);
  });

  it('reads a relative clause with the noun it describes as its subject', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel, who met Senator Ana Rell in June, resigned on Friday.'))).toEqual([
      'Ana Rell MEETS Karo Tessel (meet, syntax, asserted)',
    ]);
  });

  it('carries the subject of "agreed to" into the verb it controls, as planned', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel agreed to sign the Varn Accord.'))).toEqual(['Karo Tessel SIGNED Varn Accord (sign, syntax, planned)']);
  });

  it('reads a nominal event with its possessor as agent and the party after its preposition', () => {
    expect(stated(graphOfTexts("Minister Karo Tessel's talks with Senator Ana Rell ended on Friday."))).toEqual([
      'Ana Rell NEGOTIATES_WITH Karo Tessel (talk, syntax, asserted)',
    ]);
  });

  it('reads a title in apposition, even after another description of the name', () => {
    expect(stated(graphOfTexts('Pim Voss, his wife and the current chairwoman of the Valdorian Rail Company, spoke on Monday.'))).toEqual([
      'Pim Voss LEADS Valdorian Rail Company (chairwoman, syntax, asserted)',
    ]);
  });

  it('reads a verb acting on what someone owns as acting on its owner, but not on their kin', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel supported the campaign of Senator Ana Rell.'))).toEqual(['Karo Tessel SUPPORTS Ana Rell (support, syntax, asserted)']);
    expect(stated(graphOfTexts("The Valdorian Rail Company has suspended Senator Ana Rell's permit."))).toEqual([
      'Valdorian Rail Company SANCTIONS Ana Rell (suspend, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts("Minister Karo Tessel met Senator Ana Rell's wife on Monday."))).toEqual([]);
  });

  it('reads the actor named with an attack as the agent of a passive harm and of a target', () => {
    expect(stated(graphOfTexts('Senator Ana Rell was killed in a Chilean airstrike on Monday.'))).toEqual(['Chile ATTACKS Ana Rell (kill, syntax, asserted)']);
    expect(stated(graphOfTexts('Chile was the target of a Peruvian missile attack in 2006.'))).toEqual(['Peru ATTACKS Chile (attack, syntax, asserted)']);
  });

  it('reads the subject of a verb that carries out an attack as its agent', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel orchestrated the attacks on Chile in 2001.'))).toEqual(['Karo Tessel ATTACKS Chile (attack, syntax, asserted)']);
  });

  it('reads a verb after "plans on", or what a promise runs "until", as planned', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel reiterated that he plans on leaving the European Union even if no agreement is reached.'))).toEqual([
      'Karo Tessel WITHDREW_FROM European Union (leave, syntax, planned)',
    ]);
    expect(stated(graphOfTexts('That September, the movement launched; Karo Tessel promised protests every week until Chile joined the Valdoria Accord.'))).toEqual([
      'Chile SIGNED Valdoria Accord (join, syntax, planned)',
    ]);
    expect(stated(graphOfTexts('Chile fought until Peru joined the Valdoria Accord.'))).toEqual(['Peru SIGNED Valdoria Accord (join, syntax, asserted)']);
  });

  it('reads an event noun that is also a key concept of the corpus as an event', () => {
    const graph = graphOfTexts(
      'The attacks on Lisbon shocked Portugal. The attacks were condemned.',
      'The attacks continued on Friday. Officials counted the attacks.',
      'Minister Karo Tessel orchestrated the attacks on Chile in 2001.',
    );
    expect(stated(graph)).toEqual(['Karo Tessel ATTACKS Chile (attack, syntax, asserted)']);
  });

  it('reads "A, an ethnic B, …" as a description of A, not as a second subject', () => {
    expect(stated(graphOfTexts("Karo Tessel, an ethnic Chilean from Peru, opposed Senator Ana Rell's plan."))).toEqual([
      'Karo Tessel CRITICIZES Ana Rell (oppose, syntax, asserted)',
    ]);
  });

  it('reads kin as no role held in a body', () => {
    expect(stated(graphOfTexts('Ana Rell, son of Valdoria Rail, spoke on Monday.'))).toEqual([]);
  });

  it('reads the name right after a title the parser took for the head as the title holder', () => {
    expect(stated(graphOfTexts('Karo Tessel asked Queen Ana II for a prorogation.'))).toEqual(['Karo Tessel REQUESTS Ana II (ask, syntax, asserted)']);
  });

  it('reads "a woman named A" as A', () => {
    expect(stated(graphOfTexts('In that event, Karo Tessel killed a woman named Ana Rell and injured nineteen others.'))).toEqual([
      'Karo Tessel ATTACKS Ana Rell (kill, syntax, asserted)',
    ]);
  });

  it('reads the subject of an adjective as the subject of the clause it governs', () => {
    expect(stated(graphOfTexts('Chile was more forceful in blaming Peru for the attack.'))).toEqual(['Chile ACCUSES Peru (blame, syntax, asserted)']);
  });

  it('reads a country named before a thing as its owner, but not a stance on a country', () => {
    expect(stated(graphOfTexts('Karo Tessel attacked the Chilean embassy on Monday.'))).toEqual(['Karo Tessel ATTACKS Chile (attack, syntax, asserted)']);
    expect(stated(graphOfTexts('Karo Tessel opposed the pro-Chile position of Ana Rell.'))).toEqual(['Karo Tessel CRITICIZES Ana Rell (oppose, syntax, asserted)']);
  });

  it('reads the passive subject of a verb as the subject of its "in …ing" clause', () => {
    expect(stated(graphOfTexts('Chile had been allied with Kurdish groups in fighting Peru.'))).toEqual(['Chile ATTACKS Peru (fight, syntax, asserted)']);
  });

  it('reads what a third party is the source of ("according to A") as reported', () => {
    expect(stated(graphOfTexts('According to Senator Karo Tessel, Chile attacked Peru on Monday.'))).toEqual(['Chile ATTACKS Peru (attack, syntax, reported)']);
  });

  it('reads what is "reportedly" or "allegedly" done as reported', () => {
    expect(typedOnly('Chile reportedly attacked Peru on Monday.')).toEqual(['Chile ATTACKS Peru (reported)']);
    expect(typedOnly('Pim Voss, who allegedly works at Kessel Bank as a clerk, fled.')).toEqual(['Pim Voss MEMBER_OF Kessel Bank (reported)']);
  });

  it('reads "held two ministers, A and B, in contempt" as holding each named one in contempt', () => {
    expect(typedOnly('The Chilean parliament held two ministers, Pim Voss and Ana Rell, in contempt.')).toEqual(['Chile ACCUSES Ana Rell (asserted)', 'Chile ACCUSES Pim Voss (asserted)']);
  });

  it('gives a negated verb no edge', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel did not meet Senator Ana Rell on Monday.'))).toEqual([]);
  });

  it('reads a clause joined with its own subject as a fact of its own, neither negated nor framed by the clause before', () => {
    expect(typedOnly('Valdoria did not sign the deal, but Peru met Bolivia.')).toEqual(['Bolivia MEETS Peru (asserted)']);
    expect(typedOnly('Valdoria will attend, and Peru attacked Bolivia.')).toEqual(['Peru ATTACKS Bolivia (asserted)']);
    expect(typedOnly('Chile is not a member of the Kessel Group, but it is part of a pact between Peru and Bolivia.')).toEqual(['Bolivia AGREES_WITH Peru (asserted)']);
    // Without a subject of its own, a conjunct shares the first verb's negation.
    expect(typedOnly('Chile did not meet Peru and sign a deal with Bolivia.')).toEqual([]);
  });

  it('reads names joined by "and" that the parser took for one name as a list', () => {
    expect(typedOnly('Peru attacked Chile and South Korea.')).toEqual(['Peru ATTACKS Chile (asserted)', 'Peru ATTACKS South Korea (asserted)']);
    expect(typedOnly('Peru met leaders of Chile and South Korea.')).toEqual(['Chile MEETS Peru (asserted)', 'Peru MEETS South Korea (asserted)']);
  });

  it('reads voting against doing something to another as rejecting the other, as refusing to do it is', () => {
    expect(typedOnly('The Velt Senate voted against confirming Kit Harmon.')).toEqual(['Velt Senate REJECTS Kit Harmon (asserted)']);
    expect(typedOnly('Kit Harmon said he would resign if the Velt Senate voted against confirming him.')).toEqual(['Velt Senate REJECTS Kit Harmon (hypothetical)']);
    expect(typedOnly('The Velt Senate voted against sending troops to Peru.')).toEqual([]);
  });

  it('reads a speaker named "of" a body as one of its members, whatever the parser makes of "of"', () => {
    expect(typedOnly("Pim Voss of the army's Velt Command said the rebels were behind the attack.")).toEqual(['Pim Voss MEMBER_OF Velt Command (asserted)']);
    expect(typedOnly('Kit Harmon of the Velt Institute said the data was incomplete.')).toEqual(['Kit Harmon MEMBER_OF Velt Institute (asserted)']);
  });

  it('reads belonging to an organisation as membership, but not belonging to a country', () => {
    expect(typedOnly('Lena Marsh belongs to the opposition Zenith Party.')).toEqual(['Lena Marsh MEMBER_OF Zenith Party (asserted)']);
    expect(typedOnly('The island belonged to Chile until 1900.')).toEqual([]);
  });

  it('reads what two parties do jointly as cooperation, and not what they stop doing jointly', () => {
    expect(typedOnly('Iceland and Greenland launched a joint patrol of their waters.')).toEqual(['Greenland COOPERATES_WITH Iceland (asserted)']);
    expect(typedOnly('Chile held joint drills with Peru.')).toEqual(['Chile COOPERATES_WITH Peru (asserted)']);
    expect(typedOnly('Chile and Peru suspended joint patrols.')).toEqual([]);
  });

  it('reads members of an organisation as standing for it, not a member described by a name', () => {
    expect(typedOnly('Chilean police arrested three members of the Kessel Front.')).toEqual(['Chile COERCES Kessel Front (asserted)']);
    expect(typedOnly('Karo Tessel, a member of the Kessel Party, met Anna Weller.')).toEqual(['Anna Weller MEETS Karo Tessel (asserted)', 'Karo Tessel MEMBER_OF Kessel Party (asserted)']);
  });

  it('reads people a nationality describes by any plural noun for persons as their country, but not one person nor a thing of it', () => {
    expect(typedOnly('The Nepalese army rescued 40 Bhutanese climbers on Sunday.')).toEqual(['Nepal AIDS Bhutan (asserted)']);
    expect(typedOnly('Kessel Mining was fined by Ghanaian regulators.')).toEqual(['Ghana SANCTIONS Kessel Mining (asserted)']);
    expect(typedOnly('Chilean police arrested a Peruvian journalist.')).toEqual(['Chile COERCES Peru (asserted)']);
    expect(typedOnly("Karo Tessel's invitation to the Spanish-born master was accepted.")).toEqual([]);
    expect(typedOnly('Troops crossed the Chilean border.')).toEqual([]);
  });

  it('reads attacking what someone proclaimed or decided as criticising them, not the place it is about', () => {
    expect(typedOnly("Chile attacked Peru's decision to close the border.")).toEqual(['Chile CRITICIZES Peru (asserted)']);
    expect(typedOnly("Chile attacked Peru's embassy.")).toEqual(['Chile ATTACKS Peru (asserted)']);
    expect(typedOnly('On live television Karo Tessel also attacked the proclamation of the Kessel Heights as Valdorian territory by the President of Chile, Anna Weller.')).toEqual([
      'Karo Tessel CRITICIZES Anna Weller (asserted)',
    ]);
  });

  it('reads a proclamation with its "by" hung deeper in the phrase as the agent\'s, not as the place\'s it names', () => {
    const sentence = 'On live television Karo Tessel also attacked the proclamation of Patagonia as official Peruvian territory by the President of Chile Ana Rell, which was made on Monday.';
    expect(typedOnly(sentence)).toEqual(['Karo Tessel CRITICIZES Ana Rell (asserted)']);
  });

  it('reads recalling one\'s envoy to a country as a sanction on it, and sending one as nothing', () => {
    expect(typedOnly('Ecuador recalled its ambassador to Colombia after the raid.')).toEqual(['Ecuador SANCTIONS Colombia (asserted)']);
    expect(typedOnly('Ecuador sent its ambassador to Colombia.')).toEqual([]);
  });

  it('reads a ban on imports of a nation\'s goods as a sanction on the nation', () => {
    expect(typedOnly('The Zambian government banned imports of Malawian maize.')).toEqual(['Zambia SANCTIONS Malawi (asserted)']);
  });

  it('reads alleging a party\'s involvement as accusing it, and a claim alleged in a clause as the clause\'s', () => {
    expect(typedOnly('Both Chile and Peru have alleged Bolivian involvement.')).toEqual(['Chile ACCUSES Bolivia (asserted)', 'Peru ACCUSES Bolivia (asserted)']);
    expect(typedOnly('Chile alleged irregularities in the vote.')).toEqual([]);
  });

  it('reads what a message does as its author\'s act, wherever it was posted', () => {
    expect(typedOnly('Chile issued a statement blaming Peru for the attacks.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Chilean minister Karo Tessel posted a message on Telegram blaming Peru for the attacks.')).toEqual(['Karo Tessel ACCUSES Peru (asserted)']);
  });

  it('reads settling or ending a dispute as agreeing with the other side, unless it failed or was denied', () => {
    expect(typedOnly('Chile settled its border dispute with Peru.')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly('Chile and Peru ended their long feud.')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly('Chile and Peru did not resolve their differences.')).toEqual([]);
    expect(typedOnly('Chile and Peru failed to settle their dispute.')).toEqual([]);
    expect(typedOnly("Chile's dispute with Peru was settled by the court.")).toEqual([]);
  });

  it('reads what a party failed to do as nothing it did', () => {
    expect(typedOnly('Chile failed to meet Peru.')).toEqual([]);
    expect(typedOnly('Chile and Peru failed to sign the treaty.')).toEqual([]);
  });

  it('reads doctors sent to a country as aid to it, troops sent there as no aid, and troops sent into it as mobilised there', () => {
    expect(typedOnly('Chile sent doctors to Peru after the earthquake.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Chile sent troops to Peru.')).toEqual([]);
    expect(typedOnly('Chile sent troops into Peru.')).toEqual(['Chile MOBILIZES_AGAINST Peru (asserted)']);
  });

  it('reads closing a border with a country as sanctioning it, and not closing one as nothing', () => {
    expect(typedOnly('Chile closed its border with Peru on Monday.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Chile will close its border with Peru next week.')).toEqual(['Chile SANCTIONS Peru (planned)']);
    expect(typedOnly('Chile did not close its border with Peru.')).toEqual([]);
    expect(typedOnly('Chile closed the road to the airport.')).toEqual([]);
  });

  it('reads "by" and an -ing verb after an object as the means of the act, done by its subject', () => {
    expect(typedOnly('Chile weakened the region by supporting Karo Tessel.')).toEqual(['Chile SUPPORTS Karo Tessel (asserted)']);
  });

  it('reads taking the office of a title as holding the title, led or joined, unless denied', () => {
    expect(typedOnly('Anna Weller assumed the office of President of Chile in 2010.')).toEqual(['Anna Weller LEADS Chile (asserted)']);
    expect(typedOnly('Karo Tessel won a seat of senator for the Zenith Party.')).toEqual(['Karo Tessel MEMBER_OF Zenith Party (asserted)']);
    expect(typedOnly('Karo Tessel did not take the office of President of Chile.')).toEqual([]);
    // The parser hangs "of the House" on the office rather than the title.
    expect(typedOnly('Ana Rell yesterday resumed the office of Speaker of the House.')).toEqual(['Ana Rell LEADS House (asserted)']);
  });

  it('reads a label that condemns or praises ("called B a liar", "called B\'s plan a disgrace") as criticism or support of B or of its owner', () => {
    expect(typedOnly('Pim Voss called Ana Rell\'s speech a disgrace.')).toEqual(['Pim Voss CRITICIZES Ana Rell (asserted)']);
    expect(typedOnly('Pim Voss called Ana Rell\'s proposed budget "lousy" and said he would vote against it.')).toEqual(['Pim Voss CRITICIZES Ana Rell (asserted)']);
    expect(typedOnly('Karo Tessel was described by the Zenith Council as a hero.')).toEqual(['Zenith Council SUPPORTS Karo Tessel (asserted)']);
    // A word that labels nothing, and a label denied, say nothing.
    expect(typedOnly('Pim Voss called the meeting with Ana Rell a success.')).toEqual([]);
    expect(typedOnly('Pim Voss did not call Ana Rell a liar.')).toEqual([]);
  });

  it('reads an act on what a country\'s banks or people own as an act on the country, and an attack on positions inside a country as one on it', () => {
    expect(typedOnly('Lithuania froze the assets of three Latvian banks.')).toEqual(['Lithuania SANCTIONS Latvia (asserted)']);
    expect(typedOnly('Estonian warplanes bombed rebel positions inside Moldova.')).toEqual(['Estonia ATTACKS Moldova (asserted)']);
  });

  it('reads aid in a currency written as a word and aid suspended ("suspended loans to B") as aid given and undone', () => {
    expect(typedOnly('The Zenith Fund has pledged 50 million euros in aid to Togo.')).toEqual(['Zenith Fund AIDS Togo (planned)']);
    expect(typedOnly('The Zenith Fund suspended loans to Togo over the abuses.')).toEqual(['Zenith Fund SANCTIONS Togo (asserted)']);
  });

  it('reads people harmed in an attack by another as attacked by them ("were killed in an attack by A")', () => {
    expect(typedOnly('Three Chilean civilians died in an air strike by Peruvian jets.')).toEqual(['Peru ATTACKS Chile (asserted)']);
    expect(typedOnly('Ana Rell was injured in an attack by Pim Voss.')).toEqual(['Pim Voss ATTACKS Ana Rell (asserted)']);
    expect(typedOnly('Three Chilean civilians were not killed in an attack by Peruvian troops.')).toEqual([]);
  });

  it('reads a stand-in noun with coordinated nationalities ("Ghanaian and Togolese leaders met") as standing for each', () => {
    expect(typedOnly('Ghanaian and Togolese leaders met in Abuja to discuss a ceasefire.')).toEqual(['Ghana MEETS Togo (asserted)']);
    expect(typedOnly('Chilean and Peruvian troops attacked rebel camps.')).toEqual([]);
  });

  it('reads a raid on the offices of a country\'s newspaper as one on the country, and saying another provoked clashes as accusing them', () => {
    expect(typedOnly('Ghanaian police raided the offices of a Togolese newspaper in Accra.')).toEqual(['Ghana COERCES Togo (asserted)']);
    expect(typedOnly('Ghana rejected the accusation, saying Togo had provoked the clashes.')).toEqual(['Ghana ACCUSES Togo (asserted)']);
  });

  it('reads a deal brokered by another, which parties act under, as that other mediating between them, and a prisoner swap as release both ways', () => {
    expect(typedOnly('Ghana and Togo exchanged prisoners on Friday under a deal brokered by Nigeria.')).toEqual([
      'Ghana RELEASES Togo (asserted)',
      'Nigeria MEDIATES Ghana (asserted)',
      'Nigeria MEDIATES Togo (asserted)',
      'Togo RELEASES Ghana (asserted)',
    ]);
    expect(typedOnly('Chile and Peru did not sign the truce mediated by Bolivia.')).toEqual([]);
  });

  it('reads entering into an agreement or talks with another as the event, and entering a place as no agreement', () => {
    expect(typedOnly('Chile entered into an agreement with Peru.')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly('Chile entered into the Kessel Accord.')).toEqual(['Chile SIGNED Kessel Accord (asserted)']);
    expect(typedOnly('As John Marlow entered the Place Molard on his way to visit a refugee, he had a premonition.')).toEqual([]);
  });

  it('reads helping with another\'s work as working with them, as planned when only agreed to', () => {
    expect(typedOnly('After his conviction, Pim Voss agreed to help with Ana Rell\'s investigation.')).toEqual(['Ana Rell COOPERATES_WITH Pim Voss (planned)']);
  });

  it('reads what is alleged or demanded "on" a day "that" another did or should do, whatever the parser hung the clause on', () => {
    // A perfect read as an adjective of its object; a clause read as describing the day; one hung on the "said" after it.
    expect(typedOnly('Chile alleged that Peru had bribed officials.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Chile alleged on Tuesday that Peruvian intelligence officers had been behind the explosions at a depot that killed two people.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Chile demanded on Monday that Peru return hundreds of artefacts still held in its museums, the culture ministry said.')).toEqual(['Chile REQUESTS Peru (asserted)']);
  });

  it('reads agreeing to a hostile act against another as no agreement with them, the act as planned', () => {
    expect(typedOnly('Chile agreed to attack Peru.')).toEqual(['Chile ATTACKS Peru (planned)']);
    expect(typedOnly('Chile agreed to help Peru.')).toEqual(['Chile AGREES_WITH Peru (asserted)', 'Chile AIDS Peru (planned)']);
  });

  it('reads a refusal of an act towards another as rejecting them ("refused to extradite the suspects to B"), not agreeing to it', () => {
    // (The extradition itself, judicial cooperation in PLOVER, stays unasserted.)
    expect(typedOnly('Kenya refused to extradite the suspects to Uganda.')).toEqual(['Kenya COOPERATES_WITH Uganda (hypothetical)', 'Kenya REJECTS Uganda (asserted)']);
    expect(typedOnly('Kenya declined to return the ship to Uganda.')).toEqual(['Kenya REJECTS Uganda (asserted)', 'Kenya RELEASES Uganda (hypothetical)']);
    expect(typedOnly('Kenya agreed to extradite the suspects to Uganda.')).toEqual(['Kenya COOPERATES_WITH Uganda (planned)']);
  });

  it('reads a hyphenated participle before a name as describing it ("aid to war-torn B", "shelled rebel-held C")', () => {
    expect(typedOnly('Qatar sent aid to war-torn Sudan.')).toEqual(['Qatar AIDS Sudan (asserted)']);
    expect(typedOnly('Chile shelled rebel-held Peru.')).toEqual(['Chile ATTACKS Peru (asserted)']);
  });

  it('reads a promise made to another as agreeing with them and picketing another\'s building as protesting against them', () => {
    expect(typedOnly('Chile promised Peru that it would reopen the border.')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly('Dozens of Chilean students picketed the Peruvian embassy in Santiago on Friday.')).toEqual(['Chile PROTESTS_AGAINST Peru (asserted)']);
  });

  it('reads a raid by police or officials as a coercion, one by troops as an attack', () => {
    expect(typedOnly('Chilean police raided the home of opposition leader Kit Harmon.')).toEqual(['Chile COERCES Kit Harmon (asserted)']);
    expect(typedOnly('Chilean tax officials raided the offices of Peru\'s embassy.')).toEqual(['Chile COERCES Peru (asserted)']);
    expect(typedOnly('Chilean troops raided Peruvian positions.')).toEqual(['Chile ATTACKS Peru (asserted)']);
  });

  it('reads access granted "to" a place as access to it, not aid given to it', () => {
    expect(typedOnly('Chile granted Peruvian investigators access to Tarapaca.')).toEqual(['Chile RELEASES Peru (asserted)']);
    // What they are let do may be read as describing them.
    expect(typedOnly('Chilean forces allowed inspectors from the Velt Energy Agency to visit the reactor halls of the plant on Thursday.')).toEqual(['Chile RELEASES Velt Energy Agency (asserted)']);
    // (Whose the vehicles let across are, named on them.)
    expect(typedOnly('Chile allowed Peruvian trucks to cross the border.')).toEqual(['Chile RELEASES Peru (asserted)']);
  });

  it('reads a headline\'s comma between two names before their verb as "and" ("A, B agree to …")', () => {
    expect(typedOnly('Chile, Peru sign trade pact')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly('Kit Harmon, Pim Voss meet in Lima')).toEqual(['Kit Harmon MEETS Pim Voss (asserted)']);
  });

  it('reads rejecting an invitation or offer to act with another as rejecting them, and the act as no fact', () => {
    expect(typedOnly('Chile rejected an invitation to join the Velt Alliance.')).toEqual(['Chile REJECTS Velt Alliance (asserted)']);
    expect(typedOnly('Kit Harmon rejects invitation to join Velt Alliance')).toEqual(['Kit Harmon REJECTS Velt Alliance (asserted)']);
    expect(typedOnly('Chile turned down an offer to mediate with Peru.')).toEqual(['Chile REJECTS Peru (asserted)']);
  });

  it('reads leaving talks or a treaty with another as reducing relations with them (CAMEO 164), unless denied', () => {
    expect(typedOnly('Sweden pulled out of the talks with Norway.')).toEqual(['Sweden SANCTIONS Norway (asserted)']);
    expect(typedOnly('Finland withdrew from the treaty with Sweden.')).toEqual(['Finland SANCTIONS Sweden (asserted)']);
    expect(typedOnly('Finland did not pull out of the talks with Sweden.')).toEqual([]);
    expect(typedOnly('President Ana Rell withdrew Finland from the treaty with Sweden.').filter((r) => r.includes('Sweden'))).toEqual([]);
    expect(typedOnly('Finland withdrew troops from Sweden.')).toEqual(['Finland WITHDREW_FROM Sweden (asserted)']);
  });

  it('reads an extradition as coercion of the one handed over and cooperation with the country it is handed to', () => {
    expect(typedOnly('Morocco extradited Omar Bessa to Algeria on Thursday.')).toEqual(['Algeria COOPERATES_WITH Morocco (asserted)', 'Morocco COERCES Omar Bessa (asserted)']);
  });

  it('reads a meeting that will take place as planned, not as a fact', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel will meet Senator Ana Rell next week.'))).toEqual(['Ana Rell MEETS Karo Tessel (meet, syntax, planned)']);
  });

  it('reads what is urged as demanded, what could happen as hypothetical and what a third party alleges as reported', () => {
    expect(stated(graphOfTexts('Senator Ana Rell urged Minister Karo Tessel to meet Governor Pim Voss.'))).toContain('Karo Tessel MEETS Pim Voss (meet, syntax, demanded)');
    expect(stated(graphOfTexts('Minister Karo Tessel could meet Senator Ana Rell next week.'))).toEqual(['Ana Rell MEETS Karo Tessel (meet, syntax, hypothetical)']);
    expect(stated(graphOfTexts('Governor Pim Voss alleged that Minister Karo Tessel had met Senator Ana Rell in secret.'))).toContain(
      'Ana Rell MEETS Karo Tessel (meet, syntax, reported)',
    );
  });

  it('carries a threat to the object of the verb it controls ("threatened to sue B")', () => {
    // The suing itself is only threatened: whatever the lexicon makes of "sue", it is not asserted.
    const relations = stated(graphOfTexts('Minister Karo Tessel threatened to sue Senator Ana Rell.'));
    expect(relations).toContain('Karo Tessel THREATENS Ana Rell (threaten, syntax, asserted)');
    expect(relations.filter((r) => r.includes('(sue,'))).toEqual([expect.stringContaining('hypothetical')]);
  });

  it('keeps a verb outside the vocabulary as a stated, untyped edge apart from co-occurrence', () => {
    const graph = graphOfTexts('The Quentel Corporation acquired the Borvik Mining Company in May.');
    expect(stated(graph)).toEqual(['Quentel Corporation RELATED_TO Borvik Mining Company (acquire, syntax, asserted)']);
    expect(graph.filterEdges((_e, a) => a.basis === 'cooccurrence')).toHaveLength(1);
  });

  it('reads "attack" as an assault on a person and as criticism of an accord, by the types the lexicon ranks', () => {
    expect(stated(graphOfTexts('Senator Ana Rell attacked Governor Pim Voss in a statement.'))).toEqual(['Ana Rell ATTACKS Pim Voss (attack, syntax, asserted)']);
    expect(stated(graphOfTexts('Senator Ana Rell attacked the Varn Accord in a statement.'))).toEqual(['Ana Rell CRITICIZES Varn Accord (attack, syntax, asserted)']);
  });

  it('reads an event noun of the lexicon after a light verb: "launched an invasion of B"', () => {
    expect(stated(graphOfTexts('General Ana Rell launched an invasion of Ruritania in May.'))).toEqual(['Ana Rell ATTACKS Ruritania (invasion, syntax, asserted)']);
    // Measures made public or passed: "unsealed charges against B", "approved sanctions on B".
    expect(typedOnly('Yesterday the Kessel Department of Justice unsealed further charges against Karl Brenner.')).toEqual(['Kessel Department of Justice ACCUSES Karl Brenner (asserted)']);
    expect(typedOnly('Peru approved new sanctions on Chile.')).toEqual(['Peru SANCTIONS Chile (asserted)']);
    expect(typedOnly('Peru did not approve sanctions on Chile.')).toEqual([]);
  });

  it('gives the asking to the one asked, not to the object of what is asked ("A asked B to investigate C")', () => {
    const relations = stated(graphOfTexts('Senator Ana Rell asked Minister Karo Tessel to investigate Governor Pim Voss.'));
    expect(relations).toContain('Ana Rell REQUESTS Karo Tessel (ask, syntax, asserted)');
    expect(relations.filter((r) => r.startsWith('Ana Rell') && r.includes('Pim Voss'))).toEqual([]);
  });

  it('carries the passive subject of a controlling verb into the verb it controls ("B was expected to leave C")', () => {
    expect(stated(graphOfTexts('Senator Ana Rell was expected to leave the Valdorian Labour Party.'))).toEqual([
      'Ana Rell MEMBER_OF Valdorian Labour Party (leave, syntax, asserted)',
      'Ana Rell WITHDREW_FROM Valdorian Labour Party (leave, syntax, planned)',
    ]);
  });

  it('reads an event carried on by a verb, with a party named through the forces it stands for ("increased cooperation with the negotiators of B")', () => {
    expect(stated(graphOfTexts('The Quentel Corporation has increased cooperation in recent years with the negotiators of the Borvik Mining Company.'))).toEqual([
      'Borvik Mining Company COOPERATES_WITH Quentel Corporation (cooperation, syntax, asserted)',
    ]);
  });

  it('reads a name in apposition to the title before it: "the B mayor, A", "the B editor, A"', () => {
    expect(stated(graphOfTexts('The statement was signed by the Kessel mayor, Ana Rell, and two aides.'))).toEqual(['Ana Rell LEADS Kessel (mayor, syntax, asserted)']);
    expect(stated(graphOfTexts('The award went to the Quentel Corporation editor, Ana Rell, on Monday.'))).toEqual([
      'Ana Rell MEMBER_OF Quentel Corporation (editor, syntax, asserted)',
    ]);
  });

  it('reads the phrase right after a title as its body even where the parser hangs it on the name', () => {
    expect(stated(graphOfTexts('Pim Voss, the current President of the Valdorian Rail Company, wrote a letter.'))).toEqual([
      'Pim Voss LEADS Valdorian Rail Company (president, syntax, asserted)',
    ]);
  });

  it('reads "in B" right after a place as its container even where the parser hangs it on the verb', () => {
    expect(stated(graphOfTexts('At least seven people were killed yesterday, when a bomber crashed at Kessel International Airport in Port Varn, Borovia.'))).toContain(
      'Kessel International Airport LOCATED_IN Port Varn (in, syntax, asserted)',
    );
  });

  it('places no guise or role after "as" ("dressed as the A in B")', () => {
    expect(stated(graphOfTexts('A protestor dressed as the Grim Reaper in Oslo.'))).toEqual([]);
  });

  it('reads a place that owns a body as containing it ("Uruguay\'s Kessel University")', () => {
    expect(stated(graphOfTexts("Scientists from Uruguay's Kessel University reported the findings on Monday."))).toEqual([
      'Kessel University LOCATED_IN Uruguay (\'s, syntax, asserted)',
    ]);
  });

  it('reads a founder as a member of what they founded, and a place that lies in another as located there', () => {
    expect(stated(graphOfTexts('The Quentel Corporation was founded by Ana Rell in 1990.'))).toEqual(['Ana Rell MEMBER_OF Quentel Corporation (found, syntax, asserted)']);
    expect(stated(graphOfTexts('The town of Port Varn lies in Borovia.'))).toEqual(['Port Varn LOCATED_IN Borovia (lie, syntax, asserted)']);
  });

  it('reads a role written before a name as membership of the organisation written before the role', () => {
    expect(stated(graphOfTexts('Gunmen shot Borvik TV cameraman Pim Voss near Oslo.'))).toEqual(['Pim Voss MEMBER_OF Borvik TV (cameraman, syntax, asserted)']);
    // The parser hangs the name on the organisation here; the words still say whose photojournalist it is.
    expect(stated(graphOfTexts('A bombing was reported to have killed Borvik TV photojournalist Pim Voss in the port town of Varn.'))).toContain(
      'Pim Voss MEMBER_OF Borvik TV (photojournalist, syntax, asserted)',
    );
  });

  it('reads no seat that "former" ends, wherever the parser hangs "former", but a former head of a place as having led it', () => {
    expect(stated(graphOfTexts('Former Valdor Party senator Ana Rell was considered.'))).toEqual([]);
    // A former director of an organisation was one of its people.
    expect(stated(graphOfTexts('Pim Voss, the former director of Kessel Bank, praised Ana Rell.'))).toContain('Pim Voss MEMBER_OF Kessel Bank (director, syntax, asserted)');
    expect(stated(graphOfTexts('Pim Voss, a former president of Chile, praised Ana Rell.'))).toEqual(['Pim Voss LEADS Chile (president, syntax, asserted)', 'Pim Voss SUPPORTS Ana Rell (praise, syntax, asserted)']);
  });

  it('reads the role a win made its subject ("A defeated B to become the first C senator"), but not one run for', () => {
    expect(typedOnly('The Morvanic Party met. Karo Tessel defeated Ana Rell to become the first Morvanic senator from Arizona.')).toEqual(['Karo Tessel MEMBER_OF Morvanic Party (asserted)']);
    expect(typedOnly('Karo Tessel defeated Ana Rell to become President of Chile.')).toEqual(['Karo Tessel LEADS Chile (asserted)']);
    expect(typedOnly('Karo Tessel ran to become President of Chile.')).toEqual([]);
  });

  it('reads running or elected "as a" party\'s word for its members as belonging to the party, only as a fact', () => {
    expect(typedOnly('The Morvanic Party met. Karo Tessel ran for Congress as a Morvanic in 2010.')).toEqual(['Karo Tessel MEMBER_OF Morvanic Party (asserted)']);
    expect(typedOnly('The Morvanic Party met. Karo Tessel was re-elected as a Morvanic.')).toEqual(['Karo Tessel MEMBER_OF Morvanic Party (asserted)']);
    expect(typedOnly('The Morvanic Party met. Karo Tessel will run as a Morvanic.')).toEqual([]);
  });

  it('reads the subject of a clause joined by ", but" that the parser hung on the clause before', () => {
    expect(typedOnly('The attack was claimed by the Arn movement in Chile, but both Peru and the United States have alleged Bolivian involvement.')).toEqual([
      'Peru ACCUSES Bolivia (asserted)',
      'United States ACCUSES Bolivia (asserted)',
    ]);
  });

  it('reads a role in a unit of a body ("head of the department of surgery of B", "B\'s department") as one of the body\'s people', () => {
    expect(typedOnly('Otto Brenn, head of the department of surgery of Kessel University, said it was fine.')).toEqual(['Otto Brenn MEMBER_OF Kessel University (asserted)']);
    expect(typedOnly("Otto Brenn, a researcher at the Kessel University's department of physics, said it was fine.")).toEqual(['Otto Brenn MEMBER_OF Kessel University (asserted)']);
  });

  it('reads a party\'s word for its members after a list of people and "all" as each one\'s party', () => {
    expect(typedOnly('The Morvanic Party met. It was co-sponsored by Senators Otto Brenn of Florida, Dana Morel of Utah, and Karo Tessel of Georgia, all Morvanics.')).toEqual([
      'Dana Morel MEMBER_OF Morvanic Party (asserted)',
      'Karo Tessel MEMBER_OF Morvanic Party (asserted)',
      'Otto Brenn MEMBER_OF Morvanic Party (asserted)',
    ]);
    // Titles before the names, and a list the parser splits.
    expect(typedOnly('The Morvanic Party met. Otto Brenn and Dana Morel, Labor Commissioner Karo Tessel and Mayor Ana Rell, all Morvanics.')).toHaveLength(4);
  });

  it('reads the body one acts "on behalf of" as acting too, wherever the parser hung a time after it', () => {
    expect(typedOnly('Otto Brenn filed a lawsuit against Karo Tessel on behalf of the Kessel Senate late Sunday night.')).toEqual([
      'Kessel Senate ACCUSES Karo Tessel (asserted)',
      'Otto Brenn ACCUSES Karo Tessel (asserted)',
    ]);
  });

  it('reads a name the parser took for an oblique without a preposition before a verb with no subject as its subject', () => {
    expect(typedOnly('On Monday the Kessel Party attacked Chile.')).toEqual(['Kessel Party ATTACKS Chile (asserted)']);
  });

  it('gives a city a mayor but no chancellor', () => {
    expect(stated(graphOfTexts("The news was confirmed by Bergen's mayor, Ana Rell."))).toEqual(['Ana Rell LEADS Bergen (mayor, syntax, asserted)']);
    expect(stated(graphOfTexts("The news was confirmed by Bergen's chancellor, Ana Rell."))).toEqual([]);
  });

  it('reads whoever is yet to leave a party as its member, but neither a departure that happened nor a union of states', () => {
    expect(stated(graphOfTexts('Ana Rell urged Senator Karo Tessel to quit the Valdor Party.'))).toContain('Karo Tessel MEMBER_OF Valdor Party (quit, syntax, asserted)');
    expect(stated(graphOfTexts('Minister Karo Tessel was expected to leave the Northern Union.'))).toEqual(['Karo Tessel WITHDREW_FROM Northern Union (leave, syntax, planned)']);
    expect(stated(graphOfTexts('Senator Karo Tessel left the Valdor Party in May.'))).toEqual(['Karo Tessel WITHDREW_FROM Valdor Party (leave, syntax, asserted)']);
  });

  it('reads a verdict against what a court judges as rejecting it, but not a verdict it did not give', () => {
    expect(stated(graphOfTexts('The Valdor High Court ruled the Varn Act unconstitutional.'))).toEqual(['Valdor High Court REJECTS Varn Act (unconstitutional, syntax, asserted)']);
    expect(stated(graphOfTexts('The Valdor High Court ruled that the Varn Act was unconstitutional.'))).toEqual([
      'Valdor High Court REJECTS Varn Act (unconstitutional, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('The Valdor High Court did not rule the Varn Act unconstitutional.'))).toEqual([]);
  });

  it('reads "the A airframe company" as A, and "an A mission" as A (a body sent is its sender)', () => {
    expect(stated(graphOfTexts('The Kessel Motors car company is collaborating with Varn University.'))).toEqual([
      'Kessel Motors COOPERATES_WITH Varn University (collaborate, syntax, asserted)',
    ]);
    expect(typedOnly('A Kessel Fund mission held talks with Peru on Monday.')).toEqual(['Peru NEGOTIATES_WITH Kessel Fund (asserted)']);
  });

  it('gives "of B" to the name it follows, even where the parser hangs it on an earlier name', () => {
    const study = 'The study was a collaborative project between Ana Rell of the Kessel School of Marine and Atmospheric Science at the University of Varn and Pim Voss of Borvik Shark Expeditions.';
    expect(stated(graphOfTexts(study))).toContain('Ana Rell MEMBER_OF Kessel School of Marine and Atmospheric Science (of, syntax, asserted)');
    expect(stated(graphOfTexts(study))).not.toContain('Ana Rell MEMBER_OF Borvik Shark Expeditions (of, syntax, asserted)');
  });

  it('reads an "agent" without "by" as the object of an active verb the parser took for a participle', () => {
    // Parsed as "Ana Rell, invited [by] Pim Voss": the invitation must still go from Ana Rell to Pim Voss.
    expect(stated(graphOfTexts('Ana Rell invited Pim Voss to appear on her show.'))).toEqual(['Ana Rell REQUESTS Pim Voss (invite, syntax, asserted)']);
  });

  it('reads a minority leader as a member of the body, not its leader', () => {
    expect(stated(graphOfTexts('Ana Rell, the Valdor Senate minority leader, told reporters the bill would fail.'))).toEqual([
      'Ana Rell MEMBER_OF Valdor Senate (leader, syntax, asserted)',
    ]);
  });

  it('reads a leader\'s title with a complement as leading the complement, not the name before the title', () => {
    expect(stated(graphOfTexts('Ana Rell, the Kessel Party chairman of the Varn Committee, spoke.'))).toEqual(['Ana Rell LEADS Varn Committee (chairman, syntax, asserted)']);
  });

  it('reads a description with "a" that the parser took for a conjunct ("A, a founding B member")', () => {
    expect(stated(graphOfTexts('Voss, a founding Civic Front member, is from Bergen.'))).toEqual(['Voss MEMBER_OF Civic Front (member, syntax, asserted)']);
  });

  it('places a name in the place after it across an acronym in brackets ("A (AU) in C")', () => {
    expect(stated(graphOfTexts('Researchers from Kessel State University (KSU) in Chile reported the invention.'))).toEqual([
      'Kessel State University LOCATED_IN Chile (in, syntax, asserted)',
    ]);
  });

  it('places a place described as a place noun where the noun is placed ("A, a city in B", "A is the largest B city"), not a sister city', () => {
    expect(stated(graphOfTexts('Bergen, a city in Norway, hosted the talks.'))).toEqual(['Bergen LOCATED_IN Norway (city, syntax, asserted)']);
    expect(stated(graphOfTexts('Bergen is the largest Norwegian city.'))).toEqual(['Bergen LOCATED_IN Norway (city, syntax, asserted)']);
    expect(stated(graphOfTexts('Bergen is a sister city of Hordaland.'))).toEqual([]);
    // A capitalised "State" is a name's own word, not a description.
    expect(stated(graphOfTexts('The militant organisation, the Islamic State of Valdoria and the Levant, claimed responsibility.'))).toEqual([]);
  });

  it('reads a coalition a country leads as that country, with a past tense the parser took for a participle', () => {
    expect(stated(graphOfTexts('A Kenyan-led coalition attacked Somalia on Monday.'))).toEqual(['Kenya ATTACKS Somalia (attack, syntax, asserted)']);
    expect(stated(graphOfTexts('The government of Chile was established in 2003 after a U.S.-led coalition ousted Karo Tessel.'))).toContain(
      'United States COERCES Karo Tessel (oust, syntax, asserted)',
    );
    expect(stated(graphOfTexts('The government was established after a Peru-led coalition ousted Karo Tessel.'))).toEqual([
      'Peru COERCES Karo Tessel (oust, syntax, asserted)',
    ]);
  });

  it('reads a stance an adjective states ("A is critical of B", "A was opposed to B"), unless negated', () => {
    expect(stated(graphOfTexts('Karo Tessel has been highly critical of Chile.'))).toEqual(['Karo Tessel CRITICIZES Chile (critical, syntax, asserted)']);
    expect(stated(graphOfTexts('Karo Tessel was opposed to the Varn Accord.'))).toEqual(['Karo Tessel CRITICIZES Varn Accord (oppose, syntax, asserted)']);
    expect(stated(graphOfTexts('Karo Tessel was not critical of Chile.'))).toEqual([]);
  });

  it('reads a territory of a state as part of it', () => {
    expect(stated(graphOfTexts('Kessel Islands is an unincorporated Chilean territory but not a state.'))).toEqual([
      'Kessel Islands PART_OF Chile (territory, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('Ana Rell was born in 1924 in Kutra, Norway, when the country was a Chilean colony called Southern Varn.'))).not.toContain(
      'Kutra PART_OF Chile (colony, syntax, asserted)',
    );
  });

  it('reads a participle after a comma that describes no name as said of the clause\'s subject', () => {
    expect(stated(graphOfTexts('In 1982 Karo Tessel successfully ran to be a state delegate, joining the Valdor General Assembly in 1983.'))).toEqual([
      'Karo Tessel MEMBER_OF Valdor General Assembly (join, syntax, asserted)',
    ]);
    // A win is stated, but no attack.
    expect(stated(graphOfTexts("Karo Tessel won the race, beating Chile's Ana Rell."))).toEqual(['Karo Tessel RELATED_TO Ana Rell (beat, syntax, asserted)']);
  });

  it('reads a role taken "as" a title however deep the parser hangs it', () => {
    expect(stated(graphOfTexts('In 1995, Karo Tessel was elected to his first of two terms as President of Chile.'))).toEqual([
      'Karo Tessel LEADS Chile (president, syntax, asserted)',
    ]);
  });

  it('reads serving in and playing for a body as membership, working or aligning with as cooperation, fighting against as attack, and returning from a place as no visit', () => {
    expect(stated(graphOfTexts('Karo Tessel served in the Valdor Navy for ten years.'))).toEqual(['Karo Tessel MEMBER_OF Valdor Navy (serve, syntax, asserted)']);
    expect(stated(graphOfTexts('Ana Rell played for Kessel United until 2010.'))).toEqual(['Ana Rell MEMBER_OF Kessel United (play, syntax, asserted)']);
    expect(stated(graphOfTexts('Chile worked with Peru on the plan.'))).toEqual(['Chile COOPERATES_WITH Peru (work, syntax, asserted)']);
    expect(stated(graphOfTexts('Chile will now align with Peru.'))).toEqual(['Chile COOPERATES_WITH Peru (align, syntax, planned)']);
    expect(stated(graphOfTexts('The Valdor Front fought against the Kessel Army in May.'))).toEqual(['Valdor Front ATTACKS Kessel Army (fight, syntax, asserted)']);
    // Coming back from a place is no visit to it.
    expect(stated(graphOfTexts('Karo Tessel will return next week from Bermuda.'))).toEqual(['Karo Tessel RELATED_TO Bermuda (return from, syntax, planned)']);
  });

  it('reads an event a verb carries out ("imposed sanctions on B", "filed a lawsuit against B"), on whoever owns what it acts on', () => {
    expect(stated(graphOfTexts('Chile imposed sanctions on Peru.'))).toEqual(['Chile SANCTIONS Peru (sanction, syntax, asserted)']);
    expect(stated(graphOfTexts('Chile imposed tariffs on Peru.'))).toEqual(['Chile SANCTIONS Peru (tariff, syntax, asserted)']);
    expect(stated(graphOfTexts('Ana Rell filed a lawsuit against Karo Tessel.'))).toEqual(['Ana Rell ACCUSES Karo Tessel (lawsuit, syntax, asserted)']);
    expect(stated(graphOfTexts("Chile announced a ban on Peru's exports."))).toEqual(['Chile SANCTIONS Peru (ban, syntax, asserted)']);
  });

  it('reads joining a coalition an actor leads or formed as cooperating with that actor', () => {
    expect(stated(graphOfTexts('Chile joined the Peru-led coalition in May.'))).toEqual(['Chile COOPERATES_WITH Peru (join, syntax, asserted)']);
    expect(stated(graphOfTexts('Peru formed a naval coalition, which was joined by Chile and Bolivia.'))).toEqual([
      'Bolivia COOPERATES_WITH Peru (join, syntax, asserted)',
      'Chile COOPERATES_WITH Peru (join, syntax, asserted)',
    ]);
  });

  it('keeps a list whose "and" the parser hung on a later item ("A, B, C, the D and E")', () => {
    const found = stated(graphOfTexts('Peru announced a naval coalition to patrol the Kessel Strait which was joined by Chile, Bolivia, Norway, the Valdorian Republic and Sweden.'));
    expect(found).toContain('Chile COOPERATES_WITH Peru (join, syntax, asserted)');
    expect(found).toContain('Bolivia COOPERATES_WITH Peru (join, syntax, asserted)');
  });

  it('reads an inflected verb the parser joined to an urged infinitive as the urging subject\'s own act', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel urged the embassy to reconsider and spoke with Senator Ana Rell about the case.'))).toEqual([
      'Ana Rell NEGOTIATES_WITH Karo Tessel (speak, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('Karo Tessel urged Chile to withdraw and to negotiate with Peru.'))).toContain('Chile NEGOTIATES_WITH Peru (negotiate, syntax, demanded)');
  });

  it('reads an organisation described as a part of another as part of it ("A, the armed wing of B")', () => {
    expect(stated(graphOfTexts('The Kessel Brigade, the armed wing of the Valdor Front, claimed the attack.'))).toEqual([
      'Kessel Brigade PART_OF Valdor Front (wing, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('Kessel Motors, a subsidiary of the Valdor Mining Company, built the plane.'))).toEqual([
      'Kessel Motors PART_OF Valdor Mining Company (subsidiary, syntax, asserted)',
    ]);
  });

  it('keeps a founder a member after death or leaving, where "late" or "former" ends other roles', () => {
    expect(stated(graphOfTexts('Karo Tessel, son of the late Valdor Front founder Pim Voss, has been killed.'))).toEqual([
      'Pim Voss MEMBER_OF Valdor Front (founder, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('Former Valdor Front spokesman Pim Voss spoke on Monday.'))).toEqual([]);
  });

  it('reads an event noun whose participle names its agent: "a lawsuit filed by A against B"', () => {
    expect(stated(graphOfTexts('A lawsuit filed by Ana Rell against the Quentel Corporation was dismissed on Monday.'))).toEqual([
      'Ana Rell ACCUSES Quentel Corporation (lawsuit, syntax, asserted)',
    ]);
  });

  it('reads a symmetric relation between a passive\'s patient and the party after its preposition ("B, which is linked to C")', () => {
    expect(stated(graphOfTexts('The Valdorian Liberation Front, which is linked to the Borvik Mining Company, claimed responsibility.'))).toEqual([
      'Borvik Mining Company COOPERATES_WITH Valdorian Liberation Front (link, syntax, asserted)',
    ]);
  });

  it('reads a description that names an act on another: "A, a critic of B", "A is an ally of B"', () => {
    expect(stated(graphOfTexts('Senator Ana Rell, a fierce critic of Governor Pim Voss, spoke on Monday.'))).toEqual(['Ana Rell CRITICIZES Pim Voss (critic, syntax, asserted)']);
    expect(stated(graphOfTexts('Chile is a close ally of Peru.'))).toEqual(['Chile COOPERATES_WITH Peru (ally, syntax, asserted)']);
  });

  it('reads "A, the governor of B, who …" with A, not B, as the one the relative clause is about', () => {
    expect(typedOnly('Lio Brandt, a senator from Texas, who criticized Peru, resigned.')).toEqual(['Lio Brandt CRITICIZES Peru (asserted)']);
    expect(typedOnly('The vote depends on Representative Lio Brandt, Democrat of Arkansas, who has been siding with Speaker Ana Rell\'s forces.')).toEqual(['Lio Brandt SUPPORTS Ana Rell (asserted)']);
  });

  it('reads "A, who was visiting B" with A as the visitor even where the parser hangs the clause on the main verb', () => {
    expect(stated(graphOfTexts('Karo Tessel, who was visiting the town of Pellmoor in the province of Arkady, survived the attack.'))).toContain(
      'Karo Tessel VISITS Pellmoor (visit, syntax, asserted)',
    );
  });

  it('reads a capital a mayor runs, or one named as a town, as the city, while the capital alone still stands for its country', () => {
    const graph = graphOfTexts('The mayor of Oslo, Tamsin Rook, spoke on Monday. Oslo said it would send aid to Chile.');
    expect(stated(graph).filter((r) => r.startsWith('Tamsin Rook LEADS'))).toEqual(['Tamsin Rook LEADS Oslo (mayor, syntax, asserted)']);
    expect(graph.filterNodes((_k, a) => a.label === 'Norway' && a.type === 'Country')).toHaveLength(1);
    expect(graph.filterNodes((_k, a) => a.label === 'Oslo').map((k) => graph.getNodeAttribute(k, 'type'))).toEqual(['City']);
    // A capital's name given to a town elsewhere ("the town of A") is that town.
    expect(stated(graphOfTexts('Flooding hit the town of Lisbon in Chile on Monday.'))).toEqual(['Lisbon LOCATED_IN Chile (in, syntax, asserted)']);
  });

  it('reads a capital followed by where it lies ("A, B") or after "capital" ("the B capital A") as the city', () => {
    expect(typedOnly('The summit opened in Tegucigalpa, Honduras, on Monday.')).toEqual(['Tegucigalpa LOCATED_IN Honduras (asserted)']);
    // A town named after a capital, in a region; not a capital before another country, which lists two.
    expect(typedOnly('He studied in Ottawa, Illinois, for a year.')).toEqual(['Ottawa LOCATED_IN Illinois (asserted)']);
    expect(typedOnly('Talks were held in Tegucigalpa, Chile and Peru.')).toEqual([]);
    expect(typedOnly('Protests spread in the Mongolian capital Ulaanbaatar on Monday.')).toEqual(['Ulaanbaatar LOCATED_IN Mongolia (asserted)']);
    expect(typedOnly('Two men were killed at Tarn station in the Peruvian capital Lima on Monday.')).toContain('Lima LOCATED_IN Peru (asserted)');
    expect(typedOnly("Protests spread in Mongolia's capital Ulaanbaatar on Monday.")).toEqual(['Ulaanbaatar LOCATED_IN Mongolia (asserted)']);
  });

  it('reads a capital a named place is said to be in ("the Kessel Hall in A", "based in A") as the city, but "talks in A" as its country', () => {
    expect(typedOnly('Two men were stabbed at the Kessel Hall in Lima on Friday.')).toEqual(['Kessel Hall LOCATED_IN Lima (asserted)']);
    expect(typedOnly('The Kessel Trust is based in Lima.')).toEqual(['Kessel Trust LOCATED_IN Lima (asserted)']);
    expect(typedOnly('Chile held talks in Lima on Friday.')).toEqual([]);
  });

  it('reads a capital described as one after its comma ("A, the B capital") or as the city a suburb lies in as the city', () => {
    expect(typedOnly('A plane crashed into houses near Ulaanbaatar, the Mongolian capital, on Monday.')).toEqual(['Ulaanbaatar LOCATED_IN Mongolia (asserted)']);
    expect(typedOnly('He lived in Tessmoor, a suburb of Tegucigalpa.')).toEqual(['Tessmoor LOCATED_IN Tegucigalpa (asserted)']);
    // Two cities otherwise never contain each other, and a suburb lies in nothing but a city.
    expect(typedOnly('He lived in Tessmoor, a city near Tegucigalpa.')).toEqual([]);
    expect(typedOnly('Kesselry was a mere suburb of Arnhold Review, the arch-enemy.')).toEqual([]);
  });

  it('reads "A, in northern B" closing a clause as A in B, but not a list of places or a time', () => {
    expect(typedOnly('Protests are not reported in Mosvar, in northern Chile.')).toEqual(['Mosvar LOCATED_IN Chile (asserted)']);
    expect(typedOnly('Rallies were held in Peru, in Chile and in Bolivia.')).toEqual([]);
    expect(typedOnly('Rallies were held in Tessmoor, in May.')).toEqual([]);
    // Where the name is no place something is at, "in B" is where the sentence's actor is.
    expect(typedOnly('We sailed some 700 miles west of Tessmoor, in the Arn Archipelago.')).toEqual([]);
  });

  it('places a name before the kind of building it names ("A station in B", "the A cathedral in the B capital C")', () => {
    expect(typedOnly('Two men were killed at Tarn station in Arica on Monday.')).toEqual(['Tarn LOCATED_IN Arica (asserted)']);
    expect(typedOnly('Two men were killed at Tarn station in the Peruvian capital Lima on Monday.')).toEqual(['Lima LOCATED_IN Peru (asserted)', 'Tarn LOCATED_IN Lima (asserted)']);
    expect(typedOnly('The Kessel Bank account in Chile was frozen.')).toEqual([]);
  });

  it('places every item of a list of places in the place after the list ("the towns of A, B, C, and D in E")', () => {
    expect(typedOnly('Patients came from the towns of Lagorn, Vessik, Dunmarra, and Kettow in Chile.')).toEqual([
      'Dunmarra LOCATED_IN Chile (asserted)',
      'Kettow LOCATED_IN Chile (asserted)',
      'Lagorn LOCATED_IN Chile (asserted)',
      'Vessik LOCATED_IN Chile (asserted)',
    ]);
    expect(typedOnly('Flooding hit Arica, Iquique and Calama in Chile.')).toHaveLength(3);
    expect(typedOnly('Flooding hit Arica in Peru and Calama in Chile.')).toEqual(['Arica LOCATED_IN Peru (asserted)', 'Calama LOCATED_IN Chile (asserted)']);
    // A chain of commas is as often an address: its person stays a person.
    expect(typedOnly('The mare is owned by Voss, Arica, Chile, who can feel proud of her.')).toEqual(['Arica LOCATED_IN Chile (asserted)']);
    // A name the parser joined to a common noun is in no list: the meeting is in Arica, not the society.
    expect(typedOnly('Two studies were presented at the annual meeting of the Kessel Society for Chemistry and Molecular Biology in Arica, Chile.')).toEqual([
      'Arica LOCATED_IN Chile (asserted)',
    ]);
  });

  it('reads a leader\'s title limited to a field ("B\'s editorial director, A") as one of B\'s people, not its leader', () => {
    expect(typedOnly("The Kessel Times's editorial director, Ana Rell, said so.")).toEqual(['Ana Rell MEMBER_OF Kessel Times (asserted)']);
    expect(typedOnly('Ana Rell, the marketing director of Kessel Bank, said so.')).toEqual(['Ana Rell MEMBER_OF Kessel Bank (asserted)']);
    expect(typedOnly('Ana Rell, the director of Kessel Bank, said so.')).toEqual(['Ana Rell LEADS Kessel Bank (asserted)']);
  });

  it('reads "A is in B" as a place in a place or a member of a body, but not a patient in a hospital nor what is negated', () => {
    expect(typedOnly('Arica is in Chile.')).toEqual(['Arica LOCATED_IN Chile (asserted)']);
    expect(typedOnly('Pim Voss and Ana Rell were subsequently in another supergroup Kessel Faith with Lio Brandt.')).toEqual([
      'Ana Rell MEMBER_OF Kessel Faith (asserted)',
      'Pim Voss MEMBER_OF Kessel Faith (asserted)',
    ]);
    expect(typedOnly('Pim Voss was in the Kessel Hospital.')).toEqual([]);
    expect(typedOnly('Pim Voss was not in the Zenith Party.')).toEqual([]);
    expect(typedOnly('Arica will be in Chile.')).toEqual([]);
    expect(typedOnly('Pim Voss has been in the Zenith Party since 2004.')).toEqual(['Pim Voss MEMBER_OF Zenith Party (asserted)']);
  });

  it('reads "one of the founders of B" as describing its subject or the name it is in apposition to, and "one of the leaders" as a member', () => {
    expect(typedOnly('Pim Voss is one of the founders of Kessel Bank.')).toEqual(['Pim Voss MEMBER_OF Kessel Bank (asserted)']);
    expect(typedOnly('Pim Voss, one of the leaders of the Zenith Party, spoke.')).toEqual(['Pim Voss MEMBER_OF Zenith Party (asserted)']);
    expect(typedOnly('Pim Voss is one of the critics of Kessel Bank.')).toEqual(['Pim Voss CRITICIZES Kessel Bank (asserted)']);
  });

  it('reads recognising a state\'s independence or government as support, as PLOVER codes diplomatic recognition, but not recognising a face', () => {
    expect(typedOnly("Chile recognized Montenegro's independence in May.")).toEqual(['Chile SUPPORTS Montenegro (asserted)']);
    expect(typedOnly('Ana Rell recognized Pim Voss in the crowd.')).toEqual([]);
  });

  it('reads confirming or approving a candidacy as supporting the candidate, but not confirming what was said', () => {
    expect(typedOnly("The Kessel Assembly confirmed Pim Voss's nomination on Friday.")).toEqual(['Kessel Assembly SUPPORTS Pim Voss (asserted)']);
    expect(typedOnly("The Kessel Assembly approved Pim Voss's appointment.")).toEqual(['Kessel Assembly SUPPORTS Pim Voss (asserted)']);
    expect(typedOnly("Kessel Bank confirmed Pim Voss's report.")).toEqual([]);
  });

  it('reads serving at or with a body, and playing in a band the parser took for a subject, as membership', () => {
    expect(typedOnly('Pim Voss served at Kessel Bank for ten years.')).toEqual(['Pim Voss MEMBER_OF Kessel Bank (asserted)']);
    expect(typedOnly('Pim Voss served with the Kessel Guard in the war.')).toEqual(['Pim Voss MEMBER_OF Kessel Guard (asserted)']);
    expect(typedOnly('Pim Voss played in the band Kessel Brothers.')).toEqual(['Pim Voss MEMBER_OF Kessel Brothers (asserted)']);
  });

  it('reads "B deputy director A praised C", which the parser takes for a list without "and", with A as the subject', () => {
    expect(typedOnly('Kessel Bank deputy director Pim Voss praised Ana Rell.')).toEqual(['Pim Voss MEMBER_OF Kessel Bank (asserted)', 'Pim Voss SUPPORTS Ana Rell (asserted)']);
  });

  it('reads a body named as a person\'s ("A\'s Kessel Party") as one the person belongs to, but not a body\'s name before a noun', () => {
    expect(typedOnly("Voters backed Dorin Vasko's Kessel Movement in May.")).toEqual(['Dorin Vasko MEMBER_OF Kessel Movement (asserted)']);
    expect(typedOnly("Later, he recorded with Dorin Vasko's Kessel Orchestra.")).toEqual(['Dorin Vasko MEMBER_OF Kessel Orchestra (asserted)']);
    expect(typedOnly("Dorin Vasko's Kessel Bank account was frozen.")).toEqual([]);
  });

  it('reads a party named by its adjective and "party" in lower case as the party ("leave the Libertarian party")', () => {
    const graph = graphOfTexts('Senator Karo Tessel was expected to leave the Libertarian party. The Libertarian Party has ruled Valdoria for years.');
    expect(stated(graph)).toContain('Karo Tessel WITHDREW_FROM Libertarian Party (leave, syntax, planned)');
    expect(graph.filterNodes((_k, a) => /^libertarian party$/i.test(a.label as string))).toHaveLength(1);
  });

  it('reads no container in the next item of a list ("21 in A, 36 in B"), but one after a list of names ("A, B and C in D")', () => {
    const list = graphOfTexts('The report counted 21 injured individuals in Tessel Province, 36 in Arkady Province, 29 in Varn Province and seven in Pellmoor City.');
    expect(stated(list).filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
    const towns = graphOfTexts('The trial enrolled patients from the towns of Pellmoor, Varnhold and Tesselby in Valdoria.');
    expect(stated(towns).filter((r) => r.startsWith('Pellmoor'))).toEqual(['Pellmoor LOCATED_IN Valdoria (in, syntax, asserted)']);
  });

  it('reads a stand-in noun as its owner even where the noun is also a key concept ("the Chilean government")', () => {
    const graph = graphOfTexts(
      'The Chilean government would pressure the Peruvian government to reopen the border.',
      'The government of Belize raised taxes on Monday.',
      'Critics said the government had failed, and the government denied it.',
      'The government closed schools after the storm.',
    );
    expect(graph.mapNodes((_k, a) => a.label)).toContain('government');
    expect(stated(graph)).toEqual(['Chile REQUESTS Peru (pressure, syntax, hypothetical)']);
  });

  it('reads no symmetric relation of a subject with parties "between B and C", but mediation between them', () => {
    expect(stated(graphOfTexts('Minister Karo Tessel spoke between Chile and Peru.'))).toEqual([]);
    expect(stated(graphOfTexts('Minister Karo Tessel mediated between Chile and Peru.'))).toEqual([
      'Karo Tessel MEDIATES Chile (mediate, syntax, asserted)',
      'Karo Tessel MEDIATES Peru (mediate, syntax, asserted)',
    ]);
  });

  it('reads a role a subject takes or holds ("became president of B", "was elected president of B", "served as mayor of B"), but not one left or yet to come', () => {
    const leads = (text: string) => stated(graphOfTexts(text)).filter((r) => r.includes(' LEADS '));
    expect(leads('Senator Karo Tessel became president of Chile in 1980.')).toEqual(['Karo Tessel LEADS Chile (president, syntax, asserted)']);
    expect(leads('Senator Karo Tessel was elected president of Chile in 2010.')).toEqual(['Karo Tessel LEADS Chile (president, syntax, asserted)']);
    expect(leads('Senator Karo Tessel served as president of Chile from 2001 to 2009.')).toEqual(['Karo Tessel LEADS Chile (president, syntax, asserted)']);
    expect(leads('Senator Karo Tessel resigned as president of Chile.')).toEqual([]);
    expect(leads('Senator Karo Tessel will become president of Chile.')).toEqual([]);
    // A capitalised title after "became" may be read as its object.
    expect(leads('Ana Rell became President of the Kessel Assembly.')).toEqual(['Ana Rell LEADS Kessel Assembly (president, syntax, asserted)']);
  });

  it('reads the place something is based in as containing it ("the Chile-based A", "A, a Chile-based firm")', () => {
    expect(stated(graphOfTexts('The Chile-based Arkady Mining Company denied the claims.'))).toEqual(['Arkady Mining Company LOCATED_IN Chile (based, syntax, asserted)']);
    expect(stated(graphOfTexts('Arkady Mining, a Chile-based firm, denied the claims.'))).toEqual(['Arkady Mining LOCATED_IN Chile (based, syntax, asserted)']);
  });

  it('reads one who works for, teaches at or serves on a body as its member', () => {
    expect(stated(graphOfTexts('Senator Karo Tessel worked for the Arkady Mining Company and served on the Valdorian Council.'))).toEqual([
      'Karo Tessel MEMBER_OF Arkady Mining Company (work, syntax, asserted)',
      'Karo Tessel MEMBER_OF Valdorian Council (serve, syntax, asserted)',
    ]);
    expect(stated(graphOfTexts('Karo Tessel taught history at the University of Marlow for ten years.'))).toEqual(['Karo Tessel MEMBER_OF University of Marlow (teach, syntax, asserted)']);
  });

  it('gives every coordinated subject the role after "are": "A and B are members of C"', () => {
    expect(stated(graphOfTexts('Karo Tessel and Tamsin Rook are members of the Valdorian Parliament.'))).toEqual([
      'Karo Tessel MEMBER_OF Valdorian Parliament (member, syntax, asserted)',
      'Tamsin Rook MEMBER_OF Valdorian Parliament (member, syntax, asserted)',
    ]);
  });

  it('reads one elected or appointed to a body as its member, in a passive or a participle\'s clause', () => {
    const member = ['Karo Tessel MEMBER_OF Valdorian Senate (elect, syntax, asserted)'];
    expect(stated(graphOfTexts('Karo Tessel was elected to the Valdorian Senate in 2004.'))).toEqual(member);
    expect(stated(graphOfTexts('Karo Tessel, first elected to the Valdorian Senate in 1996, was born in Pellmoor.'))).toEqual(member);
    expect(stated(graphOfTexts('Elected to the Valdorian Senate in 1996, Karo Tessel served for decades.'))).toEqual(member);
  });

  it('reads a nationality as its country where event data would: "Chilean police arrested Peruvian activists"', () => {
    expect(typedOnly('Chilean police arrested three Peruvian activists on Tuesday.')).toEqual(['Chile COERCES Peru (asserted)']);
    expect(typedOnly('The Ecuadorian president met the Bolivian prime minister in Quito.')).toEqual(['Bolivia MEETS Ecuador (asserted)']);
    expect(typedOnly('Malaysia arrested a Laotian man over the killing.')).toEqual(['Malaysia COERCES Laos (asserted)']);
    // A city's or a region's people are not its acts: "a Kessel man".
    expect(typedOnly('Judge Karo Tessel sentenced Oregon man Pim Voss to prison.')).toEqual(['Karo Tessel COERCES Pim Voss (asserted)']);
  });

  it('reads who issued a request, a decision or an accusation after "from" or "by" as its owner', () => {
    expect(typedOnly('Uruguay rejected a request from Paraguay to extradite the suspect.')).toEqual(['Uruguay REJECTS Paraguay (asserted)']);
    expect(typedOnly('Chile welcomed the decision by Peru to release the prisoners.')).toEqual(['Chile SUPPORTS Peru (asserted)']);
    // Not any noun's: "a car from Peru" is not Peru's.
    expect(typedOnly('Chile seized a car from Peru.')).toEqual([]);
  });

  it('reads a passive subject the parser gave a verb with an object and no passive auxiliary as its subject', () => {
    expect(typedOnly('Chad accused Denmark.')).toEqual(['Chad ACCUSES Denmark (asserted)']);
    expect(typedOnly('Chilean prosecutors charged three Peruvian nationals with smuggling.')).toEqual(['Chile ACCUSES Peru (asserted)']);
  });

  it('reads a clause of purpose as its verb\'s subject\'s plan, and what one "went on to" do as done', () => {
    // (The deployment itself is done: forces sent to fight a party are mobilised against it.)
    expect(typedOnly('Uganda deployed soldiers to the northern region to fight the Valdorian Liberation Front.')).toEqual(['Uganda ATTACKS Valdorian Liberation Front (planned)', 'Uganda MOBILIZES_AGAINST Valdorian Liberation Front (asserted)']);
    expect(typedOnly('Ana Rell was born in Pellmoor. She went on to serve in the Valdorian Senate for ten years.')).toContain('Ana Rell MEMBER_OF Valdorian Senate (asserted)');
    // After a comma the purpose is the main clause's, not its complement's.
    expect(typedOnly('Chile pressed Peru to open an inquiry, in order to help Bolivia.')).toEqual(['Chile AIDS Bolivia (planned)', 'Chile REQUESTS Peru (asserted)']);
  });

  it('reads a demand that another do something as a request of the other, not a claim about it', () => {
    expect(typedOnly('Armenia demanded that Azerbaijan release the captured soldiers.')).toEqual(['Armenia REQUESTS Azerbaijan (asserted)']);
    expect(typedOnly('Armenia insisted that Azerbaijan was wrong.')).toEqual([]);
  });

  it('reads an investigation into people, or into what a party did or runs, as accusing the party, not one into its dead', () => {
    expect(typedOnly("Chile opened an investigation into officers of Peru's police.")).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly("Chile opened an investigation into the conduct of officers from Peru's police.")).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly("Chile opened an investigation into the financing of the Velt Party's election campaign.")).toEqual(['Chile ACCUSES Velt Party (asserted)']);
    expect(typedOnly("Chile opened an investigation into the burial of officers from Peru's police.")).toEqual([]);
  });

  it('reads dropping a demand that another act, or for what only the other can give, as conceding to the other', () => {
    expect(typedOnly('Chile dropped its demand that Peru scrap entry stickers.')).toEqual(['Chile CONCEDES_TO Peru (asserted)']);
    expect(typedOnly("Chile withdrew its demand for Peru's apology.")).toEqual(['Chile CONCEDES_TO Peru (asserted)']);
    expect(typedOnly("Chile withdrew its demand for Peru's maps.")).toEqual([]);
  });

  it('reads an apology as a concession (the PLOVER manual\'s "regret"), a grant or pledge to another as aid, a rally against as protest, a protest to a government as criticism, a veto as rejection, persuading as asking, administering as nothing', () => {
    expect(typedOnly('Chile apologized to Peru for the incident.')).toEqual(['Chile CONCEDES_TO Peru (asserted)']);
    expect(typedOnly('Ecuador granted asylum to the Bolivian journalist.')).toEqual(['Ecuador AIDS Bolivia (asserted)']);
    expect(typedOnly('Vietnam protested to Cambodia over the seizure of a fishing boat.')).toEqual(['Vietnam CRITICIZES Cambodia (asserted)']);
    expect(typedOnly('Peru vetoed Chile\'s proposal.')).toEqual(['Peru REJECTS Chile (asserted)']);
    expect(typedOnly('Karo Tessel persuaded Ana Rell to stay.')).toEqual(['Karo Tessel REQUESTS Ana Rell (asserted)']);
    expect(typedOnly('At first the Chilean crown administered Patagonia as its own property.')).toEqual([]);
  });

  it('reads a nation\'s ships, aircraft and monarch as the nation ("Chilean warships intercepted a Peruvian submarine")', () => {
    expect(typedOnly('Danish warships intercepted a Finnish submarine in the Baltic Sea.')).toEqual(['Denmark COERCES Finland (asserted)']);
    // A ship's kind may end like a person's noun ("tanker", "trawler"), singular too.
    expect(typedOnly('Denmark seized a Finnish tanker in the Baltic Sea.')).toEqual(['Denmark COERCES Finland (asserted)']);
    expect(typedOnly('Indonesia seized three Malaysian fishing vessels.')).toEqual(['Indonesia COERCES Malaysia (asserted)']);
    expect(typedOnly('Morocco\'s king hosted the Spanish prime minister.')).toEqual(['Morocco HOSTS Spain (asserted)']);
  });

  it('reads stones thrown at another as an attack, aid or a protest offered or lodged as the event noun says (aid offered is not yet given)', () => {
    expect(typedOnly('Chilean youths threw stones at Peruvian soldiers.')).toEqual(['Chile ATTACKS Peru (asserted)']);
    expect(typedOnly('Denmark offered humanitarian assistance to Greenland.')).toEqual(['Denmark AIDS Greenland (hypothetical)']);
    expect(typedOnly('Japan lodged a protest with Vietnam over the incident.')).toEqual(['Japan CRITICIZES Vietnam (asserted)']);
  });

  it('reads one who acts after talks or under a deal with another as party to them, but not to an attack', () => {
    expect(typedOnly('Chile withdrew its troops after talks with Peru.')).toEqual(['Chile NEGOTIATES_WITH Peru (asserted)']);
    expect(typedOnly('Chile withdrew after an attack on Peru.')).toEqual([]);
  });

  it('reads "it" after a verb of saying as the country or organisation that says it', () => {
    expect(typedOnly('Peru said it would impose sanctions on Chile if the talks failed.')).toEqual(['Peru THREATENS Chile (asserted)']);
    expect(typedOnly('Peru said it would impose sanctions on Chile.')).toEqual(['Peru SANCTIONS Chile (hypothetical)']);
  });

  it('reads no pair of a symmetric event from two subjects the parser gave one verb', () => {
    expect(typedOnly('Today, Chief Executive of Valdoria Ana Rell delivered her annual policy speech.')).toEqual([]);
  });

  it('reads undoing sanctions as a release, easing restrictions as a concession and undoing cooperation as a sanction ("lifted sanctions on B", "suspended cooperation with B")', () => {
    expect(typedOnly('Peru lifted sanctions on Ecuador.')).toEqual(['Peru RELEASES Ecuador (asserted)']);
    // (Restrictions on trade are economic sanctions, whose easing PLOVER codes as RETREAT, CAMEO 085.)
    expect(typedOnly('Uruguay eased restrictions on Chilean imports.')).toEqual(['Uruguay RELEASES Chile (asserted)']);
    expect(typedOnly('Bolivia suspended cooperation with the Andean Community.')).toEqual(['Bolivia SANCTIONS Andean Community (asserted)']);
  });

  it('reads a count of people as the people counted, and a past tense under a noun that heads the sentence as its verb', () => {
    expect(typedOnly('Thousands of Chileans protested against the Peruvian ambassador\'s remarks.')).toEqual(['Chile PROTESTS_AGAINST Peru (asserted)']);
    expect(typedOnly('Bolivian troops clashed with Paraguayan soldiers on the border.')).toEqual(['Bolivia ATTACKS Paraguay (asserted)']);
  });

  it('reads an event verb the lemmatiser clipped ("raided" as "raide", "shelled" as "shel") as the verb', () => {
    expect(typedOnly('Colombian troops raided the Venezuelan embassy.')).toEqual(['Colombia ATTACKS Venezuela (asserted)']);
    expect(typedOnly('Armenian forces shelled Azerbaijani positions near the border.')).toContain('Armenia ATTACKS Azerbaijan (asserted)');
  });

  it('reads an act on a thing after a preposition as an act on its owner, but not on a companion or an event\'s patient', () => {
    expect(typedOnly('Peru protested against Chile\'s remarks.')).toEqual(['Peru PROTESTS_AGAINST Chile (asserted)']);
    expect(typedOnly('Karo Tessel collaborated with Valdorian Senate associates.')).toEqual([]);
    expect(typedOnly('Peru distanced itself from the killing of Ana Rell.')).toEqual([]);
  });

  it('reads an infinitive after an object that does it, or after a noun it completes, as no purpose of the subject', () => {
    expect(typedOnly('Ana Rell succeeded in getting him to talk to Pim Voss.')).toEqual([]);
    expect(typedOnly('Chile has been encouraging allies such as Peru to restrict Karo Tessel\'s operations.')).not.toContain('Chile COERCES Karo Tessel (planned)');
    expect(typedOnly('The Kessel Council declared a purpose to mitigate the division of Chile.')).toEqual([]);
    expect(typedOnly('The Kessel Council declared a purpose “to mitigate the division of Chile”.')).toEqual([]);
    expect(typedOnly('Karo Tessel made several trips to Pellmoor to confer with Ana Rell.')).toContain('Ana Rell MEETS Karo Tessel (planned)');
  });

  it('reads what one is sure of as a claim, not a fact', () => {
    expect(typedOnly('Pim Voss was sure that Karo Tessel had killed Ana Rell.')).toEqual(['Karo Tessel ATTACKS Ana Rell (reported)']);
  });

  it('reads the patient of an event after "of" as no owner of it, its possessor and a participle\'s agent as owners', () => {
    expect(typedOnly('Chile condemned the killing of a Peruvian journalist.')).toEqual([]);
    expect(typedOnly('Chile condemned Peru\'s invasion of Bolivia.')).toContain('Chile CRITICIZES Peru (asserted)');
    expect(typedOnly('The Kenyan government has rejected the accusations made by Uganda.')).toEqual(['Kenya REJECTS Uganda (asserted)']);
    expect(typedOnly('A Chilean court ordered the arrest of a Peruvian diplomat.')).toEqual(['Chile COERCES Peru (asserted)']);
  });

  it('reads an agent named on an event noun\'s modifier ("Peruvian air strikes on B"), a delegation from a country as the country, arriving in a place as a visit, a demonstration outside an embassy as a protest against its country', () => {
    expect(typedOnly('Peruvian air strikes on Chilean positions killed ten soldiers.')).toEqual(['Peru ATTACKS Chile (asserted)']);
    expect(typedOnly('Kenya welcomed a delegation from Ethiopia.')).toEqual(['Kenya SUPPORTS Ethiopia (asserted)']);
    expect(typedOnly('Karo Tessel arrived in Chile for a two-day visit.')).toEqual(['Karo Tessel VISITS Chile (asserted)']);
    expect(typedOnly('Hundreds of Bolivians demonstrated outside the Chilean embassy.')).toEqual(['Bolivia PROTESTS_AGAINST Chile (asserted)']);
  });

  it('reads whoever an allegation or complaint is about as accused or criticised, and what they did by an act as the allegation\'s claim', () => {
    expect(typedOnly('Karo Tessel alleged that Pim Voss had taken bribes.')).toEqual(['Karo Tessel ACCUSES Pim Voss (asserted)']);
    expect(typedOnly('Chile complained that Peru had broken the deal.')).toEqual(['Chile CRITICIZES Peru (asserted)']);
    expect(typedOnly('Karo Tessel alleged, by way of example, Pim Voss had contributed to violence by supporting Ana Rell.')).toEqual([
      'Karo Tessel ACCUSES Pim Voss (asserted)',
      'Pim Voss SUPPORTS Ana Rell (reported)',
    ]);
  });

  it('reads an event a verb states with a noun after its preposition ("held B in contempt", "placed B under arrest")', () => {
    expect(typedOnly('The Kessel Council voted to hold Karo Tessel in contempt.')).toEqual(['Kessel Council ACCUSES Karo Tessel (asserted)']);
    expect(typedOnly('Peruvian police took Karo Tessel into custody on Monday.')).toEqual(['Peru COERCES Karo Tessel (asserted)']);
    expect(typedOnly('Pim Voss was placed under arrest by Chilean police.')).toEqual(['Chile COERCES Pim Voss (asserted)']);
    expect(typedOnly('Karo Tessel held a meeting in Pellmoor.')).toEqual([]);
  });

  it('reads a measure on what crosses a border as a measure on the party at its other end, unless the thing has an owner', () => {
    expect(typedOnly('Chile announced new restrictions on flights to Peru.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Chile imposed a ban on imports from Peru.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Chile imposed a ban on Bolivian exports to Peru.')).toEqual(['Chile SANCTIONS Bolivia (asserted)']);
  });

  it('reads diplomatic relations opened as support (CAMEO 050, 054), trade opened as cooperation, either cut or broken off as a sanction, but strained relations as neither', () => {
    expect(typedOnly('Paraguay resumed diplomatic relations with Laos.')).toEqual(['Paraguay SUPPORTS Laos (asserted)']);
    expect(typedOnly('Paraguay and Laos restored diplomatic ties.')).toEqual(['Laos SUPPORTS Paraguay (asserted)', 'Paraguay SUPPORTS Laos (asserted)']);
    expect(typedOnly('Paraguay resumed trade with Laos after a two-year pause.')).toEqual(['Laos COOPERATES_WITH Paraguay (asserted)']);
    expect(typedOnly('Paraguay suspended trade with Laos.')).toEqual(['Paraguay SANCTIONS Laos (asserted)']);
    expect(typedOnly('An embargo of trade with Laos was being considered.')).toEqual([]);
    expect(typedOnly('Chile cut diplomatic ties with Peru.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Bolivia broke off diplomatic relations with Chile.')).toEqual(['Bolivia SANCTIONS Chile (asserted)']);
    expect(typedOnly('Chile has strained relations with Peru.')).toEqual([]);
    expect(typedOnly('Chile\'s relations with Peru have soured since May.')).toEqual([]);
  });

  it('reads an envoy recalled as a sanction, weapons sent as aid, a summit hosted with another as a meeting, and an attack repelled as the attacker\'s', () => {
    expect(typedOnly('Chile recalled its ambassador from Peru after the dispute.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Chile will send tanks to Bolivia.')).toEqual(['Chile AIDS Bolivia (planned)']);
    expect(typedOnly('Chile will host a summit with Peru next month.')).toEqual(['Chile MEETS Peru (planned)']);
    expect(typedOnly('Chilean troops repelled a Peruvian attack on the border.')).toEqual(['Peru ATTACKS Chile (asserted)']);
    expect(typedOnly('Bolivia thwarted an attack by the Morvanic Front.')).toEqual(['Morvanic Front ATTACKS Bolivia (asserted)']);
  });

  it('reads an act on a common thing whose name ends like an agent noun ("offer", "statement") as an act on its owner', () => {
    expect(typedOnly('Laos rejected Chad\'s offer of mediation.')).toEqual(['Laos REJECTS Chad (asserted)']);
    expect(typedOnly('Karo Tessel opposed Ana Rell\'s statement on Monday.')).toEqual(['Karo Tessel CRITICIZES Ana Rell (asserted)']);
  });

  it('reads a noun that stands for a country right before a verb the parser took for its modifier as the subject ("Uruguayan prosecutors charged B")', () => {
    expect(typedOnly('Uruguayan prosecutors charged Pim Voss with money laundering.')).toEqual(['Uruguay ACCUSES Pim Voss (asserted)']);
  });

  it('reads an attack on what lies in a country as an attack on the country, but not on a city', () => {
    expect(typedOnly('Armenian artillery shelled villages in Azerbaijan overnight, officials said.')).toEqual(['Armenia ATTACKS Azerbaijan (asserted)']);
    // "in B" hung on the verb right after the thing; not a deal struck there.
    expect(typedOnly('Bolivia struck positions in Peru.')).toEqual(['Bolivia ATTACKS Peru (asserted)']);
    expect(typedOnly('Chile struck a deal in Peru.')).toEqual([]);
    expect(typedOnly('Karo Tessel attacked a hotel in Pellmoor, Valdoria.')).not.toContain('Karo Tessel ATTACKS Pellmoor (asserted)');
  });

  it('reads a body based or headquartered in a place as located there, a name after a noun without a preposition as the noun ("the opposition B Party"), an oath "in as" president as the office, and a governor of a place of no clearer kind as its leader', () => {
    expect(typedOnly('The Kessel Institute, based in Pellmoor, published the report.')).toEqual(['Kessel Institute LOCATED_IN Pellmoor (asserted)']);
    expect(typedOnly('Ana Rell leads the opposition Morvanic Party.')).toEqual(['Ana Rell LEADS Morvanic Party (asserted)']);
    expect(typedOnly('Pim Voss was sworn in as president of Paraguay on Monday.')).toEqual(['Pim Voss LEADS Paraguay (asserted)']);
    expect(typedOnly('Ana Rell has been the governor of Pellmoor since 2020.')).toEqual(['Ana Rell LEADS Pellmoor (asserted)']);
  });

  it('reads a body introduced by its kind after a country\'s adjective as in that country, but reads nothing inside a name split at "of"', () => {
    expect(typedOnly('Peruvian airline Kessel Air banned the flights.')).toEqual(['Kessel Air LOCATED_IN Peru (asserted)']);
    expect(typedOnly('The National Safety Committee of Peru announced the findings.')).toEqual([]);
  });

  it('reads the owner of a body as leading it, and a customer of a body as no member of it', () => {
    expect(typedOnly('Lio Brandt, the owner of the Kessel Herald, sold the newspaper.')).toEqual(['Lio Brandt LEADS Kessel Herald (asserted)']);
    expect(typedOnly('Pim Voss, a customer of Kessel Bank, sued the firm.')).toEqual(['Pim Voss ACCUSES Kessel Bank (asserted)']);
  });

  it('reads no standing relation through an owner ("worked for the betterment of B") and no name after a preposition as the noun it follows', () => {
    expect(typedOnly('The Kessel Association intends to work for the betterment of Kessel College.')).toEqual([]);
    expect(typedOnly('The final play was a long pass by quarterback Pim Voss which Lio Brandt intercepted on his own 44.')).toEqual([]);
  });

  it('reads an infinitive after an object that names no one as the purpose of the verb\'s subject, and an attempt or a plan a light verb makes as its subject\'s, as planned, save help that what is sent gives', () => {
    expect(typedOnly('Croatia sent firefighting planes to help Slovenia battle the wildfires.')).toEqual(['Croatia AIDS Slovenia (asserted)']);
    expect(typedOnly('Croatia sent firefighting planes to attack Slovenia.')).toEqual(['Croatia ATTACKS Slovenia (planned)']);
    expect(typedOnly('Chile made an attempt to seize Peruvian ships.')).toEqual(['Chile COERCES Peru (planned)']);
    expect(typedOnly('Chile rejected a proposal to seize Peruvian ships.')).toEqual([]);
  });

  it('reads aid pledged in an amount as planned and an indictment as an accusation', () => {
    expect(typedOnly('Kuwait pledged $100 million in aid to Chad.')).toEqual(['Kuwait AIDS Chad (planned)']);
    expect(typedOnly('Mongolian prosecutors indicted Pim Voss on corruption charges.')).toEqual(['Mongolia ACCUSES Pim Voss (asserted)']);
  });

  it('reads fighters loyal to an actor as standing for it ("militants loyal to B")', () => {
    expect(typedOnly('Chadian soldiers killed 12 militants loyal to the Morvanic Front.')).toEqual(['Chad ATTACKS Morvanic Front (asserted)']);
  });

  it('reads a ban on trade as a sanction on the party at its other end, a country\'s parliament as the country, and exercises one takes part in as cooperation', () => {
    expect(typedOnly('Latvia banned imports from Belarus.')).toEqual(['Latvia SANCTIONS Belarus (asserted)']);
    expect(typedOnly('Lithuania\'s parliament voted to ban imports from Belarus.')).toEqual(['Lithuania SANCTIONS Belarus (asserted)']);
    expect(typedOnly('Slovenian troops took part in joint exercises with Croatia.')).toEqual(['Croatia COOPERATES_WITH Slovenia (asserted)']);
    expect(typedOnly('Estonia will supply artillery shells to Latvia.')).toEqual(['Estonia AIDS Latvia (planned)']);
  });

  it('reads no event in taking charge, and no purpose of the giver in a right given to another or of a verb negated', () => {
    expect(typedOnly('Ana Rell has agreed to take charge of the concerns of the patentees in Chile and Peru.')).toEqual([]);
    expect(typedOnly('That does not give Pim Voss any right to seize Peruvian ships.')).toEqual([]);
    expect(typedOnly('Karo Tessel took a trip to Chile in May.')).toEqual(['Karo Tessel VISITS Chile (asserted)']);
  });

  it('reads what an object was led to do as done, not planned', () => {
    expect(typedOnly('The motives led the Chilean government to permit Karo Tessel to land.')).toEqual(['Chile CONCEDES_TO Karo Tessel (asserted)']);
  });
  it('states nothing that is denied, and reads a denied claim as rejecting whoever made it', () => {
    expect(typedOnly('Pim Voss denied that he had met Ana Rell.')).toEqual([]);
    expect(typedOnly('Chile denied attacking Peru.')).toEqual([]);
    expect(typedOnly('Chile denied Peru\'s accusations.')).toEqual(['Chile REJECTS Peru (asserted)']);
  });

  it('reads a law struck down, voted down, voted against or ruled unconstitutional as rejected, and a verdict as no rule over it', () => {
    expect(typedOnly('The Supreme Court of Valdoria struck down the Press Freedom Act.')).toEqual(['Supreme Court REJECTS Press Freedom Act (asserted)']);
    expect(typedOnly('The Morvanic Party voted down the Press Freedom Act.')).toEqual(['Morvanic Party REJECTS Press Freedom Act (asserted)']);
    expect(typedOnly('The Morvanic Party voted against the Press Freedom Act.')).toEqual(['Morvanic Party REJECTS Press Freedom Act (asserted)']);
    expect(typedOnly('The Press Freedom Act, which the Supreme Court later ruled to be unconstitutional, was repealed.')).toEqual([
      'Supreme Court REJECTS Press Freedom Act (asserted)',
    ]);
  });

  it('reads a phrasal verb by the sense its particle gives it ("turned down", "teamed up with")', () => {
    expect(typedOnly('Chile turned down Peru\'s request.')).toEqual(['Chile REJECTS Peru (asserted)']);
    expect(typedOnly('Chile teamed up with Peru to fight the rebels.')).toEqual(['Chile COOPERATES_WITH Peru (asserted)']);
  });

  it('reads a gerund after a verb of writing or saying as what is said, not done by the writer', () => {
    expect(typedOnly('On Monday, Ana Rell wrote denying Peruvians citizenship violated the constitution.')).toEqual([]);
  });
  it('reads the subject after a fronted phrase and a comma, and the object after a participle the parser took for a verb', () => {
    expect(typedOnly('During a visit to Lima in May, Ana Rell met Pim Voss.')).toEqual(['Ana Rell MEETS Pim Voss (asserted)', 'Ana Rell VISITS Peru (asserted)']);
    expect(typedOnly('On Friday, Ana Rell, the foreign minister of Chile, met Pim Voss.')).toEqual(['Ana Rell MEETS Pim Voss (asserted)']);
    expect(typedOnly('In Lima, Chile, the ministers met Pim Voss.')).toEqual([]);
    expect(typedOnly('In Hollywood, besides Ana Rell, Pim Voss collaborated with Lio Brandt.')).toEqual(['Lio Brandt COOPERATES_WITH Pim Voss (asserted)']);
    expect(typedOnly('Chile might have encouraged newly elected Peruvian president Ana Rell to investigate Pim Voss.')).toEqual([
      'Ana Rell ACCUSES Pim Voss (demanded)',
      'Ana Rell LEADS Peru (asserted)',
      'Chile REQUESTS Ana Rell (hypothetical)',
    ]);
  });
  it('reads coordinated subjects that act with a third party as parties to it, not to each other', () => {
    expect(typedOnly('Chile and Peru held talks with Bolivia.')).toEqual(['Bolivia NEGOTIATES_WITH Chile (asserted)', 'Bolivia NEGOTIATES_WITH Peru (asserted)']);
    expect(typedOnly('Chile and Peru met with Bolivia in Lima.')).toEqual(['Bolivia MEETS Chile (asserted)', 'Bolivia MEETS Peru (asserted)']);
    expect(typedOnly('Chile and Peru met in Lima.')).toEqual(['Chile MEETS Peru (asserted)']);
    // What they do together to someone else is nothing between them.
    expect(typedOnly('Ana Rell said she and Pim Voss were helping children across the road.')).toEqual([]);
    expect(typedOnly('Susan Marlow and Julia Rell ripped strips from their clothing.')).toEqual([]);
    expect(typedOnly('In a recent book, two distinguished lawyers, Grenville Marlow and Louis Rell, call for just such an overhaul of the Zenith League.')).toEqual([]);
    expect(typedOnly('After complimenting Karo Tessel and saying he was praising them to Congress, the Frenchman added more.')).toEqual([]);
  });
  it('reads the subject of an event noun\'s "target" or "subject" as what the event was on ("the subject of A sanctions")', () => {
    expect(typedOnly('Kessel Air has been the subject of Chilean sanctions since 2011.')).toEqual(['Chile SANCTIONS Kessel Air (asserted)']);
    // "of B sanctions", which the parser may read as a phrase "of B" opening before its noun.
    expect(typedOnly('Kessel Air has been the subject of United States sanctions since 2011.')).toEqual(['United States SANCTIONS Kessel Air (asserted)']);
    expect(typedOnly('Ana Rell was the subject of a Peruvian investigation.')).toEqual(['Peru ACCUSES Ana Rell (asserted)']);
    expect(typedOnly('Kessel Air is the subject of a new book by Pim Voss.')).toEqual([]);
  });
  it('frames an event a clause is done "for" as that clause is ("to devise means for reaching an agreement" is planned)', () => {
    expect(typedOnly('In March, Chile met Peru at the institute to devise means for reaching an agreement with Bolivia.')).toEqual([
      'Bolivia AGREES_WITH Chile (planned)',
      'Chile MEETS Peru (asserted)',
    ]);
    expect(typedOnly('Ana Rell was arrested for attacking Pim Voss.')).toEqual(['Ana Rell ATTACKS Pim Voss (asserted)']);
  });
  it('reads a second subject with a preposition as a phrase of the event noun before it ("the arrest of A by B police")', () => {
    expect(typedOnly('The arrest of Pim Voss by Chilean police sparked protests.')).toEqual(['Chile COERCES Pim Voss (asserted)']);
    expect(typedOnly('Ana Rell\'s meeting with Pim Voss lasted two hours.')).toEqual(['Ana Rell MEETS Pim Voss (asserted)']);
  });

  it('reads an event cancelled as none and an event postponed as planned', () => {
    expect(typedOnly('Ana Rell\'s visit to Chile was cancelled.')).toEqual([]);
    expect(typedOnly('Chile cancelled Ana Rell\'s visit to Peru.')).toEqual([]);
    expect(typedOnly('Ana Rell\'s visit to Chile was postponed.')).toEqual(['Ana Rell VISITS Chile (planned)']);
    expect(typedOnly('Chile postponed talks with Peru.')).toEqual(['Chile NEGOTIATES_WITH Peru (planned)']);
    expect(typedOnly('Chile called off talks with Peru.')).toEqual(['Chile REJECTS Peru (asserted)']);
    expect(typedOnly('Chile broke off talks with Peru.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
  });

  it('reads an event a relative clause after it cancels as none, and one it postpones as planned, wherever the clause hangs', () => {
    // The trip is none; the meeting Brandt worked to arrange is still only planned.
    expect(typedOnly('Lio Brandt worked to arrange a meeting between Ana Rell and Karo Tessel during President Tessel\'s planned trip to Lima, which was cancelled.')).toEqual(['Ana Rell MEETS Karo Tessel (planned)']);
    expect(typedOnly('Karo Tessel\'s trip to Lima, which was postponed, will focus on trade.')).toEqual(['Karo Tessel VISITS Peru (planned)']);
  });

  it('reads an event a participle marks as planned as not yet held, whatever the participle\'s lemma ("planned talks")', () => {
    expect(typedOnly('Chile announced planned talks with Peru.')).toEqual(['Chile NEGOTIATES_WITH Peru (planned)']);
  });
  it('reads the owner of an infinitive\'s noun as its subject, framed by the noun (an offer only possible, a threat a threat made)', () => {
    expect(typedOnly('Chile\'s offer to help Peru was welcomed.')).toEqual(['Chile AIDS Peru (hypothetical)']);
    expect(typedOnly('Chile\'s threat to attack Peru alarmed Bolivia.')).toEqual(['Chile THREATENS Peru (asserted)']);
  });
  it('reads "according to A" as the source of its clause even where the parser hangs it on a noun', () => {
    expect(typedOnly('Chile has been supplying weapons to the Morvanic Front, according to Peru.')).toEqual(['Chile AIDS Morvanic Front (reported)']);
  });

  it('reads a sentence the parser rooted on its subject\'s name, with the verb as a participle, as the name doing what the verb says', () => {
    expect(typedOnly('Senator Ana Rell criticised Prime Minister Pim Voss over the budget.')).toEqual(['Ana Rell CRITICIZES Pim Voss (asserted)']);
  });

  it('reads saying another did wrong as accusing them, not saying they did no wrong nor that one did it with them', () => {
    expect(typedOnly('Chile said Peru had violated the agreement.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Peru says Chile is responsible for the attack.')).toEqual(['Peru ACCUSES Chile (asserted)']);
    expect(typedOnly('Chile said Peru had not violated the agreement.')).toEqual([]);
    expect(typedOnly('Ana Rell said she and Pim Voss had quarrelled violently.')).toEqual([]);
  });

  it('reads a denied gerund the parser took for an adverbial clause as nothing done ("denied supplying weapons to B")', () => {
    expect(typedOnly('Chile has repeatedly denied supplying weapons to Peruvian rebels.')).toEqual([]);
  });

  it('reads calling another to talk something over as a conversation, not calling them names or to testify', () => {
    expect(typedOnly('Pim Voss called Ana Rell on Tuesday to discuss the crisis.')).toEqual(['Ana Rell NEGOTIATES_WITH Pim Voss (asserted)']);
    // Calling names is criticism, read by the labels (below), not a conversation.
    expect(typedOnly('Pim Voss called Ana Rell a liar.')).toEqual(['Pim Voss CRITICIZES Ana Rell (asserted)']);
    expect(typedOnly('The Zenith Party called Ana Rell to testify.')).toEqual([]);
  });

  it('reads aid received from a party as aid it gave, not money that may be a price', () => {
    expect(typedOnly('Peru received $2 billion in aid from Chile.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Peru received military aid from Chile.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Peru received 20 armoured personnel carriers from Chile on Saturday.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Peru received $2 billion from Chile for the mine.')).toEqual([]);
    expect(typedOnly('Peru did not receive aid from Chile.')).toEqual([]);
  });

  it('reads money or loans given to a party as aid to it, not troops or letters sent', () => {
    expect(typedOnly('The Kessel Group donated $5 million to the Orbit League.')).toEqual(['Kessel Group AIDS Orbit League (asserted)']);
    expect(typedOnly('Chile gave Peru a loan.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Chile sent a letter to Peru.')).toEqual([]);
  });

  it('reads being at war or in talks with another as that event between them', () => {
    expect(typedOnly('Peru has been at war with Chile since 1879.')).toEqual(['Peru ATTACKS Chile (asserted)']);
    expect(typedOnly('Peru is in talks with Chile about the border.')).toEqual(['Chile NEGOTIATES_WITH Peru (asserted)']);
    expect(typedOnly('Peru is not at war with Chile.')).toEqual([]);
    // Being in charge of something is no charge against it.
    expect(typedOnly('Ana Rell was in charge of the Kessel Group canteen from 1946 to 1950.')).toEqual([]);
  });

  it('reads a capitalised event word inside a sentence as a title\'s, not an event ("B\'s War With The Newts")', () => {
    expect(typedOnly('Readers still love Karel Marek\'s War With The Newts.')).toEqual([]);
  });

  it('reads diplomatic ties restored or cut between coordinated parties, and closing one\'s embassy in a country as cutting ties', () => {
    expect(typedOnly('Chile and Peru restored diplomatic relations.')).toEqual(['Chile SUPPORTS Peru (asserted)', 'Peru SUPPORTS Chile (asserted)']);
    expect(typedOnly('Chile and Peru cut diplomatic ties.')).toEqual(['Chile SANCTIONS Peru (asserted)', 'Peru SANCTIONS Chile (asserted)']);
    expect(typedOnly('Chile closed its embassy in Peru.')).toEqual(['Chile SANCTIONS Peru (asserted)']);
    expect(typedOnly('Chile did not close its embassy in Peru.')).toEqual([]);
  });

  it('reads joining another in doing something as acting with them, and a name right after a verb of giving as the aid\'s receiver', () => {
    expect(typedOnly('Peru joined Chile in condemning the coup.')).toEqual(['Chile COOPERATES_WITH Peru (asserted)']);
    expect(typedOnly('Chile gave Peru military aid.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Chile offered Peru assistance.')).toEqual(['Chile AIDS Peru (hypothetical)']);
  });

  it('reads a relative clause\'s light verb as acting on the noun it describes ("the talks that A held with B")', () => {
    expect(typedOnly('The talks that Chile held with Peru ended without agreement.')).toEqual(['Chile NEGOTIATES_WITH Peru (asserted)']);
    expect(typedOnly('The aid which Chile sent to Peru arrived on Monday.')).toEqual(['Chile AIDS Peru (asserted)']);
  });

  it('reads a passive verb\'s act on a thing as an act on its owner ("B\'s positions were struck by A\'s forces"), not on a person\'s kin', () => {
    expect(typedOnly('Peruvian positions were struck by Chilean forces overnight.')).toEqual(['Chile ATTACKS Peru (asserted)']);
    expect(typedOnly('Peru\'s proposal was rejected by Chile.')).toEqual(['Chile REJECTS Peru (asserted)']);
    expect(typedOnly('Ana Rell\'s wife was attacked by Chilean forces.')).toEqual([]);
  });

  it('reads forces brought to a party\'s border or coast as mobilised against it, and not against one\'s own', () => {
    expect(typedOnly('Peru mobilized troops along the Chilean border.')).toEqual(['Peru MOBILIZES_AGAINST Chile (asserted)']);
    expect(typedOnly('Chile deployed warships near Peru\'s coast.')).toEqual(['Chile MOBILIZES_AGAINST Peru (asserted)']);
    expect(typedOnly('Peru deployed troops along its border with Chile.')).toEqual(['Peru MOBILIZES_AGAINST Chile (asserted)']);
    expect(typedOnly('Peru did not deploy troops along the Chilean border.')).toEqual([]);
  });

  it('reads a recalled envoy\'s post, hung on the verb, as the country recalled from, and a nationality on a noun\'s modifier as the noun\'s owner', () => {
    expect(typedOnly('Peru recalled its ambassador to Chile on Monday for consultations.')).toEqual(['Peru SANCTIONS Chile (asserted)']);
    expect(typedOnly('Peru condemned the Chilean air strikes.')).toEqual(['Peru CRITICIZES Chile (asserted)']);
  });

  it('reads asking for what only its owner can give as asking the owner ("called for B\'s resignation"), not asking for what others would do to B', () => {
    expect(typedOnly('Ana Rell called for Pim Voss\'s resignation.')).toEqual(['Ana Rell REQUESTS Pim Voss (asserted)']);
    expect(typedOnly('Ana Rell asked for the help of the Zenith Party.')).toEqual(['Ana Rell REQUESTS Zenith Party (asserted)']);
    expect(typedOnly('Ana Rell called for the release of Pim Voss.')).toEqual([]);
    expect(typedOnly('Ana Rell called for NATO intervention in the conflict.')).toEqual(['Ana Rell REQUESTS NATO (asserted)']);
    expect(typedOnly('Tanzania sought Kenya\'s help to end the strike.')).toEqual(['Tanzania REQUESTS Kenya (asserted)']);
    expect(typedOnly('Tanzania sought Kenya\'s arrest of the suspects.')).toEqual([]);
  });

  it('reads harm a speaker says they will do ("if B does that, I will destroy B") as a threat made, not a planned attack', () => {
    expect(typedOnly('Senator Ana Rell wrote on Monday, "If the Zenith Party does anything that I consider off limits, I will totally destroy the Zenith Party."')).toEqual(['Ana Rell THREATENS Zenith Party (asserted)']);
    // Said of a third party, it stays the act it would be.
    expect(typedOnly('Senator Ana Rell said the Zenith Party will destroy the Orbit League.')).toEqual(['Zenith Party ATTACKS Orbit League (planned)']);
  });

  it('reads a threat as made against whoever the threatened act would hit, whatever the act', () => {
    expect(typedOnly('Chile threatened to cut gas supplies to Peru.')).toEqual(['Chile SANCTIONS Peru (hypothetical)', 'Chile THREATENS Peru (asserted)']);
    expect(typedOnly('Chile threatened to seize Peru\'s assets.')).toEqual(['Chile COERCES Peru (hypothetical)', 'Chile THREATENS Peru (asserted)']);
    expect(typedOnly('Chile threatened to hold talks in Peru.')).toEqual([]);
  });
  it('reads fire or accusations exchanged as each side\'s act on the other', () => {
    expect(typedOnly('Chile and Peru exchanged fire along the border.')).toEqual(['Chile ATTACKS Peru (asserted)', 'Peru ATTACKS Chile (asserted)']);
    expect(typedOnly('Chile traded accusations with Peru over the crash.')).toEqual(['Chile ACCUSES Peru (asserted)', 'Peru ACCUSES Chile (asserted)']);
  });
  it('reads a country\'s junta as the country', () => {
    expect(typedOnly('Chile\'s junta expelled Pim Voss.')).toEqual(['Chile COERCES Pim Voss (asserted)']);
  });
  it('reads a country\'s nationality opening a sentence as the country ("Laotian police arrested A")', () => {
    expect(typedOnly('Laotian police arrested Pim Voss.')).toEqual(['Laos COERCES Pim Voss (asserted)']);
  });
  it('reads the lemma of a verb the treebank never saw ("raided", "froze")', () => {
    expect(typedOnly('Chile raided the offices of the Morvanic Front.')).toEqual(['Chile ATTACKS Morvanic Front (asserted)']);
    expect(typedOnly('Chile froze the assets of the Morvanic Front.')).toEqual(['Chile SANCTIONS Morvanic Front (asserted)']);
  });
  it('reads a name between commas after a title and its complement as the title\'s holder, not a list ("the president of B, A, met C")', () => {
    expect(typedOnly('The president of Chile, Ana Rell, met Pim Voss on Monday.')).toEqual(['Ana Rell LEADS Chile (asserted)', 'Ana Rell MEETS Pim Voss (asserted)']);
    expect(typedOnly('The head of the Morvanic Front, Karl Moss, accused Chile of lying.')).toEqual(['Karl Moss ACCUSES Chile (asserted)', 'Karl Moss LEADS Morvanic Front (asserted)']);
  });
  it('reads a relative clause without "that" after an object as describing the object ("released fishermen it had detained")', () => {
    expect(typedOnly('Chile released 12 Peruvian fishermen it had detained since January.')).toEqual(['Chile RELEASES Peru (asserted)']);
    // (Read also where the parser made the object the clause's oblique without a preposition.)
    expect(typedOnly('The Velt Front released six soldiers of the Chilean Army it had captured in Arica.')).toEqual(['Velt Front RELEASES Army (Chile) (asserted)']);
    // (The nation may describe the people's noun's own compound.)
    expect(typedOnly('The Velt Front freed three Chilean customs officers held since March.')).toEqual(['Velt Front RELEASES Chile (asserted)']);
  });
  it("reads an office resigned as leaving whose office it is, and a country's government resigned from as leaving an office, not the country", () => {
    expect(typedOnly('Pim Voss resigned as deputy prime minister of Peru on Wednesday.')).toEqual(['Pim Voss WITHDREW_FROM Peru (asserted)']);
    expect(typedOnly("Pim Voss stepped down as the Velt Bank's chairman.")).toEqual(['Pim Voss WITHDREW_FROM Velt Bank (asserted)']);
    expect(typedOnly("Pim Voss resigned from Peru's government on Friday.")).toEqual(['Pim Voss WITHDREW_FROM Peru (asserted)']);
    expect(typedOnly('Pim Voss left Peru on Friday.')).toEqual([]);
    const plover = (text: string) => graphOfTexts(text).mapEdges((_e, a) => `${a.type}/${a.plover}`).filter((t) => !t.startsWith('RELATED_TO'));
    expect(plover('Pim Voss resigned as deputy prime minister of Peru on Wednesday.')).toEqual(['WITHDREW_FROM/RETREAT']);
  });
  it('reads goods sent to another as aid, through a measure of them too ("sent 40 tonnes of maize to B"), but not a letter', () => {
    expect(typedOnly('Chile has sent 40 tonnes of maize to Peru.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('Chile delivered a shipment of vaccines to Bolivia.')).toEqual(['Chile AIDS Bolivia (asserted)']);
    expect(typedOnly('Chile sent a letter to Peru.')).toEqual([]);
  });
  it('reads a name after "to" hung on a place phrase after what is handed over as whom it goes to, not one after where it goes', () => {
    expect(typedOnly('Chile handed control of four border villages in its northern Arauca province to Peru on Friday.')).toContain('Chile RELEASES Peru (asserted)');
    expect(stated(graphOfTexts('Chile handed the keys to the gate to Peru.'))).toEqual([]);
  });
  it('reads forces moved to a border as a show of force against the country across it', () => {
    expect(typedOnly('Chile deployed 500 troops to the border with Peru on Friday.')).toEqual(['Chile MOBILIZES_AGAINST Peru (asserted)']);
    expect(typedOnly('Chile massed tanks along its border with Bolivia.')).toEqual(['Chile MOBILIZES_AGAINST Bolivia (asserted)']);
    expect(typedOnly('Chile sent troops to the Peruvian border.')).toEqual(['Chile MOBILIZES_AGAINST Peru (asserted)']);
    expect(typedOnly('Chile deployed troops to its northern border.')).toEqual([]);
  });
  it('reads a description after an object and its comma as the object\'s, and a place after the description\'s comma as the verb\'s', () => {
    expect(typedOnly('Estonian police arrested Karl Moss, a member of the Morvanic Front, in Tallinn.')).toEqual([
      'Estonia COERCES Karl Moss (asserted)',
      'Karl Moss MEMBER_OF Morvanic Front (asserted)',
    ]);
  });
  it('reads a person who founds an organisation as one of it, as its founder is', () => {
    expect(typedOnly('Ana Rell and Pim Voss formed the Kessel Group in 1966.')).toEqual(['Ana Rell MEMBER_OF Kessel Group (asserted)', 'Pim Voss MEMBER_OF Kessel Group (asserted)']);
    expect(typedOnly('The Kessel Institute was founded by Ana Rell in 1990.')).toEqual(['Ana Rell MEMBER_OF Kessel Institute (asserted)']);
    expect(typedOnly('Chile established the Kessel Commission.')).toEqual([]);
  });
  it('reads an armed group\'s fighters as the group, and "according to A" as the source of a relative clause too', () => {
    expect(typedOnly('According to Chile, the alliance is made up of Morvanic Front militia which support the Kessel Party.')).toEqual(['Morvanic Front SUPPORTS Kessel Party (reported)']);
    expect(typedOnly('Morvanic Front fighters attacked Chile.')).toEqual(['Morvanic Front ATTACKS Chile (asserted)']);
  });
  it('reads one who wins, takes or holds an office as leading what it is of, but not a minister of a portfolio', () => {
    expect(typedOnly('Ana Rell won the presidency of Chile.')).toEqual(['Ana Rell LEADS Chile (asserted)']);
    expect(typedOnly('Pim Voss regained the prime ministry of Peru.')).toEqual(['Pim Voss LEADS Peru (asserted)']);
    expect(typedOnly('Ana Rell took over the leadership of the Kessel Party in 2010.')).toEqual(['Ana Rell LEADS Kessel Party (asserted)']);
    expect(typedOnly('Ana Rell held the ministry of health of Chile.')).toEqual([]);
  });
  it('reads what one does in support of, in solidarity with or in defiance of another as support or rejection', () => {
    expect(typedOnly('Chile flies fighters and cargo to Peru in support of the Morvanic Front.')).toEqual(['Chile SUPPORTS Morvanic Front (asserted)']);
    expect(typedOnly('Thousands of Chileans marched in Lima in solidarity with the Morvanic Front.')).toEqual(['Chile SUPPORTS Morvanic Front (asserted)']);
    expect(typedOnly('Chile held elections in defiance of the Morvanic Front.')).toEqual(['Chile REJECTS Morvanic Front (asserted)']);
  });
  it('reads a sentence that opens with a name and its description between commas as the name\'s, however the parser read them', () => {
    expect(typedOnly('Ana Rell, the president of Chile, met Pim Voss.')).toEqual(['Ana Rell LEADS Chile (asserted)', 'Ana Rell MEETS Pim Voss (asserted)']);
    expect(typedOnly('Ana Rell, the mayor of the city of Arica, said the ban would stay.')).toEqual(['Ana Rell LEADS Arica (asserted)']);
    expect(typedOnly('Chile, Peru and Bolivia signed the deal.')).toEqual(['Bolivia AGREES_WITH Chile (asserted)', 'Bolivia AGREES_WITH Peru (asserted)', 'Chile AGREES_WITH Peru (asserted)']);
  });
  it('reads no party of an event in a role one acts in ("brought support to the strikers: as chairman of B, …")', () => {
    expect(typedOnly('Ana Rell, a powerful, conservative woman, brought welcome support to the strikers: as chairman of the Kessel Committee, she holds great sway.')).toEqual([
      'Ana Rell LEADS Kessel Committee (asserted)',
    ]);
  });
  it('reads a treaty with another that one ratifies as agreement with them', () => {
    expect(typedOnly('Chile\'s parliament ratified a trade treaty with Peru.')).toEqual(['Chile AGREES_WITH Peru (asserted)']);
  });
  it('reads an investigation into someone as accusing them', () => {
    expect(typedOnly('Chilean prosecutors opened an investigation into Karl Moss.')).toEqual(['Chile ACCUSES Karl Moss (asserted)']);
  });
  it('reads an infinitive after an object as the purpose of the verb, whatever it acts on ("blocked a road to protest against B")', () => {
    // A protest or a criticism is voiced by the act done to voice it: done, not planned; other purposes are plans.
    expect(typedOnly('Chilean herders blocked a road to protest against a Peruvian mining company.')).toEqual(['Chile PROTESTS_AGAINST Peru (asserted)']);
    expect(typedOnly('Chilean workers went on strike to protest against Peru.')).toEqual(['Chile PROTESTS_AGAINST Peru (asserted)']);
    expect(typedOnly('Chile held a press conference to criticise Peru.')).toEqual(['Chile CRITICIZES Peru (asserted)']);
    expect(typedOnly('Chile sent troops to attack Peru.')).toEqual(['Chile ATTACKS Peru (planned)', 'Chile MOBILIZES_AGAINST Peru (asserted)']);
    expect(typedOnly('Chile announced plans to hold a rally to protest against Peru.')).toEqual(['Chile PROTESTS_AGAINST Peru (planned)']);
  });
  it('reads the head of a part of an organisation as one of it, not its leader', () => {
    expect(typedOnly('Ana Rell headed the development division of the Kessel Group.')).toEqual(['Ana Rell MEMBER_OF Kessel Group (asserted)']);
    expect(typedOnly('Ana Rell headed the Kessel Group.')).toEqual(['Ana Rell LEADS Kessel Group (asserted)']);
  });

  it('reads "of" after an event noun that names its other party as the agent ("the withdrawal of A from B"), a pending one as planned', () => {
    expect(typedOnly('Voters opposed the withdrawal of Latvia from the Nordic Council.')).toEqual(['Latvia WITHDREW_FROM Nordic Council (asserted)']);
    expect(typedOnly('Protesters marched against the pending exit of Latvia from the Nordic Council.')).toEqual(['Latvia WITHDREW_FROM Nordic Council (planned)']);
    // The parser may hang the other party on the verb whose object the event is.
    expect(typedOnly('He worked to complete the withdrawal of Latvia from the Nordic Council.')).toEqual(['Latvia WITHDREW_FROM Nordic Council (asserted)']);
  });

  it('reads opposition or support expressed or voiced to a party as criticising or supporting it', () => {
    expect(typedOnly("Chad expressed opposition to Bolivia's plan.")).toEqual(['Chad CRITICIZES Bolivia (asserted)']);
    expect(typedOnly('Chad voiced support for Bolivia.')).toEqual(['Chad SUPPORTS Bolivia (asserted)']);
  });

  it('reads a state or a force withdrawing from or leaving a place as withdrawing from it, not a person leaving one', () => {
    expect(typedOnly('Chile withdrew its troops from Peru.')).toEqual(['Chile WITHDREW_FROM Peru (asserted)']);
    expect(typedOnly('Bolivian troops left Peru in May.')).toEqual(['Bolivia WITHDREW_FROM Peru (asserted)']);
    expect(typedOnly('Ana Vell left Peru for Chile.')).toEqual([]);
  });

  it('reads a court ruling against a party as rejecting it, and ruling a country as leading it', () => {
    expect(typedOnly('The Kessel Supreme Court ruled against Ana Vell.')).toEqual(['Kessel Supreme Court REJECTS Ana Vell (asserted)']);
    expect(typedOnly('Ana Vell ruled Chile for ten years.')).toEqual(['Ana Vell LEADS Chile (asserted)']);
  });

  it('reads one convicted of, charged with or serving a sentence for an act on someone as its agent, a charge as a claim', () => {
    expect(typedOnly('Tom Ash was convicted of the murder of Ana Vell.')).toEqual(['Tom Ash ATTACKS Ana Vell (asserted)']);
    expect(typedOnly('Tom Ash is serving a life sentence for the assassination of Ana Vell.')).toEqual(['Tom Ash ATTACKS Ana Vell (asserted)']);
    expect(typedOnly('Police charged Tom Ash with the assault on Ana Vell.')).toEqual(['Tom Ash ATTACKS Ana Vell (reported)']);
    expect(typedOnly('Tom Ash was sentenced for the murder of Ana Vell by Judge Ivo Kern.')).toEqual(['Tom Ash ATTACKS Ana Vell (asserted)']);
    expect(typedOnly('Tom Ash was not convicted of the murder of Ana Vell.')).toEqual([]);
    // "of B senator A", which the parser reads as two phrases: the act is on A.
    expect(typedOnly('Tom Ash is serving a life sentence for the 1968 assassination of United States senator and presidential candidate Ana Vell.')).toEqual(['Tom Ash ATTACKS Ana Vell (asserted)']);
    expect(typedOnly('Tom Ash, 75, is serving a life sentence for the 1968 assassination of United States senator and presidential candidate Ana F. Vell.')).toEqual(['Tom Ash ATTACKS Ana F. Vell (asserted)']);
  });

  it('reads one who acts during a visit or on a trip to a place as visiting it, not during another\'s visit', () => {
    expect(typedOnly('On a trip to Chile last week, Ana Vell met Tom Ash.')).toEqual(['Ana Vell MEETS Tom Ash (asserted)', 'Ana Vell VISITS Chile (asserted)']);
    expect(typedOnly("During Tom Ash's visit to Chile, Ana Vell fell ill.")).toEqual(['Tom Ash VISITS Chile (asserted)']);
  });

  it('reads accepting a party\'s proposal as agreeing with it, and dismissing its demands as rejecting it', () => {
    expect(typedOnly("Chile accepted Peru's proposal for a joint patrol.")).toEqual(['Chile AGREES_WITH Peru (asserted)']);
    expect(typedOnly("Chile dismissed Peru's demands over the river.")).toEqual(['Chile REJECTS Peru (asserted)']);
    expect(typedOnly('Chile accepted the award from the Velt Foundation.')).toEqual([]);
  });

  it('reads agreeing to a party\'s request as agreeing with it', () => {
    expect(typedOnly("Chile agreed to Peru's request for more wheat.")).toEqual(['Chile AGREES_WITH Peru (asserted)']);
  });

  it('reads pulling or walking out of a body as leaving it', () => {
    expect(typedOnly("Chile pulled out of the Velt Union's regional force.")).toEqual(['Chile WITHDREW_FROM Velt Union (asserted)']);
  });

  it('reads a loan to a country as aid, lent or approved', () => {
    expect(typedOnly('Chile lent Peru two billion dollars during the crisis.')).toEqual(['Chile AIDS Peru (asserted)']);
    expect(typedOnly('The Velt Bank approved a $100 million loan for Peru.')).toEqual(['Velt Bank AIDS Peru (asserted)']);
  });

  it('reads drills held around a country as a show of force against it', () => {
    expect(typedOnly('Chile held military drills around Peru.')).toEqual(['Chile MOBILIZES_AGAINST Peru (asserted)']);
  });

  it('reads a party after an active verb read as its second subject as its object', () => {
    expect(typedOnly('Chile criticised the United States for sending warships to the strait.')).toEqual(['Chile CRITICIZES United States (asserted)']);
  });

  it('reads a phrasal verb\'s object read as an oblique after its particle as its object', () => {
    expect(typedOnly('Chilean jets shot down a Peruvian bomber.')).toEqual(['Chile ATTACKS Peru (asserted)']);
  });

  it('reads a country\'s agency as the country', () => {
    expect(typedOnly('The Chilean maritime agency detained 23 Peruvian fishermen.')).toEqual(['Chile COERCES Peru (asserted)']);
  });

  it('reads an act on a thing belonging to a party as an act on the party', () => {
    expect(typedOnly("Chile seized three vessels belonging to Peru's navy.")).toEqual(['Chile COERCES Peru (asserted)']);
  });

  it('reads people freed as released, whatever the participle that describes them', () => {
    expect(typedOnly('Chile freed four jailed Peruvian nationals on Friday.')).toEqual(['Chile RELEASES Peru (asserted)']);
    expect(typedOnly('Chile freed 32 Peruvian soldiers captured during the war.')).toEqual(['Chile RELEASES Peru (asserted)']);
  });

  it('reads a passive verb\'s "to" as the active\'s, after a participle describing its subject', () => {
    expect(typedOnly('A trafficker wanted in Lima was extradited to Peru by Chile.')).toEqual(['Chile COOPERATES_WITH Peru (asserted)']);
  });

  it('reads a past tense between two nouns read as one phrase as the verb between subject and object', () => {
    expect(typedOnly('Peruvian army warplanes bombed positions held by the Velt Front on Thursday, residents said.')).toEqual(['Peru ATTACKS Velt Front (asserted)']);
    expect(typedOnly('Velt rebels shelled positions of the Chilean army on Monday, killing three soldiers, military sources said.')).toEqual(['Velt ATTACKS Chile (asserted)']);
  });

  it('reads a country\'s fire as the country, named on the noun or on its compound', () => {
    expect(typedOnly('Chilean tank fire hit a Peruvian army post near the border town of Arica, killing one soldier.')).toEqual(['Chile ATTACKS Peru (asserted)']);
  });

  it('reads a name before a clause opened by "where" as the subject of the verb after the clause', () => {
    expect(typedOnly('Chile, where Ana Rell has ruled since 2007, confiscated the campus of the Velt University.')).toEqual(['Chile COERCES Velt University (asserted)']);
    expect(typedOnly("Chile, where the army has ruled since 2007, expelled Peru's ambassador.")).toEqual(['Chile SANCTIONS Peru (asserted)']);
  });

  it('reads standing by a party as backing it, though the parser takes "by" for an agent', () => {
    expect(typedOnly('Chile stood by Peru in its dispute with Bolivia.')).toEqual(['Chile SUPPORTS Peru (asserted)']);
  });

  it('reads holding a party responsible as accusing it, and not holding it so as nothing', () => {
    expect(typedOnly('Chile holds Peru responsible for the killing of the scientist.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Chile held Peru responsible for the attack.')).toEqual(['Chile ACCUSES Peru (asserted)']);
    expect(typedOnly('Chile does not hold Peru responsible for the attack.')).toEqual([]);
  });
});
