import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLACE_KINDS, STORED_ALIAS_KINDS } from '../../domain/vocabulary.ts';
import { actors } from './actors.ts';
import { id, key, recordedAt } from './columns.ts';

export const places = sqliteTable('places', {
  id: id(),
  key: key(),
  name: text('name').notNull(),
  kind: text('kind', { enum: PLACE_KINDS }).notNull(),
  latitude: real('latitude'),
  longitude: real('longitude'),
  countryId: integer('country_id').references(() => actors.id),
  recordedAt: recordedAt(),
});

export const placeAliases = sqliteTable(
  'place_aliases',
  {
    id: id(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    name: text('name').notNull(),
    normalized: text('normalized').notNull(),
    kind: text('kind', { enum: STORED_ALIAS_KINDS }).notNull(),
  },
  (t) => [
    index('place_aliases_normalized_idx').on(t.normalized),
    uniqueIndex('place_aliases_place_name_idx').on(t.placeId, t.name),
  ],
);
