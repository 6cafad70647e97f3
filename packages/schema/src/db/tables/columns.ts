import { integer, text } from 'drizzle-orm/sqlite-core';

/** Surrogate primary key: integers keep keyset pagination and joins cheap at a million rows. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });

/** The analyst's stable, human-readable name for an item (`kim-jong-un`), unique per table. */
export const key = () => text('key').notNull().unique();

/** When a row was recorded, as an ISO timestamp. */
export const recordedAt = () =>
  text('recorded_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString());

/** When a row was retracted: retracted rows stay for history but leave every current view. */
export const retractedAt = () => text('retracted_at');

/**
 * A fuzzy time stored as its EDTF string plus the derived bounds (ISO days, inclusive) that
 * filters and ordering use. Every table with a time uses these seven columns under one prefix.
 */
export function fuzzyTimeColumns<P extends string>(prefix: P) {
  const columns = {
    Edtf: text(`${prefix}_edtf`),
    Earliest: text(`${prefix}_earliest`),
    Latest: text(`${prefix}_latest`),
    Precision: text(`${prefix}_precision`).notNull().default('UNKNOWN'),
    Approximate: integer(`${prefix}_approximate`, { mode: 'boolean' }).notNull().default(false),
    Uncertain: integer(`${prefix}_uncertain`, { mode: 'boolean' }).notNull().default(false),
    Phrase: text(`${prefix}_phrase`),
  };
  return Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [`${prefix}${name}`, column]),
  ) as { [K in keyof typeof columns as `${P}${K}`]: (typeof columns)[K] };
}
