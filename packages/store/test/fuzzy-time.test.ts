import { describe, expect, it } from 'vitest';
import {
  compareFuzzyTime,
  FuzzyTimeError,
  formatFuzzyTime,
  fuzzyOverlaps,
  overlapsWindow,
  parseFuzzyTime,
} from '../src/domain/fuzzy-time.ts';

describe('parseFuzzyTime', () => {
  it.each([
    ['2023-09-13', '2023-09-13', '2023-09-13', 'DAY'],
    ['2023-09', '2023-09-01', '2023-09-30', 'MONTH'],
    ['2024-02', '2024-02-01', '2024-02-29', 'MONTH'],
    ['2023', '2023-01-01', '2023-12-31', 'YEAR'],
    ['2023-23', '2023-07-01', '2023-09-30', 'SEASON'],
    ['2023-09/2024-02', '2023-09-01', '2024-02-29', 'INTERVAL'],
    ['196X', '1960-01-01', '1969-12-31', 'YEAR'],
  ])('%s covers %s to %s at %s precision', (edtf, earliest, latest, precision) => {
    expect(parseFuzzyTime(edtf)).toMatchObject({ edtf, earliest, latest, precision });
  });

  it('leaves open interval ends open', () => {
    expect(parseFuzzyTime('2023-09-13/..')).toMatchObject({ earliest: '2023-09-13', latest: null });
    expect(parseFuzzyTime('../2024-02')).toMatchObject({ earliest: null, latest: '2024-02-29' });
  });

  it('marks approximate and uncertain values, keeping their day bounds', () => {
    expect(parseFuzzyTime('2024-02-27~')).toMatchObject({
      earliest: '2024-02-27',
      latest: '2024-02-27',
      approximate: true,
      uncertain: false,
    });
    expect(parseFuzzyTime('2023?')).toMatchObject({ uncertain: true, approximate: false });
  });

  it('treats null and empty as unknown, keeping the words', () => {
    expect(parseFuzzyTime(null, 'some time ago')).toEqual({
      edtf: null,
      earliest: null,
      latest: null,
      precision: 'UNKNOWN',
      approximate: false,
      uncertain: false,
      phrase: 'some time ago',
    });
    expect(parseFuzzyTime('  ').precision).toBe('UNKNOWN');
  });

  it('keeps the source phrase', () => {
    expect(parseFuzzyTime('2023-09-13', 'Wednesday').phrase).toBe('Wednesday');
  });

  it.each(['2023-13', 'yesterday', '2023-02-30', '{2023,2024}'])('refuses %s with a clear error', (bad) => {
    expect(() => parseFuzzyTime(bad)).toThrow(FuzzyTimeError);
    expect(() => parseFuzzyTime(bad)).toThrow(bad);
  });
});

describe('overlap and order', () => {
  const day = parseFuzzyTime('2023-09-13');
  const month = parseFuzzyTime('2023-09');
  const later = parseFuzzyTime('2024-02-27');
  const open = parseFuzzyTime('2023-09-13/..');
  const unknown = parseFuzzyTime(null);

  it('finds a day inside its month, and open intervals reaching forward', () => {
    expect(fuzzyOverlaps(day, month)).toBe(true);
    expect(fuzzyOverlaps(month, later)).toBe(false);
    expect(fuzzyOverlaps(open, later)).toBe(true);
    expect(fuzzyOverlaps(parseFuzzyTime('2023-08'), open)).toBe(false);
  });

  it('lets unknown times overlap anything, since they cannot be ruled out', () => {
    expect(fuzzyOverlaps(unknown, later)).toBe(true);
  });

  it('tests a window with open ends', () => {
    expect(overlapsWindow(month, '2023-09-30', null)).toBe(true);
    expect(overlapsWindow(month, '2023-10-01', null)).toBe(false);
    expect(overlapsWindow(later, null, '2024-01-01')).toBe(false);
  });

  it('orders by earliest bound, narrower first, unplaced last', () => {
    const sorted = [unknown, later, month, day].sort(compareFuzzyTime);
    expect(sorted.map((t) => t.edtf)).toEqual(['2023-09', '2023-09-13', '2024-02-27', null]);
    expect(compareFuzzyTime(parseFuzzyTime('2023-09-01'), month)).toBeLessThan(0);
  });

  it('formats fuzzy values with their precision', () => {
    expect(formatFuzzyTime(month)).toBe('2023-09 (month)');
    expect(formatFuzzyTime(day)).toBe('2023-09-13');
    expect(formatFuzzyTime(parseFuzzyTime('2023-09/2024-02'))).toBe('2023-09/2024-02 (range)');
    expect(formatFuzzyTime(unknown)).toBe('unknown');
  });
});
