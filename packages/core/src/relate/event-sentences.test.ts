import { describe, expect, it } from 'vitest';
import { graphOfTexts } from '../testing.js';

/**
 * Events as news states them between two parties, one sentence each: a regression set written while reading
 * what held-out event data asks for (who did what to whom), on real countries and made-up people. Each row is
 * the sentence and its typed relations as "Source TYPE Target (modality)", sorted; RELATED_TO left out.
 */
const typedOnly = (text: string): string[] => {
  const graph = graphOfTexts(text);
  return graph
    .filterEdges((_e, a) => a.type !== 'RELATED_TO')
    .map((e) => `${graph.getNodeAttribute(graph.source(e), 'label')} ${graph.getEdgeAttribute(e, 'type')} ${graph.getNodeAttribute(graph.target(e), 'label')} (${graph.getEdgeAttribute(e, 'modality')})`)
    .sort();
};

const STATED: readonly (readonly [string, readonly string[]])[] = [
  ["Chile accused Peru of violating the ceasefire.", ["Chile ACCUSES Peru (asserted)"]],
  ["Peruvian troops shelled Chilean positions near the border on Sunday.", ["Peru ATTACKS Chile (asserted)"]],
  ["Chile and Peru signed a trade agreement in Lima.", ["Chile AGREES_WITH Peru (asserted)"]],
  ["The Chilean foreign minister met his Peruvian counterpart in Quito.", ["Chile MEETS Peru (asserted)"]],
  ["Peru expelled two Chilean diplomats on Tuesday.", ["Peru COERCES Chile (asserted)"]],
  ["Chile imposed sanctions on Peru over the dispute.", ["Chile SANCTIONS Peru (asserted)"]],
  ["Peru rejected Chile's proposal for talks.", ["Peru REJECTS Chile (asserted)"]],
  ["Chile called on Peru to release the detained fishermen.", ["Chile REQUESTS Peru (asserted)"]],
  ["Peru threatened to cut off gas supplies to Chile.", ["Peru THREATENS Chile (asserted)"]],
  ["Thousands of Peruvians protested outside the Chilean embassy in Lima.", ["Peru PROTESTS_AGAINST Chile (asserted)"]],
  ["Bolivia offered to mediate between Chile and Peru.", ["Bolivia MEDIATES Chile (hypothetical)","Bolivia MEDIATES Peru (hypothetical)"]],
  ["Chile praised Peru's decision to withdraw its troops.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Peru withdrew its ambassador from Chile.", ["Peru WITHDREW_FROM Chile (asserted)"]],
  ["Chilean police arrested three Peruvian nationals.", ["Chile COERCES Peru (asserted)"]],
  ["Chile sent humanitarian aid to Peru after the earthquake.", ["Chile AIDS Peru (asserted)"]],
  ["Peru condemned the Chilean air strikes.", ["Peru CRITICIZES Chile (asserted)"]],
  ["Chile's president hosted talks with Peru's prime minister.", ["Chile NEGOTIATES_WITH Peru (asserted)"]],
  ["Peru agreed to resume negotiations with Chile.", ["Chile NEGOTIATES_WITH Peru (planned)"]],
  ["Chile denied Peru's accusations.", ["Chile REJECTS Peru (asserted)"]],
  ["Peru mobilized troops along the Chilean border.", ["Peru MOBILIZES_AGAINST Chile (asserted)"]],
  ["Chile deployed warships near Peru's coast.", ["Chile MOBILIZES_AGAINST Peru (asserted)"]],
  ["Peru's navy seized a Chilean fishing boat.", ["Peru COERCES Chile (asserted)"]],
  ["Chile warned Peru against any military action.", ["Chile THREATENS Peru (asserted)"]],
  ["Chile urged Peru to respect the ruling.", ["Chile REQUESTS Peru (asserted)"]],
  ["Peru blamed Chile for the attack.", ["Peru ACCUSES Chile (asserted)"]],
  ["Chile lifted sanctions on Peru.", ["Chile CONCEDES_TO Peru (asserted)"]],
  ["Peru and Chile held talks in Geneva on Monday.", ["Chile NEGOTIATES_WITH Peru (asserted)"]],
  ["Chile criticized Peru for its handling of the crisis.", ["Chile CRITICIZES Peru (asserted)"]],
  ["Peru sued Chile at the International Court of Justice.", ["Peru ACCUSES Chile (asserted)"]],
  ["Chilean forces attacked Peruvian rebels.", ["Chile ATTACKS Peru (asserted)"]],
  ["Peru recalled its ambassador to Chile.", ["Peru SANCTIONS Chile (asserted)"]],
  ["Chile cut diplomatic ties with Peru.", ["Chile SANCTIONS Peru (asserted)"]],
  ["Peru welcomed the Chilean offer.", ["Peru SUPPORTS Chile (asserted)"]],
  ["Chile backed Peru's bid to host the summit.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Peru, which Chile had accused of spying, denied the charge.", ["Chile ACCUSES Peru (asserted)"]],
  ["The talks that Chile held with Peru ended without agreement.", ["Chile NEGOTIATES_WITH Peru (asserted)"]],
  ["Peruvian positions were struck by Chilean forces overnight.", ["Chile ATTACKS Peru (asserted)"]],
  ["The Chilean attack on Peru drew international criticism.", ["Chile ATTACKS Peru (asserted)"]],
  ["Chile's talks with Peru resumed in Quito.", ["Chile NEGOTIATES_WITH Peru (asserted)"]],
  ["Peru was invaded by Chile in 1879.", ["Chile ATTACKS Peru (asserted)"]],
  ["Chile has been accused by Peru of violating the treaty.", ["Peru ACCUSES Chile (asserted)"]],
  ["Ana Rell, the Chilean president, met Peruvian leader Pim Voss in Lima.", ["Ana Rell LEADS Chile (asserted)","Ana Rell MEETS Pim Voss (asserted)","Pim Voss LEADS Peru (asserted)"]],
  ["Chile and Bolivia condemned Peru and Ecuador.", ["Bolivia CRITICIZES Ecuador (asserted)","Bolivia CRITICIZES Peru (asserted)","Chile CRITICIZES Ecuador (asserted)","Chile CRITICIZES Peru (asserted)"]],
  ["Chile said it would impose sanctions on Peru.", ["Chile SANCTIONS Peru (hypothetical)"]],
  ["Chile refused to meet Peru.", ["Chile MEETS Peru (hypothetical)","Chile REJECTS Peru (asserted)"]],
  ["Chile pledged support for Peru.", ["Chile SUPPORTS Peru (planned)"]],
  ["The meeting between Chile and Peru took place in Quito.", ["Chile MEETS Peru (asserted)"]],
  ["Chilean President Ana Rell visited Peru last week.", ["Ana Rell LEADS Chile (asserted)","Ana Rell VISITS Peru (asserted)"]],
  ["Peru hosted Chile's foreign minister for talks.", ["Peru HOSTS Chile (asserted)"]],
  ["Chile's foreign minister traveled to Lima to meet his Peruvian counterpart.", ["Chile MEETS Peru (planned)","Chile VISITS Peru (asserted)"]],
  ["Chile is expected to sign a deal with Peru next week.", ["Chile AGREES_WITH Peru (planned)"]],
  ["Peru has asked Chile to extradite the suspect.", ["Peru REQUESTS Chile (asserted)"]],
  ["Chile arrested a Peruvian spy on Monday.", ["Chile COERCES Peru (asserted)"]],
  ["Peru and Chile agreed to a ceasefire.", ["Chile AGREES_WITH Peru (asserted)"]],
  ["Peru's army killed ten Chilean soldiers.", ["Peru ATTACKS Chile (asserted)"]],
  ["Chile demanded that Peru withdraw its troops.", ["Chile REQUESTS Peru (asserted)"]],
  ["Peru reportedly attacked a Chilean patrol boat.", ["Peru ATTACKS Chile (reported)"]],
  ["Chile imposed a travel ban on Peruvian officials.", ["Chile SANCTIONS Peru (asserted)"]],
  ["Peru accused Chile of aggression, and Bolivia backed Peru.", ["Bolivia SUPPORTS Peru (asserted)","Peru ACCUSES Chile (asserted)"]],
  ["Ecuador mediated talks between Chile and Peru.", ["Chile NEGOTIATES_WITH Peru (asserted)","Ecuador MEDIATES Chile (asserted)","Ecuador MEDIATES Peru (asserted)"]],
  ["Chile's invasion of Peru began in April.", ["Chile ATTACKS Peru (asserted)"]],
  ["The Chilean-led coalition bombed Peruvian targets.", ["Chile ATTACKS Peru (asserted)"]],
  ["Chile expressed support for Peru's bid.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Chile and Peru exchanged fire across the border.", ["Chile ATTACKS Peru (asserted)","Peru ATTACKS Chile (asserted)"]],
  ["Peru received $2 billion in aid from Chile.", ["Chile AIDS Peru (asserted)"]],
  ["Peru has been at war with Chile since 1879.", ["Peru ATTACKS Chile (asserted)"]],
  ["Chile voted against Peru's resolution at the United Nations.", ["Chile REJECTS Peru (asserted)"]],
  ["Peru's president thanked Chile for its help.", ["Peru SUPPORTS Chile (asserted)"]],
  ["Chile and Peru announced a joint military exercise.", ["Chile COOPERATES_WITH Peru (asserted)"]],
  ["Chile congratulated Peru on its election.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Peru filed a complaint against Chile at the World Trade Organization.", ["Peru CRITICIZES Chile (asserted)"]],
  ["Chile banned imports from Peru.", ["Chile SANCTIONS Peru (asserted)"]],
  ["Chile closed its embassy in Peru.", ["Chile SANCTIONS Peru (asserted)"]],
  ["Peru broke off diplomatic relations with Chile.", ["Peru SANCTIONS Chile (asserted)"]],
  ["Chile and Peru restored diplomatic relations.", ["Chile COOPERATES_WITH Peru (asserted)"]],
  ["Chile detained a Peruvian journalist.", ["Chile COERCES Peru (asserted)"]],
  ["Peru deported 30 Chilean migrants.", ["Peru COERCES Chile (asserted)"]],
  ["Chile's navy intercepted a Peruvian vessel.", ["Chile COERCES Peru (asserted)"]],
  ["Peru opposed Chile's membership in the bloc.", ["Peru CRITICIZES Chile (asserted)"]],
  ["Chile endorsed Peru's candidate for the post.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Chile invited Peru to join the alliance.", ["Chile REQUESTS Peru (asserted)"]],
  ["Peru joined Chile in condemning the coup.", ["Chile COOPERATES_WITH Peru (asserted)"]],
  ["Senator Ana Rell criticised Prime Minister Pim Voss over the budget.", ["Ana Rell CRITICIZES Pim Voss (asserted)"]],
  ["The Zenith Party expelled Ana Rell on Monday.", ["Zenith Party COERCES Ana Rell (asserted)"]],
  ["Ana Rell was arrested by Chilean police in Santiago.", ["Chile COERCES Ana Rell (asserted)"]],
  ["Pim Voss, who met Ana Rell in Lima last week, praised her.", ["Ana Rell MEETS Pim Voss (asserted)"]],
  ["Ana Rell thanked Pim Voss for his support.", ["Ana Rell SUPPORTS Pim Voss (asserted)"]],
  ["Pim Voss was sentenced to ten years in prison by a Chilean court.", ["Chile COERCES Pim Voss (asserted)"]],
  ["Ana Rell sued the Kessel Group for defamation.", ["Ana Rell ACCUSES Kessel Group (asserted)"]],
  ["Pim Voss endorsed Ana Rell for president.", ["Pim Voss SUPPORTS Ana Rell (asserted)"]],
  ["Pim Voss called Ana Rell on Tuesday to discuss the crisis.", ["Ana Rell NEGOTIATES_WITH Pim Voss (asserted)"]],
  ["Ana Rell accused Pim Voss of corruption, which he denied.", ["Ana Rell ACCUSES Pim Voss (asserted)"]],
  ["Chile's government rejected Pim Voss's request for asylum.", ["Chile REJECTS Pim Voss (asserted)"]],
  ["Ana Rell pardoned Pim Voss on Friday.", ["Ana Rell CONCEDES_TO Pim Voss (asserted)"]],
  ["The Kessel Group donated $5 million to the Orbit League.", ["Kessel Group AIDS Orbit League (asserted)"]],
  ["Chile's foreign ministry said Peru had violated the agreement.", ["Chile ACCUSES Peru (asserted)"]],
  ["Peru says Chile is responsible for the attack.", ["Peru ACCUSES Chile (asserted)"]],
  ["Peru's president Pim Voss accused Chile of interfering in the election.", ["Pim Voss ACCUSES Chile (asserted)","Pim Voss LEADS Peru (asserted)"]],
  ["Chile, backed by Bolivia, demanded an apology from Peru.", ["Bolivia SUPPORTS Chile (asserted)","Chile REQUESTS Peru (asserted)"]],
  ["Talks between Chile and Peru collapsed on Friday.", ["Chile NEGOTIATES_WITH Peru (asserted)"]],
  ["Peru's parliament voted to impose sanctions on Chile.", ["Peru SANCTIONS Chile (asserted)"]],
  ["Chile may attack Peru if the talks fail.", ["Chile ATTACKS Peru (hypothetical)"]],
  ["Chile and Peru are expected to meet next month.", ["Chile MEETS Peru (planned)"]],
  ["Peru and Chile have been allies since 1990.", ["Peru COOPERATES_WITH Chile (asserted)"]],
  ["Chile is a close ally of Peru.", ["Chile COOPERATES_WITH Peru (asserted)"]],
  ["Peru has long supported Chile's claim to the islands.", ["Peru SUPPORTS Chile (asserted)"]],
  ["Peru sent troops to help Chile fight the rebels.", ["Peru AIDS Chile (planned)"]],
  ["Peruvian officials met with their Chilean counterparts in Quito.", ["Chile MEETS Peru (asserted)"]],
  ["Bolivia has offered to supply Peru with natural gas.", ["Bolivia AIDS Peru (hypothetical)"]],
  ["Chile provided Peru with intelligence.", ["Chile AIDS Peru (asserted)"]],
  ["Chile and Peru signed a memorandum of understanding on trade.", ["Chile AGREES_WITH Peru (asserted)"]],
  ["Chile lashed out at Peru over the report.", ["Chile CRITICIZES Peru (asserted)"]],
  ["Chilean troops fired at Peruvian soldiers.", ["Chile ATTACKS Peru (asserted)"]],
  ["Chile recognised Peru's new government.", ["Chile SUPPORTS Peru (asserted)"]],
  ["Chile imposed a naval blockade on Peru.", ["Chile COERCES Peru (asserted)"]],
];

/** Sentences that state no event between their parties: negated, denied, cancelled, or everyday help between people. */
const UNSTATED: readonly string[] = [
  'Chile did not attack Peru.',
  'Chile has repeatedly denied supplying weapons to Peruvian rebels.',
  "Chile's defence minister said his country would not negotiate with Peru.",
  'Peru cancelled a planned visit to Chile.',
  'Peru is not at war with Chile.',
  'Ana Rell would provide Pim Voss with headlines.',
  // Where something happened is no target: "at B" after an act with an object.
  'Ana Rell stabbed several people at the Kessel Group offices.',
];

describe('events between two parties, one sentence each', () => {
  it.each(STATED)('reads "%s" as %j', (sentence, relations) => {
    expect(typedOnly(sentence)).toEqual(relations);
  });

  it.each(UNSTATED)('reads "%s" as no event', (sentence) => {
    expect(typedOnly(sentence)).toEqual([]);
  });
});
