import { getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ClaimlineTransaction } from '../db/sqlite.ts';
import { revisions } from '../db/tables/index.ts';

/** Who is writing, inside which transaction: every write through it leaves a revision. */
export interface Writer {
  tx: ClaimlineTransaction;
  author: string;
  at: string;
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
  action: 'CREATE' | 'UPDATE' | 'RETRACT' | 'MERGE',
  before: unknown,
  after: unknown,
): void {
  writer.tx
    .insert(revisions)
    .values({ entityType, entityId, action, author: writer.author, at: writer.at, before, after })
    .run();
}
