import { parseFuzzyTime } from '@claimline/store';
import { seededRandom } from '@claimline/store/testing';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';
import { proposeFromText } from '../src/pipeline.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
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
const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'];
const AMOUNTS = [
  'two',
  'three',
  '3',
  '12',
  'an',
  'a',
  'about two',
  'nearly six',
  'more than 40',
  'a year and a half of',
];
const LEADS = [
  'The talks ran',
  'Shelling lasted',
  'They met',
  'The strike went on',
  'Officials said talks would last',
];

/** Random choices and numbers from one seed. */
function draws(seed: number) {
  const random = seededRandom(seed);
  return {
    n: () => Math.floor(random() * 1_000_000),
    pick: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T,
  };
}

/** A sentence mixing the date and duration phrases news copy uses, in random combinations. */
function sentence(pick: <T>(items: readonly T[]) => T, n: () => number): string {
  const date = pick([
    () => `on ${pick(WEEKDAYS)}`,
    () => `on ${1 + (n() % 28)} ${pick(MONTHS)}`,
    () => `on ${pick(MONTHS)} ${1 + (n() % 28)}, ${1990 + (n() % 40)}`,
    () => `since ${pick(MONTHS)}`,
    () => `from ${pick(MONTHS)} ${1 + (n() % 28)} on`,
    () => `until ${pick(MONTHS)} ${2000 + (n() % 30)}`,
    () => 'last week',
    () => 'earlier this week',
    () => `${pick(AMOUNTS)} ${pick(UNITS)} ago`,
    () => `in its ${pick(['second', 'third', 'tenth'])} ${pick(['year', 'month', 'week', 'day'])}`,
    () => `in ${1900 + (n() % 130)}`,
    () => `between ${pick(MONTHS)} and ${pick(MONTHS)}`,
  ])();
  const duration = `for ${pick(AMOUNTS)} ${pick(UNITS)}`;
  return pick([
    () => `${pick(LEADS)} ${duration} ${date}.`,
    () => `${pick(LEADS)} ${date} ${duration}, officials said.`,
    () => `${pick(LEADS)} ${duration}.`,
    () => `${pick(LEADS)} ${date}, and again ${duration} ${date}.`,
  ])();
}

describe('date phrases of every kind', () => {
  it('never stop a reading: 2,000 generated sentences, each against a random reference day', () => {
    const { pick, n } = draws(7);
    for (let i = 0; i < 2_000; i++) {
      const text = sentence(pick, n);
      const day = new Date(Date.UTC(1995 + (n() % 35), n() % 12, 1 + (n() % 28))).toISOString().slice(0, 10);
      for (const reference of [day, null]) {
        const dates = findDates(text, reference);
        for (const date of dates) {
          // Provenance, a readable fuzzy time, and no duration read as a date.
          expect(text.slice(date.start, date.end)).toBe(date.text);
          expect(() => parseFuzzyTime(date.time.edtf)).not.toThrow();
          expect(date.text).not.toMatch(/^for\s/i);
          if (date.time.earliest && date.time.latest)
            expect(date.time.earliest <= date.time.latest).toBe(true);
        }
      }
    }
  });

  it('and never stop the pipeline either', () => {
    const { pick, n } = draws(11);
    const text = ` date 2025-10-16 RIVERTON — ${Array.from({ length: 300 }, () => sentence(pick, n)).join(' ')}`;
    const proposals = proposeFromText({ text }, { names: [], copies: [] });
    expect(proposals.dates.length).toBeGreaterThan(0);
    for (const date of proposals.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it('a duration is no date, and the day after it is still read', () => {
    const dates = findDates('The talks ran for about two hours on Wednesday, officials said.', '2025-10-16');
    expect(dates.map((d) => [d.text, d.time.edtf])).toEqual([['on Wednesday', '2025-10-15']]);
    expect(findDates('Fighting went on for three weeks.', '2025-10-16')).toEqual([]);
    expect(findDates('From May 2 on, prices rose.', '2025-10-16').map((d) => d.time.edtf)).toEqual([
      '2025-05-02/2025-10-16',
    ]);
  });
});
