/**
 * The rules that relate claims to one another: CORROBORATES, CONTRADICTS, REVISES, each with an
 * explanation that cites the figures, claimants and sources it rests on.
 *
 * - Estimates of one measure compare the intervals they allow (`quantityInterval`: open bounds
 *   reach everything, "about N" is widened by the approximate tolerance), in one unit only.
 * - Overlapping intervals corroborate each other when the claims are independent: different
 *   claimants, reported by different sources (a syndication group is one source). Disjoint ones
 *   contradict each other, independent or not.
 * - On a running total (a cumulative measure) a later estimate REVISES an earlier one; a later
 *   figure wholly below an earlier one CONTRADICTS it, since a running total cannot fall. When
 *   which was stated first is unknown, the two are compared as if stated together.
 * - A CAPACITY figure ("barges that could carry 500 tonnes") is an upper bound on an
 *   ACTUAL one, not a rival estimate: a smaller actual figure is consistent with it, a larger one
 *   contradicts it. On a running total it bounds only actual figures not stated after it. A
 *   capacity is compared only with figures of the same item: capacities of different items
 *   (calibres) are alternative loads, and a capacity for one load does not bound a count of
 *   another. Actual figures of one measure count the same thing, whatever their item's wording.
 * - A denial of an event contradicts every claim reporting that the event happened.
 */
import { type FuzzyTime, formatFuzzyTime } from './fuzzy-time.ts';
import { normalizeName } from './names.ts';
import {
  formatInterval,
  formatNumber,
  formatQuantity,
  type Interval,
  intervalGap,
  intervalsOverlap,
  type Modality,
  type QuantityBounds,
  quantityInterval,
} from './quantity.ts';
import type { RELATION_KINDS, STANCES } from './vocabulary.ts';

export type RelationKind = (typeof RELATION_KINDS)[number];
type Stance = (typeof STANCES)[number];

/** A source reporting a claim; `unit` is what independence counts: its syndication group, else itself. */
export interface ReportingSource {
  unit: string;
  name: string;
}

/** What the rules need to know of a claim. */
export interface ClaimFacts {
  id: number;
  /** Who made it: equal keys are one claimant (a merged actor is its successor). */
  claimantKey: string;
  claimantName: string;
  stance: Stance;
  proposition: string;
  stated: Pick<FuzzyTime, 'edtf' | 'earliest' | 'latest' | 'precision'>;
  /** The day its first source was public: it cannot have been stated later. */
  knownFrom: string;
  sources: ReportingSource[];
}

export interface Quantity extends QuantityBounds {
  unit: string;
  item: string | null;
  modality: Modality;
  phrase: string;
}

export interface EstimateFacts extends ClaimFacts {
  quantity: Quantity;
}

/** The estimates of one measure. */
export interface Series {
  cumulative: boolean;
  estimates: EstimateFacts[];
}

/** An event with the claims that report it happened and those that deny it. */
export interface DisputedEvent {
  title: string;
  affirming: ClaimFacts[];
  denying: ClaimFacts[];
}

export interface ProposedRelation {
  kind: RelationKind;
  fromClaimId: number;
  toClaimId: number;
  explanation: string;
}

/** Independent claims: different claimants, and a source of one that is not a source of the other. */
export function independent(a: ClaimFacts, b: ClaimFacts): boolean {
  return a.claimantKey !== b.claimantKey && a.sources.some((x) => b.sources.some((y) => x.unit !== y.unit));
}

/** −1 when `a` was certainly stated before `b`, 1 when after, 0 when the times allow either order. */
export function statedOrder(a: ClaimFacts, b: ClaimFacts): -1 | 0 | 1 {
  if (before(lastDay(a), firstDay(b))) return -1;
  if (before(lastDay(b), firstDay(a))) return 1;
  return 0;
}

const firstDay = (c: ClaimFacts) => (c.stated.precision === 'UNKNOWN' ? null : c.stated.earliest);
const lastDay = (c: ClaimFacts) => {
  const latest = c.stated.precision === 'UNKNOWN' ? null : c.stated.latest;
  return latest === null || c.knownFrom < latest ? c.knownFrom : latest;
};
const before = (x: string | null, y: string | null) => x !== null && y !== null && x < y;

/** Both figures count the same item (none: the measure's own), case and punctuation aside. */
function sameItem(a: Quantity, b: Quantity): boolean {
  return normalizeName(a.item ?? '') === normalizeName(b.item ?? '');
}

/** How two estimates of one measure relate, or null when the rules say nothing about them. */
export function relateEstimates(
  a: EstimateFacts,
  b: EstimateFacts,
  cumulative: boolean,
): ProposedRelation | null {
  if (a.quantity.unit !== b.quantity.unit) return null;
  const order = statedOrder(a, b);
  // Relations point from the later claim (or, unordered, the later recorded) to the earlier.
  const [later, earlier] = order > 0 || (order === 0 && a.id > b.id) ? [a, b] : [b, a];
  if (a.quantity.modality !== b.quantity.modality) {
    const [actual, capacity] = a.quantity.modality === 'ACTUAL' ? [a, b] : [b, a];
    if (!sameItem(actual.quantity, capacity.quantity)) return null;
    if (cumulative && statedOrder(actual, capacity) > 0) return null;
    return boundByCapacity(actual, capacity, later, earlier);
  }
  if (a.quantity.modality === 'CAPACITY' && !sameItem(a.quantity, b.quantity)) return null;
  if (cumulative && order !== 0) return reviseRunningTotal(later, earlier);
  return compareIntervals(later, earlier, cumulative);
}

