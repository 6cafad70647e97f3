import { type SQL, sql } from 'drizzle-orm';
import { AFFIRMING_STANCES, SPEECH_EVENT_KINDS } from '../domain/event-status.ts';
import type { CLAIM_ROLES } from '../domain/vocabulary.ts';
import { claimIsLive, claimKnownBy, claimKnownFrom, type SqlRef } from './knowledge.ts';

/**
 * How well claims and events are supported, as SQL for planned reads and for the analysis:
 * independent sources (a syndication group counts once), distinct claimants, what a claim does to
 * an event, and when a claim relation became known. With `asOf`, only sources public by then count.
 */

/** The independent-source unit of a sources row under alias `s`: its syndication group, else itself. */
export const sourceUnit = (s: string): SQL =>
  sql.raw(`coalesce('g' || ${s}.syndication_group_id, 's' || ${s}.id)`);

/** The named claimant of a claims row under alias `c`, followed to its successor when merged. */
export const claimantActor = (c: string): SQL =>
  sql.raw(`(SELECT coalesce(x.merged_into_id, x.id) FROM actors x WHERE x.id = ${c}.claimant_id)`);

/** Who made a claim (alias `c`): its named actor, else its unnamed claimant by description. */
export const claimantKey = (c: string): SQL =>
  sql`coalesce('a' || ${claimantActor(c)}, 'd' || lower(trim(${sql.raw(c)}.claimant_description)))`;

export type ClaimRole = (typeof CLAIM_ROLES)[number];

/**
 * What a claim does to an event it is about: the role an editor set on the link, else as its
 * stance says: DENIES denies it, except a DENIAL event, which the denial itself attests;
 * AFFIRMING_STANCES report that it happened, and so does any claim about an event that is
 * something said (SPEECH_EVENT_KINDS). Null: neither.
 */
export const claimRole = (linkRole: SqlRef, stance: SqlRef, eventKind: SqlRef): SQL<ClaimRole | null> =>
  sql`coalesce(${linkRole}, CASE WHEN ${stance} = 'DENIES' THEN (CASE WHEN ${eventKind} = 'DENIAL' THEN 'AFFIRMS' ELSE 'DENIES' END)
            WHEN ${stance} IN (${list(AFFIRMING_STANCES)}) OR ${eventKind} IN (${list(SPEECH_EVENT_KINDS)})
            THEN 'AFFIRMS' END)`;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const knownBy = (s: string, asOf: string | undefined) =>
  asOf ? sql` AND ${sql.raw(s)}.known_from <= ${asOf}` : sql``;

/** How many independent sources report a claim. */
export const claimSourceCount = (claimId: SqlRef, asOf?: string): SQL<number> =>
  sql`(SELECT count(DISTINCT ${sourceUnit('s')}) FROM attributions a
        JOIN sources s ON s.id = a.source_id AND s.retracted_at IS NULL${knownBy('s', asOf)}
       WHERE a.claim_id = ${claimId} AND a.retracted_at IS NULL)`;

/** The columns of a claim relation the conditions below read: a table's, or a subquery alias's. */
export interface RelationRefs {
  kind: SqlRef;
  origin: SqlRef;
  fromClaimId: SqlRef;
  toClaimId: SqlRef;
  retractedAt: SqlRef;
}

const relationAlias = (r: string): RelationRefs => ({
  kind: sql.raw(`${r}.kind`),
  origin: sql.raw(`${r}.origin`),
  fromClaimId: sql.raw(`${r}.from_claim_id`),
  toClaimId: sql.raw(`${r}.to_claim_id`),
  retractedAt: sql.raw(`${r}.retracted_at`),
});

/**
 * The day a relation became known: when both its claims were. A computed corroboration rests on
 * independent sources, so it is known from the first day two sources of different units were public.
 */
export const relationKnownFrom = (r: RelationRefs): SQL<string | null> =>
  sql`(CASE WHEN ${r.kind} = 'CORROBORATES' AND ${r.origin} = 'COMPUTED' THEN
         (SELECT min(max(s1.known_from, s2.known_from))
            FROM attributions a1 JOIN sources s1 ON s1.id = a1.source_id AND s1.retracted_at IS NULL,
                 attributions a2 JOIN sources s2 ON s2.id = a2.source_id AND s2.retracted_at IS NULL
           WHERE a1.claim_id = ${r.fromClaimId} AND a1.retracted_at IS NULL
             AND a2.claim_id = ${r.toClaimId} AND a2.retracted_at IS NULL
             AND ${sourceUnit('s1')} <> ${sourceUnit('s2')})
       ELSE max(${claimKnownFrom(r.fromClaimId)}, ${claimKnownFrom(r.toClaimId)}) END)`;

/** A relation the record shows (on asOf, when given): live, between live claims, already known. */
export const relationShown = (r: RelationRefs, asOf?: string): SQL =>
  sql`${r.retractedAt} IS NULL
      AND ${claimIsLive(r.fromClaimId)} AND ${claimIsLive(r.toClaimId)}${
        asOf ? sql` AND ${relationKnownFrom(r)} <= ${asOf}` : sql``
      }`;

/** How many distinct claimants stand behind a claim: its own, and those of the claims corroborating it. */
export const claimClaimantCount = (claimId: SqlRef, asOf?: string): SQL<number> =>
  sql`(SELECT count(DISTINCT ${claimantKey('c')}) FROM claims c
        WHERE c.retracted_at IS NULL${asOf ? sql` AND ${claimKnownBy(sql.raw('c.id'), asOf)}` : sql``}
          AND (c.id = ${claimId} OR c.id IN (
                SELECT CASE WHEN r.from_claim_id = ${claimId} THEN r.to_claim_id ELSE r.from_claim_id END
                  FROM claim_relations r
                 WHERE r.kind = 'CORROBORATES' AND ${claimId} IN (r.from_claim_id, r.to_claim_id)
                   AND ${relationShown(relationAlias('r'), asOf)})))`;

/**
 * The figures an event's status follows from (`EventSupport` as JSON): the claims reporting it,
 * their independent sources and distinct claimants, and the claims denying it.
 */
export const eventSupport = (e: { id: SqlRef; kind: SqlRef }, asOf?: string): SQL<string> =>
  sql`(SELECT json_object(
         'affirmingClaims', count(DISTINCT CASE WHEN t.role = 'AFFIRMS' THEN t.claim_id END),
         'independentSources', count(DISTINCT CASE WHEN t.role = 'AFFIRMS' THEN t.unit END),
         'claimants', count(DISTINCT CASE WHEN t.role = 'AFFIRMS' THEN t.claimant END),
         'denyingClaims', count(DISTINCT CASE WHEN t.role = 'DENIES' THEN t.claim_id END))
       FROM (SELECT c.id AS claim_id, ${claimRole(sql.raw('ce.role'), sql.raw('c.stance'), e.kind)} AS role,
                    ${sourceUnit('s')} AS unit, ${claimantKey('c')} AS claimant
               FROM claim_events ce
               JOIN claims c ON c.id = ce.claim_id AND c.retracted_at IS NULL
               JOIN attributions a ON a.claim_id = c.id AND a.retracted_at IS NULL
               JOIN sources s ON s.id = a.source_id AND s.retracted_at IS NULL${knownBy('s', asOf)}
              WHERE ce.event_id = ${e.id}) t)`;
