import { integer, text } from 'drizzle-orm/sqlite-core';
import { type FuzzyTime, PRECISIONS, type Precision } from '../../domain/fuzzy-time.ts';

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
    Precision: text(`${prefix}_precision`, { enum: PRECISIONS }).notNull().default('UNKNOWN'),
    Approximate: integer(`${prefix}_approximate`, { mode: 'boolean' }).notNull().default(false),
    Uncertain: integer(`${prefix}_uncertain`, { mode: 'boolean' }).notNull().default(false),
    Phrase: text(`${prefix}_phrase`),
  };
  return Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [`${prefix}${name}`, column]),
  ) as { [K in keyof typeof columns as `${P}${K}`]: (typeof columns)[K] };
}

type FuzzyTimeFields = Omit<FuzzyTime, never>;
type Prefixed<P extends string> = {
  [K in keyof FuzzyTimeFields as `${P}${Capitalize<K>}`]: FuzzyTimeFields[K];
};

/** A fuzzy time as the values of its seven columns under `prefix` (written out: bulk loads call it millions of times). */
export function fuzzyTimeValues<P extends string>(prefix: P, time: FuzzyTime): Prefixed<P> {
  return {
    [`${prefix}Edtf`]: time.edtf,
    [`${prefix}Earliest`]: time.earliest,
    [`${prefix}Latest`]: time.latest,
    [`${prefix}Precision`]: time.precision,
    [`${prefix}Approximate`]: time.approximate,
    [`${prefix}Uncertain`]: time.uncertain,
    [`${prefix}Phrase`]: time.phrase,
  } as Prefixed<P>;
}

/** The seven columns of a fuzzy time under `prefix`, as a drizzle column selection. */
export function fuzzyTimeSelection<P extends string>(prefix: P) {
  return Object.fromEntries(FUZZY_FIELDS.map((field) => [`${prefix}${field}`, true])) as {
    [K in keyof FuzzyTimeFields as `${P}${Capitalize<K>}`]: true;
  };
}

const FUZZY_FIELDS = ['Edtf', 'Earliest', 'Latest', 'Precision', 'Approximate', 'Uncertain', 'Phrase'];

/** The fuzzy time stored in a row's columns under `prefix`. */
export function readFuzzyTime<P extends string>(prefix: P, row: Prefixed<P>): FuzzyTime {
  const r = row as Record<string, unknown>;
  return {
    edtf: r[`${prefix}Edtf`] as string | null,
    earliest: r[`${prefix}Earliest`] as string | null,
    latest: r[`${prefix}Latest`] as string | null,
    precision: r[`${prefix}Precision`] as Precision,
    approximate: Boolean(r[`${prefix}Approximate`]),
    uncertain: Boolean(r[`${prefix}Uncertain`]),
    phrase: r[`${prefix}Phrase`] as string | null,
  };
}
