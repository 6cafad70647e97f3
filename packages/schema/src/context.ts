import type { Caller, Revision, Store } from '@claimline/store';

/**
 * Where `changes` subscribers hear of committed revisions: those of every process writing the
 * store's file, read from the revisions table (so each arrives once, in id order).
 */
export interface ChangeFeed {
  /** A write in this process has committed: the feed reads what it has not delivered yet, at once. */
  committed(): void;
  /**
   * Revisions committed from now on, by any writer of the store, that `keep` accepts, oldest
   * first, until the subscriber leaves or the feed closes (the stream then ends).
   */
  subscribe(keep: (revision: Revision) => boolean): AsyncIterable<Revision>;
}

/** The request's execution deadline: `check` throws once it has passed (and stops the request). */
export interface Deadline {
  check(): void;
  /** Milliseconds left before it passes (0 once it has). */
  remainingMs(): number;
}

/** What every resolver is given. Only `store` is required: `execute()` with `{ store }` answers as the server does. */
export interface ClaimlineContext {
  store: Store;
  /** The holder of the API key the request came with; null or absent when it came with none. */
  caller?: Caller | null;
  /** Whether a request without a key may read (default true; a setting can require a key). */
  readsOpen?: boolean;
  changes?: ChangeFeed;
  /** The most a query may cost (see cost.ts); absent for no limit. */
  costLimit?: number;
  /** Set by the deadline plugin (plugins/deadline.ts). */
  deadline?: Deadline;
}
