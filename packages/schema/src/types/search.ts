import {
  claims,
  events,
  type SearchHit,
  type SearchKind,
  type SearchPosition,
  sources,
} from '@claimline/store';
import { PothosValidationError } from '@pothos/core';
import { inArray } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { ClaimlineContext } from '../context.ts';
import {
  DEFAULT_PAGE_SIZE,
  decodeSearchCursor,
  encodeSearchCursor,
  pageSizeLimit,
  searchableText,
} from '../pagination.ts';
import { AS_OF_DESCRIPTION } from '../plugins/as-of.ts';
import { Claim } from './claim.ts';
import { Event } from './event.ts';
import { Source } from './source.ts';

type Row = { id: number } & Record<string, unknown>;
type LoadedHit = SearchHit & { node: Row };

const SearchResultKind = builder.enumType('SearchResultKind', {
  values: ['SOURCE', 'CLAIM', 'EVENT'] as const,
});

const SearchNode = builder.unionType('SearchNode', {
  types: [Source, Claim, Event],
  resolveType: (node) => ('contentHash' in node ? Source : 'proposition' in node ? Claim : Event),
});

const SearchResult = builder.objectRef<LoadedHit>('SearchResult').implement({
  description: 'A full-text match, with the matching words wrapped in [ ] in its snippet.',
  fields: (t) => ({
    kind: t.field({
      type: SearchResultKind,
      resolve: (h) => h.kind.toUpperCase() as 'SOURCE' | 'CLAIM' | 'EVENT',
    }),
    snippet: t.exposeString('snippet'),
    inTitle: t.boolean({
      description: "Every word is in the title: a source's or event's title, a claim's proposition.",
      resolve: (h) => h.tier === 0,
    }),
    node: t.field({ type: SearchNode, resolve: (h) => h.node as never }),
  }),
});

const tables = { source: sources, claim: claims, event: events } as const;

async function loadNodes(ctx: ClaimlineContext, hits: SearchHit[]): Promise<LoadedHit[]> {
  const rows = new Map<string, Row>();
  for (const kind of Object.keys(tables) as SearchKind[]) {
    const ids = hits.filter((h) => h.kind === kind).map((h) => h.id);
    if (!ids.length) continue;
    const table = tables[kind];
    for (const row of ctx.store.db.select().from(table).where(inArray(table.id, ids)).all() as Row[]) {
      rows.set(`${kind}:${row.id}`, row);
    }
  }
  return hits.flatMap((hit) => {
    const node = rows.get(`${hit.kind}:${hit.id}`);
    return node ? [{ ...hit, node }] : [];
  });
}

function decodeCursor(cursor: string): SearchPosition {
  const position = decodeSearchCursor(cursor);
  if (position) return position;
  throw new PothosValidationError(
    `Argument "after": ${JSON.stringify(cursor)} is not a cursor of this connection`,
  );
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Full-text search over sources, claims and events: hits with every word in the title first, then the rest; within each, the latest first. Pages forward.',
      args: {
        query: t.arg.string({
          required: true,
          description:
            'Words that must all appear, in any form (shell, shells); end a word with * to match its start.',
        }),
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      resolve: async (_parent, args, ctx) => {
        if (args.last != null || args.before != null) {
          throw new PothosValidationError('search pages forward only: use "first" and "after"');
        }
        const size = Math.min(args.first ?? DEFAULT_PAGE_SIZE, pageSizeLimit(args));
        const { hits, total } = ctx.store.searchText(searchableText('query', args.query), {
          limit: size + 1,
          after: args.after ? decodeCursor(args.after) : undefined,
          asOf: args.asOf ?? undefined,
        });
        const page = await loadNodes(ctx, hits.slice(0, size));
        return {
          totalCount: total,
          edges: page.map((node) => ({ cursor: encodeSearchCursor(node), node })),
          pageInfo: {
            hasNextPage: hits.length > size,
            hasPreviousPage: Boolean(args.after),
            startCursor: page[0] ? encodeSearchCursor(page[0]) : null,
            endCursor: page.at(-1) ? encodeSearchCursor(page.at(-1) as LoadedHit) : null,
          },
        };
      },
    },
    {
      name: 'SearchConnection',
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection) => (connection as unknown as { totalCount: () => number }).totalCount(),
        }),
      }),
    },
    { name: 'SearchEdge' },
  ),
}));
