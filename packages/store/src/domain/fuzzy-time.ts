/// <reference path="./edtf.d.ts" />
import edtf from 'edtf';

/**
 * One representation of time everywhere: an EDTF string (`2023-09-13`, `2023-09`, `2023-21`,
 * `2023-09/2024-02`, `2023-09-13/..`, `2024-02-27~`) or unknown, with its derived bounds as ISO
 * days. Bounds are inclusive; `null` means open (unknown, or an open interval end).
 */
export const PRECISIONS = [
  'DAY',
  'MONTH',
  'SEASON',
  'YEAR',
  'DECADE',
  'CENTURY',
  'INTERVAL',
  'UNKNOWN',
] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface FuzzyTime {
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** The words the time came from ("last month", "Wednesday"), when it came from a text. */
  phrase: string | null;
}

export class FuzzyTimeError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" is not a valid EDTF date: ${reason}`);
    this.name = 'FuzzyTimeError';
  }
}

export const UNKNOWN_TIME: FuzzyTime = {
  edtf: null,
  earliest: null,
  latest: null,
  precision: 'UNKNOWN',
  approximate: false,
  uncertain: false,
  phrase: null,
};

const DAY_PRECISION: Record<number, Precision> = { 1: 'YEAR', 2: 'MONTH', 3: 'DAY' };

function isoDay(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** Parses an EDTF string (or null/empty for unknown) into a fuzzy time with its bounds. */
export function parseFuzzyTime(input: string | null | undefined, phrase?: string | null): FuzzyTime {
  const text = input?.trim();
  if (!text) return { ...UNKNOWN_TIME, phrase: phrase ?? null };
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(text, { level: 3 });
  } catch (error) {
    throw new FuzzyTimeError(
      text,
      error instanceof Error ? (error.message.split('\n')[0] ?? 'unparseable') : 'unparseable',
    );
  }
  if (parsed.type === 'List' || parsed.type === 'Set') {
    throw new FuzzyTimeError(text, 'lists and sets of dates are not a single time');
  }
  const parts = parsed.type === 'Interval' ? [parsed.lower, parsed.upper] : [parsed];
  return {
    edtf: parsed.edtf,
    earliest: isoDay(parsed.min),
    latest: isoDay(parsed.max),
    precision: precisionOf(parsed),
    approximate: parts.some((p) => Boolean(p?.approximate?.value)),
    uncertain: parts.some((p) => Boolean(p?.uncertain?.value)),
    phrase: phrase ?? null,
  };
}

function precisionOf(parsed: ReturnType<typeof edtf>): Precision {
  switch (parsed.type) {
    case 'Interval':
      return 'INTERVAL';
    case 'Season':
      return 'SEASON';
    case 'Decade':
      return 'DECADE';
    case 'Century':
      return 'CENTURY';
    default:
      return DAY_PRECISION[parsed.precision ?? 0] ?? 'DAY';
  }
}

/** True when the value can be parsed; for validating input without throwing. */
export function isValidEdtf(input: string): boolean {
  try {
    parseFuzzyTime(input);
    return true;
  } catch {
    return false;
  }
}

/** Whether two fuzzy times could be the same moment: their bound ranges overlap (open ends reach everything). */
export function fuzzyOverlaps(
  a: Pick<FuzzyTime, 'earliest' | 'latest' | 'precision'>,
  b: Pick<FuzzyTime, 'earliest' | 'latest' | 'precision'>,
): boolean {
  if (a.precision === 'UNKNOWN' || b.precision === 'UNKNOWN') return true;
  return (
    (a.earliest === null || b.latest === null || a.earliest <= b.latest) &&
    (b.earliest === null || a.latest === null || b.earliest <= a.latest)
  );
}

/** Whether a fuzzy time overlaps a window of ISO days (either end open). */
export function overlapsWindow(
  time: Pick<FuzzyTime, 'earliest' | 'latest' | 'precision'>,
  from: string | null,
  to: string | null,
): boolean {
  return fuzzyOverlaps(time, { earliest: from, latest: to, precision: 'INTERVAL' });
}

/**
 * Timeline order: by earliest bound (open or unknown starts last, as they cannot be placed), then
 * the narrower range first, so an exact day comes before the month that contains it.
 */
export function compareFuzzyTime(a: FuzzyTime, b: FuzzyTime): number {
  const start = compareNullableLast(a.earliest, b.earliest);
  if (start !== 0) return start;
  return compareNullableLast(a.latest, b.latest);
}

function compareNullableLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** A short human label: `2023-09-13`, `2023-09 (month)`, `2023-09/2024-02 (range)`, `unknown`. */
export function formatFuzzyTime(time: Pick<FuzzyTime, 'edtf' | 'precision'>): string {
  if (time.edtf === null) return 'unknown';
  const label: Partial<Record<Precision, string>> = {
    MONTH: 'month',
    SEASON: 'season',
    YEAR: 'year',
    DECADE: 'decade',
    CENTURY: 'century',
    INTERVAL: 'range',
  };
  const suffix = label[time.precision];
  return suffix ? `${time.edtf} (${suffix})` : time.edtf;
}

/** The years a bound of a fuzzy time before year 1 begins with: BCE (`-002023`) or year zero. */
const BEFORE_COMMON_ERA = /^(-|0000)/;

/**
 * Why a time is none the record of a news story can hold, or null: a year before 1 CE is a
 * slip for a modern one (`-2023` for 2023), not a date anyone reports.
 */
export function commonEraProblem(time: FuzzyTime): string | null {
  const bound = [time.earliest, time.latest].find((b) => b !== null && BEFORE_COMMON_ERA.test(b));
  if (!bound) return null;
  const modern = time.edtf?.replace(/^-0*/, '');
  return `"${time.edtf}" lies before the Common Era; dates start at year 1${modern ? ` (did you mean "${modern}"?)` : ''}`;
}

/** Why a publication date cannot be right on `today`, or null: a text cannot appear after it is read. */
export function futurePublicationProblem(time: FuzzyTime, today: Date): string | null {
  // A day's slack: a text dated in a time zone ahead of the server's is not from the future.
  const tomorrow = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (time.earliest === null || time.earliest <= tomorrow) return null;
  return `"${time.edtf}" is in the future (today is ${today.toISOString().slice(0, 10)})`;
}
