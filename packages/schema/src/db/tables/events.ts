import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { actors } from './actors.ts';
import { fuzzyTimeColumns, id, key, recordedAt, retractedAt } from './columns.ts';
import { places } from './places.ts';

/** Sorts after every real day: events whose start is unknown or open close the timeline. */
export const UNPLACED_SORT_KEY = '9999-12-31';

export const events = sqliteTable(
  'events',
  {
    id: id(),
    key: key(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    ...fuzzyTimeColumns('time'),
    /** Timeline order: earliest bound, then latest (narrower first); never null, so keyset cursors can pass every row. */
    timeSortStart: text('time_sort_start')
      .notNull()
      .generatedAlwaysAs(sql.raw(`coalesce(time_earliest, '${UNPLACED_SORT_KEY}')`), { mode: 'stored' }),
    timeSortEnd: text('time_sort_end')
      .notNull()
      .generatedAlwaysAs(sql.raw(`coalesce(time_latest, '${UNPLACED_SORT_KEY}')`), { mode: 'stored' }),
    placeId: integer('place_id').references(() => places.id),
    recordedAt: recordedAt(),
    retractedAt: retractedAt(),
  },
  (t) => [
    index('events_timeline_idx').on(t.timeSortStart, t.timeSortEnd, t.id),
    index('events_place_idx').on(t.placeId),
    index('events_kind_idx').on(t.kind),
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
    role: text('role').notNull(),
  },
  (t) => [
    index('event_participants_event_idx').on(t.eventId),
    index('event_participants_actor_idx').on(t.actorId),
  ],
);
