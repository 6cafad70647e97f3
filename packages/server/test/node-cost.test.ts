import { afterAll, describe, expect, it } from 'vitest';
import { seededService } from './helpers.ts';

const service = seededService();
afterAll(() => service.close());

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => Buffer.from(`Event:${(i % 30) + 1}`).toString('base64'));

describe('the cost of nodes(ids:)', () => {
  const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { claims(first: 100) { nodes { attributions { excerpt reportedVia { actor { name } } } } } } } }`;

  it('counts every id: 100 events with 100 claims each exceed the budget that one fits in', async () => {
    const one = await service.query(query, { ids: ids(1) });
    expect(one.errors).toBeUndefined();
    const many = await service.query(query, { ids: ids(100) });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'cost' });
  });
});
