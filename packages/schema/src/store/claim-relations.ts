import { z } from 'zod';
import { claimRelations, claims } from '../db/tables/index.ts';
import { RELATION_KINDS } from '../domain/vocabulary.ts';
import { optionalText, rowId, text } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import { ConflictError, parseInput, requireRow, type Untrusted, ValidationError } from './write.ts';

type ClaimRelation = typeof claimRelations.$inferSelect;

export const relationInput = z.object({
  fromClaimId: rowId,
  toClaimId: rowId,
  kind: z.enum(RELATION_KINDS),
  explanation: text(2000),
});

/** An editor's relation between two live claims (origin EDITOR: recomputing never touches it). */
export function assertClaimRelation(
  writer: Writer,
  input: Untrusted<z.input<typeof relationInput>>,
): ClaimRelation {
  const data = parseInput(relationInput, input);
  if (data.fromClaimId === data.toClaimId) {
    throw new ValidationError('input.toClaimId', 'a claim cannot be related to itself');
  }
  for (const field of ['fromClaimId', 'toClaimId'] as const) {
    const claim = requireRow(writer, claims, data[field], `input.${field}`);
    if (claim.retractedAt) throw new ConflictError(`input.${field}`, 'the claim is retracted');
  }
  return insertRow(writer, claimRelations, { ...data, origin: 'EDITOR' });
}

/** Takes a relation out of current views; history keeps it and the reason. */
export function retractClaimRelation(writer: Writer, id: number, reason?: string | null): ClaimRelation {
  const before = requireRow(writer, claimRelations, id, 'id');
  if (before.retractedAt)
    throw new ConflictError('id', `the relation was retracted on ${before.retractedAt}`);
  const why = parseInput(optionalText(2000), reason, 'reason');
  return updateRow(writer, claimRelations, before, { retractedAt: writer.at }, 'RETRACT', {
    after: { reason: why ?? null },
  });
}
