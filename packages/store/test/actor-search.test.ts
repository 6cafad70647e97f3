import { describe, expect, it } from 'vitest';
import { allowedEdits, misprintEdits, rankActorMatches } from '../src/records/actor-search.ts';

const alias = (actorId: number, name: string) => ({
  actorId,
  name,
  normalized: name.toLowerCase().replace(/[^a-z]/g, ''),
});

describe('rankActorMatches', () => {
  const candidates = [
    alias(1, 'Riverton'),
    alias(1, 'Riverton City'),
    alias(2, 'Rivertown'),
    alias(3, 'Hilltown'),
  ];

  it('puts exact folded matches first, then prefixes, then near misses', () => {
    expect(rankActorMatches('riverton', candidates).map((m) => [m.actorId, m.distance])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(rankActorMatches('riv', candidates).map((m) => m.actorId)).toEqual([1, 2]);
  });

  it('keeps each actor once, with its best alias', () => {
    const [first] = rankActorMatches('rivertoncity', candidates);
    expect(first).toEqual({ actorId: 1, kind: 'EXACT', distance: 0, alias: 'Riverton City' });
  });

  it('tolerates one edit in a short name and two in a long one, none in very short ones', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(12)).toBe(2);
    expect(rankActorMatches('hiltown', candidates).map((m) => m.actorId)).toEqual([3]);
    expect(rankActorMatches('hxltxwx', candidates)).toEqual([]);
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
  const found = (search: string) => rankActorMatches(search, people).map((m) => [m.actorId, m.kind]);

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
    expect(rankActorMatches('Matthew Millr', people)).toEqual([
      { actorId: 14, kind: 'FUZZY', distance: 1, alias: 'Matthew Miller' },
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
