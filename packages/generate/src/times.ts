import { type FuzzyTime, fuzzyTimeValues, UNKNOWN_TIME } from '@claimline/store';
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
/** Story day 0, in days since the epoch. */
export const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;

export type TimeForm = 'day' | 'approximate' | 'month' | 'interval' | 'unknown';

export const EVENT_TIME_FORMS: readonly (readonly [TimeForm, number])[] = [
  ['day', 70],
  ['approximate', 6],
  ['month', 14],
  ['interval', 7],
  ['unknown', 3],
];
export const STATED_TIME_FORMS: readonly (readonly [TimeForm, number])[] = [
  ['day', 85],
  ['month', 10],
  ['unknown', 5],
];

/** A fuzzy time of one of the forms the story uses, built without parsing (the parser is slow at this scale). */
export const storyTimes = {
  day(day: string, approximate = false): FuzzyTime {
    const edtf = approximate ? `${day}~` : day;
    return { ...UNKNOWN_TIME, edtf, earliest: day, latest: day, precision: 'DAY', approximate };
  },
  month(day: string): FuzzyTime {
    const [year, month] = day.split('-').map(Number) as [number, number];
    const latest = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const edtf = day.slice(0, 7);
    return { ...UNKNOWN_TIME, edtf, earliest: `${edtf}-01`, latest, precision: 'MONTH' };
  },
  interval(from: string, to: string): FuzzyTime {
    return { ...UNKNOWN_TIME, edtf: `${from}/${to}`, earliest: from, latest: to, precision: 'INTERVAL' };
  },
};

/** The fuzzy time of a form without an end (every form but the interval) on ISO day `iso`. */
export function pointTime(form: Exclude<TimeForm, 'interval'>, iso: string): FuzzyTime {
  if (form === 'unknown') return UNKNOWN_TIME;
  if (form === 'month') return storyTimes.month(iso);
  return storyTimes.day(iso, form === 'approximate');
}

/** The ISO day `n` days after the story's first day. */
export function isoDay(n: number): string {
  return new Date((FIRST_DAY + n) * DAY_MS).toISOString().slice(0, 10);
}

/** When a story spanning `days` days was recorded: ninety days after its end. */
export function recordedAt(days: number): string {
  return new Date((FIRST_DAY + days + 90) * DAY_MS).toISOString();
}

type TimeColumns<P extends string> = ReturnType<typeof fuzzyTimeValues<P>>;

/**
 * Story days and the columns of fuzzy times on them, each built once: the same few thousand days
 * recur millions of times. Draws an interval's length from `random`, so its calls are part of the
 * story's sequence of draws.
 */
export class StoryCalendar {
  private readonly days = new Map<number, string>();
  private readonly times = new Map<string, object>();

  constructor(private readonly random: Random) {}

  /** The ISO day of story day `n`. */
  day(n: number): string {
    let day = this.days.get(n);
    if (day === undefined) {
      day = isoDay(n);
      this.days.set(n, day);
    }
    return day;
  }

  /** The columns of an interval from story day `from` to story day `to`. */
  interval<P extends string>(prefix: P, from: number, to: number): TimeColumns<P> {
    return fuzzyTimeValues(prefix, storyTimes.interval(this.day(from), this.day(to)));
  }

  /** The columns of a fuzzy time of the given form on story day `day`; an interval starts there. */
  time<P extends string>(prefix: P, form: TimeForm, day: number): TimeColumns<P> {
    if (form === 'interval') return this.interval(prefix, day, day + this.random.between(1, 20));
    const key = `${prefix} ${form} ${day}`;
    let values = this.times.get(key) as TimeColumns<P> | undefined;
    if (!values) {
      values = fuzzyTimeValues(prefix, pointTime(form, this.day(day)));
      this.times.set(key, values);
    }
    return values;
  }

  /** The story day a month ends on, for the month holding story day `day`. */
  monthEnd(day: number): number {
    return Date.parse(storyTimes.month(this.day(day)).latest as string) / DAY_MS - FIRST_DAY;
  }
}
