/** A quantity as stated: a value and/or bounds (null is open), approximate or exact. */
export interface QuantityBounds {
  value: number | null;
  low: number | null;
  high: number | null;
  approximate: boolean;
}

export const MODALITIES = ['ACTUAL', 'CAPACITY'] as const;
export type Modality = (typeof MODALITIES)[number];

/** A closed-or-open numeric interval: null ends are open (−∞ or +∞). */
export interface Interval {
  low: number | null;
  high: number | null;
}

/** How far "about N" reaches either side of N: "about 4,000" covers 3,800–4,200. */
export const APPROXIMATE_TOLERANCE = 0.05;

/**
 * Units whose figures may be below zero: changes ("fell 3 percent") and temperatures. Any other
 * unit counts or measures something (rounds, containers, dollars, kilometres), never negative.
 */
const SIGNED_UNITS =
  /^(percent|per ?cent|%|percentage points?|points?|degrees?( celsius| fahrenheit)?|°[cf]?)$/i;

/** Whether a unit's figures may be negative. */
export function isSignedUnit(unit: string): boolean {
  return SIGNED_UNITS.test(unit.trim());
}

/**
 * Returns what is wrong with a quantity's figures, or null when they are coherent. With its
 * `unit`, a negative figure is wrong unless the unit is one of change or temperature.
 */
export function quantityProblem(q: QuantityBounds, unit?: string): string | null {
  const figures = [q.value, q.low, q.high].filter((n): n is number => n !== null);
  if (figures.length === 0) return 'a quantity needs a value or at least one bound';
  if (figures.some((n) => !Number.isFinite(n))) return 'quantity figures must be finite numbers';
  const negative = figures.find((n) => n < 0);
  if (unit !== undefined && negative !== undefined && !isSignedUnit(unit)) {
    return `a figure of ${unit} cannot be negative (${negative}); only changes and temperatures (percent, points, degrees) can`;
  }
  if (q.low !== null && q.high !== null && q.low > q.high) {
    return `low bound ${q.low} is above high bound ${q.high}`;
  }
  if (q.value !== null && ((q.low !== null && q.value < q.low) || (q.high !== null && q.value > q.high))) {
    return `value ${q.value} lies outside its bounds`;
  }
  return null;
}

/**
 * The interval a quantity claims. Explicit bounds are kept as stated; a bound left unstated is
 * taken from the value, widened by the approximate tolerance when the text hedged it ("about").
 * So "more than a thousand" is [1000, ∞), "about 4,000" is [3800, 4200], "barely 200" (value 200,
 * high 200, approximate) is [190, 200].
 */
export function quantityInterval(q: QuantityBounds): Interval {
  const slack = q.value !== null && q.approximate ? Math.abs(q.value) * APPROXIMATE_TOLERANCE : 0;
  return {
    low: q.low ?? (q.value !== null ? q.value - slack : null),
    high: q.high ?? (q.value !== null ? q.value + slack : null),
  };
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return (
    (a.low === null || b.high === null || a.low <= b.high) &&
    (b.low === null || a.high === null || b.low <= a.high)
  );
}

/** How far apart two intervals are: 0 when they overlap. */
export function intervalGap(a: Interval, b: Interval): number {
  const above = (x: Interval, y: Interval) => (x.low !== null && y.high !== null ? x.low - y.high : 0);
  return Math.max(0, above(a, b), above(b, a));
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** A figure as the text would print it: `4,000`, `0.25`. */
export const formatNumber = (x: number): string => numberFormat.format(x);

/** An interval's figures: `3,800–4,200`, `≥1,000`, `≤200`, `40`, or `any` when both ends are open. */
export function formatInterval({ low, high }: Interval): string {
  if (low !== null && high !== null)
    return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  if (low !== null) return `≥${formatNumber(low)}`;
  return high !== null ? `≤${formatNumber(high)}` : 'any';
}

/**
 * A compact reading of a quantity: `≈4,000`, `≥1,000`, `3–5`; a bound with a figure reads as the
 * interval it allows, so "barely 200" (at most 200, about 200) is `190–200`, as it is compared.
 */
export function formatQuantity(q: QuantityBounds & { unit: string }): string {
  const figure =
    q.value !== null && q.low === null && q.high === null
      ? `${q.approximate ? '≈' : ''}${formatNumber(q.value)}`
      : formatInterval(quantityInterval(q));
  return `${figure} ${q.unit}`;
}
