import {
  type ApiScope,
  createApiKey,
  loadCorpus,
  openStore,
  readCorpus,
  revokeApiKey,
  runWrite,
  SEED_CORPUS_DIR,
  type SqliteStore,
} from '@claimline/store';
import { pino } from 'pino';
import { createClaimlineYoga, type YogaConfig } from '../src/yoga.ts';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestService {
  database: SqliteStore;
  yoga: ReturnType<typeof createClaimlineYoga>;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Keys of each scope, and one revoked, made for this service. */
  keys: Record<ApiScope | 'revoked', string>;
  /** A GraphQL request through the real server, with `key` as its Bearer token when given. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GraphQLResult<T>>;
  close(): void;
}

let image: Buffer | undefined;

/** The seeded store, loaded once per test file and cloned for each service. */
function seededImage(): Buffer {
  if (!image) {
    const seeded = openStore(':memory:');
    loadCorpus(seeded.db, readCorpus(SEED_CORPUS_DIR));
    image = seeded.sqlite.serialize();
    seeded.close();
  }
  return image;
}

/** The real service over an in-memory database holding the seed story, queried through `yoga.fetch`. */
export function seededService(config: Partial<YogaConfig> = {}): TestService {
  const statements: string[] = [];
  const database = openStore(':memory:', {
    image: seededImage(),
    logger: { logQuery: (query) => statements.push(query) },
  });
  const keys = makeKeys(database);
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

function makeKeys(database: SqliteStore): TestService['keys'] {
  const make = (scope: ApiScope, name = `${scope} tester`) =>
    runWrite(database.db, 'test', (w) => createApiKey(w, { name, scope })).value;
  const revoked = make('admin', 'revoked tester');
  runWrite(database.db, 'test', (w) => revokeApiKey(w, revoked.info.id));
  return { read: make('read').key, edit: make('edit').key, admin: make('admin').key, revoked: revoked.key };
}
