import { describe, expect, it } from 'vitest';
import { type Connection, type PageArgs, paginate } from '../src/paginate.ts';

/** A keyset connection over 0..size-1 whose cursor is the last index, recording each page asked. */
function numbers(size: number, asked: PageArgs[] = []) {
  return async (page: PageArgs): Promise<Connection<number>> => {
    asked.push(page);
    const start = page.after === null ? 0 : Number(page.after) + 1;
    const nodes = Array.from(
      { length: Math.max(0, Math.min(page.first, size - start)) },
      (_, i) => start + i,
    );
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        endCursor: last === undefined ? null : String(last),
        hasNextPage: start + nodes.length < size,
      },
    };
  };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe('paginate', () => {
  it('yields every node once, following endCursor, and stops at the end', async () => {
    const asked: PageArgs[] = [];
    expect(await collect(paginate(numbers(12, asked), { pageSize: 5 }))).toEqual([...Array(12).keys()]);
    expect(asked).toEqual([
      { first: 5, after: null },
      { first: 5, after: '4' },
      { first: 5, after: '9' },
    ]);
  });

  it('asks pages of 100 by default', async () => {
    const asked: PageArgs[] = [];
    expect(await collect(paginate(numbers(150, asked)))).toHaveLength(150);
    expect(asked.map((p) => p.first)).toEqual([100, 100]);
  });

  it('stops at the limit without asking for more than it needs', async () => {
    const asked: PageArgs[] = [];
    expect(await collect(paginate(numbers(100, asked), { pageSize: 4, limit: 9 }))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(asked.map((p) => p.first)).toEqual([4, 4, 1]);
  });

  it('asks nothing for a limit of 0 and yields nothing from an empty connection', async () => {
    const asked: PageArgs[] = [];
    expect(await collect(paginate(numbers(10, asked), { limit: 0 }))).toEqual([]);
    expect(asked).toEqual([]);
    expect(await collect(paginate(numbers(0)))).toEqual([]);
  });

  it('stops when the server gives no cursor to follow', async () => {
    let calls = 0;
    const noCursor = async (): Promise<Connection<string>> => {
      calls += 1;
      return { nodes: ['a'], pageInfo: { endCursor: null, hasNextPage: true } };
    };
    expect(await collect(paginate(noCursor))).toEqual(['a']);
    expect(calls).toBe(1);
  });

  it('stops early when the consumer breaks out of the loop', async () => {
    const asked: PageArgs[] = [];
    for await (const n of paginate(numbers(50, asked), { pageSize: 10 })) if (n === 3) break;
    expect(asked).toHaveLength(1);
  });
});
