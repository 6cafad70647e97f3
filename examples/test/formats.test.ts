import { describe, expect, it } from 'vitest';
import {
  claimReview,
  csvField,
  type ExportedClaim,
  type ExportedEvent,
  eventsCsv,
  timelineJSSlide,
  toTimelineJS,
} from '../lib/formats.ts';
import { timelineJSProblems } from './timelinejs.ts';

function fuzzy(edtf: string | null): ExportedEvent['time'] {
  return {
    edtf,
    label: edtf ?? 'unknown',
    earliest: null,
    latest: null,
    precision: 'DAY',
    approximate: false,
    uncertain: false,
    phrase: null,
  };
}

function event(key: string, edtf: string | null, fields: Partial<ExportedEvent> = {}): ExportedEvent {
  return {
    key,
    kind: 'MEETING',
    title: `Event ${key}`,
    summary: null,
    firstReported: null,
    place: null,
    participants: [],
    time: fuzzy(edtf),
    status: 'REPORTED',
    statusExplanation: 'Reported once.',
    independentSourceCount: 1,
    claimantCount: 1,
    ...fields,
  };
}

const actor = (name: string, kind: 'PERSON' | 'STATE' = 'PERSON') => ({ id: name, key: name, name, kind });

describe('TimelineJS', () => {
  it('gives an exact day as year/month/day parts and no display_date', () => {
    const summit = event('summit', '2023-09-13', {
      title: 'A summit',
      summary: 'Two leaders meet.',
      place: { id: 'p', key: 'p', name: 'A cosmodrome', kind: 'FACILITY', latitude: null, longitude: null },
      participants: [
        { role: 'HOST', actor: actor('Host') },
        { role: 'GUEST', actor: actor('Guest') },
      ],
    });
    expect(timelineJSSlide(summit)).toEqual({
      unique_id: 'summit',
      start_date: { year: 2023, month: 9, day: 13 },
      text: {
        headline: 'A summit',
        text: 'Two leaders meet. Place: A cosmodrome. With Host (host), Guest (guest). REPORTED: Reported once.',
      },
      group: 'MEETING',
    });
  });

  it('gives a fuzzy time only the parts it knows, with a display_date that says so', () => {
    expect(timelineJSSlide(event('m', '2023-09'))).toMatchObject({
      start_date: { year: 2023, month: 9 },
      display_date: 'September 2023',
    });
    expect(timelineJSSlide(event('r', '2023-09/2024-02-27'))).toMatchObject({
      start_date: { year: 2023, month: 9 },
      end_date: { year: 2024, month: 2, day: 27 },
      display_date: 'September 2023 – 27 February 2024',
    });
    expect(timelineJSSlide(event('a', '2024-02-27~'))).toMatchObject({
      display_date: 'about 27 February 2024',
    });
  });

  it('places an open start at its end, an open end at its start, and leaves out an unknown time', () => {
    expect(timelineJSSlide(event('by', '../2023-09-14'))).toMatchObject({
      start_date: { year: 2023, month: 9, day: 14 },
      display_date: 'by 14 September 2023',
    });
    const from = timelineJSSlide(event('from', '2023-09-13/..'));
    expect(from).toMatchObject({
      start_date: { year: 2023, month: 9, day: 13 },
      display_date: 'from 13 September 2023',
    });
    expect(from?.end_date).toBeUndefined();
    expect(timelineJSSlide(event('unknown', null))).toBeNull();
  });

  it('makes a timeline TimelineJS loads, counting what it cannot place', () => {
    const events = [
      event('a', '2023-09-13'),
      event('b', '2023-09/2024-02'),
      event('c', '../2023-09-14'),
      event('d', '1953~'),
      event('e', null),
    ];
    const { timeline, unplaced } = toTimelineJS('A story', events);
    expect(unplaced).toBe(1);
    expect(timeline.title.text.headline).toBe('A story');
    expect(timeline.events.map((s) => s.unique_id)).toEqual(['a', 'b', 'c', 'd']);
    expect(timelineJSProblems(timeline)).toEqual([]);
  });

  it('has a checker that finds what TimelineJS would refuse', () => {
    const { timeline } = toTimelineJS('x', [event('a', '2023-09-13'), event('b', '2023-09-13')]);
    const [first, second] = timeline.events;
    if (!first || !second) throw new Error('two slides expected');
    first.start_date = { year: 2023, month: 2, day: 30 };
    first.end_date = { year: 2022 };
    second.unique_id = 'a';
    second.start_date = { year: 2023, day: 1 };
    expect(timelineJSProblems(timeline)).toEqual([
      'events[0].start_date.day 30 is not a day of 2023-2',
      'events[0] ends before it starts',
      'events[1].start_date has a day without a month',
      'events[1].unique_id a is not unique',
    ]);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one CRLF line per event, the time read for people and as EDTF', () => {
    const csv = eventsCsv([
      event('gift', '2023-09/2024-02-27', {
        title: 'A gift, a car',
        participants: [
          { role: 'SENDER', actor: actor('A') },
          { role: 'RECIPIENT', actor: actor('B') },
        ],
      }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'key,kind,title,time,time_edtf,earliest,latest,place,participants,status,independent_sources,claimants,first_reported,summary',
      'gift,MEETING,"A gift, a car",September 2023 – 27 February 2024,2023-09/2024-02-27,,,,A (sender); B (recipient),REPORTED,1,1,,',
      '',
    ]);
  });
});

describe('ClaimReview', () => {
  const source = {
    id: 's',
    key: 's',
    title: 'An article',
    publisher: 'A paper',
    byline: null,
    dateline: null,
    url: 'https://news.example/article',
    kind: 'REPORT' as const,
    knownFrom: '2024-02-27',
    contentHash: 'h',
    published: fuzzy('2024-02-27'),
    syndicationGroup: null,
  };
  const claim: ExportedClaim = {
    key: 'an-estimate',
    proposition: 'About 100 crates were sent.',
    claimantName: 'A minister',
    claimant: actor('A minister'),
    stated: fuzzy('2024-02-27'),
    attributions: [
      {
        id: 'a',
        excerpt: 'about 100 crates',
        start: 0,
        end: 16,
        reportingVerb: 'said',
        sentence: { text: 'about 100 crates', start: 0, end: 16 },
        reportedVia: [],
        source,
      },
    ],
  };

  it('is the claim, its author and each report as a quotation of its article', () => {
    expect(claimReview(claim)).toEqual({
      '@type': 'ClaimReview',
      identifier: 'an-estimate',
      claimReviewed: 'About 100 crates were sent.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'A minister' },
        datePublished: '2024-02-27',
        appearance: [
          {
            '@type': 'Quotation',
            text: 'about 100 crates',
            isPartOf: {
              '@type': 'NewsArticle',
              headline: 'An article',
              url: 'https://news.example/article',
              publisher: { '@type': 'Organization', name: 'A paper' },
              datePublished: '2024-02-27',
            },
          },
        ],
      },
    });
  });

  it('gives an unnamed claimant no type and a fuzzy date no datePublished', () => {
    const unnamed = claimReview({
      ...claim,
      claimant: null,
      claimantName: 'an official',
      stated: fuzzy('2024-02~'),
    });
    expect(unnamed.itemReviewed).toMatchObject({ author: { name: 'an official' }, datePublished: undefined });
    expect(JSON.stringify(unnamed)).not.toContain('"@type":"Person"');
  });
});
