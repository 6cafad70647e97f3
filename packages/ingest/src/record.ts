import type {
  ClaimlineDatabase,
  ClaimlineTransaction,
  PROPOSAL_KINDS,
  QuantityBounds,
  Store,
} from '@claimline/store';
import {
  assignKey,
  contentHash,
  createSource,
  type FuzzyTime,
  ingestions,
  insertRow,
  joinSyndicationGroup,
  parseFuzzyTime,
  proposals,
  readFuzzyTime,
  runWrite,
  sourceFurniture,
  sources,
  syndicationGroups,
  ValidationError,
  type Writer,
} from '@claimline/store';
import { eq, inArray } from 'drizzle-orm';
import type { Claimant, ClaimCandidate, Stance } from './claims.ts';
import type { ActorKind, Mention, PlaceKind, Resolution } from './mentions.ts';
import { type IngestInput, type Proposals, proposeFromText, type StoreKnowledge } from './pipeline.ts';
import type { QuantityMention } from './quantities.ts';

export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** An actor a proposal refers to: a stored one, or the ACTOR proposal of a new one. */
export interface ActorRef {
  actorId: number | null;
  proposalId: number | null;
  name: string;
}

export type QuantityReading = QuantityBounds &
  Pick<QuantityMention, 'unit' | 'item' | 'modality'> & { phrase: string };

/** The reading of each kind of proposal, as stored in its `payload`. */
export type ProposalPayload =
  | {
      kind: 'ACTOR';
      actorId: number | null;
      name: string;
      actorKind: ActorKind;
      resolution: Resolution;
      spans: [number, number][];
    }
  | {
      kind: 'PLACE';
      placeId: number | null;
      name: string;
      placeKind: PlaceKind;
      resolution: Resolution;
      spans: [number, number][];
    }
  | { kind: 'DATE'; time: FuzzyTime }
  | ({ kind: 'QUANTITY' } & QuantityReading)
  | {
      kind: 'CLAIM';
      claimant: ActorRef | null;
      claimantDescription: string | null;
      stance: Stance;
      hedge: string | null;
      verb: string | null;
      via: ActorRef[];
      stated: FuzzyTime;
      quantity: QuantityReading | null;
      about: ActorRef[];
      /** The claim it became, once accepted. */
      claimId: number | null;
    };

export interface StoredProposal {
  id: number;
  kind: ProposalKind;
  start: number;
  end: number;
  excerpt: string;
  payload: ProposalPayload;
}

export interface IngestResult {
  sourceId: number;
  ingestionId: number | null;
  /** False when the same text was already stored: nothing was written. */
  created: boolean;
  /** Null for a text stored otherwise (the seed corpus): nothing was proposed from it. */
  copyOfSourceId: number | null;
  proposals: StoredProposal[];
}

/** What the pipeline needs from the store for `text`: names, and the sources it may be a copy of. */
export function storeKnowledge(store: Store, tx: ClaimlineTransaction, text: string): StoreKnowledge {
  const ids = store.copyCandidates(text);
  const rows = ids.length ? tx.select().from(sources).where(inArray(sources.id, ids)).all() : [];
  const furniture = ids.length
    ? tx.select().from(sourceFurniture).where(inArray(sourceFurniture.sourceId, ids)).all()
    : [];
  return {
    names: store.knownNames(),
    copies: rows
      .filter((r) => r.retractedAt === null)
      .map((r) => ({
        id: r.id,
        text: r.text,
        furniture: furniture.filter((f) => f.sourceId === r.id),
        published: readFuzzyTime('published', r).edtf,
      })),
  };
}

/**
 * Ingests a pasted text: stores it verbatim with its hash, furniture and metadata, joins it to
 * the syndication group of a stored copy, and writes the pipeline's DRAFT proposals, all through
 * `writer` (one transaction, with revisions). The same text again finds the stored source and
 * writes nothing.
 */
export function ingestSource(store: Store, writer: Writer, input: IngestInput): IngestResult {
  refuseBlank(input.text);
  return (
    storedIngestion(writer.tx, input.text) ??
    recordIngestion(writer, input, proposeFromText(input, storeKnowledge(store, writer.tx, input.text)))
  );
}

export function refuseBlank(text: string): void {
  if (!text.trim()) throw new ValidationError('input.text', 'must not be empty');
}

/** What ingesting `text` before stored, or null when it is new. */
export function storedIngestion(
  db: ClaimlineDatabase | ClaimlineTransaction,
  text: string,
): IngestResult | null {
  const existing = db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.contentHash, contentHash(text)))
    .get();
  if (!existing) return null;
  const ingestion = db.select().from(ingestions).where(eq(ingestions.sourceId, existing.id)).get();
  return {
    sourceId: existing.id,
    ingestionId: ingestion?.id ?? null,
    created: false,
    copyOfSourceId: ingestion?.copyOfSourceId ?? null,
    proposals: ingestion ? readProposals(db, ingestion.id) : [],
  };
}

