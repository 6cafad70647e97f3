import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KnownName, Store, StoreViolation } from '../../store.ts';
import { auditSqlite } from './audit.ts';
import { backupDatabase } from './backup.ts';
import { type BulkLoadStep, type BulkTransaction, bulkInserter, bulkLoad } from './bulk-load.ts';
import { sqliteConditionOf } from './conditions.ts';
import { runWithDeadline } from './deadline.ts';
import { type ClaimlineDatabase, schemaVersion } from './open.ts';
import {
  aliasCandidates,
  copyCandidates,
  type NamedEntity,
  type SearchPosition,
  searchText,
} from './search.ts';

/** The SQLite store: `sqlite` is the raw connection, for the SQLite backend's own modules and tests. */
export class SqliteStore implements Store {
  constructor(
    readonly path: string,
    readonly sqlite: Database.Database,
    readonly db: ClaimlineDatabase,
  ) {}

  searchText(query: string, page: { limit: number; after?: SearchPosition; asOf?: string }) {
    return searchText(this.sqlite, query, page);
  }

  aliasCandidates(entity: NamedEntity, normalized: string, limit?: number) {
    return aliasCandidates(this.sqlite, entity, normalized, limit);
  }

  copyCandidates(text: string, limit?: number) {
    return copyCandidates(this.sqlite, text, limit);
  }

  conditionOf(error: unknown) {
    return sqliteConditionOf(error);
  }

  runWithDeadline<T>(epochMs: number, run: () => T): T {
    return runWithDeadline(epochMs, run);
  }

  knownNames(): KnownName[] {
    return this.sqlite
      .prepare(
        `SELECT 'actor' AS entity, t.id, al.name, t.name AS canonical, t.kind
           FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
           JOIN actors t ON t.id = coalesce(a.merged_into_id, a.id)
         UNION ALL
         SELECT 'place', p.id, pl.name, p.name, p.kind
           FROM place_aliases pl JOIN places p ON p.id = pl.place_id`,
      )
      .all() as KnownName[];
  }

  audit(): StoreViolation[] {
    return auditSqlite(this.sqlite);
  }

  schemaVersion() {
    return schemaVersion(this.sqlite);
  }

  backup(out: string) {
    return backupDatabase(this.sqlite, out);
  }

  bulkLoad<T>(load: (transaction: BulkTransaction) => T, onStep?: (step: BulkLoadStep) => void) {
    return bulkLoad(this.sqlite, load, onStep);
  }

  bulkInserter<T extends SQLiteTable>(table: T) {
    return bulkInserter(this.sqlite, table);
  }

  /** The whole database as bytes: tests open copies of a seeded store from it. */
  serialize(): Buffer {
    return this.sqlite.serialize();
  }

  /** A property, not a method, so it can be taken off the store (`const { close } = store`). */
  readonly close = (): void => {
    this.sqlite.close();
  };
}
