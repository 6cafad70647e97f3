import {
  allOf,
  claimRelations,
  DISPUTE_KINDS,
  type DisputeFilter,
  disputeCondition,
  OPEN_END,
  relationKnownFrom,
  relationShown,
} from '@claimline/store';
import { type SQL, sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AS_OF_DESCRIPTION } from '../plugins/as-of.ts';
import { Actor } from './actor.ts';
import { RelationKind, RelationOrigin } from './enums.ts';
import { Event } from './event.ts';

export const ClaimRelation = builder.drizzleNode('claimRelations', {
  name: 'ClaimRelation',
  description:
    'How two claims bear on each other — CORROBORATES, CONTRADICTS, or REVISES (a later estimate of a running total revises an earlier one) — and why.',
  id: { column: (r) => r.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: RelationKind }),
    explanation: t.exposeString('explanation', {
      description: 'Why, citing the figures, claimants and sources it rests on.',
    }),
    origin: t.expose('origin', {
      type: RelationOrigin,
      description: 'COMPUTED by the relation rules (`claimline analyze`), or asserted by an EDITOR.',
    }),
    from: t.relation('from', { description: 'The denial, or the later of two estimates.' }),
    to: t.relation('to'),
    knownFrom: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Knowledge time: the day both claims were known (for a computed corroboration, the day two independent sources were public).',
      select: { extras: { knownFrom: (r) => relationKnownFrom(r) } },
      resolve: (r) => r.knownFrom,
    }),
    recordedAt: t.exposeString('recordedAt'),
    retractedAt: t.exposeString('retractedAt', {
      nullable: true,
      description:
        'When it was retracted; a retracted relation leaves every current view, its history stays.',
    }),
  }),
});

/** The query for a list of relations as the record shows them on asOf, narrowed by `filter`. */
export function shownRelations(asOf: string | undefined, filter?: (r: typeof claimRelations) => SQL) {
  return {
    where: { RAW: (r: typeof claimRelations) => allOf(relationShown(r, asOf), filter?.(r)) },
    orderBy: { id: 'asc' as const },
  };
}

const DisputeKind = builder.enumType('DisputeKind', {
  description:
    'ESTIMATES: both claims put a figure on one measure; EVENT: any other (a denial of what others report).',
  values: DISPUTE_KINDS,
});

const ContradictionFilter = builder.inputType('ContradictionFilter', {
  description: 'Which contradictions: each list given narrows them (either claim may meet it).',
  fields: (t) => ({
    kinds: t.field({ type: [DisputeKind] }),
    eventIds: t.globalIDList({ for: Event, description: 'Either claim is about one of these events.' }),
    actorIds: t.globalIDList({
      for: Actor,
      description: 'Either claim is made by or names one of these actors.',
    }),
    measureKeys: t.stringList({ description: 'Either claim puts a figure on one of these measures.' }),
  }),
});

interface ContradictionWhere {
  kinds?: DisputeFilter['kinds'];
  eventIds?: { id: number }[] | null;
  actorIds?: { id: number }[] | null;
  measureKeys?: string[] | null;
}

const contradiction = (
  r: typeof claimRelations,
  asOf: string | undefined,
  filter?: ContradictionWhere | null,
) =>
  allOf(
    sql`${r.kind} = 'CONTRADICTS'`,
    relationShown(r, asOf),
    disputeCondition(
      r,
      filter && {
        kinds: filter.kinds,
        eventIds: filter.eventIds?.map((e) => e.id),
        actorIds: filter.actorIds?.map((a) => a.id),
        measureKeys: filter.measureKeys,
      },
    ),
  );

builder.queryFields((t) => ({
  contradictions: t.drizzleConnection(
    {
      type: 'claimRelations',
      description: 'Pairs of claims that contradict each other, with why, in the order they came to light.',
      maxSize: pageSizeLimit,
      args: {
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
        filter: t.arg({ type: ContradictionFilter }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.store.db.$count(
          claimRelations,
          contradiction(claimRelations, args.asOf ?? undefined, args.filter),
        ),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.store.db.query.claimRelations.findMany(
          query({
            where: { RAW: (r) => contradiction(r, asOf, args.filter) },
            extras: { knownSortKey: (r) => sql<string>`coalesce(${relationKnownFrom(r)}, ${OPEN_END})` },
            orderBy: { knownSortKey: 'asc', id: 'asc' },
          }),
        );
      },
    },
    { name: 'ContradictionConnection' },
    { name: 'ContradictionEdge' },
  ),
}));
