import { describe, expect, it } from 'vitest';
import type { NerSpan } from './model.js';
import { extendToNameHead, mendSpans, namedDays, quotedTitles, withCapitalisedArticles } from './span-rules.js';
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

  it('as ordinals do ("Fourth Air Force", "65th Division")', () => {
    expect(spanAfter('He served with the Fourth Air Force until 1950 .', 5, 7)).toEqual(['Fourth Air Force']);
    expect(spanAfter('It joined the 65th Division in May .', 4, 5)).toEqual(['65th Division']);
  });

  it('do not at the start of a sentence, a quotation or a clause', () => {
    expect(spanAfter('The Hague is a city .', 1, 2)).toEqual(['Hague']);
    expect(spanAfter('He said : " The Hague decided . "', 5, 6)).toEqual(['Hague']);
  });
});

describe('a head noun after a span', () => {
  const extended = (sentence: string, start: number, end: number, type: NerType) => {
    const tokens = sentence.split(' ');
    return shown(tokens, extendToNameHead(tokens, [span(start, end, type)]));
  };

  it('joins the span and gives it its type', () => {
    expect(extended('It bombed the German Air Force bases .', 3, 4, 'MISC')).toEqual(['German Air Force/ORG']);
    expect(extended('She taught at West Virginia Normal School in 1890 .', 3, 5, 'LOC')).toEqual(['West Virginia Normal School/ORG']);
    expect(extended('He won the Steele Prize twice .', 3, 4, 'PER')).toEqual(['Steele Prize/MISC']);
    expect(extended('It is near Ford County , Illinois .', 3, 4, 'ORG')).toEqual(['Ford County/LOC']);
    expect(extended('She studied at the British Columbia Institute of Technology in 2001 .', 4, 6, 'LOC')).toEqual([
      'British Columbia Institute of Technology/ORG',
    ]);
  });

  it('only when the words between are title case, so headlines in capitals and plain words stay apart', () => {
    expect(extended('SCOTTISH LEAGUE RESULTS .', 0, 1, 'MISC')).toEqual(['SCOTTISH/MISC']);
    expect(extended('The German team won the cup .', 1, 2, 'MISC')).toEqual(['German/MISC']);
    expect(extended('He read the Fort Worth Star-Telegram daily .', 3, 5, 'LOC')).toEqual(['Fort Worth/LOC']);
  });

  it('never reaches over another span or past a month', () => {
    const tokens = 'Paris Saint Germain Football Club'.split(' ');
    expect(shown(tokens, extendToNameHead(tokens, [span(0, 1, 'LOC'), span(1, 3, 'PER')]))).toEqual(['Paris/LOC', 'Saint Germain Football Club/ORG']);
    expect(extended('It opened in Paris March Festival .', 3, 4, 'LOC')).toEqual(['Paris/LOC']);
  });
});

describe('days kept and quoted titles', () => {
  it('a title-case name ending in Day is a MISC where the tagger found nothing', () => {
    const tokens = 'It became Veterans Day in the United States .'.split(' ');
    expect(shown(tokens, namedDays(tokens, [span(6, 8, 'LOC')]))).toEqual(['Veterans Day/MISC']);
    expect(namedDays('Doris Day sang .'.split(' '), [span(0, 2, 'PER')])).toEqual([]);
    expect(namedDays('On the day after .'.split(' '), [])).toEqual([]);
  });

  it('a short quotation in title case is a title; speech and long quotations are not', () => {
    const tokens = 'the video for " From Yesterday " and " Time to Wake Up "'.split(' ');
    expect(shown(tokens, quotedTitles(tokens, []))).toEqual(['From Yesterday/MISC', 'Time to Wake Up/MISC']);
    expect(quotedTitles('he said " we will win " .'.split(' '), [])).toEqual([]);
    expect(quotedTitles('" We Will Win Because We Are Stronger Than All Of Them " .'.split(' '), [])).toEqual([]);
  });

  it('a quotation the tagger already found something in is left to the tagger', () => {
    const tokens = 'a cover of " Stronger " by Kanye West'.split(' ');
    expect(quotedTitles(tokens, [span(4, 5, 'PER')])).toEqual([]);
  });

  it('all together, the spans come out in order', () => {
    const tokens = 'On Armistice Day , " Gloomy Sunday " played on the German Air Force radio .'.split(' ');
    expect(shown(tokens, mendSpans(tokens, [span(11, 12, 'MISC')]))).toEqual(['Armistice Day/MISC', 'Gloomy Sunday/MISC', 'German Air Force/ORG']);
  });

  it('in a headline whose capitals mark no names, only articles and ordinals are taken in', () => {
    const tokens = 'Chile And Peru Agree To Reopen Border Crossings'.split(' ');
    expect(shown(tokens, mendSpans(tokens, [span(2, 3, 'LOC')], true))).toEqual(['Peru/LOC']);
    expect(shown(tokens, mendSpans(tokens, [span(2, 3, 'LOC')]))).toEqual(['Peru Agree To Reopen Border/LOC']);
  });
});
