import type { EVENT_KINDS } from '@claimline/store';
import {
  allOf,
  CLAIM_ROLES,
  type ClaimRole as ClaimRoleValue,
  type claimEvents,
  claimIsLive,
  claimKnownBy,
  claimRole,
  type EventSupport,
  eventKnownBy,
  eventKnownFrom,
  eventStatus,
  eventSupport,
  events,
  explainEventStatus,
  fuzzyTimeSelection,
  matchesText,
  OPEN_END,
  readFuzzyTime,
} from '@claimline/store';
import type { PathInfo } from '@pothos/plugin-drizzle';
import { gte, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { ClaimlineContext } from '../context.ts';
import { pageSizeLimit, searchableText } from '../pagination.ts';
import { AS_OF_DESCRIPTION, nestedAsOf, perAsOf } from '../plugins/as-of.ts';
import { Actor } from './actor.ts';
import { knownClaimsInStatedOrder } from './claim-order.ts';
import { ClaimRole, EventKind, EventStatus, ParticipantRole } from './enums.ts';
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

/** What the linked claim does to the linked event (null: neither reports nor denies it). */
const linkRole = (ce: typeof claimEvents) =>
  sql<ClaimRoleValue | null>`(SELECT ${claimRole(ce.role, sql.raw('c.stance'), sql.raw('e.kind'))}
     FROM claims c, events e WHERE c.id = ${ce.claimId} AND e.id = ${ce.eventId})`;

/** The roles an event's status follows from. */
const STATUS_ROLES: readonly ClaimRoleValue[] = ['AFFIRMS', 'DENIES'];

/** Links of live claims known by `asOf` (without it: some live source reports them) whose role is one of `roles`. */
function claimLinksQuery(asOf: string | undefined, roles: readonly ClaimRoleValue[]) {
  return {
    where: {
      RAW: (ce: typeof claimEvents) =>
        allOf(
          inArray(linkRole(ce), [...roles]),
          claimIsLive(ce.claimId),
          claimKnownBy(ce.claimId, asOf ?? OPEN_END),
        ),
    },
    orderBy: (ce: typeof claimEvents) => [linkRole(ce), ce.claimId],
  };
}

builder.drizzleObject('claimEvents', {
  name: 'StatusReason',
  description:
    'A claim linked to an event, with what it does to it: reports that it happened, denies it, qualifies it, or gives it context.',
  fields: (t) => ({
    role: t.field({
      type: ClaimRole,
      select: { extras: { effectiveRole: linkRole } },
      // The role is never null here: the links shown are chosen by their role.
      resolve: (link) => link.effectiveRole as ClaimRoleValue,
    }),
    claim: t.relation('claim', { description: 'The claim, with the sources reporting it.' }),
  }),
});

// One subquery per event feeds its status, explanation and counts.
const supportExtra = perAsOf((asOf) => (e: typeof events) => eventSupport(e, asOf));
const supportSelection = (_args: object, ctx: ClaimlineContext, path: PathInfo) => ({
  extras: { support: supportExtra(nestedAsOf(undefined, ctx, path)) },
});
const support = (e: { support: string }) => JSON.parse(e.support) as EventSupport;

export const Event = builder.drizzleNode('events', {
  name: 'Event',
  description:
    'Something that happened or is said to have happened. Whether it did follows from the claims about it.',
  select: {},
  id: { column: (e) => e.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    kind: t.expose('kind', { type: EventKind }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    time: t.field({
      type: FuzzyTimeRef,
      select: { columns: fuzzyTimeSelection('time') },
      resolve: (e) => readFuzzyTime('time', e),
    }),
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
        args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
        query: (args, ctx, path) => knownClaimsInStatedOrder(nestedAsOf(args.asOf, ctx, path)),
      },
      { name: 'EventClaimsConnection' },
      { name: 'EventClaimsEdge' },
    ),
    status: t.field({
      type: EventStatus,
      description: 'Whether it happened, as its claims have it (as known on the root field’s asOf).',
      select: supportSelection,
      resolve: (e) => eventStatus(support(e)),
    }),
    statusExplanation: t.string({
      description: 'The status in a sentence, with the counts it rests on.',
      select: supportSelection,
      resolve: (e) => explainEventStatus(support(e)),
    }),
    statusReasons: t.relation('claimLinks', {
      description:
        'The claims the status follows from, those reporting it first: each with its role (AFFIRMS or DENIES) and, through the claim, its sources.',
      args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
      query: (args, ctx, path) => claimLinksQuery(nestedAsOf(args.asOf, ctx, path), STATUS_ROLES),
    }),
    claimLinks: t.relation('claimLinks', {
      description:
        'Every claim about the event with what it does to it, those reporting it first; `roles` keeps some (QUALIFIES and CONTEXT are the claims that bear on it without counting).',
      args: {
        roles: t.arg({ type: [ClaimRole] }),
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      query: (args, ctx, path) =>
        claimLinksQuery(nestedAsOf(args.asOf, ctx, path), args.roles ?? CLAIM_ROLES),
    }),
    independentSourceCount: t.int({
      description:
        'How many independent sources report that it happened (copies of one syndicated story count once).',
      select: supportSelection,
      resolve: (e) => support(e).independentSources,
    }),
    claimantCount: t.int({
      description: 'How many distinct claimants report that it happened.',
      select: supportSelection,
      resolve: (e) => support(e).claimants,
    }),
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
    filter?.text ? matchesText('event', e.id, searchableText('filter.text', filter.text)) : undefined,
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
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.store.db.$count(events, timelineCondition(events, args.filter, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.store.db.query.events.findMany(
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
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.store.db.$count(events, timelineCondition(events, { kinds: args.kinds }, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.store.db.query.events.findMany(
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
