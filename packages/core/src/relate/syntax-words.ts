/**
 * The closed-class and framing words the reading of the parse needs, as data
 * in one place (lemmas, lower-case). What a verb or event noun means between
 * two parties lives in event-lexicon.ts; these words only say how a sentence
 * puts it: negated, planned, conditional, demanded, reported — or that a verb
 * is light and its object noun carries the event ("held talks with").
 */
import { BODY_NOUNS, CALENDAR_NAMES, KIND_NOUNS, LEGISLATOR_TITLES, PERSON_TITLES } from '../nlp/lexicon.js';
import type { RelationType } from '../vocabulary/relation-types.js';
import { nounRelations } from './event-lexicon.js';
import { THING_NOUNS } from './event-lexicon-data.js';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** How an agent noun ends ("drummer", "actor", "activist", "resident", "cameraman"); THING_NOUNS lists the common words that end so but name no one. */
export const AGENT_NOUN_ENDING = /(?:er|or|eur|ist|ian|ant|ent|man|woman|person)$/;

/**
 * A noun that names a person by a role: a title, "member", or an agent noun by its ending ("drummer",
 * "co-founder", "cameraman") unless WordNet knows it as a common word that names no one ("offer", "agreement").
 */
export function isPersonNoun(lemma: string): boolean {
  return PERSON_TITLES.has(lemma) || lemma === 'member' || (AGENT_NOUN_ENDING.test(lemma) && !THINGS.has(lemma));
}
const THINGS: ReadonlySet<string> = new Set(THING_NOUNS);

/** Negate the predicate they modify ("did not sign", "never met", "no talks"). */
export const NEGATION_WORDS = words(`not n't never no neither nor`);

/** Auxiliaries of the future: the event is planned ("will meet"). */
export const FUTURE_AUXILIARIES = words(`will shall 'll wo`);

/** Auxiliaries of possibility or condition: the event is hypothetical ("could sanction"). */
export const POSSIBILITY_AUXILIARIES = words(`could would might may can`);

/** Auxiliaries of obligation: the event is demanded ("must withdraw"). */
export const OBLIGATION_AUXILIARIES = words(`must should`);

/** Verbs whose complement is intended or scheduled, not done ("plans to meet", "agreed to sign"). */
export const PLANNING_VERBS = words(`
  plan intend expect schedule aim prepare agree decide promise pledge vow swear hope want seek try attempt apply
  set go resolve commit arrange`);

/** Verbs whose infinitive is what the subject intends, threatens or offers to do ("threatened on Monday to seize …"). */
export const INTENDING_VERBS = words(`threaten vow swear pledge promise agree decide plan intend offer refuse vote seek prepare`);

/** Verbs that put an event off: it is still planned ("the visit was postponed", "delayed the talks"). */
export const POSTPONING_VERBS = words(`postpone delay defer reschedule adjourn`);

/** Verbs whose complement is asked of someone ("urged A to withdraw", "called on A to sign"). */
export const DEMANDING_VERBS = words(`urge ask call demand request press order invite encourage appeal push implore instruct`);
/** Nouns of answering another's doing ("in response to B's build-up"). */
export const REACTION_NOUNS = words(`response reaction answer retaliation anticipation reply`);
/** Nouns of what is asked, which an answer meets rather than opposes and a refusal rejects ("despite a request from B"). */
export const ASKING_NOUNS = words(`request call appeal invitation plea demand`);
/** Verbs of protest and demand, whose infinitive is an act's purpose ("walked out … to protest against B"). */
export const PROTEST_PURPOSES = words(`protest demonstrate demand press`);

/**
 * Verbs whose complement is only possible ("threatened to strike", "proposed to meet", "considered sanctioning"), and
 * adjectives of readiness, which frame theirs so ("was willing to sign", "is ready to meet").
 */
export const POSSIBILITY_VERBS = words(`threaten propose consider offer suggest weigh contemplate refuse decline willing ready prepared eager keen`);

/** Nouns whose infinitive is only possible ("A's threat to attack B", "a refusal to meet B"). */
export const POSSIBLE_NOUNS = words(`threat offer proposal invitation refusal readiness willingness`);
/** Nouns of what one has undertaken to do ("a pledge by A to supply B"): planned. */
export const PLEDGE_NOUNS = words(`pledge promise commitment vow plan decision`);
/** Nouns of a threat, whose infinitive's harm is threatened ("A's threat to expel B's envoy"). */
export const THREAT_NOUNS = words(`threat ultimatum`);

/** Subordinators of a condition ("if A attacks B"). */
export const CONDITION_MARKERS = words(`if unless whether`);

/** Verbs that report speech: their complement is a claim when someone else makes it ("A said that B attacked C"). */
export const REPORTING_VERBS = words(`
  say tell state announce report add note write confirm explain insist reveal declare testify tweet`);

/** Verbs (and adjectives) of belief or allegation: their complement is always a claim ("A alleged that B bribed C", "A was sure that B …"). */
export const CLAIMING_VERBS = words(`claim allege suggest believe suspect assert contend think argue rumor rumour sure certain convinced confident`);

/** Adverbs that pass a statement on as hearsay: "A reportedly works for B", "A allegedly bribed B". */
export const HEARSAY_ADVERBS = words(`reportedly allegedly purportedly supposedly reputedly`);

/**
 * Verbs of trying and punishing whose passive subject (or, for "serve" a sentence, subject) is the agent of the act
 * named after them: "A was convicted of the murder of B", "A was charged with the assault on B", "A is serving a life
 * sentence for the assassination of B". A charge is a claim ("reported"); a conviction or a sentence states the act.
 */
export const TRIAL_VERBS: ReadonlyMap<string, 'asserted' | 'reported'> = new Map([
  ['convict', 'asserted'], ['sentence', 'asserted'], ['jail', 'asserted'], ['imprison', 'asserted'], ['serve', 'asserted'],
  ['charge', 'reported'], ['indict', 'reported'], ['accuse', 'reported'], ['prosecute', 'reported'], ['try', 'reported'],
]);

/** Verbs that deny their complement: "A denied that B met C", "A denied meeting C" states no meeting. */
export const DENYING_VERBS = words(`deny refute dispute disavow`);

/** Verbs whose complement did not happen: "failed to reach B", "neglected to inform B". */
export const FAILING_VERBS = words(`fail neglect`);
/** Verbs of stopping what one did ("stopped attacking B", "ceased firing on B"): the act is no longer done. */
export const CEASING_VERBS = words(`stop cease halt quit`);

/** Verbs whose object does what the infinitive after it says ("got him to talk", "persuaded B to lend"), even read as a purpose. */
export const OBJECT_CONTROL_VERBS = words(`get let make help allow enable force cause persuade convince invite encourage tell order ask urge require lead`);

/** Nouns an infinitive completes ("a purpose to mitigate", "the proposal to sign"): the infinitive is theirs, not a purpose of the verb. */
export const INFINITIVE_NOUNS = words(`
  purpose attempt effort right need ability chance way time opportunity willingness refusal power authority
  permission mandate mission goal aim intention proposal plan decision bid offer request call order agreement
  promise pledge vow threat move desire wish intent determination readiness eagerness commitment resolve capacity
  capability failure invitation`);

/** The preposition that attributes a statement to a source ("according to A"), as the parse's lemmas spell it ("accord to") or as written. */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['according to', 'accord to']);

/** Modifiers of an event noun that make it planned ("the planned talks") or only possible ("a possible strike"). */
export const PLANNED_MODIFIERS = words(`planned upcoming scheduled expected future forthcoming intended pending impending`);
export const POSSIBLE_MODIFIERS = words(`possible potential proposed hypothetical threatened`);

/**
 * Nouns for a country's or an organisation's people, or a coalition it leads, that stand for it ("Valdorian forces
 * attacked", "the Valdoria-led coalition", "arrested members of B"), and its strikes, as their agent ("Valdorian
 * airstrikes killed dozens in B").
 */
export const STAND_IN_NOUNS = words(`
  force troop army military government official authority police navy delegation ministry agency diplomat
  leader leadership ruler regime administration negotiator representative soldier warplane jet militant coalition
  guard coastguard minister secretary president premier envoy ambassador spokesman spokeswoman spokesperson
  security intelligence service agent prosecutor drone warship missile vessel ship boat submarine aircraft plane
  tanker freighter frigate destroyer trawler ferry
  helicopter convoy tank king queen prince princess emir sultan monarch chancellor counterpart court tribunal artillery bomber
  parliament legislature cabinet congress senate committee commission council regulator
  frigate destroyer gunboat junta lawmaker legislator commander general embassy consulate member
  airstrike strike bombing bombardment shelling raid offensive fire gunfire rocket mortar supporter loyalist worker unit
  bomb presidency commando paratrooper mediator chairperson chairman chairwoman chief head secretary-general director director-general commissioner
  detective investigator inspector executive department directorate`);

/** Verbs by which an act is done, whose agent is the act's: "air strikes carried out by B", "a raid launched by B". */
/** ("an attack claimed by B": who claims an attack did it.) */
export const CARRYING_OUT_VERBS = words(`carry conduct launch stage mount fire unleash perform execute claim`);
/** Verbs of working a weapon or a craft, whose agent the weapon stands for: "a drone operated by B", "a bomb planted by B". */
export const WIELDING_VERBS = words(`operate plant fly pilot detonate drop`);

