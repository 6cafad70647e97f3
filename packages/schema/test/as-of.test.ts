import { seededStore } from '@claimline/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestedAsOf, perAsOf } from '../src/plugins/as-of.ts';
import { executeOn } from './helpers.ts';

const store = seededStore();
afterAll(() => store.close());

type Counts = Record<string, { nodes: { claims: { totalCount: number } }[] }>;
/** Nested claim counts per root field of a result. */
const nestedCounts = (data: unknown) =>
  Object.fromEntries(
    Object.entries(data as Counts).map(([key, c]) => [key, c.nodes.map((e) => e.claims.totalCount)]),
  );

describe('asOf of root fields', () => {
  let explicit: Record<string, number[]>;
  beforeAll(async () => {
    // The same counts with each nested list given its day outright.
    const { data } = await executeOn(
      store,
      `{ early: timeline(asOf: "2023-10-31", first: 100) { nodes { claims(asOf: "2023-10-31") { totalCount } } }
         late: timeline(asOf: "2024-03-01", first: 100) { nodes { claims(asOf: "2024-03-01") { totalCount } } }
         all: timeline(first: 100) { nodes { claims { totalCount } } } }`,
    );
    explicit = nestedCounts(data);
  });

  it('reads literals and variables by response key, for the chosen operation, with execute() alone', async () => {
    const document = `
      query A($day: Date) { early: timeline(asOf: "2023-10-31", first: 100) { nodes { claims { totalCount } } }
                            late: timeline(asOf: $day, first: 100) { nodes { claims { totalCount } } } }
      query B { all: timeline(first: 100) { nodes { claims { totalCount } } } }`;
    const a = await executeOn(store, document, { day: '2024-03-01' }, 'A');
    expect(a.errors).toBeUndefined();
    expect(nestedCounts(a.data)).toEqual({ early: explicit.early, late: explicit.late });
    const b = await executeOn(store, document, {}, 'B');
    expect(nestedCounts(b.data)).toEqual({ all: explicit.all });
    expect(explicit.early).not.toEqual(explicit.late?.slice(0, explicit.early?.length));
  });

  it('lets a nested field follow its root unless it has its own', async () => {
    const { data } = await executeOn(
      store,
      `{ early: timeline(asOf: "2023-10-31", first: 100) { nodes { claims(asOf: "2024-03-01") { totalCount } } } }`,
    );
    const own = nestedCounts(data).early ?? [];
    expect(own.reduce((a, b) => a + b, 0)).toBeGreaterThan((explicit.early ?? []).reduce((a, b) => a + b, 0));
    expect(nestedAsOf(undefined, {}, { segments: [{ alias: 'other' }] })).toBeUndefined();
    expect(nestedAsOf('2024-01-01', {}, { segments: [{ alias: 'early' }] })).toBe('2024-01-01');
  });

  it('builds one value per day, so extras shared by fields are the same function, and forgets old days', () => {
    let builds = 0;
    const extra = perAsOf((asOf) => {
      builds++;
      return () => asOf;
    });
    expect(extra('2023-10-31')).toBe(extra('2023-10-31'));
    expect(extra(undefined)).toBe(extra(undefined));
    expect(extra('2023-10-31')).not.toBe(extra('2024-01-01'));
    expect(builds).toBe(3);
    const first = extra('2023-10-31');
    for (let day = 0; day < 2000; day++) extra(`day ${day}`);
    expect(extra('2023-10-31')).not.toBe(first);
  });
});
