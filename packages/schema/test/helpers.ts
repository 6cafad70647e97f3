import type { SqliteStore } from '@claimline/store';
import { type ExecutionResult, execute, parse } from 'graphql';
import { schema } from '../src/schema.ts';

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
