/** Any Relay connection as the operation documents select it. */
export interface Connection<Node> {
  nodes: readonly Node[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The page to fetch: pass both to the connection's `first` and `after`. */
export interface PageArgs {
  first: number;
  after: string | null;
}

export interface PaginateOptions {
  /** Nodes asked for a page (default and server maximum 100). */
  pageSize?: number;
  /** Stop after this many nodes. */
  limit?: number;
}

/**
 * Every node of a connection, page after page: follows `endCursor` while `hasNextPage`, and asks
 * no more than `limit` needs.
 *
 *   for await (const event of paginate((page) => client.timeline({ filter, ...page }))) …
 */
export async function* paginate<Node>(
  fetchPage: (page: PageArgs) => Promise<Connection<Node>>,
  { pageSize = 100, limit = Number.POSITIVE_INFINITY }: PaginateOptions = {},
): AsyncGenerator<Node, void, undefined> {
  let remaining = limit;
  let after: string | null = null;
  while (remaining > 0) {
    const page: Connection<Node> = await fetchPage({ first: Math.min(pageSize, remaining), after });
    for (const node of page.nodes.slice(0, remaining)) yield node;
    remaining -= page.nodes.length;
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
    after = page.pageInfo.endCursor;
  }
}
