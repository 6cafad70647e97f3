import type { STANCES } from '@claimline/store';
import { drawEstimate, type Estimate, type Measure, measureFor } from './quantities.ts';
import type { Random } from './random.ts';
import { STATED_TIME_FORMS, type TimeForm } from './times.ts';

export type Stance = (typeof STANCES)[number];

export const STANCE_WEIGHTS: readonly (readonly [Stance, number])[] = [
  ['ASSERTS', 44],
  ['DESCRIBES', 10],
  ['BELIEVES', 6],
  ['ESTIMATES', 16],
  ['ACCUSES', 5],
  ['DENIES', 4],
  ['EXPECTS', 8],
  ['WARNS', 4],
  ['PLEDGES', 3],
];
/** How a source prints a claim of each stance: the reporting verbs, and the words before the clause. */
export const STANCE_WORDS: Record<Stance, { verbs: string[]; hedge: string | null }> = {
  ASSERTS: { verbs: ['said', 'told reporters', 'stated', 'confirmed'], hedge: null },
  DESCRIBES: { verbs: ['described how', 'recounted how'], hedge: null },
  BELIEVES: { verbs: ['believes', 'is believed to think'], hedge: 'believed' },
  ESTIMATES: { verbs: ['estimated', 'put the figure at'], hedge: 'estimated' },
  ACCUSES: { verbs: ['alleged', 'charged'], hedge: null },
  DENIES: { verbs: ['denied that', 'dismissed reports that'], hedge: null },
  EXPECTS: { verbs: ['expects that', 'predicted that'], hedge: 'could' },
  WARNS: { verbs: ['warned that'], hedge: null },
  PLEDGES: { verbs: ['pledged that', 'promised that'], hedge: null },
};
/** Claimants a report does not name. */
export const UNNAMED = [
  'a senior official',
  'analysts',
  'satellite imagery',
  'a government spokesperson',
  'diplomats',
  'local residents',
  'a defence ministry source',
  'intelligence officials',
];
const SOURCES_PER_CLAIM: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 35],
  [3, 20],
];

/** One claim about an event before it has an id. */
export interface DrawnClaim<A> {
  stance: Stance;
  /** A named claimant, or null with `description` saying who spoke. */
  claimant: A | null;
  description: string | null;
  statedDay: number;
  stated: TimeForm;
  /** The measure and figure of a claim that states one. */
  measure: Measure | null;
  estimate: Estimate | null;
  proposition: string;
  hedge: string | null;
}

/** The event a claim is about, and where it stands in the story. */
export interface ClaimedEvent<A> {
  participants: readonly A[];
  title: string;
  day: number;
  /** The event's index, and the story's number of events. */
  index: number;
  events: number;
}

/** A claim about `event`: a stance, a claimant (named or not), when it was stated, maybe a figure. */
export function drawClaim<A extends { name: string }>(
  random: Random,
  cast: { actors: readonly A[]; measures: readonly Measure[] },
  event: ClaimedEvent<A>,
): DrawnClaim<A> {
  const stance = random.weighted(STANCE_WEIGHTS);
  const { claimant, description } = drawClaimant(random, event.participants, cast.actors);
  const statedDay = drawStatedDay(random, stance, event.day);
  const stated = random.weighted(STATED_TIME_FORMS);
  const measure = statesFigure(random, stance)
    ? measureFor(random, cast.measures, event.index, event.events)
    : null;
  const estimate = measure ? drawEstimate(random, measure, event.index / event.events) : null;
  const proposition = measure && estimate ? `${measure.name}: ${estimate.phrase}` : event.title;
  const { hedge } = STANCE_WORDS[stance];
  return {
    stance,
    claimant,
    description,
    statedDay,
    stated,
    measure,
    estimate,
    proposition,
    hedge: hedge && random.chance(0.6) ? hedge : null,
  };
}

/** Mostly a named actor (usually one of the participants), else a described unnamed source. */
export function drawClaimant<A>(
  random: Random,
  participants: readonly A[],
  actors: readonly A[],
): { claimant: A; description: null } | { claimant: null; description: string } {
  if (!random.chance(0.85)) return { claimant: null, description: random.pick(UNNAMED) };
  const claimant = random.chance(0.6)
    ? random.pick(participants)
    : (actors[random.skewed(actors.length)] as A);
  return { claimant, description: null };
}

/** The story day a claim was stated: an expectation some days before the event, others in the days after. */
export function drawStatedDay(random: Random, stance: Stance, day: number): number {
  return stance === 'EXPECTS' ? Math.max(0, day - random.between(1, 10)) : day + random.int(6);
}

/** Whether a claim of `stance` states a figure: every estimate, and some assertions. */
function statesFigure(random: Random, stance: Stance): boolean {
  return stance === 'ESTIMATES' || (stance === 'ASSERTS' && random.chance(0.1));
}

/** Who a report says made the claim. */
export function claimantLabel(claim: DrawnClaim<{ name: string }>): string {
  return claim.claimant?.name ?? capitalize(claim.description as string);
}

/** What a report says was claimed: the figure and its item, or the event's title. */
export function reportedClause(claim: DrawnClaim<unknown>, title: string): string {
  return claim.estimate && claim.measure ? `${claim.estimate.phrase} (${claim.measure.item})` : title;
}

/** The distinct slots of the `open` sources that report a claim: one to three of them. */
export function drawReportingSlots(random: Random, open: number): number[] {
  const reporting = random.weighted(SOURCES_PER_CLAIM);
  const chosen = new Set<number>();
  while (chosen.size < reporting) chosen.add(random.int(open));
  return [...chosen];
}

/** A claim as one source reports it: the sentence its text holds, and sometimes an agency it came through. */
export interface Report {
  claimId: number;
  sentence: string;
  verb: string;
  via: number | null;
}

/** One source's report of claim `claimId` of `stance`, by `who`, of `clause`. */
export function drawReport(
  random: Random,
  claimId: number,
  stance: Stance,
  words: { who: string; clause: string },
  agencies: readonly { id: number }[],
): Report {
  const verb = random.pick(STANCE_WORDS[stance].verbs);
  return {
    claimId,
    sentence: `${words.who} ${verb} ${words.clause}.`,
    verb,
    via: random.chance(0.08) && agencies.length ? random.pick(agencies).id : null,
  };
}

function capitalize(s: string): string {
  return (s[0]?.toUpperCase() ?? '') + s.slice(1);
}