/** Those who speak or bargain for a party, who stand for it named "for" it: "negotiators for B", "a spokesman for B". */
export const SPEAKING_FOR_NOUNS = words(`negotiator representative spokesman spokeswoman spokesperson delegate delegation envoy`);

/** A body's own people, who stand for it named "of" it: "members of the B Union", "leaders of the B Party". */
export const BODY_PEOPLE_NOUNS = words(`member representative lawmaker legislator delegate fighter supporter activist leader worker employee officer soldier gunman engineer commander guard volunteer staff rebel militant commando paratrooper negotiator mediator envoy official coordinator organiser organizer hacker marcher protester protestor demonstrator striker detective investigator inspector executive
  lawyer doctor nurse teacher farmer docker dockworker driver miner pilot journalist trader shopkeeper student
  researcher campaigner reporter correspondent editor scientist priest cleric`);

/** A country's own institutions, which stand for it when named "in" it: "police in B", "prosecutors in B". */
export const DOMESTIC_BODY_NOUNS = words(`police authority prosecutor court judge government official ministry parliament regulator legislature cabinet counterpart junta regime ruler military lawmaker legislator senator minister`);

/** Prepositions the tagger may read as adverbs before a noun phrase ("worked alongside B's police"). */
export const ADVERB_PREPOSITIONS = words(`alongside`);

/** Verbs of working something out together: "A and B coordinated their positions" (unlike "enlarged the port"). */
export const COORDINATING_VERBS = words(`coordinate harmonise harmonize synchronise synchronize`);
/** Verbs of wanting or telling another to act, which ask it to ("A wants B to withdraw", "A told B to leave"). */
export const BIDDING_VERBS = words(`want like wish tell instruct command direct`);
/** Nouns an act is set off as, what another demanded ("…, a key demand of B", "…, a step B had long demanded"). */
export const MET_DEMAND_NOUNS = words(`demand step gesture concession move`);
/** Verbs of wanting another's act, which make the act so set off a demand ("a step B had sought"). */
export const ACT_DEMANDING_VERBS = words(`demand seek press request call urge want`);
/** Nouns of asking whose "that" clause says what is asked, of the clause's subject: "its demand that B pay". */
export const DEMAND_CLAUSE_NOUNS = words(`demand call request appeal insistence`);
/** Verbs of committing oneself to an act: "agreed to supply B", "promised to ship grain to B", "offered to send police to B". */
export const COMMITTING_VERBS = words(`agree promise pledge commit undertake offer`);
/** Verbs of taking back what one said or asked, besides those that undo an act: "withdrew its demand that B …". */
export const RETRACTING_VERBS = words(`withdraw drop abandon retract`);
/** Verbs of applying to a body, and what one applies for: "A applied for membership of B" asks B. */
export const APPLYING_VERBS = words(`apply`);
export const ADMISSION_NOUNS = words(`membership admission accession entry`);
/** Verbs of vowing, which make a vow of force or punishment a threat ("vowed to retaliate against B"). */
export const VOWING_VERBS = words(`vow swear pledge promise`);
/** Verbs of agreeing to do something, which one does with whoever the act is done with ("agreed to open a line with B"). */
export const AGREEING_VERBS = words(`agree commit undertake`);
/** Auxiliaries of what a warning says one would do ("warned that it would strike B"), and the pronouns it is said by. */
export const WARNING_AUXILIARIES = words(`will would could might may shall`);
export const PERSONAL_PRONOUNS = words(`it they we i he she`);
/** Acts of force or punishment whose vow threatens whoever they would hit. */
export const HOSTILE_ACTS: ReadonlySet<RelationType> = new Set(['ATTACKS', 'COERCES', 'SANCTIONS', 'MOBILIZES_AGAINST']);

/**
 * Prepositions that name whom a threatened act would hit: "threatened to cut supplies to B", "… to impose tariffs on
 * B", "… to pull troops from B".
 */
export const THREATENED_PREPOSITIONS = words(`to on against with from`);

/**
 * Events in whose manner or course one acts, keyed "noun preposition": "flew cargo to B in support of C", "marched in
 * solidarity with C", "discussed X in a phone call with C".
 */
export const MANNER_EVENTS: ReadonlyMap<string, RelationType> = new Map([
  ['support of', 'SUPPORTS'],
  ['solidarity with', 'SUPPORTS'],
  ['defence of', 'SUPPORTS'],
  ['defense of', 'SUPPORTS'],
  ['protest against', 'PROTESTS_AGAINST'],
  ['protest at', 'PROTESTS_AGAINST'],
  ['strike against', 'PROTESTS_AGAINST'],
  ['defiance of', 'REJECTS'],
  ['cooperation with', 'COOPERATES_WITH'],
  ['coordination with', 'COOPERATES_WITH'],
  ['partnership with', 'COOPERATES_WITH'],
  // What one says or discusses in a call or a meeting with a party is said to it: "discussed X in a phone call with B".
  ['call with', 'NEGOTIATES_WITH'],
  ['meeting with', 'MEETS'],
]);
/** The talks among those events, which may hang on what is discussed in them. */
export const TALK_MANNER_NOUNS = words(`call meeting`);

/** Offices that lead what they are of, and verbs by which one takes or holds one ("won the presidency of B"). */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  ...words(`presidency premiership chairmanship chairwomanship chancellorship governorship mayoralty leadership`),
  'prime ministry',
]);
export const OFFICE_TAKING_VERBS = words(`win regain assume resume take hold retain keep secure reclaim gain inherit`);
/** Nouns for a post, named by the title after their "of" ("the office of President of B"). */
export const POST_NOUNS = words(`office post position seat role`);

/** Verbs by which a person founds an organisation and so belongs to it ("A co-founded B"). */
export const FOUNDING_VERBS = words(`found co-found cofound form establish create`);

/** Nouns for an armed group's fighters, who stand for the group ("B militia attacked C", "B's fighters"). */
export const FIGHTER_NOUNS = words(`militia militiaman fighter rebel insurgent guerrilla gunman militant jihadist`);

/** Nouns through which one takes a share in an event: "took part in talks with B", "played a role in the talks". */
export const PARTAKING_NOUNS = words(`part role`);
/** Verbs of forgiving a debt, and the debts: forgiven, a debt is aid to the debtor (PLOVER manual, AID). */
export const FORGIVING_VERBS = words(`cancel forgive waive relieve scrap`);
export const DEBT_NOUNS = words(`debt debts loan loans arrears`);
/** Nouns of one of several sittings of an event, which stand for it: "a new round of talks with B". */
export const ROUND_NOUNS = words(`round series session wave spate barrage string volley flurry salvo`);
/** Words for a share of what their "of" names, which an act on them does to it: "lifted most of its restrictions". */
export const SHARE_WORDS = words(`most some all much many part half rest remainder bulk`);
/** Stretches of time which, counted, stand for the event they are of: "two days of talks with B". */
export const DURATION_NOUNS = words(`hour day night week month year`);
/** Words that count a noun without a numeral: "several days of talks", "a week of drills". */
export const COUNTING_WORDS = words(`a an one several few many some`);

/** Words by which fighters side with an actor and stand for it: "militants loyal to B", "rebels allied with B". */
export const SIDING_WORDS = words(`loyal allied aligned affiliated linked`);

/**
 * Nouns for people that a nationality stands in for, as event data codes an actor ("a Valdorian fisherman was
 * detained", "Valdoria's citizens"): only a country, not a city or region ("a Kessel man"). So does any plural noun
 * for persons by its ending ("Valdorian climbers").
 */
export const NATIONAL_NOUNS = words(`
  rebel fighter insurgent gunman protester demonstrator activist dissident
  citizen national civilian resident villager migrant refugee worker student tourist
  fisherman sailor pilot crew journalist reporter prisoner hostage captive detainee suspect man woman
  child family businessman youth settler farmer herder trader hacker smuggler trafficker pirate poacher terrorist
  extremist separatist people person`);

/** Nouns for a body of people sent or employed, who stand for whoever they come from ("a team from B"). */
export const PEOPLE_GROUP_NOUNS = words(`team delegation staff personnel employee contingent`);
/** Verbs of serving someone, whom people "working for B" stand for. */
export const SERVING_VERBS = words(`work employ serve`);
/** Verbs of talking a matter over, which two parties do with each other ("A and B discussed trade"). */
export const DISCUSSING_VERBS = words(`discuss debate`);
/** Participles of belonging to a body, with the preposition before it ("teachers affiliated with B", "fighters linked to B"). */
export const AFFILIATION_VERBS = words(`affiliate link ally align associate belong tie`);

/** Verbs of using a means, whose purpose is the act done with it ("used drones to bomb B"). */
export const MEANS_VERBS = words(`use employ utilise utilize`);

/** Verbs of protesting in the street, whose demand made so is a protest ("rallied to demand …"). */
export const PROTEST_ACT_VERBS = words(`rally march demonstrate protest gather block blockade barricade occupy picket chant`);

/** Prepositions of where something is done or said ("on Twitter", "at the summit"), never of who does it. */
export const PLACE_PREPOSITIONS = words(`on in at via`);

/** What someone writes or says, whose author does what it does ("a statement blaming B", "a letter urging B to …"). */
export const MESSAGE_NOUNS = words(`statement message letter tweet post video speech communique editorial note report op-ed`);

