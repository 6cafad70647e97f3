import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EVENT_KINDS, PARTICIPANT_ROLES } from '../../domain/vocabulary.ts';
import { actors } from './actors.ts';
import { fuzzyTimeColumns, id, key, recordedAt, retractedAt } from './columns.ts';
import { places } from './places.ts';

/** Sort keys for bounds that are open or unknown: before and after every real day. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

/**
 * Where a fuzzy time sorts, given its precision, earliest and latest columns: by its earliest
 * day, an open start first; an unknown time last, as it cannot be placed; then by its latest day.
 * The one order of the timeline and of every claims list.
 */
export const timeSortStart = (precision: AnyColumn | SQL, earliest: AnyColumn | SQL): SQL<string> =>
  sql`CASE WHEN ${precision} = 'UNKNOWN' THEN ${sql.raw(`'${OPEN_END}'`)} ELSE coalesce(${earliest}, ${sql.raw(`'${OPEN_START}'`)}) END`;
export const timeSortEnd = (latest: AnyColumn | SQL): SQL<string> =>
  sql`coalesce(${latest}, ${sql.raw(`'${OPEN_END}'`)})`;

export const events = sqliteTable(
  'events',
  {
    id: id(),
    key: key(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    ...fuzzyTimeColumns('time'),
    /**
     * Timeline order and window tests: the bounds with open ends filled in, never null, so keyset
     * cursors can pass every row (see `timeSortStart`).
     */
    timeSortStart: text('time_sort_start')
      .notNull()
      .generatedAlwaysAs(timeSortStart(sql.raw('time_precision'), sql.raw('time_earliest')), {
        mode: 'stored',
      }),
    timeSortEnd: text('time_sort_end')
      .notNull()
      .generatedAlwaysAs(timeSortEnd(sql.raw('time_latest')), { mode: 'stored' }),
    placeId: integer('place_id').references(() => places.id),
    recordedAt: recordedAt(),
    retractedAt: retractedAt(),
  },
  (t) => [
    index('events_timeline_idx').on(t.timeSortStart, t.timeSortEnd, t.id),
    index('events_place_idx').on(t.placeId),
    index('events_kind_idx').on(t.kind),
    // Counting the live timeline reads this instead of every row: 11.6 s → 0.18 s at 1M events, cold.
    index('events_live_idx').on(t.retractedAt).where(sql`${t.retractedAt} IS NULL`),
  ],
);

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    id: id(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
  },
  (t) => [
    index('event_participants_event_idx').on(t.eventId),
    index('event_participants_actor_idx').on(t.actorId),
  ],
);
