import { claimKnownBy, eventKnownBy, type SqlRef, sourceKnownBy } from '@claimline/store';
import type { SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { AS_OF_DESCRIPTION } from '../plugins/as-of.ts';
import { Actor } from './actor.ts';
import { Attribution } from './attribution.ts';
import { Claim } from './claim.ts';
import { Event } from './event.ts';
import { Place } from './place.ts';
import { Source } from './source.ts';

const LOOKUP_AS_OF = `${AS_OF_DESCRIPTION} Null when it was not known yet on that day.`;

/** The lookup's condition: this id, and known by `asOf` when one is given. */
const knownById = (
  id: number,
  asOf: string | null | undefined,
  knownBy: (id: SqlRef, asOf: string) => SQL,
) => (asOf ? { id, RAW: (t: { id: SqlRef }) => knownBy(t.id, asOf) } : { id });

// Typed single lookups by global ID; `node` and `nodes` serve any type. What knowledge time
// governs (events, claims, sources and their attributions) can be read as of a day.
builder.queryFields((t) => ({
  event: t.drizzleField({
    type: 'events',
    nullable: true,
    args: {
      id: t.arg.globalID({ required: true, for: Event }),
      asOf: t.arg({ type: 'AsOfDate', description: LOOKUP_AS_OF }),
    },
    resolve: (query, _root, { id, asOf }, ctx) =>
      ctx.store.db.query.events.findFirst(query({ where: knownById(id.id, asOf, eventKnownBy) })),
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
    args: {
      id: t.arg.globalID({ required: true, for: Claim }),
      asOf: t.arg({ type: 'AsOfDate', description: LOOKUP_AS_OF }),
    },
    resolve: (query, _root, { id, asOf }, ctx) =>
      ctx.store.db.query.claims.findFirst(query({ where: knownById(id.id, asOf, claimKnownBy) })),
  }),
  source: t.drizzleField({
    type: 'sources',
    nullable: true,
    args: {
      id: t.arg.globalID({ required: true, for: Source }),
      asOf: t.arg({ type: 'AsOfDate', description: LOOKUP_AS_OF }),
    },
    resolve: (query, _root, { id, asOf }, ctx) =>
      ctx.store.db.query.sources.findFirst(query({ where: knownById(id.id, asOf, sourceKnownBy) })),
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
    args: {
      id: t.arg.globalID({ required: true, for: Attribution }),
      asOf: t.arg({ type: 'AsOfDate', description: LOOKUP_AS_OF }),
    },
    resolve: (query, _root, { id, asOf }, ctx) =>
      ctx.store.db.query.attributions.findFirst(
        query({
          where: asOf ? { id: id.id, RAW: (a) => sourceKnownBy(a.sourceId, asOf) } : { id: id.id },
        }),
      ),
  }),
}));
