import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

const ACTOR_1 = Buffer.from('Actor:1').toString('base64');
const SOURCE_1 = Buffer.from('Source:1').toString('base64');

describe('bad arguments get a clear error naming the argument', () => {
  it.each([
    ['a malformed id', '{ event(id: "nonsense") { key } }', 'id', /"nonsense" is not a Claimline ID/],
    ['an id of another type', `{ event(id: "${ACTOR_1}") { key } }`, 'id', /is not the ID of an Event/],
    ['a malformed node id', '{ node(id: "nonsense") { id } }', 'id', /is not a Claimline ID/],
    [
      'a bad cursor',
      '{ timeline(after: "garbage") { nodes { key } } }',
      'after',
      /"garbage" is not a cursor/,
    ],
    [
      'a bad search cursor',
      '{ search(query: "Kim", after: "garbage") { totalCount } }',
      'after',
      /not a cursor/,
    ],
    ['first over 100', '{ timeline(first: 500) { totalCount } }', 'first', /at most 100 \(got 500\)/],
    [
      'last over 100 on a nested list',
      '{ events { nodes { claims(last: 101) { totalCount } } } }',
      'last',
      /at most 100/,
    ],
    [
      'a wrong id in a filter',
      `{ timeline(filter: { actorIds: ["${SOURCE_1}"] }) { totalCount } }`,
      'filter.actorIds[0]',
      /not the ID of an Actor/,
    ],
  ])('%s', async (_name, query, argument, message) => {
    const { errors, data } = await service.query(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.message).toContain(`Argument "${argument}"`);
    expect(errors?.[0]?.message).toMatch(message);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(JSON.stringify(errors)).not.toMatch(/\n\s+at /); // no stack trace
    expect(data === null || Object.values(data ?? {}).every((v) => v === null)).toBe(true);
  });

  it('names the variable of a bad date and the expected form', async () => {
    const { errors } = await service.query('query($day: AsOfDate) { timeline(asOf: $day) { totalCount } }', {
      day: '2023-13-01',
    });
    expect(errors?.[0]?.message).toMatch(
      /Variable "\$day".*AsOfDate must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY, got "2023-13-01"/,
    );
  });

  it('refuses an impossible literal date with the expected form', async () => {
    const { errors } = await service.query('{ timeline(filter: { from: "2023-02-30" }) { totalCount } }');
    expect(errors?.[0]?.message).toBe(
      'Argument "filter.from": Date must be a calendar day written YYYY-MM-DD, got "2023-02-30"',
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
  });

  it('answers an unknown id of the right type with null, not an error', async () => {
    const { errors, data } = await service.query(
      `{ event(id: "${Buffer.from('Event:99999').toString('base64')}") { key } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ event: null });
  });
});
