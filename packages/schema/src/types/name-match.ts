import { type NamedEntity, type NameMatch, searchNames } from '@claimline/store';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { ClaimlineContext } from '../context.ts';
import { NameMatchKind } from './enums.ts';

export const NameMatchRef = builder.objectRef<NameMatch>('NameMatch').implement({
  description: 'How an actor or place met a name search: the name or alias that matched, and how.',
  fields: (t) => ({
    kind: t.field({ type: NameMatchKind, resolve: (m) => m.kind }),
    distance: t.exposeInt('distance', {
      description:
        'Letters the search is off the name (edits, a swap of two neighbours counting one): 0 but for FUZZY.',
    }),
    name: t.string({ description: 'The name or alias that matched, as stored.', resolve: (m) => m.alias }),
  }),
});

// One search per request and entity: a page and its count rank the same matches.
const searches = new WeakMap<ClaimlineContext, Map<string, NameMatch[]>>();

/** The actors or places meeting `search`, best first (see @claimline/store's name-search.ts). */
export function nameMatches(ctx: ClaimlineContext, entity: NamedEntity, search: string): NameMatch[] {
  const done = searches.get(ctx) ?? new Map<string, NameMatch[]>();
  searches.set(ctx, done);
  const key = `${entity}\u0000${search}`;
  const matches = done.get(key) ?? searchNames(ctx.store, entity, search);
  done.set(key, matches);
  return matches;
}

/** Each row's position among `matches` as a SQL expression, so keyset cursors page through the ranked order. */
export function matchRank(id: AnyColumn, matches: readonly NameMatch[]): SQL<number> {
  return sql<number>`CASE ${id} ${sql.join(
    matches.map((m, i) => sql`WHEN ${sql.raw(String(m.id))} THEN ${sql.raw(String(i))}`),
    sql` `,
  )} END`;
}

/** A row of a searched page, with how it met the search. */
export interface Matched {
  id: number;
  searchMatch?: NameMatch;
}

/** The rows of a searched page, each given its match (read by the edge's `match`). */
export function withMatches<T>(rows: T[], matches: readonly NameMatch[]): T[] {
  const byId = new Map(matches.map((m) => [m.id, m]));
  // The node's id is always selected (it is the global ID's column).
  for (const row of rows as unknown as Matched[]) row.searchMatch = byId.get(row.id);
  return rows;
}

/** The edge field saying how a node met the search. */
export function matchOfEdge({ node }: { node: unknown }): NameMatch | null {
  return (node as Matched).searchMatch ?? null;
}
