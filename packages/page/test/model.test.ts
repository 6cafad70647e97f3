import { describe, expect, it } from 'vitest';
import {
  chartEstimates,
  contradictionPairs,
  dayAfter,
  type EstimateLike,
  estimateDay,
  focusWindow,
  highlightExcerpt,
  knownBy,
  niceCeiling,
  timelineSpan,
} from '../src/app/model.ts';

describe('timelineSpan', () => {
  it('draws an exact day as a point', () => {
    expect(timelineSpan({ earliest: '2023-09-13', latest: '2023-09-13' })).toEqual({
      type: 'point',
      start: '2023-09-13',
    });
  });

  it('draws a month as a span over every day of it, the end exclusive', () => {
    expect(timelineSpan({ earliest: '2023-09-01', latest: '2023-09-30' })).toEqual({
      type: 'range',
      start: '2023-09-01',
      end: '2023-10-01',
    });
  });

  it('draws an interval across a year end as a span', () => {
    expect(timelineSpan({ earliest: '2023-09-01', latest: '2024-02-29' })).toEqual({
      type: 'range',
      start: '2023-09-01',
      end: '2024-03-01',
    });
  });

  it('draws a time open on one side at its one bound, saying which side is open', () => {
    expect(timelineSpan({ earliest: '2023-09-13', latest: null })).toEqual({
      type: 'point',
      start: '2023-09-13',
      open: 'after',
    });
    expect(timelineSpan({ earliest: null, latest: '2024-01-31' })).toEqual({
      type: 'point',
      start: '2024-01-31',
      open: 'before',
    });
  });

  it('draws nothing for an unknown time', () => {
    expect(timelineSpan({ earliest: null, latest: null })).toBeNull();
  });

  it('steps over month and leap-day ends', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
  });
});

describe('focusWindow', () => {
  it('opens on the exact days drawn, a month either side, whatever wider spans there are', () => {
    const spans = [
      timelineSpan({ earliest: '2023-09-13', latest: '2023-09-13' }),
      timelineSpan({ earliest: '1950-01-01', latest: '1953-12-31' }),
      timelineSpan({ earliest: '2024-02-27', latest: '2024-02-27' }),
      timelineSpan({ earliest: '2023-10-01', latest: null }),
    ].flatMap((s) => s ?? []);
    expect(focusWindow(spans)).toEqual({ start: '2023-08-14', end: '2024-03-28' });
  });

  it('has no window for fewer than two exact days', () => {
    expect(focusWindow([{ type: 'point', start: '2023-09-13' }])).toBeNull();
    expect(focusWindow([{ type: 'range', start: '2023-09-01', end: '2023-10-01' }])).toBeNull();
  });
});

