import { and, eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { fuzzyTimeValues } from '../db/tables/columns.ts';
import {
  actorAliases,
  actors,
  attributionIntermediaries,
  attributions,
  claimActors,
  claims,
  ingestions,
  measures,
  placeAliases,
  places,
  proposals,
  quantities,
  sourceFurniture,
  sources,
} from '../db/tables/index.ts';
import { type FuzzyTime, FuzzyTimeError, parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { normalizeName, slugify } from '../domain/names.ts';
import { checkExcerpt, spansOverlap } from '../domain/provenance.ts';
import { quantityProblem } from '../domain/quantity.ts';
import { ACTOR_KINDS, PLACE_KINDS, STANCES } from '../domain/vocabulary.ts';
import type { Stance } from '../ingest/claims.ts';
import type { ActorKind, PlaceKind, Resolution } from '../ingest/mentions.ts';
import { recomputeClaimRelations } from './claim-relations.ts';
import type { ActorRef, ProposalPayload, QuantityReading, StoredProposal } from './ingest.ts';
import { insertIfAbsent, recordRevision, type Writer } from './revisions.ts';

/** Bad input to a review, naming the field. Nothing was written. */
export class InvalidReviewError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidReviewError';
  }
}

/** What an editor may change in a proposed actor or place before accepting it. */
export interface NameEdits {
  name?: string;
  kind?: string;
}

/** What an editor may change in a proposed claim before accepting it. */
export interface ClaimEdits {
  /** A stored actor as claimant, instead of the proposed one. */
  claimantActorId?: number | null;
  /** An unnamed claimant, described ("analysts"): used when there is no claimant actor. */
  claimantDescription?: string | null;
  stance?: string;
  hedge?: string | null;
  proposition?: string;
  /** When it was stated, as EDTF. */
  stated?: string | null;
  /** A narrower or wider excerpt of the same source: its offsets. */
  start?: number;
  end?: number;
  quantity?: (QuantityReading & { measureKey?: string | null }) | null;
  aboutActorIds?: number[];
}

export interface Accepted {
  proposal: StoredProposal;
  /** The actor, place or claim the proposal became, if any. */
  entityId: number | null;
}

interface ProposalContext {
  row: typeof proposals.$inferSelect;
  payload: ProposalPayload;
  source: typeof sources.$inferSelect;
}

function load(writer: Writer, proposalId: number): ProposalContext {
  const row = writer.tx.select().from(proposals).where(eq(proposals.id, proposalId)).get();
  if (!row) throw new InvalidReviewError('id', `${proposalId} is not a proposal`);
  if (row.status !== 'DRAFT')
    throw new InvalidReviewError('id', `proposal ${proposalId} is already ${row.status}`);
  const ingestion = writer.tx.select().from(ingestions).where(eq(ingestions.id, row.ingestionId)).get();
  const source =
    ingestion && writer.tx.select().from(sources).where(eq(sources.id, ingestion.sourceId)).get();
  if (!source) throw new Error(`proposal ${proposalId} has no source`);
  return { row, payload: row.payload as ProposalPayload, source };
}

/** Sets a proposal's status (and reading), with a revision. */
function settle(
  writer: Writer,
  context: ProposalContext,
  status: 'ACCEPTED' | 'REJECTED',
  payload = context.payload,
): StoredProposal {
  const after = writer.tx
    .update(proposals)
    .set({ status, payload })
    .where(eq(proposals.id, context.row.id))
    .returning()
    .get() as typeof proposals.$inferSelect;
  recordRevision(writer, getTableName(proposals), after.id, 'UPDATE', context.row, after);
  const { id, kind, start, end, excerpt } = after;
  return { id, kind, start, end, excerpt, payload: after.payload as ProposalPayload };
}

/** A key not yet used in the table: the slug of a name, numbered when taken. */
function freshKey(writer: Writer, table: SQLiteTable, column: SQLiteColumn, name: string): string {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!writer.tx.select().from(table).where(eq(column, key)).get()) return key;
  }
}

