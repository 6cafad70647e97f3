import { callerForKey, type SqliteStore } from '@claimline/store';
import { seededStore, type TestKeys, testKeys } from '@claimline/store/testing';
import { createYoga } from 'graphql-yoga';
import type { ClaimlineContext } from '../src/context.ts';
import { schemaPlugins } from '../src/plugins/envelop.ts';
import { schema } from '../src/schema.ts';
import { type GraphQLQuery, graphqlOver } from './client.ts';

/** The schema with its own plugins and nothing of the server's (no HTTP limits, no 401s). */
export interface SchemaService {
  database: SqliteStore;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  keys: TestKeys;
  query: GraphQLQuery;
  close(): void;
}

/** The exported schema over a fresh seeded in-memory store, executed by Yoga with only `schemaPlugins`. */
export function schemaService(): SchemaService {
  const statements: string[] = [];
  const database = seededStore({ logQuery: (query) => statements.push(query) });
  const keys = testKeys(database);
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
    query: graphqlOver(yoga),
    close: () => database.close(),
  };
}
