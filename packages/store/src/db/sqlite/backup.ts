/** Online backup and restore of a SQLite store, each checked before it is trusted. */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { asDamaged, assertIntact, DamagedDatabaseError, openStore } from './open.ts';

/**
 * An online backup of an open database to `out`: `VACUUM INTO` a temporary file beside it, a check
 * of the copy, then a rename into place. VACUUM INTO reads one snapshot in one transaction, so
 * writers going on meanwhile neither restart it (the backup API starts over after every write from
 * another connection, and under steady writes never finished) nor get into the copy; and `out`
 * only ever holds a whole, checked backup, never a part left by a killed run. Returns the pages.
 */
export async function backupDatabase(sqlite: Database.Database, out: string): Promise<number> {
  mkdirSync(dirname(out), { recursive: true });
  // One fixed name, so a run killed midway leaves a leftover the next run clears.
  const partial = partialBackupPath(out);
  rmSync(partial, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const pages = checkedPages(partial);
    renameSync(partial, out);
    return pages;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Where a backup to `out` is written until it is whole and checked. */
function partialBackupPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.partial`);
}

/** The page count of an intact database file; throws if the file is damaged. */
function checkedPages(path: string): number {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    assertIntact(copy);
    return copy.pragma('page_count', { simple: true }) as number;
  } finally {
    copy.close();
  }
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