/** Nouns for what someone issues, whose issuer may follow "from" or "by" ("rejected a request from B", "welcomed the decision by B"). */
export const ISSUED_NOUNS = words(`
  request offer proposal demand call appeal invitation plea bid accusation allegation charge claim threat warning
  ultimatum criticism complaint condemnation decision move plan statement announcement order ruling verdict
  initiative overture mediation pledge promise ban remark comment proclamation declaration policy resolution report pressure`);

/** Nouns for the kind of an organisation, which a name before them names ("the Kessel airframe company" is Kessel). */
export const ORGANISATION_KIND_NOUNS = words(`
  company firm corporation group conglomerate carrier airline maker manufacturer broadcaster network newspaper daily
  bank agency insurer retailer operator movement militia faction gang cartel mission`);

/** A noun for a kind of organisation: "firm", "airline", "lender", "university". */
export function isOrganisationKind(lemma: string): boolean {
  return ORGANISATION_KIND_NOUNS.has(lemma) || KIND_NOUNS.get(lemma) === 'ORG' || BODY_NOUNS.has(lemma);
}

/** Verbs that undo what their object noun names ("lifted sanctions on B", "suspended cooperation with B"). */
export const UNDOING_VERBS = words(`lift ease end remove relax scrap drop rescind revoke suspend pause halt cut freeze withdraw sever cancel downgrade reverse`);
/** Verbs by which a measure is laid on a party, whose party is the measure's: "sanctions imposed on B". */
export const IMPOSING_VERBS = words(`impose place slap levy`);
/** Nouns of undoing an event, by the verb they name: "the lifting of the ban on B", "the cancellation of talks with B". */
export const UNDOING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['lifting', 'lift'], ['easing', 'ease'], ['end', 'end'], ['ending', 'end'], ['removal', 'remove'], ['relaxation', 'relax'],
  ['scrapping', 'scrap'], ['rescinding', 'rescind'], ['revocation', 'revoke'], ['suspension', 'suspend'], ['halt', 'halt'],
  ['withdrawal', 'withdraw'], ['severing', 'sever'], ['severance', 'sever'], ['rupture', 'sever'], ['breaking', 'sever'],
  ['cancellation', 'cancel'], ['downgrading', 'downgrade'],
]);

/** Verbs and prepositions of leaving an event, which undo it as ending it does: "withdrew from talks with B" (CAMEO 164). */
export const LEAVING_EVENT_PHRASES: ReadonlySet<string> = new Set(['withdraw from', 'pull out of', 'walk out of', 'drop out of', 'back out of']);

/**
 * Relations between states, which only a verb that opens them makes cooperation ("established diplomatic relations
 * with B") and one that undoes them a sanction ("cut ties with B"); "strained relations with B" is neither.
 */
export const DIPLOMATIC_NOUNS = words(`relation tie`);
/** Exchange whose opening is economic cooperation (CAMEO 061: "resumed trade with B"), and whose cutting a sanction. */
export const EXCHANGE_NOUNS = words(`trade commerce`);
export const OPENING_VERBS = words(`establish resume restore normalize normalise renew upgrade reopen`);

/**
 * Phrasal verbs whose particle changes the verb's sense, each read as a one-word verb of the same sense (CAMEO's
 * verb dictionary lists most of them apart from the plain verb): "struck down the law" overturns it and attacks no
 * one, "turned down an offer from B" rejects it, "broke off relations with B" severs them. Keyed "verb particle".
 */
export const PHRASAL_VERB_SENSES: ReadonlyMap<string, string> = new Map([
  ['strike down', 'overturn'],
  ['vote down', 'reject'],
  ['turn down', 'reject'],
  ['rule out', 'reject'],
  ['gun down', 'shoot'],
  ['blow up', 'bomb'],
  ['wipe out', 'destroy'],
  ['kick out', 'expel'],
  ['boot out', 'expel'],
  ['set up', 'establish'],
  ['call off', 'cancel'],
  ['break off', 'sever'],
  ['meet up', 'meet'],
  ['sit down', 'meet'],
  ['team up', 'cooperate'],
  ['lash out', 'criticize'],
  ['give in', 'yield'],
  ['brush aside', 'reject'],
  ['back down', 'yield'],
  ['pull back', 'withdraw'],
  ['step down', 'resign'],
  ['write off', 'forgive'],
  ['send back', 'return'],
  ['wrap up', 'conclude'],
]);

/** People who protest, who stand for the place they protest in ("protesters in B marched against C"). */
/**
 * Raids, and those who raid to enforce the law: a raid by police or officials is a coercion (PLOVER's COERCE, CAMEO
 * 17: searches and seizures), by troops or fighters an assault.
 */
export const RAIDING_VERBS = words(`raid storm search`);
export const POLICING_NOUNS = words(`police policeman officer official agent investigator prosecutor inspector authority`);
export const PROTESTER_NOUNS = words(`protester protestor demonstrator marcher activist supporter crowd student worker resident people consumer shopper`);
/**
 * Parts of a building or of ground, which are whoever's the whole is ("the entrance of B's headquarters", "a stretch
 * of the valley claimed by B").
 */
export const SITE_PART_NOUNS = words(`entrance gate front roof step steps ground grounds compound lobby courtyard perimeter stretch section portion`);

/** Crowds whose force is a violent protest ("rioters torched the office of B"), with PROTESTER_NOUNS. */
export const RIOTER_NOUNS = words(`rioter mob`);

/** Nouns for a number or a body of people, which stand for the people they count ("thousands of Valdorians", "a gathering of B fighters"). */
export const COUNTING_NOUNS = words(`thousand hundred dozen million score ten group crowd number gathering column squad detachment`);

/** Prepositions that join a party to an event noun ("the arrest of A by B", "a meeting with B"), never opening a clause. */
export const NOUN_PHRASE_PREPOSITIONS = words(`by with of for against to from on between`);

/** Prepositions of the time of a journey during which one acts ("during a visit to B", "on a trip to B"). */
export const TRAVEL_TIME_PREPOSITIONS = words(`during on while`);

/** Prepositions of an event by which one acts ("under a deal with B", "after talks with B"). */
export const ACTED_BY_PREPOSITIONS = words(`under after following through via amid`);

/** Verbs whose object noun names the event, or that carry it on: the subject is its agent ("held talks with", "launched an attack on", "increased cooperation with"). */
export const LIGHT_VERBS = words(`
  hold have conduct begin open reopen resume restart relaunch start launch engage carry stage attend continue make complete finish
  sign reach conclude seal strike increase expand strengthen deepen boost intensify enhance broaden
  step orchestrate mount perpetrate commit wage lead organise organize coordinate undertake initiate
  impose slap levy announce file bring level pay issue offer provide give deliver extend lodge submit pledge promise
  order host send supply restore establish normalize normalise renew upgrade participate ratify express voice
  unseal unveil introduce adopt approve enact press enter form reimpose`);

/** What makes a table the talks held at it ("returned to the bargaining table with B"). */
export const TALKS_TABLE_WORDS = words(`bargaining negotiating negotiation`);

/** Objects with which "take" is a light verb: "took part in talks", "took a trip to B" (not "took charge of B"). */
export const TAKEN_NOUNS = words(`part trip journey tour`);

/** Nouns for a person's kin and companions: "A met B's wife" is no meeting with B. */
export const KIN_NOUNS = words(`
  wife husband spouse son daughter child kid brother sister father mother parent family grandson granddaughter
  grandfather grandmother uncle aunt nephew niece cousin widow widower fiancé fiancée girlfriend boyfriend friend
  colleague aide guest associate companion bandmate teammate`);

/** Nouns for what an act aims at: "A was the target of a B attack", "A is the subject of B sanctions". */
export const TARGET_NOUNS = words(`target victim subject`);

/** Verbs that say nothing between two names by themselves ("A has two million B", "A is B"): no stated edge. */
export const EMPTY_VERBS = words(`be have get`);

/** Pronouns that open a relative clause and stand for the noun it describes. */
export const RELATIVE_PRONOUNS = words(`which who whom that`);

/** Nouns ending in "s" that are no plural of a word without it. */
export const SAME_IN_PLURAL = words(`news series species means headquarters whereabouts crossroads barracks gallows lens bus gas atlas canvas`);

/** Words opening a clause that says when, why or on what condition, not what ("… were killed when B bombed …"). */
export const ADVERBIAL_CLAUSE_OPENERS = words(`when while as after before because since once until if unless whereas although though`);

/** Offices that lead what they are attached to ("the mayor of A", "A's chairwoman"); "minister" only as "prime minister". */
export const LEADER_TITLES = words(`
  president premier king queen sultan emir chancellor leader monarch ceo chairman chairwoman chair chairperson
  director head owner speaker
  governor mayor secretary-general`);

/** Participles that give a noun its name: "a woman named A", "a group called B". */
export const NAMING_PARTICIPLES = words(`name call`);

/** Verbs of leaving a role or being put out of it: "A resigned as president of B", "A was ousted as leader of B" says A no longer holds it. */
export const LEAVING_VERBS = words(`resign retire quit step leave depart oust expel depose dismiss sack fire remove unseat topple`);

