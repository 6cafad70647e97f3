/**
 * Deadlines that stop SQLite work mid-statement. A statement is synchronous, so no timer can fire
 * while one runs; the patched better-sqlite3 (patches/better-sqlite3@12.11.1.patch) gives each
 * connection `deadline(ms since the epoch)`, a progress handler that ends a statement still
 * running at that moment with SQLITE_INTERRUPT (SQLite rolls back a write it interrupts).
 * Concurrent requests share one connection and take turns at their awaits, so the deadline is
 * each operation's own, carried through its awaits, and set on the connection for each statement
 * it starts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

type Interruptible = Database.Database & { deadline(epochMs: number): unknown };

const operationDeadline = new AsyncLocalStorage<number>();

/** Runs `run` so that every statement it starts, now or after an await, stops at `epochMs`. */
export function runWithDeadline<T>(epochMs: number, run: () => T): T {
  return operationDeadline.run(epochMs, run);
}

// An iterator's rows are read after `iterate` returns, outside its wrapper: no deadline covers them.
const RUNS = ['run', 'get', 'all'] as const;

/**
 * Makes each statement prepared on `sqlite` run under the deadline of the operation that runs
 * it, if any; outside one, nothing changes and the connection keeps no deadline.
 */
export function interruptAtDeadlines(sqlite: Database.Database): void {
  const connection = sqlite as Interruptible;
  const prepare = connection.prepare.bind(connection);
  const underDeadline =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      const deadline = operationDeadline.getStore();
      if (deadline === undefined) return run(...args);
      connection.deadline(deadline);
      try {
        return run(...args);
      } finally {
        connection.deadline(0);
      }
    };
  connection.prepare = ((source: string) => {
    const statement = prepare(source);
    const runs = statement as unknown as Record<(typeof RUNS)[number], (...args: unknown[]) => unknown>;
    for (const method of RUNS) runs[method] = underDeadline(runs[method].bind(statement));
    return statement;
  }) as typeof connection.prepare;
  connection.exec = underDeadline(connection.exec.bind(connection)) as typeof connection.exec;
}
