import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  formatQuantity,
  intervalGap,
  intervalsOverlap,
  quantityInterval,
  quantityProblem,
} from '../src/domain/quantity.ts';

const q = (over: Partial<{ value: number; low: number; high: number; approximate: boolean }>) => ({
  value: over.value ?? null,
  low: over.low ?? null,
  high: over.high ?? null,
  approximate: over.approximate ?? false,
});

describe('quantities', () => {
  it('reads "more than a thousand" as [1000, ∞)', () => {
    expect(quantityInterval(q({ low: 1000 }))).toEqual({ low: 1000, high: null });
  });

  it('widens an approximate value: "about 6,700"', () => {
    expect(quantityInterval(q({ value: 6700, approximate: true }))).toEqual({ low: 6365, high: 7035 });
  });

  it('keeps an exact value a point and a stated bound as stated: "barely 200"', () => {
    expect(quantityInterval(q({ value: 180 }))).toEqual({ low: 180, high: 180 });
    expect(quantityInterval(q({ value: 200, high: 200, approximate: true }))).toEqual({
      low: 190,
      high: 200,
    });
  });

  it('compares intervals with open ends', () => {
    expect(intervalsOverlap({ low: 1000, high: null }, { low: 6365, high: 7035 })).toBe(true);
    expect(intervalsOverlap({ low: 171, high: 189 }, { low: 190, high: 200 })).toBe(false);
    expect(intervalsOverlap({ low: null, high: 2e6 }, { low: 1e7, high: null })).toBe(false);
  });

  it('names what is incoherent', () => {
    expect(quantityProblem(q({}))).toMatch(/value or at least one bound/);
    expect(quantityProblem(q({ low: 5, high: 1 }))).toMatch(/above high/);
    expect(quantityProblem(q({ value: 10, high: 5 }))).toMatch(/outside/);
    expect(quantityProblem(q({ value: Number.NaN }))).toMatch(/finite/);
    expect(quantityProblem(q({ value: 6700, approximate: true }))).toBeNull();
  });

  it('formats compactly', () => {
    expect(formatQuantity({ ...q({ value: 6700, approximate: true }), unit: 'containers' })).toBe(
      '≈6,700 containers',
    );
    expect(formatQuantity({ ...q({ low: 1000 }), unit: 'containers' })).toBe('≥1,000 containers');
    expect(formatQuantity({ ...q({ high: 2e6 }), unit: 'rounds' })).toBe('≤2,000,000 rounds');
    expect(formatQuantity({ ...q({ low: 1, high: 3 }), unit: 'x' })).toBe('1–3 x');
  });

  it('labels a bound with a figure by the interval it is compared as, not the bare bound', () => {
    const barely = q({ value: 200, high: 200, approximate: true });
    expect(formatQuantity({ ...barely, unit: 'km' })).toBe('190–200 km');
    expect(formatQuantity({ ...barely, unit: 'km' })).toBe(`${formatInterval(quantityInterval(barely))} km`);
    // "more than 1,000": a lower bound alone, open above.
    expect(formatQuantity({ ...q({ low: 1000 }), unit: 'containers' })).toBe('≥1,000 containers');
  });

  it('measures the gap between disjoint intervals and formats intervals', () => {
    expect(intervalGap({ low: 171, high: 189 }, { low: 190, high: 200 })).toBe(1);
    expect(intervalGap({ low: 2e6, high: null }, { low: 1.5e6, high: 1.5e6 })).toBe(500_000);
    expect(intervalGap({ low: 1000, high: null }, { low: 6365, high: 7035 })).toBe(0);
    expect(formatInterval({ low: 6365, high: 7035 })).toBe('6,365–7,035');
    expect(formatInterval({ low: null, high: null })).toBe('any');
  });
});
