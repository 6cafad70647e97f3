import { describe, expect, it } from 'vitest';
import { type EventSupport, eventStatus, explainEventStatus } from '../src/domain/event-status.ts';

const support = (over: Partial<EventSupport>): EventSupport => ({
  affirmingClaims: 0,
  independentSources: 0,
  claimants: 0,
  denyingClaims: 0,
  ...over,
});

describe('event status', () => {
  it('is CORROBORATED by two independent sources and two claimants, nobody denying it', () => {
    const s = support({ affirmingClaims: 9, independentSources: 4, claimants: 8 });
    expect(eventStatus(s)).toBe('CORROBORATED');
    expect(explainEventStatus(s)).toBe(
      'Reported by 9 claims from 4 independent sources and 8 claimants; no claim denies it.',
    );
  });

  it('stays REPORTED with one claimant however often syndicated, or one source however many it quotes', () => {
    const oneClaimant = support({ affirmingClaims: 6, independentSources: 2, claimants: 1 });
    const oneSource = support({ affirmingClaims: 7, independentSources: 1, claimants: 3 });
    expect(eventStatus(oneClaimant)).toBe('REPORTED');
    expect(eventStatus(oneSource)).toBe('REPORTED');
    expect(explainEventStatus(oneSource)).toBe(
      'Reported by 7 claims from 1 independent source and 3 claimants; corroboration needs two reports sharing neither source nor claimant.',
    );
  });

  it('is REPORTED, and says why, when claims only expect or warn of it', () => {
    expect(eventStatus(support({}))).toBe('REPORTED');
    expect(explainEventStatus(support({}))).toMatch(/^No claim reports that it happened/);
  });

  it('is DISPUTED when reported and denied, however well corroborated', () => {
    const s = support({ affirmingClaims: 24, independentSources: 3, claimants: 13, denyingClaims: 2 });
    expect(eventStatus(s)).toBe('DISPUTED');
    expect(explainEventStatus(s)).toBe(
      'Reported by 24 claims from 3 independent sources and 13 claimants, but denied by 2 claims.',
    );
  });

  it('is DENIED when denied and reported by nobody', () => {
    const s = support({ denyingClaims: 1 });
    expect(eventStatus(s)).toBe('DENIED');
    expect(explainEventStatus(s)).toBe('Only denied by 1 claim: no claim reports that it happened.');
  });
});
