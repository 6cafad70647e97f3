import { loadCorpus, type OpenedDatabase, openDatabase, readCorpus } from '@claimline/schema';
import { pino } from 'pino';
import { SEED_CORPUS_DIR } from '../src/config.ts';
import { createClaimlineYoga } from '../src/yoga.ts';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestService {
  database: OpenedDatabase;
  yoga: ReturnType<typeof createClaimlineYoga>;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  close(): void;
}

/** The real service over an in-memory database holding the seed story, queried through `yoga.fetch`. */
export function seededService(): TestService {
  const statements: string[] = [];
  const database = openDatabase(':memory:', { logger: { logQuery: (query) => statements.push(query) } });
  loadCorpus(database.db, readCorpus(SEED_CORPUS_DIR));
  statements.length = 0;
  const yoga = createClaimlineYoga({ database, logger: pino({ level: 'silent' }), maskErrors: false });
  return {
    database,
    yoga,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    async query(query, variables) {
      const response = await yoga.fetch('http://claimline.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