/** Verbs that give a name or a label rather than a role: "A, referred to as the Lion Man". */
export const NAMING_VERBS = words(`refer call nickname dub label brand describe`);

/** Auxiliaries that keep a clause a statement of fact ("has become", "was elected"), unlike "will" or "could". */
export const FACT_AUXILIARIES = words(`be have do`);

/** Titles of members of a body ("the Zenith Party senator A", "Zenith MP A", "Zenith spokesperson A"). */
export const MEMBER_TITLES: ReadonlySet<string> = new Set([...LEGISLATOR_TITLES, ...words(`
  sen. rep. whip spokesman spokeswoman spokesperson member founder co-founder cofounder commissioner
  captain officer colonel col. admiral general gen. commander`)]);

/** Groups one joins that an actor leads or forms: joining one is cooperating with that actor. */
export const JOINABLE_NOUNS = words(`coalition alliance bloc partnership mission task`);

/** Verbs whose subject forms or leads the group that is their object ("A announced a coalition"). */
export const FORMING_VERBS = words(`form announce create launch establish found lead build assemble organise organize`);

/** Verbs that pass a verdict on what they judge: "ruled it unconstitutional", "declared the vote void". */
export const VERDICT_VERBS = words(`rule declare find deem judge hold`);

/** Verdicts against what is judged: a body that gives one rejects it. */
export const ADVERSE_VERDICTS = words(`unconstitutional illegal unlawful invalid void illegitimate inadmissible null`);

/** Verbs of fending off an attack: its agent attacked whoever fended it off ("B repelled an attack by A"). */
export const REPELLING_VERBS = words(`repel repulse thwart foil withstand rebuff`);

/** Nouns of set adverbials after "in" ("in absentia", "in person"), which take no phrase of their own. */
export const SET_ADVERBIAL_NOUNS = words(`absentia person principle public private secret writing`);
/** Days, months and parts of the day or year, which take no complement of their own ("met on Monday with B"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...[...CALENDAR_NAMES].map((name) => name.toLowerCase()),
  ...words(`today yesterday tomorrow morning afternoon evening night weekend week month year`),
]);

/** Verbs whose clause names who is blamed ("A alleged that B took bribes", "A complained that B broke the deal"). */
/** Wrongs that one who says another did them accuses them of (with the lexicon's attacks and coercions). */
export const WRONGDOING_VERBS = words(`violate breach break interfere meddle cheat lie steal defraud bribe rig abuse provoke instigate incite`);
/** Predicates that blame their subject: "B is responsible for the attack". */
export const BLAMED_PREDICATES = words(`responsible guilty culpable`);
export const BLAMING_CLAUSE_VERBS: ReadonlyMap<string, RelationType> = new Map([
  ['allege', 'ACCUSES'],
  ['charge', 'ACCUSES'],
  ['complain', 'CRITICIZES'],
]);

/**
 * Verbs whose event is said by the noun after a preposition, done by the subject to the object: "held B in
 * contempt", "took B into custody", "placed B under arrest", "put B on trial". Keyed "verb preposition noun".
 */
export const VERB_PHRASE_EVENTS: ReadonlyMap<string, RelationType> = new Map([
  ['hold in contempt', 'ACCUSES'],
  ['put on trial', 'ACCUSES'],
  ['bring to trial', 'ACCUSES'],
  // Suing a party is accusing it (PLOVER's ACCUSE: "legal action").
  ['take to court', 'ACCUSES'],
  ['haul to court', 'ACCUSES'],
  ['drag to court', 'ACCUSES'],
  ['take before court', 'ACCUSES'],
  ['haul before court', 'ACCUSES'],
  ['take into custody', 'COERCES'],
  ['place under arrest', 'COERCES'],
  ['put under arrest', 'COERCES'],
  ['take into detention', 'COERCES'],
  // Beating with a weapon is an assault (CAMEO 182), where "beat" alone is as often a win ("beat the incumbent").
  ...`baton truncheon rod stick club whip cane pipe bat`.split(' ').map((weapon): [string, RelationType] => [`beat with ${weapon}`, 'ATTACKS']),
  ['place under sanction', 'SANCTIONS'],
  ['place under sanctions', 'SANCTIONS'],
  ['put under sanction', 'SANCTIONS'],
  ['put under sanctions', 'SANCTIONS'],
]);

/** Verbs that give what they act on a label: "called B a liar", "branded the plan illegal", "described B as a hero". */
export const LABELLING_VERBS = words(`call label brand dub term deem describe portray characterise characterize`);

/**
 * Labels that condemn (CAMEO 111, "criticize or denounce": the CAMEO verb dictionary's "call … illegitimate,
 * unjustified, dictator, liar, criminal, torturer, untrue"), and other plain words of condemnation.
 */
export const CONDEMNING_LABELS = words(`
  liar dictator criminal torturer devil illegitimate unjustified untrue disgrace disgraceful shameful outrageous
  lousy dangerous irresponsible reckless unacceptable absurd ridiculous hypocrite hypocritical racist fascist corrupt
  incompetent breach betrayal failure fraud hoax sham farce insult terrorist thug traitor murderer coward cowardly
  maneuver manoeuvre ploy stunt lie disaster catastrophe barbaric barbarity dastardly illegal unconstitutional
  unlawful scandal scandalous oaf
`);

/** Labels that praise (CAMEO 051, "praise or endorse"). */
export const PRAISING_LABELS = words(`
  hero heroic great brilliant humble courageous brave visionary inspiring inspiration honest wise genius champion
  legend remarkable extraordinary outstanding exemplary admirable
`);

/** Acts two sides do to each other, keyed "verb object": "A and B exchanged fire", "A traded accusations with B". */
export const MUTUAL_EVENTS: ReadonlyMap<string, RelationType> = new Map([
  ['exchange fire', 'ATTACKS'],
  ['exchange gunfire', 'ATTACKS'],
  ['exchange shot', 'ATTACKS'],
  ['exchange blow', 'ATTACKS'],
  ['trade fire', 'ATTACKS'],
  ['trade blow', 'ATTACKS'],
  ['exchange accusation', 'ACCUSES'],
  ['trade accusation', 'ACCUSES'],
  ['exchange insult', 'CRITICIZES'],
  ['trade insult', 'CRITICIZES'],
  ['trade barb', 'CRITICIZES'],
  // Releasing prisoners is PLOVER's RETREAT 'release' (CAMEO 0841), in our vocabulary RELEASES.
  ['exchange prisoner', 'RELEASES'],
  ['swap prisoner', 'RELEASES'],
  // Sharing intelligence or information is cooperation (CAMEO 064).
  ['share intelligence', 'COOPERATES_WITH'],
  ['share information', 'COOPERATES_WITH'],
  ['share data', 'COOPERATES_WITH'],
  ['share expertise', 'COOPERATES_WITH'],
  ['share experience', 'COOPERATES_WITH'],
  ['share knowledge', 'COOPERATES_WITH'],
  ['share technology', 'COOPERATES_WITH'],
  ['share record', 'COOPERATES_WITH'],
  ['share document', 'COOPERATES_WITH'],
  ['share evidence', 'COOPERATES_WITH'],
  ['share file', 'COOPERATES_WITH'],
  ['share intercept', 'COOPERATES_WITH'],
  ['share feed', 'COOPERATES_WITH'],
  ['share footage', 'COOPERATES_WITH'],
  ['exchange intelligence', 'COOPERATES_WITH'],
  ['exchange information', 'COOPERATES_WITH'],
  ['exchange data', 'COOPERATES_WITH'],
  ['exchange record', 'COOPERATES_WITH'],
  ['exchange document', 'COOPERATES_WITH'],
  ['exchange evidence', 'COOPERATES_WITH'],
  ['exchange file', 'COOPERATES_WITH'],
]);

/**
 * Verbs of giving goods to another ("sent food to B"), and the goods, and the helpers, that so given are aid (CAMEO
 * 073: "sent doctors to B"; troops are not among them: sent where, they may as well invade).
 */
export const GIVING_VERBS = words(`send deliver supply provide give donate ship fly airlift airdrop dispatch distribute grant lend hand pass transfer disburse pay release allocate`);
/** Nouns of calling one's envoy home ("the recall of B's ambassador to C"). */
export const RECALL_NOUNS = words(`recall withdrawal`);
/** Verbs of leaving a place, and what an order to leave names ("ordered B to leave the country"): an expulsion. */
export const EXITING_VERBS = words(`leave quit depart exit`);
export const HOME_COUNTRY_NOUNS = words(`country territory`);
/** Verbs of travelling somewhere, for talks or a meeting there ("arrived in C for talks with B"). */
export const TRAVELLING_VERBS = words(`arrive travel fly come go head return`);
/** People handed over to be tried, which is judicial cooperation rather than a release (PLOVER's COOPERATE). */
export const SUSPECT_NOUNS = words(`suspect fugitive`);
/** Words that make people suspects ("suspected members of a ring", "two men wanted in B"), as the tagger may lemmatise them. */
export const SUSPECT_MODIFIERS = words(`suspected suspect alleged allege accused accuse wanted want`);
/** What paid is aid (PLOVER: "reparations or voluntary settlements should be coded as AID"); other money paid is payment. */
export const PAID_AID = words(`reparation compensation`);
/** Nouns of giving and the verb each names: "B's delivery of tanks to C" gives as "delivered tanks to C" does. */
export const GIVING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['delivery', 'deliver'],
  ['shipment', 'ship'],
  ['consignment', 'send'],
  ['transfer', 'transfer'],
  ['donation', 'donate'],
  ['airlift', 'airlift'],
  ['provision', 'provide'],
]);
/** Verbs that may take a receiver before what they give: "gave B military aid", "offered B a loan". */
export const GIFT_VERBS = words(`give send offer promise grant lend pledge provide supply extend`);
/** Verbs of goods arriving where they were sent: "jets donated by A arrived in B". */
export const ARRIVING_VERBS = words(`arrive land reach dock`);
export const AID_GOODS = words(`
  food maize wheat rice grain flour corn sorghum meal ration medicine medication vaccine drug dose tent blanket
  water relief supply equipment weapon arm ammunition munition missile rifle gun shell rocket
  tank howitzer artillery drone helicopter aircraft plane jet boat vessel vehicle carrier truck ambulance generator radar
  hospital doctor nurse medic paramedic rescuer firefighter responder expert specialist engineer adviser advisor
  instructor trainer kit money fund funding financing lending cash donation grant loan credit`);
