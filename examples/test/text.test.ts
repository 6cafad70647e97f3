import { describe, expect, it } from 'vitest';
import { bars, clip, table } from '../lib/text.ts';

describe('table', () => {
  it('aligns columns under a rule, clips wide cells and leaves the last column whole', () => {
    const text = table(
      ['when', 'what', 'note'],
      [
        ['2023-09-13', 'a summit at a cosmodrome', 'long last column stays whole'],
        ['2023-10', 'x', ''],
      ],
      10,
    );
    expect(text.split('\n')).toEqual([
      'when        what        note',
      '──────────  ──────────  ──────────',
      '2023-09-13  a summit …  long last column stays whole',
      '2023-10     x',
    ]);
  });

  it('clips with an ellipsis only when needed', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
  });
});

describe('bars', () => {
  it('draws values to one scale, bounds as solid then shaded, an open top as an arrow', () => {
    expect(
      bars(
        [
          { low: 1000, high: null },
          { low: 6700, high: 6700 },
          { low: 2000, high: 4000 },
          { low: null, high: 3350 },
        ],
        10,
      ),
    ).toEqual(['█→', '██████████', '███░░░', '░░░░░']);
  });

  it('draws a tiny value as one cell', () => {
    expect(
      bars(
        [
          { low: 1, high: 1 },
          { low: 1000, high: 1000 },
        ],
        10,
      ),
    ).toEqual(['█', '██████████']);
  });
});
