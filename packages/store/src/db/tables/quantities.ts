import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MODALITIES } from '../../domain/vocabulary.ts';
import { claims } from './claims.ts';
import { id, key } from './columns.ts';

/** What estimates line up on over time ("containers shipped North Korea → Russia"). */
export const measures = sqliteTable('measures', {
  id: id(),
  key: key(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  item: text('item'),
  /** A running total: a later estimate revises an earlier one instead of contradicting it. */
  cumulative: integer('cumulative', { mode: 'boolean' }).notNull().default(false),
  description: text('description'),
});

/** A claim's number: a value and/or bounds (null is open), unit, item and modality. */
export const quantities = sqliteTable(
  'quantities',
  {
    id: id(),
    claimId: integer('claim_id')
      .notNull()
      .unique()
      .references(() => claims.id),
    measureId: integer('measure_id').references(() => measures.id),
    value: real('value'),
    low: real('low'),
    high: real('high'),
    approximate: integer('approximate', { mode: 'boolean' }).notNull().default(false),
    unit: text('unit').notNull(),
    item: text('item'),
    /** ACTUAL, or CAPACITY for what something could hold rather than what it holds. */
    modality: text('modality', { enum: MODALITIES }).notNull().default('ACTUAL'),
    phrase: text('phrase').notNull(),
  },
  (t) => [index('quantities_measure_idx').on(t.measureId)],
);
