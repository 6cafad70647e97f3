import type { SOURCE_KINDS } from '@claimline/store';
import {
  allOf,
  type attributions,
  claimKnownBy,
  fuzzyTimeSelection,
  readFuzzyTime,
  sources,
} from '@claimline/store';
import { eq, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';
import { AS_OF_DESCRIPTION, nestedAsOf } from '../plugins/as-of.ts';
import { FurnitureKind, SourceKind } from './enums.ts';
import { FuzzyTimeRef } from './fuzzy-time.ts';

export const SyndicationGroup = builder.drizzleNode('syndicationGroups', {
  name: 'SyndicationGroup',
  description: 'Copies of one story run by several outlets: counted once among independent sources.',
  id: { column: (g) => g.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    sources: t.relation('sources', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.drizzleObject('sourceFurniture', {
  name: 'FurnitureSpan',
  description: 'Page furniture in a source text (navigation, "Read More", related headlines): never a claim.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FurnitureKind }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

export const Source = builder.drizzleNode('sources', {
  name: 'Source',
  description: 'A document that reports claims, with its full text stored verbatim.',
  // Only the columns asked for: the text is large, and most selections of a source omit it.
  select: {},
  id: { column: (s) => s.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    byline: t.exposeString('byline', { nullable: true }),
    dateline: t.exposeString('dateline', { nullable: true }),
    published: t.field({
      type: FuzzyTimeRef,
      select: { columns: fuzzyTimeSelection('published') },
      resolve: (s) => readFuzzyTime('published', s),
    }),
    knownFrom: t.expose('knownFrom', {
      type: 'Date',
      description: 'The first day the source was certainly public: what asOf compares with.',
    }),
    url: t.exposeString('url', { nullable: true }),
    kind: t.expose('kind', { type: SourceKind }),
    text: t.exposeString('text', {
      description: 'The full text, verbatim: attribution offsets point into it.',
    }),
    contentHash: t.exposeString('contentHash'),
    syndicationGroup: t.relation('syndicationGroup', { nullable: true }),
    furniture: t.relation('furniture', { query: { orderBy: { start: 'asc' } } }),
    attributions: t.relatedConnection(
      'attributions',
      {
        maxSize: pageSizeLimit,
        totalCount: true,
        args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
        query: (args, ctx, path) => {
          const asOf = nestedAsOf(args.asOf, ctx, path);
          return {
            orderBy: { start: 'asc' },
            where: {
              retractedAt: { isNull: true },
              ...(asOf ? { RAW: (a: typeof attributions) => claimKnownBy(a.claimId, asOf) } : {}),
            },
          };
        },
      },
      { name: 'SourceAttributionsConnection' },
      { name: 'SourceAttributionsEdge' },
    ),
  }),
});

const SourcesFilter = builder.inputType('SourcesFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [SourceKind] }),
    publisher: t.string(),
  }),
});

builder.queryFields((t) => ({
  sources: t.drizzleConnection(
    {
      type: 'sources',
      description: 'Sources in the order they were published (unknown dates last).',
      maxSize: pageSizeLimit,
      args: {
        filter: t.arg({ type: SourcesFilter }),
        asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.store.db.$count(sources, sourceCondition(sources, args.filter, args.asOf ?? undefined)),
      resolve: (query, _parent, args, ctx) => {
        const asOf = args.asOf ?? undefined;
        return ctx.store.db.query.sources.findMany(
          query({
            where: { RAW: (s) => sourceCondition(s, args.filter, asOf) },
            orderBy: { knownFrom: 'asc', id: 'asc' },
          }),
        );
      },
    },
    { name: 'SourceConnection' },
    { name: 'SourceEdge' },
  ),
}));

function sourceCondition(
  s: typeof sources,
  filter: { kinds?: (typeof SOURCE_KINDS)[number][] | null; publisher?: string | null } | null | undefined,
  asOf: string | undefined,
): SQL {
  return allOf(
    isNull(s.retractedAt),
    filter?.kinds?.length ? inArray(s.kind, filter.kinds) : undefined,
    filter?.publisher ? eq(s.publisher, filter.publisher) : undefined,
    asOf ? lte(s.knownFrom, asOf) : undefined,
  );
}
