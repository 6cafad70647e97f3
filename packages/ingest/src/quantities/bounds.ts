import type { Modality, QuantityBounds } from '@claimline/store';
import { figureValue, vagueBounds } from './values.ts';
import { CAPACITY, CAPACITY_REACH, MODIFIERS, NEGATED_EVEN } from './vocabulary.ts';

/** The bounds a figure states by itself: a value, or a vague figure's range; null when it has none. */
export function figureBounds(vague: string | undefined, figure: string | undefined): QuantityBounds | null {
  if (vague) {
    const v = vagueBounds(vague);
    return v && { value: null, low: v.low, high: v.high, approximate: true };
  }
  const value = figureValue(figure as string);
  return value === null ? null : { value, low: null, high: null, approximate: false };
}

/** Whether the words before a figure bound or hedge it ("more than", "about"). */
export function isModified(before: string): boolean {
  return MODIFIERS.some(([pattern]) => pattern.test(before));
}

/**
 * The bounds after the first modifier before the figure ("more than" a floor, "up to" a
 * ceiling, "about" approximate), and how many characters of it join the quantity's words ("a"
 * and "an" do not).
 */
export function modifiedBounds(
  bounds: QuantityBounds,
  before: string,
  vague: boolean,
): { bounds: QuantityBounds; words: number } {
  for (const [pattern, apply] of MODIFIERS) {
    const hit = pattern.exec(before);
    if (!hit) continue;
    const figure = bounds.value ?? bounds.low ?? (bounds.high as number);
    const applied = apply(figure);
    const modified = {
      ...bounds,
      ...applied,
      approximate: bounds.approximate || Boolean(applied.approximate),
    };
    // "at least hundreds of thousands" keeps its floor and opens its ceiling.
    if ('low' in applied && vague) modified.high = null;
    return { bounds: modified, words: /^an?\s+$/i.test(hit[0]) ? 0 : hit[0].length };
  }
  return { bounds, words: 0 };
}

/** "unable to produce even 2 million": after a negated "even" the figure is a ceiling. */
export function negatedEvenBounds(bounds: QuantityBounds, before: string): QuantityBounds {
  return NEGATED_EVEN.test(before)
    ? { ...bounds, value: null, high: bounds.value ?? bounds.high, approximate: false }
    : bounds;
}

/** CAPACITY when the words before say what something could hold, else ACTUAL. */
export function modalityBefore(text: string, start: number): Modality {
  return CAPACITY.test(text.slice(Math.max(0, start - CAPACITY_REACH), start)) ? 'CAPACITY' : 'ACTUAL';
}
