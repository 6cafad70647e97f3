import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { RELATION_KINDS, RELATION_ORIGINS } from '../../domain/vocabulary.ts';
import { claims } from './claims.ts';
import { id, recordedAt, retractedAt } from './columns.ts';

/** CORROBORATES, CONTRADICTS or REVISES between two claims, computed or asserted by an editor. */
export const claimRelations = sqliteTable(
  'claim_relations',
  {
    id: id(),
    kind: text('kind', { enum: RELATION_KINDS }).notNull(),
    fromClaimId: integer('from_claim_id')
      .notNull()
      .references(() => claims.id),
    toClaimId: integer('to_claim_id')
      .notNull()
      .references(() => claims.id),
    explanation: text('explanation').notNull(),
    origin: text('origin', { enum: RELATION_ORIGINS }).notNull(),
    recordedAt: recordedAt(),
    retractedAt: retractedAt(),
  },
  (t) => [
    index('claim_relations_from_idx').on(t.fromClaimId),
    index('claim_relations_to_idx').on(t.toClaimId),
  ],
);
