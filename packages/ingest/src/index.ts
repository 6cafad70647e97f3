export type { SourceKind } from './metadata.ts';
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
