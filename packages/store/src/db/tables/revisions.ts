import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REVISION_ACTIONS } from '../../domain/vocabulary.ts';
import { id } from './columns.ts';

/** Every write leaves one: who, when, what, and the row before and after (JSON; null on create/delete). */
export const revisions = sqliteTable(
  'revisions',
  {
    id: id(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    author: text('author').notNull(),
    at: text('at').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.id)],
);
