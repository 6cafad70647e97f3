import type { TextSpan } from '@claimline/store';
import { type FuzzyTime, FuzzyTimeError, parseFuzzyTime } from '@claimline/store';
import * as chrono from 'chrono-node';
import { NUMBER_WORD, parseFigure, parseOrdinal } from './numbers.ts';
import { DisjointSpans, SpanIndex } from './spans.ts';
import { type Found, found, paragraphRuns } from './text.ts';

/** A date phrase of the text resolved into a fuzzy time that keeps the words (`time.phrase`). */
export interface DateMention extends Found {
  time: FuzzyTime;
}

type Unit = 'day' | 'week' | 'month' | 'year';
const DAY_MS = 86_400_000;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => iso(d).slice(0, 7);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

/** Moves a date back by a duration; fractional months and years (a year and a half) count in months. */
function minus(d: Date, amount: number, unit: Unit): Date {
  const r = new Date(d);
  if (unit === 'day') return addDays(r, -amount);
  if (unit === 'week') return addDays(r, -7 * amount);
  const months = Math.round(unit === 'year' ? amount * 12 : amount);
  r.setUTCMonth(r.getUTCMonth() - months);
  return r;
}

const UNIT_PATTERN = '(days?|weeks?|months?|years?|decades?)';
const DURATION = `(\\d+(?:\\.\\d+)?|${NUMBER_WORD})(?:[\\s-]+and a half)?\\s+${UNIT_PATTERN}(?:\\s+and a half)?`;

function readDuration(
  figure: string,
  unitWord: string,
  half: boolean,
): { amount: number; unit: Unit } | null {
  const n = parseFigure(figure);
  if (n === null) return null;
  const decade = unitWord.startsWith('decade');
  const unit = (decade ? 'year' : unitWord.replace(/s$/, '')) as Unit;
  return { amount: (decade ? 10 * n : n) + (half ? 0.5 : 0), unit };
}

/**
 * `parseFuzzyTime` with each EDTF value parsed once: a long text names the same few days
 * thousands of times, and the phrase is all that differs.
 */
function timeReader(): (edtf: string, phrase: string) => FuzzyTime | null {
  const parsed = new Map<string, FuzzyTime | null>();
  return (edtf, phrase) => {
    if (!parsed.has(edtf)) parsed.set(edtf, placeable(edtf));
    const time = parsed.get(edtf);
    return time ? { ...time, phrase } : null;
  };
}

/**
 * The fuzzy time of a value the rules built, or null when it places nothing: a range that ends
 * before it starts ("since November" in a text of May) is no reading, and no one phrase may stop
 * an ingest. A range of one day is that day.
 */
export function placeable(edtf: string): FuzzyTime | null {
  const [start, end] = edtf.split('/');
  try {
    return parseFuzzyTime(end !== undefined && start === end ? start : edtf);
  } catch (error) {
    if (error instanceof FuzzyTimeError) return null;
    throw error;
  }
}

/** At a unit's precision: a day, a month or a year. */
function atPrecision(d: Date, unit: Unit): string {
  if (unit === 'year') return iso(d).slice(0, 4);
  if (unit === 'month') return month(d);
  return iso(d);
}

interface Rule {
  pattern: RegExp;
  /** The fuzzy time of a match, given the reference day; null when the words cannot be placed. */
  resolve(match: RegExpExecArray, reference: Date): string | null;
}

