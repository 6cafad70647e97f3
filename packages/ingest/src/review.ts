import {
  actorAliases,
  ConflictError,
  createActor,
  createAlias,
  createClaim,
  createPlace,
  ingestions,
  insertRow,
  NotFoundError,
  normalizeName,
  placeAliases,
  proposals,
  resolveActorId,
  sources,
  updateRow,
  ValidationError,
  type Writer,
} from '@claimline/store';
import { and, eq } from 'drizzle-orm';
import type { ActorRef, ProposalPayload } from './record.ts';

/** What an editor may change in a proposed actor or place before accepting it. */
export interface NameEdits {
  name?: string | null;
  kind?: string | null;
}

/**
 * What an editor may change in a proposed claim before accepting it; left out, the proposal's
 * reading stands. Ids are row ids; `start`/`end` narrow or widen the excerpt in the same source.
 */
export interface ClaimEdits {
  claimantId?: number | null;
  claimantDescription?: string | null;
  stance?: string | null;
  hedge?: string | null;
  proposition?: string | null;
  stated?: { edtf?: string | null; phrase?: string | null } | null;
  start?: number | null;
  end?: number | null;
  aboutActorIds?: number[] | null;
  aboutEventIds?: number[] | null;
  quantity?: Record<string, unknown> | null;
}

type Row = typeof proposals.$inferSelect & { id: number };
type Claim = Extract<ProposalPayload, { kind: 'CLAIM' }>;
type Mention = Extract<ProposalPayload, { kind: 'ACTOR' | 'PLACE' }>;

interface Draft {
  row: Row;
  payload: ProposalPayload;
  source: typeof sources.$inferSelect;
}

function draft(writer: Writer, proposalId: number): Draft {
  const row = writer.tx.select().from(proposals).where(eq(proposals.id, proposalId)).get();
  if (!row) throw new NotFoundError('id', `no proposal has id ${proposalId}`);
  if (row.status !== 'DRAFT') throw new ConflictError('id', `the proposal is already ${row.status}`);
  const ingestion = writer.tx.select().from(ingestions).where(eq(ingestions.id, row.ingestionId)).get();
  const source =
    ingestion && writer.tx.select().from(sources).where(eq(sources.id, ingestion.sourceId)).get();
  if (!source) throw new Error(`proposal ${proposalId} has no source`);
  return { row, payload: row.payload as ProposalPayload, source };
}

/** Sets a proposal's status and reading, with a revision. */
function settle(writer: Writer, d: Draft, status: 'ACCEPTED' | 'REJECTED', payload = d.payload): Row {
  return updateRow(writer, proposals, d.row, { status, payload });
}

/** The names the text printed for a mention that the stored ones lack, as aliases. */
function printedNames(d: Draft, mention: Mention, known: string[]) {
  const have = new Set(known.map(normalizeName));
  const printed = new Map<string, string>();
  for (const [start, end] of mention.spans) {
    const name = d.source.text.slice(start, end);
    if (!have.has(normalizeName(name))) printed.set(normalizeName(name), name);
  }
  const kind = mention.resolution === 'MISPRINT' ? ('MISSPELLING' as const) : ('SPELLING_VARIANT' as const);
  return [...printed.values()].map((name) => ({ name, kind }));
}

/** Points the draft claims that named a proposed actor at the actor it became. */
function pointDrafts(writer: Writer, d: Draft, actorId: number): void {
  const drafts = writer.tx
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.ingestionId, d.row.ingestionId),
        eq(proposals.kind, 'CLAIM'),
        eq(proposals.status, 'DRAFT'),
      ),
    )
    .all();
  const point = (ref: ActorRef): ActorRef =>
    ref.proposalId === d.row.id ? { ...ref, actorId, proposalId: null } : ref;
  for (const row of drafts) {
    const claim = row.payload as Claim;
    const payload = {
      ...claim,
      claimant: claim.claimant && point(claim.claimant),
      via: claim.via.map(point),
      about: claim.about.map(point),
    };
    if (JSON.stringify(payload) !== JSON.stringify(claim)) updateRow(writer, proposals, row, { payload });
  }
}

function acceptActor(writer: Writer, d: Draft, mapTo: number | null, edits: NameEdits): Row {
  const mention = d.payload as Extract<ProposalPayload, { kind: 'ACTOR' }>;
  let id = mapTo ?? mention.actorId;
  if (id === null) {
    const name = edits.name ?? mention.name;
    id = createActor(writer, {
      name,
      kind: edits.kind ?? mention.actorKind,
      aliases: printedNames(d, mention, [name]),
    }).id;
  } else {
    id = resolveActorId(writer, id, mapTo === null ? 'id' : 'actorId');
    const known = writer.tx.select().from(actorAliases).where(eq(actorAliases.actorId, id)).all();
    // What the text printed becomes a name of the actor: the next text finds it directly.
    for (const alias of printedNames(
      d,
      mention,
      known.map((a) => a.name),
    )) {
      createAlias(writer, { actorId: id, ...alias });
    }
  }
  pointDrafts(writer, d, id);
  return settle(writer, d, 'ACCEPTED', { ...mention, actorId: id });
}

