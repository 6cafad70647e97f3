import { sentenceAround } from '@claimline/store';
import { builder } from '../builder.ts';

const Passage = builder.objectRef<{ text: string; start: number; end: number }>('Passage').implement({
  description: 'A stretch of a source text with its offsets.',
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

builder.drizzleObject('attributionIntermediaries', {
  name: 'ReportedVia',
  description: 'One link of a reported-speech chain, nearest the claimant first (Shin → Yonhap → Bloomberg).',
  fields: (t) => ({
    position: t.exposeInt('position'),
    actor: t.relation('actor'),
  }),
});

export const Attribution = builder.drizzleNode('attributions', {
  name: 'Attribution',
  description:
    'A source reporting a claim, pinned to its exact words: source.text.slice(start, end) === excerpt.',
  select: {},
  id: { column: (a) => a.id },
  fields: (t) => ({
    excerpt: t.exposeString('excerpt'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    reportingVerb: t.exposeString('reportingVerb', {
      nullable: true,
      description: 'As printed: "told reporters".',
    }),
    source: t.relation('source'),
    claim: t.relation('claim'),
    reportedVia: t.relation('intermediaries', { query: { orderBy: { position: 'asc' } } }),
    sentence: t.field({
      type: Passage,
      description: 'The sentence(s) around the excerpt in the source text.',
      select: { columns: { start: true, end: true }, with: { source: { columns: { text: true } } } },
      resolve: (a) => sentenceAround(a.source.text, a),
    }),
  }),
});
