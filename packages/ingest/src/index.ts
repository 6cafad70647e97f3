export { type Commit, ingestSourceOffThread } from './ingest-off-thread.ts';
export type { SourceKind } from './metadata.ts';
export { type IngestInput, proposeFromText } from './pipeline.ts';
export { ProposalWorkerError, stopProposalWorker } from './proposal-worker.ts';
export {
  type ActorRef,
  type IngestResult,
  ingestSource,
  ingestText,
  MAX_TEXT_CHARACTERS,
  type ProposalPayload,
  type QuantityReading,
  type StoredProposal,
  textLengthProblem,
} from './record.ts';
export { acceptProposal, mapProposedActor, rejectProposal } from './review.ts';
