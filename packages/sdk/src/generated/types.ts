export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

export type ActorKind =
  | 'GROUP'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'STATE';

export type ActorsFilter = {
  kinds?: InputMaybe<Array<ActorKind>>;
};

export type AliasKind =
  | 'ABBREVIATION'
  | 'CANONICAL'
  | 'DESCRIPTION'
  | 'HONORIFIC'
  | 'METONYM'
  | 'MISSPELLING'
  | 'SPELLING_VARIANT';

/** What a claim does to an event it is about: reports that it happened, or denies it. */
export type ClaimRole =
  | 'AFFIRMS'
  | 'DENIES';

export type ClaimsFilter = {
  /** Claims about this event or actor. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims this actor made. */
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims whose quantity belongs to this measure. */
  measureKey?: InputMaybe<Scalars['String']['input']>;
  /** Claims this source reports. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  stance?: InputMaybe<Array<Stance>>;
};

export type EventKind =
  | 'ACCUSATION'
  | 'AGREEMENT'
  | 'ATTACK'
  | 'DENIAL'
  | 'GIFT'
  | 'LAUNCH'
  | 'MEETING'
  | 'OTHER'
  | 'PLEDGE'
  | 'PRODUCTION'
  | 'SANCTION'
  | 'STATEMENT'
  | 'TRANSFER'
  | 'VISIT';

/** Whether an event happened, as its claims have it. DENIED: denied, and no claim reports it. DISPUTED: reported and denied. CORROBORATED: not denied, and reported by at least two independent sources and two distinct claimants. REPORTED: otherwise. */
export type EventStatus =
  | 'CORROBORATED'
  | 'DENIED'
  | 'DISPUTED'
  | 'REPORTED';

export type FurnitureKind =
  | 'CREDIT'
  | 'FOOTER'
  | 'HEADER'
  | 'NAVIGATION'
  | 'PROMO'
  | 'READ_MORE'
  | 'RELATED_LINKS';

export type Modality =
  | 'ACTUAL'
  | 'CAPACITY';

export type ParticipantRole =
  | 'ACCUSED'
  | 'ACCUSER'
  | 'GUEST'
  | 'HOST'
  | 'PARTICIPANT'
  | 'RECIPIENT'
  | 'SENDER'
  | 'SPEAKER'
  | 'TARGET';

export type PlaceKind =
  | 'BODY_OF_WATER'
  | 'CITY'
  | 'COUNTRY'
  | 'FACILITY'
  | 'OTHER'
  | 'PORT'
  | 'REGION';

export type Precision =
  | 'CENTURY'
  | 'DAY'
  | 'DECADE'
  | 'INTERVAL'
  | 'MONTH'
  | 'SEASON'
  | 'UNKNOWN'
  | 'YEAR';

export type ProposalFilter = {
  kinds?: InputMaybe<Array<ProposalKind>>;
  statuses?: InputMaybe<Array<ProposalStatus>>;
};

export type ProposalKind =
  | 'ACTOR'
  | 'CLAIM'
  | 'DATE'
  | 'PLACE'
  | 'QUANTITY';

/** DRAFT until an editor accepts (perhaps edited) or rejects it; a rejected one stays, marked. */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'REJECTED';

export type RelationKind =
  | 'CONTRADICTS'
  | 'CORROBORATES'
  | 'REVISES';

export type RelationOrigin =
  | 'COMPUTED'
  | 'EDITOR';

export type SearchResultKind =
  | 'CLAIM'
  | 'EVENT'
  | 'SOURCE';

export type SourceKind =
  | 'AGGREGATOR'
  | 'ANALYSIS'
  | 'EDITORIAL'
  | 'OTHER'
  | 'PRESS_RELEASE'
  | 'REPORT'
  | 'WIRE_COPY';

export type SourcesFilter = {
  kinds?: InputMaybe<Array<SourceKind>>;
  publisher?: InputMaybe<Scalars['String']['input']>;
};

export type Stance =
  | 'ACCUSES'
  | 'ASSERTS'
  | 'BELIEVES'
  | 'DENIES'
  | 'DESCRIBES'
  | 'ESTIMATES'
  | 'EXPECTS'
  | 'PLEDGES'
  | 'WARNS';

/** Which events to show. A fuzzy event is in the window when the range it allows overlaps it. */
export type TimelineFilter = {
  /** Events any of these actors took part in. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The first day of the window. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  /** Events at any of these places. */
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Full-text words that must all appear in the title or summary. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the window. */
  to?: InputMaybe<Scalars['Date']['input']>;
};
