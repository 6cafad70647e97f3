import type { QuantityBounds } from '@claimline/store';
import { NUMBER_WORD } from '../numbers.ts';

// The words that make and qualify a figure.

export const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|mn)';
const CURRENCY = '(?:US\\$|S\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥)';
// "4,250", "1.5 million", "three million", "half a million", "a thousand", "25bn".
const FIGURE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)(?:\\s*${SCALE}\\b)?`;
// "millions of", "tens of millions", "hundreds of thousands", "several billion", "multibillion".
const VAGUE = `(?:(?:tens|hundreds|dozens) of ${SCALE}s|${SCALE}s|(?:several|a few|multiple|many) ${SCALE}|multi-?${SCALE})`;
// A figure ends at a word boundary, or at a unit printed against it ("90km", "105mm").
export const CORE = new RegExp(
  `(${CURRENCY})?\\s?(?:(${VAGUE})|(${FIGURE}))(?!\\d|(?!(?:km|kms|kg|mm|m|bn|mn)\\b)\\p{L})`,
  'giu',
);

// Words before a figure that bound it or hedge it.
export const MODIFIERS: [RegExp, (n: number) => Partial<QuantityBounds>][] = [
  [
    /\b(?:more than|over|upwards of|in excess of|at least|no fewer than|no less than)\s+$/i,
    (n) => ({ value: null, low: n }),
  ],
  [
    /\b(?:up to|as many as|as much as|no more than|fewer than|less than|under|at most)\s+$/i,
    (n) => ({ value: null, high: n }),
  ],
  [/\bbarely\s+$/i, (n) => ({ value: n, high: n, approximate: true })],
  [
    /\b(?:about|some|around|roughly|approximately|nearly|almost|an estimated|estimated|close to|an?|circa|~)\s+$/i,
    () => ({ approximate: true }),
  ],
];
// "unable to produce even 2 million": a negated "even" is a ceiling.
export const NEGATED_EVEN = /\b(?:not|unable|never|n't|cannot|fail(?:s|ed)? to)\b[^.;]{0,40}\beven\s+$/i;
export const CAPACITY =
  /\b(?:could|can|would|able to|enough to|capacity to|capable of)\s+(?:hold|carry|contain|store|transport|fit|accommodate)\b[^.;]{0,120}$|\bcapacity of\s+$/i;
export const CAPACITY_REACH = 140;

export const UNIT_WORDS: [RegExp, string][] = [
  [/^cubic (?:metres|meters|m)$/i, 'cubic meters'],
  [/^square (?:kilometres|kilometers|km)$/i, 'square kilometers'],
  [/^(?:%|percent|per cent|pct)$/i, 'percent'],
  [/^(?:km|kms|kilometers|kilometres|kilometer|kilometre)$/i, 'kilometers'],
  [/^(?:miles?|mi)$/i, 'miles'],
  [/^(?:m|meters|metres)$/i, 'meters'],
  [/^(?:mm|millimeters|millimetres)$/i, 'millimeters'],
  [/^(?:kg|kilograms?|kilos?)$/i, 'kilograms'],
  [/^(?:tons?|tonnes?)$/i, 'tonnes'],
  [/^(?:dollars?|usd)$/i, 'US dollars'],
  [/^(?:euros?|eur)$/i, 'euros'],
  [/^(?:pounds? sterling|pounds)$/i, 'pounds sterling'],
  [/^(?:yuan|renminbi)$/i, 'yuan'],
  [/^(?:won)$/i, 'won'],
];
export const CURRENCY_UNITS: Record<string, string> = {
  $: 'US dollars',
  US$: 'US dollars',
  S$: 'Singapore dollars',
  A$: 'Australian dollars',
  C$: 'Canadian dollars',
  HK$: 'Hong Kong dollars',
  '€': 'euros',
  '£': 'pounds sterling',
  '¥': 'yen',
};
// Count nouns that name one unit: ammunition is counted in rounds, ships in vessels.
const COUNT_UNITS: [RegExp, string][] = [
  [/^(?:shells|rounds|bullets|projectiles|cartridges)$/i, 'rounds'],
  [/^(?:vessels|ships|boats)$/i, 'vessels'],
  [/^(?:people|persons|civilians|residents)$/i, 'people'],
];
export const TIME_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times)$/i;

/** The unit a counted noun is counted in: "shells" in rounds, "ships" in vessels, else the noun itself. */
export function countUnit(noun: string): string {
  return COUNT_UNITS.find(([pattern]) => pattern.test(noun))?.[1] ?? noun.toLowerCase();
}
