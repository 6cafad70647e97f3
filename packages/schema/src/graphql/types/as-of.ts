import { type DocumentNode, getOperationAST, Kind } from 'graphql';
import type { ClaimlineContext } from '../builder.ts';

export const AS_OF_DESCRIPTION =
  'Read the record as it was known on this day: only claims that a source public by then reports, and the events they are about. Nested lists follow the asOf of the root field above them unless given their own.';

/**
 * The asOf of each root field of an operation, by response key. Nested relations are planned
 * before their root resolver runs, so they cannot read the root's arguments; the server reads
 * them from the document once per request and nested fields look them up (`nestedAsOf`).
 */
export function asOfByRootField(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): Map<string, string> {
  const found = new Map<string, string>();
  const operation = getOperationAST(document, operationName);
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    const arg = selection.arguments?.find((a) => a.name.value === 'asOf');
    const value =
      arg?.value.kind === Kind.STRING
        ? arg.value.value
        : arg?.value.kind === Kind.VARIABLE
          ? variables?.[arg.value.name.value]
          : undefined;
    if (typeof value === 'string') found.set(selection.alias?.value ?? selection.name.value, value);
  }
  return found;
}

/** A nested field's asOf: its own argument, else its root field's. */
export function nestedAsOf(
  asOf: string | null | undefined,
  ctx: ClaimlineContext,
  path?: { segments: readonly { alias: string }[] },
): string | undefined {
  const root = path?.segments[0]?.alias;
  return asOf ?? (root ? ctx.asOfByRootField?.get(root) : undefined);
}

const REMEMBERED_DAYS = 1024;

/**
 * One value per asOf day, built once: drizzle extras are compared by identity, so fields that
 * share an extra (or one field asked for twice) must get the same function for the same day.
 * The least recently built days are forgotten, so clients cannot grow it without bound.
 */
export function perAsOf<T>(build: (asOf: string | undefined) => T): (asOf: string | undefined) => T {
  const built = new Map<string | undefined, T>();
  return (asOf) => {
    if (!built.has(asOf)) {
      if (built.size >= REMEMBERED_DAYS) built.delete(built.keys().next().value);
      built.set(asOf, build(asOf));
    }
    return built.get(asOf) as T;
  };
}
