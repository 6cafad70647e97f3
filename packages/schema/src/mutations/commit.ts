import type { Caller, Writer } from '@claimline/store';
import { runWriteWhenFree, ValidationError } from '@claimline/store';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { ClaimlineContext } from '../context.ts';

/** Who a revision names as its author: the key's name and id. */
export function authorOf(caller: Caller | null | undefined): string {
  return caller ? `${caller.name} (key ${caller.keyId})` : 'anonymous';
}

/** How long a write waits for another writer's lock when the request has no deadline. */
const LOCK_WAIT_MS = 5_000;

/**
 * Runs a mutation's write in one transaction as the caller — waiting, within the request's
 * deadline, while another writer holds the lock — then, once it has committed and recorded any
 * revision, tells the `changes` feed, which reads the new revisions for its subscribers at once.
 */
export async function commit<T>(ctx: ClaimlineContext, write: (writer: Writer) => T): Promise<T> {
  const waitMs = ctx.deadline?.remainingMs() ?? LOCK_WAIT_MS;
  const { value, revisions } = await runWriteWhenFree(ctx.store, authorOf(ctx.caller), write, waitMs);
  if (revisions.length) ctx.changes?.committed();
  return value;
}

/** The row id behind a global ID of the given type, or a ValidationError naming the field. */
export function rowIdOf(globalId: string, typename: string, field: string): number {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {}
  const id = Number(decoded?.id);
  if (decoded?.typename !== typename || !Number.isSafeInteger(id) || id <= 0) {
    throw new ValidationError(
      field,
      `${JSON.stringify(globalId)} is not the ID of ${article(typename)} ${typename}`,
    );
  }
  return id;
}

/** Like `rowIdOf` for an optional field: absent stays absent, null stays null. */
export function optionalRowIdOf(
  globalId: string | null | undefined,
  typename: string,
  field: string,
): number | null | undefined {
  return globalId == null ? globalId : rowIdOf(globalId, typename, field);
}

export function rowIdsOf(list: readonly string[], typename: string, field: string): number[] {
  return list.map((globalId, i) => rowIdOf(globalId, typename, `${field}[${i}]`));
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}
