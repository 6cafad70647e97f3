import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** A column, or a column of a subquery's own alias written as SQL. */
export type SqlRef = AnyColumn | SQL;

/**
 * Knowledge time. A source is public from its `known_from` day; a claim is known from the
 * first day a source reporting it was public; an event is known from its first reported claim.
 * `asOf` filters keep what was known on that day.
 */

/** The day a claim was first known, or null if no live source reports it. */
export const claimKnownFrom = (claimId: SqlRef): SQL<string | null> =>
  sql`(SELECT min(s.known_from) FROM attributions a JOIN sources s ON s.id = a.source_id
        WHERE a.claim_id = ${claimId} AND a.retracted_at IS NULL AND s.retracted_at IS NULL)`;

/** The day an event was first reported: its earliest known claim. */
export const eventKnownFrom = (eventId: SqlRef): SQL<string | null> =>
  sql`(SELECT min(s.known_from) FROM claim_events ce
        JOIN claims c ON c.id = ce.claim_id AND c.retracted_at IS NULL
        JOIN attributions a ON a.claim_id = ce.claim_id AND a.retracted_at IS NULL
        JOIN sources s ON s.id = a.source_id AND s.retracted_at IS NULL
        WHERE ce.event_id = ${eventId})`;

/**
 * The claim is live (not retracted): a lookup by id. `id IN (SELECT id FROM claims WHERE …)` would
 * list every live claim first — seconds at a million events.
 */
export const claimIsLive = (claimId: SqlRef): SQL =>
  sql`EXISTS (SELECT 1 FROM claims WHERE id = ${claimId} AND retracted_at IS NULL)`;

/** The source was public by `asOf`: a lookup by id, for the same reason. */
export const sourceKnownBy = (sourceId: SqlRef, asOf: string): SQL =>
  sql`EXISTS (SELECT 1 FROM sources WHERE id = ${sourceId} AND known_from <= ${asOf})`;

export const claimKnownBy = (claimId: SqlRef, asOf: string): SQL =>
  sql`EXISTS (SELECT 1 FROM attributions a JOIN sources s ON s.id = a.source_id
        WHERE a.claim_id = ${claimId} AND a.retracted_at IS NULL AND s.retracted_at IS NULL
          AND s.known_from <= ${asOf})`;

export const eventKnownBy = (eventId: SqlRef, asOf: string): SQL =>
  sql`EXISTS (SELECT 1 FROM claim_events ce
        JOIN claims c ON c.id = ce.claim_id AND c.retracted_at IS NULL
        JOIN attributions a ON a.claim_id = ce.claim_id AND a.retracted_at IS NULL
        JOIN sources s ON s.id = a.source_id AND s.retracted_at IS NULL
        WHERE ce.event_id = ${eventId} AND s.known_from <= ${asOf})`;
