import { loadCorpus, openStore, readCorpus, SEED_CORPUS_DIR, type SqliteStore } from '@claimline/store';
import type { Logger } from 'drizzle-orm/logger';
import { type ExecutionResult, execute, parse } from 'graphql';
import { schema } from '../src/schema.ts';

let image: Buffer | undefined;

/** A fresh in-memory store holding the seed story (loaded once per test file, then cloned). */
export function seededStore(logger?: Logger): SqliteStore {
  if (!image) {
    const seeded = openStore(':memory:');
    loadCorpus(seeded.db, readCorpus(SEED_CORPUS_DIR));
    image = seeded.serialize();
    seeded.close();
  }
  return openStore(':memory:', { image, logger });
}

/** The exported schema run with graphql-js's own `execute()`: no server, no Envelop plugins. */
export async function executeOn(
  store: SqliteStore,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<ExecutionResult> {
  return execute({
    schema,
    document: parse(query),
    variableValues: variables,
    operationName,
    contextValue: { store },
  });
}
