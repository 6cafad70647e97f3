import { searchTextProblem } from '@claimline/store';
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
  }
  return MAX_PAGE_SIZE;
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
