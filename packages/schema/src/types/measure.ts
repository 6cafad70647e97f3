import type { quantities } from '@claimline/store';
import { allOf, claimIsLive, claimKnownBy, formatQuantity } from '@claimline/store';
import { sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { AS_OF_DESCRIPTION, nestedAsOf } from '../plugins/as-of.ts';
import { statedSortKeyOf } from './claim-order.ts';
import { shownRelations } from './claim-relation.ts';
import { Modality } from './enums.ts';

builder.drizzleObject('quantities', {
  name: 'Quantity',
  description:
    'A number a claim states: a value or bounds (null is open), approximate or exact, with unit and modality.',
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true }),
    low: t.exposeFloat('low', { nullable: true, description: 'Lower bound; null when open.' }),
    high: t.exposeFloat('high', { nullable: true, description: 'Upper bound; null when open.' }),
    approximate: t.exposeBoolean('approximate'),
    unit: t.exposeString('unit'),
    item: t.exposeString('item', { nullable: true }),
    modality: t.expose('modality', {
      type: Modality,
      description:
        'ACTUAL, or CAPACITY for what something could hold ("containers that could hold 3 million rounds").',
    }),
    phrase: t.exposeString('phrase', { description: 'The words as printed.' }),
    label: t.string({
      description: 'A compact reading: ≈40 barges, ≥1,000 containers.',
      resolve: (q) => formatQuantity(q),
    }),
    measure: t.relation('measure', { nullable: true }),
    claim: t.relation('claim'),
  }),
});

export const Measure = builder.drizzleNode('measures', {
  name: 'Measure',
  description: 'What estimates line up on over time ("containers shipped North Korea → Russia").',
  id: { column: (m) => m.id },
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    unit: t.exposeString('unit'),
    item: t.exposeString('item', { nullable: true }),
    cumulative: t.exposeBoolean('cumulative', {
      description: 'A running total: later estimates revise earlier ones.',
    }),
    description: t.exposeString('description', { nullable: true }),
    estimates: t.relation('quantities', {
      description:
        'Its estimates in the order they were stated, as claims are listed (an open start first, unknown times last).',
      args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
      query: (args, ctx, path) => {
        const asOf = nestedAsOf(args.asOf, ctx, path);
        return {
          where: {
            RAW: (q: typeof quantities) =>
              allOf(claimIsLive(q.claimId), asOf ? claimKnownBy(q.claimId, asOf) : undefined),
          },
          orderBy: (q: typeof quantities) => [statedSortKeyOf(q.claimId), q.id],
        };
      },
    }),
    relations: t.relation('estimateRelations', {
      description:
        'How its estimates bear on one another — revisions, corroborations, contradictions — as known on asOf.',
      args: { asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }) },
      query: (args, ctx, path) =>
        shownRelations(
          nestedAsOf(args.asOf, ctx, path),
          (r) => sql`EXISTS (SELECT 1 FROM quantities q1 JOIN quantities q2 ON q2.measure_id = q1.measure_id
                              WHERE q1.claim_id = ${r.fromClaimId} AND q2.claim_id = ${r.toClaimId})`,
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  measure: t.drizzleField({
    type: 'measures',
    nullable: true,
    description: 'A measure by key, with its series of estimates (as known on asOf, when given).',
    args: {
      key: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'AsOfDate', description: AS_OF_DESCRIPTION }),
    },
    resolve: (query, _parent, args, ctx) =>
      ctx.store.db.query.measures.findFirst(query({ where: { key: args.key } })),
  }),
  measures: t.drizzleField({
    type: ['measures'],
    description: 'Every measure, by name.',
    resolve: (query, _parent, _args, ctx) =>
      ctx.store.db.query.measures.findMany(query({ orderBy: { name: 'asc' } })),
  }),
}));
