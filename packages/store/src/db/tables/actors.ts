import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACTOR_KINDS, STORED_ALIAS_KINDS } from '../../domain/vocabulary.ts';
import { fuzzyTimeColumns, id, key, recordedAt } from './columns.ts';

export const actors = sqliteTable(
  'actors',
  {
    id: id(),
    key: key(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ACTOR_KINDS }).notNull(),
    description: text('description'),
    /** Set when this actor was merged into another; both histories stay, reads follow the link. */
    mergedIntoId: integer('merged_into_id'),
    recordedAt: recordedAt(),
  },
  (t) => [index('actors_merged_into_idx').on(t.mergedIntoId)],
);

/** Every name an actor goes by, including the canonical one (kind CANONICAL), for alias-aware search. */
export const actorAliases = sqliteTable(
  'actor_aliases',
  {
    id: id(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
    name: text('name').notNull(),
    /** Case, accent and punctuation folded: see `normalizeName`. */
    normalized: text('normalized').notNull(),
    kind: text('kind', { enum: STORED_ALIAS_KINDS }).notNull(),
  },
  (t) => [
    index('actor_aliases_normalized_idx').on(t.normalized),
    uniqueIndex('actor_aliases_actor_name_idx').on(t.actorId, t.name),
  ],
);

/** A position held over a time: a defence minister, a spokesman of a department. */
export const actorRoles = sqliteTable(
  'actor_roles',
  {
    id: id(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
    title: text('title').notNull(),
    organizationId: integer('organization_id').references(() => actors.id),
    ...fuzzyTimeColumns('time'),
  },
  (t) => [index('actor_roles_actor_idx').on(t.actorId)],
);