function reviseRunningTotal(later: EstimateFacts, earlier: EstimateFacts): ProposedRelation {
  return !reaches(later, earlier)
    ? relation(
        'CONTRADICTS',
        later,
        earlier,
        `${cite(later)} is below ${cite(earlier)}, stated earlier: a running total cannot fall.`,
      )
    : relation(
        'REVISES',
        later,
        earlier,
        `${cite(later)} revises ${cite(earlier)}: on a running total a later estimate updates an earlier one rather than contradicting it.`,
      );
}

/** Whether the later figure can be at least the earlier one. */
function reaches(later: EstimateFacts, earlier: EstimateFacts): boolean {
  const { high } = interval(later);
  const { low } = interval(earlier);
  return high === null || low === null || high >= low;
}

function compareIntervals(a: EstimateFacts, b: EstimateFacts, unordered: boolean): ProposedRelation | null {
  const ranges = `the ranges they allow (${formatInterval(interval(a))} and ${formatInterval(interval(b))} ${a.quantity.unit})`;
  const capacities = a.quantity.modality === 'CAPACITY' ? 'As capacities, ' : '';
  if (!intervalsOverlap(interval(a), interval(b))) {
    const gap = intervalGap(interval(a), interval(b));
    const order = unordered
      ? ' Which was stated first is unknown, so neither can be read as revising the other.'
      : '';
    return relation(
      'CONTRADICTS',
      a,
      b,
      `${capacities}${cite(a)} and ${cite(b)} contradict each other: ${ranges} are ${formatNumber(gap)} ${a.quantity.unit} apart.${order}`,
    );
  }
  if (!independent(a, b)) return null;
  return relation(
    'CORROBORATES',
    a,
    b,
    `${capacities}${cite(a)} and ${cite(b)} agree: ${ranges} overlap, and ${INDEPENDENT}.`,
  );
}

function boundByCapacity(
  actual: EstimateFacts,
  capacity: EstimateFacts,
  later: EstimateFacts,
  earlier: EstimateFacts,
): ProposedRelation | null {
  if (!reaches(capacity, actual)) {
    return relation(
      'CONTRADICTS',
      later,
      earlier,
      `${cite(actual)} exceeds the capacity in ${cite(capacity)}: an actual amount cannot be more than the capacity that holds it.`,
    );
  }
  if (!independent(actual, capacity)) return null;
  return relation(
    'CORROBORATES',
    later,
    earlier,
    `${cite(actual)} is within the capacity in ${cite(capacity)}: a capacity is an upper bound on the actual amount, not a rival estimate, so a smaller actual figure is consistent with it rather than a contradiction; and ${INDEPENDENT}.`,
  );
}

const INDEPENDENT = 'they are independent (different claimants, reported by different sources)';

const AFFIRMING_VERBS: Partial<Record<Stance, string>> = { ACCUSES: 'alleges' };

/** A denial contradicts a claim reporting that the denied event happened. */
export function relateDenial(
  denial: ClaimFacts,
  assertion: ClaimFacts,
  eventTitle: string,
): ProposedRelation {
  const verb = AFFIRMING_VERBS[assertion.stance] ?? assertion.stance.toLowerCase();
  return relation(
    'CONTRADICTS',
    denial,
    assertion,
    `${denial.claimantName} denies what ${assertion.claimantName} ${verb} about “${eventTitle}”: “${denial.proposition}” (${sourceNames(denial)}) against “${assertion.proposition}” (${sourceNames(assertion)}).`,
  );
}

/**
 * Every relation the rules find: between each pair of estimates of a measure, and between each
 * denial of an event and each claim reporting it. A pair related twice keeps its first relation.
 */
export function proposeRelations(series: Series[], events: DisputedEvent[]): ProposedRelation[] {
  const found = new Map<string, ProposedRelation>();
  const add = (r: ProposedRelation | null) => {
    const key = r && [r.fromClaimId, r.toClaimId].sort((x, y) => x - y).join(':');
    if (r && key && !found.has(key)) found.set(key, r);
  };
  for (const { cumulative, estimates } of series) {
    estimates.forEach((a, i) => {
      for (const b of estimates.slice(i + 1)) add(relateEstimates(a, b, cumulative));
    });
  }
  for (const { title, affirming, denying } of events) {
    for (const denial of denying)
      for (const assertion of affirming) add(relateDenial(denial, assertion, title));
  }
  return [...found.values()].sort((x, y) => x.fromClaimId - y.fromClaimId || x.toClaimId - y.toClaimId);
}

function relation(
  kind: RelationKind,
  from: ClaimFacts,
  to: ClaimFacts,
  explanation: string,
): ProposedRelation {
  return { kind, fromClaimId: from.id, toClaimId: to.id, explanation };
}

const interval = (e: EstimateFacts): Interval => quantityInterval(e.quantity);

/** `Ada Stone (2024-05-13): ≈40 barges (“about 40 barges”; River Daily / Valley Post)`. */
function cite(e: EstimateFacts): string {
  const when = e.stated.edtf === null ? 'undated' : formatFuzzyTime(e.stated);
  const modality = e.quantity.modality === 'CAPACITY' ? 'capacity ' : '';
  return `${e.claimantName} (${when}): ${modality}${formatQuantity(e.quantity)} (“${e.quantity.phrase}”; ${sourceNames(e)})`;
}

/** The sources of a claim, copies of one syndicated story joined by a slash. */
function sourceNames(c: ClaimFacts): string {
  const units = new Map<string, string[]>();
  for (const s of c.sources) units.set(s.unit, [...(units.get(s.unit) ?? []), s.name]);
  return [...units.values()].map((names) => names.join(' / ')).join('; ');
}
