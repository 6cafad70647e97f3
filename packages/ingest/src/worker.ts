/**
 * The ingestion worker thread (started by proposal-worker.ts): answers each job with the
 * pipeline's proposals, or with the message of what it threw. It runs `proposeFromText` only:
 * the store and its writes stay on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { type IngestInput, type Proposals, proposeFromText, type StoreKnowledge } from './pipeline.ts';

export interface ProposalJob {
  id: number;
  input: IngestInput;
  knowledge: StoreKnowledge;
}

export type ProposalReply = { id: number; proposals: Proposals } | { id: number; error: string };

function answer({ id, input, knowledge }: ProposalJob): ProposalReply {
  try {
    return { id, proposals: proposeFromText(input, knowledge) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread: use ProposalWorker');
port.on('message', (job: ProposalJob) => port.postMessage(answer(job)));
