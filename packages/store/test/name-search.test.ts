import { describe, expect, it } from 'vitest';
import { allowedEdits, misprintEdits, rankNameMatches } from '../src/records/name-search.ts';

const alias = (id: number, name: string) => ({
  id,
  name,
  normalized: name.toLowerCase().replace(/[^a-z]/g, ''),
});

describe('rankNameMatches', () => {
  const candidates = [
    alias(1, 'Riverton'),
    alias(1, 'Riverton City'),
    alias(2, 'Rivertown'),
    alias(3, 'Hilltown'),
  ];

  it('puts exact folded matches first, then prefixes, then near misses', () => {
    expect(rankNameMatches('riverton', candidates).map((m) => [m.id, m.distance])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(rankNameMatches('riv', candidates).map((m) => m.id)).toEqual([1, 2]);
  });

  it('keeps each actor once, with its best alias', () => {
    const [first] = rankNameMatches('rivertoncity', candidates);
    expect(first).toEqual({ id: 1, kind: 'EXACT', distance: 0, alias: 'Riverton City' });
  });

  it('tolerates one edit in a short name and two in a long one, none in very short ones', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(12)).toBe(2);
    expect(rankNameMatches('hiltown', candidates).map((m) => m.id)).toEqual([3]);
    expect(rankNameMatches('hxltxwx', candidates)).toEqual([]);
  });

  const people = [
    alias(10, 'Kim Jong Un'),
    alias(10, 'Kim Jong-un'),
    alias(11, 'North Korea'),
    alias(12, 'South Korea'),
    alias(13, 'The Korea Times'),
    alias(14, 'Matthew Miller'),
    alias(15, 'Shin Won-sik'),
    alias(16, 'Korean Central News Agency'),
  ];
  const found = (search: string) => rankNameMatches(search, people).map((m) => [m.id, m.kind]);

  it('finds a name by its whole words after exact matches and prefixes, and says how it matched', () => {
    expect(found('Korea')).toEqual([
      [16, 'PREFIX'],
      [11, 'WORDS'],
      [12, 'WORDS'],
      [13, 'WORDS'],
    ]);
    expect(found('Miller')).toEqual([[14, 'WORDS']]);
    expect(found('korea times')).toEqual([[13, 'WORDS']]);
    expect(found('Kim Jong-Un')).toEqual([[10, 'EXACT']]);
  });

  it('takes a misprint for the name, but not a different whole word for a misprint', () => {
    expect(found('Kim Jong Il')).toEqual([]);
    expect(found('Kim Jong Um')).toEqual([]);
    expect(found('Kim Jnog Un')).toEqual([[10, 'FUZZY']]);
    expect(found('Shin Wonsick')).toEqual([[15, 'FUZZY']]);
    expect(rankNameMatches('Matthew Millr', people)).toEqual([
      { id: 14, kind: 'FUZZY', distance: 1, alias: 'Matthew Miller' },
    ]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(misprintEdits('jnog', 'jong')).toBe(1);
    expect(misprintEdits('jong', 'jong')).toBe(0);
    expect(misprintEdits('il', 'un')).toBe(2);
    expect(misprintEdits('', 'abc')).toBe(3);
    expect(misprintEdits('kitten', 'sitting')).toBe(3);
  });
});
