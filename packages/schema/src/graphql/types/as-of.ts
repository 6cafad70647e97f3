import type { ClaimlineContext } from '../builder.ts';

export const AS_OF_DESCRIPTION =
  'Read the record as it was known on this day: only claims that a source public by then reports, and the events they are about. Nested lists follow the asOf of the field above them.';

/** A root field's asOf: it also becomes the day nested claims and attributions are read as of. */
export function rootAsOf(asOf: string | null | undefined, ctx: ClaimlineContext): string | undefined {
  ctx.asOf = asOf ?? undefined;
  return ctx.asOf;
}

/** A nested field's asOf: its own argument, else the one its root field set. */
export function nestedAsOf(asOf: string | null | undefined, ctx: ClaimlineContext): string | undefined {
  return asOf ?? ctx.asOf;
}