function acceptPlace(writer: Writer, d: Draft, edits: NameEdits): Row {
  const mention = d.payload as Extract<ProposalPayload, { kind: 'PLACE' }>;
  let id = mention.placeId;
  if (id === null) {
    const name = edits.name ?? mention.name;
    id = createPlace(writer, {
      name,
      kind: edits.kind ?? mention.placeKind,
      aliases: printedNames(d, mention, [name]),
    }).id;
  } else {
    const known = writer.tx.select().from(placeAliases).where(eq(placeAliases.placeId, id)).all();
    for (const alias of printedNames(
      d,
      mention,
      known.map((a) => a.name),
    )) {
      insertRow(writer, placeAliases, { placeId: id, ...alias, normalized: normalizeName(alias.name) });
    }
  }
  return settle(writer, d, 'ACCEPTED', { ...mention, placeId: id });
}

/** A stored actor for a reference, or an error naming the field while it is still a proposal. */
function storedActor(writer: Writer, ref: ActorRef, field: string): number {
  if (ref.actorId !== null) return resolveActorId(writer, ref.actorId, field);
  throw new ValidationError(
    field,
    `"${ref.name}" is a proposed new actor: accept or map its proposal (${ref.proposalId}) first`,
  );
}

function acceptClaim(writer: Writer, d: Draft, edits: ClaimEdits): Row {
  const claim = d.payload as Claim;
  const start = edits.start ?? d.row.start;
  const end = edits.end ?? d.row.end;
  const excerpt = d.source.text.slice(start, end);
  const claimantId =
    edits.claimantId !== undefined
      ? edits.claimantId
      : claim.claimant && storedActor(writer, claim.claimant, 'input.claimantId');
  const quantity =
    edits.quantity !== undefined ? edits.quantity : claim.quantity && { ...claim.quantity, measureId: null };
  const row = createClaim(writer, {
    claimantId,
    claimantDescription:
      edits.claimantDescription !== undefined ? edits.claimantDescription : claim.claimantDescription,
    stance: edits.stance ?? claim.stance,
    hedge: edits.hedge !== undefined ? edits.hedge : claim.hedge,
    stated: edits.stated ?? { edtf: claim.stated.edtf, phrase: claim.stated.phrase },
    proposition: edits.proposition ?? excerpt.trim(),
    aboutActorIds:
      edits.aboutActorIds ??
      [
        ...new Set(
          claim.about
            .filter((r) => r.actorId !== null)
            .map((r) => storedActor(writer, r, 'input.aboutActorIds')),
        ),
      ].filter((id) => id !== claimantId),
    aboutEventIds: edits.aboutEventIds ?? [],
    quantity,
    attributions: [
      {
        sourceId: d.source.id,
        excerpt,
        start,
        end,
        reportingVerb: claim.verb,
        viaActorIds: claim.via
          .filter((r) => r.actorId !== null)
          .map((r) => storedActor(writer, r, 'input.via')),
      },
    ],
  });
  return settle(writer, d, 'ACCEPTED', { ...claim, claimId: row.id });
}

/**
 * Accepts a DRAFT proposal, optionally edited: a proposed actor or place becomes a stored one
 * (a stored one learns the names the text printed), a claim becomes a claim with its
 * attribution, quantity and subjects, through the same writes as any editor's (revisions,
 * provenance, relations recomputed). Refused input names its field; nothing is written then.
 */
export function acceptProposal(writer: Writer, proposalId: number, edits: NameEdits & ClaimEdits = {}): Row {
  const d = draft(writer, proposalId);
  switch (d.payload.kind) {
    case 'ACTOR':
      return acceptActor(writer, d, null, edits);
    case 'PLACE':
      return acceptPlace(writer, d, edits);
    case 'CLAIM':
      return acceptClaim(writer, d, edits);
    default:
      return settle(writer, d, 'ACCEPTED');
  }
}

/** Rejects a DRAFT proposal, with a revision: it stays, marked REJECTED. */
export function rejectProposal(writer: Writer, proposalId: number): Row {
  return settle(writer, draft(writer, proposalId), 'REJECTED');
}

/** Accepts a proposed new actor as a stored one, which learns the name the text printed. */
export function mapProposedActor(writer: Writer, proposalId: number, actorId: number): Row {
  const d = draft(writer, proposalId);
  if (d.payload.kind !== 'ACTOR' || d.payload.actorId !== null) {
    throw new ValidationError('id', 'the proposal is not a proposed new actor');
  }
  return acceptActor(writer, d, actorId, {});
}
