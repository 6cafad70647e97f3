import { describe, expect, it } from 'vitest';
import {
  type ClaimFacts,
  type EstimateFacts,
  independent,
  proposeRelations,
  type Quantity,
  relateDenial,
  relateEstimates,
  statedOrder,
} from '../src/domain/claim-relations.ts';
import { parseFuzzyTime } from '../src/domain/fuzzy-time.ts';

let lastId = 0;

interface Given {
  id?: number;
  claimant?: string;
  stated?: string | null;
  knownFrom?: string;
  /** Independent-source units; copies of one syndicated story share one. */
  sources?: string[];
  stance?: ClaimFacts['stance'];
  proposition?: string;
}

function claim(given: Given = {}): ClaimFacts {
  const claimant = given.claimant ?? 'Ada Stone';
  return {
    id: given.id ?? ++lastId,
    claimantKey: claimant.toLowerCase(),
    claimantName: claimant,
    stance: given.stance ?? 'ESTIMATES',
    proposition: given.proposition ?? 'Barges crossed.',
    stated: parseFuzzyTime(given.stated === undefined ? '2024-05-13' : given.stated),
    knownFrom: given.knownFrom ?? '2024-06-30',
    sources: (given.sources ?? ['River Daily']).map((unit) => ({ unit, name: unit })),
  };
}

function estimate(quantity: Partial<Quantity>, given: Given = {}): EstimateFacts {
  return {
    ...claim(given),
    quantity: {
      value: null,
      low: null,
      high: null,
      approximate: false,
      unit: 'barges',
      item: null,
      modality: 'ACTUAL',
      phrase: 'some barges',
      ...quantity,
    },
  };
}

const independently = (claimant: string, source: string, stated: string | null = '2024-05-13') => ({
  claimant,
  sources: [source],
  stated,
});

describe('estimates of a measure that is not a running total', () => {
  it('corroborate when their intervals overlap, an open bound reaching everything above it', () => {
    const moreThanAThousand = estimate(
      { low: 1000, phrase: 'more than a thousand' },
      independently('Ada', 'A'),
    );
    const about6700 = estimate(
      { value: 6700, approximate: true, phrase: 'about 6,700' },
      independently('Bo', 'B'),
    );
    const r = relateEstimates(moreThanAThousand, about6700, false);
    expect(r?.kind).toBe('CORROBORATES');
    expect(r?.explanation).toContain('≥1,000 barges (“more than a thousand”; A)');
    expect(r?.explanation).toContain('≈6,700 barges (“about 6,700”; B)');
    expect(r?.explanation).toContain('(6,365–7,035 and ≥1,000 barges) overlap');
    expect(r?.explanation).toContain('independent');
  });

  it('contradict when they are disjoint, citing both values, sources and the gap', () => {
    const about180 = estimate(
      { value: 180, approximate: true, unit: 'km', phrase: 'about 180km' },
      { claimant: 'Wire', sources: ['Wire copy'], stated: '2024-02-27' },
    );
    const barely200 = estimate(
      { value: 200, high: 200, approximate: true, unit: 'km', phrase: 'barely 200 kilometers' },
      { claimant: 'Digest', sources: ['Digest'], stated: null },
    );
    const r = relateEstimates(about180, barely200, false);
    expect(r).toMatchObject({ kind: 'CONTRADICTS' });
    expect(r?.explanation).toContain('Wire (2024-02-27): ≈180 km (“about 180km”; Wire copy)');
    expect(r?.explanation).toContain('Digest (undated): 190–200 km (“barely 200 kilometers”; Digest)');
    expect(r?.explanation).toContain('(190–200 and 171–189 km) are 1 km apart');
  });

  it('contradict even when one claimant says both', () => {
    const a = estimate({ value: 10 }, { claimant: 'Ada' });
    const b = estimate({ value: 20 }, { claimant: 'Ada' });
    expect(relateEstimates(a, b, false)?.kind).toBe('CONTRADICTS');
  });

  it('widen an approximate value by the tolerance before comparing', () => {
    const exactly189 = estimate({ value: 189 }, independently('Bo', 'B'));
    expect(
      relateEstimates(estimate({ value: 180 }, independently('Ada', 'A')), exactly189, false)?.kind,
    ).toBe('CONTRADICTS');
    const about180 = estimate({ value: 180, approximate: true }, independently('Ada', 'A'));
    expect(relateEstimates(about180, exactly189, false)?.kind).toBe('CORROBORATES');
  });

  it('do not corroborate without independence: one claimant, or one source (a syndication group)', () => {
    const sameClaimant = [
      estimate({ value: 5 }, independently('Ada', 'A')),
      estimate({ value: 5 }, independently('Ada', 'B')),
    ];
    const sameGroup = [
      estimate({ value: 5 }, independently('Ada', 'G')),
      estimate({ value: 5 }, independently('Bo', 'G')),
    ];
    expect(
      relateEstimates(sameClaimant[0] as EstimateFacts, sameClaimant[1] as EstimateFacts, false),
    ).toBeNull();
    expect(relateEstimates(sameGroup[0] as EstimateFacts, sameGroup[1] as EstimateFacts, false)).toBeNull();
    // A second, independent source of one of them is enough.
    const widened = estimate({ value: 5 }, { claimant: 'Bo', sources: ['G', 'H'] });
    expect(relateEstimates(sameGroup[0] as EstimateFacts, widened, false)?.kind).toBe('CORROBORATES');
  });

  it('are not compared across units', () => {
    expect(relateEstimates(estimate({ value: 5 }), estimate({ value: 9, unit: 'boats' }), false)).toBeNull();
  });
});