/** The printed forms of a mention the stored names lack, with the alias kind its resolution says. */
function newNames(
  context: ProposalContext,
  spans: [number, number][],
  resolution: Resolution,
  known: string[],
): { name: string; kind: 'MISSPELLING' | 'SPELLING_VARIANT' }[] {
  const have = new Set(known.map(normalizeName));
  const printed = new Map<string, string>();
  for (const [start, end] of spans) {
    const name = context.source.text.slice(start, end);
    if (!have.has(normalizeName(name))) printed.set(normalizeName(name), name);
  }
  const kind = resolution === 'MISPRINT' ? 'MISSPELLING' : 'SPELLING_VARIANT';
  return [...printed.values()].map((name) => ({ name, kind }));
}

/** Points the drafts that named a proposed actor at the actor it became. */
function resolveReferences(writer: Writer, context: ProposalContext, actorId: number): void {
  const drafts = writer.tx
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.ingestionId, context.row.ingestionId),
        eq(proposals.kind, 'CLAIM'),
        eq(proposals.status, 'DRAFT'),
      ),
    )
    .all();
  const point = (ref: ActorRef): ActorRef =>
    ref.proposalId === context.row.id ? { ...ref, actorId, proposalId: null } : ref;
  for (const draft of drafts) {
    const payload = draft.payload as Extract<ProposalPayload, { kind: 'CLAIM' }>;
    const next = {
      ...payload,
      claimant: payload.claimant ? point(payload.claimant) : null,
      via: payload.via.map(point),
      about: payload.about.map(point),
    };
    if (JSON.stringify(next) === JSON.stringify(payload)) continue;
    const after = writer.tx
      .update(proposals)
      .set({ payload: next })
      .where(eq(proposals.id, draft.id))
      .returning()
      .get();
    recordRevision(writer, getTableName(proposals), draft.id, 'UPDATE', draft, after);
  }
}

function acceptActor(
  writer: Writer,
  context: ProposalContext,
  actorId: number | null,
  edits: NameEdits,
): Accepted {
  const payload = context.payload as Extract<ProposalPayload, { kind: 'ACTOR' }>;
  let id = actorId ?? payload.actorId;
  const known: string[] = [];
  if (id === null) {
    const name = (edits.name ?? payload.name).trim();
    if (!name) throw new InvalidReviewError('name', 'name must not be empty');
    const kind = edits.kind ?? payload.actorKind;
    if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidReviewError('kind', `kind must be one of ${ACTOR_KINDS.join(', ')}`);
    }
    const actor = insertIfAbsent(writer, actors, {
      key: freshKey(writer, actors, actors.key, name),
      name,
      kind: kind as ActorKind,
    });
    id = (actor as { id: number }).id;
    insertIfAbsent(writer, actorAliases, {
      actorId: id,
      name,
      normalized: normalizeName(name),
      kind: 'CANONICAL',
    });
    known.push(name);
  } else {
    const actor = writer.tx.select().from(actors).where(eq(actors.id, id)).get();
    if (!actor) throw new InvalidReviewError('actorId', `${id} is not an actor`);
    id = actor.mergedIntoId ?? actor.id;
    known.push(
      ...writer.tx
        .select()
        .from(actorAliases)
        .where(eq(actorAliases.actorId, id))
        .all()
        .map((a) => a.name),
    );
  }
  // What the text printed is a name of the actor now: the next text finds it directly.
  for (const alias of newNames(context, payload.spans, payload.resolution, known)) {
    insertIfAbsent(writer, actorAliases, { actorId: id, ...alias, normalized: normalizeName(alias.name) });
  }
  resolveReferences(writer, context, id);
  return { proposal: settle(writer, context, 'ACCEPTED', { ...payload, actorId: id }), entityId: id };
}

