import { createPlace, updatePlace } from '@claimline/store';
import { builder } from '../builder.ts';
import { PlaceKind } from '../types/enums.ts';
import { Place } from '../types/place.ts';
import { NewAliasInput } from './actors.ts';
import { commit, optionalRowIdOf, rowIdOf } from './commit.ts';

const CreatePlaceInput = builder.inputType('CreatePlaceInput', {
  fields: (t) => ({
    key: t.string({ description: 'A kebab-case key; made from the name when absent.' }),
    name: t.string({ required: true }),
    kind: t.field({ type: PlaceKind, required: true }),
    latitude: t.float(),
    longitude: t.float(),
    countryId: t.id({ description: 'The state (an Actor) the place belongs to.' }),
    aliases: t.field({ type: [NewAliasInput] }),
  }),
});

const UpdatePlaceInput = builder.inputType('UpdatePlaceInput', {
  description: 'Fields left out stay as they are; null clears an optional one.',
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: PlaceKind }),
    latitude: t.float(),
    longitude: t.float(),
    countryId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  createPlace: t.field({
    type: Place,
    errors: {},
    args: { input: t.arg({ type: CreatePlaceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        createPlace(w, {
          ...input,
          countryId: optionalRowIdOf(input.countryId, 'Actor', 'input.countryId'),
          aliases: input.aliases ?? undefined,
        }),
      ),
  }),
  updatePlace: t.field({
    type: Place,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePlaceInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) =>
        updatePlace(w, rowIdOf(id, 'Place', 'id'), {
          ...input,
          countryId: optionalRowIdOf(input.countryId, 'Actor', 'input.countryId'),
        }),
      ),
  }),
}));
