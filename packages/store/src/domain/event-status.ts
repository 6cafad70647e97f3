import type { EVENT_KINDS, EVENT_STATUSES, STANCES } from './vocabulary.ts';

export type EventStatus = (typeof EVENT_STATUSES)[number];
type Stance = (typeof STANCES)[number];

/**
 * Stances that report an event as having happened. EXPECTS, WARNS and PLEDGES look ahead or urge:
 * they neither report nor deny it — unless the event is what was said (SPEECH_EVENT_KINDS). DENIES
 * denies it, except for a DENIAL event, which the denial is.
 */
export const AFFIRMING_STANCES = [
  'ASSERTS',
  'ACCUSES',
  'ESTIMATES',
  'BELIEVES',
  'DESCRIBES',
] as const satisfies readonly Stance[];

/** Events that are something said: a claim reporting what was said attests them, whatever its stance. */
export const SPEECH_EVENT_KINDS = [
  'STATEMENT',
  'ACCUSATION',
  'DENIAL',
  'PLEDGE',
] as const satisfies readonly (typeof EVENT_KINDS)[number][];

/** The claims about an event as known on a day: what its status follows from. */
export interface EventSupport {
  /** Claims reporting that it happened. */
  affirmingClaims: number;
  /** The sources reporting those claims, a syndication group counted once. */
  independentSources: number;
  /** Their distinct claimants (a named actor, or an unnamed one by its description). */
  claimants: number;
  /** Claims denying that it happened. */
  denyingClaims: number;
}

/**
 * Whether an event happened, as its claims have it:
 * - DENIED: someone denies it and no claim reports it;
 * - DISPUTED: some claims report it and others deny it;
 * - CORROBORATED: nobody denies it, and the claims reporting it come from at least two independent
 *   sources and two distinct claimants, which guarantees two reports sharing neither source nor
 *   claimant;
 * - REPORTED: otherwise — one claimant however often syndicated, one source however many people
 *   it quotes, or only expectations.
 */
export function eventStatus(s: EventSupport): EventStatus {
  if (s.denyingClaims > 0) return s.affirmingClaims > 0 ? 'DISPUTED' : 'DENIED';
  return s.independentSources >= 2 && s.claimants >= 2 ? 'CORROBORATED' : 'REPORTED';
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The status in a sentence, with the figures it rests on. */
export function explainEventStatus(s: EventSupport): string {
  const reported = `Reported by ${count(s.affirmingClaims, 'claim')} from ${count(s.independentSources, 'independent source')} and ${count(s.claimants, 'claimant')}`;
  const denied = `denied by ${count(s.denyingClaims, 'claim')}`;
  switch (eventStatus(s)) {
    case 'DENIED':
      return `Only ${denied}: no claim reports that it happened.`;
    case 'DISPUTED':
      return `${reported}, but ${denied}.`;
    case 'CORROBORATED':
      return `${reported}; no claim denies it.`;
    case 'REPORTED':
      return s.affirmingClaims === 0
        ? 'No claim reports that it happened: it is only expected or warned of.'
        : `${reported}; corroboration needs two reports sharing neither source nor claimant.`;
  }
}
