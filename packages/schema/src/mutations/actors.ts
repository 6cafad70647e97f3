import {
  createActor,
  createAlias,
  mergeActors,
  unmergeActor,
  updateActor,
  updateAlias,
} from '@claimline/store';
import { builder } from '../builder.ts';
import { Actor, Alias } from '../types/actor.ts';
import { ActorKind, AliasKind } from '../types/enums.ts';
import { commit, rowIdOf } from './commit.ts';

export const NewAliasInput = builder.inputType('NewAliasInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: AliasKind, required: true, description: 'Any kind but CANONICAL.' }),
  }),
});

const CreateActorInput = builder.inputType('CreateActorInput', {
  fields: (t) => ({
    key: t.string({ description: 'A kebab-case key; made from the name when absent.' }),
    name: t.string({ required: true }),
    kind: t.field({ type: ActorKind, required: true }),
    description: t.string(),
    aliases: t.field({ type: [NewAliasInput] }),
  }),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: 'Fields left out stay as they are; null clears an optional one.',
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: ActorKind }),
    description: t.string(),
  }),
});

const CreateAliasInput = builder.inputType('CreateAliasInput', {
  fields: (t) => ({
    actorId: t.id({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: AliasKind, required: true, description: 'Any kind but CANONICAL.' }),
  }),
});

const UpdateAliasInput = builder.inputType('UpdateAliasInput', {
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: AliasKind }),
  }),
});

const MergeActorsInput = builder.inputType('MergeActorsInput', {
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'The actor merged away.' }),
    targetId: t.id({ required: true, description: 'The actor that stays.' }),
  }),
});

builder.mutationFields((t) => ({
  createActor: t.field({
    type: Actor,
    errors: {},
    args: { input: t.arg({ type: CreateActorInput, required: true }) },
    resolve: (_root, { input }, ctx) => commit(ctx, (w) => createActor(w, input)),
  }),
  updateActor: t.field({
    type: Actor,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateActorInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) => updateActor(w, rowIdOf(id, 'Actor', 'id'), input)),
  }),
  createAlias: t.field({
    type: Alias,
    errors: {},
    args: { input: t.arg({ type: CreateAliasInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        createAlias(w, { ...input, actorId: rowIdOf(input.actorId, 'Actor', 'input.actorId') }),
      ),
  }),
  updateAlias: t.field({
    type: Alias,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAliasInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) => updateAlias(w, rowIdOf(id, 'Alias', 'id'), input)),
  }),
  mergeActors: t.field({
    type: Actor,
    description:
      "Merges one actor into another: the source's claims, participations, roles and references move to the target; the source keeps its history and names. Undo with unmergeActor. Needs the admin scope.",
    authScopes: { admin: true },
    errors: {},
    args: { input: t.arg({ type: MergeActorsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        mergeActors(w, {
          sourceId: rowIdOf(input.sourceId, 'Actor', 'input.sourceId'),
          targetId: rowIdOf(input.targetId, 'Actor', 'input.targetId'),
        }),
      ),
  }),
  unmergeActor: t.field({
    type: Actor,
    description: 'Undoes the merge of this actor: what the merge moved moves back. Needs the admin scope.',
    authScopes: { admin: true },
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => commit(ctx, (w) => unmergeActor(w, rowIdOf(id, 'Actor', 'id'))),
  }),
}));
