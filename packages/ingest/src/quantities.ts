import type { Modality, QuantityBounds, TextSpan } from '@claimline/store';
import {
  figureBounds,
  isModified,
  modalityBefore,
  modifiedBounds,
  negatedEvenBounds,
} from './quantities/bounds.ts';
import { nounBefore, unitAfter } from './quantities/units.ts';
import { CORE } from './quantities/vocabulary.ts';
import { SpanIndex } from './spans.ts';
import { type Found, found, type Tagging, tagText } from './text.ts';

/** A figure the text states, with its bounds, unit, item and modality, and the words it came from. */
export interface QuantityMention extends Found, QuantityBounds {
  unit: string;
  item: string | null;
  modality: Modality;
}

/** A match of a figure's words: its offsets without the space before, and up to 60 characters before it. */
interface Figure {
  match: RegExpExecArray;
  start: number;
  end: number;
  before: string;
}

/** Ordinals, parts of words and list numbers are not figures: a letter, digit or mark right before. */
export function isInsideWord(before: string): boolean {
  return /[\p{L}\d.,-]$/u.test(before) && !/^\s*$/.test(before.slice(-1));
}

/** A parenthesised figure right after another is a conversion ("(110 miles)"): where the first then ends, or null. */
export function conversionEnd(text: string, previous: TextSpan, start: number, end: number): number | null {
  if (!/^\s*\($/.test(text.slice(previous.end, start))) return null;
  const close = text.indexOf(')', end);
  return close !== -1 && close - end < 30 ? close + 1 : null;
}

/** "Those thousands of barrels" points back at a figure already given. */
export function pointsBack(before: string): boolean {
  return /\b(?:those|these|the same)\s+$/i.test(before);
}

/** A small number in words with no hedge is a count in passing ("the two leaders"), not a figure. */
export function isPassingCount(
  figureText: string | undefined,
  bounds: QuantityBounds,
  before: string,
): boolean {
  return (
    figureText !== undefined &&
    /^[a-z]+$/i.test(figureText.trim()) &&
    (bounds.value ?? 0) < 100 &&
    !isModified(before)
  );
}

/** The quantity a figure states: its bounds, unit, item and modality, or null when it states none. */
function readQuantity(text: string, tagging: Tagging, figure: Figure): QuantityMention | null {
  const [, currency, vague, figureText] = figure.match;
  if (pointsBack(figure.before)) return null;
  const stated = figureBounds(vague, figureText);
  if (!stated) return null;
  const countsAfterOf = vague !== undefined || /s$/.test(figureText ?? '');
  const read = unitAfter(text, tagging, { end: figure.end, currency, countsAfterOf });
  if (!read) return null;
  const earlier =
    !read.unit && (vague || (stated.value ?? 0) >= 1000) ? nounBefore(text, tagging, figure.start) : null;
  const unit = read.unit ?? earlier?.unit;
  if (!unit) return null;
  if (!vague && isPassingCount(figureText, stated, figure.before)) return null;
  const modified = modifiedBounds(stated, figure.before, vague !== undefined);
  const bounds = negatedEvenBounds(modified.bounds, figure.before);
  const start = figure.start - modified.words;
  const item = earlier ? earlier.item : read.item;
  return { ...found(text, start, read.end), ...bounds, unit, item, modality: modalityBefore(text, start) };
}

/**
 * Every figure `text` states outside the `skip` spans (page furniture, dates): digits and words
 * ("3 million", "half a million", "more than a thousand", "about 30 percent", "$25 billion",
 * "180 kilometers (110 miles)"), with bounds from "about / some / more than / at least / up to /
 * as many as / barely", a unit (a currency, a measure, or the counted noun), the item counted,
 * and CAPACITY when the text says what something could hold.
 */
export function findQuantities(text: string, skip: readonly TextSpan[] = []): QuantityMention[] {
  const tagging = tagText(text);
  const skipped = new SpanIndex(skip);
  const result: QuantityMention[] = [];
  // Every quantity found starts before the next figure, so only one ending past its start overlaps it.
  let reach = Number.NEGATIVE_INFINITY;
  for (const match of text.matchAll(CORE)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].length;
    if (skipped.overlaps({ start, end }) || start < reach) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    if (isInsideWord(before)) continue;
    const previous = result.at(-1);
    const conversion = previous ? conversionEnd(text, previous, start, end) : null;
    if (previous && conversion !== null) {
      result[result.length - 1] = { ...previous, ...found(text, previous.start, conversion) };
      reach = Math.max(reach, conversion);
      continue;
    }
    const quantity = readQuantity(text, tagging, { match, start, end, before });
    if (!quantity) continue;
    result.push(quantity);
    reach = Math.max(reach, quantity.end);
  }
  return result;
}
