import { spansOverlap, type TextSpan } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { lowerBound, SpanIndex } from '../src/spans.ts';

// Spans of every shape near each other: nested, touching, empty, sharing a start.
const SPANS: (TextSpan & { id: number })[] = [
  { id: 1, start: 10, end: 20 },
  { id: 2, start: 0, end: 5 },
  { id: 3, start: 12, end: 14 },
  { id: 4, start: 20, end: 30 },
  { id: 5, start: 12, end: 40 },
  { id: 6, start: 25, end: 25 },
  { id: 7, start: 5, end: 8 },
];
const QUERIES: TextSpan[] = [];
for (let start = -1; start <= 42; start++)
  for (let end = start; end <= 42; end += 3) QUERIES.push({ start, end });

describe('lowerBound', () => {
  it('finds the first index whose value is at least the one asked for', () => {
    const sorted = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((v) => lowerBound(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 5)).toBe(0);
  });
});

describe('SpanIndex', () => {
  const index = new SpanIndex(SPANS);
  const byStart = [...SPANS].sort((a, b) => a.start - b.start);

  it('lists the spans inside a span by start, as filtering them would', () => {
    for (const query of QUERIES)
      expect(index.within(query)).toEqual(
        byStart.filter((s) => query.start <= s.start && s.end <= query.end),
      );
  });

  it('keeps spans with the same start in the order they were given', () => {
    expect(index.within({ start: 12, end: 40 }).map((s) => s.id)).toEqual([3, 5, 4, 6]);
  });

  it('tells whether any span overlaps a span, as spansOverlap decides', () => {
    for (const query of QUERIES)
      expect(index.overlaps(query)).toBe(SPANS.some((s) => spansOverlap(s, query)));
  });

  it('answers for no spans at all', () => {
    const empty = new SpanIndex([]);
    expect(empty.within({ start: 0, end: 10 })).toEqual([]);
    expect(empty.overlaps({ start: 0, end: 10 })).toBe(false);
  });
});
