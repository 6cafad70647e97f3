import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities.ts';

const read = (text: string) =>
  findQuantities(text).map(({ text: words, value, low, high, approximate, unit, modality }) => ({
    words,
    value,
    low,
    high,
    approximate,
    unit,
    modality,
  }));

describe('findQuantities', () => {
  it('reads figures in digits and words with their counted noun', () => {
    expect(read('Officials evacuated about 2,400 people and half a million visitors stayed away.')).toEqual([
      {
        words: 'about 2,400 people',
        value: 2400,
        low: null,
        high: null,
        approximate: true,
        unit: 'people',
        modality: 'ACTUAL',
      },
      {
        words: 'half a million visitors',
        value: 500000,
        low: null,
        high: null,
        approximate: false,
        unit: 'visitors',
        modality: 'ACTUAL',
      },
    ]);
  });

  it('turns "more than", "at least", "up to", "as many as" and "barely" into bounds', () => {
    const q = read(
      'More than 300 fishing boats sailed. At least 1.2 million tonnes were lost. Up to 40 percent of farms flooded. As many as 12,000 residents fled. The road is barely 50 kilometres long.',
    );
    expect(q.map(({ words, value, low, high, unit }) => ({ words, value, low, high, unit }))).toEqual([
      { words: 'More than 300 fishing boats', value: null, low: 300, high: null, unit: 'vessels' },
      { words: 'At least 1.2 million tonnes', value: null, low: 1200000, high: null, unit: 'tonnes' },
      { words: 'Up to 40 percent', value: null, low: null, high: 40, unit: 'percent' },
      { words: 'As many as 12,000 residents', value: null, low: null, high: 12000, unit: 'people' },
      { words: 'barely 50 kilometres', value: 50, low: null, high: 50, unit: 'kilometers' },
    ]);
  });

  it('reads currencies, vague magnitudes and conversions', () => {
    expect(read('The loan of €3.5 billion was repaid.')[0]).toMatchObject({ value: 3.5e9, unit: 'euros' });
    expect(read('Several billion dollars were pledged.')[0]).toMatchObject({
      low: 2e9,
      high: null,
      unit: 'US dollars',
    });
    expect(read('Tens of thousands of protesters marched.')[0]).toMatchObject({
      low: 1e4,
      high: 1e5,
      unit: 'protesters',
    });
    const [road] = findQuantities('The pipeline runs some 80 km (50 miles) inland.');
    expect(road).toMatchObject({
      text: 'some 80 km (50 miles)',
      value: 80,
      approximate: true,
      unit: 'kilometers',
    });
  });

  it('marks what something could hold as CAPACITY', () => {
    expect(read('The new tanks can hold 5 million barrels of oil.')[0]).toMatchObject({
      value: 5e6,
      unit: 'barrels',
      modality: 'CAPACITY',
    });
  });

  it('reads a negated "even" as a ceiling', () => {
    expect(read('The mill cannot produce even 800 tonnes a month.')[0]).toMatchObject({
      value: null,
      high: 800,
    });
  });

  it('leaves out counts in passing, durations, calibres and spans to skip', () => {
    expect(read('The two ministers met for three years in 152 mm rounds of talks.')).toEqual([]);
    const text = 'On 3 May, 900 people left.';
    expect(findQuantities(text, [{ start: 3, end: 8 }]).map((q) => q.text)).toEqual(['900 people']);
  });
});
