import { and, eq, getTableName, type InferSelectModel, isNull, type SQL, sql } from 'drizzle-orm';
import type { ClaimlineTransaction } from '../db/sqlite/open.ts';
import { claimRelations, claims } from '../db/tables/index.ts';
import {
  type ClaimFacts,
  type DisputedEvent,
  type EstimateFacts,
  type ProposedRelation,
  proposeRelations,
  type Quantity,
  type RelationKind,
  type ReportingSource,
  type Series,
} from '../domain/claim-relations.ts';
import type { Precision } from '../domain/fuzzy-time.ts';
import { RELATION_KINDS } from '../domain/vocabulary.ts';
import { optionalText } from './inputs.ts';
import { claimKnownFrom } from './knowledge.ts';
import { insertIfAbsent, recordRevision, type Writer } from './revisions.ts';
import { type ClaimRole, claimantActor, claimantKey, claimRole, sourceUnit } from './support.ts';
import { parseInput, type Revision, ValidationError } from './write.ts';

/** The author of the revisions the analysis writes; any other author retracting a computed relation overrules it. */
export const ANALYSIS_AUTHOR = 'analysis';

export type ClaimRelationRow = InferSelectModel<typeof claimRelations>;

export interface AnalysisSummary {
  /** The computed relations live after the run, by id. */
  relations: ClaimRelationRow[];
  created: number;
  retracted: number;
}

/** Bad input to an editor's relation write, naming the input field. Nothing was written. */
export class InvalidRelationError extends ValidationError {
  override name = 'InvalidRelationError';
}

const MAX_EXPLANATION = 2000;

/**
 * Recomputes the COMPUTED relations from the claims as they are now: relations the rules no longer
 * find are retracted, new ones inserted, each with a revision; unchanged ones stay, so running it
 * twice changes nothing. Editors' relations are never touched, and a computed relation an editor
 * retracted is not brought back.
 */
export function recomputeClaimRelations(
  tx: ClaimlineTransaction,
  at = new Date().toISOString(),
  recorded?: Revision[],
): AnalysisSummary {
  const writer: Writer = { tx, author: ANALYSIS_AUTHOR, at, recorded };
  const { series, events } = loadFacts(tx);
  const overruled = overruledByEditors(tx);
  const wanted = proposeRelations(series, events).filter((r) => !overruled.has(pairKey(r)));
  const live = () =>
    tx
      .select()
      .from(claimRelations)
      .where(and(eq(claimRelations.origin, 'COMPUTED'), isNull(claimRelations.retractedAt)))
      .orderBy(claimRelations.id)
      .all();
  const identity = (r: ProposedRelation) => JSON.stringify([pairKey(r), r.explanation]);
  const before = live();
  const kept = new Set(before.map(identity));
  const wantedIds = new Set(wanted.map(identity));
  const stale = before.filter((r) => !wantedIds.has(identity(r)));
  for (const r of stale) retractRelation(writer, r.id);
  const added = wanted.filter((r) => !kept.has(identity(r)));
  for (const r of added) insertIfAbsent(writer, claimRelations, { ...r, origin: 'COMPUTED', recordedAt: at });
  return { relations: live(), created: added.length, retracted: stale.length };
}

export interface RelationInput {
  kind: string;
  fromClaimId: number;
  toClaimId: number;
  explanation: string;
}

/** An editor asserts a relation between two live claims, with an explanation; written with a revision. */
export function assertRelation(writer: Writer, input: RelationInput): ClaimRelationRow {
  if (!RELATION_KINDS.includes(input.kind as RelationKind)) {
    throw new InvalidRelationError('input.kind', `kind must be one of ${RELATION_KINDS.join(', ')}`);
  }
  const explanation = input.explanation.trim();
  if (!explanation) throw new InvalidRelationError('input.explanation', 'explanation must not be empty');
  if (explanation.length > MAX_EXPLANATION) {
    throw new InvalidRelationError('input.explanation', `must be at most ${MAX_EXPLANATION} characters`);
  }
  for (const field of ['fromClaimId', 'toClaimId'] as const) {
    const claim = writer.tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.id, input[field]), isNull(claims.retractedAt)))
      .get();
    if (!claim)
      throw new InvalidRelationError(`input.${field}`, `${field} ${input[field]} is not a live claim`);
  }
  if (input.fromClaimId === input.toClaimId) {
    throw new InvalidRelationError('input.toClaimId', 'a claim cannot be related to itself');
  }
  return insertIfAbsent(writer, claimRelations, {
    kind: input.kind as RelationKind,
    fromClaimId: input.fromClaimId,
    toClaimId: input.toClaimId,
    explanation,
    origin: 'EDITOR',
    recordedAt: writer.at,
  }) as ClaimRelationRow;
}

/** Retracts a live relation, computed or asserted, with a revision (and why): history still shows it. */
export function retractRelation(writer: Writer, id: number, reason?: string | null): ClaimRelationRow {
  const why = parseInput(optionalText(MAX_EXPLANATION), reason, 'reason') ?? null;
  const live = and(eq(claimRelations.id, id), isNull(claimRelations.retractedAt));
  const before = writer.tx.select().from(claimRelations).where(live).get();
  if (!before) throw new InvalidRelationError('id', `${id} is not a live claim relation`);
  const after = writer.tx
    .update(claimRelations)
    .set({ retractedAt: writer.at })
    .where(live)
    .returning()
    .get() as ClaimRelationRow;
  recordRevision(writer, getTableName(claimRelations), id, 'RETRACT', before, { ...after, reason: why });
  return after;
}

/**
 * Keeps the computed relations true to the claims after an editor's write changed them, in the
 * same transaction; the analysis's revisions go to subscribers with the editor's own.
 */
