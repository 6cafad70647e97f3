import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asOfByRootField, nestedAsOf, perAsOf } from '../src/graphql/types/as-of.ts';

describe('asOf of root fields', () => {
  it('reads literals and variables by response key, for the chosen operation', () => {
    const document = parse(`
      query A($day: Date) { early: timeline(asOf: "2023-10-31") { totalCount } late: claims(asOf: $day) { totalCount } sources { totalCount } }
      query B { timeline(asOf: "2020-01-01") { totalCount } }
    `);
    expect([...asOfByRootField(document, { day: '2024-03-01' }, 'A')]).toEqual([
      ['early', '2023-10-31'],
      ['late', '2024-03-01'],
    ]);
    expect([...asOfByRootField(document, {}, 'B')]).toEqual([['timeline', '2020-01-01']]);
  });

  it('lets a nested field follow its root unless it has its own', () => {
    const ctx = { asOfByRootField: new Map([['early', '2023-10-31']]) } as Parameters<typeof nestedAsOf>[1];
    const path = { segments: [{ alias: 'early' }, { alias: 'claims' }] };
    expect(nestedAsOf(undefined, ctx, path)).toBe('2023-10-31');
    expect(nestedAsOf('2024-01-01', ctx, path)).toBe('2024-01-01');
    expect(nestedAsOf(undefined, ctx, { segments: [{ alias: 'other' }] })).toBeUndefined();
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
