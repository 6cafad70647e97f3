import { describe, expect, it } from 'vitest';
import {
  figureBounds,
  isModified,
  modalityBefore,
  modifiedBounds,
  negatedEvenBounds,
} from '../src/quantities/bounds.ts';
import { countedNoun, measureAfter, nounBefore, unitAfter } from '../src/quantities/units.ts';
import { figureValue, vagueBounds } from '../src/quantities/values.ts';
import { countUnit } from '../src/quantities/vocabulary.ts';
import { conversionEnd, isInsideWord, isPassingCount, pointsBack } from '../src/quantities.ts';
import { found, tagText } from '../src/text.ts';

/** The offset right after the first `words` in `text`. */
const after = (text: string, words: string) => text.indexOf(words) + words.length;
const exact = (value: number) => ({ value, low: null, high: null, approximate: false });

describe('values', () => {
  it('reads figures in digits and words, with their scale', () => {
    expect(
      ['4,250', '1.5 million', 'three million', 'a thousand', '25bn', 'twenty-five'].map(figureValue),
    ).toEqual([4250, 1_500_000, 3_000_000, 1000, 25_000_000_000, 25]);
    expect(figureValue('umpteen')).toBeNull();
  });

  it('bounds vague figures', () => {
    expect(vagueBounds('tens of thousands')).toEqual({ low: 10_000, high: 100_000 });
    expect(vagueBounds('dozens of millions')).toEqual({ low: 12_000_000, high: null });
    expect(vagueBounds('several billion')).toEqual({ low: 2_000_000_000, high: null });
    expect(vagueBounds('multi-million')).toEqual({ low: 2_000_000, high: null });
    expect(vagueBounds('millions')).toEqual({ low: 1_000_000, high: null });
  });
});

describe('bounds', () => {
  it('states a value or a vague range', () => {
    expect(figureBounds(undefined, '300')).toEqual(exact(300));
    expect(figureBounds('hundreds of thousands', undefined)).toEqual({
      value: null,
      low: 100_000,
      high: 1_000_000,
      approximate: true,
    });
    expect(figureBounds(undefined, 'umpteen')).toBeNull();
  });

  it('tells the words that bound or hedge a figure', () => {
    expect(['more than ', 'up to ', 'about ', 'barely '].map(isModified)).toEqual([true, true, true, true]);
    expect(isModified('ferries carried ')).toBe(false);
  });

  it('applies the first modifier and counts its words into the quantity, but not "a"', () => {
    expect(modifiedBounds(exact(300), 'carried more than ', false)).toEqual({
      bounds: { value: null, low: 300, high: null, approximate: false },
      words: 'more than '.length,
    });
    expect(modifiedBounds(exact(40), 'as many as ', false).bounds).toEqual({
      value: null,
      low: null,
      high: 40,
      approximate: false,
    });
    expect(modifiedBounds(exact(1000), 'carried a ', false)).toEqual({
      bounds: { ...exact(1000), approximate: true },
      words: 0,
    });
    expect(modifiedBounds(exact(300), 'carried ', false)).toEqual({ bounds: exact(300), words: 0 });
  });

  it('opens the ceiling of a vague figure given a floor', () => {
    const vague = { value: null, low: 100_000, high: 1_000_000, approximate: true };
    expect(modifiedBounds(vague, 'at least ', true).bounds).toEqual({ ...vague, high: null });
  });

  it('makes a figure after a negated "even" a ceiling', () => {
    expect(negatedEvenBounds(exact(2), 'was unable to sell even ')).toEqual({
      value: null,
      low: null,
      high: 2,
      approximate: false,
    });
    expect(negatedEvenBounds(exact(2), 'sold even ')).toEqual(exact(2));
  });

  it('reads CAPACITY when the words before say what something could hold', () => {
    const text = 'The new quay could hold up to 40 ferries; it held 12 ferries.';
    expect(modalityBefore(text, text.indexOf('up to'))).toBe('CAPACITY');
    expect(modalityBefore(text, text.indexOf('12'))).toBe('ACTUAL');
  });
});

