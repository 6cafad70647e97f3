import type { Modality, QuantityBounds, TextSpan } from '@claimline/store';
import { NUMBER_WORD, parseFigure, SCALES } from './numbers.ts';
import { type Found, found, overlapsAny, type TaggedTerm, tagText } from './text.ts';

/** A figure the text states, with its bounds, unit, item and modality, and the words it came from. */
export interface QuantityMention extends Found, QuantityBounds {
  unit: string;
  item: string | null;
  modality: Modality;
}

const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|mn)';
const CURRENCY = '(?:US\\$|S\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥)';
// "4,250", "1.5 million", "three million", "half a million", "a thousand", "25bn".
const FIGURE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)(?:\\s*${SCALE}\\b)?`;
// "millions of", "tens of millions", "hundreds of thousands", "several billion", "multibillion".
const VAGUE = `(?:(?:tens|hundreds|dozens) of ${SCALE}s|${SCALE}s|(?:several|a few|multiple|many) ${SCALE}|multi-?${SCALE})`;
// A figure ends at a word boundary, or at a unit printed against it ("90km", "105mm").
const CORE = new RegExp(
  `(${CURRENCY})?\\s?(?:(${VAGUE})|(${FIGURE}))(?!\\d|(?!(?:km|kms|kg|mm|m|bn|mn)\\b)\\p{L})`,
  'giu',
);

// Words before a figure that bound it or hedge it.
const MODIFIERS: [RegExp, (n: number) => Partial<QuantityBounds>][] = [
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
const NEGATED_EVEN = /\b(?:not|unable|never|n't|cannot|fail(?:s|ed)? to)\b[^.;]{0,40}\beven\s+$/i;
const CAPACITY =
  /\b(?:could|can|would|able to|enough to|capacity to|capable of)\s+(?:hold|carry|contain|store|transport|fit|accommodate)\b[^.;]{0,120}$|\bcapacity of\s+$/i;
const CAPACITY_REACH = 140;

const UNIT_WORDS: [RegExp, string][] = [
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
const CURRENCY_UNITS: Record<string, string> = {
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
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times)$/i;

function vagueBounds(words: string): { low: number; high: number | null } | null {
  const text = words.toLowerCase().replace(/-/g, '');
  const scale = (w: string) => SCALES[w.replace(/s$/, '')] ?? null;
  let m = /^(tens|hundreds|dozens) of (\w+)$/.exec(text);
  if (m) {
    const unit = scale(m[2] as string);
    const factor = m[1] === 'tens' ? 10 : m[1] === 'hundreds' ? 100 : 12;
    return unit ? { low: factor * unit, high: m[1] === 'dozens' ? null : 10 * factor * unit } : null;
  }
  m = /^(?:several|a few|multiple|many|multi) ?(\w+)$/.exec(text);
  if (m) {
    const unit = scale(m[1] as string);
    return unit ? { low: 2 * unit, high: null } : null;
  }
  const unit = scale(text);
  return unit ? { low: unit, high: null } : null;
}

function figureValue(words: string): number | null {
  const text = words.toLowerCase().trim();
  const scaled = new RegExp(`^(.*?)\\s*(${SCALE})$`).exec(text);
  if (scaled) {
    const base = scaled[1] ? parseFigure(scaled[1].replace(/^an?$/, 'one')) : 1;
    return base === null ? null : base * (SCALES[scaled[2] as string] as number);
  }
  return parseFigure(text);
}

/**
 * Every figure `text` states outside the `skip` spans (page furniture, dates): digits and words
 * ("3 million", "half a million", "more than a thousand", "about 30 percent", "$25 billion",
 * "180 kilometers (110 miles)"), with bounds from "about / some / more than / at least / up to /
 * as many as / barely", a unit (a currency, a measure, or the counted noun), the item counted,
 * and CAPACITY when the text says what something could hold.
 */
export function findQuantities(text: string, skip: readonly TextSpan[] = []): QuantityMention[] {
  const tagged = tagText(text).terms;
  const termAt = (offset: number) => tagged.find((t) => t.start <= offset && offset < t.end);
  const result: QuantityMention[] = [];
  for (const m of text.matchAll(CORE)) {
    const currency = m[1];
    const vague = m[2];
    const figureText = m[3];
    let start = m.index + (m[0].length - m[0].trimStart().length);
    let end = m.index + m[0].length;
    if (overlapsAny({ start, end }, skip) || overlapsAny({ start, end }, result)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    // Ordinals, parts of words and list numbers are not figures.
    if (/[\p{L}\d.,-]$/u.test(before) && !/^\s*$/.test(before.slice(-1))) continue;
    // A parenthesised figure right after another is a conversion ("(110 miles)"): part of the first.
    const previous = result.at(-1);
    if (previous && /^\s*\($/.test(text.slice(previous.end, start))) {
      const close = text.indexOf(')', end);
      if (close !== -1 && close - end < 30) {
        result[result.length - 1] = { ...previous, ...found(text, previous.start, close + 1) };
        continue;
      }
    }
    // "Those thousands of barrels" points back at a figure already given.
    if (/\b(?:those|these|the same)\s+$/i.test(before)) continue;

    let bounds: QuantityBounds;
    if (vague) {
      const v = vagueBounds(vague);
      if (!v) continue;
      bounds = { value: null, low: v.low, high: v.high, approximate: true };
    } else {
      const value = figureValue(figureText as string);
      if (value === null) continue;
      bounds = { value, low: null, high: null, approximate: false };
    }

    // The unit and the counted item after the figure.
    const after = text.slice(end, end + 80);
    let unit: string | null = currency ? (CURRENCY_UNITS[currency] ?? null) : null;
    let item: string | null = null;
    // A unit of two words ("cubic metres") before one of one word ("km", "percent").
    const twoWords = /^\s?((?:cubic|square) \p{L}+)/u.exec(after);
    const unitWord =
      twoWords && UNIT_WORDS.some(([pattern]) => pattern.test(twoWords[1] as string))
        ? twoWords
        : /^\s?(%|per cent|[\p{L}]+)/u.exec(after);
    const measured = unitWord
      ? UNIT_WORDS.find(([pattern]) => pattern.test(unitWord[1] as string))
      : undefined;
    if (unitWord && measured && !unit) {
      unit = measured[1];
      end += unitWord[0].length;
      // "105 mm shells", "155 mm calibre": a measure naming a kind of thing, not a figure to claim.
      const next = /^[\s-]+([\p{L}]+)/u.exec(text.slice(end, end + 20));
      if (unit === 'millimeters' && next) continue;
    } else if (unitWord && /^dollars?$/i.test(unitWord[1] as string)) {
      end += unitWord[0].length;
    } else if (/^-dollar\b/i.test(after)) {
      unit = unit ?? 'US dollars';
      end += '-dollar'.length;
    }
    if (!measured) {
      // The counted noun: up to three words, ending at the first plural noun ("cargo vessels");
      // after "millions of" it follows the "of".
      const of = /^ of (?!the\b)/.exec(text.slice(end));
      const head = countedNoun(of && (vague || /s$/.test(figureText ?? '')) ? end + of[0].length : end);
      if (head) {
        if (TIME_UNITS.test(head.noun)) continue;
        unit =
          unit ?? COUNT_UNITS.find(([pattern]) => pattern.test(head.noun))?.[1] ?? head.noun.toLowerCase();
        item = head.item;
        end = head.end;
      }
    }
    // "herds of cattle numbering in the tens of thousands": the noun came first.
    if (!unit && (vague || (bounds.value ?? 0) >= 1000)) {
      const earlier = [...tagged]
        .reverse()
        .find(
          (t) => t.end <= start && t.start >= start - 50 && t.tags.has('Plural') && !TIME_UNITS.test(t.text),
        );
      const clause = earlier ? text.slice(earlier.end, start) : '';
      if (earlier && !/[,.;:]/.test(clause)) {
        unit = COUNT_UNITS.find(([pattern]) => pattern.test(earlier.text))?.[1] ?? earlier.text.toLowerCase();
        item = earlier.text;
      }
    }
    if (!unit) continue;
    // A small number in words with no hedge is a count in passing ("the two leaders"), not a figure.
    if (
      !vague &&
      figureText &&
      /^[a-z]+$/i.test(figureText.trim()) &&
      (bounds.value ?? 0) < 100 &&
      !MODIFIERS.some(([p]) => p.test(before))
    )
      continue;

    for (const [pattern, apply] of MODIFIERS) {
      const hit = pattern.exec(before);
      if (!hit) continue;
      const figure = bounds.value ?? bounds.low ?? (bounds.high as number);
      const applied = apply(figure);
      bounds = { ...bounds, ...applied, approximate: bounds.approximate || Boolean(applied.approximate) };
      // "at least hundreds of thousands" keeps its floor and opens its ceiling.
      if ('low' in applied && vague) bounds.high = null;
      if (!/^an?\s+$/i.test(hit[0])) start -= hit[0].length;
      break;
    }
    const even = NEGATED_EVEN.exec(before);
    if (even) bounds = { ...bounds, value: null, high: bounds.value ?? bounds.high, approximate: false };
    const modality: Modality = CAPACITY.test(text.slice(Math.max(0, start - CAPACITY_REACH), start))
      ? 'CAPACITY'
      : 'ACTUAL';
    result.push({ ...found(text, start, end), ...bounds, unit, item, modality });
  }
  return result;

  function countedNoun(from: number): { noun: string; item: string; end: number } | null {
    const words: TaggedTerm[] = [];
    let at = from;
    for (let k = 0; k < 4; k++) {
      const gap = /^[\s-]+/.exec(text.slice(at));
      if (!gap && k > 0) break;
      const term = termAt(at + (gap?.[0].length ?? 0));
      if (!term || !/^\p{L}/u.test(term.text)) break;
      words.push(term);
      at = term.end;
      if (term.tags.has('Plural') || /[^s]s$/i.test(term.text)) {
        let end = term.end;
        // "rounds of 105 mm shells": the item goes on through an "of" phrase.
        const of = /^ of ([\d.]+\s?mm\s+(?:calibre|caliber|[\p{L}-]+ (?:shells|rounds)|shells|rounds))/u.exec(
          text.slice(end),
        );
        if (of) end += of[0].length;
        return { noun: term.text, item: text.slice(words[0]?.start ?? from, end), end };
      }
      if (!term.tags.has('Adjective') && !term.tags.has('Noun')) break;
    }
    return null;
  }
}