function acceptPlace(writer: Writer, context: ProposalContext, edits: NameEdits): Accepted {
  const payload = context.payload as Extract<ProposalPayload, { kind: 'PLACE' }>;
  let id = payload.placeId;
  const known: string[] = [];
  if (id === null) {
    const name = (edits.name ?? payload.name).trim();
    if (!name) throw new InvalidReviewError('name', 'name must not be empty');
    const kind = edits.kind ?? payload.placeKind;
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidReviewError('kind', `kind must be one of ${PLACE_KINDS.join(', ')}`);
    }
    const place = insertIfAbsent(writer, places, {
      key: freshKey(writer, places, places.key, name),
      name,
      kind: kind as PlaceKind,
    });
    id = (place as { id: number }).id;
    insertIfAbsent(writer, placeAliases, {
      placeId: id,
      name,
      normalized: normalizeName(name),
      kind: 'CANONICAL',
    });
    known.push(name);
  } else {
    known.push(
      ...writer.tx
        .select()
        .from(placeAliases)
        .where(eq(placeAliases.placeId, id))
        .all()
        .map((a) => a.name),
    );
  }
  for (const alias of newNames(context, payload.spans, payload.resolution, known)) {
    insertIfAbsent(writer, placeAliases, { placeId: id, ...alias, normalized: normalizeName(alias.name) });
  }
  return { proposal: settle(writer, context, 'ACCEPTED', { ...payload, placeId: id }), entityId: id };
}

function liveActor(writer: Writer, field: string, id: number): number {
  const actor = writer.tx.select().from(actors).where(eq(actors.id, id)).get();
  if (!actor) throw new InvalidReviewError(field, `${id} is not an actor`);
  return actor.mergedIntoId ?? actor.id;
}

/** A stored actor for a reference, or an error naming the field when it is still a draft. */
function resolvedActor(writer: Writer, field: string, ref: ActorRef): number {
  if (ref.actorId !== null) return liveActor(writer, field, ref.actorId);
  throw new InvalidReviewError(
    field,
    `"${ref.name}" is a proposed new actor (proposal ${ref.proposalId}): accept it or map it onto an actor first`,
  );
}