/** Phrases chrono does not read the way news writes them. Each needs the reference day. */
const RELATIVE_RULES: Rule[] = [
  {
    // "this week", "earlier this week": from Monday of the reference week to the reference day.
    pattern: /\b(?:(?:earlier|later) )?this week\b/gi,
    resolve: (_, ref) => `${iso(addDays(ref, -((ref.getUTCDay() + 6) % 7)))}/${iso(ref)}`,
  },
  {
    pattern: /\blast week\b/gi,
    resolve: (_, ref) => {
      const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) - 7);
      return `${iso(monday)}/${iso(addDays(monday, 6))}`;
    },
  },
  {
    // "in the last year", "over the past two months": the stretch up to the reference day.
    pattern: new RegExp(
      `\\b(?:in|over|during|within) the (?:last|past) (?:(${NUMBER_WORD}|\\d+) )?${UNIT_PATTERN}`,
      'gi',
    ),
    resolve: (m, ref) => {
      const duration = readDuration(m[1] ?? 'one', m[2] as string, false);
      return duration ? `${iso(minus(ref, duration.amount, duration.unit))}/${iso(ref)}` : null;
    },
  },
  {
    pattern: /\bnext week\b/gi,
    resolve: (_, ref) => {
      const monday = addDays(ref, 7 - ((ref.getUTCDay() + 6) % 7));
      return `${iso(monday)}/${iso(addDays(monday, 6))}`;
    },
  },
  {
    // "about a dozen years ago", "70 years ago", "a decade ago": approximate at the unit.
    pattern: new RegExp(
      `\\b(?:(about|some|nearly|almost|around|more than|over) )?${DURATION}\\s+ago\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const duration = readDuration(m[2] as string, m[3] as string, /and a half/i.test(m[0]));
      if (!duration) return null;
      const at = atPrecision(minus(ref, duration.amount, duration.unit), duration.unit);
      if (m[1] && /more than|over/i.test(m[1])) return `../${at}`;
      return duration.unit === 'day' && !m[1] ? at : `${at}~`;
    },
  },
  {
    // "(now) in its third year": something began between three and two years before.
    pattern: /\bin (?:its|their|the) (\w+) (year|month|week|day)\b/gi,
    resolve: (m, ref) => {
      const n = parseOrdinal(m[1] as string);
      if (n === null) return null;
      const unit = m[2]?.toLowerCase() as Unit;
      return `${iso(addDays(minus(ref, n, unit), 1))}/${iso(minus(ref, n - 1, unit))}`;
    },
  },
  {
    // "after more than a year and a half of war": it began at least that long before.
    pattern: new RegExp(
      `\\b(?:after |for )?(more than|over|nearly|almost|about) (?:an? )?${DURATION} of\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const figure = m[2] as string;
      const duration = readDuration(
        /^an?$/i.test(figure) ? 'one' : figure,
        m[3] as string,
        /and a half/i.test(m[0]),
      );
      if (!duration) return null;
      const at = iso(minus(ref, duration.amount, duration.unit));
      return /more than|over/i.test(m[1] as string)
        ? `../${at}`
        : `${atPrecision(minus(ref, duration.amount, duration.unit), duration.unit)}~`;
    },
  },
];

// A year standing alone after a preposition ("in 1953", "since 2019"), which chrono leaves out.
const BARE_YEAR =
  /\b(in|since|by|until|before|after|from|of) ((?:1[89]|20)\d\d)\b(?!\s*(?:[\p{Ll}\d]|%))|\b(in|since|by|until|before|after|from|of) ((?:1[89]|20)\d\d)(?=\s+(?:and|to|or|when|as|after|before|but|the|that|which|with|at|on|in)\b)/giu;

// Words before a date that make it a range up to the reference day, or one ending at it.
const SINCE = /\b(since|from)\s+$/i;
// "on" only where nothing follows it in the clause: "from May 2 on," but not "May 2 on Wednesday".
const ONWARD = /^\s+(?:onwards?\b|on(?=\s*(?:[.,;:!?)]|$)))/i;
const UNTIL = /\b(until|till|up to|before)\s+$/i;

