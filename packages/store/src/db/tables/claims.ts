import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CLAIM_ROLES, STANCES } from '../../domain/vocabulary.ts';
import { actors } from './actors.ts';
import { fuzzyTimeColumns, id, key, recordedAt, retractedAt } from './columns.ts';
import { events } from './events.ts';
import { sources } from './sources.ts';

export const claims = sqliteTable(
  'claims',
  {
    id: id(),
    key: key(),
    /** The named claimant; null for an unnamed one, described in `claimantDescription`. */
    claimantId: integer('claimant_id').references(() => actors.id),
    claimantDescription: text('claimant_description'),
    stance: text('stance', { enum: STANCES }).notNull(),
    /** The hedging words as printed ("could hold", "believed to"), or null for a flat statement. */
    hedge: text('hedge'),
    ...fuzzyTimeColumns('stated'),
    proposition: text('proposition').notNull(),
    recordedAt: recordedAt(),
    retractedAt: retractedAt(),
  },
  (t) => [index('claims_claimant_idx').on(t.claimantId), index('claims_stance_idx').on(t.stance)],
);

/** What a claim is about: events. */
export const claimEvents = sqliteTable(
  'claim_events',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    /** What the claim does to the event, as an editor set it; null: as its stance says (see records/support.ts). */
    role: text('role', { enum: CLAIM_ROLES }),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.eventId] }), index('claim_events_event_idx').on(t.eventId)],
);

/** What a claim is about: actors. */
export const claimActors = sqliteTable(
  'claim_actors',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.actorId] }), index('claim_actors_actor_idx').on(t.actorId)],
);

/** A source reporting a claim, pinned to its exact words: `source.text.slice(start, end) === excerpt`. */
export const attributions = sqliteTable(
  'attributions',
  {
    id: id(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    excerpt: text('excerpt').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    reportingVerb: text('reporting_verb'),
    recordedAt: recordedAt(),
    retractedAt: retractedAt(),
  },
  (t) => [
    index('attributions_claim_idx').on(t.claimId),
    index('attributions_source_idx').on(t.sourceId),
    uniqueIndex('attributions_claim_span_idx').on(t.claimId, t.sourceId, t.start, t.end),
  ],
);

/** The reported-speech chain between claimant and source (Shin → Yonhap → Bloomberg), nearest the claimant first. */
export const attributionIntermediaries = sqliteTable(
  'attribution_intermediaries',
  {
    attributionId: integer('attribution_id')
      .notNull()
      .references(() => attributions.id),
    position: integer('position').notNull(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.attributionId, t.position] })],
);
