import type { STANCES } from '@claimline/store';
import {
  allOf,
  type attributions,
  claimClaimantCount,
  claimKnownBy,
  claimKnownFrom,
  claimSourceCount,
  claims,
  fuzzyTimeSelection,
  measures,
  quantities,
  readFuzzyTime,
  sourceKnownBy,
} from '@claimline/store';
import { eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AS_OF_DESCRIPTION, nestedAsOf, perAsOf } from '../plugins/as-of.ts';
import { Actor } from './actor.ts';
import { statedSortKey } from './claim-order.ts';
import { ClaimRelation, shownRelations } from './claim-relation.ts';
import { Stance } from './enums.ts';
import { Event } from './event.ts';
import { FuzzyTimeRef } from './fuzzy-time.ts';
import { Source } from './source.ts';

const sourceCount = perAsOf((asOf) => (c: typeof claims) => claimSourceCount(c.id, asOf));
const claimantCount = perAsOf((asOf) => (c: typeof claims) => claimClaimantCount(c.id, asOf));

export const Claim = builder.drizzleNode('claims', {
  name: 'Claim',
  description: 'A statement a claimant made, as reported by one or more sources.',
  select: {},
  id: { column: (c) => c.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    claimant: t.relation('claimant', {
      nullable: true,
      description: 'The named claimant; null when unnamed.',
    }),
    claimantDescription: t.exposeString('claimantDescription', {
      nullable: true,
      description: 'Who an unnamed claimant is, as the text puts it ("a top South Korean official").',
    }),
    claimantName: t.string({
      description: "The claimant's name, or the description of an unnamed one.",
      select: { columns: { claimantDescription: true }, with: { claimant: { columns: { name: true } } } },
      resolve: (c) => c.claimant?.name ?? c.claimantDescription ?? 'unknown',
    }),
    stance: t.expose('stance', { type: Stance }),
    hedge: t.exposeString('hedge', {
      nullable: true,
      description: 'The hedging words as printed ("could hold", "believed to"); null for a flat statement.',
    }),
    hedged: t.boolean({ select: { columns: { hedge: true } }, resolve: (c) => c.hedge !== null }),
    stated: t.field({
      type: FuzzyTimeRef,
      description: 'When the claimant said it.',
      select: { columns: fuzzyTimeSelection('stated') },
      resolve: (c) => readFuzzyTime('stated', c),
    }),
    proposition: t.exposeString('proposition'),
    knownFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'Knowledge time: the day the first source reporting it was public.',
      select: { extras: { knownFrom: (c) => claimKnownFrom(c.id) } },
      resolve: (c) => c.knownFrom,
    }),
    quantity: t.relation('quantity', { nullable: true }),
    events: t.relation('events', {
      description: 'The events it is about.',
      query: { orderBy: { id: 'asc' } },
    }),
    actors: t.relation('actors', {
      description: 'The actors it is about.',
      query: { orderBy: { id: 'asc' } },
    }),
    attributions: t.relation('attributions', {
      description: 'The sources reporting it, each with its exact words.',
      args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
      query: (args, ctx, path) => {
        const asOf = nestedAsOf(args.asOf, ctx, path);
        return {
          where: {
            retractedAt: { isNull: true },
            ...(asOf
              ? {
                  RAW: (a: typeof attributions) => sourceKnownBy(a.sourceId, asOf),
                }
              : {}),
          },
          orderBy: { id: 'asc' },
        };
      },
    }),
    relations: t.field({
      type: [ClaimRelation],
      description: 'How other claims bear on it, in either direction (as known on asOf), oldest first.',
      args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
      select: (args, ctx, nestedSelection) => {
        const shown = nestedSelection(shownRelations(nestedAsOf(args.asOf, ctx, nestedSelection)));
        return { with: { relationsFrom: shown, relationsTo: shown } };
      },
      resolve: (c) => [...c.relationsFrom, ...c.relationsTo].sort((a, b) => a.id - b.id),
    }),
    independentSourceCount: t.int({
      description: 'How many independent sources report it (copies of one syndicated story count once).',
      select: (_args, ctx, nestedSelection) => ({
        extras: { independentSourceCount: sourceCount(nestedAsOf(undefined, ctx, nestedSelection)) },
      }),
      resolve: (c) => c.independentSourceCount,
    }),
    claimantCount: t.int({
      description:
        'How many distinct claimants stand behind it: its own, and those of the claims corroborating it.',
      select: (_args, ctx, nestedSelection) => ({
        extras: { claimantCount: claimantCount(nestedAsOf(undefined, ctx, nestedSelection)) },
      }),
      resolve: (c) => c.claimantCount,
    }),
  }),
});

