import type { StoreCondition } from '../../store.ts';

// SQLite's result codes (better-sqlite3 reports extended ones: SQLITE_BUSY_SNAPSHOT,
// SQLITE_READONLY_DBMOVED, …) by the condition they mean for a caller.
const CONDITIONS: readonly [prefix: string, condition: StoreCondition][] = [
  ['SQLITE_BUSY', 'DATABASE_BUSY'],
  ['SQLITE_LOCKED', 'DATABASE_BUSY'],
  ['SQLITE_FULL', 'DATABASE_FULL'],
  ['SQLITE_READONLY', 'DATABASE_READ_ONLY'],
  ['SQLITE_INTERRUPT', 'DEADLINE_PASSED'],
];

/** The database condition behind `error` (or an error it wraps, as drizzle's query errors do), if any. */
export function sqliteConditionOf(error: unknown): StoreCondition | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const hit = CONDITIONS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
    if (hit) return hit[1];
  }
  return null;
}
