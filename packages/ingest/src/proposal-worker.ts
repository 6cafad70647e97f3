import { Worker } from 'node:worker_threads';
import type { IngestInput, Proposals, StoreKnowledge } from './pipeline.ts';
import type { ProposalJob, ProposalReply } from './worker.ts';

/** Set by the server bundle (an esbuild `define`, see packages/server/src/build.ts) to its worker file. */
declare const CLAIMLINE_INGEST_WORKER: string | undefined;

/** worker.ts as the bundle emits it, else from the sources through a bootstrap that loads TypeScript. */
function workerScript(): URL {
  return typeof CLAIMLINE_INGEST_WORKER === 'string'
    ? new URL(CLAIMLINE_INGEST_WORKER)
    : new URL('./worker-from-source.mjs', import.meta.url);
}

/** Proposing did not finish: the pipeline threw, or its worker crashed or was stopped. */
export class ProposalWorkerError extends Error {
  override name = 'ProposalWorkerError';
}

interface Pending {
  resolve(proposals: Proposals): void;
  reject(error: ProposalWorkerError): void;
}

/**
 * One worker thread that runs `proposeFromText`, so that a long text does not hold the thread
 * that serves requests: texts are proposed one at a time, in the order given. The thread starts
 * on first use and again after a crash, and keeps the process alive only while a text is in work.
 */
export class ProposalWorker {
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor(private readonly script: URL = workerScript()) {}

  propose(input: IngestInput, knowledge: StoreKnowledge): Promise<Proposals> {
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise<Proposals>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.ref();
      try {
        worker.postMessage({ id, input, knowledge } satisfies ProposalJob);
      } catch (error) {
        this.#answer(worker, { id, error: (error as Error).message });
      }
    });
  }

  /** Ends the thread; a text still in work fails with a ProposalWorkerError. */
  async stop(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#failAll(worker, 'was stopped');
    await worker.terminate();
  }

  #start(): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: ProposalReply) => this.#answer(worker, reply));
    worker.on('error', (error) => this.#failAll(worker, `crashed (${error.message})`));
    worker.on('messageerror', (error) => {
      this.#failAll(worker, `sent an unreadable answer (${error.message})`);
      void worker.terminate();
    });
    worker.on('exit', (code) => this.#failAll(worker, `stopped (exit code ${code})`));
    this.#worker = worker;
    return worker;
  }

  #answer(worker: Worker, reply: ProposalReply): void {
    const job = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) worker.unref();
    if ('error' in reply)
      job?.reject(new ProposalWorkerError(`proposing from the text failed: ${reply.error}`));
    else job?.resolve(reply.proposals);
  }

  /** Every text in work fails, once: an 'error' is followed by an 'exit' of the same thread. */
  #failAll(worker: Worker, what: string): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    const error = new ProposalWorkerError(`the ingestion worker ${what} before it answered`);
    for (const job of this.#pending.values()) job.reject(error);
    this.#pending.clear();
  }
}

const shared = new ProposalWorker();

/** `proposeFromText` on the process's ingestion worker thread. */
export function proposeInWorker(input: IngestInput, knowledge: StoreKnowledge): Promise<Proposals> {
  return shared.propose(input, knowledge);
}

/** Ends the process's ingestion worker thread (a server's close); the next ingest starts another. */
export function stopProposalWorker(): Promise<void> {
  return shared.stop();
}
