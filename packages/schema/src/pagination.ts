import { type SearchPosition, searchTextProblem } from '@claimline/store';
import { PothosValidationError } from '@pothos/core';

export const MAX_PAGE_SIZE = 100;
/** The page size of a connection asked for without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Page sizes above the maximum are refused rather than silently cut, so a client asking for
 * 500 learns it got at most 100. Used as every connection's `maxSize`.
 */
export function pageSizeLimit(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && size > MAX_PAGE_SIZE) {
      throw new PothosValidationError(`Argument "${name}" must be at most ${MAX_PAGE_SIZE} (got ${size})`);
    }
    if (size != null && size < 0) {
      throw new PothosValidationError(`Argument "${name}" must not be negative (got ${size})`);
    }
  }
  return MAX_PAGE_SIZE;
}

export const encodeSearchCursor = (position: SearchPosition) =>
  Buffer.from(JSON.stringify([position.tier, position.rowid])).toString('base64url');

/** The position a search cursor holds, or null when it holds none. */
export function decodeSearchCursor(cursor: string): SearchPosition | null {
  try {
    const [tier, rowid] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if ((tier === 0 || tier === 1) && Number.isInteger(rowid)) return { tier, rowid };
  } catch {}
  return null;
}

/**
 * `after`/`before` must hold a cursor this service gives out: a drizzle connection's (base64 of
 * `DC:` and its values) or a search page's. Checked before any resolver, since a connection asked
 * only for its totalCount never reads its cursor and would take garbage silently.
 */
export function cursorsCheck(args: { after?: string | null; before?: string | null }): void {
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    const drizzle = Buffer.from(cursor, 'base64').toString('utf8');
    if (/^DC:./s.test(drizzle) || decodeSearchCursor(cursor)) continue;
    throw new PothosValidationError(
      `Argument "${name}": ${JSON.stringify(cursor)} is not a cursor of this connection`,
    );
  }
}

/** A date window whose end comes before its start is refused, naming `filter.to`, not read as empty. */
export function windowCheck(args: { filter?: { from?: string | null; to?: string | null } | null }): void {
  const { from, to } = args.filter ?? {};
  if (from && to && to < from) {
    throw new PothosValidationError(
      `Argument "filter.to" must not be before filter.from (got from ${from}, to ${to})`,
    );
  }
}

/** Free text for a full-text search, refused (naming `argument`) when too long or of too many words. */
export function searchableText(argument: string, text: string): string {
  const problem = searchTextProblem(text);
  if (problem) throw new PothosValidationError(`Argument "${argument}" ${problem}`);
  return text;
}

/** IDs one `nodes` call may ask for (GitHub's figure): each is a row to load. */
export const MAX_NODE_IDS = 100;

/** A `nodes(ids:)` list over the maximum is refused, naming `ids`; returns how many it asks for. */
export function nodeIdsLimit(args: { ids?: readonly unknown[] | null }): number {
  const count = args.ids?.length ?? 0;
  if (count > MAX_NODE_IDS) {
    throw new PothosValidationError(`Argument "ids" must hold at most ${MAX_NODE_IDS} IDs (got ${count})`);
  }
  return count;
}
