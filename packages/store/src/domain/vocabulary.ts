/** The controlled vocabularies of the model, shared by the corpus format, the store and the API. */
export { MODALITIES } from './quantity.ts';

export const ACTOR_KINDS = ['PERSON', 'STATE', 'ORGANIZATION', 'GROUP'] as const;
export const ALIAS_KINDS = [
  'SPELLING_VARIANT',
  'HONORIFIC',
  'METONYM',
  'MISSPELLING',
  'ABBREVIATION',
  'DESCRIPTION',
] as const;
/** Alias kinds plus CANONICAL, the actor's own name, stored as an alias so search finds it. */
export const STORED_ALIAS_KINDS = ['CANONICAL', ...ALIAS_KINDS] as const;
export const PLACE_KINDS = [
  'COUNTRY',
  'REGION',
  'CITY',
  'PORT',
  'FACILITY',
  'BODY_OF_WATER',
  'OTHER',
] as const;
export const EVENT_KINDS = [
  'MEETING',
  'TRANSFER',
  'STATEMENT',
  'ACCUSATION',
  'DENIAL',
  'LAUNCH',
  'GIFT',
  'PLEDGE',
  'AGREEMENT',
  'VISIT',
  'ATTACK',
  'PRODUCTION',
  'SANCTION',
  'OTHER',
] as const;
export const PARTICIPANT_ROLES = [
  'HOST',
  'GUEST',
  'SENDER',
  'RECIPIENT',
  'SPEAKER',
  'TARGET',
  'ACCUSER',
  'ACCUSED',
  'PARTICIPANT',
] as const;
export const SOURCE_KINDS = [
  'REPORT',
  'EDITORIAL',
  'WIRE_COPY',
  'AGGREGATOR',
  'ANALYSIS',
  'PRESS_RELEASE',
  'OTHER',
] as const;
export const FURNITURE_KINDS = [
  'NAVIGATION',
  'READ_MORE',
  'RELATED_LINKS',
  'PROMO',
  'FOOTER',
  'CREDIT',
  'HEADER',
] as const;
export const STANCES = [
  'ASSERTS',
  'DENIES',
  'ESTIMATES',
  'EXPECTS',
  'ACCUSES',
  'BELIEVES',
  'DESCRIBES',
  'WARNS',
  'PLEDGES',
] as const;

export const RELATION_KINDS = ['CORROBORATES', 'CONTRADICTS', 'REVISES'] as const;

/** What an API key may do; each scope includes the ones before it (admin can edit, edit can read). */
export const API_SCOPES = ['read', 'edit', 'admin'] as const;

/** What a revision records: a row created, changed, retracted, merged or split again, a key revoked. */
export const REVISION_ACTIONS = ['CREATE', 'UPDATE', 'RETRACT', 'MERGE', 'UNMERGE', 'REVOKE'] as const;

/** COMPUTED by the relation rules (`claimline analyze`), or EDITOR when asserted by hand. */
export const RELATION_ORIGINS = ['COMPUTED', 'EDITOR'] as const;
/** Whether an event happened, as its claims have it: see domain/event-status.ts. */
export const EVENT_STATUSES = ['REPORTED', 'CORROBORATED', 'DISPUTED', 'DENIED'] as const;
/**
 * What a claim does to an event it is about. Only AFFIRMS (it reports that it happened) and
 * DENIES count toward the event's status and disputes; QUALIFIES (doubts, a lack of evidence, a
 * limit of what is known) and CONTEXT (background: history, motives, a related act) do not.
 */
export const CLAIM_ROLES = ['AFFIRMS', 'DENIES', 'QUALIFIES', 'CONTEXT'] as const;

/** What the ingestion pipeline proposes, and where an editor's review of it stands. */
export const PROPOSAL_KINDS = ['ACTOR', 'PLACE', 'DATE', 'QUANTITY', 'CLAIM'] as const;
export const PROPOSAL_STATUSES = ['DRAFT', 'ACCEPTED', 'REJECTED'] as const;
