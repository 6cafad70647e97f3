import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphqlOver } from '@claimline/schema/testing';
import { openStore, type SqliteStore } from '@claimline/store';
import { type TestKeys, testKeys } from '@claimline/store/testing';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaimlineYoga } from '../src/yoga.ts';

const CREATE_ACTOR = `mutation($name: String!, $description: String) {
  createActor(input: { name: $name, kind: PERSON, description: $description }) { __typename ... on Actor { name } }
}`;

let dir: string;
let store: SqliteStore;
let keys: TestKeys;
/** A second connection to the same file, as another process writing would be. */
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-conditions-'));
  const path = join(dir, 'store.db');
  store = openStore(path, { busyTimeoutMs: 20 });
  keys = testKeys(store);
  other = new Database(path);
});
afterEach(() => {
  other.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The service, with masking on as `serve` runs it, and the request time limit given. */
function service(timeoutMs = 10_000) {
  const yoga = createClaimlineYoga({
    database: store,
    logger: pino({ level: 'silent' }),
    limits: { timeoutMs },
  });
  return { yoga, query: graphqlOver(yoga) };
}

describe('a write while another process holds the write lock', () => {
  it('waits for the lock without holding up reads, then commits', async () => {
    const { query } = service();
    other.exec('BEGIN IMMEDIATE');
    const finished: string[] = [];
    const write = query(CREATE_ACTOR, { name: 'Ona Waiting' }, keys.edit).then((result) => {
      finished.push('write');
      return result;
    });
    const read = await query('{ actors(first: 1) { totalCount } }');
    finished.push('read');
    expect(read.errors).toBeUndefined();
    other.exec('COMMIT');
    const written = await write;
    expect(finished).toEqual(['read', 'write']);
    expect(written).toEqual({
      data: { createActor: { __typename: 'Actor', name: 'Ona Waiting' } },
    });
  });

  it('answers DATABASE_BUSY, with a status and Retry-After, when the lock outlasts the request', async () => {
    const { yoga } = service(300);
    other.exec('BEGIN IMMEDIATE');
    const response = await yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.edit}` },
      body: JSON.stringify({ query: CREATE_ACTOR, variables: { name: 'Ona Late' } }),
    });
    other.exec('ROLLBACK');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_BUSY');
    expect(body.errors[0]?.message).toMatch(/busy/);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(store.db.query.actors.findFirst({ where: { name: 'Ona Late' } }).sync()).toBeUndefined();
  });
});

describe('a database that cannot take the write', () => {
  it('answers DATABASE_READ_ONLY when it is open read-only', async () => {
    store.sqlite.pragma('query_only = ON');
    const result = await service().query(CREATE_ACTOR, { name: 'Ona Readonly' }, keys.edit);
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_READ_ONLY');
  });

  it('answers DATABASE_FULL when it has no room, and keeps what it had', async () => {
    store.sqlite.pragma(`max_page_count = ${store.sqlite.pragma('page_count', { simple: true })}`);
    const { query } = service();
    const before = await query('{ actors(first: 1) { totalCount } }');
    const description = 'A long biography. '.repeat(50);
    let result = await query(CREATE_ACTOR, { name: 'Ona Full 0', description }, keys.edit);
    for (let i = 1; i < 50 && !result.errors; i++) {
      result = await query(CREATE_ACTOR, { name: `Ona Full ${i}`, description }, keys.edit);
    }
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_FULL');
    expect(JSON.stringify(result)).not.toMatch(/insert|select|SQLITE/i);
    expect((await query('{ actors(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect(before.errors).toBeUndefined();
  });
});
