/**
 * The `changes` feed: every committed revision, whichever process wrote it (the CLI's ingest, a
 * second `serve` on the same file), to each subscriber that wants it, once, in id order.
 *
 * The feed reads the revisions table rather than passing on what this process wrote: it keeps the
 * id of the newest revision it has delivered and reads those after it — at once when a write in
 * this process commits (`committed()`), and every `pollMs` while anyone subscribes, for the writes
 * of other processes. Revision ids only grow, and both paths read on from the same id, so a
 * revision seen by both is delivered once. With no subscriber there is no timer and no read.
 */
import type { ChangeFeed } from '@claimline/schema';
import { latestRevisionId, type Revision, revisionsAfter, type Store } from '@claimline/store';
import type { Logger } from 'pino';

/** How often the feed looks for revisions other processes committed, while anyone subscribes. */
export const CHANGE_POLL_MS = 250;

/** The most revisions one read takes; a larger backlog is read in several. */
const READ_BATCH = 500;

export interface ServerChangeFeed extends ChangeFeed {
  /**
   * Delivers what has committed meanwhile, then ends every subscriber's stream (each gets what it
   * was sent before the end) and stops the timer; a later subscription ends at once. The store
   * can be closed afterwards.
   */
  close(): void;
  /** How many subscribers are listening. */
  readonly subscribers: number;
}

export interface ChangeFeedOptions {
  logger?: Logger;
  /** Milliseconds between looks for other processes' writes (default CHANGE_POLL_MS). */
  pollMs?: number;
}

export function createChangeFeed(
  store: Pick<Store, 'db'>,
  { logger, pollMs = CHANGE_POLL_MS }: ChangeFeedOptions = {},
): ServerChangeFeed {
  const subscribers = new Set<Subscriber>();
  /** The id of the newest revision the subscribers have been offered. */
  let delivered = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  /** Offers every revision after `delivered` to each subscriber, oldest first. */
  function catchUp(): void {
    if (!subscribers.size) return;
    try {
      for (;;) {
        const batch = revisionsAfter(store.db, delivered, READ_BATCH);
        for (const revision of batch) {
          delivered = revision.id;
          for (const subscriber of subscribers) subscriber.offer(revision);
        }
        if (batch.length < READ_BATCH) return;
      }
    } catch (error) {
      // The write (if one told us) has committed regardless; the next look reads on from `delivered`.
      logger?.warn({ err: error }, 'changes feed: could not read the new revisions; will try again');
    }
  }

  function leave(subscriber: Subscriber): void {
    subscribers.delete(subscriber);
    if (!subscribers.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  function offerFailed(error: unknown): void {
    logger?.warn({ err: error }, 'changes feed: a subscriber filter failed; the revision was skipped for it');
  }

  return {
    committed: catchUp,
    subscribe(keep) {
      const subscriber = new Subscriber(keep, leave, offerFailed);
      if (closed) {
        subscriber.end();
        return subscriber;
      }
      if (subscribers.size) {
        // What committed before this subscriber came goes to the others only.
        catchUp();
      } else {
        delivered = latestRevisionId(store.db);
        timer = setInterval(catchUp, pollMs);
        // The HTTP server keeps a process alive, not a feed (yoga.fetch in tests has no server).
        timer.unref();
      }
      subscribers.add(subscriber);
      return subscriber;
    },
    close() {
      if (closed) return;
      catchUp();
      closed = true;
      for (const subscriber of [...subscribers]) subscriber.end();
    },
    get subscribers() {
      return subscribers.size;
    },
  };
}

/** One subscriber's stream: the revisions it kept, queued until its reader asks for them. */
class Subscriber implements AsyncIterableIterator<Revision> {
  #queue: Revision[] = [];
  #waiting: ((result: IteratorResult<Revision>) => void) | undefined;
  #ended = false;

  constructor(
    private readonly keep: (revision: Revision) => boolean,
    private readonly onEnd: (subscriber: Subscriber) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  offer(revision: Revision): void {
    if (this.#ended) return;
    try {
      if (!this.keep(revision)) return;
    } catch (error) {
      this.onError(error);
      return;
    }
    const waiting = this.#waiting;
    if (waiting) {
      this.#waiting = undefined;
      waiting({ value: revision, done: false });
    } else {
      this.#queue.push(revision);
    }
  }

  /** No more revisions: the reader gets those queued, then the end. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.onEnd(this);
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<Revision>> {
    const revision = this.#queue.shift();
    if (revision) return Promise.resolve({ value: revision, done: false });
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  /** The reader has left (the client went away, or the stream was cancelled). */
  return(): Promise<IteratorResult<Revision>> {
    this.#queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Revision> {
    return this;
  }
}
