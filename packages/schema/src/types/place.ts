import { places } from '@claimline/store';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AliasKind, PlaceKind } from './enums.ts';

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
      description: 'Places by name.',
      maxSize: pageSizeLimit,
      totalCount: (_parent, _args, ctx) => ctx.store.db.$count(places),
      resolve: (query, _parent, _args, ctx) =>
        ctx.store.db.query.places.findMany(query({ orderBy: { name: 'asc' } })),
    },
    { name: 'PlaceConnection' },
    { name: 'PlaceEdge' },
  ),
}));
