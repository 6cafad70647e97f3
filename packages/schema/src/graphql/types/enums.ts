import {
  ACTOR_KINDS,
  EVENT_KINDS,
  FURNITURE_KINDS,
  MODALITIES,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  RELATION_KINDS,
  SOURCE_KINDS,
  STANCES,
  STORED_ALIAS_KINDS,
} from '../../domain/vocabulary.ts';
import { builder } from '../builder.ts';

export const ActorKind = builder.enumType('ActorKind', { values: ACTOR_KINDS });
export const AliasKind = builder.enumType('AliasKind', { values: STORED_ALIAS_KINDS });
export const PlaceKind = builder.enumType('PlaceKind', { values: PLACE_KINDS });
export const EventKind = builder.enumType('EventKind', { values: EVENT_KINDS });
export const ParticipantRole = builder.enumType('ParticipantRole', { values: PARTICIPANT_ROLES });
export const SourceKind = builder.enumType('SourceKind', { values: SOURCE_KINDS });
export const FurnitureKind = builder.enumType('FurnitureKind', { values: FURNITURE_KINDS });
export const Stance = builder.enumType('Stance', { values: STANCES });
export const Modality = builder.enumType('Modality', { values: MODALITIES });
export const RelationKind = builder.enumType('RelationKind', { values: RELATION_KINDS });
