import { and, type SQL, sql } from 'drizzle-orm';

/** All of the conditions (undefined ones skipped); true when there are none. */
export function allOf(...conditions: (SQL | undefined)[]): SQL {
  return and(...conditions) ?? sql`1 = 1`;
}
