import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EVENT_KINDS, PARTICIPANT_ROLES } from '../../domain/vocabulary.ts';
import { actors } from './actors.ts';
import { fuzzyTimeColumns, id, key, recordedAt, retractedAt } from './columns.ts';
import { places } from './places.ts';

/** Sort keys for bounds that are open or unknown: before and after every real day. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

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
     * cursors can pass every row. An unknown time sorts last: it cannot be placed.
     */
    timeSortStart: text('time_sort_start')
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `CASE WHEN time_precision = 'UNKNOWN' THEN '${OPEN_END}' ELSE coalesce(time_earliest, '${OPEN_START}') END`,
        ),
        { mode: 'stored' },
      ),
    timeSortEnd: text('time_sort_end')
      .notNull()
      .generatedAlwaysAs(sql.raw(`coalesce(time_latest, '${OPEN_END}')`), { mode: 'stored' }),
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
