import type { claims } from '@claimline/store';
import { claimKnownBy } from '@claimline/store';
import { sql } from 'drizzle-orm';

/** Claims are listed in the order they were stated; unknown times last. One function, so drizzle sees one extra. */
export const statedSortKey = (c: typeof claims) => sql<string>`coalesce(${c.statedEarliest}, '9999-12-31')`;

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