/** Verbs of helping, whose purpose makes forces or teams sent aid ("sent soldiers to B to help clear debris"). */
export const HELPING_VERBS = words(`help assist rescue restore rebuild clear evacuate treat`);
/** Works whose "of" names what is built, so that paying for them pays for it ("funded the rebuilding of homes in B"). */
export const BUILDING_WORK_NOUNS = words(`reconstruction construction rebuilding repair restoration building`);
/** One's own share in a body, whose freezing or suspension leaves it ("froze its participation in B"). */
export const MEMBERSHIP_NOUNS = words(`membership participation`);
/** Words that make what is sent aid: "rescue teams", "medical staff", "air defence systems", "anti-drone systems", "budget support". */
export const AID_MODIFIERS = words(`rescue relief recovery reconstruction medical humanitarian aid emergency military defence defense anti budget`);
/** What one calls another to do that makes the call a conversation: "called B to discuss the crisis". */
export const CONSULTING_VERBS = words(`discuss talk congratulate thank consult brief reassure offer express convey`);
/** Verbs of giving another time to act, and the spans given ("gave B 48 hours to leave"): an ultimatum. */
export const GIVING_TIME_VERBS = words(`give grant allow`);
/** An ultimatum given is a threat whatever it counts or asks ("gave B an ultimatum"). */
export const ULTIMATUM_NOUNS = words(`ultimatum`);
export const TIME_SPAN_NOUNS = words(`hour day week month deadline ultimatum`);

/** Verbs of ordering, and the paying ordered that makes the order a penalty ("ordered B to pay damages"). */
export const ORDERING_VERBS = words(`order require compel force`);
export const PAYING_VERBS = words(`pay compensate reimburse repay`);
/** Verbs of coming under or drawing criticism ("came under fire from B", "drew criticism from B"), and the criticism drawn. */
export const CRITICISM_RECEIVING_VERBS = words(`come draw face attract receive`);
export const RECEIVED_CRITICISM_NOUNS = words(`criticism condemnation rebuke censure`);
/** Verbs of receiving backing, and the backing, which is support by whom it comes from ("B won backing from A"). */
export const SUPPORT_RECEIVING_VERBS = words(`receive win get gain secure garner enjoy`);
export const RECEIVED_SUPPORT_NOUNS = words(`support backing endorsement`);
export const MATERIAL_SUPPORT_WORDS = words(`financial military humanitarian economic material logistical budgetary`);
/** Verbs of letting in ("allowed a convoy of B into the city"). */
export const ALLOWING_VERBS = words(`allow let admit permit`);
/** Verbs of giving another access ("granted B's inspectors access to the site"). */
export const ACCESS_GIVING_VERBS = words(`grant give allow offer`);
/** Verbs of entering a place, which one allowed to do them is let in ("allowed B's team to enter the country"). */
export const ENTERING_VERBS = words(`enter visit access cross deploy land dock return`);
/** Verbs of coming to another's side ("rose to the defence of B", "rushed to the aid of B"), and what each such side is. */
export const RALLYING_VERBS = words(`come rise leap spring jump rush`);
export const RALLYING_NOUN_SENSES: ReadonlyMap<string, RelationType> = new Map([
  ['defence', 'SUPPORTS'], ['defense', 'SUPPORTS'], ['support', 'SUPPORTS'], ['side', 'SUPPORTS'],
  ['aid', 'AIDS'], ['rescue', 'AIDS'], ['assistance', 'AIDS'],
]);
/** Pronouns of a verb done to its own subject ("blew himself up"). */
export const REFLEXIVE_PRONOUNS = words(`himself herself themselves itself`);
/** Where a blast set off on oneself is set off ("blew himself up at a rally", "… outside a police station"). */
export const SELF_BLAST_PREPOSITIONS = words(`at in inside outside near`);
/** Who a country admits on a mission ('admitted a team of monitors from B'), unlike refugees or patients it takes in. */
export const ADMITTED_TEAM_NOUNS = words(`team mission delegation monitor observer inspector investigator envoy`);

/** Verbs of inviting, and what one is invited to do that makes the invitation one to meet ("invited B to visit"). */
export const INVITING_VERBS = words(`invite`);
export const MEETING_VERBS = words(`visit meet discuss talk attend confer consult`);

/** Verbs of calling an event off (phrasal "call off" reads as "cancel"). */
export const CANCELLING_VERBS = words(`cancel scrap`);

/** Verbs of declaring, and what declared alone is a concession rather than an agreement (a ceasefire). */
export const DECLARING_VERBS = words(`declare announce proclaim`);
/** Verbs of freeing people, the words that make those freed captives, and the operations that free them by force ("freed kidnapped workers in a raid"): a rescue. */
export const FREEING_VERBS = words(`free release liberate`);
export const CAPTIVE_WORDS = words(`kidnap kidnapped abduct abducted hostage captive`);
export const RESCUE_OPERATION_NOUNS = words(`raid operation rescue assault`);
/** Verbs of keeping to a truce one has declared ("observed a ceasefire with B"): a concession as declaring it is. */
export const TRUCE_KEEPING_VERBS = words(`observe respect honour honor extend`);
export const TRUCE_NOUNS = words(`ceasefire cease-fire truce cessation`);
/** Acts of grace a government declares ("declared an amnesty for B's migrants"). */
export const AMNESTY_NOUNS = words(`amnesty`);

/** Verbs of keeping one out, and the words of entering they keep one from ("barred B from entering C"). */
export const BARRING_VERBS = words(`bar ban block prevent stop forbid prohibit`);
export const ENTRY_WORDS = words(`enter entry`);

/** Verbs of putting one out of a group, and the parts of a group one is put out of ("expelled from its ranks"). */
export const EXCLUDING_VERBS = words(`expel suspend oust eject exclude`);
/** Bodies of members, which put one of their people out as a sanction ("the B Party expelled lawmaker C"). */
export const MEMBERS_BODY_HEADS = words(`party union association league federation club caucus faction movement bloc alliance front`);
export const GROUP_PART_NOUNS = words(`rank ranks membership activity activities meeting meetings party caucus group bloc`);
/** Words news puts before a body's name to say which side it is on: "the ruling B Party", "the opposition C Alliance". */
export const SIDE_DESCRIPTORS = words(`opposition ruling governing rival rebel separatist breakaway`);
/** Means by which one talks with another: "spoke by telephone with B", "met by video link with B". */
export const CONTACT_MEANS = words(`telephone phone video videoconference teleconference videolink link line`);
/** Verbs that furnish a party "with" something: "supplied B with gas", "armed B with rifles". */
export const SUPPLYING_VERBS = words(`supply provide arm equip furnish`);
/**
 * Verbs of trade between states or bodies, by the preposition of the other party: goods shipped, sold, supplied or
 * pumped to a country or a firm, or bought from one, are economic exchange (CAMEO 061, PLOVER's COOPERATE:
 * "initiate, resume, improve, or expand economic … cooperation"), unless they are aid.
 */
