import { describe, expect, it } from 'vitest';
import { findCopyOf, jaccard, SYNDICATION_THRESHOLD, shingles } from '../src/syndication.ts';

const WIRE = `Ethiopia has begun the second filling of its giant dam on the Blue Nile, a senior water official said, defying calls from Egypt and Sudan to wait for a binding deal. The reservoir could hold 74 billion cubic metres of water once full, the official told reporters in Addis Ababa on Monday. Cairo says the dam threatens its water supply.`;
const COPY = `Ethiopia has begun the second filling of its giant dam on the Blue Nile, a senior water official said, defying calls from Egypt and Sudan to wait for a binding deal.

The reservoir could hold 74 billion cubic meters of water once full, the official told reporters in Addis Ababa on Monday.

Cairo says the dam threatens its water supply. REUTERS`;
const RETOLD = `Addis Ababa pressed ahead with filling the reservoir behind its Blue Nile dam this week. Egyptian and Sudanese diplomats, who want a binding agreement first, protested. Once full the lake will store some 74 billion cubic metres.`;

describe('syndication', () => {
  it('finds a house-styled copy of a stored text, and not a retelling of the same news', () => {
    const copy = jaccard(shingles(WIRE), shingles(COPY));
    const retold = jaccard(shingles(WIRE), shingles(RETOLD));
    expect(copy).toBeGreaterThanOrEqual(SYNDICATION_THRESHOLD);
    expect(retold).toBeLessThan(0.1);
    const candidates = [
      { id: 1, text: RETOLD, furniture: [] },
      { id: 2, text: WIRE, furniture: [] },
    ];
    expect(findCopyOf(COPY, [], candidates)).toMatchObject({ id: 2 });
    expect(findCopyOf(RETOLD, [], [{ id: 2, text: WIRE, furniture: [] }])).toBeNull();
  });

  it('leaves page furniture out of the comparison', () => {
    const furniture = [{ start: 0, end: 200 }];
    expect(shingles(WIRE, furniture).size).toBeLessThan(shingles(WIRE).size);
  });
});
