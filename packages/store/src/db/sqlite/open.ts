/**
 * Opening a SQLite store: the file, its pragmas, the integrity check and the migrations. The rest
 * of the SQLite backend sits beside this module (search, bulk load, backup, audit); a PostgreSQL
 * backend goes beside this folder.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Logger } from 'drizzle-orm/logger';
import type { StoreViolation } from '../../store.ts';
import { relations } from '../relations.ts';
import { auditSqlite } from './audit.ts';
import { interruptAtDeadlines } from './deadline.ts';
import { createSearchIndexes } from './search.ts';
import { SqliteStore } from './store.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export interface OpenStoreOptions {
  /** Receives every SQL statement drizzle runs (tests count them). */
  logger?: Logger;
  /** Milliseconds a writer waits for a lock before failing. */
  busyTimeoutMs?: number;
  /** Start an in-memory database from a serialized one (`sqlite.serialize()`): tests clone a seeded store. */
  image?: Buffer;
}

/** Databases up to this size are fully checked (integrity_check) when opened. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export class DamagedDatabaseError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`the database file ${path} is damaged (integrity check: ${problems.slice(0, 3).join('; ')})`);
    this.name = 'DamagedDatabaseError';
  }
}

export function createDrizzle(sqlite: Database.Database, logger?: Logger) {
  return drizzle({ client: sqlite, relations, logger });
}

export type ClaimlineDatabase = ReturnType<typeof createDrizzle>;
/** The drizzle handle inside a transaction: the same query API as the database. */
export type ClaimlineTransaction = Parameters<Parameters<ClaimlineDatabase['transaction']>[0]>[0];

/**
 * Opens (creating if needed) a Claimline store in a SQLite file (or `:memory:`): WAL, foreign keys, a busy timeout, full
 * fsync on commit, a full integrity check up to FULL_CHECK_MAX_BYTES (a damaged file is refused
 * before anything is written to it), and every pending migration applied.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): SqliteStore {
  const inMemory = path === ':memory:' || options.image !== undefined;
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(options.image ?? path);
  interruptAtDeadlines(sqlite);
  try {
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // A committed write survives power loss; costs an fsync per transaction.
    sqlite.pragma('synchronous = FULL');
    // integrity_check reads every page: seconds per gigabyte, minutes at a million events. A
    // larger file gets its header and schema read (a damaged page surfaces when a query reaches
    // it); `claimline check` runs the full check on any size.
    const bytes =
      (sqlite.pragma('page_count', { simple: true }) as number) *
      (sqlite.pragma('page_size', { simple: true }) as number);
    if (bytes <= FULL_CHECK_MAX_BYTES) assertIntact(sqlite);
    else sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    const db = createDrizzle(sqlite, options.logger);
    migrateWithoutForeignKeys(db, sqlite);
    createSearchIndexes(sqlite);
    return new SqliteStore(path, sqlite, db);
  } catch (error) {
    sqlite.close();
    throw asDamaged(error, path);
  }
}

/**
 * Applies the pending migrations with foreign keys off, as SQLite requires for a migration that
 * rebuilds a table others refer to (the pragma does nothing inside the migration's transaction),
 * checks that every reference still holds, then turns them on for good.
 */
function migrateWithoutForeignKeys(db: ClaimlineDatabase, sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = OFF');
  migrate(db, { migrationsFolder: MIGRATIONS });
  const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length) {
    const where = broken.slice(0, 3).map((r) => `${r.table} → ${r.parent}`);
    throw new Error(`a migration left ${broken.length} broken reference(s): ${where.join('; ')}`);
  }
  sqlite.pragma('foreign_keys = ON');
}

/** SQLite's own words for a file that is no sound database, as a DamagedDatabaseError. */
export function asDamaged(error: unknown, path: string): unknown {
  return error instanceof Error && /file is not a database|malformed/i.test(error.message)
    ? new DamagedDatabaseError(path, [error.message])
    : error;
}

/** `PRAGMA integrity_check` (every page, index and constraint), refusing a damaged file. */
export function assertIntact(sqlite: Database.Database): void {
  const problems = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const found = problems.map((r) => r.integrity_check);
  if (found.length !== 1 || found[0] !== 'ok') throw new DamagedDatabaseError(sqlite.name, found);
}

/** What `checkDatabase` found: the pages read, and where the store breaks the rules of DESIGN.md. */
export interface DatabaseCheck {
  pages: number;
  violations: StoreViolation[];
}

/**
 * The full integrity check of the file at `path`, whatever its size (opening checks fully only up
 * to FULL_CHECK_MAX_BYTES), then the store audit (provenance of every attribution and proposal,
 * and the other rules), read-only, so a running server keeps serving. A damaged file throws.
 */
export function checkDatabase(path: string): DatabaseCheck {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    try {
      assertIntact(sqlite);
    } catch (error) {
      throw asDamaged(error, path);
    }
    return {
      pages: sqlite.pragma('page_count', { simple: true }) as number,
      violations: auditSqlite(sqlite),
    };
  } finally {
    sqlite.close();
  }
}

/** The id of the newest migration applied: the schema version `/health` reports. */
export function schemaVersion(sqlite: Database.Database): string {
  const row = sqlite
    .prepare('SELECT name, created_at FROM __drizzle_migrations ORDER BY id DESC LIMIT 1')
    .get() as { name?: string; created_at: number } | undefined;
  return row?.name ?? String(row?.created_at ?? 'none');
}
