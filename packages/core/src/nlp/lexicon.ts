/**
 * General English word lists the rules rely on. None of them names an entity:
 * they are function words, titles, and the head nouns that tell what kind of
 * thing a name is.
 */
import type { RelationType } from '../vocabulary/relation-types.js';
import type { NerType } from './ner/tags.js';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Function words and sentence openers: never the first word of a name when they start a sentence. */
export const STOPWORDS = words(`
  a about above according across after afterwards again against all almost along already also although always am among
  an and another any anyway are around as at be because been before being below beside besides between beyond both but
  by can could despite did do does doing done down during each either else even ever every few for former from further
  had has have having he her here hers herself him himself his how however i if in indeed instead into is it its itself
  just last later latter least less like many may me meanwhile might more moreover most much must my neither never
  nevertheless next no nobody none nor not nothing now of off often on once one only onto or other others otherwise our
  out over own per perhaps rather same several she should since so some still such than that the their them then there
  thereby therefore these they this those though through throughout thus to together too toward towards under unless
  unlike until up upon us very via was we well were what whatever when whenever where whereas whether which while who
  whom whose why will with within without would yet you your importantly meanwhile similarly additionally finally
  first second third today yesterday tomorrow tonight recently currently earlier sometimes
`);

/** Words for a member of a body, which join a name to the body before them ("Zenith Bank board member A") but are no title of address. */
export const MEMBER_NOUNS = words(`member members`);

/** Titles and offices that stand before a person's name; they become roles, not parts of the name. */
export const PERSON_TITLES = words(`
  president vice prime minister secretary senator sen. representative rep. congressman congresswoman governor gov.
  mayor king queen prince princess sultan emir sheikh ayatollah chancellor ambassador envoy general gen. admiral
  colonel col. commander chief leader spokesman spokeswoman spokesperson chairman chairwoman chair director ceo judge
  justice pope cardinal bishop archbishop rabbi imam dr. dr mr. mr mrs. mrs ms. ms mr professor prof. lord lady sir
  premier deputy foreign defence defense interior finance state supreme coach captain officer minister-president
  executive head secretary-general sheriff comrade cde mp lawmaker legislator councillor councilor founder co-founder
  cofounder commissioner speaker whip
`);

/** Words that make a title refer to someone who no longer holds it. */
export const FORMER_MARKERS = words('former ex ex- late then- onetime erstwhile');

/**
 * Nouns for a group or its people ("the A organization", "A spokesperson", "A fighters"): a name the tagger could not
 * type before one is the group. Not "leaders" or "officials" (said of countries too), nor heads a topic takes ("the A
 * movement", "the A embassy").
 */
export const GROUP_NOUNS = words(`
  member members founder founders spokesperson spokesman spokeswoman fighters militants rebels insurgents guerrillas
  organization organisation group network company corporation militia movement faction gang cartel
`);
/** Of those, the nouns of an organisation itself ("the A gang"), which a place's name does not modify as often as its people. */
export const ORGANISATION_GROUP_NOUNS = words(`organization organisation group company corporation militia movement faction gang cartel`);

/**
 * Nouns of people who belong to a body, after which "of" or "from" names it ("members of the A", "employees of A"): a
 * name the tagger read as a place or could not type, so described, is the body. Not "people", "residents" or
 * "fighters", said of places too, nor "supporters", said of causes.
 */
export const MEMBERSHIP_NOUNS = words(`member members employee employees staff loyalist loyalists affiliate affiliates`);

/** Nouns of ships, whose name follows them ("the trawler A", "the tanker B"): a vessel, not a person or a place. */
export const VESSEL_NOUNS = words(`ship vessel tanker trawler freighter ferry yacht superyacht frigate destroyer submarine cruiser corvette boat barge liner icebreaker dredger carrier`);

/** Nouns of an armed group's people, before which a capitalised word the name tagger missed is the group ("A fighters"). */
export const ARMED_GROUP_NOUNS = words(`fighters militants rebels insurgents guerrillas militiamen militia jihadists`);
/** Nouns of a body's people sent or speaking for it, before which an acronym the name tagger missed is the body ("an A team", "A officials"). */
export const BODY_ENVOY_NOUNS = words(`team teams mission missions delegation delegations official officials staff inspectors experts monitors observers envoy envoys spokesperson spokesman spokeswoman chief`);
/** Nouns of the people and the units a body fields, before which an acronym is the body ("A peacekeepers", "an A convoy"). */
export const BODY_FORCE_NOUNS = words(`peacekeepers troops soldiers officers investigators gunmen personnel convoy convoys patrol patrols`);

