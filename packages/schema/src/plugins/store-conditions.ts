import type { StoreCondition } from '@claimline/store';
import type { Plugin } from '@envelop/core';
import { GraphQLError } from 'graphql';
import type { ClaimlineContext } from '../context.ts';

/** What a client is told of each database condition, with the HTTP status a lone error gets. */
// A passed deadline is answered by the deadline plugin (deadline.ts), which knows the limit.
const ANSWERS: Record<
  Exclude<StoreCondition, 'DEADLINE_PASSED'>,
  { message: string; status: number; retry: boolean }
> = {
  DATABASE_BUSY: {
    message: 'The database is busy with another write; try again shortly',
    status: 503,
    retry: true,
  },
  DATABASE_FULL: {
    message: 'The database has no room to write (its disk or size limit is full)',
    status: 507,
    retry: false,
  },
  DATABASE_READ_ONLY: {
    message: 'The database cannot be written now (it is open read-only)',
    status: 503,
    retry: false,
  },
};

/** The error a client sees for `error` when a database condition caused it; other errors pass. */
export function answerStoreCondition(error: GraphQLError, condition: StoreCondition | null): GraphQLError {
  if (!condition || condition === 'DEADLINE_PASSED') return error;
  const { message, status, retry } = ANSWERS[condition];
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: condition, http: { status, ...(retry ? { headers: { 'Retry-After': '1' } } : {}) } },
  });
}

/**
 * Busy, full and read-only databases answer with their own codes (DATABASE_BUSY, …) rather than
 * as unexpected errors, which masking would hide and which carry SQL when unmasked.
 */
export function useStoreConditions(): Plugin<ClaimlineContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors) return;
          const { store } = args.contextValue;
          const errors = result.errors.map((e) =>
            answerStoreCondition(e, store.conditionOf(e.originalError)),
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