describe('knownBy', () => {
  const attributions = [
    { id: 'a', source: { knownFrom: '2023-09-13' } },
    { id: 'b', source: { knownFrom: '2023-10-31' } },
    { id: 'c', source: { knownFrom: '2024-02-27' } },
  ];
  const day = (a: (typeof attributions)[number]) => a.source.knownFrom;

  it('keeps what was known on the day, that day included', () => {
    expect(knownBy(attributions, '2023-10-31', day).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('hides everything before the first source was public', () => {
    expect(knownBy(attributions, '2023-09-12', day)).toEqual([]);
  });

  it('keeps everything with no as-of day', () => {
    expect(knownBy(attributions, undefined, day)).toHaveLength(3);
    expect(knownBy(attributions, '', day)).toHaveLength(3);
  });

  it('hides an item with no known day under an as-of day', () => {
    const claims = [{ knownFrom: null }, { knownFrom: '2023-01-01' }];
    expect(knownBy(claims, '2024-01-01', (c) => c.knownFrom)).toEqual([{ knownFrom: '2023-01-01' }]);
  });
});

describe('highlightExcerpt', () => {
  const text = 'Title\n\nFirst line says one thing. Officials said two.\n\nLast line.';
  const start = text.indexOf('Officials');
  const end = text.indexOf(' two.') + ' two.'.length;

  it('marks the excerpt inside its paragraph', () => {
    expect(highlightExcerpt(text, start, end)).toEqual({
      before: 'First line says one thing. ',
      mark: 'Officials said two.',
      after: '',
    });
  });

  it('marks the excerpt in the whole text, which it rebuilds exactly', () => {
    const whole = highlightExcerpt(text, start, end, 'whole');
    expect(whole.mark).toBe('Officials said two.');
    expect(whole.before + whole.mark + whole.after).toBe(text);
  });

  it('handles an excerpt on the first and on the last line', () => {
    expect(highlightExcerpt(text, 0, 5)).toEqual({ before: '', mark: 'Title', after: '' });
    expect(highlightExcerpt(text, text.length - 10, text.length - 5)).toEqual({
      before: '',
      mark: 'Last ',
      after: 'line.',
    });
  });
});

describe('the estimates chart', () => {
  const estimate = (
    id: string,
    stated: [string | null, string | null],
    bounds: Partial<EstimateLike>,
    modality = 'ACTUAL',
  ): EstimateLike => ({
    label: id,
    value: null,
    low: null,
    high: null,
    modality,
    ...bounds,
    claim: {
      id,
      claimantName: `claimant ${id}`,
      knownFrom: '2024-03-01',
      stated: { earliest: stated[0], latest: stated[1] },
    },
  });
  const box = { width: 440, height: 240, margin: 20 };

  it('places an estimate at the middle of its stated time, else when it became known', () => {
    expect(estimateDay(estimate('a', ['2023-10-01', '2023-10-31'], { value: 1 }))).toBe('2023-10-16');
    expect(estimateDay(estimate('b', [null, null], { value: 1 }))).toBe('2024-03-01');
  });

  it('scales days across the width and values up from the bottom, with intervals', () => {
    const chart = chartEstimates(
      [
        estimate('early', ['2023-10-01', '2023-10-01'], { low: 1000 }),
        estimate('late', ['2024-02-27', '2024-02-27'], { value: 6700 }),
        estimate('cap', ['2024-02-27', '2024-02-27'], { value: 3000 }, 'CAPACITY'),
      ],
      box,
    );
    const [early, late, cap] = chart.points;
    expect(chart.days).toEqual(['2023-10-01', '2024-02-27']);
    expect(early?.x).toBe(20);
    expect(late?.x).toBe(420);
    // the top is a round 10,000: 6,700 sits at 67% of the 200 px plot height
    expect(chart.yTicks.at(-1)).toEqual({ value: 10_000, y: 20 });
    expect(late?.y).toBeCloseTo(220 - 0.67 * 200);
    // "more than 1,000" reaches the top of the chart
    expect(early).toMatchObject({ openAbove: true, yHigh: 20, yLow: 200 });
    expect(cap?.modality).toBe('CAPACITY');
  });

  it('centres a single day and leaves out estimates with no day', () => {
    const undated = estimate('u', [null, null], { value: 5 });
    undated.claim.knownFrom = null;
    const chart = chartEstimates(
      [estimate('only', ['2024-01-01', '2024-01-01'], { value: 5 }), undated],
      box,
    );
    expect(chart.points.map((p) => p.x)).toEqual([220]);
    expect(chartEstimates([undated], box)).toEqual({ points: [], yTicks: [], days: [] });
  });

  it('rounds the top of the axis to 1, 2 or 5 times a power of ten', () => {
    expect([7, 12, 180, 3_000_000, 1].map(niceCeiling)).toEqual([10, 20, 200, 5_000_000, 1]);
  });

  it('pairs the contradicting claims', () => {
    const relations = [
      { kind: 'CONTRADICTS', from: { id: 'x' }, to: { id: 'y' } },
      { kind: 'CORROBORATES', from: { id: 'x' }, to: { id: 'z' } },
    ];
    expect(contradictionPairs(relations)).toEqual([['x', 'y']]);
  });
});