describe('estimates of a running total', () => {
  const october = { claimant: 'Ada', sources: ['A'], stated: '2023-10-13' };
  const february = { claimant: 'Bo', sources: ['B'], stated: '2024-02-27' };

  it('revise: a later estimate revises an earlier one, from the later to the earlier', () => {
    const early = estimate({ low: 1000, phrase: 'more than a thousand' }, october);
    const late = estimate({ value: 6700, approximate: true, phrase: 'about 6,700' }, february);
    const r = relateEstimates(early, late, true);
    expect(r).toMatchObject({ kind: 'REVISES', fromClaimId: late.id, toClaimId: early.id });
    expect(r?.explanation).toContain('Bo (2024-02-27): ≈6,700 barges');
    expect(r?.explanation).toContain('revises Ada (2023-10-13): ≥1,000 barges');
    // The same figures on a measure that is not a running total corroborate instead.
    expect(relateEstimates(early, late, false)?.kind).toBe('CORROBORATES');
  });

  it('contradict when a later figure lies wholly below an earlier one: a running total cannot fall', () => {
    const early = estimate({ value: 6700, approximate: true }, october);
    const late = estimate({ value: 1000 }, february);
    const r = relateEstimates(late, early, true);
    expect(r).toMatchObject({ kind: 'CONTRADICTS', fromClaimId: late.id, toClaimId: early.id });
    expect(r?.explanation).toContain('cannot fall');
  });

  it('are compared as if stated together when their order is unknown', () => {
    const undated = estimate({ low: 2_000_000 }, { claimant: 'Ada', sources: ['A'], stated: null });
    const dated = estimate({ value: 1_500_000 }, february);
    const r = relateEstimates(undated, dated, true);
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.explanation).toContain('Which was stated first is unknown');
  });

  it('are ordered by the day their first source was public when the stated time is unknown', () => {
    const undatedButPublishedEarly = estimate(
      { value: 10 },
      { ...october, stated: null, knownFrom: '2023-11-01' },
    );
    const later = estimate({ value: 50 }, february);
    expect(statedOrder(undatedButPublishedEarly, later)).toBe(-1);
    expect(relateEstimates(undatedButPublishedEarly, later, true)?.kind).toBe('REVISES');
  });
});

