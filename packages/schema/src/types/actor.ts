import type { ACTOR_KINDS } from '@claimline/store';
import { actors, allOf, readFuzzyTime } from '@claimline/store';
import { inArray, isNull, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AS_OF_DESCRIPTION, nestedAsOf } from '../plugins/as-of.ts';
import { knownClaimsInStatedOrder } from './claim-order.ts';
import { ActorKind, AliasKind } from './enums.ts';
import { FuzzyTimeRef } from './fuzzy-time.ts';
import { matchOfEdge, matchRank, NameMatchRef, nameMatches, withMatches } from './name-match.ts';

export const Alias = builder.drizzleNode('actorAliases', {
  name: 'Alias',
  description: 'A name an actor goes by: a spelling, an honorific, a metonym, or a misspelling as printed.',
  id: { column: (a) => a.id },
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: AliasKind }),
    actor: t.relation('actor'),
  }),
});

builder.drizzleObject('actorRoles', {
  name: 'Role',
  description: 'A position an actor held over a time.',
  fields: (t) => ({
    title: t.exposeString('title'),
    organization: t.relation('organization', { nullable: true }),
    time: t.field({ type: FuzzyTimeRef, resolve: (r) => readFuzzyTime('time', r) }),
  }),
});

export const Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  description: 'A person, state, organization or group, with every name it goes by.',
  select: {},
  id: { column: (a) => a.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ActorKind }),
    description: t.exposeString('description', { nullable: true }),
    aliases: t.relation('aliases', { query: { orderBy: { id: 'asc' } } }),
    roles: t.relation('roles', { query: { orderBy: { id: 'asc' } } }),
    mergedInto: t.relation('mergedInto', {
      nullable: true,
      description: 'The actor this one was merged into; its history stays here.',
    }),
    participations: t.relation('participations', { query: { orderBy: { id: 'asc' } } }),
    claims: t.relatedConnection(
      'claimsMade',
      {
        description: 'Claims this actor made, in the order they were stated.',
        maxSize: pageSizeLimit,
        totalCount: true,
        args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
        query: (args, ctx, path) => knownClaimsInStatedOrder(nestedAsOf(args.asOf, ctx, path)),
      },
      { name: 'ActorClaimsConnection' },
      { name: 'ActorClaimsEdge' },
    ),
  }),
});

const ActorsFilter = builder.inputType('ActorsFilter', {
  fields: (t) => ({ kinds: t.field({ type: [ActorKind] }) }),
});

type ActorKindValue = (typeof ACTOR_KINDS)[number];

function actorCondition(a: typeof actors, kinds: ActorKindValue[] | null | undefined, ids?: number[]): SQL {
  return allOf(
    isNull(a.mergedIntoId),
    kinds?.length ? inArray(a.kind, kinds) : undefined,
    ids ? inArray(a.id, ids) : undefined,
  );
}

builder.queryFields((t) => ({
  actors: t.drizzleConnection(
    {
      type: 'actors',
      description:
        'Actors by name; with `search`, those whose name or any alias matches it — spelling variants, honorifics, metonyms and misprints a letter or two off — best match first (exact names, then prefixes, whole words and near misses), each edge saying how it matched.',
      maxSize: pageSizeLimit,
      args: {
        search: t.arg.string(),
        filter: t.arg({ type: ActorsFilter }),
      },
      totalCount: (_parent, args, ctx) => {
        const ids = args.search ? nameMatches(ctx, 'actor', args.search).map((m) => m.id) : undefined;
        return ctx.store.db.$count(actors, actorCondition(actors, args.filter?.kinds, ids));
      },
      resolve: async (query, _parent, args, ctx) => {
        if (!args.search) {
          return ctx.store.db.query.actors.findMany(
            query({ where: { RAW: (a) => actorCondition(a, args.filter?.kinds) }, orderBy: { name: 'asc' } }),
          );
        }
        const matches = nameMatches(ctx, 'actor', args.search);
        if (!matches.length) return [];
        const rows = await ctx.store.db.query.actors.findMany(
          query({
            where: {
              RAW: (a) =>
                actorCondition(
                  a,
                  args.filter?.kinds,
                  matches.map((m) => m.id),
                ),
            },
            extras: { searchRank: (a) => matchRank(a.id, matches) },
            orderBy: { searchRank: 'asc' },
          }),
        );
        return withMatches(rows, matches);
      },
    },
    { name: 'ActorConnection' },
    {
      name: 'ActorEdge',
      fields: (edge) => ({
        match: edge.field({
          type: NameMatchRef,
          nullable: true,
          description: 'How the actor met `search`; null when the list was not searched.',
          resolve: matchOfEdge,
        }),
      }),
    },
  ),
}));