export function claimsChanged(writer: Writer): void {
  recomputeClaimRelations(writer.tx, writer.at, writer.recorded);
}

const pairKey = (r: { kind: string; fromClaimId: number; toClaimId: number }) =>
  `${r.kind} ${r.fromClaimId} ${r.toClaimId}`;

/** Computed relations someone other than the analysis retracted: those stay retracted. */
function overruledByEditors(tx: ClaimlineTransaction): Set<string> {
  const rows = tx.all<{ kind: string; fromClaimId: number; toClaimId: number }>(sql`
    SELECT r.kind, r.from_claim_id AS fromClaimId, r.to_claim_id AS toClaimId FROM claim_relations r
     WHERE r.origin = 'COMPUTED' AND r.retracted_at IS NOT NULL
       AND EXISTS (SELECT 1 FROM revisions v
                    WHERE v.entity_type = ${getTableName(claimRelations)} AND v.entity_id = r.id
                      AND v.action = 'RETRACT' AND v.author <> ${ANALYSIS_AUTHOR})`);
  return new Set(rows.map(pairKey));
}

/** Claims the rules look at: estimates of a measure, and claims about an event someone denies. */
const RELEVANT_CLAIMS: SQL = sql`(
  SELECT claim_id FROM quantities WHERE measure_id IS NOT NULL
  UNION
  SELECT ce.claim_id FROM claim_events ce
   WHERE ce.event_id IN (SELECT de.event_id FROM claim_events de JOIN claims d ON d.id = de.claim_id
                           JOIN events e ON e.id = de.event_id
                          WHERE ${claimRole(sql.raw('de.role'), sql.raw('d.stance'), sql.raw('e.kind'))} = 'DENIES'
                            AND d.retracted_at IS NULL))`;

interface ClaimRow extends Omit<ClaimFacts, 'stated' | 'sources'> {
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
}

/** The facts the rules run on, for live claims some live source reports. */
function loadFacts(tx: ClaimlineTransaction): { series: Series[]; events: DisputedEvent[] } {
  const sources = new Map<number, ReportingSource[]>();
  for (const row of tx.all<ReportingSource & { claimId: number }>(sql`
    SELECT DISTINCT a.claim_id AS claimId, ${sourceUnit('s')} AS unit, coalesce(s.publisher, s.title) AS name, s.id
      FROM attributions a JOIN sources s ON s.id = a.source_id AND s.retracted_at IS NULL
     WHERE a.retracted_at IS NULL AND a.claim_id IN ${RELEVANT_CLAIMS}
     ORDER BY a.claim_id, s.id`)) {
    sources.set(row.claimId, [...(sources.get(row.claimId) ?? []), { unit: row.unit, name: row.name }]);
  }
  const facts = new Map<number, ClaimFacts>();
  for (const { edtf, earliest, latest, precision, ...row } of tx.all<ClaimRow>(sql`
    SELECT c.id, c.stance, c.proposition, ${claimantKey('c')} AS claimantKey,
           coalesce((SELECT name FROM actors WHERE id = ${claimantActor('c')}), c.claimant_description) AS claimantName,
           c.stated_edtf AS edtf, c.stated_earliest AS earliest, c.stated_latest AS latest,
           c.stated_precision AS precision, ${claimKnownFrom(sql.raw('c.id'))} AS knownFrom
      FROM claims c
     WHERE c.retracted_at IS NULL AND c.id IN ${RELEVANT_CLAIMS}`)) {
    const reporting = sources.get(row.id);
    if (reporting)
      facts.set(row.id, { ...row, stated: { edtf, earliest, latest, precision }, sources: reporting });
  }

  const series = new Map<number, Series>();
  for (const { claimId, measureId, cumulative, approximate, ...quantity } of tx.all<
    Quantity & { claimId: number; measureId: number; cumulative: number }
  >(sql`
    SELECT q.claim_id AS claimId, q.measure_id AS measureId, m.cumulative, q.value, q.low, q.high,
           q.approximate, q.unit, q.item, q.modality, q.phrase
      FROM quantities q JOIN measures m ON m.id = q.measure_id
     ORDER BY q.measure_id, q.claim_id`)) {
    const claim = facts.get(claimId);
    if (!claim) continue;
    const estimate: EstimateFacts = {
      ...claim,
      quantity: { ...quantity, approximate: Boolean(approximate) },
    };
    const found = series.get(measureId) ?? { cumulative: Boolean(cumulative), estimates: [] };
    found.estimates.push(estimate);
    series.set(measureId, found);
  }

  const events = new Map<number, DisputedEvent>();
  for (const { eventId, title, claimId, role } of tx.all<{
    eventId: number;
    title: string;
    claimId: number;
    role: ClaimRole | null;
  }>(sql`
    SELECT ce.event_id AS eventId, e.title, ce.claim_id AS claimId,
           ${claimRole(sql.raw('ce.role'), sql.raw('c.stance'), sql.raw('e.kind'))} AS role
      FROM claim_events ce
      JOIN events e ON e.id = ce.event_id AND e.retracted_at IS NULL
      JOIN claims c ON c.id = ce.claim_id
     ORDER BY ce.event_id, ce.claim_id`)) {
    const claim = facts.get(claimId);
    // Qualifying and context claims neither report nor deny it: no dispute is theirs.
    if (!claim || (role !== 'AFFIRMS' && role !== 'DENIES')) continue;
    const event = events.get(eventId) ?? { title, affirming: [], denying: [] };
    (role === 'AFFIRMS' ? event.affirming : event.denying).push(claim);
    events.set(eventId, event);
  }
  return { series: [...series.values()], events: [...events.values()] };
}
