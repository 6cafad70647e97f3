import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { FURNITURE_KINDS, SOURCE_KINDS } from '../../domain/vocabulary.ts';
import { fuzzyTimeColumns, id, key, recordedAt, retractedAt } from './columns.ts';

/** Copies of one story run by several outlets; counting independent sources counts a group once. */
export const syndicationGroups = sqliteTable('syndication_groups', {
  id: id(),
  key: key(),
  name: text('name').notNull(),
});

export const sources = sqliteTable(
  'sources',
  {
    id: id(),
    key: key(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    byline: text('byline'),
    dateline: text('dateline'),
    ...fuzzyTimeColumns('published'),
    url: text('url'),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    /** The full text, verbatim and never altered: attribution offsets point into it. */
    text: text('text').notNull(),
    /** SHA-256 of the text: ingesting the same text again finds this row instead of adding one. */
    contentHash: text('content_hash').notNull().unique(),
    syndicationGroupId: integer('syndication_group_id').references(() => syndicationGroups.id),
    recordedAt: recordedAt(),
    /**
     * For an undated source, the day the record knows it from (domain/knowledge-time.ts): the day
     * it was ingested or the corpus recorded it, or a dated copy's day when that is earlier. Null
     * for a dated source.
     */
    knownOn: text('known_on'),
    /**
     * Knowledge time: the day the source was certainly public — the last day its published date
     * allows, else `known_on`. Never the day a database was loaded: it is the same on every install.
     */
    knownFrom: text('known_from')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(published_latest, known_on)`, { mode: 'stored' }),
    retractedAt: retractedAt(),
  },
  (t) => [
    index('sources_known_from_idx').on(t.knownFrom),
    index('sources_syndication_group_idx').on(t.syndicationGroupId),
  ],
);

/** Page furniture ("Read More:", navigation, related headlines): kept in the text, never a claim's source. */
export const sourceFurniture = sqliteTable(
  'source_furniture',
  {
    id: id(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    kind: text('kind', { enum: FURNITURE_KINDS }).notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [index('source_furniture_source_idx').on(t.sourceId)],
);
