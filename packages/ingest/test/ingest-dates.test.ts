import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';

// Published Wednesday 16 June 2021.
const REFERENCE = '2021-06-16';
const read = (text: string, reference: string | null = REFERENCE) =>
  findDates(text, reference).map((d) => [d.text, d.time.edtf]);

describe('findDates', () => {
  it('places weekdays on the latest such day up to the published date', () => {
    expect(read('The minister flew in on Monday and left Wednesday.')).toEqual([
      ['on Monday', '2021-06-14'],
      ['Wednesday', '2021-06-16'],
    ]);
  });

  it('reads relative months, weeks and years as the period they name', () => {
    expect(read('Talks collapsed last month.')).toEqual([['last month', '2021-05']]);
    expect(read('He said this week that the dam was full.')).toEqual([
      ['this week', '2021-06-14/2021-06-16'],
    ]);
    expect(read('Earlier this week, rain fell.')).toEqual([['Earlier this week', '2021-06-14/2021-06-16']]);
    expect(read('Prices rose in the last year alone.')).toEqual([
      ['in the last year', '2020-06-16/2021-06-16'],
    ]);
  });

  it('reads "since" and "onward" as a range up to the published date', () => {
    expect(read('Exports have doubled since March.')).toEqual([['since March', '2021-03/2021-06-16']]);
    expect(read('From April onward, the gates stayed shut.')).toEqual([
      ['From April onward', '2021-04/2021-06-16'],
    ]);
  });

  it('reads days, explicit ranges and bare years', () => {
    expect(read('The ceasefire began on May 3.')).toEqual([['May 3', '2021-05-03']]);
    expect(read('Voting ran from June 1 to June 5.')).toEqual([
      ['June 1 to June 5', '2021-06-01/2021-06-05'],
    ]);
    expect(read('The border was drawn in 1902 and redrawn since 1998.')).toEqual([
      ['in 1902', '1902'],
      ['since 1998', '1998/2021-06-16'],
    ]);
  });

  it('reads spans of time that date a start', () => {
    expect(read('The treaty was signed 40 years ago.')).toEqual([['40 years ago', '1981~']]);
    expect(read('He took office about a dozen years ago.')).toEqual([['about a dozen years ago', '2009~']]);
    expect(read('The drought, now in its fifth year, deepened.')).toEqual([
      ['in its fifth year', '2016-06-17/2017-06-16'],
    ]);
    expect(read('After more than two years of talks, nothing was signed.')).toEqual([
      ['After more than two years of', '../2019-06-16'],
    ]);
  });

  it('keeps the words each time came from', () => {
    const [date] = findDates('The dam opened last month.', REFERENCE);
    expect(date?.time).toMatchObject({
      phrase: 'last month',
      precision: 'MONTH',
      earliest: '2021-05-01',
      latest: '2021-05-31',
    });
  });

  it('places only dates that carry their year when the published date is unknown', () => {
    expect(read('It was signed on 12 March 2020, and amended last month.', null)).toEqual([
      ['on 12 March 2020', '2020-03-12'],
    ]);
  });

  it('skips the spans it is told to skip (page furniture)', () => {
    const text = 'Published Monday. The river rose on Tuesday.';
    expect(findDates(text, REFERENCE, [{ start: 0, end: 17 }]).map((d) => d.text)).toEqual(['on Tuesday']);
  });
});
