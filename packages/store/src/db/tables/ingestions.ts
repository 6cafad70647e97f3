import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../domain/vocabulary.ts';
import { id, recordedAt } from './columns.ts';
import { sources } from './sources.ts';

/** One run of the ingestion pipeline over a new source: who ran it, and the copy it found. */
export const ingestions = sqliteTable(
  'ingestions',
  {
    id: id(),
    sourceId: integer('source_id')
      .notNull()
      .unique()
      .references(() => sources.id),
    author: text('author').notNull(),
    /** The stored source this text is a near-duplicate of, and how similar (shingled Jaccard). */
    copyOfSourceId: integer('copy_of_source_id').references(() => sources.id),
    similarity: real('similarity'),
    recordedAt: recordedAt(),
  },
  (t) => [index('ingestions_copy_of_idx').on(t.copyOfSourceId)],
);

/**
 * What the pipeline proposes from a source, for an editor to accept, edit or reject: an actor
 * or place mention, a date, a quantity or a claim, pinned to its words in the source text
 * (`source.text.slice(start, end) === excerpt`). The kind-specific reading is JSON in `payload`.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: id(),
    ingestionId: integer('ingestion_id')
      .notNull()
      .references(() => ingestions.id),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('DRAFT'),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    excerpt: text('excerpt').notNull(),
    payload: text('payload', { mode: 'json' }).notNull(),
    recordedAt: recordedAt(),
  },
  (t) => [
    index('proposals_ingestion_idx').on(t.ingestionId, t.kind),
    index('proposals_status_idx').on(t.status),
  ],
);
