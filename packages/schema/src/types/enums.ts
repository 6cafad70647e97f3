import {
  ACTOR_KINDS,
  CLAIM_ROLES,
  EVENT_KINDS,
  EVENT_STATUSES,
  FURNITURE_KINDS,
  MODALITIES,
  NAME_MATCH_KINDS,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  RELATION_KINDS,
  RELATION_ORIGINS,
  SOURCE_KINDS,
  STANCES,
  STORED_ALIAS_KINDS,
} from '@claimline/store';
import { builder } from '../builder.ts';

export const ActorKind = builder.enumType('ActorKind', { values: ACTOR_KINDS });
export const NameMatchKind = builder.enumType('NameMatchKind', {
  values: NAME_MATCH_KINDS,
  description:
    'How a search met a name: EXACT the same name (case, accents, spaces and punctuation aside), PREFIX its beginning, WORDS whole words of it, FUZZY a near miss (a misprint a letter or two off; `distance` says how many).',
});
export const AliasKind = builder.enumType('AliasKind', { values: STORED_ALIAS_KINDS });
export const PlaceKind = builder.enumType('PlaceKind', { values: PLACE_KINDS });
export const EventKind = builder.enumType('EventKind', { values: EVENT_KINDS });
export const ParticipantRole = builder.enumType('ParticipantRole', { values: PARTICIPANT_ROLES });
export const SourceKind = builder.enumType('SourceKind', { values: SOURCE_KINDS });
export const FurnitureKind = builder.enumType('FurnitureKind', { values: FURNITURE_KINDS });
export const Stance = builder.enumType('Stance', { values: STANCES });
export const Modality = builder.enumType('Modality', { values: MODALITIES });
export const RelationKind = builder.enumType('RelationKind', { values: RELATION_KINDS });
export const RelationOrigin = builder.enumType('RelationOrigin', { values: RELATION_ORIGINS });
export const EventStatus = builder.enumType('EventStatus', {
  values: EVENT_STATUSES,
  description:
    'Whether an event happened, as its claims have it. DENIED: denied, and no claim reports it. DISPUTED: reported and denied. CORROBORATED: not denied, and reported by at least two independent sources and two distinct claimants. REPORTED: otherwise.',
});
export const ClaimRole = builder.enumType('ClaimRole', {
  values: CLAIM_ROLES,
  description:
    'What a claim does to an event it is about: AFFIRMS (reports that it happened) and DENIES count toward its status and disputes; QUALIFIES (doubts, no evidence either way, a limit of what is known) and CONTEXT (background: history, motives, a related act) do not. Set on the link by an editor, else following from the stance.',
});