export const TRADING_VERBS: ReadonlyMap<string, string> = new Map([
  ['ship', 'to'], ['sell', 'to'], ['deliver', 'to'], ['export', 'to'], ['supply', 'to'], ['pump', 'to'], ['buy', 'from'], ['purchase', 'from'], ['import', 'from'],
]);
/** Verbs of getting what another gives: "B received aid from A". */
export const RECEIVING_VERBS = words(`receive accept get obtain secure`);
/** Verbs of receiving a guest, who, received "for talks", holds them with the host: "B was received by A for talks". */
export const GUEST_RECEIVING_VERBS = words(`receive welcome greet host`);
/** Whose hold a thing is given back to: "returned the villages to B's control". */
export const CONTROL_NOUNS = words(`control sovereignty jurisdiction custody rule`);
/** Ground one holds, which handed to another is ceded to it ("handing the positions to B", PLOVER's RETREAT). */
export const HELD_GROUND_NOUNS = words(`position outpost base village town territory checkpoint post`);
/** Verbs that give back what was held with a particle that says so ("handed the town back to B", "gave over"). */
export const GIVING_BACK_VERBS = words(`hand give turn`);
export const GIVING_BACK_PARTICLES = words(`back over`);
/** Verbs that give back by themselves, with no particle: "returned the trawler to B". */
export const RETURNING_VERBS = words(`return repatriate`);
/** Verbs of carrying a thing somewhere, whose own "to" says where it went: "statues taken to B". */
export const CARRYING_VERBS = words(`take bring carry smuggle export import move ship send traffic`);
/** Verbs of sending one's envoys somewhere: "A sent its foreign minister to B". */
export const ENVOY_SENDING_VERBS = words(`send dispatch fly`);
/** Those a party sends to speak for it, whom one who receives them hosts: "B received a delegation from A". */
export const DELEGATE_NOUNS = words(`delegation delegate envoy emissary ambassador diplomat minister secretary counterpart`);
/** Whether a noun names aid: goods given (AID_GOODS) or what the lexicon has given "to" a party ("aid", "assistance"). */
export function isAidNoun(lemma: string): boolean {
  return AID_GOODS.has(lemma) || nounRelations(lemma, 'to').includes('AIDS');
}
/** Signs of money given ("donated $5 million to B"). */
export const CURRENCY_SIGNS = words(`$ € £ ¥`);
/** Verbs of people harmed, whose "in an attack by A" names who harmed them: "were killed in an attack by A". */
export const CASUALTY_VERBS = words(`kill injure wound hurt die maim`);
/** Currencies written as words ("50 million euros"). */
export const CURRENCY_NOUNS = words(`
  dollar euro pound yen yuan renminbi rupee franc peso rouble ruble shilling naira rand dinar riyal lira won krone
  kroner krona kronor zloty forint koruna leu lei lev leva kwacha cedi birr taka ringgit baht dong rupiah reais
  hryvnia lari dram manat som tenge kyat kip riel lempira quetzal colon cordoba guarani boliviano sol soles dirham rial
  pula kwanza metical ariary shekel denar tugrik afghani ouguiya dalasi loti lilangeni
`);

/**
 * Verbs that move forces, those of them that need none named (massing), forces (the treebank's lemma of "troops"
 * is "troops"), and a party's edges that forces are brought up to, with the prepositions that bring them there and
 * those that name the party beyond ("the border with B", "the waters around B"); and the borders whose closing
 * cuts off the party across them.
 */
export const DEPLOYING_VERBS = words(`deploy send move mass amass station position dispatch rush order redeploy reinforce mobilize mobilise`);
/** What one asks a party for in apology ("asked B for forgiveness"); a pardon asked for is clemency, a request. */
export const FORGIVENESS_NOUNS = words(`forgiveness`);
/** Gatherings that forces may be readied ahead of, against those who hold them ("deployed police ahead of a march by B"). */
export const GATHERING_NOUNS = words(`march rally protest demonstration sit-in strike walkout vigil gathering`);
/** Verbs of blocking a way, and the ways: blocking roads or crossings is a protest (CAMEO 144, obstructing passage). */
export const BLOCKING_VERBS = words(`block blockade barricade`);
export const ROUTE_NOUNS = words(`road highway motorway street bridge crossing railway route junction`);
/** Arms, which their holders hand in or lay down when they give up fighting ("handed in their weapons to B"). */
export const ARMS_NOUNS = words(`weapon arm rifle gun ammunition`);
/** Verbs of using, and the force or weapons whose use against a party attacks it ("used tear gas against B"). */
export const USING_VERBS = words(`use employ unleash`);
export const USED_FORCE_NOUNS = words(`force gas cannon ammunition bullet weapon grenade baton truncheon drone missile rocket artillery bomb`);
/** Verbs of pressing a party, whose purpose a protest serves ("struck to press B to …"). */
export const PRESSING_VERBS = words(`press pressure push urge force`);
/** What a party does in public besides gathering, whose ban is a curb on it, not on goods ('a ban on B's broadcasts'). */
export const PUBLIC_ACTIVITY_NOUNS = words(`broadcast broadcasting activity publication campaign campaigning meeting operation`);
/** What forces may be sent to do to another's forces or ships, which shows it force ("sent frigates to shadow a B ship"). */
export const WATCHING_VERBS = words(`shadow track tail monitor intercept confront chase`);
export const MASSING_VERBS = words(`mobilize mobilise mass amass station position`);
/** Verbs that stand forces down where they are, which takes them off a frontier as withdrawing does. */
export const STANDING_DOWN_VERBS = words(`demobilise demobilize disband`);
export const FORCE_NOUNS = words(`
  troop troops soldier force army tank warship battalion brigade regiment division unit artillery reinforcement police
  frigate destroyer carrier submarine vessel ship jet warplane aircraft bomber missile drone navy battery launcher reservist fighter gunboat
  helicopter officer guard gendarme paramilitary paratrooper commando marine`);
