import { eq, getTableName, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { ClaimlineDatabase } from '../db/sqlite/open.ts';
import type { revisions } from '../db/tables/index.ts';
import { keyFromName } from '../domain/names.ts';
import type { Store } from '../store.ts';
import type { Writer } from './revisions.ts';

export type Revision = typeof revisions.$inferSelect;

/**
 * A write refused for a reason the caller can fix: each names the input field at fault
 * (`input.attributions[0].excerpt`) and leaves the store as it was.
 */
export abstract class WriteError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The input does not fit: a missing or malformed value, an unknown time, incoherent figures. */
export class ValidationError extends WriteError {
  override name = 'ValidationError';
}

/** The input refers to something that does not exist. */
export class NotFoundError extends WriteError {
  override name = 'NotFoundError';
}

/** An excerpt that is not the text between its offsets, or a span of page furniture. */
export class ProvenanceError extends WriteError {
  override name = 'ProvenanceError';
}

/** The write clashes with what is stored: a key in use, a claim already retracted, a merge loop. */
export class ConflictError extends WriteError {
  override name = 'ConflictError';
}

export interface WriteResult<T> {
  value: T;
  /** The revisions the write recorded, in order: what subscribers hear about after the commit. */
  revisions: Revision[];
}

/**
 * Runs a write in one transaction as `author`. The transaction takes the write lock at once
 * (IMMEDIATE), so a concurrent writer waits instead of failing midway; any error rolls back all.
 */
export function runWrite<T>(
  db: ClaimlineDatabase,
  author: string,
  write: (writer: Writer) => T,
): WriteResult<T> {
  const recorded: Revision[] = [];
  let value: T | undefined;
  try {
    db.transaction(
      (tx) => {
        value = write({ tx, author, at: new Date().toISOString(), recorded });
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    throw constraintError(error) ?? error;
  }
  return { value: value as T, revisions: recorded };
}

/** The shortest and longest pause between tries of a write while another writer holds the lock. */
const BUSY_PAUSE_MS = { first: 5, most: 200 };

/**
 * `runWrite`, tried again while another writer holds the lock, until `waitMs` has passed; then
 * the DATABASE_BUSY error stands. The pauses are timers, not SQLite's busy wait, so the process
 * serves other requests meanwhile (a store for a server opens with a short busy timeout).
 */
export async function runWriteWhenFree<T>(
  store: Pick<Store, 'db' | 'conditionOf'>,
  author: string,
  write: (writer: Writer) => T,
  waitMs: number,
): Promise<WriteResult<T>> {
  const giveUpAt = Date.now() + waitMs;
  for (let pause = BUSY_PAUSE_MS.first; ; pause = Math.min(pause * 2, BUSY_PAUSE_MS.most)) {
    try {
      return runWrite(store.db, author, write);
    } catch (error) {
      if (store.conditionOf(error) !== 'DATABASE_BUSY' || Date.now() + pause > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * A constraint the checks before it did not foresee still answers as a typed error: the
 * database is the last guard of uniqueness and references, and the transaction rolled back.
 */
function constraintError(error: unknown): WriteError | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return new NotFoundError('input', 'refers to something that does not exist');
    }
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      return new ConflictError('input', `clashes with what is stored (${e.message})`);
    }
  }
  return undefined;
}

/** The input parsed by its schema, or a ValidationError naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ValidationError(fieldPath(root, issue?.path ?? []), issue?.message ?? 'is not valid');
}

/** `input.attributions[0].excerpt` from a root and a path. */
export function fieldPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, part) => (typeof part === 'number' ? `${at}[${part}]` : `${at}.${String(part)}`),
    root,
  );
}

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** The row with this id, or a NotFoundError naming the field that referred to it. */
export function requireRow<T extends TableWithId>(
  writer: Writer,
  table: T,
  id: number,
  field: string,
): InferSelectModel<T> {
  const row = writer.tx
    .select()
    .from(table as TableWithId)
    .where(eq(table.id, id))
    .get();
  if (!row) throw new NotFoundError(field, `no ${describeTable(table)} has id ${id}`);
  return row as InferSelectModel<T>;
}

function describeTable(table: SQLiteTable): string {
  return getTableName(table).replace(/_/g, ' ').replace(/s$/, '');
}

/**
 * The key a new row gets: the one given, refused when taken; else one made from its name,
 * numbered when taken (`kim-jong-un-2`).
 */
export function assignKey(
  writer: Writer,
  table: TableWithId & { key: SQLiteColumn },
  given: string | null | undefined,
  name: string,
): string {
  const taken = (key: string) =>
    writer.tx
      .select({ id: table.id })
      .from(table as TableWithId)
      .where(eq(table.key, key))
      .get() !== undefined;
  if (given) {
    if (taken(given)) throw new ConflictError('input.key', `the key "${given}" is already used`);
    return given;
  }
  const base = keyFromName(name);
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}

/** Refuses an update that changes nothing, so every revision records a change. */
export function requireChanges(patch: Record<string, unknown>): void {
  if (Object.values(patch).every((value) => value === undefined)) {
    throw new ValidationError('input', 'gives nothing to change');
  }
}

/** An input as a caller sends it: the field names of the schema, values not yet checked. */
export type Untrusted<T> = { [K in keyof T]?: unknown };
