/** Online backup and restore of a SQLite store, each checked before it is trusted. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { asDamaged, assertIntact, DamagedDatabaseError, openStore } from './open.ts';

/**
 * An online backup of an open database to `out` with SQLite's backup API: consistent even
 * while the server writes, then checked. Returns the pages copied.
 */
export async function backupDatabase(sqlite: Database.Database, out: string): Promise<number> {
  mkdirSync(dirname(out), { recursive: true });
  const { totalPages } = await sqlite.backup(out);
  const copy = new Database(out, { readonly: true, fileMustExist: true });
  try {
    assertIntact(copy);
  } finally {
    copy.close();
  }
  return totalPages;
}

/**
 * Puts a backup back at `path`, after checking it is an intact Claimline database. The copy
 * goes through SQLite's backup API into the database, so it is one transaction there: readers
 * see the old or the restored store, never a mix, and the file's WAL stays consistent.
 */
export async function restoreDatabase(backup: string, path: string): Promise<number> {
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    try {
      assertIntact(source);
    } catch (error) {
      throw asDamaged(error, backup);
    }
    const migrated = source
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!migrated) throw new DamagedDatabaseError(backup, ['not a Claimline database (no migrations table)']);
    mkdirSync(dirname(path), { recursive: true });
    const { totalPages } = await source.backup(path);
    openStore(path).close();
    return totalPages;
  } finally {
    source.close();
  }
}
