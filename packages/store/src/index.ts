export type { CorpusClaim } from './corpus/format.ts';
export { type LoadSummary, loadCorpus } from './corpus/load.ts';
export { CorpusError } from './corpus/problems.ts';
export { type Corpus, type CorpusSource, readCorpus } from './corpus/read.ts';
export { SEED_CORPUS_DIR } from './corpus/seed.ts';
export { type Relations, relations } from './db/relations.ts';
export { restoreDatabase } from './db/sqlite/backup.ts';
export type { BulkInserter, BulkLoadSeconds, BulkLoadStep, BulkTransaction } from './db/sqlite/bulk-load.ts';
export {
  type ClaimlineDatabase,
  type ClaimlineTransaction,
  checkDatabase,
  DamagedDatabaseError,
  FULL_CHECK_MAX_BYTES,
  type OpenStoreOptions,
  openStore,
} from './db/sqlite/open.ts';
export {
  type AliasCandidate,
  matchesText,
  type NamedEntity,
  type SearchHit,
  type SearchKind,
  type SearchPosition,
} from './db/sqlite/search.ts';
export { SqliteStore } from './db/sqlite/store.ts';
export { fuzzyTimeSelection, fuzzyTimeValues, readFuzzyTime } from './db/tables/columns.ts';
export * as tables from './db/tables/index.ts';
export {
  actorAliases,
  actorRoles,
  actors,
  attributionIntermediaries,
  attributions,
  claimActors,
  claimEvents,
  claimRelations,
  claims,
  eventParticipants,
  events,
  ingestions,
  measures,
  OPEN_END,
  placeAliases,
  places,
  proposals,
  quantities,
  sourceFurniture,
  sources,
  syndicationGroups,
  timeSortEnd,
  timeSortStart,
} from './db/tables/index.ts';
export { type ApiScope, scopeAllows } from './domain/api-keys.ts';
export { type EventSupport, eventStatus, explainEventStatus } from './domain/event-status.ts';
export {
  type FuzzyTime,
  FuzzyTimeError,
  formatFuzzyTime,
  isValidEdtf,
  PRECISIONS,
  parseFuzzyTime,
  UNKNOWN_TIME,
} from './domain/fuzzy-time.ts';
export { undatedKnownOn } from './domain/knowledge-time.ts';
export { normalizeName } from './domain/names.ts';
export { contentHash, sentenceAround, spansOverlap, type TextSpan } from './domain/provenance.ts';
export { formatNumber, formatQuantity, type Modality, type QuantityBounds } from './domain/quantity.ts';
export { SEARCH_LIMITS, searchTerms, searchTextProblem } from './domain/search-terms.ts';
export { shortTextProblem, storedTextProblem } from './domain/stored-text.ts';
export {
  ACTOR_KINDS,
  type ALIAS_KINDS,
  API_SCOPES,
  CLAIM_ROLES,
  EVENT_KINDS,
  EVENT_STATUSES,
  FURNITURE_KINDS,
  MODALITIES,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RELATION_KINDS,
  RELATION_ORIGINS,
  REVISION_ACTIONS,
  SOURCE_KINDS,
  STANCES,
  STORED_ALIAS_KINDS,
} from './domain/vocabulary.ts';
export {
  createActor,
  createAlias,
  mergeActors,
  resolveActorId,
  unmergeActor,
  updateActor,
  updateAlias,
} from './records/actors.ts';
export { type Caller, callerForKey, createApiKey, listApiKeys, revokeApiKey } from './records/api-keys.ts';
export { createAttribution, updateAttribution } from './records/attributions.ts';
export {
  type AnalysisSummary,
  assertRelation,
  recomputeClaimRelations,
  retractRelation,
} from './records/claim-relations.ts';
export { createClaim, retractClaim, updateClaim } from './records/claims.ts';
export {
  DISPUTE_KINDS,
  type DisputeFilter,
  type DisputeKind,
  disputeCondition,
} from './records/disputes.ts';
export { createEvent, updateEvent } from './records/events.ts';
export {
  claimIsLive,
  claimKnownBy,
  claimKnownFrom,
  eventKnownBy,
  eventKnownFrom,
  type SqlRef,
  sourceKnownBy,
} from './records/knowledge.ts';
export {
  allowedEdits,
  NAME_MATCH_KINDS,
  type NameMatch,
  type NameMatchKind,
  searchNames,
} from './records/name-search.ts';
export { createPlace, updatePlace } from './records/places.ts';
export {
  insertRow,
  latestRevisionId,
  recordRevision,
  revisionsAfter,
  updateRow,
  type Writer,
} from './records/revisions.ts';
export { createSource, joinSyndicationGroup } from './records/sources.ts';
export { allOf } from './records/sql.ts';
export {
  type ClaimRole,
  claimClaimantCount,
  claimRole,
  claimSourceCount,
  eventSupport,
  relationKnownFrom,
  relationShown,
} from './records/support.ts';
export {
  assignKey,
  ConflictError,
  NotFoundError,
  ProvenanceError,
  type Revision,
  runWrite,
  runWriteWhenFree,
  ValidationError,
  WriteError,
} from './records/write.ts';
export type { KnownName, Store, StoreCondition, StoreViolation } from './store.ts';
