export { checkCorpus } from './corpus/check.ts';
export type { CorpusClaim } from './corpus/format.ts';
export { type LoadSummary, loadCorpus } from './corpus/load.ts';
export { CorpusError, type CorpusProblem } from './corpus/problems.ts';
export { type Corpus, type CorpusSource, readCorpus } from './corpus/read.ts';
export { relations } from './db/relations.ts';
export * from './db/sqlite.ts';
export { fuzzyTimeValues, readFuzzyTime } from './db/tables/columns.ts';
export * as tables from './db/tables/index.ts';
export * from './domain/api-keys.ts';
export * from './domain/claim-relations.ts';
export * from './domain/event-status.ts';
export * from './domain/fuzzy-time.ts';
export * from './domain/names.ts';
export * from './domain/provenance.ts';
export * from './domain/quantity.ts';
export * from './domain/vocabulary.ts';
export {
  type GenerateOptions,
  type GenerateStep,
  type GenerateSummary,
  generateStory,
} from './generate/load.ts';
export { type StoryOptions, storyShape, writeStory } from './generate/story.ts';
export { nameArgumentInError } from './graphql/argument-errors.ts';
export { builder, type ChangeFeed, type ClaimlineContext } from './graphql/builder.ts';
export { schema } from './graphql/schema.ts';
export { asOfByRootField } from './graphql/types/as-of.ts';
export { detectFurniture, type FurnitureSpan } from './ingest/furniture.ts';
export { extractMetadata, type SourceKind, type TextMetadata } from './ingest/metadata.ts';
export { type IngestInput, type Proposals, proposeFromText } from './ingest/pipeline.ts';
export * from './store/actors.ts';
export * from './store/api-keys.ts';
export * from './store/attributions.ts';
export { auditStore, type StoreViolation } from './store/audit.ts';
export * from './store/claim-relations.ts';
export * from './store/claims.ts';
export * from './store/events.ts';
export {
  type ActorRef,
  type IngestResult,
  ingestSource,
  ingestText,
  type ProposalPayload,
  readProposals,
  type StoredProposal,
} from './store/ingest.ts';
export * from './store/places.ts';
export {
  acceptProposal,
  type ClaimEdits,
  mapProposedActor,
  type NameEdits,
  rejectProposal,
} from './store/review.ts';
export * from './store/revisions.ts';
export * from './store/sources.ts';
export * from './store/write.ts';
