import { describe, expect, it } from 'vitest';
import type { NerSpan } from './model.js';
import { extendToNameHead, mendSpans, namedDays, openingNames, possessiveNames, quotedTitles, splitAtPlace, typedByHead, typedByKindAfter, withCapitalisedArticles, withoutLowerCaseTails, withSurnameAfterInitial } from './span-rules.js';
import type { NerType } from './tags.js';

const span = (start: number, end: number, type: NerType = 'MISC'): NerSpan => ({ start, end, type, score: 0.9 });
const shown = (tokens: string[], spans: readonly NerSpan[]): string[] =>
  spans.map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.type}`);

describe('capitalised articles and ordinals before a name', () => {
  const spanAfter = (sentence: string, start: number, end: number) =>
    withCapitalisedArticles(sentence.split(' '), [span(start, end)]).map((span) => sentence.split(' ').slice(span.start, span.end).join(' '));

  it('belong to the name inside a sentence', () => {
    expect(spanAfter('They won an award for A Quiet Year in 2007 .', 6, 8)).toEqual(['A Quiet Year']);
    expect(spanAfter('He met The Hague officials .', 3, 4)).toEqual(['The Hague']);
  });

  it('as ordinals do ("Ninth Air Army", "42nd Division")', () => {
    expect(spanAfter('He served with the Ninth Air Army until 1950 .', 5, 7)).toEqual(['Ninth Air Army']);
    expect(spanAfter('It joined the 42nd Division in May .', 4, 5)).toEqual(['42nd Division']);
  });

  it('do not at the start of a sentence, a quotation or a clause', () => {
    expect(spanAfter('The Hague is a city .', 1, 2)).toEqual(['Hague']);
    expect(spanAfter('He said : " The Hague decided . "', 5, 6)).toEqual(['Hague']);
  });
});

/** What a rule makes of one span of a sentence, as "words/TYPE". */
const withRule =
  (rule: (tokens: readonly string[], spans: NerSpan[]) => NerSpan[]) =>
  (sentence: string, start: number, end: number, type: NerType): string[] => {
    const tokens = sentence.split(' ');
    return shown(tokens, rule(tokens, [span(start, end, type)]));
  };

describe('a run of capitalised words opening a sentence that the tagger found nothing in', () => {
  const opening = (text: string, spans: NerSpan[] = []) => { const tokens = text.split(' '); return shown(tokens, openingNames(tokens, spans)); };

  it('is a name when a verb follows it ("Velt Rights Watch accused …", "Save the Velt said …")', () => {
    expect(opening('Velt Rights Watch accused the police of abuses .')).toEqual(['Velt Rights Watch/ORG']);
    expect(opening('Doctors Without Tarrow urged calm .')).toEqual(['Doctors Without Tarrow/ORG']);
    expect(opening('Save the Velt said on Monday .')).toEqual(['Save the Velt/ORG']);
  });

  it('is none where the tagger found a name in it, for a lone word, with a pronoun, a function word or a day in it, or before no verb', () => {
    expect(opening('Early Monday morning police arrived .')).toEqual([]);
    expect(opening('MS Although we used the data .')).toEqual([]);
    expect(opening('Numerous Maker Clubs from schools came .')).toEqual([]);
    expect(opening('Prime Minister Pim Voss said .', [span(2, 4, 'PER')])).toEqual([]);
    expect(opening('Reporters said the vote was fair .')).toEqual([]);
    expect(opening('Basically I lost my keys .')).toEqual([]);
    expect(opening('In Velt Harbour the boats sank .')).toEqual([]);
    expect(opening('Last Monday , the vote was held .')).toEqual([]);
  });

  it('is a lone acronym before a verb, but no other lone word', () => {
    expect(opening('UNVRC airlifted tents to the camp .')).toEqual(['UNVRC/ORG']);
    expect(opening('UNVRC shares fell .')).toEqual([]);
    expect(opening('Chlorothiazide is a diuretic .')).toEqual([]);
    expect(opening('UN said nothing .')).toEqual([]);
  });
});

describe('a lower-case tail after "of"', () => {
  const cut = withRule(withoutLowerCaseTails);

  it('is cut from a name ("Velt Press of bank robberies"), and a sentence\'s first word left alone is no name', () => {
    expect(cut('reported by Velt Press of bank robberies .', 2, 6, 'ORG')).toEqual(['Velt Press/ORG']);
    expect(cut('Method of computing allotments .', 0, 4, 'ORG')).toEqual([]);
  });

  it('is kept where the complement is a name\'s ("Velt University of the Arts", "Ministry of Defence")', () => {
    expect(cut('at Velt University of the Arts .', 1, 6, 'ORG')).toEqual(['Velt University of the Arts/ORG']);
    expect(cut('the Ministry of Defence said .', 1, 4, 'ORG')).toEqual(['Ministry of Defence/ORG']);
  });

  it('and any tail in lower case with nothing capitalised after it is cut too ("Velt Hall around 2:00")', () => {
    expect(cut('the attack at Velt Hall around 2:00 p.m. local time', 3, 7, 'ORG')).toEqual(['Velt Hall/ORG']);
    expect(cut('a Kessel art dealer', 1, 3, 'ORG')).toEqual(['Kessel/ORG']);
  });

  it('but not a year after "of", a lower-case head, or lower-case words inside a name', () => {
    expect(cut('the Velt Treaty of 1783 .', 1, 5, 'MISC')).toEqual(['Velt Treaty of 1783/MISC']);
    expect(cut('the Kessel River bridge .', 1, 4, 'LOC')).toEqual(['Kessel River bridge/LOC']);
    expect(cut('Marta bin Kessel spoke .', 0, 3, 'PER')).toEqual(['Marta bin Kessel/PER']);
  });
});

describe("a title and \"'s\" before an organisation's head", () => {
  const possessive = (text: string, spans: NerSpan[] = []) => { const tokens = text.split(' '); return shown(tokens, possessiveNames(tokens, spans)); };

  it("name one body (\"the Attorney General's Office\"), with the head's complement and a title the tagger took alone", () => {
    expect(possessive("Pim Voss praised the Attorney General 's Office for its work .", [span(0, 2, 'PER')])).toEqual(["Attorney General 's Office/ORG"]);
    expect(possessive("Velt 's Ombudsman 's Office demanded an inquiry .", [span(0, 1, 'LOC'), span(2, 3, 'ORG')])).toEqual(["Ombudsman 's Office/ORG"]);
    expect(possessive("She joined the Women 's Bureau of Labour Statistics .")).toEqual(["Women 's Bureau of Labour Statistics/ORG"]);
  });

  it("do not where the possessor is a person, a place, a body or a longer name, a day or a function word, or the head opens a longer name", () => {
    expect(possessive("Kit Harmon 's Band played .", [span(0, 2, 'PER')])).toEqual([]);
    expect(possessive("Staff of Kessel University 's College of Marine Studies met .", [span(2, 4, 'ORG')])).toEqual([]);
    expect(possessive("He left the University of Velt 's College of Law .", [span(3, 6, 'ORG')])).toEqual([]);
    expect(possessive("Today 's Court of Session ruled .")).toEqual([]);
    expect(possessive("The Fleet Command 's Navy Information Agency said .")).toEqual([]);
  });
});

describe("a body's kind noun in lower case after a name", () => {
  const kinded = withRule(typedByKindAfter);

  it('makes a name the tagger gave no kind that body ("the Velt party", "the Korr militia")', () => {
    expect(kinded('Police arrested members of the Velt party .', 5, 6, 'MISC')).toEqual(['Velt/ORG']);
    expect(kinded('It fought the Korr Tana militia .', 3, 5, 'MISC')).toEqual(['Korr Tana/ORG']);
  });

  it("but not a people's or a creed's word, a hyphened description or a name of another type", () => {
    expect(kinded('She joined the Kurdish party .', 3, 4, 'MISC')).toEqual(['Kurdish/MISC']);
    expect(kinded('He led the ruling Moslem party .', 4, 5, 'MISC')).toEqual(['Moslem/MISC']);
    expect(kinded('It named the Islamist group .', 3, 4, 'MISC')).toEqual(['Islamist/MISC']);
    expect(kinded('It named the Lima-based group .', 3, 4, 'MISC')).toEqual(['Lima-based/MISC']);
    expect(kinded('He led the Chile team .', 3, 4, 'LOC')).toEqual(['Chile/LOC']);
  });

  it('nor an event\'s or a day\'s name, a lower-case word or a party one gives', () => {
    expect(kinded('Chile topped their World Cup group four .', 3, 5, 'MISC')).toEqual(['World Cup/MISC']);
    expect(kinded("It happened at the Founders ' Day party .", 4, 7, 'MISC')).toEqual(["Founders ' Day/MISC"]);
    expect(kinded("It happened at the St. Marta 's party .", 4, 7, 'MISC')).toEqual(["St. Marta 's/MISC"]);
    expect(kinded('She gave a camp reunion-Velt party .', 4, 5, 'MISC')).toEqual(['reunion-Velt/MISC']);
    expect(kinded('She gave a Velt party .', 3, 4, 'MISC')).toEqual(['Velt/MISC']);
  });
});

describe('a head noun after a span', () => {
  const extended = withRule(extendToNameHead);

  it('joins the span and gives it its type', () => {
    expect(extended('It bombed the Dutch Air Force bases .', 3, 4, 'MISC')).toEqual(['Dutch Air Force/ORG']);
    expect(extended('She taught at North Dakota Normal School in 1890 .', 3, 5, 'LOC')).toEqual(['North Dakota Normal School/ORG']);
    expect(extended('He won the Marlow Prize twice .', 3, 4, 'PER')).toEqual(['Marlow Prize/MISC']);
    expect(extended('It is near Marlow County , Kansas .', 3, 4, 'ORG')).toEqual(['Marlow County/LOC']);
    expect(extended('She studied at the Nova Scotia Institute of Technology in 2001 .', 4, 6, 'LOC')).toEqual([
      'Nova Scotia Institute of Technology/ORG',
    ]);
  });

  it('only when the words between are title case, so headlines in capitals and plain words stay apart', () => {
    expect(extended('SCOTTISH LEAGUE RESULTS .', 0, 1, 'MISC')).toEqual(['SCOTTISH/MISC']);
    expect(extended('The German team won the cup .', 1, 2, 'MISC')).toEqual(['German/MISC']);
    expect(extended('He read the Castle Rock Courier-Gazette daily .', 3, 5, 'LOC')).toEqual(['Castle Rock/LOC']);
  });

  it('takes a head written in short capitals ("TV") as a head, but a word of a capitals headline of that length as none', () => {
    expect(extended('She spoke on Borvik TV on Monday .', 3, 4, 'LOC')).toEqual(['Borvik TV/ORG']);
    expect(extended('VARN WIN CUP .', 0, 1, 'LOC')).toEqual(['VARN/LOC']);
  });

  it('never reaches over another span or past a month', () => {
    const tokens = 'Paris Saint Germain Football Club'.split(' ');
    expect(shown(tokens, extendToNameHead(tokens, [span(0, 1, 'LOC'), span(1, 3, 'PER')]))).toEqual(['Paris/LOC', 'Saint Germain Football Club/ORG']);
    expect(extended('It opened in Paris March Festival .', 3, 4, 'LOC')).toEqual(['Paris/LOC']);
  });

  it('takes in a head the tagger tagged alone right after an organisation\'s name ("Velt Police" + "Prefecture"), but no other name', () => {
    const tokens = 'at the Velt Police Prefecture in Velt'.split(' ');
    expect(shown(tokens, extendToNameHead(tokens, [span(2, 3, 'LOC'), span(4, 5, 'LOC'), span(6, 7, 'LOC')]))).toEqual(['Velt Police Prefecture/LOC', 'Velt/LOC']);
    const place = 'in Velt Marlow County'.split(' ');
    expect(shown(place, extendToNameHead(place, [span(1, 2, 'LOC'), span(2, 4, 'LOC')]))).toEqual(['Velt/LOC', 'Marlow County/LOC']);
  });
});

describe('the type the head of a name gives it', () => {
  const typed = withRule(typedByHead);

  it('overrules the tagger for a name of two words or more', () => {
    expect(typed('A stone arch was built over the Tarrow River .', 7, 9, 'ORG')).toEqual(['Tarrow River/LOC']);
    expect(typed('He drums for the Kit Harmon Band .', 4, 7, 'PER')).toEqual(['Kit Harmon Band/ORG']);
    expect(typed('Scouts served in the Marren Liberation War .', 4, 7, 'ORG')).toEqual(['Marren Liberation War/MISC']);
    expect(typed('It was part of Operation Silver Lantern .', 4, 7, 'LOC')).toEqual(['Operation Silver Lantern/MISC']);
  });

  it('not for one word, nor for heads that end names of several kinds', () => {
    expect(typed('The Band played .', 1, 2, 'ORG')).toEqual(['Band/ORG']);
    expect(typed('Troops left the West Bank .', 3, 5, 'LOC')).toEqual(['West Bank/LOC']);
    expect(typed('It joined the Soviet Union .', 3, 5, 'LOC')).toEqual(['Soviet Union/LOC']);
    expect(typed('He spoke in the House of Commons .', 4, 7, 'ORG')).toEqual(['House of Commons/ORG']);
  });

  it('makes a name ending in a region\'s word a place ("Kessel Oblast", "Marlow Prefecture")', () => {
    expect(typed('The governor of Kessel Oblast resigned .', 3, 5, 'ORG')).toEqual(['Kessel Oblast/LOC']);
    expect(typed('Rain fell on Marlow Prefecture .', 3, 5, 'PER')).toEqual(['Marlow Prefecture/LOC']);
  });

  it('by the head before "of", and never a person named like a day or titled "of" something', () => {
    expect(typed('Ships left the Port of Ardenport .', 3, 6, 'ORG')).toEqual(['Port of Ardenport/LOC']);
    expect(typed('Doris Day sang .', 0, 2, 'PER')).toEqual(['Doris Day/PER']);
    expect(typed('He became Dean of the House .', 2, 6, 'PER')).toEqual(['Dean of the House/PER']);
  });
});

describe('a span run over "in" or "at"', () => {
  const split = withRule(splitAtPlace);

  it('is the name and the place it stands in, after a head noun', () => {
    expect(split('at Harbour Medical Center in Ardenport .', 1, 6, 'ORG')).toEqual(['Harbour Medical Center/ORG', 'Ardenport/LOC']);
    expect(split('a dinner at Guild Hall at Linmouth .', 3, 7, 'ORG')).toEqual(['Guild Hall/ORG', 'Linmouth/LOC']);
  });

  it('but one name where "in" does not follow a head ("Research in Earth Sciences")', () => {
    expect(split('the Institute for Research in Earth Sciences said', 1, 7, 'ORG')).toEqual(['Institute for Research in Earth Sciences/ORG']);
  });

  it('is the name and the place after any head where the reference lists know the place, and only there', () => {
    const tokens = 'at the Kessel Centre for Surgery in Lindholm and the Institute for Research in Earth Sciences .'.split(' ');
    const isPlace = (start: number, end: number) => tokens.slice(start, end).join(' ') === 'Lindholm';
    expect(shown(tokens, splitAtPlace(tokens, [span(2, 8, 'ORG'), span(10, 16, 'ORG')], isPlace))).toEqual([
      'Kessel Centre for Surgery/ORG',
      'Lindholm/LOC',
      'Institute for Research in Earth Sciences/ORG',
    ]);
  });
});

describe('days kept and quoted titles', () => {
  it('a title-case name ending in Day is a MISC where the tagger found nothing', () => {
    const tokens = 'It became Founders Day in the United States .'.split(' ');
    expect(shown(tokens, namedDays(tokens, [span(6, 8, 'LOC')]))).toEqual(['Founders Day/MISC']);
    expect(namedDays('Doris Day sang .'.split(' '), [span(0, 2, 'PER')])).toEqual([]);
    expect(namedDays('On the day after .'.split(' '), [])).toEqual([]);
  });

  it('a short quotation in title case is a title; speech and long quotations are not', () => {
    const tokens = 'the video for " Paper Harbour " and " Time to Let Go "'.split(' ');
    expect(shown(tokens, quotedTitles(tokens, []))).toEqual(['Paper Harbour/MISC', 'Time to Let Go/MISC']);
    expect(quotedTitles('he said " we will win " .'.split(' '), [])).toEqual([]);
    expect(quotedTitles('" We Will Win Because We Are Stronger Than All Of Them " .'.split(' '), [])).toEqual([]);
  });

  it('a quotation the tagger already found something in is left to the tagger', () => {
    const tokens = 'a cover of " Brighter " by Nia Cole'.split(' ');
    expect(quotedTitles(tokens, [span(4, 5, 'PER')])).toEqual([]);
  });

  it('all together, the spans come out in order', () => {
    const tokens = 'On Founders Day , " Paper Harbour " played on the Dutch Air Force radio .'.split(' ');
    expect(shown(tokens, mendSpans(tokens, [span(11, 12, 'MISC')]))).toEqual(['Founders Day/MISC', 'Paper Harbour/MISC', 'Dutch Air Force/ORG']);
  });

  it('in a headline whose capitals mark no names, only articles and ordinals are taken in', () => {
    const tokens = 'Chile And Peru Agree To Reopen Border Crossings'.split(' ');
    expect(shown(tokens, mendSpans(tokens, [span(2, 3, 'LOC')], true))).toEqual(['Peru/LOC']);
    expect(shown(tokens, mendSpans(tokens, [span(2, 3, 'LOC')]))).toEqual(['Peru Agree To Reopen Border/LOC']);
  });
});

describe('a person\'s name ending in a middle initial', () => {
  const mended = (sentence: string, spans: NerSpan[]) => shown(sentence.split(' '), withSurnameAfterInitial(sentence.split(' '), spans));

  it('takes in the capitalised word after the initial, or the name tagged apart there ("Mara K. Stone")', () => {
    expect(mended("It cemented Mara K. Stone 's victory .", [span(2, 4, 'PER')])).toEqual(['Mara K. Stone/PER']);
    expect(mended('He met Mara K. Stone in Lima .', [span(2, 4, 'PER'), span(4, 5, 'PER'), span(6, 7, 'LOC')])).toEqual(['Mara K. Stone/PER', 'Lima/LOC']);
  });

  it('leaves an initial before a lower-case word, an organisation\'s name and a lone initial alone', () => {
    expect(mended('Mara K. said so .', [span(0, 2, 'PER')])).toEqual(['Mara K./PER']);
    expect(mended('It was signed by Mara K. and others .', [span(4, 6, 'PER')])).toEqual(['Mara K./PER']);
    expect(mended('Velt Labs K. Stone Road', [span(0, 3, 'ORG')])).toEqual(['Velt Labs K./ORG']);
    expect(mended('K. Stone left .', [span(0, 1, 'PER')])).toEqual(['K./PER']);
  });
});
