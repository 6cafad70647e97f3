import type { ActorRef, ProposalPayload, QuantityReading } from '@claimline/ingest';
import {
  allOf,
  formatQuantity,
  type ingestions,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  proposals,
} from '@claimline/store';
import { eq, inArray, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { ClaimlineContext } from '../context.ts';
import { pageSizeLimit } from '../pagination.ts';
import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { Modality, Stance } from './enums.ts';
import { FuzzyTimeRef } from './fuzzy-time.ts';
import { Place } from './place.ts';

export const ProposalKind = builder.enumType('ProposalKind', { values: PROPOSAL_KINDS });
export const ProposalStatus = builder.enumType('ProposalStatus', {
  values: PROPOSAL_STATUSES,
  description: 'DRAFT until an editor accepts (perhaps edited) or rejects it; a rejected one stays, marked.',
});

const actorById = (ctx: ClaimlineContext, id: number | null) =>
  id === null ? null : ctx.store.db.query.actors.findFirst({ where: { id } }).then((a) => a ?? null);

type Mention = Extract<ProposalPayload, { kind: 'ACTOR' | 'PLACE' }>;
type ProposedClaimReading = Extract<ProposalPayload, { kind: 'CLAIM' }>;

const TextSpan = builder.objectRef<[number, number]>('TextSpan').implement({
  description: 'Where in the source text: `text.slice(start, end)`.',
  fields: (t) => ({
    start: t.int({ resolve: ([start]) => start }),
    end: t.int({ resolve: ([, end]) => end }),
  }),
});

const ProposedMention = builder.objectRef<Mention>('ProposedMention').implement({
  description: 'An actor or place the text names: a stored one it resolved to, or a new one to create.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The stored name, or the name proposed for a new one.' }),
    kind: t.string({
      description: 'The ActorKind or PlaceKind it has or would have.',
      resolve: (m) => (m.kind === 'ACTOR' ? m.actorKind : m.placeKind),
    }),
    resolution: t.exposeString('resolution', {
      description: 'How it was found: ALIAS, HONORIFIC, SURNAME, MISPRINT (by edit distance), or NEW.',
    }),
    actor: t.field({
      type: Actor,
      nullable: true,
      resolve: (m, _args, ctx) => (m.kind === 'ACTOR' ? actorById(ctx, m.actorId) : null),
    }),
    place: t.field({
      type: Place,
      nullable: true,
      resolve: (m, _args, ctx) =>
        m.kind === 'PLACE' && m.placeId !== null
          ? ctx.store.db.query.places.findFirst({ where: { id: m.placeId } }).then((p) => p ?? null)
          : null,
    }),
    spans: t.field({
      type: [TextSpan],
      description: 'Every place the text names it.',
      resolve: (m) => m.spans,
    }),
  }),
});

const ProposedDate = builder.objectRef<Extract<ProposalPayload, { kind: 'DATE' }>>('ProposedDate').implement({
  description: 'A date phrase resolved against the published date, keeping its words.',
  fields: (t) => ({ time: t.field({ type: FuzzyTimeRef, resolve: (d) => d.time }) }),
});

const ProposedQuantity = builder.objectRef<QuantityReading>('ProposedQuantity').implement({
  description: 'A figure the text states: value or bounds (null is open), unit, item and modality.',
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true }),
    low: t.exposeFloat('low', { nullable: true }),
    high: t.exposeFloat('high', { nullable: true }),
    approximate: t.exposeBoolean('approximate'),
    unit: t.exposeString('unit'),
    item: t.exposeString('item', { nullable: true }),
    modality: t.expose('modality', { type: Modality }),
    label: t.string({ resolve: (q) => formatQuantity(q) }),
  }),
});

const ProposedActorRef = builder.objectRef<ActorRef>('ProposedActorRef').implement({
  description: 'An actor a proposed claim names: a stored one, or the proposal of a new one.',
  fields: (t) => ({
    name: t.exposeString('name'),
    actor: t.field({ type: Actor, nullable: true, resolve: (r, _args, ctx) => actorById(ctx, r.actorId) }),
    proposal: t.globalID({
      nullable: true,
      description: 'The ACTOR proposal to accept or map first, when the actor is new.',
      resolve: (r) => (r.proposalId === null ? null : { type: 'Proposal', id: r.proposalId }),
    }),
  }),
});

