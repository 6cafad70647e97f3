import { createEvent, updateEvent } from '@claimline/store';
import { builder } from '../builder.ts';
import { EventKind, ParticipantRole } from '../types/enums.ts';
import { Event } from '../types/event.ts';
import { commit, optionalRowIdOf, rowIdOf } from './commit.ts';

export const FuzzyTimeInput = builder.inputType('FuzzyTimeInput', {
  description:
    'A time as precisely as it is known: EDTF (2023-09-13, 2023-09, 2023-09/2024-02, 2024-02-27~) or null for unknown.',
  fields: (t) => ({
    edtf: t.string(),
    phrase: t.string({ description: 'The words it came from ("last month").' }),
  }),
});

const ParticipantInput = builder.inputType('ParticipantInput', {
  fields: (t) => ({
    actorId: t.id({ required: true }),
    role: t.field({ type: ParticipantRole, required: true }),
  }),
});

const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    key: t.string({ description: 'A kebab-case key; made from the title when absent.' }),
    kind: t.field({ type: EventKind, required: true }),
    title: t.string({ required: true }),
    summary: t.string(),
    time: t.field({ type: FuzzyTimeInput, required: true }),
    placeId: t.id(),
    participants: t.field({ type: [ParticipantInput] }),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description:
    'Fields left out stay as they are; null clears an optional one; participants, when given, replace them.',
  fields: (t) => ({
    kind: t.field({ type: EventKind }),
    title: t.string(),
    summary: t.string(),
    time: t.field({ type: FuzzyTimeInput }),
    placeId: t.id(),
    participants: t.field({ type: [ParticipantInput] }),
  }),
});

type Participants = readonly { actorId: string; role: (typeof ParticipantRole)['$inferType'] }[];

const participants = (list: Participants | null | undefined) =>
  list?.map((p, i) => ({ ...p, actorId: rowIdOf(p.actorId, 'Actor', `input.participants[${i}].actorId`) }));

builder.mutationFields((t) => ({
  createEvent: t.field({
    type: Event,
    errors: {},
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      commit(ctx, (w) =>
        createEvent(w, {
          ...input,
          placeId: optionalRowIdOf(input.placeId, 'Place', 'input.placeId'),
          participants: participants(input.participants),
        }),
      ),
  }),
  updateEvent: t.field({
    type: Event,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateEventInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) =>
        updateEvent(w, rowIdOf(id, 'Event', 'id'), {
          ...input,
          time: input.time ?? undefined,
          placeId: optionalRowIdOf(input.placeId, 'Place', 'input.placeId'),
          participants: participants(input.participants),
        }),
      ),
  }),
}));