/**
 * Nouns that, after "the", stand for the one country, organisation or city just named ("Kessel Air cut 300 jobs.
 * The airline said …"); resolve/anaphora.ts reads them. Not "government" or "state", which name a body of their own.
 */
export const REFERRING_KINDS: ReadonlyMap<string, 'Country' | 'Organization' | 'City'> = new Map([
  ...[...words('country nation kingdom')].map((noun) => [noun, 'Country'] as const),
  ...[...words(`company firm group organisation organization airline carrier bank agency network broadcaster channel
    newspaper charity militia party club team band manufacturer retailer publisher union alliance university court`)].map((noun) => [noun, 'Organization'] as const),
  ...[...words('city town capital')].map((noun) => [noun, 'City'] as const),
]);

/** Of those, the kinds a body's own name usually says ("Kessel University", "the Orvex Party"): they stand only for one whose name does. */
export const NAMED_KINDS = words('bank agency militia party club team band union alliance university court');

/** Words before such a noun that make it another one than the one just named: "the other country", "a rival firm". */
export const OTHER_REFERENT_WORDS = words('other another rival neighbouring neighboring second third next new former parent host');

/** Head nouns of agreements: a name ending in one of these is an Agreement. */
export const AGREEMENT_HEADS = words(`
  agreement agreements accord accords treaty treaties pact deal convention protocol charter resolution ceasefire
  truce memorandum framework plan
`);

/** Head nouns of laws: a name of two words or more ending in one is no organisation ("the Clean Rivers Act"). */
export const LAW_HEADS = words(`act bill law amendment constitution statute`);

/**
 * What a country has and a person may call theirs: "his government", "her country" are the country of one who speaks
 * for it ("B's foreign minister said her government had asked C …").
 */
export const COUNTRY_OWN_HEADS = words(`government administration cabinet country nation army navy military forces troops`);

/** Head nouns of organisations. */
export const ORGANIZATION_HEADS = words(`
  organization organisation union council committee commission agency ministry department party bank fund
  association federation league alliance corporation company group institute university court parliament congress
  senate assembly army force forces navy guard police authority office bureau foundation movement front network
  services service board tribunal airline airlines airways inc incorporated corp ltd llc plc gmbh motors
  administration embassy consulate institution school college academy society club orchestra hospital museum
  laboratory center centre cabinet government fleet division brigade regiment squadron records band works team
  tv television broadcaster militia syndicate cartel gang forum media community
`);

/**
 * Heads of bodies whose name goes on with what they are for or on ("the Center for Investigative Journalism", "the
 * Commission on Civil Rights", "the Movement for Democratic Change").
 */
export const REMIT_HEADS = words(`
  organization organisation union council committee commission agency department fund association federation league
  alliance institute office bureau foundation movement front network board tribunal school academy society center
  centre centers centres coalition campaign trust party court ministry authority service
`);

/** Head nouns of natural and geographic features. */
export const GEOGRAPHIC_HEADS = words(`
  strait straits gulf sea ocean bay river lake canal channel mountains mountain desert peninsula island islands
  valley coast basin plateau cape sound border creek brook reservoir glacier harbor harbour lagoon waterfall
`);

/** Heads of the names of buildings, sites and streets: such a place is a location, never a city ("Hyde Park", "White House"). */
export const FACILITY_HEADS = words(`
  house palace hall square bridge tower building stadium arena airport station terminal mall monument memorial
  cathedral church chapel mosque temple shrine castle fort park garden gardens street avenue road prison port junction
  facility
`);

/**
 * Words of a church's name that make it a faith's body, not a building ("the Orthodox Church", "the Anglican Church of
 * B"), with a demonym or an adjective of affiliation; and the words that name a building's saint or feast instead,
 * after "Church of" or before "Church" ("the Church of St Anne", "the Church of the Nativity", "Christ Church").
 */
export const DENOMINATION_WORDS = words(`
  catholic orthodox anglican lutheran methodist presbyterian baptist reformed evangelical episcopal coptic apostolic
  pentecostal protestant congregational roman greek eastern united
`);
export const CHURCH_DEDICATION_WORDS = words(`the st st. saint our holy blessed christ`);

/** Heads of the names of administrative regions and realms ("Marlow County", "Essby Empire"). */
export const REGION_HEADS = words(`county counties province provinces prefecture oblast governorate canton voivodeship krai empire`);

