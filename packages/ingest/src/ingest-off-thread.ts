import type { Store, Writer } from '@claimline/store';
import type { IngestInput, Proposals, StoreKnowledge } from './pipeline.ts';
import { proposeInWorker } from './proposal-worker.ts';
import {
  type IngestResult,
  recordIngestion,
  refuseBlank,
  storedIngestion,
  storeKnowledge,
} from './record.ts';

/** Runs a write in one transaction (a mutation's `commit`). */
export type Commit = (write: (writer: Writer) => IngestResult) => IngestResult | Promise<IngestResult>;

/**
 * `ingestSource` for a server: what the store knows is read here, the pipeline runs on the
 * ingestion worker thread (`propose`), and the source and its proposals are written here, through
 * `commit`, in one transaction. Other requests are served while the text is in work.
 */
export async function ingestSourceOffThread(
  store: Store,
  input: IngestInput,
  commit: Commit,
  propose: (input: IngestInput, knowledge: StoreKnowledge) => Promise<Proposals> = proposeInWorker,
): Promise<IngestResult> {
  refuseBlank(input.text);
  const stored = storedIngestion(store.db, input.text);
  if (stored) return stored;
  const knowledge = store.db.transaction((tx) => storeKnowledge(store, tx, input.text));
  const found = await propose(input, knowledge);
  // Another request may have stored the same text while this one was in work.
  return commit((writer) => storedIngestion(writer.tx, input.text) ?? recordIngestion(writer, input, found));
}
