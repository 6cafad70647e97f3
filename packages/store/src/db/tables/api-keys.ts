import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { API_SCOPES } from '../../domain/vocabulary.ts';
import { id, recordedAt } from './columns.ts';

/** An API key: only its SHA-256 is kept (the key itself is shown once), with one scope. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: id(),
    name: text('name').notNull(),
    /** read, edit or admin; each includes the ones before it. */
    scope: text('scope', { enum: API_SCOPES }).notNull(),
    hash: text('hash').notNull(),
    /** The key's first characters, so a listing can tell keys apart without revealing them. */
    prefix: text('prefix').notNull(),
    recordedAt: recordedAt(),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash_idx').on(t.hash)],
);