/** Nouns of a region in lower case after its name, which make it a region ("the Korvia region", "Aisby province"). */
export const REGION_NOUNS: ReadonlySet<string> = new Set([...REGION_HEADS, ...words(`region regions state territory district`)]);

/** English prefixes that build adjectives on names ("pro-Beijing", "anti-Muslim", "then-Governor"). */
export const ENGLISH_PREFIXES = words(`anti pro pan sub intra inter non post pre ex then neo mid trans ultra semi multi counter`);

/** Words that name a storm by its strength ("Tropical Storm Keld", later "Hurricane Keld"): one storm whatever its strength. */
export const STORM_KINDS = words(`hurricane typhoon cyclone storm tropical depression super major`);

/** Heads of the names of parties: a bare "Zenith" used as a modifier ("a Zenith candidate") means "Zenith Party". */
export const PARTY_HEADS = words(`party`);

/** Endings of adjectives of affiliation ("Zenithic", "Zenithan", "Zenithist"): a bare name ending so may be a party's modifier. */
export const AFFILIATION_ENDING = /(?:ic|an|ist|ish|ese|al|ive)$/;

/** A capitalised word for a party or its members ("Zenithist", "Zenithian", "Zenithocrat"), as affiliations are formed. */
export function isAffiliationWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (AFFILIATION_ENDING.test(word) || word.endsWith('crat'));
}

/** Titles of elected members of a body, which a party's word may stand before ("Zenithist MP A", "a Zenithic senator"). */
export const LEGISLATOR_TITLES = words(`mp senator representative congressman congresswoman lawmaker legislator councillor councilor`);

/** Heads of the names of settlements ("Davao City"). */
export const SETTLEMENT_HEADS = words(`city town`);

/** Nouns for a part of a city, whose "of" names the city ("a suburb of A", "the outskirts of A"). */
export const CITY_PART_NOUNS = words(`suburb suburbs outskirts neighbourhood neighborhood borough district`);

/** Participles that say where something is ("based in A", "born in A"), after which a capital is the city. */
export const SITED_PARTICIPLES = words(`based headquartered located situated born buried held hospitalised hospitalized jailed imprisoned stationed`);

/** Compass words: a place name built on them is a region. */
export const COMPASS_WORDS = words(`
  east west north south eastern western northern southern central middle far near
`);

/** Head nouns of events. */
export const EVENT_HEADS = words(`
  war summit conference election elections crisis revolution olympics olympiad games championship championships cup festival
  talks attack attacks invasion
`);

/** Heads of the names of days kept ("Bastille Day"); not name heads, so a person's "Day" never joins them. */
export const DAY_HEADS = words(`day eve`);

/** Lower-case particles inside names ("Karim bin Haddad", "Varn del Sur", "Pim van Dorst"). */
export const NAME_PARTICLES = words(`bin bint ibn de del della der di da das dos du van von den la le y`);

/** Particles joined to the surname they open ("al-Rami", "el-Haddad", "d'Orval"), besides the NAME_PARTICLES. */
export const HYPHENED_PARTICLES = words(`al el ad ar as at az an ash ul ud abu d o`);

/** Portfolios of ministers and secretaries ("Secretary of Justice", "Minister of Health"): part of a title, not names. */
export const PORTFOLIOS = words(`
  justice defense defence health state interior finance education energy labor labour transport transportation
  agriculture commerce treasury housing trade culture environment tourism
`);

/** Offices over a city or a region, not a country: "the mayor of A" makes A the city even where A is a capital. */
export const LOCAL_TITLES = words(`mayor governor`);

/** First words of the names of events: "Hurricane Dorian", "Operation Peace Spring", "Battle of Britain". */
export const EVENT_OPENERS = words(`hurricane typhoon cyclone storm operation battle siege`);

/** Nouns too general to be key concepts of a text. */
export const GENERIC_NOUNS = words(`
  time times way ways year years day days week weeks month months people thing things part parts side sides step steps
  world country countries state states region level levels case cases point points fact matter matters number numbers
  group groups term terms sense context place area areas kind lot end rest while moment period era question questions
  issue issues example role roles source sources official officials view views hand hands today home life work power
  percent others cent event events statement statements report reports study studies comment comments news story
  stories article articles member members person family result results change changes information situation
  thing detail details total use form line lines series set near
  morning mornings afternoon afternoons evening evenings night nights weekend weekends
  two three four five six seven eight nine ten eleven twelve twenty thirty hundred hundreds thousand thousands million
  millions billion billions dozen dozens mile miles kilometre kilometres kilometer kilometers metre metres meter meters
  foot feet inch inches hour hours minute minutes second seconds dollar dollars pound pounds euro euros ton tons tonne
  tonnes
`);

