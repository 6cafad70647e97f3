/** The bulk path on SQLite: multi-row inserts and a load without journal, indexes rebuilt once. */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createSearchIndexes, rebuildSearchIndexes, searchTriggers } from './search.ts';

/** Page cache sizes in KiB (negative, as the pragma takes them): SQLite's default, and a bulk load's. */
const DEFAULT_CACHE_SIZE = -2000;
const BULK_CACHE_SIZE = -256 * 1024;

/** Rows of one table written through prepared multi-row INSERTs, in order; `flush` writes what is buffered. */
export interface BulkInserter<T extends SQLiteTable> {
  add(row: InferInsertModel<T>): void;
  flush(): void;
}

const BULK_ROWS = 64;

/** A bulk writer for `table`: every non-generated column, values mapped as drizzle maps them. */
export function bulkInserter<T extends SQLiteTable>(sqlite: Database.Database, table: T): BulkInserter<T> {
  const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)
    .filter(([, column]) => !column.generated)
    .map(([key, column]) => ({
      key,
      column,
      // Only booleans and JSON differ from what better-sqlite3 binds as is.
      mapped: column.dataType.startsWith('boolean') || column.dataType.startsWith('object'),
    }));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (rows: number) =>
    sqlite.prepare(
      `INSERT INTO "${getTableName(table)}" (${columns.map(({ column }) => `"${column.name}"`).join(', ')})
       VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`,
    );
  const batch = statement(BULK_ROWS);
  const single = statement(1);
  let values: unknown[] = [];
  let rows = 0;
  return {
    add(row) {
      const given = row as Record<string, unknown>;
      for (const { key, column, mapped } of columns) {
        let value = given[key];
        if (value === undefined) value = column.defaultFn?.() ?? column.default ?? null;
        values.push(mapped && value !== null ? column.mapToDriverValue(value) : value);
      }
      if (++rows === BULK_ROWS) {
        batch.run(values);
        values = [];
        rows = 0;
      }
    },
    flush() {
      for (let i = 0; i < rows; i++) single.run(values.slice(i * columns.length, (i + 1) * columns.length));
      values = [];
      rows = 0;
    },
  };
}

/** Runs `write` in one transaction of a bulk load. */
export type BulkTransaction = <R>(write: () => R) => R;

/** Seconds spent after the rows were written. */
export interface BulkLoadSeconds {
  indexes: number;
  foreignKeys: number;
  search: number;
}

/** The steps of a bulk load after its rows, named as they start (they take minutes at a million events). */
export type BulkLoadStep = keyof BulkLoadSeconds;

/**
 * Runs `load` as a bulk load into a new database: no rollback journal, no fsync; the declared
 * indexes and search triggers dropped and rebuilt at the end in one pass each (sorting beats
 * growing a b-tree row by row), and foreign keys checked once, over everything, at the end
 * instead of at each row. `load` writes through the transactions it is given. A load that fails
 * leaves the file unusable: build into a new file and keep it only on success. The usual settings
 * are restored and the planner's statistics refreshed at the end.
 */
export function bulkLoad<T>(
  sqlite: Database.Database,
  load: (transaction: BulkTransaction) => T,
  onStep?: (step: BulkLoadStep) => void,
): { result: T; seconds: BulkLoadSeconds } {
  const journal = sqlite.pragma('journal_mode', { simple: true }) as string;
  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses journal_mode = OFF
  // (silently: the pragma answers with the mode it kept, and every page went through the WAL).
  sqlite.unsafeMode(true);
  const mode = sqlite.pragma('journal_mode = OFF', { simple: true });
  if (mode !== 'off') {
    sqlite.unsafeMode(false);
    throw new Error(`bulk load: SQLite kept journal_mode ${mode}, refusing OFF`);
  }
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma(`cache_size = ${BULK_CACHE_SIZE}`);
  for (const { name } of searchTriggers()) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`);
  const indexes = sqlite
    .prepare(
      // Declared indexes, unique ones too (rebuilding checks uniqueness); not those behind UNIQUE columns.
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`,
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  try {
    const result = load((write) => sqlite.transaction(write)());
    const lap = stopwatch();
    onStep?.('indexes');
    for (const index of indexes) sqlite.exec(index.sql);
    const indexSeconds = lap();
    onStep?.('foreignKeys');
    const dangling = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (dangling[0]) {
      const { table, parent } = dangling[0];
      throw new Error(
        `bulk load: ${dangling.length} rows refer to missing rows (first: ${table} → ${parent})`,
      );
    }
    const foreignKeySeconds = lap();
    onStep?.('search');
    rebuildSearchIndexes(sqlite);
    sqlite.pragma('analysis_limit = 1000');
    sqlite.exec('ANALYZE');
    return { result, seconds: { indexes: indexSeconds, foreignKeys: foreignKeySeconds, search: lap() } };
  } finally {
    sqlite.pragma(`journal_mode = ${journal}`);
    sqlite.unsafeMode(false);
    createSearchIndexes(sqlite);
    sqlite.pragma(`cache_size = ${DEFAULT_CACHE_SIZE}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
  }
}

/** Seconds since the last lap. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}
