import { type SQL, sql } from 'drizzle-orm';
import type { SqlRef } from './knowledge.ts';
import { allOf } from './sql.ts';

/**
 * What a dispute is over: ESTIMATES when both claims put a figure on the same measure, EVENT
 * otherwise (a denial of what others report happened).
 */
export const DISPUTE_KINDS = ['ESTIMATES', 'EVENT'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

/** Which contradictions to list: of a kind, or touching any of these events, actors or measures. */
export interface DisputeFilter {
  kinds?: readonly DisputeKind[] | null;
  eventIds?: readonly number[] | null;
  /** Actors making either claim or named in either. */
  actorIds?: readonly number[] | null;
  measureKeys?: readonly string[] | null;
}

interface RelationEnds {
  fromClaimId: SqlRef;
  toClaimId: SqlRef;
}

/** Both claims put a figure on one measure. */
const overEstimates = (r: RelationEnds): SQL =>
  sql`EXISTS (SELECT 1 FROM quantities q1 JOIN quantities q2 ON q2.measure_id = q1.measure_id
        WHERE q1.claim_id = ${r.fromClaimId} AND q2.claim_id = ${r.toClaimId})`;

const NOTHING = sql`0 = 1`;

/** ESTIMATES, EVENT, or either: no condition when both or none are asked for by omission. */
function kindCondition(r: RelationEnds, kinds: readonly DisputeKind[] | null | undefined): SQL | undefined {
  if (!kinds) return undefined;
  const estimates = kinds.includes('ESTIMATES');
  const event = kinds.includes('EVENT');
  if (estimates && event) return undefined;
  if (estimates) return overEstimates(r);
  return event ? sql`NOT ${overEstimates(r)}` : NOTHING;
}

/** `condition` over the values listed: none when no list is given, nothing for an empty one. */
function anyOf<T extends number | string>(
  values: readonly T[] | null | undefined,
  condition: (listed: SQL) => SQL,
): SQL | undefined {
  if (!values) return undefined;
  return values.length
    ? condition(
        sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        ),
      )
    : NOTHING;
}

/** The relation's condition for `filter`: each list given narrows it. */
export function disputeCondition(r: RelationEnds, filter: DisputeFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const ends = sql`(${r.fromClaimId}, ${r.toClaimId})`;
  return allOf(
    kindCondition(r, filter.kinds),
    anyOf(
      filter.eventIds,
      (ids) =>
        sql`EXISTS (SELECT 1 FROM claim_events ce WHERE ce.claim_id IN ${ends} AND ce.event_id IN (${ids}))`,
    ),
    anyOf(
      filter.actorIds,
      (ids) => sql`(EXISTS (SELECT 1 FROM claims c WHERE c.id IN ${ends} AND c.claimant_id IN (${ids}))
        OR EXISTS (SELECT 1 FROM claim_actors ca WHERE ca.claim_id IN ${ends} AND ca.actor_id IN (${ids})))`,
    ),
    anyOf(
      filter.measureKeys,
      (keys) => sql`EXISTS (SELECT 1 FROM quantities q JOIN measures m ON m.id = q.measure_id
        WHERE q.claim_id IN ${ends} AND m.key IN (${keys}))`,
    ),
  );
}