const ProposedClaim = builder.objectRef<ProposedClaimReading>('ProposedClaim').implement({
  description: 'A statement the text reports, with who made it and how.',
  fields: (t) => ({
    claimant: t.field({
      type: ProposedActorRef,
      nullable: true,
      description: 'Null for an unnamed claimant: see claimantDescription.',
      resolve: (c) => c.claimant,
    }),
    claimantDescription: t.exposeString('claimantDescription', { nullable: true }),
    stance: t.expose('stance', { type: Stance }),
    hedge: t.exposeString('hedge', { nullable: true }),
    verb: t.exposeString('verb', { nullable: true, description: 'The reporting verb as printed.' }),
    via: t.field({
      type: [ProposedActorRef],
      description: 'Who passed it on, nearest the claimant first.',
      resolve: (c) => c.via,
    }),
    stated: t.field({ type: FuzzyTimeRef, resolve: (c) => c.stated }),
    quantity: t.field({ type: ProposedQuantity, nullable: true, resolve: (c) => c.quantity }),
    about: t.field({ type: [ProposedActorRef], resolve: (c) => c.about }),
    claim: t.field({
      type: Claim,
      nullable: true,
      description: 'The claim it became, once accepted.',
      resolve: (c, _args, ctx) =>
        c.claimId === null
          ? null
          : ctx.store.db.query.claims.findFirst({ where: { id: c.claimId } }).then((x) => x ?? null),
    }),
  }),
});

const ProposalReading = builder.unionType('ProposalReading', {
  types: [ProposedMention, ProposedDate, ProposedQuantity, ProposedClaim],
  resolveType: (reading) => {
    const kind = (reading as ProposalPayload).kind;
    if (kind === 'ACTOR' || kind === 'PLACE') return ProposedMention;
    if (kind === 'DATE') return ProposedDate;
    return kind === 'QUANTITY' ? ProposedQuantity : ProposedClaim;
  },
});

export const Proposal = builder.drizzleNode('proposals', {
  name: 'Proposal',
  description:
    'What ingestion proposes from a source, pinned to its words (`source.text.slice(start, end) === excerpt`), for an editor to review.',
  id: { column: (p) => p.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: ProposalKind }),
    status: t.expose('status', { type: ProposalStatus }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    excerpt: t.exposeString('excerpt'),
    reading: t.field({ type: ProposalReading, resolve: (p) => p.payload as ProposalPayload }),
    ingestion: t.relation('ingestion'),
    recordedAt: t.exposeString('recordedAt'),
  }),
});

const proposalFilter = builder.inputType('ProposalFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ProposalKind] }),
    statuses: t.field({ type: [ProposalStatus] }),
  }),
});

type Filter = { kinds?: readonly string[] | null; statuses?: readonly string[] | null } | null | undefined;

const filtered = (p: typeof proposals, filter: Filter): SQL =>
  allOf(
    filter?.kinds?.length ? inArray(p.kind, filter.kinds as (typeof PROPOSAL_KINDS)[number][]) : undefined,
    filter?.statuses?.length
      ? inArray(p.status, filter.statuses as (typeof PROPOSAL_STATUSES)[number][])
      : undefined,
  );

export const Ingestion = builder.drizzleNode('ingestions', {
  name: 'Ingestion',
  description: 'One run of the ingestion pipeline over a new source, and what it proposed.',
  id: { column: (i) => i.id },
  fields: (t) => ({
    source: t.relation('source'),
    author: t.exposeString('author', { description: 'Who ingested it.' }),
    copyOf: t.relation('copyOf', {
      nullable: true,
      description: 'The stored source it is a near-duplicate of: their syndication group is one.',
    }),
    similarity: t.exposeFloat('similarity', {
      nullable: true,
      description: 'Shingled Jaccard similarity with copyOf.',
    }),
    recordedAt: t.exposeString('recordedAt'),
    proposals: t.relatedConnection(
      'proposals',
      {
        description: 'Its proposals in text order, filtered by kind and status.',
        maxSize: pageSizeLimit,
        totalCount: true,
        args: { filter: t.arg({ type: proposalFilter }) },
        query: (args) => ({
          where: { RAW: (p: typeof proposals) => filtered(p, args.filter) },
          orderBy: { start: 'asc', id: 'asc' },
        }),
      },
      { name: 'ProposalConnection' },
      { name: 'ProposalEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  ingestions: t.drizzleConnection(
    {
      type: 'ingestions',
      description: 'Ingested sources, newest first: what awaits review.',
      maxSize: pageSizeLimit,
      args: {
        pending: t.arg.boolean({ description: 'Only ingestions with DRAFT proposals left.' }),
      },
      resolve: (query, _parent, args, ctx) =>
        ctx.store.db.query.ingestions.findMany(
          query({
            where: args.pending
              ? {
                  RAW: (i: typeof ingestions) =>
                    inArray(
                      i.id,
                      ctx.store.db
                        .select({ id: proposals.ingestionId })
                        .from(proposals)
                        .where(eq(proposals.status, 'DRAFT')),
                    ),
                }
              : undefined,
            orderBy: { id: 'desc' },
          }),
        ),
    },
    { name: 'IngestionConnection' },
    { name: 'IngestionEdge' },
  ),
}));
