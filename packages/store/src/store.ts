/**
 * The store handle: one object for everything that reads or writes the record. Drizzle's query
 * API (`db`) is the same on every backend; what a backend does its own way (full-text search,
 * typo-tolerant name lookup, bulk loading, backup, the audit's raw scans) is a method here.
 * `openStore` (db/sqlite) gives the SQLite one.
 */
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { BulkInserter, BulkLoadSeconds, BulkLoadStep, BulkTransaction } from './db/sqlite/bulk-load.ts';
import type { ClaimlineDatabase } from './db/sqlite/open.ts';
import type { AliasCandidate, NamedEntity, SearchHit, SearchPosition } from './db/sqlite/search.ts';
import type { ACTOR_KINDS, PLACE_KINDS } from './domain/vocabulary.ts';

/**
 * What stopped a read or write other than a fault of the query: another writer holds the lock,
 * the disk is full, the file cannot be written, or the operation's deadline (`runWithDeadline`)
 * passed while a statement ran (a write stopped so is rolled back whole).
 */
export type StoreCondition = 'DATABASE_BUSY' | 'DATABASE_FULL' | 'DATABASE_READ_ONLY' | 'DEADLINE_PASSED';

export interface StoreViolation {
  rule: string;
  entity: string;
  message: string;
}

/** A name of a stored actor or place, with what it names (merged actors followed to their successor). */
export interface KnownName {
  entity: 'actor' | 'place';
  id: number;
  name: string;
  canonical: string;
  kind: (typeof ACTOR_KINDS)[number] | (typeof PLACE_KINDS)[number];
}

export interface Store {
  /** Where the store lives (a file path, or `:memory:`). */
  readonly path: string;
  /** Drizzle's query API: relational queries, inserts, updates and transactions. */
  readonly db: ClaimlineDatabase;
  /** Full-text search over sources, claims and events (see db/sqlite/search.ts for the rules); with `asOf`, what was known then. */
  searchText(
    query: string,
    page: { limit: number; after?: SearchPosition; asOf?: string },
  ): { hits: SearchHit[]; total: () => number };
  /** Aliases of actors or places that could match a normalized name, for typo-tolerant ranking. */
  aliasCandidates(entity: NamedEntity, normalized: string, limit?: number): AliasCandidate[];
  /** Stored sources that could be copies of `text`, most alike first. */
  copyCandidates(text: string, limit?: number): number[];
  /** The database condition an error from this store stands for, or null for any other error. */
  conditionOf(error: unknown): StoreCondition | null;
  /**
   * Runs `run` so that each statement it starts, at once or after an await, is stopped when
   * `epochMs` (milliseconds since the epoch) passes, failing with the DEADLINE_PASSED condition.
   */
  runWithDeadline<T>(epochMs: number, run: () => T): T;
  /** Every name of every stored actor and place. */
  knownNames(): KnownName[];
  /** The rules of DESIGN.md checked over everything stored: empty when sound. */
  audit(): StoreViolation[];
  /** The id of the newest migration applied. */
  schemaVersion(): string;
  /** A consistent, checked copy of the whole store at `out`; returns the pages copied. */
  backup(out: string): Promise<number>;
  /** Runs `load` as a bulk load (see db/sqlite/bulk-load.ts). */
  bulkLoad<T>(
    load: (transaction: BulkTransaction) => T,
    onStep?: (step: BulkLoadStep) => void,
  ): { result: T; seconds: BulkLoadSeconds };
  /** A fast writer of many rows of one table, for bulk loads. */
  bulkInserter<T extends SQLiteTable>(table: T): BulkInserter<T>;
  close(): void;
}
