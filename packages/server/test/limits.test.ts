import { generateStory } from '@claimline/generate';
import type { GraphQLResult } from '@claimline/schema/testing';
import { openStore } from '@claimline/store';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import { createClaimlineYoga } from '../src/yoga.ts';
import { seededService, type TestService } from './helpers.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

const post = (target: TestService, body: BodyInit, headers: Record<string, string> = {}) =>
  target.yoga.fetch('http://claimline.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

/** The one error a refused request answers with. */
function refusal(result: GraphQLResult): { message: string; extensions?: Record<string, unknown> } {
  expect(result.errors).toHaveLength(1);
  expect(JSON.stringify(result.errors)).not.toMatch(/\n\s+at /);
  return result.errors?.[0] as { message: string; extensions?: Record<string, unknown> };
}

/** A query `depth` fields deep, leaf included: an actor's claims' claimants' claims… */
function deepQuery(depth: number): string {
  const chain = ['actors(first: 1)', 'nodes'];
  const cycle = ['claims(first: 1)', 'nodes', 'claimant'];
  while (chain.length < depth - 1) chain.push(cycle[(chain.length - 2) % 3] as string);
  const last = (chain.length - 2) % 3;
  const leaf = chain.length === 2 || last === 0 ? 'name' : last === 1 ? 'totalCount' : 'proposition';
  return `{ ${chain.join(' { ')} { ${leaf} }${' }'.repeat(chain.length)}`;
}

describe('each limit refuses a request that breaks it, naming the limit', () => {
  it('depth', async () => {
    const allowed = await service.query(deepQuery(DEFAULT_LIMITS.depth));
    expect(allowed.errors).toBeUndefined();
    const error = refusal(await service.query(deepQuery(DEFAULT_LIMITS.depth + 1)));
    expect(error.message).toBe(`Query depth exceeds the depth limit of ${DEFAULT_LIMITS.depth}`);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth' });
  });

  it('depth, with a fragment reused deeper than its first use (GHSA-224p-v68g-5g8f)', async () => {
    const error = refusal(
      await service.query(`{
        shallow: actors(first: 1) { nodes { ...Claims } }
        deep: actors(first: 1) { nodes { claims(first: 1) { nodes { claimant {
          claims(first: 1) { nodes { claimant { ...Claims } } } } } } } }
      }
      fragment Claims on Actor { claims(first: 1) { nodes { claimant { name } } } }`),
    );
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth' });
  });

  it('an alias bomb', async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: timeline(first: 1) { totalCount }`);
    expect((await service.query(`{ ${fields(DEFAULT_LIMITS.aliases).join(' ')} }`)).errors).toBeUndefined();
    const error = refusal(await service.query(`{ ${fields(DEFAULT_LIMITS.aliases + 1).join(' ')} }`));
    expect(error.message).toBe(`Query has more aliases than the aliases limit of ${DEFAULT_LIMITS.aliases}`);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('a token bomb', async () => {
    const error = refusal(await service.query(`{ timeline { totalCount ${'__typename '.repeat(5000)}} }`));
    expect(error.message).toMatch(`Token limit of ${DEFAULT_LIMITS.tokens} exceeded`);
  });

  it('a huge first', async () => {
    const error = refusal(await service.query('{ claims(first: 100000) { totalCount } }'));
    expect(error.message).toBe('Argument "first" must be at most 100 (got 100000)');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('a costly nesting: connections multiply by their page size', async () => {
    const nested = (first: number) =>
      `{ timeline(first: ${first}) { nodes { claims(first: ${first}) { nodes { attributions { source { title } } } } } } }`;
    expect((await service.query(nested(10))).errors).toBeUndefined();
    const error = refusal(await service.query(nested(100)));
    expect(error.message).toMatch(/^Query cost (\d+) exceeds the cost limit of 50000/);
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: 'cost',
      max: DEFAULT_LIMITS.cost,
    });
    expect(error.extensions?.cost).toBeGreaterThan(100 * 100);
  });

  it('a body over the size limit, declared or streamed', async () => {
    const big = JSON.stringify({
      query: `{ timeline { totalCount } } # ${'x'.repeat(DEFAULT_LIMITS.bodyBytes)}`,
    });
    const declared = await post(service, big);
    expect(declared.status).toBe(413);
    expect(refusal(await declared.json()).message).toBe(
      `Request body exceeds the body size limit of ${DEFAULT_LIMITS.bodyBytes} bytes`,
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++)
          controller.enqueue(new TextEncoder().encode(big.slice(i * 10_000, (i + 1) * 10_000)));
        controller.close();
      },
    });
    const streamed = await post(service, stream);
    expect(streamed.status).toBe(413);
    expect(refusal(await streamed.json()).extensions).toMatchObject({ limit: 'bodyBytes' });
  });

  it('an execution over the timeout', async () => {
    const slow = seededService({ limits: { timeoutMs: 1 } });
    const error = refusal(
      await slow.query(
        '{ timeline(first: 100) { nodes { participants { actor { name aliases { name } } } } } }',
      ),
    );
    expect(error.message).toBe('Query exceeded the execution timeout of 1 ms');
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'timeoutMs' });
    slow.close();
  });

  it('a statement still running at the timeout is stopped there', async () => {
    // 6,000 generated events with every index dropped: the page's one statement scans tables
    // within tables and would run for seconds (about 4 s on the development machine).
    const database = openStore(':memory:');
    generateStory(database, { events: 6_000, seed: 1 });
    const indexes = database.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .all() as { name: string }[];
    for (const { name } of indexes) database.sqlite.exec(`DROP INDEX "${name}"`);
    const yoga = createClaimlineYoga({
      database,
      logger: pino({ level: 'silent' }),
      limits: { timeoutMs: 250 },
    });
    const started = performance.now();
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ timeline(first: 100) { nodes { title claims(first: 20) { nodes { claimantName attributions { excerpt source { title } } } } } } }',
      }),
    });
    const elapsed = performance.now() - started;
    const error = refusal((await response.json()) as GraphQLResult);
    expect(error.message).toBe('Query exceeded the execution timeout of 250 ms');
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'timeoutMs' });
    expect(response.status).toBe(503);
    // Stopped near 250 ms, not when the statement would have ended.
    expect(elapsed).toBeLessThan(2_000);
    // The connection serves the next request, with no deadline left on it.
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 6_000 });
    database.close();
  }, 30_000);

  it('every limit is a setting', async () => {
    const strict = seededService({ limits: { depth: 3, aliases: 1, cost: 50 } });
    expect(refusal(await strict.query(deepQuery(4))).extensions).toMatchObject({ limit: 'depth' });
    expect(
      refusal(await strict.query('{ a: places { totalCount } b: places { totalCount } }')).extensions,
    ).toMatchObject({
      limit: 'aliases',
    });
    expect(refusal(await strict.query('{ places(first: 60) { nodes { name } } }')).extensions).toMatchObject({
      limit: 'cost',
    });
    strict.close();
  });
});

describe('what a deployment can switch off', () => {
  it('introspection', async () => {
    const closed = seededService({ introspection: false });
    const { errors } = await closed.query('{ __schema { types { name } } }');
    expect(errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect((await service.query('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    closed.close();
  });

  it('GraphiQL', async () => {
    const closed = seededService({ graphiql: false });
    const page = await closed.yoga.fetch('http://claimline.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).not.toContain('<title>Claimline</title>');
    closed.close();
  });

  it('unexpected errors are masked by default, with no stack trace', async () => {
    const masked = seededService({ maskErrors: undefined });
    masked.database.close();
    const error = refusal(await masked.query('{ timeline { totalCount } }'));
    expect(error.message).toBe('Unexpected error.');
    expect(JSON.stringify(error)).not.toMatch(/database|sqlite|\.ts/i);
  });
});
