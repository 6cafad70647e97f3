import { describe, expect, it } from 'vitest';
import { allowedEdits, rankActorMatches } from '../src/records/actor-search.ts';

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
    expect(first).toEqual({ actorId: 1, distance: 0, alias: 'Riverton City' });
  });

  it('tolerates one edit in a short name and two in a long one, none in very short ones', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(12)).toBe(2);
    expect(rankActorMatches('hiltown', candidates).map((m) => m.actorId)).toEqual([3]);
    expect(rankActorMatches('hxltxwx', candidates)).toEqual([]);
  });
});
