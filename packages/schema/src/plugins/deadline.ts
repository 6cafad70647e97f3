import type { Plugin } from '@envelop/core';
import { GraphQLError } from 'graphql';
import type { ClaimlineContext } from '../context.ts';

/**
 * Stops an operation that runs past `ms`: a timer aborts it while it awaits, and every field that
 * loads objects checks the deadline (plugins/request-checks.ts), since SQLite calls are
 * synchronous and the timer cannot fire during one.
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
      setExecuteFn((execution) => executeFn({ ...execution, signal } as typeof execution));
      return { onExecuteDone: () => clearTimeout(timer) };
    },
  };
}
