import { afterAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService } from './service.ts';

const service = schemaService();
afterAll(() => service.close());

const refusal = async (query: string) => {
  const { data, errors } = await service.query(query);
  expect(data ?? null).toBeNull();
  return { message: errors?.[0]?.message, extensions: errors?.[0]?.extensions };
};

// Asked for nodes the resolver runs; asked for totalCount alone it is skipped: both must refuse.
const SELECTIONS = ['{ nodes { id } }', '{ totalCount }'];

describe('a date window that ends before it starts', () => {
  it.each(SELECTIONS)('is refused naming filter.to: %s', async (selection) => {
    expect(
      await refusal(`{ timeline(filter: { from: "2024-01-01", to: "2023-01-01" }) ${selection} }`),
    ).toEqual({
      message: 'Argument "filter.to" must not be before filter.from (got from 2024-01-01, to 2023-01-01)',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'filter.to' }),
    });
  });

  it('one day long is a window', async () => {
    const { timeline } = dataOf(
      await service.query<{ timeline: { totalCount: number } }>(
        '{ timeline(filter: { from: "2023-09-13", to: "2023-09-13" }) { totalCount } }',
      ),
    );
    expect(timeline.totalCount).toBeGreaterThan(0);
  });
});

describe('a negative page size', () => {
  it.each(['timeline', 'claims', 'sources', 'actors'])(
    'is refused on %s, even for totalCount alone',
    async (field) => {
      for (const [argument, size] of [
        ['first', -1],
        ['last', -5],
      ] as const) {
        for (const selection of SELECTIONS) {
          expect(await refusal(`{ ${field}(${argument}: ${size}) ${selection} }`)).toEqual({
            message: `Argument "${argument}" must not be negative (got ${size})`,
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
          });
        }
      }
    },
  );
});

describe('a cursor this service never gave out', () => {
  it.each(['timeline', 'claims', 'sources', 'actors'])(
    'is refused on %s, even for totalCount alone',
    async (field) => {
      for (const cursor of ['garbage', 'Z2FyYmFnZQ==', '']) {
        for (const selection of SELECTIONS) {
          expect(await refusal(`{ ${field}(after: ${JSON.stringify(cursor)}) ${selection} }`)).toEqual({
            message: `Argument "after": ${JSON.stringify(cursor)} is not a cursor of this connection`,
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
          });
        }
      }
    },
  );

  it.each([
    ['timeline', 'timeline(first: 2)'],
    ['claims', 'claims(first: 2)'],
    ['sources', 'sources(first: 2)'],
    ['actors', 'actors(first: 2)'],
    ['search', 'search(query: "Korea", first: 2)'],
  ])('while its own cursors page on: %s', async (field, call) => {
    const first = dataOf(
      await service.query<Record<string, { pageInfo: { endCursor: string } }>>(
        `{ ${call} { pageInfo { endCursor } } }`,
      ),
    );
    const cursor = first[field]?.pageInfo.endCursor as string;
    const next = await service.query(
      `{ ${call.replace(')', `, after: ${JSON.stringify(cursor)})`)} { totalCount } }`,
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('a literal the document gets wrong', () => {
  it.each([
    [
      '{ claims(filter: { stance: [DENIES, NOPE] }) { totalCount } }',
      'filter.stance[1]',
      'Value "NOPE" does not exist in "Stance" enum.',
    ],
    [
      '{ events(kinds: [NOPE]) { totalCount } }',
      'kinds[0]',
      'Value "NOPE" does not exist in "EventKind" enum.',
    ],
    [
      '{ timeline(filter: { to: "2023-02-30" }) { totalCount } }',
      'filter.to',
      'Date must be a calendar day written YYYY-MM-DD, got "2023-02-30"',
    ],
    [
      '{ sources(asOf: "2023-13") { totalCount } }',
      'asOf',
      'AsOfDate must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY, got "2023-13"',
    ],
    ['{ claims(first: "ten") { totalCount } }', 'first', 'Int cannot represent non-integer value: "ten"'],
  ])('is refused naming the argument: %s', async (query, argument, reason) => {
    expect(await refusal(query)).toEqual({
      message: `Argument "${argument}": ${reason}`,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
    });
  });

  it('a field that does not exist is still a validation error, naming no argument', async () => {
    const { extensions } = await refusal('{ nope }');
    expect(extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(extensions).not.toHaveProperty('argument');
  });
});
