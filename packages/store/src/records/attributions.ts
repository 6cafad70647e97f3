import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  attributionIntermediaries,
  attributions,
  claims,
  sourceFurniture,
  sources,
} from '../db/tables/index.ts';
import { checkExcerpt, spansOverlap } from '../domain/provenance.ts';
import { resolveActorId } from './actors.ts';
import { claimsChanged } from './claim-relations.ts';
import { idList, optionalText, rowId } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import {
  ConflictError,
  ProvenanceError,
  parseInput,
  requireChanges,
  requireRow,
  type Untrusted,
  ValidationError,
} from './write.ts';

type Attribution = typeof attributions.$inferSelect;

/** The excerpt is compared with the text character for character, so it is never trimmed. */
export const attributionFields = z.object({
  sourceId: rowId,
  excerpt: z.string().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  reportingVerb: optionalText(200),
  viaActorIds: idList.default([]),
});

export const attributionInput = attributionFields.extend({ claimId: rowId });

export const attributionPatch = attributionFields.omit({ sourceId: true }).partial();

type Span = { sourceId: number; excerpt: string; start: number; end: number };

/**
 * Writes a source's report of a claim after the provenance rule: the excerpt is exactly the
 * text between its offsets, and no page furniture lies under it. `field` names the input.
 */
export function addAttribution(
  writer: Writer,
  claimId: number,
  input: z.output<typeof attributionFields>,
  field: string,
): Attribution {
  checkSpan(writer, input, field);
  const same = writer.tx
    .select({ id: attributions.id })
    .from(attributions)
    .where(
      and(
        eq(attributions.claimId, claimId),
        eq(attributions.sourceId, input.sourceId),
        eq(attributions.start, input.start),
        eq(attributions.end, input.end),
      ),
    )
    .get();
  if (same) throw new ConflictError(`${field}.start`, 'the claim already has this attribution');
  const via = resolveVia(writer, input.viaActorIds, field);
  const row = insertRow(
    writer,
    attributions,
    {
      claimId,
      sourceId: input.sourceId,
      excerpt: input.excerpt,
      start: input.start,
      end: input.end,
      reportingVerb: input.reportingVerb ?? null,
    },
    { viaActorIds: via },
  );
  writeVia(writer, row.id, via);
  return row;
}

export function createAttribution(
  writer: Writer,
  input: Untrusted<z.input<typeof attributionInput>>,
): Attribution {
  const { claimId, ...data } = parseInput(attributionInput, input);
  const claim = requireRow(writer, claims, claimId, 'input.claimId');
  if (claim.retractedAt) throw new ConflictError('input.claimId', 'the claim is retracted');
  const attribution = addAttribution(writer, claimId, data, 'input');
  claimsChanged(writer);
  return attribution;
}

export function updateAttribution(
  writer: Writer,
  id: number,
  patch: Untrusted<z.input<typeof attributionPatch>>,
): Attribution {
  const { viaActorIds, ...data } = parseInput(attributionPatch, patch);
  requireChanges({ viaActorIds, ...data });
  const before = requireRow(writer, attributions, id, 'id');
  if (before.retractedAt) throw new ConflictError('id', 'the attribution is retracted');
  checkSpan(writer, { ...before, ...data }, 'input');
  const previous = viaOf(writer, id);
  const via = viaActorIds ? resolveVia(writer, viaActorIds, 'input') : previous;
  if (viaActorIds) {
    writer.tx.delete(attributionIntermediaries).where(eq(attributionIntermediaries.attributionId, id)).run();
    writeVia(writer, id, via);
  }
  const after = updateRow(writer, attributions, before, data, 'UPDATE', {
    before: { viaActorIds: previous },
    after: { viaActorIds: via },
  });
  claimsChanged(writer);
  return after;
}

function checkSpan(writer: Writer, span: Span, field: string): void {
  const source = requireRow(writer, sources, span.sourceId, `${field}.sourceId`);
  if (source.retractedAt) throw new ConflictError(`${field}.sourceId`, 'the source is retracted');
  const broken = checkExcerpt(source.text, span);
  if (broken) {
    throw new ProvenanceError(`${field}.${broken.rule === 'offsets' ? 'end' : 'excerpt'}`, broken.message);
  }
  const furniture = writer.tx
    .select()
    .from(sourceFurniture)
    .where(eq(sourceFurniture.sourceId, span.sourceId))
    .all()
    .find((f) => spansOverlap(f, span));
  if (furniture) {
    throw new ProvenanceError(
      `${field}.start`,
      `the excerpt overlaps page furniture (${furniture.kind} at ${furniture.start}–${furniture.end}), which never yields claims`,
    );
  }
}

function resolveVia(writer: Writer, ids: number[], field: string): number[] {
  if (new Set(ids).size !== ids.length) {
    throw new ValidationError(`${field}.viaActorIds`, 'lists an actor twice');
  }
  return ids.map((id, i) => resolveActorId(writer, id, `${field}.viaActorIds[${i}]`));
}

function writeVia(writer: Writer, attributionId: number, via: number[]): void {
  if (!via.length) return;
  writer.tx
    .insert(attributionIntermediaries)
    .values(via.map((actorId, position) => ({ attributionId, position, actorId })))
    .run();
}

function viaOf(writer: Writer, attributionId: number): number[] {
  return writer.tx
    .select({ actorId: attributionIntermediaries.actorId })
    .from(attributionIntermediaries)
    .where(eq(attributionIntermediaries.attributionId, attributionId))
    .orderBy(attributionIntermediaries.position)
    .all()
    .map((r) => r.actorId);
}
