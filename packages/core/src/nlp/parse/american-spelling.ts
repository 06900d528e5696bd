/**
 * British spellings read as the American ones the treebank mostly has. The tagger and parser learnt from English Web
 * Treebank text, written largely in American English, so a word news spells the British way ("armoured",
 * "mobilised", "defence") is a word they never saw, and they guess its tag from its ending: "armoured vehicles"
 * became a verb and its object. Only the tagger's and parser's view of the word changes; its lemma keeps its letters.
 * The rules are data: stems whose spelling differs, and the endings they take.
 */

/** Stems spelt "-our" in British English and "-or" in American ("armoured", "neighbouring", "favourite"). */
const OUR_STEMS: readonly string[] = [
  'ardour', 'armour', 'behaviour', 'candour', 'clamour', 'colour', 'demeanour', 'endeavour', 'favour', 'fervour',
  'flavour', 'harbour', 'honour', 'humour', 'labour', 'neighbour', 'odour', 'parlour', 'rigour', 'rumour', 'saviour',
  'splendour', 'tumour', 'valour', 'vapour', 'vigour',
];

/** Verb stems spelt "-ise" or "-yse" in British English and "-ize", "-yze" in American, before their endings. */
const ISE_STEMS: readonly string[] = [
  'apologis', 'authoris', 'capitalis', 'categoris', 'centralis', 'characteris', 'civilis', 'colonis', 'criminalis',
  'criticis', 'decentralis', 'demilitaris', 'democratis', 'destabilis', 'emphasis', 'finalis', 'globalis', 'harmonis',
  'hospitalis', 'industrialis', 'jeopardis', 'legalis', 'legitimis', 'liberalis', 'marginalis', 'maximis', 'memoris',
  'militaris', 'minimis', 'mobilis', 'modernis', 'monopolis', 'nationalis', 'neutralis', 'normalis', 'organis',
  'penalis', 'polaris', 'privatis', 'prioritis', 'radicalis', 'realis', 'recognis', 'scrutinis', 'specialis',
  'stabilis', 'standardis', 'subsidis', 'summaris', 'symbolis', 'sympathis', 'terroris', 'utilis', 'visualis',
  'analys', 'paralys', 'catalys',
];
const ISE_ENDINGS: readonly string[] = ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'];

/** Stems that double a final "l" before an ending in British English only ("travelled", "cancelling"). */
const DOUBLED_L_STEMS: readonly string[] = [
  'cancel', 'channel', 'counsel', 'dial', 'equal', 'fuel', 'label', 'level', 'marshal', 'model', 'quarrel', 'rival',
  'signal', 'total', 'travel', 'tunnel',
];
const DOUBLED_L_ENDINGS: readonly string[] = ['ed', 'ing', 'er', 'ers'];

/** Whole words spelt otherwise ("defence", "centre", "programme"). */
const WORDS: Readonly<Record<string, string>> = {
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', pretence: 'pretense',
  licence: 'license', licences: 'licenses', centre: 'center', centres: 'centers', centred: 'centered',
  theatre: 'theater', theatres: 'theaters', metre: 'meter', metres: 'meters', kilometre: 'kilometer',
  kilometres: 'kilometers', litre: 'liter', litres: 'liters', fibre: 'fiber', calibre: 'caliber',
  programme: 'program', programmes: 'programs', manoeuvre: 'maneuver', manoeuvres: 'maneuvers', grey: 'gray',
  cheque: 'check', cheques: 'checks', jewellery: 'jewelry', judgement: 'judgment', ageing: 'aging',
  sceptical: 'skeptical', sceptic: 'skeptic', sceptics: 'skeptics', enrol: 'enroll', fulfil: 'fulfill',
};

const respelt = new Map<string, string>(Object.entries(WORDS));
for (const stem of OUR_STEMS) {
  const american = `${stem.slice(0, -3)}or`;
  for (const ending of ['', 's', 'ed', 'ing', 'ite', 'ites', 'able', 'ably', 'er', 'ers', 'ful', 'al', 'ist', 'ists', 'y', 'less', 'hood', 'hoods']) respelt.set(stem + ending, american + ending);
}
for (const stem of ISE_STEMS) {
  const american = `${stem.slice(0, -1)}z`;
  for (const ending of ISE_ENDINGS) respelt.set(stem + ending, american + ending);
}
for (const stem of DOUBLED_L_STEMS) for (const ending of DOUBLED_L_ENDINGS) respelt.set(`${stem}l${ending}`, stem + ending);

/** The American spelling of a British-spelt word, in the word's own case ("Armoured" → "Armored"); else the word. */
export function americanSpelling(word: string): string {
  const lower = word.toLowerCase();
  const american = respelt.get(lower);
  if (american === undefined) return word;
  if (word === lower) return american;
  if (word === word.toUpperCase()) return american.toUpperCase();
  return word[0] === lower[0] ? american : american[0]!.toUpperCase() + american.slice(1);
}