/** Stores a new text with what the pipeline `found` in it, through `writer`. */
export function recordIngestion(writer: Writer, input: IngestInput, found: Proposals): IngestResult {
  const { source } = createSource(writer, {
    title: found.title,
    publisher: input.publisher ?? found.metadata.publisher,
    byline: found.metadata.byline,
    dateline: found.metadata.dateline,
    published: { edtf: found.published.edtf, phrase: found.published.phrase },
    url: input.url,
    kind: found.kind,
    text: input.text,
    furniture: found.furniture.map(({ kind, start, end }) => ({ kind, start, end })),
  });
  if (found.copyOf) joinSyndicationGroup(writer, source, groupOf(writer, found.copyOf.id, found.title));
  const ingestion = insertRow(writer, ingestions, {
    sourceId: source.id,
    author: writer.author,
    copyOfSourceId: found.copyOf?.id ?? null,
    similarity: found.copyOf?.similarity ?? null,
  });
  writeProposals(writer, ingestion.id, found);
  return {
    sourceId: source.id,
    ingestionId: ingestion.id,
    created: true,
    copyOfSourceId: found.copyOf?.id ?? null,
    proposals: readProposals(writer.tx, ingestion.id),
  };
}

/**
 * The longest text ingested, in characters (UTF-16 code units, as JavaScript and the store count
 * them): the most the store keeps as a source's text, so a longer one is refused before the
 * pipeline works for minutes on what would then not be stored (the time and memory it takes at
 * the limit: docs/performance.md).
 */
export const MAX_TEXT_CHARACTERS = 2_000_000;

/** Why `text` is too long to ingest, or null when it is not. */
export function textLengthProblem(text: string): string | null {
  if (text.length <= MAX_TEXT_CHARACTERS) return null;
  const count = (n: number) => n.toLocaleString('en-US');
  return `must be at most ${count(MAX_TEXT_CHARACTERS)} characters (got ${count(text.length)})`;
}

/** `ingestSource` in a transaction of its own, as `author`; a text over the limit is refused first. */
export function ingestText(store: Store, input: IngestInput, author: string): IngestResult {
  const problem = textLengthProblem(input.text);
  if (problem) throw new ValidationError('input.text', problem);
  return runWrite(store.db, author, (writer) => ingestSource(store, writer, input)).value;
}

/** The syndication group of the stored copy `copyId`, begun with it when it has none. */
function groupOf(writer: Writer, copyId: number, title: string): number {
  const copy = writer.tx.select().from(sources).where(eq(sources.id, copyId)).get();
  if (!copy) throw new Error(`no source ${copyId}`);
  if (copy.syndicationGroupId !== null) return copy.syndicationGroupId;
  const group = insertRow(writer, syndicationGroups, {
    key: assignKey(writer, syndicationGroups, null, `syndicated ${title}`),
    name: title,
  });
  joinSyndicationGroup(writer, copy, group.id);
  return group.id;
}

/** A proposal as written: its kind, the words it was read from, and its reading. */
interface ProposalRow {
  kind: ProposalKind;
  span: { start: number; end: number; text: string };
  payload: ProposalPayload;
}

type MentionKey = Pick<Mention, 'entity' | 'id' | 'name'>;

/** One proposal per stored actor or place, or per new name (case aside). */
const entityKey = (m: MentionKey) => `${m.entity}:${m.id ?? `new:${m.name.toLowerCase()}`}`;

/** One proposal per actor or place named, with every place it is named, in the order first named. */
function entityRows(mentions: readonly Mention[]): { key: string; row: ProposalRow }[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = entityKey(mention);
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return [...groups].map(([key, group]) => {
    const first = group[0] as Mention;
    const spans = group.map((m) => [m.start, m.end] as [number, number]);
    const { id, name, resolution } = first;
    const payload: ProposalPayload =
      first.entity === 'actor'
        ? { kind: 'ACTOR', actorId: id, name, actorKind: first.kind as ActorKind, resolution, spans }
        : { kind: 'PLACE', placeId: id, name, placeKind: first.kind as PlaceKind, resolution, spans };
    return { key, row: { kind: payload.kind, span: first, payload } };
  });
}

