export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The day the record is read as of: a calendar day YYYY-MM-DD, or a month YYYY-MM or a year YYYY standing for its last day. */
  AsOfDate: { input: string; output: string; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A JSON value: a row as it was before or after a change. */
  JSON: { input: unknown; output: unknown; }
};

/** Edits to a proposal before it is accepted; left out, its reading stands. Name and kind apply to a proposed actor or place, the rest to a claim. */
export type AcceptProposalInput = {
  aboutActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  aboutEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  claimantDescription?: InputMaybe<Scalars['String']['input']>;
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  end?: InputMaybe<Scalars['Int']['input']>;
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** An ActorKind or PlaceKind. */
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  proposition?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<QuantityInput>;
  stance?: InputMaybe<Stance>;
  /** Another excerpt of the same source: its offsets. */
  start?: InputMaybe<Scalars['Int']['input']>;
  stated?: InputMaybe<FuzzyTimeInput>;
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

export type AssertClaimRelationInput = {
  explanation: Scalars['String']['input'];
  fromClaimId: Scalars['ID']['input'];
  kind: RelationKind;
  toClaimId: Scalars['ID']['input'];
};

export type AttributionInput = {
  end: Scalars['Int']['input'];
  /** Exactly the source text between start and end. */
  excerpt: Scalars['String']['input'];
  /** As printed: "told reporters". */
  reportingVerb?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  start: Scalars['Int']['input'];
  /** The reported-speech chain, nearest the claimant first. */
  viaActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Which changes to hear of; every change to a node when absent. */
export type ChangesFilter = {
  /** Changes to these nodes. */
  nodeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Changes to nodes of these types. */
  nodeTypes?: InputMaybe<Array<NodeType>>;
};

/** What a claim does to one of the events it is about, where its stance does not say it: QUALIFIES (doubts, no evidence either way) or CONTEXT (background) count neither for the event nor against it. */
export type ClaimEventRoleInput = {
  eventId: Scalars['ID']['input'];
  role: ClaimRole;
};

/** What a claim does to an event it is about: AFFIRMS (reports that it happened) and DENIES count toward its status and disputes; QUALIFIES (doubts, no evidence either way, a limit of what is known) and CONTEXT (background: history, motives, a related act) do not. Set on the link by an editor, else following from the stance. */
export type ClaimRole =
  | 'AFFIRMS'
  | 'CONTEXT'
  | 'DENIES'
  | 'QUALIFIES';

export type ClaimsFilter = {
  /** Claims about this event or actor. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims this actor made. */
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only claims printed with hedging words ("could", "believed to"); false: only those without. */
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claims whose quantity belongs to this measure. */
  measureKey?: InputMaybe<Scalars['String']['input']>;
  /** Claims this source reports. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims of any of these stances. */
  stance?: InputMaybe<Array<Stance>>;
};

/** Which contradictions: each list given narrows them (either claim may meet it). */
export type ContradictionFilter = {
  /** Either claim is made by or names one of these actors. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Either claim is about one of these events. */
  eventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<DisputeKind>>;
  /** Either claim puts a figure on one of these measures. */
  measureKeys?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateActorInput = {
  aliases?: InputMaybe<Array<NewAliasInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A kebab-case key; made from the name when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: ActorKind;
  name: Scalars['String']['input'];
};

export type CreateAliasInput = {
  actorId: Scalars['ID']['input'];
  /** Any kind but CANONICAL. */
  kind: AliasKind;
  name: Scalars['String']['input'];
};

export type CreateAttributionInput = {
  claimId: Scalars['ID']['input'];
  end: Scalars['Int']['input'];
  excerpt: Scalars['String']['input'];
  /** As printed: "told reporters". */
  reportingVerb?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  start: Scalars['Int']['input'];
  /** The reported-speech chain, nearest the claimant first. */
  viaActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CreateClaimInput = {
  aboutActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  aboutEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  attributions: Array<AttributionInput>;
  /** An unnamed claimant: "a top South Korean official". */
  claimantDescription?: InputMaybe<Scalars['String']['input']>;
  /** The named claimant; or give claimantDescription. */
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  /** Roles for events the claim is about; an event left out takes its role from the stance. */
  eventRoles?: InputMaybe<Array<ClaimEventRoleInput>>;
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** A kebab-case key; made from the proposition when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  proposition: Scalars['String']['input'];
  quantity?: InputMaybe<QuantityInput>;
  stance: Stance;
  stated: FuzzyTimeInput;
};

export type CreateEventInput = {
  /** A kebab-case key; made from the title when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: EventKind;
  participants?: InputMaybe<Array<ParticipantInput>>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  time: FuzzyTimeInput;
  title: Scalars['String']['input'];
};

export type CreatePlaceInput = {
  aliases?: InputMaybe<Array<NewAliasInput>>;
  /** The state (an Actor) the place belongs to. */
  countryId?: InputMaybe<Scalars['ID']['input']>;
  /** A kebab-case key; made from the name when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: PlaceKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
};

/** ESTIMATES: both claims put a figure on one measure; EVENT: any other (a denial of what others report). */
export type DisputeKind =
  | 'ESTIMATES'
  | 'EVENT';

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

/** A time as precisely as it is known: EDTF (2023-09-13, 2023-09, 2023-09/2024-02, 2024-02-27~) or null for unknown. */
export type FuzzyTimeInput = {
  edtf?: InputMaybe<Scalars['String']['input']>;
  /** The words it came from ("last month"). */
  phrase?: InputMaybe<Scalars['String']['input']>;
};

/** An article as an editor pastes it; what is left out is read from the text where it says. */
export type IngestSourceInput = {
  kind?: InputMaybe<SourceKind>;
  /** EDTF: 2024-02-27, 2024-02; else read from a dateline. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Verbatim: stored as it is, never trimmed. */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type MergeActorsInput = {
  /** The actor merged away. */
  sourceId: Scalars['ID']['input'];
  /** The actor that stays. */
  targetId: Scalars['ID']['input'];
};

export type Modality =
  | 'ACTUAL'
  | 'CAPACITY';

/** How a search met a name: EXACT the same name (case, accents, spaces and punctuation aside), PREFIX its beginning, WORDS whole words of it, FUZZY a near miss (a misprint a letter or two off; `distance` says how many). */
export type NameMatchKind =
  | 'EXACT'
  | 'FUZZY'
  | 'PREFIX'
  | 'WORDS';

export type NewAliasInput = {
  /** Any kind but CANONICAL. */
  kind: AliasKind;
  name: Scalars['String']['input'];
};

export type NodeType =
  | 'Actor'
  | 'Alias'
  | 'Attribution'
  | 'Claim'
  | 'ClaimRelation'
  | 'Event'
  | 'Measure'
  | 'Place'
  | 'Source'
  | 'SyndicationGroup';

export type ParticipantInput = {
  actorId: Scalars['ID']['input'];
  role: ParticipantRole;
};

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

/** A number the claim states: a value and/or bounds (null is open). */
export type QuantityInput = {
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  high?: InputMaybe<Scalars['Float']['input']>;
  item?: InputMaybe<Scalars['String']['input']>;
  low?: InputMaybe<Scalars['Float']['input']>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  modality?: InputMaybe<Modality>;
  /** The words as printed. */
  phrase: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type RelationKind =
  | 'CONTRADICTS'
  | 'CORROBORATES'
  | 'REVISES';

export type RelationOrigin =
  | 'COMPUTED'
  | 'EDITOR';

export type RevisionAction =
  | 'CREATE'
  | 'MERGE'
  | 'RETRACT'
  | 'REVOKE'
  | 'UNMERGE'
  | 'UPDATE';

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

/** Fields left out stay as they are; null clears an optional one. */
export type UpdateActorInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAliasInput = {
  kind?: InputMaybe<AliasKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; the result must still satisfy the provenance rule. */
export type UpdateAttributionInput = {
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Exactly the source text between start and end. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** As printed: "told reporters". */
  reportingVerb?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  /** The reported-speech chain, nearest the claimant first. */
  viaActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Fields left out stay as they are; null clears an optional one; lists, when given, replace. */
export type UpdateClaimInput = {
  aboutActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  aboutEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  claimantDescription?: InputMaybe<Scalars['String']['input']>;
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  /** Roles for events the claim is about; an event left out takes its role from the stance. */
  eventRoles?: InputMaybe<Array<ClaimEventRoleInput>>;
  hedge?: InputMaybe<Scalars['String']['input']>;
  proposition?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<QuantityInput>;
  stance?: InputMaybe<Stance>;
  stated?: InputMaybe<FuzzyTimeInput>;
};

/** Fields left out stay as they are; null clears an optional one; participants, when given, replace them. */
export type UpdateEventInput = {
  kind?: InputMaybe<EventKind>;
  participants?: InputMaybe<Array<ParticipantInput>>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  time?: InputMaybe<FuzzyTimeInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional one. */
export type UpdatePlaceInput = {
  countryId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PlaceKind>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};
