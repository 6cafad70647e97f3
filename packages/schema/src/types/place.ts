import { places } from '@claimline/store';
import { inArray } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AliasKind, PlaceKind } from './enums.ts';
import { matchOfEdge, matchRank, NameMatchRef, nameMatches, withMatches } from './name-match.ts';

builder.drizzleObject('placeAliases', {
  name: 'PlaceAlias',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: AliasKind }),
  }),
});

export const Place = builder.drizzleNode('places', {
  name: 'Place',
  description: 'A named place, with its aliases and coordinates when known.',
  id: { column: (p) => p.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: PlaceKind }),
    latitude: t.exposeFloat('latitude', { nullable: true }),
    longitude: t.exposeFloat('longitude', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    aliases: t.relation('aliases', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  places: t.drizzleConnection(
    {
      type: 'places',
      description:
        'Places by name; with `search`, those whose name or any alias matches it — spellings, and misprints a letter or two off — best match first (exact names, then prefixes, whole words and near misses), each edge saying how it matched.',
      maxSize: pageSizeLimit,
      args: { search: t.arg.string() },
      totalCount: (_parent, args, ctx) =>
        args.search ? nameMatches(ctx, 'place', args.search).length : ctx.store.db.$count(places),
      resolve: async (query, _parent, args, ctx) => {
        if (!args.search) return ctx.store.db.query.places.findMany(query({ orderBy: { name: 'asc' } }));
        const matches = nameMatches(ctx, 'place', args.search);
        if (!matches.length) return [];
        const rows = await ctx.store.db.query.places.findMany(
          query({
            where: {
              RAW: (p) =>
                inArray(
                  p.id,
                  matches.map((m) => m.id),
                ),
            },
            extras: { searchRank: (p) => matchRank(p.id, matches) },
            orderBy: { searchRank: 'asc' },
          }),
        );
        return withMatches(rows, matches);
      },
    },
    { name: 'PlaceConnection' },
    {
      name: 'PlaceEdge',
      fields: (edge) => ({
        match: edge.field({
          type: NameMatchRef,
          nullable: true,
          description: 'How the place met `search`; null when the list was not searched.',
          resolve: matchOfEdge,
        }),
      }),
    },
  ),
}));