function acceptClaim(writer: Writer, context: ProposalContext, edits: ClaimEdits): Accepted {
  const payload = context.payload as Extract<ProposalPayload, { kind: 'CLAIM' }>;
  const { source } = context;
  const claimantId =
    edits.claimantActorId !== undefined
      ? edits.claimantActorId === null
        ? null
        : liveActor(writer, 'claimantActorId', edits.claimantActorId)
      : payload.claimant
        ? resolvedActor(writer, 'claimant', payload.claimant)
        : null;
  const description =
    (edits.claimantDescription !== undefined
      ? edits.claimantDescription
      : payload.claimantDescription
    )?.trim() || null;
  if (claimantId === null && !description) {
    throw new InvalidReviewError(
      'claimantDescription',
      'a claim needs a claimant actor or a description of an unnamed one',
    );
  }
  const stance = edits.stance ?? payload.stance;
  if (!(STANCES as readonly string[]).includes(stance))
    throw new InvalidReviewError('stance', `stance must be one of ${STANCES.join(', ')}`);

  const start = edits.start ?? context.row.start;
  const end = edits.end ?? context.row.end;
  const excerpt = source.text.slice(start, end);
  const broken = checkExcerpt(source.text, { start, end, excerpt });
  if (broken) throw new InvalidReviewError(edits.start !== undefined ? 'start' : 'end', broken.message);
  const furniture = writer.tx
    .select()
    .from(sourceFurniture)
    .where(eq(sourceFurniture.sourceId, source.id))
    .all();
  const blocked = furniture.find((f) => spansOverlap(f, { start, end }));
  if (blocked)
    throw new InvalidReviewError(
      'start',
      `the excerpt overlaps page furniture (${blocked.kind} at ${blocked.start}–${blocked.end})`,
    );

  let stated: FuzzyTime = payload.stated;
  if (edits.stated !== undefined) {
    try {
      stated = parseFuzzyTime(edits.stated, edits.stated);
    } catch (error) {
      if (error instanceof FuzzyTimeError) throw new InvalidReviewError('stated', error.message);
      throw error;
    }
  }
  const quantity = edits.quantity !== undefined ? edits.quantity : payload.quantity;
  let measureId: number | null = null;
  if (quantity) {
    const wrong = quantityProblem(quantity);
    if (wrong) throw new InvalidReviewError('quantity', wrong);
    const key = (quantity as { measureKey?: string | null }).measureKey ?? null;
    if (key) {
      const measure = writer.tx.select().from(measures).where(eq(measures.key, key)).get();
      if (!measure) throw new InvalidReviewError('quantity.measureKey', `no measure with key "${key}"`);
      if (measure.unit !== quantity.unit) {
        throw new InvalidReviewError(
          'quantity.unit',
          `unit "${quantity.unit}" differs from measure ${key}'s "${measure.unit}"`,
        );
      }
      measureId = measure.id;
    }
  }
  const about =
    edits.aboutActorIds !== undefined
      ? edits.aboutActorIds.map((id, i) => liveActor(writer, `aboutActorIds[${i}]`, id))
      : payload.about
          .filter((ref) => ref.actorId !== null)
          .map((ref) => liveActor(writer, 'about', ref.actorId as number));
  const via = payload.via
    .filter((ref) => ref.actorId !== null)
    .map((ref) => liveActor(writer, 'via', ref.actorId as number));

  const claim = insertIfAbsent(writer, claims, {
    key: freshKey(writer, claims, claims.key, `${source.key}-${context.row.id}`),
    claimantId,
    claimantDescription: claimantId === null ? description : null,
    stance: stance as Stance,
    hedge: edits.hedge !== undefined ? edits.hedge : payload.hedge,
    ...fuzzyTimeValues('stated', stated),
    proposition: (edits.proposition ?? excerpt).trim(),
  }) as { id: number };
  const attribution = insertIfAbsent(writer, attributions, {
    claimId: claim.id,
    sourceId: source.id,
    excerpt,
    start,
    end,
    reportingVerb: payload.verb,
  }) as { id: number };
  [...new Set(via)].forEach((actorId, position) => {
    writer.tx
      .insert(attributionIntermediaries)
      .values({ attributionId: attribution.id, position, actorId })
      .run();
  });
  for (const actorId of new Set(about.filter((id) => id !== claimantId))) {
    writer.tx.insert(claimActors).values({ claimId: claim.id, actorId }).run();
  }
  if (quantity) {
    insertIfAbsent(writer, quantities, {
      claimId: claim.id,
      measureId,
      value: quantity.value,
      low: quantity.low,
      high: quantity.high,
      approximate: quantity.approximate,
      unit: quantity.unit,
      item: quantity.item,
      modality: quantity.modality,
      phrase: excerpt,
    });
    // A figure of a measure may corroborate, contradict or revise the others.
    if (measureId !== null) recomputeClaimRelations(writer.tx, writer.at);
  }
  return { proposal: settle(writer, context, 'ACCEPTED'), entityId: claim.id };
}

/**
 * Accepts a DRAFT proposal, optionally edited: a proposed actor or place becomes a stored one
 * (a stored one learns the names the text printed), a claim becomes a claim with its
 * attribution, quantity and subjects (relations recomputed when it has a measure). Every row is
 * written with a revision; bad input is an InvalidReviewError naming the field.
 */
export function acceptProposal(
  writer: Writer,
  proposalId: number,
  edits: NameEdits & ClaimEdits = {},
): Accepted {
  const context = load(writer, proposalId);
  switch (context.payload.kind) {
    case 'ACTOR':
      return acceptActor(writer, context, null, edits);
    case 'PLACE':
      return acceptPlace(writer, context, edits);
    case 'CLAIM':
      return acceptClaim(writer, context, edits);
    default:
      return { proposal: settle(writer, context, 'ACCEPTED'), entityId: null };
  }
}

/** Rejects a DRAFT proposal, with a revision: it stays, marked REJECTED. */
export function rejectProposal(writer: Writer, proposalId: number): StoredProposal {
  return settle(writer, load(writer, proposalId), 'REJECTED');
}

/** Accepts a proposed new actor as a stored one: the printed name becomes its alias. */
export function mapProposedActor(writer: Writer, proposalId: number, actorId: number): Accepted {
  const context = load(writer, proposalId);
  if (context.payload.kind !== 'ACTOR' || context.payload.actorId !== null) {
    throw new InvalidReviewError('id', `proposal ${proposalId} is not a proposed new actor`);
  }
  return acceptActor(writer, context, actorId, {});
}
