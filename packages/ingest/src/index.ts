export { type Commit, ingestSourceOffThread } from './ingest-off-thread.ts';
export type { SourceKind } from './metadata.ts';
export { ProposalWorkerError, stopProposalWorker } from './proposal-worker.ts';
export {
  type ActorRef,
  type IngestResult,
  ingestSource,
  ingestText,
  type ProposalPayload,
  type QuantityReading,
  type StoredProposal,
} from './record.ts';
export { acceptProposal, mapProposedActor, rejectProposal } from './review.ts';