/** A new author the text does not name in its body (a credit, the publisher): proposed all the same. */
function authorRow(
  found: Proposals,
  proposed: ReadonlyMap<string, number>,
): { key: string; row: ProposalRow } | null {
  const { author } = found;
  const key = author && entityKey({ entity: 'actor', id: null, name: author.name });
  if (!author || author.id !== null || !key || proposed.has(key)) return null;
  const at = found.text.toLowerCase().indexOf(author.name.toLowerCase());
  const span =
    at === -1
      ? { start: 0, end: 0, text: '' }
      : { start: at, end: at + author.name.length, text: found.text.slice(at, at + author.name.length) };
  const payload: ProposalPayload = {
    kind: 'ACTOR',
    actorId: null,
    name: author.name,
    actorKind: 'ORGANIZATION',
    resolution: 'NEW',
    spans: [],
  };
  return { key, row: { kind: 'ACTOR', span, payload } };
}

function quantityReading(q: QuantityMention): QuantityReading {
  return {
    value: q.value,
    low: q.low,
    high: q.high,
    approximate: q.approximate,
    unit: q.unit,
    item: q.item,
    modality: q.modality,
    phrase: q.text,
  };
}

/** A claim's proposal: its claimant and the actors it names as references, and when it was stated. */
function claimRow(
  claim: ClaimCandidate,
  found: Proposals,
  ref: (m: MentionKey) => ActorRef,
  before: FuzzyTime,
): ProposalRow {
  const claimant = claimantRef(claim.claimant, found, ref);
  return {
    kind: 'CLAIM',
    span: claim,
    payload: {
      kind: 'CLAIM',
      claimant: claimant.ref,
      claimantDescription: claimant.description,
      stance: claim.stance,
      hedge: claim.hedge,
      verb: claim.verb,
      via: claim.via.map(ref),
      stated:
        claim.stated?.time ??
        (claim.claimant.kind === 'AUTHOR' ? found.published : { ...before, phrase: claim.verb }),
      quantity: claim.quantity ? quantityReading(claim.quantity) : null,
      about: claim.about.map(ref),
      claimId: null,
    },
  };
}

const values = (ingestionId: number, { kind, span, payload }: ProposalRow) => ({
  ingestionId,
  kind,
  start: span.start,
  end: span.end,
  excerpt: span.text,
  payload,
});

// Rows per INSERT: a long text has tens of thousands of proposals, and one statement per row
// cost more than the pipeline's reading of them.
const ROWS_PER_INSERT = 500;

function insertRows(tx: ClaimlineTransaction, ingestionId: number, rows: readonly ProposalRow[]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    tx.insert(proposals)
      .values(rows.slice(i, i + ROWS_PER_INSERT).map((row) => values(ingestionId, row)))
      .run();
}

/**
 * Writes the DRAFT proposals: the actors and places first (claims refer to their ids), then
 * dates, quantities and claims, in that order.
 */
function writeProposals(writer: Writer, ingestionId: number, found: Proposals): void {
  const { tx } = writer;
  const insert = (row: ProposalRow) =>
    tx.insert(proposals).values(values(ingestionId, row)).returning({ id: proposals.id }).get().id;
  const entityProposal = new Map<string, number>();
  for (const { key, row } of entityRows(found.mentions)) entityProposal.set(key, insert(row));
  const author = authorRow(found, entityProposal);
  if (author) entityProposal.set(author.key, insert(author.row));
  const ref = (m: MentionKey): ActorRef => {
    const proposal = entityProposal.get(entityKey(m));
    return { actorId: m.id, proposalId: m.id === null ? (proposal ?? null) : null, name: m.name };
  };
  const { latest } = found.published;
  const before = latest ? parseFuzzyTime(`../${latest}`) : parseFuzzyTime(null);
  insertRows(tx, ingestionId, [
    ...found.dates.map(
      (date): ProposalRow => ({ kind: 'DATE', span: date, payload: { kind: 'DATE', time: date.time } }),
    ),
    ...found.quantities.map(
      (q): ProposalRow => ({
        kind: 'QUANTITY',
        span: q,
        payload: { kind: 'QUANTITY', ...quantityReading(q) },
      }),
    ),
    ...found.claims.map((claim) => claimRow(claim, found, ref, before)),
  ]);
}

function claimantRef(
  claimant: Claimant,
  found: Proposals,
  ref: (m: MentionKey) => ActorRef,
): { ref: ActorRef | null; description: string | null } {
  if (claimant.kind === 'MENTION') return { ref: ref(claimant.mention), description: null };
  if (claimant.kind === 'UNNAMED') return { ref: null, description: claimant.description };
  if (found.author)
    return { ref: ref({ entity: 'actor', id: found.author.id, name: found.author.name }), description: null };
  return { ref: null, description: 'the source itself (no author known)' };
}

export function readProposals(
  db: ClaimlineDatabase | ClaimlineTransaction,
  ingestionId: number,
): StoredProposal[] {
  return db
    .select()
    .from(proposals)
    .where(eq(proposals.ingestionId, ingestionId))
    .orderBy(proposals.id)
    .all()
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      start: p.start,
      end: p.end,
      excerpt: p.excerpt,
      payload: p.payload as ProposalPayload,
    }));
}
