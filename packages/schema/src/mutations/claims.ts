import {
  assertRelation,
  type ClaimRole as ClaimRoleValue,
  createAttribution,
  createClaim,
  retractClaim,
  retractRelation,
  updateAttribution,
  updateClaim,
} from '@claimline/store';
import { builder } from '../builder.ts';
import { Attribution } from '../types/attribution.ts';
import { Claim } from '../types/claim.ts';
import { ClaimRelation } from '../types/claim-relation.ts';
import { ClaimRole, Modality, RelationKind, Stance } from '../types/enums.ts';
import { commit, optionalRowIdOf, rowIdOf, rowIdsOf } from './commit.ts';
import { FuzzyTimeInput } from './events.ts';

export const QuantityInput = builder.inputType('QuantityInput', {
  description: 'A number the claim states: a value and/or bounds (null is open).',
  fields: (t) => ({
    value: t.float(),
    low: t.float(),
    high: t.float(),
    approximate: t.boolean(),
    unit: t.string({ required: true }),
    item: t.string(),
    modality: t.field({ type: Modality }),
    measureId: t.id(),
    phrase: t.string({ required: true, description: 'The words as printed.' }),
  }),
});

const attributionFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>,
) => ({
  excerpt: t.string({ description: 'Exactly the source text between start and end.' }),
  start: t.int(),
  end: t.int(),
  reportingVerb: t.string({ description: 'As printed: "told reporters".' }),
  viaActorIds: t.idList({ description: 'The reported-speech chain, nearest the claimant first.' }),
});

const AttributionInput = builder.inputType('AttributionInput', {
  fields: (t) => ({
    ...attributionFields(t),
    sourceId: t.id({ required: true }),
    excerpt: t.string({ required: true, description: 'Exactly the source text between start and end.' }),
    start: t.int({ required: true }),
    end: t.int({ required: true }),
  }),
});

const CreateAttributionInput = builder.inputType('CreateAttributionInput', {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    ...attributionFields(t),
    sourceId: t.id({ required: true }),
    excerpt: t.string({ required: true }),
    start: t.int({ required: true }),
    end: t.int({ required: true }),
  }),
});

const UpdateAttributionInput = builder.inputType('UpdateAttributionInput', {
  description: 'Fields left out stay as they are; the result must still satisfy the provenance rule.',
  fields: (t) => attributionFields(t),
});

const ClaimEventRoleInput = builder.inputType('ClaimEventRoleInput', {
  description:
    'What a claim does to one of the events it is about, where its stance does not say it: QUALIFIES (doubts, no evidence either way) or CONTEXT (background) count neither for the event nor against it.',
  fields: (t) => ({
    eventId: t.id({ required: true }),
    role: t.field({ type: ClaimRole, required: true }),
  }),
});

const EVENT_ROLES = 'Roles for events the claim is about; an event left out takes its role from the stance.';

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  fields: (t) => ({
    key: t.string({ description: 'A kebab-case key; made from the proposition when absent.' }),
    claimantId: t.id({ description: 'The named claimant; or give claimantDescription.' }),
    claimantDescription: t.string({ description: 'An unnamed claimant: "a top South Korean official".' }),
    stance: t.field({ type: Stance, required: true }),
    hedge: t.string(),
    stated: t.field({ type: FuzzyTimeInput, required: true }),
    proposition: t.string({ required: true }),
    aboutEventIds: t.idList(),
    eventRoles: t.field({ type: [ClaimEventRoleInput], description: EVENT_ROLES }),
    aboutActorIds: t.idList(),
    quantity: t.field({ type: QuantityInput }),
    attributions: t.field({ type: [AttributionInput], required: true }),
  }),
});

const UpdateClaimInput = builder.inputType('UpdateClaimInput', {
  description: 'Fields left out stay as they are; null clears an optional one; lists, when given, replace.',
  fields: (t) => ({
    claimantId: t.id(),
    claimantDescription: t.string(),
    stance: t.field({ type: Stance }),
    hedge: t.string(),
    stated: t.field({ type: FuzzyTimeInput }),
    proposition: t.string(),
    aboutEventIds: t.idList(),
    eventRoles: t.field({ type: [ClaimEventRoleInput], description: EVENT_ROLES }),
    aboutActorIds: t.idList(),
    quantity: t.field({ type: QuantityInput }),
  }),
});

const AssertClaimRelationInput = builder.inputType('AssertClaimRelationInput', {
  fields: (t) => ({
    fromClaimId: t.id({ required: true }),
    toClaimId: t.id({ required: true }),
    kind: t.field({ type: RelationKind, required: true }),
    explanation: t.string({ required: true }),
  }),
});