const ClaimsFilter = builder.inputType('ClaimsFilter', {
  fields: (t) => ({
    claimantId: t.globalID({ for: Actor, description: 'Claims this actor made.' }),
    aboutId: t.globalID({ for: [Event, Actor], description: 'Claims about this event or actor.' }),
    stance: t.field({ type: [Stance], description: 'Claims of any of these stances.' }),
    hedged: t.boolean({
      description:
        'True: only claims printed with hedging words ("could", "believed to"); false: only those without.',
    }),
    measureKey: t.string({ description: 'Claims whose quantity belongs to this measure.' }),
    sourceId: t.globalID({ for: Source, description: 'Claims this source reports.' }),
  }),
});

interface ClaimsWhere {
  claimantId?: { id: number } | null;
  aboutId?: { typename: string; id: number } | null;
  stance?: (typeof STANCES)[number][] | null;
  hedged?: boolean | null;
  measureKey?: string | null;
  sourceId?: { id: number } | null;
}

/** The SQL condition for the claims filter and asOf, over an (aliased) claims table. */
function claimsCondition(c: typeof claims, filter: ClaimsWhere | null | undefined, asOf?: string): SQL {
  const about = filter?.aboutId;
  return allOf(
    isNull(c.retractedAt),
    filter?.claimantId ? eq(c.claimantId, filter.claimantId.id) : undefined,
    about?.typename === 'Event'
      ? sql`${c.id} IN (SELECT claim_id FROM claim_events WHERE event_id = ${about.id})`
      : undefined,
    about?.typename === 'Actor'
      ? sql`${c.id} IN (SELECT claim_id FROM claim_actors WHERE actor_id = ${about.id})`
      : undefined,
    filter?.stance?.length ? inArray(c.stance, filter.stance) : undefined,
    filter?.hedged === true ? isNotNull(c.hedge) : filter?.hedged === false ? isNull(c.hedge) : undefined,
    filter?.measureKey
      ? sql`${c.id} IN (SELECT ${quantities.claimId} FROM ${quantities} JOIN ${measures} ON ${measures.id} = ${quantities.measureId} WHERE ${measures.key} = ${filter.measureKey})`
      : undefined,
    filter?.sourceId
      ? sql`${c.id} IN (SELECT claim_id FROM attributions WHERE source_id = ${filter.sourceId.id} AND retracted_at IS NULL)`
      : undefined,
    asOf ? claimKnownBy(c.id, asOf) : undefined,
  );
}

builder.queryFields((t) => ({
  claims: t.drizzleConnection(
    {
      type: 'claims',
      description:
        'Claims in the order they were stated, as the timeline orders events: an open start ("before March") first, unknown times last.',
      maxSize: pageSizeLimit,
      args: {
        filter: t.arg({ type: ClaimsFilter }),
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.store.db.$count(claims, claimsCondition(claims, args.filter, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.store.db.query.claims.findMany(
          query({
            where: { RAW: (c) => claimsCondition(c, args.filter, asOf) },
            extras: { statedSortKey },
            orderBy: { statedSortKey: 'asc' },
          }),
        );
      },
    },
    { name: 'ClaimConnection' },
    { name: 'ClaimEdge' },
  ),
}));
