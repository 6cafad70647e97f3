import type { IngestResult } from '@claimline/ingest';
import {
  acceptProposal,
  ingestSourceOffThread,
  mapProposedActor,
  ProposalWorkerError,
  rejectProposal,
  textLengthProblem,
} from '@claimline/ingest';
import { FuzzyTimeError, parseFuzzyTime, storedTextProblem, ValidationError } from '@claimline/store';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { ClaimlineContext } from '../context.ts';
import { SourceKind, Stance } from '../types/enums.ts';
import { Ingestion, Proposal } from '../types/ingestion.ts';
import { Source } from '../types/source.ts';
import { QuantityInput, quantity } from './claims.ts';
import { commit, optionalRowIdOf, rowIdOf, rowIdsOf } from './commit.ts';
import { FuzzyTimeInput } from './events.ts';

const IngestSourceInput = builder.inputType('IngestSourceInput', {
  description: 'An article as an editor pastes it; what is left out is read from the text where it says.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'Verbatim: stored as it is, never trimmed.' }),
    title: t.string(),
    publisher: t.string(),
    url: t.string(),
    publishedAt: t.string({ description: 'EDTF: 2024-02-27, 2024-02; else read from a dateline.' }),
    kind: t.field({ type: SourceKind }),
  }),
});

const IngestSourceResult = builder.objectRef<IngestResult>('IngestSourceResult').implement({
  description: 'The stored source and what ingestion proposed from it.',
  fields: (t) => ({
    created: t.exposeBoolean('created', {
      description: 'False when the same text was already stored: nothing was written.',
    }),
    source: t.field({
      type: Source,
      resolve: async (r, _args, ctx) => {
        const source = await ctx.store.db.query.sources.findFirst({ where: { id: r.sourceId } });
        if (!source) throw new Error(`source ${r.sourceId} is gone`);
        return source;
      },
    }),
    ingestion: t.field({
      type: Ingestion,
      nullable: true,
      description: 'Null for a text stored otherwise (the seed story): nothing was proposed from it.',
      resolve: (r, _args, ctx) =>
        r.ingestionId === null
          ? null
          : ctx.store.db.query.ingestions.findFirst({ where: { id: r.ingestionId } }).then((i) => i ?? null),
    }),
  }),
});

const AcceptProposalInput = builder.inputType('AcceptProposalInput', {
  description:
    'Edits to a proposal before it is accepted; left out, its reading stands. Name and kind apply to a proposed actor or place, the rest to a claim.',
  fields: (t) => ({
    name: t.string(),
    kind: t.string({ description: 'An ActorKind or PlaceKind.' }),
    claimantId: t.id(),
    claimantDescription: t.string(),
    stance: t.field({ type: Stance }),
    hedge: t.string(),
    proposition: t.string(),
    stated: t.field({ type: FuzzyTimeInput }),
    start: t.int({ description: 'Another excerpt of the same source: its offsets.' }),
    end: t.int(),
    aboutActorIds: t.idList(),
    aboutEventIds: t.idList(),
    quantity: t.field({ type: QuantityInput }),
  }),
});

function publishedAt(edtf: string | null | undefined): string | null {
  if (!edtf) return null;
  try {
    return parseFuzzyTime(edtf).edtf;
  } catch (error) {
    if (error instanceof FuzzyTimeError) throw new ValidationError('input.publishedAt', error.message);
    throw error;
  }
}

/**
 * The fields of an ingest, refused (a BAD_USER_INPUT error naming the field) when the store could
 * not keep one exactly: a GraphQL string may carry a lone surrogate, which SQLite would alter.
 */
function storableInput<T extends Record<string, unknown>>(input: T): T {
  for (const [field, value] of Object.entries(input)) {
    const problem = typeof value === 'string' ? storedTextProblem(value) : null;
    if (problem) throw new PothosValidationError(`Argument "input.${field}" ${problem}`);
  }
  return input;
}

/** A text longer than ingestion takes is refused before any work (a BAD_USER_INPUT naming it). */
function ingestibleInput<T extends { text: string }>(input: T): T {
  const problem = textLengthProblem(input.text);
  if (problem) throw new PothosValidationError(`Argument "input.text" ${problem}`);
  return input;
}

/** Runs the ingest off the request thread; a failure there becomes an error that says so. */
async function ingestOffThread(
  ctx: ClaimlineContext,
  input: Parameters<typeof ingestSourceOffThread>[1],
): Promise<IngestResult> {
  try {
    return await ingestSourceOffThread(ctx.store, input, (write) => {
      // A request past its deadline has had its answer: it must not write after it.
      ctx.deadline?.check();
      return commit(ctx, write);
    });
  } catch (error) {
    if (!(error instanceof ProposalWorkerError)) throw error;
    throw new GraphQLError(`Ingestion failed, nothing was stored: ${error.message}`, {
      extensions: { code: 'INGEST_FAILED' },
    });
  }
}

builder.mutationFields((t) => ({
  ingestSource: t.field({
    type: IngestSourceResult,
    description:
      'Stores an article verbatim with its hash and proposes what it says (actors, places, dates, quantities, claims) as DRAFT proposals; the same text again changes nothing.',
    errors: {},
    args: { input: t.arg({ type: IngestSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ingestOffThread(ctx, {
        ...storableInput(ingestibleInput(input)),
        publishedAt: publishedAt(input.publishedAt),
      }),
  }),
  acceptProposal: t.field({
    type: Proposal,
    description:
      'Accepts a DRAFT proposal, optionally edited: an actor or place is created (or learns the printed name), a claim is written with its attribution.',
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: AcceptProposalInput }) },
    resolve: (_root, { id, input }, ctx) =>
      commit(ctx, (w) =>
        acceptProposal(w, rowIdOf(id, 'Proposal', 'id'), {
          ...input,
          claimantId: optionalRowIdOf(input?.claimantId, 'Actor', 'input.claimantId'),
          aboutActorIds: input?.aboutActorIds
            ? rowIdsOf(input.aboutActorIds, 'Actor', 'input.aboutActorIds')
            : undefined,
          aboutEventIds: input?.aboutEventIds
            ? rowIdsOf(input.aboutEventIds, 'Event', 'input.aboutEventIds')
            : undefined,
          quantity: input?.quantity === undefined ? undefined : quantity(input.quantity),
        }),
      ),
  }),
  rejectProposal: t.field({
    type: Proposal,
    description: 'Rejects a DRAFT proposal: it stays, marked REJECTED.',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => commit(ctx, (w) => rejectProposal(w, rowIdOf(id, 'Proposal', 'id'))),
  }),
  mapProposedActor: t.field({
    type: Proposal,
    description: 'Accepts a proposed new actor as a stored one, which learns the name the text printed.',
    errors: {},
    args: { id: t.arg.id({ required: true }), actorId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      commit(ctx, (w) =>
        mapProposedActor(w, rowIdOf(args.id, 'Proposal', 'id'), rowIdOf(args.actorId, 'Actor', 'actorId')),
      ),
  }),
}));
