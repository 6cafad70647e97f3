import type { TaggedTerm, Tagging } from '../text.ts';
import { CURRENCY_UNITS, countUnit, TIME_UNITS, UNIT_WORDS } from './vocabulary.ts';

/** A figure's unit and the item it counts, and where the quantity's words end. */
export interface UnitReading {
  unit: string | null;
  item: string | null;
  end: number;
}

/** A measure printed after the figure ends at `end`: a currency before it, or "km", "cubic metres", "dollars", "-dollar" after it. */
export interface Measure extends UnitReading {
  /** A measure's word follows, so no counted noun is looked for. */
  measured: boolean;
  /** The measure names a kind of thing ("105 mm shells"): no figure to claim. */
  kindOfThing: boolean;
}

export function measureAfter(text: string, end: number, currency: string | undefined): Measure {
  const after = text.slice(end, end + 80);
  let unit: string | null = currency ? (CURRENCY_UNITS[currency] ?? null) : null;
  let to = end;
  // A unit of two words ("cubic metres") before one of one word ("km", "percent").
  const twoWords = /^\s?((?:cubic|square) \p{L}+)/u.exec(after);
  const unitWord =
    twoWords && UNIT_WORDS.some(([pattern]) => pattern.test(twoWords[1] as string))
      ? twoWords
      : /^\s?(%|per cent|[\p{L}]+)/u.exec(after);
  const measured = unitWord ? UNIT_WORDS.find(([pattern]) => pattern.test(unitWord[1] as string)) : undefined;
  let kindOfThing = false;
  if (unitWord && measured && !unit) {
    unit = measured[1];
    to += unitWord[0].length;
    // "105 mm shells", "155 mm calibre": a measure naming a kind of thing, not a figure to claim.
    kindOfThing = unit === 'millimeters' && /^[\s-]+([\p{L}]+)/u.test(text.slice(to, to + 20));
  } else if (unitWord && /^dollars?$/i.test(unitWord[1] as string)) {
    to += unitWord[0].length;
  } else if (/^-dollar\b/i.test(after)) {
    unit = unit ?? 'US dollars';
    to += '-dollar'.length;
  }
  return { unit, item: null, end: to, measured: measured !== undefined, kindOfThing };
}

/**
 * The counted noun from `from`: up to three words, ending at the first plural noun ("cargo
 * vessels"), on through an "of" phrase of a calibre ("rounds of 105 mm shells").
 */
export function countedNoun(
  text: string,
  tagging: Tagging,
  from: number,
): { noun: string; item: string; end: number } | null {
  const words: TaggedTerm[] = [];
  let at = from;
  for (let k = 0; k < 4; k++) {
    const gap = /^[\s-]+/.exec(text.slice(at));
    if (!gap && k > 0) break;
    const term = tagging.termAt(at + (gap?.[0].length ?? 0));
    if (!term || !/^\p{L}/u.test(term.text)) break;
    words.push(term);
    at = term.end;
    if (term.tags.has('Plural') || /[^s]s$/i.test(term.text)) {
      let end = term.end;
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

/**
 * The unit of a figure and what it counts, read after it: a measure, else the counted noun
 * (after "millions of" it follows the "of"). Null when the figure is no quantity: a kind of
 * thing ("105 mm shells") or a duration ("three years").
 */
export function unitAfter(
  text: string,
  tagging: Tagging,
  figure: { end: number; currency: string | undefined; countsAfterOf: boolean },
): UnitReading | null {
  const measure = measureAfter(text, figure.end, figure.currency);
  if (measure.kindOfThing) return null;
  const reading = { unit: measure.unit, item: measure.item, end: measure.end };
  if (measure.measured) return reading;
  const of = /^ of (?!the\b)/.exec(text.slice(measure.end));
  const head = countedNoun(
    text,
    tagging,
    of && figure.countsAfterOf ? measure.end + of[0].length : measure.end,
  );
  if (!head) return reading;
  if (TIME_UNITS.test(head.noun)) return null;
  return { unit: measure.unit ?? countUnit(head.noun), item: head.item, end: head.end };
}

/** "herds of cattle numbering in the tens of thousands": a plural noun shortly before, in the same clause. */
export function nounBefore(
  text: string,
  tagging: Tagging,
  start: number,
): { unit: string; item: string } | null {
  const earlier = tagging.lastTermWithin(
    start - 50,
    start,
    (t) => t.tags.has('Plural') && !TIME_UNITS.test(t.text),
  );
  if (!earlier || /[,.;:]/.test(text.slice(earlier.end, start))) return null;
  return { unit: countUnit(earlier.text), item: earlier.text };
}