/**
 * Nouns that name an interaction between parties ("talks between A and B",
 * "the mediation of A"). They become relations, never concept nodes.
 */
export const INTERACTION_NOUNS = words(`
  talks talk negotiation negotiations discussion discussions dialogue dialog meeting meetings mediation consultations call calls
  consultation engagement engagements contact contacts summit summits visit visits conversation conversations exchange
  exchanges relations relationship relationships ties cooperation partnership communication communications channel
  channels agreement agreements deal deals accord accords treaty treaties pact collaboration
`);

/** Interaction nouns that say two parties have dealings, not what kind: "relations between A and B" is no talk. */
export const STANDING_TIE_NOUNS = words(`relations relationship relationships ties`);

/** Nouns for fighting between two sides: "clashes between A and B troops" is each attacking the other. */
export const FIGHTING_NOUNS = words(`clash clashes fighting war wars battle battles skirmish skirmishes hostilities firefight firefights`);

/** Words before a fighting noun that make it feared or averted, not fought: "to prevent a war between A and B". */
export const AVERTING_WORDS = words(`prevent prevents prevented avert averted avoid avoided fear fears feared risk risks threat threats possible potential looming`);

/** Adjectives (and the lemma of "coordinated") that make whatever they qualify a shared undertaking: "a joint venture between A and B" is cooperation. */
export const JOINT_WORDS = words(`joint collaborative cooperative co-operative coordinated coordinate`);
/** Adverbs of acting as partners: "A and B will jointly patrol the coast" ("together" may say no more than "both"). */
export const JOINT_ADVERBS = words(`jointly collaboratively`);

/** Nouns that name a mediating or hosting role: "the mediation of X", "an intermediary between A and B". */
export const MEDIATION_NOUNS: ReadonlyMap<string, RelationType> = new Map([
  ...['mediation', 'mediator', 'mediators', 'intermediary', 'intermediaries', 'go-between', 'broker', 'brokers', 'facilitator'].map(
    (noun) => [noun, 'MEDIATES'] as const,
  ),
  ...['host', 'hosts', 'hosting'].map((noun) => [noun, 'HOSTS'] as const),
]);

/** Abbreviations of time zones and units that look like names in upper case ("2100 UTC"), and a name's suffix cut off by its comma ("A, Jr."); never entities on their own. */
export const NOT_NAMES = words(`
  UTC GMT EST EDT CST CDT MST MDT PST PDT AKST HST CET CEST EET EEST WET WEST BST IST JST KST AEST AEDT NZST NZDT
  AM PM BC AD CE BCE
  Jr Jr. Sr Sr.
`);

/**
 * Words that make an interaction planned, offered or asked for rather than held ("arranged a meeting between …"),
 * with how they frame it: arranging, planning and seeking it plans it; proposing or offering it makes it possible;
 * calling for or urging it demands it.
 */
export const INTENT_WORDS: ReadonlyMap<string, 'planned' | 'hypothetical' | 'demanded'> = new Map([
  ...[...words(`arrange arranges arranged arranging plan plans planned planning future seek seeks sought hope hopes hoped`)].map((w) => [w, 'planned'] as const),
  ...[...words(`propose proposes proposed proposal possible potential invite invites invited offer offered`)].map((w) => [w, 'hypothetical'] as const),
  ...[...words(`call calls called urge urges urged`)].map((w) => [w, 'demanded'] as const),
]);

/**
 * Names of months and weekdays, and months shortened with a stop: capitalised, yet never part of the name that
 * precedes them ("Liege on Thursday", "the Growth Fund on Oct. 3").
 */
export const CALENDAR_NAMES = new Set(
  `January February March April May June July August September October November December
   Monday Tuesday Wednesday Thursday Friday Saturday Sunday
   Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.`.trim().split(/\s+/),
);

const kinds = (byType: Record<NerType, string>, compounds: Record<string, NerType>): ReadonlyMap<string, NerType> =>
  new Map([
    ...Object.entries(byType).flatMap(([type, text]) => text.trim().split(/\s+/).map((noun) => [noun, type as NerType] as const)),
    ...Object.entries(compounds),
  ]);

