import { gte, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { matchesText } from '../../db/sqlite.ts';
import { readFuzzyTime } from '../../db/tables/columns.ts';
import { type claims, events } from '../../db/tables/index.ts';
import type { EVENT_KINDS } from '../../domain/vocabulary.ts';
import { claimKnownBy, eventKnownBy, eventKnownFrom } from '../../store/knowledge.ts';
import { allOf } from '../../store/sql.ts';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { Actor } from './actor.ts';
import { AS_OF_DESCRIPTION, nestedAsOf } from './as-of.ts';
import { EventKind, ParticipantRole } from './enums.ts';
import { FuzzyTimeRef } from './fuzzy-time.ts';
import { Place } from './place.ts';

builder.drizzleObject('eventParticipants', {
  name: 'Participant',
  description: 'An actor taking part in an event, in a role.',
  fields: (t) => ({
    role: t.expose('role', { type: ParticipantRole }),
    actor: t.relation('actor'),
    event: t.relation('event'),
  }),
});

export const Event = builder.drizzleNode('events', {
  name: 'Event',
  description:
    'Something that happened or is said to have happened. Whether it did follows from the claims about it.',
  id: { column: (e) => e.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    kind: t.expose('kind', { type: EventKind }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    time: t.field({ type: FuzzyTimeRef, resolve: (e) => readFuzzyTime('time', e) }),
    place: t.relation('place', { nullable: true }),
    participants: t.relation('participants', { query: { orderBy: { id: 'asc' } } }),
    firstReported: t.field({
      type: 'Date',
      nullable: true,
      description: 'Knowledge time: the day the first source reporting a claim about it was public.',
      select: { extras: { firstReported: (e) => eventKnownFrom(e.id) } },
      resolve: (e) => e.firstReported,
    }),
    claims: t.relatedConnection(
      'claims',
      {
        description: 'Claims about this event, in the order they were stated.',
        maxSize: pageSizeLimit,
        totalCount: true,
        args: { asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }) },
        query: (args, ctx, path) => {
          const asOf = nestedAsOf(args.asOf, ctx, path);
          return {
            where: {
              retractedAt: { isNull: true },
              ...(asOf ? { RAW: (c: typeof claims) => claimKnownBy(c.id, asOf) } : {}),
            },
            orderBy: { statedSortKey: 'asc' },
            extras: {
              statedSortKey: (c: typeof claims) => sql<string>`coalesce(${c.statedEarliest}, '9999-12-31')`,
            },
          };
        },
      },
      { name: 'EventClaimsConnection' },
      { name: 'EventClaimsEdge' },
    ),
  }),
});

const TimelineFilter = builder.inputType('TimelineFilter', {
  description: 'Which events to show. A fuzzy event is in the window when the range it allows overlaps it.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day of the window.' }),
    to: t.field({ type: 'Date', description: 'The last day of the window.' }),
    actorIds: t.globalIDList({ for: Actor, description: 'Events any of these actors took part in.' }),
    placeIds: t.globalIDList({ for: Place, description: 'Events at any of these places.' }),
    kinds: t.field({ type: [EventKind] }),
    text: t.string({ description: 'Full-text words that must all appear in the title or summary.' }),
  }),
});

export interface TimelineWindow {
  from?: string | null;
  to?: string | null;
  actorIds?: { id: number }[] | null;
  placeIds?: { id: number }[] | null;
  kinds?: (typeof EVENT_KINDS)[number][] | null;
  text?: string | null;
}

/** The SQL condition for the timeline's filter and asOf, over an (aliased) events table. */
export function timelineCondition(
  e: typeof events,
  filter: TimelineWindow | null | undefined,
  asOf?: string,
): SQL {
  const ids = (list: { id: number }[] | null | undefined) => list?.map((g) => g.id);
  const actorIds = ids(filter?.actorIds);
  const placeIds = ids(filter?.placeIds);
  const windowed = filter?.from || filter?.to;
  return allOf(
    isNull(e.retractedAt),
    windowed ? ne(e.timePrecision, 'UNKNOWN') : undefined,
    filter?.from ? gte(e.timeSortEnd, filter.from) : undefined,
    filter?.to ? lte(e.timeSortStart, filter.to) : undefined,
    filter?.kinds?.length ? inArray(e.kind, filter.kinds) : undefined,
    placeIds?.length ? inArray(e.placeId, placeIds) : undefined,
    actorIds?.length
      ? sql`EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = ${e.id} AND p.actor_id IN (${sql.join(actorIds, sql`, `)}))`
      : undefined,
    filter?.text ? matchesText('event', e.id, filter.text) : undefined,
    asOf ? eventKnownBy(e.id, asOf) : undefined,
  );
}

builder.queryFields((t) => ({
  timeline: t.drizzleConnection(
    {
      type: 'events',
      description:
        'Events in time order (by earliest possible day, narrower ranges first, ties by id); events of unknown time come last and are left out of any window.',
      maxSize: pageSizeLimit,
      args: {
        filter: t.arg({ type: TimelineFilter }),
        asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.db.$count(events, timelineCondition(events, args.filter, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.db.query.events.findMany(
          query({
            where: { RAW: (e) => timelineCondition(e, args.filter, asOf) },
            orderBy: { timeSortStart: 'asc', timeSortEnd: 'asc', id: 'asc' },
          }),
        );
      },
    },
    { name: 'TimelineConnection' },
    { name: 'TimelineEdge' },
  ),
  events: t.drizzleConnection(
    {
      type: 'events',
      description: 'Events in the order they were recorded, newest first.',
      maxSize: pageSizeLimit,
      args: {
        kinds: t.arg({ type: [EventKind] }),
        asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.db.$count(events, timelineCondition(events, { kinds: args.kinds }, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.db.query.events.findMany(
          query({
            where: { RAW: (e) => timelineCondition(e, { kinds: args.kinds }, asOf) },
            orderBy: { id: 'desc' },
          }),
        );
      },
    },
    { name: 'EventConnection' },
    { name: 'EventEdge' },
  ),
}));