describe('a capacity against an actual figure', () => {
  const shin = { claimant: 'Shin', sources: ['Wire'], stated: '2024-02-27' };
  const kyiv = { claimant: 'Kyiv', sources: ['Digest'], stated: '2024-02-27' };
  const couldHold = (value: number, item: string | null = null) =>
    estimate({ value, approximate: true, modality: 'CAPACITY', item, phrase: 'could hold' }, shin);

  it('is an upper bound, so a smaller actual figure is consistent with it, and the explanation says so', () => {
    const actual = estimate({ value: 1_500_000, phrase: '1.5 million' }, kyiv);
    const r = relateEstimates(couldHold(3_000_000), actual, true);
    expect(r?.kind).toBe('CORROBORATES');
    expect(r?.explanation).toContain(
      'is within the capacity in Shin (2024-02-27): capacity ≈3,000,000 barges',
    );
    expect(r?.explanation).toContain('upper bound on the actual amount, not a rival estimate');
    expect(r?.explanation).toContain('rather than a contradiction');
  });

  it('is contradicted by a larger actual figure', () => {
    const r = relateEstimates(couldHold(3_000_000), estimate({ low: 4_000_000 }, kyiv), true);
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.explanation).toContain('exceeds the capacity');
  });

  it('bounds nothing of another item: capacities by calibre are alternative loads', () => {
    const by152 = couldHold(3_000_000, 'rounds of 152 mm shells');
    const by122 = estimate(
      {
        value: 500_000,
        approximate: true,
        modality: 'CAPACITY',
        item: 'rounds of 122 mm shells',
        phrase: 'x',
      },
      kyiv,
    );
    expect(relateEstimates(by152, by122, true)).toBeNull();
    expect(relateEstimates(by122, estimate({ value: 1_500_000 }, kyiv), true)).toBeNull();
    const of122 = estimate({ value: 1_500_000, item: 'Rounds of 122-mm shells' }, kyiv);
    expect(relateEstimates(by122, of122, true)?.kind).toBe('CONTRADICTS');
  });

  it('on a running total, does not bound an actual figure stated after it', () => {
    const earlyCapacity = estimate({ value: 1000, modality: 'CAPACITY' }, { ...shin, stated: '2023-10-13' });
    expect(relateEstimates(earlyCapacity, estimate({ value: 5000 }, kyiv), true)).toBeNull();
    expect(relateEstimates(earlyCapacity, estimate({ value: 5000 }, kyiv), false)?.kind).toBe('CONTRADICTS');
  });

  it('needs independence to corroborate', () => {
    expect(relateEstimates(couldHold(3_000_000), estimate({ value: 1_500_000 }, shin), true)).toBeNull();
  });
});

describe('denials', () => {
  it('contradict what they deny, from the denial to the assertion', () => {
    const denial = claim({
      claimant: 'Hilltown',
      stance: 'DENIES',
      proposition: 'No barge crossed.',
      sources: ['Gazette'],
    });
    const accusation = claim({
      claimant: 'Riverton',
      stance: 'ACCUSES',
      proposition: 'Barges crossed.',
      sources: ['Daily'],
    });
    const r = relateDenial(denial, accusation, 'Barges cross the river');
    expect(r).toMatchObject({ kind: 'CONTRADICTS', fromClaimId: denial.id, toClaimId: accusation.id });
    expect(r.explanation).toBe(
      'Hilltown denies what Riverton alleges about “Barges cross the river”: “No barge crossed.” (Gazette) against “Barges crossed.” (Daily).',
    );
  });

  it('are paired with every claim reporting the event, each pair once', () => {
    const denials = [claim({ stance: 'DENIES' }), claim({ stance: 'DENIES' })];
    const reports = [claim({ stance: 'ASSERTS' }), claim({ stance: 'BELIEVES' })];
    const events = [
      { title: 'One', affirming: reports, denying: denials },
      { title: 'Two', affirming: reports, denying: denials },
    ];
    const found = proposeRelations([], events);
    expect(found).toHaveLength(4);
    expect(found.every((r) => r.explanation.includes('“One”'))).toBe(true);
  });
});

describe('independence and order', () => {
  it('needs different claimants and a source of one that is not the other’s', () => {
    expect(
      independent(claim({ claimant: 'A', sources: ['x'] }), claim({ claimant: 'B', sources: ['y'] })),
    ).toBe(true);
    expect(
      independent(claim({ claimant: 'A', sources: ['x'] }), claim({ claimant: 'B', sources: ['x'] })),
    ).toBe(false);
    expect(
      independent(claim({ claimant: 'A', sources: ['x'] }), claim({ claimant: 'A', sources: ['y'] })),
    ).toBe(false);
  });

  it('orders claims only when their stated times cannot overlap', () => {
    const sept = claim({ stated: '2023-09' });
    const mid = claim({ stated: '2023-09-13' });
    const oct = claim({ stated: '2023-10-01' });
    expect(statedOrder(sept, oct)).toBe(-1);
    expect(statedOrder(oct, sept)).toBe(1);
    expect(statedOrder(sept, mid)).toBe(0);
    expect(statedOrder(claim({ stated: null }), oct)).toBe(0);
  });
});
