import { defineRelations } from 'drizzle-orm';
import * as tables from './tables/index.ts';

export const relations = defineRelations(tables, (r) => ({
  syndicationGroups: {
    sources: r.many.sources({ from: r.syndicationGroups.id, to: r.sources.syndicationGroupId }),
  },
  sources: {
    syndicationGroup: r.one.syndicationGroups({
      from: r.sources.syndicationGroupId,
      to: r.syndicationGroups.id,
    }),
    furniture: r.many.sourceFurniture({ from: r.sources.id, to: r.sourceFurniture.sourceId }),
    attributions: r.many.attributions({ from: r.sources.id, to: r.attributions.sourceId }),
  },
  sourceFurniture: {
    source: r.one.sources({ from: r.sourceFurniture.sourceId, to: r.sources.id, optional: false }),
  },
  actors: {
    aliases: r.many.actorAliases({ from: r.actors.id, to: r.actorAliases.actorId }),
    roles: r.many.actorRoles({ from: r.actors.id, to: r.actorRoles.actorId }),
    mergedInto: r.one.actors({ from: r.actors.mergedIntoId, to: r.actors.id }),
    participations: r.many.eventParticipants({ from: r.actors.id, to: r.eventParticipants.actorId }),
    claimsMade: r.many.claims({ from: r.actors.id, to: r.claims.claimantId }),
    claimsAbout: r.many.claims({
      from: r.actors.id.through(r.claimActors.actorId),
      to: r.claims.id.through(r.claimActors.claimId),
    }),
  },
  actorAliases: {
    actor: r.one.actors({ from: r.actorAliases.actorId, to: r.actors.id, optional: false }),
  },
  actorRoles: {
    actor: r.one.actors({ from: r.actorRoles.actorId, to: r.actors.id, optional: false }),
    organization: r.one.actors({ from: r.actorRoles.organizationId, to: r.actors.id }),
  },
  places: {
    aliases: r.many.placeAliases({ from: r.places.id, to: r.placeAliases.placeId }),
    country: r.one.actors({ from: r.places.countryId, to: r.actors.id }),
    events: r.many.events({ from: r.places.id, to: r.events.placeId }),
  },
  placeAliases: {
    place: r.one.places({ from: r.placeAliases.placeId, to: r.places.id, optional: false }),
  },
  events: {
    place: r.one.places({ from: r.events.placeId, to: r.places.id }),
    participants: r.many.eventParticipants({ from: r.events.id, to: r.eventParticipants.eventId }),
    claims: r.many.claims({
      from: r.events.id.through(r.claimEvents.eventId),
      to: r.claims.id.through(r.claimEvents.claimId),
    }),
    /** The links themselves: what each claim does to the event depends on both. */
    claimLinks: r.many.claimEvents({ from: r.events.id, to: r.claimEvents.eventId }),
  },
  claimEvents: {
    claim: r.one.claims({ from: r.claimEvents.claimId, to: r.claims.id, optional: false }),
    event: r.one.events({ from: r.claimEvents.eventId, to: r.events.id, optional: false }),
  },
  eventParticipants: {
    event: r.one.events({ from: r.eventParticipants.eventId, to: r.events.id, optional: false }),
    actor: r.one.actors({ from: r.eventParticipants.actorId, to: r.actors.id, optional: false }),
  },
  claims: {
    claimant: r.one.actors({ from: r.claims.claimantId, to: r.actors.id }),
    attributions: r.many.attributions({ from: r.claims.id, to: r.attributions.claimId }),
    quantity: r.one.quantities({ from: r.claims.id, to: r.quantities.claimId }),
    events: r.many.events({
      from: r.claims.id.through(r.claimEvents.claimId),
      to: r.events.id.through(r.claimEvents.eventId),
    }),
    actors: r.many.actors({
      from: r.claims.id.through(r.claimActors.claimId),
      to: r.actors.id.through(r.claimActors.actorId),
    }),
    relationsFrom: r.many.claimRelations({ from: r.claims.id, to: r.claimRelations.fromClaimId }),
    relationsTo: r.many.claimRelations({ from: r.claims.id, to: r.claimRelations.toClaimId }),
  },
  attributions: {
    claim: r.one.claims({ from: r.attributions.claimId, to: r.claims.id, optional: false }),
    source: r.one.sources({ from: r.attributions.sourceId, to: r.sources.id, optional: false }),
    intermediaries: r.many.attributionIntermediaries({
      from: r.attributions.id,
      to: r.attributionIntermediaries.attributionId,
    }),
  },
  attributionIntermediaries: {
    attribution: r.one.attributions({
      from: r.attributionIntermediaries.attributionId,
      to: r.attributions.id,
      optional: false,
    }),
    actor: r.one.actors({
      from: r.attributionIntermediaries.actorId,
      to: r.actors.id,
      optional: false,
    }),
  },
  measures: {
    quantities: r.many.quantities({ from: r.measures.id, to: r.quantities.measureId }),
    /** Relations from one of its estimates (filter on the other end to keep those between estimates). */
    estimateRelations: r.many.claimRelations({
      from: r.measures.id.through(r.quantities.measureId),
      to: r.claimRelations.fromClaimId.through(r.quantities.claimId),
    }),
  },
  quantities: {
    claim: r.one.claims({ from: r.quantities.claimId, to: r.claims.id, optional: false }),
    measure: r.one.measures({ from: r.quantities.measureId, to: r.measures.id }),
  },
  ingestions: {
    source: r.one.sources({ from: r.ingestions.sourceId, to: r.sources.id, optional: false }),
    copyOf: r.one.sources({ from: r.ingestions.copyOfSourceId, to: r.sources.id }),
    proposals: r.many.proposals({ from: r.ingestions.id, to: r.proposals.ingestionId }),
  },
  proposals: {
    ingestion: r.one.ingestions({ from: r.proposals.ingestionId, to: r.ingestions.id, optional: false }),
  },
  claimRelations: {
    from: r.one.claims({ from: r.claimRelations.fromClaimId, to: r.claims.id, optional: false }),
    to: r.one.claims({ from: r.claimRelations.toClaimId, to: r.claims.id, optional: false }),
  },
}));

export type Relations = typeof relations;
