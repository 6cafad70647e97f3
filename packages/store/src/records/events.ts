import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fuzzyTimeValues } from '../db/tables/columns.ts';
import { eventParticipants, events, places } from '../db/tables/index.ts';
import { EVENT_KINDS, PARTICIPANT_ROLES } from '../domain/vocabulary.ts';
import { resolveActorId } from './actors.ts';
import { fuzzyTimeInput, namesEachOnce, optionalKey, optionalText, rowId, text } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import { assignKey, parseInput, requireChanges, requireRow, type Untrusted } from './write.ts';

type Event = typeof events.$inferSelect;

const participants = z
  .array(z.object({ actorId: rowId, role: z.enum(PARTICIPANT_ROLES) }))
  .max(100, 'must list at most 100 items')
  // An actor takes part once; two roles for one actor would count it twice on each side.
  .superRefine(namesEachOnce((p) => p.actorId, 'actorId'));

export const eventInput = z.object({
  key: optionalKey,
  kind: z.enum(EVENT_KINDS),
  title: text(300),
  summary: optionalText(5000),
  time: fuzzyTimeInput,
  placeId: rowId.nullish(),
  participants: participants.default([]),
});

export const eventPatch = z.object({
  kind: z.enum(EVENT_KINDS).optional(),
  title: text(300).optional(),
  summary: optionalText(5000),
  time: fuzzyTimeInput.optional(),
  placeId: rowId.nullish(),
  /** When given, replaces the participants. */
  participants: participants.optional(),
});

export function createEvent(writer: Writer, input: Untrusted<z.input<typeof eventInput>>): Event {
  const data = parseInput(eventInput, input);
  if (data.placeId) requireRow(writer, places, data.placeId, 'input.placeId');
  const list = resolveParticipants(writer, data.participants);
  const event = insertRow(
    writer,
    events,
    {
      key: assignKey(writer, events, data.key, data.title),
      kind: data.kind,
      title: data.title,
      summary: data.summary ?? null,
      ...fuzzyTimeValues('time', data.time),
      placeId: data.placeId ?? null,
    },
    { participants: list },
  );
  writeParticipants(writer, event.id, list);
  return event;
}

export function updateEvent(writer: Writer, id: number, patch: Untrusted<z.input<typeof eventPatch>>): Event {
  const { time, participants: given, ...data } = parseInput(eventPatch, patch);
  requireChanges({ time, participants: given, ...data });
  const before = requireRow(writer, events, id, 'id');
  if (data.placeId) requireRow(writer, places, data.placeId, 'input.placeId');
  const previous = participantsOf(writer, id);
  const list = given ? resolveParticipants(writer, given) : previous;
  if (given) {
    writer.tx.delete(eventParticipants).where(eq(eventParticipants.eventId, id)).run();
    writeParticipants(writer, id, list);
  }
  return updateRow(
    writer,
    events,
    before,
    { ...data, ...(time ? fuzzyTimeValues('time', time) : {}) },
    'UPDATE',
    { before: { participants: previous }, after: { participants: list } },
  );
}

type Participant = { actorId: number; role: (typeof PARTICIPANT_ROLES)[number] };

function resolveParticipants(writer: Writer, list: Participant[]): Participant[] {
  return list.map((p, i) => ({
    actorId: resolveActorId(writer, p.actorId, `input.participants[${i}].actorId`),
    role: p.role,
  }));
}

function writeParticipants(writer: Writer, eventId: number, list: Participant[]): void {
  if (list.length)
    writer.tx
      .insert(eventParticipants)
      .values(list.map((p) => ({ eventId, ...p })))
      .run();
}

function participantsOf(writer: Writer, eventId: number): Participant[] {
  return writer.tx
    .select({ actorId: eventParticipants.actorId, role: eventParticipants.role })
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, eventId))
    .orderBy(eventParticipants.id)
    .all();
}
