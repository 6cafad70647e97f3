import { describe, expect, it } from 'vitest';
import { normalizeName } from '../src/domain/names.ts';
import {
  checkExcerpt,
  contentHash,
  findExcerpt,
  sentenceAround,
  spansOverlap,
} from '../src/domain/provenance.ts';

const text = 'First sentence here. The minister said 6,700 containers left. Read More: elsewhere';

describe('provenance', () => {
  it('accepts an excerpt that is exactly the text between its offsets', () => {
    const start = text.indexOf('The minister');
    const excerpt = 'The minister said 6,700 containers left.';
    expect(checkExcerpt(text, { start, end: start + excerpt.length, excerpt })).toBeNull();
  });

  it('names the mismatch when offsets are off by one', () => {
    const start = text.indexOf('The minister') + 1;
    const problem = checkExcerpt(text, { start, end: start + 12, excerpt: 'The minister' });
    expect(problem?.rule).toBe('excerpt-mismatch');
    expect(problem?.message).toContain('"he minister ');
  });

  it('refuses spans outside the text or empty', () => {
    expect(checkExcerpt(text, { start: 5, end: 5, excerpt: '' })?.rule).toBe('offsets');
    expect(checkExcerpt(text, { start: 0, end: text.length + 1, excerpt: text })?.rule).toBe('offsets');
    expect(checkExcerpt(text, { start: -1, end: 3, excerpt: 'Fir' })?.rule).toBe('offsets');
  });

  it('finds every occurrence of an excerpt', () => {
    expect(findExcerpt('a b a', 'a')).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 5 },
    ]);
  });

  it('detects overlapping spans, not touching ones', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
  });

  it('gives the sentence around a span', () => {
    const start = text.indexOf('6,700');
    expect(sentenceAround(text, { start, end: start + 5 }).text).toBe(
      'The minister said 6,700 containers left.',
    );
    expect(sentenceAround(text, { start: 0, end: 5 }).text).toBe('First sentence here.');
  });

  it('hashes text content stably', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('abc ')).not.toBe(contentHash('abc'));
  });
});

describe('normalizeName', () => {
  it('folds case, accents, spaces and hyphens', () => {
    expect(normalizeName('Kim Jong-un')).toBe(normalizeName('KIM JONG UN'));
    expect(normalizeName('Shin Wonsik')).toBe(normalizeName('Shin Won-sik'));
    expect(normalizeName('Zelenskýy')).toBe('zelenskyy');
    expect(normalizeName('U.S.')).toBe('us');
  });
});