describe('units', () => {
  it('finds the word covering an offset, and the last word before one', () => {
    const text = 'herds of cattle numbering';
    const terms = tagText(text);
    expect(terms.termAt(text.indexOf('attle'))?.text).toBe('cattle');
    expect(terms.termAt(text.length)).toBeUndefined();
    expect(terms.lastTermWithin(0, text.length, (t) => t.text.length === 5)?.text).toBe('herds');
    expect(terms.lastTermWithin(1, text.length, (t) => t.text.length === 5)).toBeUndefined();
  });

  it('reads a measure after a figure, or a currency before it', () => {
    const measure = (text: string, figure: string, currency?: string) => {
      const { unit, end, measured, kindOfThing } = measureAfter(text, after(text, figure), currency);
      return { unit, words: text.slice(0, end), measured, kindOfThing };
    };
    expect(measure('12 km away', '12')).toEqual({
      unit: 'kilometers',
      words: '12 km',
      measured: true,
      kindOfThing: false,
    });
    expect(measure('90 cubic metres of water', '90').words).toBe('90 cubic metres');
    expect(measure('$5 million in aid', '$5 million', '$')).toEqual({
      unit: 'US dollars',
      words: '$5 million',
      measured: false,
      kindOfThing: false,
    });
    expect(measure('a 10-dollar note', '10')).toMatchObject({ unit: 'US dollars', words: 'a 10-dollar' });
    expect(measure('105 mm shells', '105')).toMatchObject({ unit: 'millimeters', kindOfThing: true });
  });

  it('reads the counted noun, on through a calibre', () => {
    const text = '300 cargo vessels and 4 million rounds of 105 mm shells';
    const terms = tagText(text);
    expect(countedNoun(text, terms, after(text, '300'))).toEqual({
      noun: 'vessels',
      item: 'cargo vessels',
      end: after(text, 'vessels'),
    });
    expect(countedNoun(text, terms, after(text, 'million'))?.item).toBe('rounds of 105 mm shells');
    expect(countedNoun(text, terms, after(text, 'and'))).toBeNull();
  });

  it('reads the unit and item after a figure, none for a duration or a calibre', () => {
    const text = 'millions of barrels of oil, three years later, 155 mm calibre';
    const terms = tagText(text);
    expect(
      unitAfter(text, terms, { end: after(text, 'millions'), currency: undefined, countsAfterOf: true }),
    ).toEqual({ unit: 'barrels', item: 'barrels', end: after(text, 'barrels') });
    const three = { end: after(text, 'three'), currency: undefined, countsAfterOf: false };
    expect(unitAfter(text, terms, three)).toBeNull();
    expect(
      unitAfter(text, terms, { end: after(text, '155'), currency: undefined, countsAfterOf: false }),
    ).toBeNull();
  });

  it('counts ammunition in rounds and ships in vessels', () => {
    expect(['shells', 'ships', 'civilians', 'Barges'].map(countUnit)).toEqual([
      'rounds',
      'vessels',
      'people',
      'barges',
    ]);
  });

  it('takes a plural noun shortly before a figure, in the same clause', () => {
    const text = 'herds of cattle numbering in the tens of thousands';
    expect(nounBefore(text, tagText(text), text.indexOf('tens'))).toEqual({ unit: 'herds', item: 'herds' });
    const clause = 'cattle, numbering in the tens of thousands';
    expect(nounBefore(clause, tagText(clause), clause.indexOf('tens'))).toBeNull();
  });
});

describe('figures', () => {
  it('takes no figure inside a word, an ordinal or a list number', () => {
    expect(isInsideWord('the A')).toBe(true);
    expect(isInsideWord('item 3.')).toBe(true);
    expect(isInsideWord('carried ')).toBe(false);
    expect(isInsideWord('')).toBe(false);
  });

  it('joins a parenthesised conversion to the figure before it', () => {
    const text = 'a route of 180 kilometers (110 miles) long';
    const previous = found(text, text.indexOf('180'), after(text, 'kilometers'));
    expect(conversionEnd(text, previous, text.indexOf('110'), after(text, '110'))).toBe(after(text, ')'));
    const unclosed = 'a route of 180 kilometers (110 miles, they said, at the very most by any count';
    const first = found(unclosed, unclosed.indexOf('180'), after(unclosed, 'kilometers'));
    expect(conversionEnd(unclosed, first, unclosed.indexOf('110'), after(unclosed, '110'))).toBeNull();
    expect(conversionEnd(text, previous, text.indexOf('long'), text.length)).toBeNull();
  });

  it('takes "those" and "these" before a figure as pointing back at one given', () => {
    expect(pointsBack('and those ')).toBe(true);
    expect(pointsBack('and then ')).toBe(false);
  });

  it('takes a small number in words with no hedge as a count in passing', () => {
    expect(isPassingCount('two', exact(2), 'the ')).toBe(true);
    expect(isPassingCount('two', exact(2), 'about ')).toBe(false);
    expect(isPassingCount('2', exact(2), 'the ')).toBe(false);
    expect(isPassingCount('two hundred', exact(200), 'the ')).toBe(false);
  });
});
