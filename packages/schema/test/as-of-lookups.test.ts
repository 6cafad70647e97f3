import { afterAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService } from './service.ts';

const service = schemaService();
afterAll(() => service.close());

type Nodes<T> = { nodes: T[] };
interface Everything {
  sources: Nodes<{ id: string; knownFrom: string }>;
  claims: Nodes<{
    id: string;
    knownFrom: string | null;
    attributions: { id: string; source: { knownFrom: string } }[];
  }>;
  timeline: Nodes<{ id: string; firstReported: string | null }>;
}

const everything = async () =>
  dataOf(
    await service.query<Everything>(`{
      sources(first: 100) { nodes { id knownFrom } }
      claims(first: 100) { nodes { id knownFrom attributions { id source { knownFrom } } } }
      timeline(first: 100) { nodes { id firstReported } }
    }`),
  );

// Days on which the seed's record changed, a day before each and one after the last.
const DAYS = [
  '2023-09-13',
  '2023-09-14',
  '2023-10-18',
  '2023-10-19',
  '2024-02-26',
  '2024-02-27',
  '2026-11-22',
  '2026-11-23',
];

describe('single lookups as of a day', () => {
  it.each(DAYS)('as of %s, answer what was known then and null for the rest', async (day) => {
    const all = await everything();
    const lookups = [
      ...all.sources.nodes.map((s) => ({ field: 'source', id: s.id, known: s.knownFrom <= day })),
      ...all.claims.nodes.map((c) => ({
        field: 'claim',
        id: c.id,
        known: c.knownFrom !== null && c.knownFrom <= day,
      })),
      ...all.claims.nodes.flatMap((c) =>
        c.attributions.map((a) => ({ field: 'attribution', id: a.id, known: a.source.knownFrom <= day })),
      ),
      ...all.timeline.nodes.map((e) => ({
        field: 'event',
        id: e.id,
        known: e.firstReported !== null && e.firstReported <= day,
      })),
    ];
    const query = `query($asOf: AsOfDate) { ${lookups
      .map((l, i) => `l${i}: ${l.field}(id: "${l.id}", asOf: $asOf) { id }`)
      .join(' ')} }`;
    const answers = dataOf(await service.query<Record<string, { id: string } | null>>(query, { asOf: day }));
    const wrong = lookups.filter((l, i) => (answers[`l${i}`] !== null) !== l.known);
    expect(wrong).toEqual([]);
    expect(lookups.some((l) => l.known)).toBe(day >= '2023-09-14');
  });

  it('an event as of a day counts only the claims known then, in its status too', async () => {
    const { timeline } = dataOf(
      await service.query<{ timeline: Nodes<{ id: string; claims: { totalCount: number } }> }>(
        '{ timeline(asOf: "2023-09-14", first: 100) { nodes { id claims { totalCount } } } }',
      ),
    );
    for (const event of timeline.nodes) {
      const { event: alone } = dataOf(
        await service.query<{ event: { claims: { totalCount: number }; independentSourceCount: number } }>(
          `{ event(id: "${event.id}", asOf: "2023-09-14") { claims { totalCount } independentSourceCount } }`,
        ),
      );
      expect(alone.claims.totalCount).toBe(event.claims.totalCount);
      expect(alone.independentSourceCount).toBeLessThanOrEqual(1);
    }
  });
});

const knownDay = (node: {
  sourceKnown?: string;
  claimKnown?: string | null;
  firstReported?: string | null;
}) => node.sourceKnown ?? node.claimKnown ?? node.firstReported ?? null;

describe('search as of a day', () => {
  const search = async (query: string, asOf?: string) =>
    dataOf(
      await service.query<{
        search: {
          totalCount: number;
          nodes: {
            kind: string;
            node: { sourceKnown?: string; claimKnown?: string | null; firstReported?: string | null };
          }[];
        };
      }>(
        `query($q: String!, $asOf: AsOfDate) { search(query: $q, asOf: $asOf, first: 100) { totalCount nodes { kind node {
           ... on Source { sourceKnown: knownFrom } ... on Claim { claimKnown: knownFrom } ... on Event { firstReported } } } } }`,
        { q: query, asOf },
      ),
    ).search;

  it.each(['North Korea', 'artillery', 'Kim', 'Putin summit'])(
    'finds only what was known then: %s',
    async (words) => {
      const now = await search(words);
      expect(now.totalCount).toBeGreaterThan(0);
      for (const day of DAYS) {
        const then = await search(words, day);
        expect(then.totalCount).toBe(then.nodes.length);
        for (const hit of then.nodes) {
          const known = knownDay(hit.node);
          expect(known !== null && known <= day).toBe(true);
        }
        // Nothing known then is missing.
        const knownThen = now.nodes.filter((h) => {
          const known = knownDay(h.node);
          return known !== null && known <= day;
        });
        expect(then.nodes.length).toBe(knownThen.length);
      }
      expect(await search(words, '2099-12-31')).toEqual(now);
    },
  );
});
