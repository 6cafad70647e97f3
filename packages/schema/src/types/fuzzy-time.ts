import { type FuzzyTime, formatFuzzyTime, PRECISIONS } from '@claimline/store';
import { builder } from '../builder.ts';

export const Precision = builder.enumType('Precision', { values: PRECISIONS });

export const FuzzyTimeRef = builder.objectRef<FuzzyTime>('FuzzyTime').implement({
  description:
    'A time as precisely as it is known: an EDTF value (2023-09-13, 2023-09, 2023-09/2024-02, 2024-02-27~) or unknown, with the bounds it allows.',
  fields: (t) => ({
    edtf: t.exposeString('edtf', { nullable: true, description: 'The EDTF value; null when unknown.' }),
    earliest: t.expose('earliest', {
      type: 'Date',
      nullable: true,
      description: 'The first day it allows; null when open or unknown.',
    }),
    latest: t.expose('latest', {
      type: 'Date',
      nullable: true,
      description: 'The last day it allows; null when open or unknown.',
    }),
    precision: t.expose('precision', { type: Precision }),
    approximate: t.exposeBoolean('approximate'),
    uncertain: t.exposeBoolean('uncertain'),
    phrase: t.exposeString('phrase', {
      nullable: true,
      description: 'The words of the text it was resolved from ("last month", "Wednesday").',
    }),
    label: t.string({
      description: 'A short reading: 2023-09-13, 2023-09 (month), unknown.',
      resolve: (time) => formatFuzzyTime(time),
    }),
  }),
});