// chrono reads these as dates, but in news copy they place nothing.
const VAGUE = /^(?:now|today's|this|the|then|present|current|a|\d+|\d+-\d+)$/i;
// chrono reads "for two hours", "for six days" as that long from now: they are durations, not dates.
const DURATION_FOR = /^for\s/i;

function reference(day: string | null): Date | null {
  return day ? new Date(`${day}T12:00:00Z`) : null;
}

/** A chrono result as an EDTF value: exact components only, past weekdays, ranges kept. */
function chronoEdtf(
  result: Pick<chrono.ParsedResult, 'start' | 'end'>,
  ref: Date,
  hasReference: boolean,
): string | null {
  const at = (c: chrono.ParsedComponents): string | null => {
    if (!hasReference && !c.isCertain('year')) return null;
    const d = c.date();
    if (c.isCertain('day')) return iso(d);
    if (c.isCertain('weekday')) {
      // A bare weekday in news copy is the latest such day up to the reference day.
      const back = (ref.getUTCDay() - (c.get('weekday') as number) + 7) % 7;
      return iso(addDays(ref, -back));
    }
    if (c.isCertain('month')) return month(d);
    if (c.isCertain('year')) return iso(d).slice(0, 4);
    return null;
  };
  const start = at(result.start);
  if (!start) return null;
  const end = result.end ? at(result.end) : null;
  return end ? `${start}/${end}` : start;
}

/** A date chrono read, at its offset in the whole text. */
type ChronoDate = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/** chrono's dates in `text`, read a run of paragraphs at a time (see `paragraphRuns`). */
function chronoDates(text: string, instant: Date): ChronoDate[] {
  return paragraphRuns(text).flatMap((run) =>
    chrono
      .parse(text.slice(run.start, run.end), { instant, timezone: 0 })
      .map((r) => ({ index: run.start + r.index, text: r.text, start: r.start, end: r.end })),
  );
}

/** A bare year's fuzzy time: from it to the reference day after "since", up to it after "until", else the year. */
function bareYearEdtf(match: RegExpMatchArray, ref: Date | null): string {
  const word = (match[1] ?? match[3]) as string;
  const year = (match[2] ?? match[4]) as string;
  if (/since|from/i.test(word) && ref) return `${year}/${iso(ref)}`;
  return /until|before|by/i.test(word) ? `../${year}` : year;
}

/** A chrono date's words and fuzzy time, made a range by "since", "onwards" or "until" around it. */
function chronoSpan(
  text: string,
  result: ChronoDate,
  read: string | null,
  ref: Date | null,
): { start: number; end: number; edtf: string | null } {
  let edtf = read;
  let start = result.index;
  let end = start + result.text.replace(/[\s,;:]+$/, '').length;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 10);
  if (edtf && ref && !edtf.includes('/') && (SINCE.test(before) || ONWARD.test(after))) {
    const word = SINCE.exec(before);
    if (word) start -= before.length - word.index;
    const onward = ONWARD.exec(after);
    if (onward) end += onward[0].length;
    edtf = `${edtf}/${iso(ref)}`;
  } else if (edtf && !edtf.includes('/') && UNTIL.test(before)) {
    start -= before.length - (UNTIL.exec(before)?.index ?? before.length);
    edtf = `../${edtf}`;
  }
  return { start, end, edtf };
}

/**
 * Every date phrase of `text` outside the `skip` spans, resolved against the reference day (the
 * published date) into fuzzy time: weekdays, "last month", "this week", "since September",
 * "on Oct. 13", "70 years ago", "in its third year", ranges. With no reference day, only
 * phrases that carry their own year are placed. Of overlapping phrases the first read is kept.
 */
export function findDates(
  text: string,
  referenceDay: string | null,
  skip: readonly TextSpan[] = [],
): DateMention[] {
  const ref = reference(referenceDay);
  const anchor = ref ?? new Date('2000-01-01T12:00:00Z');
  const skipped = new SpanIndex(skip);
  const mentions = new DisjointSpans<DateMention>();
  const time = timeReader();
  const add = (start: number, end: number, edtf: string | null) => {
    if (!edtf) return;
    const span = found(text, start, end);
    if (skipped.overlaps(span) || mentions.overlaps(span)) return;
    const read = time(edtf, span.text);
    if (read) mentions.insert({ ...span, time: read });
  };

  if (ref) {
    for (const rule of RELATIVE_RULES) {
      for (const m of text.matchAll(rule.pattern))
        add(m.index, m.index + m[0].length, rule.resolve(m as RegExpExecArray, ref));
    }
  }
  for (const m of text.matchAll(BARE_YEAR)) add(m.index, m.index + m[0].length, bareYearEdtf(m, ref));
  // With no reference day, a date is placed only if it reads the same from any day: absolute.
  const other = new Date('2010-07-01T12:00:00Z');
  const absolute = ref
    ? null
    : new Set(chronoDates(text, other).map((r) => `${r.index}:${chronoEdtf(r, other, false)}`));
  for (const result of chronoDates(text, anchor)) {
    if (VAGUE.test(result.text.trim()) || DURATION_FOR.test(result.text)) continue;
    const read = chronoEdtf(result, anchor, ref !== null);
    if (absolute && !absolute.has(`${result.index}:${read}`)) continue;
    const { start, end, edtf } = chronoSpan(text, result, read, ref);
    add(start, end, edtf);
  }
  return mentions.sorted;
}
