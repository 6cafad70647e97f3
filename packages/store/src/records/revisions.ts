import { asc, eq, getTableName, gt, type InferInsertModel, type InferSelectModel, max } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ClaimlineDatabase, ClaimlineTransaction } from '../db/sqlite/open.ts';
import { revisions } from '../db/tables/index.ts';
import type { REVISION_ACTIONS } from '../domain/vocabulary.ts';
import type { Revision } from './write.ts';

/** Who is writing, inside which transaction: every write through it leaves a revision. */
export interface Writer {
  tx: ClaimlineTransaction;
  author: string;
  at: string;
  /** Collects the revisions written, to publish once the transaction has committed. */
  recorded?: Revision[];
}

type TableWithId = SQLiteTable & { id: unknown };

/**
 * Inserts a row unless its unique key is already there, and records the creation as a revision.
 * Returns the new row, or undefined when it existed (so loading twice writes nothing the second time).
 */
export function insertIfAbsent<T extends TableWithId>(
  writer: Writer,
  table: T,
  values: InferInsertModel<T>,
  snapshot: Record<string, unknown> = {},
): InferSelectModel<T> | undefined {
  // drizzle's insert generics do not narrow over an abstract table; the row type is restored below.
  const row = writer.tx
    .insert(table as SQLiteTable)
    .values(values as never)
    .onConflictDoNothing()
    .returning()
    .get() as (InferSelectModel<T> & { id: number }) | undefined;
  if (row) recordRevision(writer, getTableName(table), row.id, 'CREATE', null, { ...row, ...snapshot });
  return row;
}

export function recordRevision(
  writer: Writer,
  entityType: string,
  entityId: number,
  action: (typeof REVISION_ACTIONS)[number],
  before: unknown,
  after: unknown,
): Revision {
  const revision = writer.tx
    .insert(revisions)
    .values({ entityType, entityId, action, author: writer.author, at: writer.at, before, after })
    .returning()
    .get();
  writer.recorded?.push(revision);
  return revision;
}

/** Inserts a row and records its creation. */
export function insertRow<T extends TableWithId>(
  writer: Writer,
  table: T,
  values: InferInsertModel<T>,
  snapshot: Record<string, unknown> = {},
): InferSelectModel<T> & { id: number } {
  const row = writer.tx
    .insert(table as SQLiteTable)
    .values(values as never)
    .returning()
    .get() as InferSelectModel<T> & { id: number };
  recordRevision(writer, getTableName(table), row.id, 'CREATE', null, { ...row, ...snapshot });
  return row;
}

/** Changes a row and records it as `action`, with the row before and after (and any extra snapshot). */
export function updateRow<T extends TableWithId>(
  writer: Writer,
  table: T,
  before: InferSelectModel<T> & { id: number },
  changes: Partial<InferInsertModel<T>>,
  action: 'UPDATE' | 'RETRACT' | 'MERGE' | 'UNMERGE' | 'REVOKE' = 'UPDATE',
  snapshots: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {},
): InferSelectModel<T> & { id: number } {
  const idColumn = (table as unknown as { id: SQLiteColumn }).id;
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  // A change only to what the snapshots hold (a list of participants) leaves the row itself.
  const after = Object.keys(set).length
    ? (writer.tx
        .update(table as SQLiteTable)
        .set(set)
        .where(eq(idColumn, before.id))
        .returning()
        .get() as InferSelectModel<T> & { id: number })
    : before;
  recordRevision(
    writer,
    getTableName(table),
    before.id,
    action,
    { ...before, ...snapshots.before },
    { ...after, ...snapshots.after },
  );
  return after;
}

/**
 * Revisions committed after the one with id `afterId`, oldest first, at most `limit`: one seek on
 * the primary key, whichever connection or process wrote them. Ids only grow (AUTOINCREMENT, and
 * writers take the lock in turn), so reading on from the last id seen misses none and repeats none.
 */
export function revisionsAfter(db: ClaimlineDatabase, afterId: number, limit: number): Revision[] {
  return db
    .select()
    .from(revisions)
    .where(gt(revisions.id, afterId))
    .orderBy(asc(revisions.id))
    .limit(limit)
    .all();
}

/** The id of the newest revision, 0 when there is none: where a reader of what follows starts. */
export function latestRevisionId(db: ClaimlineDatabase): number {
  return (
    db
      .select({ id: max(revisions.id) })
      .from(revisions)
      .get()?.id ?? 0
  );
}
