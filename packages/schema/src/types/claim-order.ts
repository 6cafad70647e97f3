import type { claims } from '@claimline/store';
import { claimKnownBy, timeSortEnd, timeSortStart } from '@claimline/store';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

type Ref = AnyColumn | SQL;

/**
 * Claims are listed in the order they were stated, by the timeline's rule: an open start first,
 * unknown times last, then by the latest day. One key of both days (each ten characters), so
 * drizzle sees one extra and keyset cursors one column.
 */
const statedOrder = (precision: Ref, earliest: Ref, latest: Ref) =>
  sql<string>`${timeSortStart(precision, earliest)} || ' ' || ${timeSortEnd(latest)}`;

export const statedSortKey = (c: typeof claims) =>
  statedOrder(c.statedPrecision, c.statedEarliest, c.statedLatest);

/** The same key for the claim `claimId` (a quantity's, an attribution's). */
export const statedSortKeyOf = (claimId: Ref) =>
  sql<string>`(SELECT ${statedOrder(sql.raw('c.stated_precision'), sql.raw('c.stated_earliest'), sql.raw('c.stated_latest'))}
                 FROM claims c WHERE c.id = ${claimId})`;

/** The query of a nested claims list: live claims known by `asOf`, in stated order. */
export function knownClaimsInStatedOrder(asOf: string | undefined) {
  return {
    where: {
      retractedAt: { isNull: true as const },
      ...(asOf ? { RAW: (c: typeof claims) => claimKnownBy(c.id, asOf) } : {}),
    },
    orderBy: { statedSortKey: 'asc' as const },
    extras: { statedSortKey },
  };
}
