import {
  type ApiScope,
  callerForKey,
  createApiKey,
  revokeApiKey,
  runWrite,
  type SqliteStore,
} from '@claimline/store';
import { createYoga } from 'graphql-yoga';
import type { ClaimlineContext } from '../src/context.ts';
import { schemaPlugins } from '../src/plugins/envelop.ts';
import { schema } from '../src/schema.ts';
import { seededStore } from './helpers.ts';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The schema with its own plugins and nothing of the server's (no HTTP limits, no 401s). */
export interface SchemaService {
  database: SqliteStore;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Keys of each scope, and one revoked, made for this service. */
  keys: Record<ApiScope | 'revoked', string>;
  /** A GraphQL request, as the holder of `key` when given. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GraphQLResult<T>>;
  close(): void;
}

/** A global ID, as the relay plugin encodes them. */
export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

/** The exported schema over a fresh seeded in-memory store, executed by Yoga with only `schemaPlugins`. */
export function schemaService(): SchemaService {
  const statements: string[] = [];
  const database = seededStore({ logQuery: (query) => statements.push(query) });
  const keys = makeKeys(database);
  statements.length = 0;
  const yoga = createYoga<Record<string, unknown>, ClaimlineContext>({
    schema,
    maskedErrors: false,
    logging: false,
    plugins: schemaPlugins({ timeoutMs: 10_000 }),
    context: ({ request }) => {
      const key = request.headers.get('authorization')?.replace(/^Bearer /, '');
      return { store: database, caller: key ? callerForKey(database.db, key) : null };
    },
  });
  return {
    database,
    statements,
    keys,
    resetStatements: () => {
      statements.length = 0;
    },
    async query(query, variables, key) {
      const response = await yoga.fetch('http://claimline.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    close: () => database.close(),
  };
}

/** The data of a result that must have no errors. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

function makeKeys(database: SqliteStore): SchemaService['keys'] {
  const make = (scope: ApiScope, name = `${scope} tester`) =>
    runWrite(database.db, 'test', (w) => createApiKey(w, { name, scope })).value;
  const revoked = make('admin', 'revoked tester');
  runWrite(database.db, 'test', (w) => revokeApiKey(w, revoked.info.id));
  return { read: make('read').key, edit: make('edit').key, admin: make('admin').key, revoked: revoked.key };
}