/**
 * Nouns that say what kind of thing a name is where a text defines it ("X is a
 * village", "X, a rock band", "the album X"), with the named-entity type of
 * such a thing. Two-word kinds ("school district") outrank their last word.
 */
export const KIND_NOUNS = kinds(
  {
    LOC: `village town city municipality commune parish county province district region state island islands river
      lake mountain mountains park suburb neighbourhood neighborhood cave hamlet borough township valley peninsula bay
      desert forest street avenue road country capital prefecture canton oblast settlement locality`,
    ORG: `band company manufacturer label organisation organization party club team university school college institute
      council association federation league chain network airline agency ministry trust society laboratory partnership
      consultancy retailer publisher newspaper magazine duo trio quartet group supergroup alliance corporation firm brand charity
      foundation union army regiment brigade division squadron wing station broadcaster channel orchestra choir`,
    MISC: `album single song film movie novel book game games series episode anthem language festival award awards
      tournament convention car aircraft train war battle minority ep opera musical poem sitcom`,
    PER: `singer actor actress politician player writer poet author painter musician footballer mathematician professor
      lecturer journalist guitarist drummer composer producer director artist boxer wrestler cricketer historian
      scientist physicist chemist`,
  },
  { 'school district': 'ORG', 'radio station': 'ORG', 'television station': 'ORG', 'railway station': 'LOC', 'train station': 'LOC' },
);

/** Words of peoples and creeds without the usual endings of one (-an, -ish, -i, -ist …): "the Moslem party" is no body's name. */
export const PEOPLE_WORDS = words(`muslim moslem hindu sikh shia sunni druze arab kurd serb croat basque tamil berber maori zulu pashtun uyghur hutu tutsi jew`);

/** Heads that end the names of prizes, charts and editions: a name ending in one is a MISC ("Marlow Prize"). */
export const AWARD_HEADS = words(`award awards prize trophy medal chart edition`);

// ─── Roles, bodies and places (relate/syntax-roles.ts, relate/sentence-patterns.ts) ───

/** Verbs whose object takes the role named after it: "B appointed A chief executive", "B named A as its chair". */
export const APPOINTING_VERBS = words('appoint name elect nominate choose select hire install reappoint re-elect');

/** Heads of bodies one is in as a visitor, patient or inmate rather than a member: "was in the Kessel Hospital". */
export const VISITED_BODY_HEADS = words('hospital clinic hotel museum embassy consulate');

/** Verbs whose subject takes the role they name, which the parser may read as their object: "A became President of B". */
export const BECOMING_VERBS = words('become');

/** Roles held in a body that no title or agent-noun ending marks: "the B Party's candidate", "a B delegate". */
export const HELD_ROLES = words('candidate nominee delegate aide staffer employee appointee trainee intern');

/** Nouns that describe an organisation beyond the kinds a name ends in (KIND_NOUNS): "A, Valdoria's largest lender". */
export const BODY_NOUNS = words(`
  lender carrier centre center institution regulator watchdog utility operator insurer exchange outlet producer
  exporter developer supplier automaker carmaker miner chain startup start-up restaurant hotel movement militia faction
  coalition confederation conglomerate`);

/**
 * Institutions every country has, often named without their country: such a
 * name means the institution of the country its article is about (resolution), and a demonym before one is its
 * country's, not part of its name ("the Nigerian Senate"; mentions).
 */
export const NATIONAL_INSTITUTION =
  /^(?:(?:National|Federal|State|Supreme|High|Constitutional|Upper|Lower) )?(?:Congress|Senate|Parliament|House of (?:Representatives|Commons|Lords|Deputies|Councillors|Delegates|Assembly)|Chamber of Deputies|Legislative (?:Assembly|Council)|House|(?:Foreign|Defen[cs]e|Interior|Finance|Health|Justice|Education|Economy|Trade|Agriculture|Energy|Environment|Culture|Transport|Labou?r)(?: Affairs)? Ministry|Ministry of (?:the )?(?:Foreign Affairs|Defen[cs]e|Interior|Finance|Health|Justice|Education|Economy|Trade|Agriculture|Energy|Environment|Culture|Transport|Labou?r)|Foreign Office|State Department|Justice Department|Defen[cs]e Department|Supreme Court|High Court|Constitutional Court|Police|National Police|Army|Navy|Air Force|Government|Cabinet|Assembly|National Assembly)$/;
