import { describe, expect, it } from 'vitest';
import { describeEdtf, isExactDay, parseEdtf, parseEdtfDate } from '../lib/dates.ts';

describe('parseEdtfDate', () => {
  it.each([
    ['2023', { parts: { year: 2023 }, approximate: false, uncertain: false }],
    ['2023-09', { parts: { year: 2023, month: 9 }, approximate: false, uncertain: false }],
    ['2024-02-27~', { parts: { year: 2024, month: 2, day: 27 }, approximate: true, uncertain: false }],
    ['2023-09?', { parts: { year: 2023, month: 9 }, approximate: false, uncertain: true }],
    ['1953%', { parts: { year: 1953 }, approximate: true, uncertain: true }],
    ['2023-21', { parts: { year: 2023 }, approximate: false, uncertain: false }],
  ])('%s', (text, expected) => {
    expect(parseEdtfDate(text)).toEqual(expected);
  });

  it('reads an open end, an empty one or an unknown form as null', () => {
    expect(parseEdtfDate('..')).toBeNull();
    expect(parseEdtfDate('')).toBeNull();
    expect(parseEdtfDate('202X')).toBeNull();
  });
});

describe('parseEdtf', () => {
  it('makes one date both ends, and splits an interval', () => {
    const day = parseEdtf('2023-09-13');
    expect(day.start).toBe(day.end);
    expect(parseEdtf('2023-09/2024-02')).toEqual({
      start: { parts: { year: 2023, month: 9 }, approximate: false, uncertain: false },
      end: { parts: { year: 2024, month: 2 }, approximate: false, uncertain: false },
    });
    expect(parseEdtf('../2023-09-14').start).toBeNull();
    expect(parseEdtf('2023-09-13/..').end).toBeNull();
    expect(parseEdtf(null)).toEqual({ start: null, end: null });
  });
});

describe('describeEdtf', () => {
  it.each([
    ['2023-09-13', '13 September 2023'],
    ['2023-09', 'September 2023'],
    ['1953', '1953'],
    ['1953~', 'about 1953'],
    ['2023-09?', 'September 2023?'],
    ['2023-09/2024-02', 'September 2023 – February 2024'],
    ['../2023-09-14', 'by 14 September 2023'],
    ['2023-09-13/..', 'from 13 September 2023'],
    ['202X', '202X'],
    [null, 'unknown'],
  ])('%s reads "%s"', (edtf, reading) => {
    expect(describeEdtf(edtf)).toBe(reading);
  });
});

describe('isExactDay', () => {
  it('is true only for one plain day', () => {
    expect(isExactDay('2023-09-13')).toBe(true);
    for (const edtf of ['2023-09', '2024-02-27~', '2024-02-26/2024-02-27', '../2023-09-14', null]) {
      expect(isExactDay(edtf)).toBe(false);
    }
  });
});
