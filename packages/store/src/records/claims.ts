import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fuzzyTimeValues } from '../db/tables/columns.ts';
import { claimActors, claimEvents, claims, events, measures, quantities } from '../db/tables/index.ts';
import { quantityProblem } from '../domain/quantity.ts';
import { CLAIM_ROLES, MODALITIES, STANCES } from '../domain/vocabulary.ts';
import { resolveActorId } from './actors.ts';
import { addAttribution, attributionFields } from './attributions.ts';
import { claimsChanged } from './claim-relations.ts';
import { fuzzyTimeInput, idList, optionalKey, optionalText, rowId, text } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import type { ClaimRole } from './support.ts';
import {
  assignKey,
  ConflictError,
  parseInput,
  requireChanges,
  requireRow,
  type Untrusted,
  ValidationError,
} from './write.ts';

type Claim = typeof claims.$inferSelect;

const figure = z.number().finite().nullish();

export const quantityInput = z
  .object({
    value: figure,
    low: figure,
    high: figure,
    approximate: z.boolean().default(false),
    unit: text(100),
    item: optionalText(200),
    modality: z.enum(MODALITIES).default('ACTUAL'),
    measureId: rowId.nullish(),
    phrase: text(300),
  })
  .superRefine((q, ctx) => {
    const problem = quantityProblem(
      {
        value: q.value ?? null,
        low: q.low ?? null,
        high: q.high ?? null,
        approximate: q.approximate,
      },
      q.unit,
    );
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

const claimFields = {
  claimantId: rowId.nullish(),
  claimantDescription: optionalText(300),
  stance: z.enum(STANCES),
  hedge: optionalText(200),
  stated: fuzzyTimeInput,
  proposition: text(2000),
  aboutEventIds: idList,
  /** What the claim does to events it is about where its stance does not say it (QUALIFIES, CONTEXT) or says it wrongly. */
  eventRoles: z
    .array(z.object({ eventId: rowId, role: z.enum(CLAIM_ROLES) }))
    .max(100, 'must list at most 100 items'),
  aboutActorIds: idList,
  quantity: quantityInput.nullish(),
};

export const claimInput = z
  .object({
    key: optionalKey,
    ...claimFields,
    aboutEventIds: idList.default([]),
    eventRoles: claimFields.eventRoles.default([]),
    aboutActorIds: idList.default([]),
    attributions: z
      .array(attributionFields)
      .min(1, 'a claim needs at least one source reporting it')
      .max(50, 'must list at most 50 items'),
  })
  .refine((c) => c.claimantId || c.claimantDescription, {
    path: ['claimantId'],
    message: 'a claim needs a claimant actor or a description of an unnamed one',
  });

export const claimPatch = z.object(claimFields).partial();

type EventRole = { eventId: number; role: ClaimRole };
type Subjects = { aboutEventIds: number[]; eventRoles: EventRole[]; aboutActorIds: number[] };
type QuantityValues = z.output<typeof quantityInput>;

/** Writes a claim with what it is about, its quantity, and every source reporting it. */
export function createClaim(writer: Writer, input: Untrusted<z.input<typeof claimInput>>): Claim {
  const data = parseInput(claimInput, input);
  const claimantId = data.claimantId ? resolveActorId(writer, data.claimantId, 'input.claimantId') : null;
  const subjects = resolveSubjects(writer, data);
  if (data.quantity) checkMeasure(writer, data.quantity);
  const claim = insertRow(
    writer,
    claims,
    {
      key: assignKey(writer, claims, data.key, data.proposition),
      claimantId,
      claimantDescription: data.claimantDescription ?? null,
      stance: data.stance,
      hedge: data.hedge ?? null,
      ...fuzzyTimeValues('stated', data.stated),
      proposition: data.proposition,
    },
    { ...subjects, quantity: data.quantity ?? null },
  );
  writeSubjects(writer, claim.id, subjects);
  if (data.quantity) writeQuantity(writer, claim.id, data.quantity);
  data.attributions.forEach((a, i) => {
    addAttribution(writer, claim.id, a, `input.attributions[${i}]`);
  });
  claimsChanged(writer);
  return claim;
}

export function updateClaim(writer: Writer, id: number, patch: Untrusted<z.input<typeof claimPatch>>): Claim {
  const { stated, aboutEventIds, eventRoles, aboutActorIds, quantity, ...data } = parseInput(
    claimPatch,
    patch,
  );
  requireChanges({ stated, aboutEventIds, eventRoles, aboutActorIds, quantity, ...data });
  const before = liveClaim(writer, id);
  if (data.claimantId) data.claimantId = resolveActorId(writer, data.claimantId, 'input.claimantId');
  const claimant = data.claimantId !== undefined ? data.claimantId : before.claimantId;
  const description =
    data.claimantDescription !== undefined ? data.claimantDescription : before.claimantDescription;
  if (!claimant && !description) {
    throw new ValidationError(
      'input.claimantId',
      'a claim needs a claimant actor or a description of an unnamed one',
    );
  }
  const previous = { ...subjectsOf(writer, id), quantity: quantityOf(writer, id) };
  const subjects = resolveSubjects(writer, {
    aboutEventIds: aboutEventIds ?? previous.aboutEventIds,
    // Roles set before stay with the events still linked.
    eventRoles:
      eventRoles ??
      previous.eventRoles.filter((r) => (aboutEventIds ?? previous.aboutEventIds).includes(r.eventId)),
    aboutActorIds: aboutActorIds ?? previous.aboutActorIds,
  });
  if (aboutEventIds || eventRoles || aboutActorIds) {
    writer.tx.delete(claimEvents).where(eq(claimEvents.claimId, id)).run();
    writer.tx.delete(claimActors).where(eq(claimActors.claimId, id)).run();
    writeSubjects(writer, id, subjects);
  }
  if (quantity !== undefined) {
    if (quantity) checkMeasure(writer, quantity);
    writer.tx.delete(quantities).where(eq(quantities.claimId, id)).run();
    if (quantity) writeQuantity(writer, id, quantity);
  }
  const after = updateRow(
    writer,
    claims,
    before,
    { ...data, ...(stated ? fuzzyTimeValues('stated', stated) : {}) },
    'UPDATE',
    { before: previous, after: { ...subjects, quantity: quantityOf(writer, id) } },
  );
  claimsChanged(writer);
  return after;
}

/** Takes a claim out of every current view; its history, and the revision saying why, stay. */
export function retractClaim(writer: Writer, id: number, reason?: string | null): Claim {
  const before = liveClaim(writer, id);
  const why = parseInput(optionalText(2000), reason, 'reason');
  const after = updateRow(writer, claims, before, { retractedAt: writer.at }, 'RETRACT', {
    after: { reason: why ?? null },
  });
  claimsChanged(writer);
  return after;
}

function liveClaim(writer: Writer, id: number): Claim {
  const claim = requireRow(writer, claims, id, 'id');
  if (claim.retractedAt) throw new ConflictError('id', `the claim was retracted on ${claim.retractedAt}`);
  return claim;
}

function resolveSubjects(writer: Writer, given: Subjects): Subjects {
  const eventIds = [...new Set(given.aboutEventIds)];
  eventIds.forEach((id) => {
    requireRow(writer, events, id, `input.aboutEventIds[${given.aboutEventIds.indexOf(id)}]`);
  });
  given.eventRoles.forEach(({ eventId }, i) => {
    if (!eventIds.includes(eventId))
      throw new ValidationError(
        `input.eventRoles[${i}].eventId`,
        'is not one of the events the claim is about',
      );
    if (given.eventRoles.findIndex((r) => r.eventId === eventId) !== i)
      throw new ValidationError(`input.eventRoles[${i}].eventId`, 'is given a role twice');
  });
  const actorIds = given.aboutActorIds.map((id, i) =>
    resolveActorId(writer, id, `input.aboutActorIds[${i}]`),
  );
  return { aboutEventIds: eventIds, eventRoles: given.eventRoles, aboutActorIds: [...new Set(actorIds)] };
}

function writeSubjects(writer: Writer, claimId: number, subjects: Subjects): void {
  if (subjects.aboutEventIds.length) {
    writer.tx
      .insert(claimEvents)
      .values(
        subjects.aboutEventIds.map((eventId) => ({
          claimId,
          eventId,
          role: subjects.eventRoles.find((r) => r.eventId === eventId)?.role ?? null,
        })),
      )
      .run();
  }
  if (subjects.aboutActorIds.length) {
    writer.tx
      .insert(claimActors)
      .values(subjects.aboutActorIds.map((actorId) => ({ claimId, actorId })))
      .run();
  }
}

function subjectsOf(writer: Writer, claimId: number): Subjects {
  const links = writer.tx
    .select({ eventId: claimEvents.eventId, role: claimEvents.role })
    .from(claimEvents)
    .where(eq(claimEvents.claimId, claimId))
    .all();
  return {
    aboutEventIds: links.map((l) => l.eventId),
    eventRoles: links.flatMap(({ eventId, role }) => (role ? [{ eventId, role }] : [])),
    aboutActorIds: writer.tx
      .select({ id: claimActors.actorId })
      .from(claimActors)
      .where(eq(claimActors.claimId, claimId))
      .all()
      .map((r) => r.id),
  };
}

/** A quantity on a measure is in the measure's unit, so estimates line up. */
function checkMeasure(writer: Writer, quantity: QuantityValues): void {
  if (!quantity.measureId) return;
  const measure = requireRow(writer, measures, quantity.measureId, 'input.quantity.measureId');
  if (measure.unit !== quantity.unit) {
    throw new ValidationError(
      'input.quantity.unit',
      `"${quantity.unit}" is not the unit of measure ${measure.key} ("${measure.unit}")`,
    );
  }
}

function writeQuantity(writer: Writer, claimId: number, q: QuantityValues): void {
  writer.tx
    .insert(quantities)
    .values(quantityRow(claimId, q.measureId ?? null, q))
    .run();
}

/** A quantities row from a stated quantity: absent figures and item are null (open, or none). */
export function quantityRow(
  claimId: number,
  measureId: number | null,
  q: Omit<QuantityValues, 'measureId' | 'item'> & { item?: string | null },
): typeof quantities.$inferInsert {
  return {
    claimId,
    measureId,
    value: q.value ?? null,
    low: q.low ?? null,
    high: q.high ?? null,
    approximate: q.approximate,
    unit: q.unit,
    item: q.item ?? null,
    modality: q.modality,
    phrase: q.phrase,
  };
}

function quantityOf(writer: Writer, claimId: number) {
  return writer.tx.select().from(quantities).where(eq(quantities.claimId, claimId)).get() ?? null;
}
