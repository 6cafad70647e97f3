import { type GraphQLQuery, graphqlOver } from '@claimline/schema/testing';
import type { SqliteStore } from '@claimline/store';
import { seededStore, type TestKeys, testKeys } from '@claimline/store/testing';
import { pino } from 'pino';
import { createClaimlineYoga, type YogaConfig } from '../src/yoga.ts';

export interface TestService {
  database: SqliteStore;
  yoga: ReturnType<typeof createClaimlineYoga>;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  keys: TestKeys;
  /** A GraphQL request through the real server, with `key` as its Bearer token when given. */
  query: GraphQLQuery;
  close(): void;
}

/** The real service over an in-memory database holding the seed story, queried through `yoga.fetch`. */
export function seededService(config: Partial<YogaConfig> = {}): TestService {
  const statements: string[] = [];
  const database = seededStore({ logQuery: (query) => statements.push(query) });
  const keys = testKeys(database);
  statements.length = 0;
  const yoga = createClaimlineYoga({
    database,
    logger: pino({ level: 'silent' }),
    maskErrors: false,
    ...config,
  });
  return {
    database,
    yoga,
    statements,
    keys,
    resetStatements: () => {
      statements.length = 0;
    },
    query: graphqlOver(yoga),
    close: () => database.close(),
  };
}
