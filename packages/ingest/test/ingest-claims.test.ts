import type { KnownName } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { type ClaimCandidate, findClaims } from '../src/claims.ts';
import { findDates } from '../src/dates.ts';
import { findMentions } from '../src/mentions.ts';
import { findQuantities } from '../src/quantities.ts';

const KNOWN: KnownName[] = [
  { entity: 'actor', id: 1, name: 'Ethiopia', canonical: 'Ethiopia', kind: 'STATE' },
  { entity: 'actor', id: 1, name: 'Addis Ababa', canonical: 'Ethiopia', kind: 'STATE' },
  { entity: 'actor', id: 2, name: 'Egypt', canonical: 'Egypt', kind: 'STATE' },
  { entity: 'actor', id: 2, name: 'Cairo', canonical: 'Egypt', kind: 'STATE' },
  { entity: 'actor', id: 3, name: 'Sudan', canonical: 'Sudan', kind: 'STATE' },
  { entity: 'actor', id: 4, name: 'Seleshi Bekele', canonical: 'Seleshi Bekele', kind: 'PERSON' },
  { entity: 'actor', id: 5, name: 'Reuters', canonical: 'Reuters', kind: 'ORGANIZATION' },
  { entity: 'actor', id: 6, name: 'World Bank', canonical: 'World Bank', kind: 'ORGANIZATION' },
];

function claimsOf(text: string): ClaimCandidate[] {
  const mentions = findMentions(text, [], KNOWN);
  const dates = findDates(text, '2021-07-07');
  const quantities = findQuantities(text, dates);
  return findClaims(text, { furniture: [], mentions, dates, quantities });
}

const claimant = (c: ClaimCandidate) =>
  c.claimant.kind === 'MENTION'
    ? c.claimant.mention.name
    : c.claimant.kind === 'UNNAMED'
      ? `(${c.claimant.description})`
      : 'AUTHOR';
const summary = (text: string) => claimsOf(text).map((c) => [claimant(c), c.stance, c.text]);

describe('findClaims', () => {
  it('attributes a statement to the speaker named before or after it', () => {
    expect(
      summary('Water Minister Seleshi Bekele told reporters that the second filling was complete.'),
    ).toEqual([
      [
        'Seleshi Bekele',
        'ASSERTS',
        'Water Minister Seleshi Bekele told reporters that the second filling was complete.',
      ],
    ]);
    expect(summary('The turbines will start in August, Mr Bekele said on Monday.')).toEqual([
      ['Seleshi Bekele', 'EXPECTS', 'The turbines will start in August'],
    ]);
  });

  it('keeps the reported-speech chain and a pronoun’s speaker', () => {
    const [first, second] = claimsOf(
      'Seleshi Bekele said the reservoir held 13.5 billion cubic metres of water, Reuters reported. The filling would go on, he added.',
    );
    expect(first).toMatchObject({ verb: 'said', via: [{ name: 'Reuters' }] });
    expect(second && claimant(second)).toBe('Seleshi Bekele');
  });

  it('reads the stance from the verb and the words', () => {
    expect(
      summary('Egypt and Sudan deny any deal was reached.').map(([who, stance]) => [who, stance]),
    ).toEqual([
      ['Egypt', 'DENIES'],
      ['Sudan', 'DENIES'],
    ]);
    expect(summary('Cairo accused Addis Ababa of stalling the talks.')[0]?.slice(0, 2)).toEqual([
      'Egypt',
      'ACCUSES',
    ]);
    expect(summary('Analysts warn that the river could run low.')[0]?.slice(0, 2)).toEqual([
      '(Analysts)',
      'WARNS',
    ]);
    expect(summary('The dam is believed to hold back a third of the flow.')[0]?.slice(0, 2)).toEqual([
      '(is believed)',
      'BELIEVES',
    ]);
  });

  it('makes one claim per figure, estimated when the words say so', () => {
    const claims = claimsOf(
      'The dam cost about $4.8 billion, according to estimates from the World Bank, and the country is in need of power.',
    );
    expect(claims.map((c) => [claimant(c), c.stance, c.quantity?.value ?? null])).toEqual([
      ['World Bank', 'ESTIMATES', 4.8e9],
      ['AUTHOR', 'ASSERTS', null],
    ]);
  });

  it('speaks in the author’s voice where nobody is named, and keeps exact offsets', () => {
    const text =
      'The river is the longest in Africa. It feeds three countries. Sudan said it was not consulted.';
    const claims = claimsOf(text);
    expect(claims.map(claimant)).toEqual(['AUTHOR', 'AUTHOR', 'Sudan']);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('names the unnamed official of a lead from the next sentence', () => {
    const claims = claimsOf(
      'The reservoir is full, a senior Ethiopian official said. Ethiopian Water Minister Seleshi Bekele told reporters the turbines would start soon.',
    );
    expect(claims.map(claimant)).toEqual(['Seleshi Bekele', 'Seleshi Bekele']);
  });

  it('draws nothing from furniture or headlines', () => {
    const text = 'Dam talks stall\n\nCairo said talks had failed.\n\nRead more: Egypt said to weigh options.';
    const mentions = findMentions(text, [], KNOWN);
    const claims = findClaims(text, {
      furniture: [{ start: 47, end: 85 }],
      mentions,
      dates: [],
      quantities: [],
    });
    expect(claims.map((c) => c.text)).toEqual(['Cairo said talks had failed.']);
  });
});
