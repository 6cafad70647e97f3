/**
 * Knowledge time of a source: the day it was certainly public. A dated source is known from the
 * last day its date allows. An undated one is known from the day the record learned of it — the
 * day it was ingested, or the day the corpus says it recorded it — or from the day a dated copy of
 * the same text (its syndication group) was public, when that is earlier: the words were known
 * then. Never the day a database was loaded, which would differ on every install.
 */

/** A day (YYYY-MM-DD) that any calendar day sorts before, for taking minimums. */
const NO_DAY = '9999-12-31';

/**
 * The day an undated source is known from: the earliest of the day the record learned of it
 * (`learnedOn`, null when the record does not say) and its dated copies' last days. Null when
 * neither is known: such a source cannot be placed in knowledge time and is refused.
 */
export function undatedKnownOn(
  learnedOn: string | null | undefined,
  datedCopies: readonly (string | null)[],
): string | null {
  const earliest = [learnedOn ?? null, ...datedCopies].reduce<string>(
    (min, day) => (day !== null && day < min ? day : min),
    NO_DAY,
  );
  return earliest === NO_DAY ? null : earliest;
}
