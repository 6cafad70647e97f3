import type { Plugin } from '@envelop/core';
import { GraphQLError } from 'graphql';
import type { ClaimlineContext } from '../context.ts';

/**
 * Stops an operation that runs past `ms`: a timer aborts it while it awaits, every field that
 * loads objects checks the deadline (plugins/request-checks.ts), and the store stops a statement
 * still running at the deadline (`runWithDeadline`), since SQLite calls are synchronous and the
 * timer cannot fire during one. Each way, the client gets the same LIMIT_EXCEEDED error.
 */
export function useDeadline(ms: number): Plugin<ClaimlineContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const error = new GraphQLError(`Query exceeded the execution timeout of ${ms} ms`, {
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'timeoutMs', http: { status: 503 } },
      });
      const controller = new AbortController();
      const deadline = Date.now() + ms;
      const timer = setTimeout(() => controller.abort(error), ms);
      const { store } = args.contextValue;
      args.contextValue.deadline = {
        check() {
          if (Date.now() <= deadline) return;
          controller.abort(error);
          throw error;
        },
        remainingMs: () => Math.max(0, deadline - Date.now()),
      };
      const given = (args as { signal?: AbortSignal }).signal;
      const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
      setExecuteFn((execution) =>
        store.runWithDeadline(deadline, () => executeFn({ ...execution, signal } as typeof execution)),
      );
      return {
        onExecuteDone({ result, setResult }) {
          clearTimeout(timer);
          if (Symbol.asyncIterator in result || !result.errors) return;
          // A statement the store stopped at the deadline: the timeout, where it struck.
          const errors = result.errors.map((e) =>
            store.conditionOf(e.originalError) === 'DEADLINE_PASSED'
              ? new GraphQLError(error.message, {
                  nodes: e.nodes,
                  path: e.path,
                  extensions: error.extensions,
                })
              : e,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