/** Verbs that make forces ready, and the states of readiness: "put its army on high alert", "raised the readiness of its troops". */
export const ALERTING_VERBS = words(`put place keep raise increase heighten`);
export const ALERT_NOUNS = words(`alert readiness standby`);
/** Words that make an alert level a country's forces' ("raised its military alert level"). */
export const MILITARY_WORDS = words(`military army naval combat defence defense`);
export const BORDER_NOUNS = words(`border frontier boundary crossing airspace`);
export const FRONT_NOUNS = words(`border frontier boundary line coast coastline water waters island islands airspace`);
/** Nouns of moving forces ("the deployment of B troops along the border with C"). */
export const DEPLOYMENT_NOUNS = words(`deployment redeployment build-up buildup massing mobilisation mobilization`);
/** Stretches a frontier word makes a frontier ("the boundary line", "the border area"). */
export const FRONT_STRETCH_NOUNS = words(`line area region zone strip`);
export const FRONT_PARTY_PREPOSITIONS = words(`with around near off`);
export const TOWARD_PREPOSITIONS = words(`toward towards`);
/** A show of force (CAMEO 15), what it shows, and whom it is aimed at or meant to deter: "a show of strength aimed at deterring B". */
export const FORCE_SHOW_NOUNS = words(`show display demonstration`);
export const SHOWN_NOUNS = words(`force strength power might muscle resolve`);
export const AIMING_VERBS = words(`aim direct target`);
/** Messages a move of forces may be sent as, to whom they are meant ("deployed frigates as a signal to B"). */
export const SIGNAL_NOUNS = words(`signal warning message`);
/** Slogans chanted against a party protest against it ("chanted slogans against B"). */
export const CHANTING_VERBS = words(`chant shout scream sing`);
export const SLOGAN_NOUNS = words(`slogan chant`);
/** A party's last holdout, where forces gathered are gathered against it ("the last stronghold of B's army"). */
export const STRONGHOLD_NOUNS = words(`stronghold bastion holdout`);
/** Verbs of beating, an assault only with a weapon or by people a common noun names ("beat A with batons"). */
export const BEATING_VERBS = words(`beat`);
export const BEATING_WEAPONS = words(`baton stick rod club truncheon cudgel whip stone brick pipe bat rifle butt fist belt cane hammer machete`);
/** Verbs of acting against a party that forces are sent or shown to do ("deployed troops to C to counter B"). */
export const DETERRING_VERBS = words(`deter intimidate warn pressure counter confront`);
/** Verbs that call a labour strike ("called a strike", "organised a strike at B"). */
export const STRIKE_CALLING_VERBS = words(`call organise organize declare`);
/** Words that make a strike a protest ("a hunger strike against B", "a general strike", "an indefinite strike"). */
export const PROTEST_STRIKE_WORDS = words(`hunger general labour labor workers indefinite nationwide national wildcat warning token sympathy`);
/** Units of a strike's length ("a 48-hour strike", "a three-day strike"): only a walkout is timed so. */
export const STRIKE_LENGTH_UNITS = words(`hour day week`);
export const FRONT_PREPOSITIONS = words(`along near on at to off into toward towards around`);
/** Words that place a thing near another ("the area close to the border"), and units of distance ("within 40 km of"). */
export const NEARNESS_WORDS = words(`close near next adjacent`);
/** Bearings a place is given by from a country ("waters southeast of B"): near it, as "near B" is. */
export const BEARING_WORDS = words(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west`);
export const DISTANCE_NOUNS = words(`kilometre kilometer km mile metre meter yard`);

/** Nouns that measure goods or count people sent, which their "of" phrase names: "40 tonnes of maize", "a team of doctors". */
export const MEASURE_NOUNS = words(`tonne ton kilogram kilo litre liter gallon barrel dose shipment consignment batch load crate box bag package lot quantity amount instalment installment tranche brigade team contingent`);

/** What crosses a border: a measure on it reaches the party it goes to, comes from or is with ("a ban on imports from B"). */
/** Rules that bind a party or its people, whose easing concedes to it (CAMEO 081): "eased visa rules for B travellers". */
export const RESTRICTION_NOUNS = words(`restriction requirement rule curb limit limitation control ban curfew suspension block blackout`);
/** Restrictions whose "of" names whom they bind ("lifted the suspension of B"). */
export const SUSPENSION_NOUNS = words(`suspension`);
/** Economic pressure, whose easing is PLOVER's RETREAT (CAMEO 085: "ease economic sanctions, boycott, embargo"). */
export const ECONOMIC_PRESSURE_NOUNS = words(`sanction embargo tariff blockade boycott duty quota`);
export const CROSSING_NOUNS = words(`flight travel trade import export shipment visa investment sale good product transfer`);

/** Heads of names of bodies that people belong to one by one ("the Valdor Party", "the Kessel Band"), unlike unions of states. */
export const MEMBERSHIP_HEADS = words(`party band club team cabinet government council committee board caucus group company firm faction`);

/** Titles that never lapse: a founder stays the founder after leaving or dying ("the late Zenith founder A"). */
export const LASTING_TITLES = words(`founder co-founder cofounder`);

/** Offices of more than one word that lead ("the prime minister of A"); their last word alone does not. */
export const LEADER_PHRASES = new Set(['prime minister', 'first minister', 'chief minister', 'chief executive', 'general manager']);

/** Leading titles a body gives several people at once: "a leader of B", "a director of B" is one of them, a member. */
export const SHARED_LEADER_TITLES = words(`leader director`);

/** Leaders' titles a party has ("the Zenithist leader"); a party's word before any other leading title names the holder's party. */
export const PARTY_LEADER_TITLES = words(`leader chair chairman chairwoman chairperson head secretary-general`);

/** Words that make a title a deputy's ("vice president", "deputy mayor") or a minority's ("the B minority leader"): neither leads the body. */
export const DEPUTY_WORDS = words(`vice deputy assistant minority`);

/** Words that open a title written before its body or name, though no title alone: "First Minister", "Majority Leader". */
export const TITLE_OPENING_WORDS = words(`first majority minority`);

/** Verbs of a phase whose complement's role is the subject's too: "A began serving as governor of B". */
export const PHASE_VERBS = words(`begin start continue resume keep`);

/** Verbs of winning, whose "to become …" says what the win made their subject: "A defeated B to become the first C senator". */
export const VICTORY_VERBS = words(`win defeat beat unseat oust`);

/** Directors, chairs and speakers lead organisations and events (mayors and governors, LOCAL_TITLES, cities and regions); others any. */
export const ORGANISATION_TITLES = words(`director chair chairman chairwoman chairperson ceo head secretary-general owner speaker`);

/** Ending a quarrel is agreeing (CAMEO's "resolve a dispute"): "A and B settled their dispute", "A ended its feud with B". */
export const RESOLVING_VERBS = words(`settle resolve solve end`);
export const QUARREL_NOUNS = words(`dispute conflict row feud quarrel difference standoff rift spat`);
/** Fights one side prepares for with another ("massed fighters in preparation for a confrontation with B"). */
export const CLASH_NOUNS = words(`confrontation clash showdown battle fight war offensive assault`);
/** Attacks the event lexicon has no party for: an army's push, a reprisal ("ahead of an expected push by B"). */
export const ADVANCE_NOUNS = words(`push advance reprisal retaliation incursion`);

/** Verbs that close a border (BORDER_NOUNS) to the party on its other side, so cutting ties (CAMEO 160): "closed its border with B". */
export const CLOSING_VERBS = words(`close shut seal reclose`);

/**
 * Verbs and nouns of shutting a body down, and the places and outlets it works from: closing another's body, or its
 * offices, is force used on it (CAMEO 172, PLOVER's COERCE): "dissolved the B party", "ordered the closure of B's
 * bureau".
 */
export const DISBANDING_VERBS = words(`dissolve disband liquidate outlaw`);
export const CLOSURE_NOUNS = words(`closure shutdown dissolution`);
export const BODY_SITE_NOUNS = words(`office bureau branch headquarters website station premises`);

/** A country's missions in another, whose closing cuts ties: "closed its embassy in B". */
export const MISSION_NOUNS = words(`embassy consulate mission`);

/** A country's envoys, posted "to" or "in" the country they are sent to: "recalled its ambassador to B". */
export const ENVOY_NOUNS = words(`ambassador envoy diplomat consul emissary d'affaires d'affaire commissioner attaché attache`);
/** Non-military resources one withdraws from a place, group or mission besides envoys (PLOVER's SANCTION 'withdraw'). */
export const WITHDRAWN_RESOURCES = words(`delegation delegate aid funding observer monitor peacekeeper mission staff negotiator team support`);

/** Who runs in a party's contest, and the contests a party holds: "a candidate in the B primary" is of B. */
export const CANDIDATE_NOUNS = words(`candidate contender hopeful nominee challenger frontrunner front-runner`);
export const PARTY_CONTEST_NOUNS = words(`primary primaries caucus caucuses nomination`);
const CANDIDACY_NOUNS = words(`nomination appointment candidacy candidature reappointment`);
/** What is approved of a party that wants in: its nomination, or its admission to a body ("ratified B's membership"). */
const APPROVED_NOUNS: ReadonlySet<string> = new Set([...CANDIDACY_NOUNS, ...ADMISSION_NOUNS]);
const STATEHOOD_NOUNS = words(`independence sovereignty statehood government administration authority annexation state claim`);
/** What a party is recognised as, which makes recognising it diplomatic recognition ("recognised B as an independent state"). */
export const RECOGNISED_AS_NOUNS = words(`state country nation republic government`);
const PROPOSAL_NOUNS = words(`proposal offer plan invitation terms initiative compromise bid mediation`);
/** A verb's sense by what it acts on: the nouns that give it, and the type it then has. */
export interface ObjectSense {
  readonly nouns: ReadonlySet<string>;
  readonly type: RelationType;
}
/** Demands, which one who accepts or agrees to them yields to (PLOVER's CONCEDE), unlike a proposal. */
const DEMAND_NOUNS = words(`demand ultimatum condition`);
/** A party's outlets, which censoring stops (PLOVER's COERCE 'censor'). */
const MEDIA_NOUNS = words(`broadcast broadcasts transmission transmissions website websites site publication newspaper channel outlet`);
/** A party's computers and accounts, which hacking breaks into (PLOVER's COERCE 'cyber'). */
const SYSTEM_NOUNS = words(`system systems network networks server servers account accounts email computer computers database`);
/** A body's standing to work, whose suspension bans it (PLOVER's COERCE 'ban'), not a sanction of ties. */
const LICENCE_NOUNS = words(`licence license registration accreditation status`);
/**
 * Verbs typed by what they act on, whose owner is the party, keyed by the verb's lemma (with the preposition of
 * what follows one), or by an event noun's for what its "of" names ("the expulsion of B's envoy"): accepting B's offer agrees with B (PLOVER's AGREE), as agreeing to B's request does, and
 * accepting or agreeing to B's demands yields to B; dismissing B's demands rejects B; burning B's flag protests
 * against B; confirming or approving a candidacy supports the candidate ("confirmed B's nomination"), recognising or
 * accepting a state's independence or government supports the state (PLOVER codes diplomatic recognition as
 * support). Otherwise confirming is saying ("A confirmed the report"), recognising is seeing ("A
 * recognised B in the crowd") and accepting is taking ("A accepted the award from B").
 */

export const OBJECT_SENSES: ReadonlyMap<string, readonly ObjectSense[]> = new Map<string, readonly ObjectSense[]>([
  [
    'accept',
    [
      { nouns: PROPOSAL_NOUNS, type: 'AGREES_WITH' },
      { nouns: DEMAND_NOUNS, type: 'CONCEDES_TO' },
      { nouns: STATEHOOD_NOUNS, type: 'SUPPORTS' },
    ],
  ],
  [
    'agree to',
    [
      { nouns: new Set([...PROPOSAL_NOUNS, 'request']), type: 'AGREES_WITH' },
      { nouns: DEMAND_NOUNS, type: 'CONCEDES_TO' },
    ],
  ],
  // Meeting a party's demands yields to it, as accepting them does; it is no meeting.
  ['meet', [{ nouns: DEMAND_NOUNS, type: 'CONCEDES_TO' }]],
  ['dismiss', [{ nouns: ISSUED_NOUNS, type: 'REJECTS' }]],
  // Boycotting an event or a sitting protests against whoever holds it (CAMEO 143); boycotting goods or trade is a
  // sanction (163), the verb's own sense.
  ['boycott', [{ nouns: words(`summit meeting talks conference election vote referendum session ceremony games parliament assembly inauguration celebration`), type: 'PROTESTS_AGAINST' }]],
  // Burning a party's flag or its leader's effigy protests against it (CAMEO's 14).
  ['burn', [{ nouns: words(`flag effigy`), type: 'PROTESTS_AGAINST' }]],
  // Expelling a party's envoys cuts ties with it (PLOVER's SANCTION 'expel'); expelling its other people coerces.
  ['expel', [{ nouns: ENVOY_NOUNS, type: 'SANCTIONS' }]],
  ['expulsion', [{ nouns: ENVOY_NOUNS, type: 'SANCTIONS' }]],
  // Summoning a party's envoy already in the country is done to complain, and PLOVER codes it by that content,
  // ACCUSE ("Consultations with ambassadors already in a country … should be coded for the content of the action").
  ['summon', [{ nouns: ENVOY_NOUNS, type: 'CRITICIZES' }]],
  // Training a party's forces or pilots is military aid to it (CAMEO's TRAIN FORCES, 072: PLOVER's AID).
  ['train', [{ nouns: new Set([...FORCE_NOUNS, 'pilot', 'recruit', 'cadet', 'policeman']), type: 'AIDS' }]],
  ['confirm', [{ nouns: APPROVED_NOUNS, type: 'SUPPORTS' }]],
  ['ratify', [{ nouns: APPROVED_NOUNS, type: 'SUPPORTS' }]],
  ['approve', [{ nouns: APPROVED_NOUNS, type: 'SUPPORTS' }]],
  ['recognize', [{ nouns: STATEHOOD_NOUNS, type: 'SUPPORTS' }]],
  ['recognise', [{ nouns: STATEHOOD_NOUNS, type: 'SUPPORTS' }]],
  // Stopping a party's broadcasts or blocking its website censors it, and breaking into its systems is a cyber attack:
  // both PLOVER's COERCE ('censor', 'cyber'), not a sanction of ties.
  // So is suspending a body's activities, its licence or its registration (PLOVER's COERCE 'ban': "suspended the
  // activities of party B", "revoked B's broadcast licence").
  ...['suspend', 'block', 'ban', 'censor', 'jam'].map((verb): [string, readonly ObjectSense[]] => [verb, [{ nouns: verb === 'suspend' ? new Set([...MEDIA_NOUNS, ...LICENCE_NOUNS, 'activity']) : MEDIA_NOUNS, type: 'COERCES' }]]),
  ['revoke', [{ nouns: LICENCE_NOUNS, type: 'COERCES' }]],
  ...['hack', 'breach', 'penetrate', 'infiltrate', 'break into', 'attack'].map((verb): [string, readonly ObjectSense[]] => [verb, [{ nouns: SYSTEM_NOUNS, type: 'COERCES' }]]),
  // Knocking a party's websites or systems offline is a cyber attack on it (PLOVER's COERCE 'cyber').
  ['knock', [{ nouns: new Set([...SYSTEM_NOUNS, ...MEDIA_NOUNS]), type: 'COERCES' }]],
  // Searching a party's offices or homes is force used on it (PLOVER's COERCE 'seize': "execute search").
  ['search', [{ nouns: new Set([...BODY_SITE_NOUNS, 'home', 'house', 'residence']), type: 'COERCES' }]],
]);

/** The type a verb (keyed as in `OBJECT_SENSES`) has on the noun it acts on, where the noun gives it a sense. */
export function objectSense(key: string, noun: string): RelationType | undefined {
  return OBJECT_SENSES.get(key)?.find((sense) => sense.nouns.has(noun))?.type;
}

/** Verbs of asking that take what is asked for after "for" ("called for B's resignation"). */
export const ASKING_FOR_VERBS = words(`call ask press push appeal plead`);
/** What one owns, so that acting on it acts on its owner's country: "froze the assets of Latvian banks". */
/** Participles of holding ground or things, which describe a place or a thing, never an event ("positions held by B"). */
export const HOLDING_PARTICIPLES = words(`hold control occupy run operate own claim man`);
export const HOLDING_NOUNS = words(`asset assets property properties fund funds account accounts holding holdings reserve reserves deposit deposits office offices premises headquarters home homes`);
/** Verbs of seeking what another can give, read with what they seek: "sought B's help". */
export const SEEKING_VERBS = words(`seek enlist solicit request`);
/**
 * Nouns of what someone does or runs, whose "of" names the doer: an investigation into "the conduct of B's officers",
 * "the financing of B's campaign" looks into B (not so "the deaths of B's fishermen", whose "of" names the victims).
 */
export const CONDUCT_NOUNS = words(`conduct handling action activity role behaviour behavior dealing financing funding finance spending operation management practice pricing procurement`);
/** What only its owner can give or do, so that asking for it asks the owner: "B's resignation", "B's help", "B action". */
export const ASKED_OF_OWNER_NOUNS = words(`resignation apology withdrawal cooperation help assistance support surrender compliance testimony explanation action intervention`);
/** Fields a leader's title may be limited to, which make its holder one of the body's people: "B's editorial director". */
export const FIELD_WORDS = words(`
  editorial artistic creative technical medical musical financial legal scientific athletic commercial
  marketing finance research sales communications communication policy design news sports`);
/** Verbs of running in a contest: "A ran in the B primary", "A sought the B nomination". */
export const CONTESTING_VERBS = words(`run seek win lose contest enter compete`);

/** Verbs of presenting a broadcast show, and the shows ("A hosts a show on B"). */
export const SHOW_HOSTING_VERBS = words(`host present anchor front`);
export const SHOW_NOUNS = words(`show programme program podcast series broadcast`);

/** Words for a person's work that no agent-noun ending shows ("Kessel Motors official A", "B political scholar A"). */
export const OCCUPATION_NOUNS = words(`official scholar expert analyst chef employee staffer attorney judge justice professor nurse surgeon pilot coach executive`);

/** Roles one has with a body from outside it: "A, a customer of B" is no member of B. */
export const OUTSIDE_ROLES = words(`customer client user buyer passenger visitor fan viewer reader subscriber tenant patient voter`);
/** Words that make an organisation's title a state's ("head of state", "head of government"). */
export const STATE_WORDS = words(`state government`);

/** Prepositions that tie a role to the body it is held in ("spokesperson for A", "member of A", "engineer at A"). */
export const ROLE_PREPOSITIONS = words(`of for at with`);

/** Nouns that name a place by the name after "of" ("the town of A", "the province of B"). */
export const PLACE_NOUNS = words(`town city village province state region county district island municipality capital port`);

/**
 * Nouns a place's name may stand before, naming a part of the larger place after "of": "the Lindholm area of B".
 * Not a town, a city or a port, whose "of" names the place itself ("the Red Sea port town of A").
 */
export const AREA_NOUNS = words(`area region district province`);

/** Prepositions that put something at a place ("in A", "near A"): a place so named may be placed in turn ("in A, in B"). */
export const LOCATING_PREPOSITIONS = words(`in at near to from outside inside`);

/** Nouns for a place that belongs to a state without being one of its plain subdivisions: "A is a territory of B" is PART_OF. */
export const TERRITORY_NOUNS = words(`territory commonwealth colony dependency protectorate`);

/** Words that pair a place with another rather than place it inside ("a sister city of B", "a twin town of B"). */
export const PAIRED_PLACE_WORDS = words(`sister twin partner neighbouring neighboring rival`);

/** Nouns for a unit inside a body, whose role-holders are the body's people: "head of the department of surgery of B". */
export const UNIT_NOUNS = words(`department faculty school division unit office laboratory lab section bureau centre center institute programme program clinic`);

/** Head words of a body's own name that make it a unit of the body owning it: "B's Institute for A", "B's College of A". */
export const UNIT_NAME_HEADS = words(`department faculty school college division unit office laboratory lab section bureau centre center institute clinic service command`);

/**
 * Head words of a state's own bodies: a country's ministry, parliament, court or army is a part of it, not merely
 * a body that lies in it ("B's Ministry of Defence", "B's parliament, the A Assembly").
 */
export const STATE_BODY_HEADS = words(`
  ministry department parliament assembly senate congress court agency office army navy police guard administration
  cabinet government commission bureau legislature tribunal`);

/** Nouns for an organisation that is a part of another: "A, a subsidiary of B" is PART_OF B. */
export const PART_NOUNS = words(`part subsidiary wing arm branch unit division affiliate offshoot faction station agency`);

/** Nouns for one who acts on the party after "of": "A, a critic of B", "A is an ally of B". */
export const AGENT_NOUNS: ReadonlyMap<string, RelationType> = new Map([
  ['critic', 'CRITICIZES'],
  ['opponent', 'CRITICIZES'],
  ['detractor', 'CRITICIZES'],
  ['supporter', 'SUPPORTS'],
  ['backer', 'SUPPORTS'],
  ['ally', 'COOPERATES_WITH'],
  ['partner', 'COOPERATES_WITH'],
]);

/** Adjectives that state what their subject does to the party after their preposition: "A is critical of B". */
export const STANCE_ADJECTIVES: ReadonlyMap<string, RelationType> = new Map([
  ['critical of', 'CRITICIZES'],
  ['supportive of', 'SUPPORTS'],
  ['opposed to', 'CRITICIZES'],
  ['hostile to', 'CRITICIZES'],
  ['allied with', 'COOPERATES_WITH'],
  ['allied to', 'COOPERATES_WITH'],
  ['loyal to', 'SUPPORTS'],
]);

/**
 * Passive verbs whose patient gains a standing relation with the party after the preposition ("A was elected to
 * B", "A, appointed to B in 2019"): verb and preposition → the relation from the patient to the party.
 */
export const PASSIVE_RELATIONS: ReadonlyMap<string, RelationType> = new Map([
  ['elect to', 'MEMBER_OF'],
  ['re-elect to', 'MEMBER_OF'],
  ['reelect to', 'MEMBER_OF'],
  ['appoint to', 'MEMBER_OF'],
  ['name to', 'MEMBER_OF'],
  ['admit to', 'MEMBER_OF'],
  ['induct into', 'MEMBER_OF'],
  // "A is opposed to B", which the parser reads as a passive as often as an adjective (STANCE_ADJECTIVES).
  ['oppose to', 'CRITICIZES'],
  // "A, based in B", "A is headquartered in B".
  ['base in', 'LOCATED_IN'],
  ['headquarter in', 'LOCATED_IN'],
  ['locate in', 'LOCATED_IN'],
  ['situate in', 'LOCATED_IN'],
]);
