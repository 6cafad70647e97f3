import { SEARCH_LIMITS, searchTerms, searchTextProblem } from '@claimline/store';
import { afterAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService } from './service.ts';

const service = schemaService();
afterAll(() => service.close());

describe('search terms', () => {
  it('counts each word once, whatever its case, keeping a prefix apart from the whole word', () => {
    expect(searchTerms('Kim kim KIM Kim* the')).toEqual(['Kim', 'Kim*']);
    expect(searchTerms('of the')).toEqual(['of', 'the']);
  });

  it('refuses too many different words or too many characters, not a repeated word', () => {
    expect(searchTextProblem('Kim '.repeat(100).trim())).toBeNull();
    const words = Array.from({ length: SEARCH_LIMITS.terms + 1 }, (_, i) => `word${i}`).join(' ');
    expect(searchTextProblem(words)).toMatch(/at most 16 different words \(got 17\)/);
    expect(searchTextProblem('x'.repeat(SEARCH_LIMITS.characters + 1))).toMatch(/at most 500 characters/);
  });
});

describe('search and the timeline text filter refuse what would cost too much', () => {
  it('answers a repeated word as the word itself', async () => {
    const once = dataOf(
      await service.query<{ search: { totalCount: number } }>(
        '{ search(query: "limousine") { totalCount } }',
      ),
    );
    const repeated = dataOf(
      await service.query<{ search: { totalCount: number } }>(
        'query($q: String!) { search(query: $q) { totalCount } }',
        {
          q: 'limousine '.repeat(40),
        },
      ),
    );
    expect(repeated.search.totalCount).toBe(once.search.totalCount);
    expect(once.search.totalCount).toBeGreaterThan(0);
  });

  it('refuses 4,000 different words with BAD_USER_INPUT naming the argument', async () => {
    const q = Array.from({ length: 4000 }, (_, i) => `w${i}`).join(' ');
    for (const [query, argument] of [
      ['query($q: String!) { search(query: $q) { totalCount } }', 'query'],
      ['query($q: String!) { timeline(filter: { text: $q }) { totalCount } }', 'filter.text'],
    ] as const) {
      const { errors } = await service.query(query, { q });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(errors?.[0]?.message).toMatch(/at most 500 characters/);
    }
  });
});

describe('nodes(ids:)', () => {
  const ids = (n: number) =>
    Array.from({ length: n }, (_, i) => Buffer.from(`Event:${i + 1}`).toString('base64'));
  const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

  it('answers up to 100 ids', async () => {
    const { data } = await service.query<{ nodes: unknown[] }>(query, { ids: ids(20) });
    expect(data?.nodes).toHaveLength(20);
  });

  it('refuses more than 100 ids with BAD_USER_INPUT naming ids', async () => {
    const { errors } = await service.query(query, { ids: ids(5500) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(errors?.[0]?.message).toBe('Argument "ids" must hold at most 100 IDs (got 5500)');
  });
});
