// Reading EDTF values (2023-09-13, 2023-09, 2023-09/2024-02, ../2023-09-14, 2024-02-27~) for
// people and for formats that take dates as year/month/day parts.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date as far as it is known: a year, perhaps a month, perhaps a day. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** One end of an EDTF value: its parts and its qualifiers (~ approximate, ? uncertain). */
export interface EdtfDate {
  parts: DateParts;
  approximate: boolean;
  uncertain: boolean;
}

/** The two ends of an EDTF value; an open or unknown end is null. */
export interface EdtfRange {
  start: EdtfDate | null;
  end: EdtfDate | null;
}

const DATE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/;

/** One EDTF date; null for an open end (`..`), an empty one, or a form this reader does not know. */
export function parseEdtfDate(text: string): EdtfDate | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const parts: DateParts = { year: Number(year) };
  // Months 21-24 are EDTF seasons: the year is all that is certain.
  if (month !== undefined && Number(month) <= 12) {
    parts.month = Number(month);
    if (day !== undefined) parts.day = Number(day);
  }
  return {
    parts,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
}

/** The ends of an EDTF value: one date is both ends, an interval has two. */
export function parseEdtf(edtf: string | null): EdtfRange {
  if (edtf === null) return { start: null, end: null };
  const [start = '', end] = edtf.split('/');
  if (end === undefined) {
    const date = parseEdtfDate(start);
    return { start: date, end: date };
  }
  return { start: parseEdtfDate(start), end: parseEdtfDate(end) };
}

/** 2023 · September 2023 · 13 September 2023 */
function describeParts({ year, month, day }: DateParts): string {
  if (month === undefined) return String(year);
  const monthYear = `${MONTHS[month - 1]} ${year}`;
  return day === undefined ? monthYear : `${day} ${monthYear}`;
}

function describeDate(date: EdtfDate): string {
  const text = `${date.approximate ? 'about ' : ''}${describeParts(date.parts)}`;
  return date.uncertain ? `${text}?` : text;
}

/**
 * An EDTF value for a reader: "13 September 2023", "September 2023 – February 2024",
 * "about 27 February 2024", "by 14 September 2023", "from 13 September 2023", "unknown" (a form
 * this reader does not know is shown as it is).
 */
export function describeEdtf(edtf: string | null): string {
  const { start, end } = parseEdtf(edtf);
  if (start && end)
    return start === end ? describeDate(start) : `${describeDate(start)} – ${describeDate(end)}`;
  if (end) return `by ${describeDate(end)}`;
  if (start) return `from ${describeDate(start)}`;
  return edtf ?? 'unknown';
}

/** True when an EDTF value is one exact day: nothing a reader needs told about its precision. */
export function isExactDay(edtf: string | null): boolean {
  const { start, end } = parseEdtf(edtf);
  return (
    start !== null && start === end && start.parts.day !== undefined && !start.approximate && !start.uncertain
  );
}
