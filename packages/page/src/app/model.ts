// What the page draws, as pure functions of what the API returns: tested in Node, used in the browser.

/** The bounds of a fuzzy time as the API gives them (ISO days, null when open or unknown). */
export interface FuzzyBounds {
  earliest: string | null;
  latest: string | null;
}

/**
 * How a fuzzy time is drawn: a point for a single day (or a time open on one side, at its one
 * bound), a range over every day a wider time allows. `end` is exclusive (the day after the
 * latest) so that a month covers its last day.
 */
export type TimelineSpan =
  | { type: 'point'; start: string; open?: 'before' | 'after' }
  | { type: 'range'; start: string; end: string };

/** The span to draw for a fuzzy time; null when it is unknown (the page lists such events apart). */
export function timelineSpan({ earliest, latest }: FuzzyBounds): TimelineSpan | null {
  if (earliest && latest) {
    return earliest === latest
      ? { type: 'point', start: earliest }
      : { type: 'range', start: earliest, end: dayAfter(latest) };
  }
  if (earliest) return { type: 'point', start: earliest, open: 'after' };
  if (latest) return { type: 'point', start: latest, open: 'before' };
  return null;
}

/**
 * The window to open the timeline on: the exact days drawn, a month either side, so that a few
 * events known only to a decade do not squeeze the story into a sliver. Null when fewer than two
 * exact days are drawn (then the page fits everything).
 */
export function focusWindow(spans: readonly TimelineSpan[]): { start: string; end: string } | null {
  const days = spans
    .filter((s) => s.type === 'point' && !s.open)
    .map((s) => s.start)
    .sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last || first === last) return null;
  return { start: shiftDays(first, -30), end: shiftDays(last, 30) };
}

/** The ISO day after `day`. */
export function dayAfter(day: string): string {
  return shiftDays(day, 1);
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The items already known on `asOf` (an ISO day; empty or undefined: everything), by the day each
 * became known. An item with no such day was not known on any day.
 */
export function knownBy<T>(
  items: readonly T[],
  asOf: string | undefined,
  knownFrom: (item: T) => string | null,
) {
  if (!asOf) return [...items];
  return items.filter((item) => {
    const day = knownFrom(item);
    return day !== null && day <= asOf;
  });
}

/** A text cut around a highlighted excerpt: `before`, the excerpt as `mark`, `after`. */
export interface Highlighted {
  before: string;
  mark: string;
  after: string;
}

/**
 * The excerpt at [start, end) highlighted in place, with the whole lines around it (its paragraph)
 * as context, or the whole text.
 */
export function highlightExcerpt(
  text: string,
  start: number,
  end: number,
  context: 'paragraph' | 'whole' = 'paragraph',
): Highlighted {
  const from = context === 'whole' ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = context === 'whole' || lineEnd === -1 ? text.length : lineEnd;
  return { before: text.slice(from, start), mark: text.slice(start, end), after: text.slice(end, to) };
}

/** One estimate as the measure query returns it (the fields the chart reads). */
export interface EstimateLike {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  modality: string;
  claim: { id: string; claimantName: string; knownFrom: string | null; stated: FuzzyBounds };
}

export interface ChartBox {
  width: number;
  height: number;
  margin: number;
}

/** An estimate placed on the chart: its day, and its value or interval in pixels. */
export interface ChartPoint {
  claimId: string;
  label: string;
  claimantName: string;
  modality: string;
  day: string;
  x: number;
  y: number;
  /** The interval it allows: `yHigh` is the top edge when the interval is open above. */
  yLow: number;
  yHigh: number;
  openAbove: boolean;
}

export interface Chart {
  points: ChartPoint[];
  /** Value ticks with their height, from 0 to the largest bound. */
  yTicks: { value: number; y: number }[];
  /** The first and last day on the x axis. */
  days: [string, string] | [];
}

const DAY_MS = 86_400_000;

/** When an estimate was stated: the middle of its stated time, else the day it became known. */
export function estimateDay(estimate: EstimateLike): string | null {
  const { earliest, latest } = estimate.claim.stated;
  if (earliest && latest) {
    const middle = (Date.parse(earliest) + Date.parse(latest)) / 2;
    return new Date(Math.floor(middle / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  }
  return earliest ?? latest ?? estimate.claim.knownFrom;
}

/**
 * Estimates over time in a box: x by the day stated, y by value (0 at the bottom), each with the
 * interval it allows. Estimates with no day at all are left out.
 */
export function chartEstimates(estimates: readonly EstimateLike[], box: ChartBox): Chart {
  const dated = estimates.flatMap((e) => {
    const day = estimateDay(e);
    return day ? [{ estimate: e, day }] : [];
  });
  if (dated.length === 0) return { points: [], yTicks: [], days: [] };
  const times = dated.map(({ day }) => Date.parse(day));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const bounds = dated.flatMap(({ estimate: e }) => [e.value, e.low, e.high]).filter(isNumber);
  const top = niceCeiling(Math.max(1, ...bounds));
  const plotWidth = box.width - 2 * box.margin;
  const plotHeight = box.height - 2 * box.margin;
  const xOf = (time: number) =>
    box.margin + (last === first ? plotWidth / 2 : ((time - first) / (last - first)) * plotWidth);
  const yOf = (value: number) => box.margin + plotHeight - (value / top) * plotHeight;
  const points = dated.map(({ estimate: e, day }): ChartPoint => {
    const low = e.low ?? e.value ?? 0;
    const high = e.high ?? e.value;
    const central = e.value ?? (high === null ? low : (low + high) / 2);
    return {
      claimId: e.claim.id,
      label: e.label,
      claimantName: e.claim.claimantName,
      modality: e.modality,
      day,
      x: xOf(Date.parse(day)),
      y: yOf(central),
      yLow: yOf(low),
      yHigh: yOf(high ?? top),
      openAbove: high === null,
    };
  });
  const yTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => ({ value: f * top, y: yOf(f * top) }));
  const day = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { points, yTicks, days: [day(first), day(last)] };
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** The smallest 1, 2 or 5 times a power of ten at least `value`: a round top for the y axis. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** The claim ids of every CONTRADICTS relation, as pairs. */
export function contradictionPairs(
  relations: readonly { kind: string; from: { id: string }; to: { id: string } }[],
): [string, string][] {
  return relations.filter((r) => r.kind === 'CONTRADICTS').map((r) => [r.from.id, r.to.id]);
}

/** A search snippet's parts: the server wraps each matched term in `[` `]`. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[[^\]]*\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('[') && part.endsWith(']')
        ? { text: part.slice(1, -1), match: true }
        : { text: part, match: false },
    );
}
