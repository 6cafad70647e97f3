import { builder } from '../builder.ts';
import { Actor } from './actor.ts';
import { Attribution } from './attribution.ts';
import { Claim } from './claim.ts';
import { Event } from './event.ts';
import { Place } from './place.ts';
import { Source } from './source.ts';

// Typed single lookups by global ID; `node` and `nodes` serve any type.
builder.queryFields((t) => ({
  event: t.drizzleField({
    type: 'events',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Event }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.events.findFirst(query({ where: { id: id.id } })),
  }),
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Actor }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.actors.findFirst(query({ where: { id: id.id } })),
  }),
  claim: t.drizzleField({
    type: 'claims',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Claim }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.claims.findFirst(query({ where: { id: id.id } })),
  }),
  source: t.drizzleField({
    type: 'sources',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Source }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.sources.findFirst(query({ where: { id: id.id } })),
  }),
  place: t.drizzleField({
    type: 'places',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Place }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.places.findFirst(query({ where: { id: id.id } })),
  }),
  attribution: t.drizzleField({
    type: 'attributions',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Attribution }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.store.db.query.attributions.findFirst(query({ where: { id: id.id } })),
  }),
}));
