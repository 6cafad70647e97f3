import { z } from 'zod';
import { key } from '../corpus/format.ts';
import { commonEraProblem, FuzzyTimeError, parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { shortTextProblem } from '../domain/stored-text.ts';

/**
 * The pieces every write's input schema is made of. Limits keep one request from storing a
 * novel in a name; the source text itself is the only long field.
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = shortTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Absent leaves a stored value as it is; null clears it. */
export const optionalText = (max: number) => text(max).nullish();

export const optionalKey = key.max(80, 'must be at most 80 characters').nullish();

/** A row id, already decoded from its global ID. */
export const rowId = z.number().int().positive();

/**
 * A refinement for a list that names each thing once: each item whose `keyOf` an earlier item
 * has is refused, at `field` of that item when given.
 */
export function namesEachOnce<T>(keyOf: (item: T) => unknown, field?: string) {
  return (list: readonly T[], ctx: z.RefinementCtx) => {
    const first = new Map<unknown, number>();
    list.forEach((item, i) => {
      const earlier = first.get(keyOf(item));
      if (earlier === undefined) first.set(keyOf(item), i);
      else
        ctx.addIssue({ code: 'custom', path: field ? [i, field] : [i], message: `repeats item ${earlier}` });
    });
  };
}

export const idList = z
  .array(rowId)
  .max(100, 'must list at most 100 items')
  .superRefine(namesEachOnce((id) => id));

/** A fuzzy time as written (EDTF, or null for unknown) and the words it came from; parsed to its bounds. */
export const fuzzyTimeInput = z
  .object({ edtf: z.string().max(100).nullish(), phrase: optionalText(200) })
  .transform((value, ctx) => {
    try {
      const time = parseFuzzyTime(value.edtf, value.phrase);
      const problem = commonEraProblem(time);
      if (problem) ctx.addIssue({ code: 'custom', path: ['edtf'], message: problem });
      return time;
    } catch (error) {
      if (!(error instanceof FuzzyTimeError)) throw error;
      ctx.addIssue({ code: 'custom', path: ['edtf'], message: error.message });
      return z.NEVER;
    }
  });