type QuantityArg = { measureId?: string | null } | null | undefined;
export const quantity = (q: QuantityArg) =>
  q && { ...q, measureId: optionalRowIdOf(q.measureId, 'Measure', 'input.quantity.measureId') };

const ids = (list: readonly string[] | null | undefined, typename: string, field: string) =>
  list ? rowIdsOf(list, typename, field) : list;

type EventRoleArg = { eventId: string; role: ClaimRoleValue };
const eventRoles = (list: readonly EventRoleArg[] | null | undefined) =>
  list?.map((r, i) => ({ ...r, eventId: rowIdOf(r.eventId, 'Event', `input.eventRoles[${i}].eventId`) })) ??
  list;

type AttributionArg = { sourceId?: string; viaActorIds?: readonly string[] | null };
const attribution = <T extends AttributionArg>(a: T, field: string) => ({
  ...a,
  ...(a.sourceId !== undefined ? { sourceId: rowIdOf(a.sourceId, 'Source', `${field}.sourceId`) } : {}),
  viaActorIds: ids(a.viaActorIds, 'Actor', `${field}.viaActorIds`),
});

const REASON = { description: 'Why: kept in the revision.' };

builder.mutationFields((t) => ({
  createClaim: t.field({
    type: Claim,
    description:
      'A claim with every source reporting it; each excerpt must be the source text between its offsets.',
    errors: {},
    args: { input: t.arg({ type: CreateClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        createClaim(w, {
          ...input,
          claimantId: optionalRowIdOf(input.claimantId, 'Actor', 'input.claimantId'),
          aboutEventIds: ids(input.aboutEventIds, 'Event', 'input.aboutEventIds'),
          eventRoles: eventRoles(input.eventRoles),
          aboutActorIds: ids(input.aboutActorIds, 'Actor', 'input.aboutActorIds'),
          quantity: quantity(input.quantity),
          attributions: input.attributions.map((a, i) => attribution(a, `input.attributions[${i}]`)),
        }),
      ),
  }),
  updateClaim: t.field({
    type: Claim,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateClaimInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) =>
        updateClaim(w, rowIdOf(id, 'Claim', 'id'), {
          ...input,
          claimantId: optionalRowIdOf(input.claimantId, 'Actor', 'input.claimantId'),
          aboutEventIds: ids(input.aboutEventIds, 'Event', 'input.aboutEventIds'),
          eventRoles: eventRoles(input.eventRoles),
          aboutActorIds: ids(input.aboutActorIds, 'Actor', 'input.aboutActorIds'),
          quantity: quantity(input.quantity),
        }),
      ),
  }),
  retractClaim: t.field({
    type: Claim,
    description: 'Takes a claim out of every current view; revisions(nodeId) still shows it and why.',
    errors: {},
    args: { id: t.arg.id({ required: true }), reason: t.arg.string(REASON) },
    resolve: (_root, args, ctx) =>
      commit(ctx, (w) => retractClaim(w, rowIdOf(args.id, 'Claim', 'id'), args.reason)),
  }),
  createAttribution: t.field({
    type: Attribution,
    description: 'Another source reporting a claim, pinned to its exact words.',
    errors: {},
    args: { input: t.arg({ type: CreateAttributionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        createAttribution(w, {
          ...attribution(input, 'input'),
          claimId: rowIdOf(input.claimId, 'Claim', 'input.claimId'),
        }),
      ),
  }),
  updateAttribution: t.field({
    type: Attribution,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateAttributionInput, required: true }),
    },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) => updateAttribution(w, rowIdOf(id, 'Attribution', 'id'), attribution(input, 'input'))),
  }),
  assertClaimRelation: t.field({
    type: ClaimRelation,
    description: "An editor's CORROBORATES, CONTRADICTS or REVISES between two claims (origin EDITOR).",
    errors: {},
    args: { input: t.arg({ type: AssertClaimRelationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        assertRelation(w, {
          ...input,
          fromClaimId: rowIdOf(input.fromClaimId, 'Claim', 'input.fromClaimId'),
          toClaimId: rowIdOf(input.toClaimId, 'Claim', 'input.toClaimId'),
        }),
      ),
  }),
  retractClaimRelation: t.field({
    type: ClaimRelation,
    description: 'Takes a relation out of current views; revisions(nodeId) still shows it and why.',
    errors: {},
    args: { id: t.arg.id({ required: true }), reason: t.arg.string(REASON) },
    resolve: (_root, args, ctx) =>
      commit(ctx, (w) => retractRelation(w, rowIdOf(args.id, 'ClaimRelation', 'id'), args.reason)),
  }),
}));
