import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { type SchemaService, schemaService } from './service.ts';

interface ClaimEnd {
  claimant: { id: string } | null;
  actors: { id: string }[];
  events: { id: string }[];
  quantity: { measure: { key: string } | null } | null;
}
interface Contradiction {
  id: string;
  from: ClaimEnd;
  to: ClaimEnd;
}

const END = 'claimant { id } actors { id } events { id } quantity { measure { key } }';
let service: SchemaService;
let all: Contradiction[];

const listed = async (filter: unknown) =>
  dataOf(
    await service.query<{ contradictions: { totalCount: number; nodes: { id: string }[] } }>(
      'query($filter: ContradictionFilter) { contradictions(filter: $filter, first: 100) { totalCount nodes { id } } }',
      { filter },
    ),
  ).contradictions;

/** The contradictions `keep` selects, by id, as the filter should list them. */
const expected = (keep: (c: Contradiction) => boolean) =>
  all
    .filter(keep)
    .map((c) => c.id)
    .sort();
const ids = async (filter: unknown) => {
  const { totalCount, nodes } = await listed(filter);
  expect(totalCount).toBe(nodes.length);
  return nodes.map((n) => n.id).sort();
};

beforeAll(async () => {
  service = schemaService();
  all = dataOf(
    await service.query<{ contradictions: { nodes: Contradiction[] } }>(
      `{ contradictions(first: 100) { nodes { id from { ${END} } to { ${END} } } } }`,
    ),
  ).contradictions.nodes;
});
afterAll(() => service.close());

const measureOf = (end: ClaimEnd) => end.quantity?.measure?.key ?? null;
const ends = (c: Contradiction) => [c.from, c.to];

describe('contradictions filtered', () => {
  it('by kind: estimates of one measure apart from disputes over events, the two making the whole', async () => {
    const estimates = expected((c) => measureOf(c.from) !== null && measureOf(c.from) === measureOf(c.to));
    expect(estimates.length).toBeGreaterThan(0);
    expect(await ids({ kinds: ['ESTIMATES'] })).toEqual(estimates);
    expect(await ids({ kinds: ['EVENT'] })).toEqual(expected((c) => !estimates.includes(c.id)));
    expect(await ids({ kinds: ['ESTIMATES', 'EVENT'] })).toEqual(expected(() => true));
    expect(await ids({ kinds: [] })).toEqual([]);
  });

  it('by event, actor and measure: each one any claim of the pair touches', async () => {
    const events = new Set(all.flatMap((c) => ends(c).flatMap((e) => e.events.map((x) => x.id))));
    const actors = new Set(
      all
        .flatMap((c) => ends(c).flatMap((e) => [e.claimant?.id, ...e.actors.map((a) => a.id)]))
        .filter(Boolean),
    );
    const measures = new Set(all.flatMap((c) => ends(c).map(measureOf)).filter(Boolean));
    expect(events.size * actors.size * measures.size).toBeGreaterThan(0);
    for (const event of events)
      expect(await ids({ eventIds: [event] })).toEqual(
        expected((c) => ends(c).some((e) => e.events.some((x) => x.id === event))),
      );
    for (const actor of actors)
      expect(await ids({ actorIds: [actor] })).toEqual(
        expected((c) =>
          ends(c).some((e) => e.claimant?.id === actor || e.actors.some((a) => a.id === actor)),
        ),
      );
    for (const measure of measures)
      expect(await ids({ measureKeys: [measure] })).toEqual(
        expected((c) => ends(c).some((e) => measureOf(e) === measure)),
      );
    expect(await ids({ eventIds: [], actorIds: null })).toEqual([]);
  });

  it('names a wrong ID, as every filter does', async () => {
    const { errors } = await service.query(
      '{ contradictions(filter: { eventIds: ["nope"] }) { totalCount } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.eventIds[0]' });
  });
});
