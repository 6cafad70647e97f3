import { ingestText } from '@claimline/ingest';
import { gid } from '@claimline/schema/testing';
import { assertRelation, mergeActors, runWrite } from '@claimline/store';
import type { TestService } from './helpers.ts';

export { gid };

/** The typed errors a mutation answers with: anything else is a success or a bug. */
export const USER_ERRORS = ['ValidationError', 'NotFoundError', 'ProvenanceError', 'ConflictError'];

export interface MutationCase {
  name: string;
  scope: 'edit' | 'admin';
  /** The typename of a success. */
  success: string;
  /** Declares `$id` and/or `$input` as the mutation takes them. */
  document: string;
  /** Variables that succeed on the store this case prepared. */
  variables(service: TestService): Record<string, unknown>;
  /** Puts the store in the state the case needs (a merged actor to unmerge, a relation to retract). */
  prepare?(service: TestService): void;
}

const selection = `{ __typename ... on UserError { field message } }`;

function one<T>(service: TestService, sql: string): T {
  return service.database.sqlite.prepare(sql).get() as T;
}

/** An attribution span of a seed source that claim 1 does not have yet. */
export function freshSpan(service: TestService) {
  return one<{ source_id: number; excerpt: string; start: number; end: number }>(
    service,
    `SELECT source_id, excerpt, start, "end" FROM attributions
      WHERE claim_id <> 1 AND NOT EXISTS (SELECT 1 FROM attributions b WHERE b.claim_id = 1
        AND b.source_id = attributions.source_id AND b.start = attributions.start AND b."end" = attributions."end")
      ORDER BY id LIMIT 1`,
  );
}

/** A made-up report ingested into the seeded store: drafts to accept, reject or map. */
export const INGESTED_TEXT =
  ' date 2024-03-04 GENEVA — Russia denied on Monday that it had received any weapons. Analysts at the Geneva Arms Forum said at least 200 containers had crossed since January.';

function ingested(service: TestService): void {
  ingestText(service.database, { text: INGESTED_TEXT }, 'test');
}

/** The newest DRAFT proposal matching `where`. */
function draftProposal(service: TestService, where: string): string {
  const row = one<{ id: number }>(
    service,
    `SELECT max(id) AS id FROM proposals WHERE status = 'DRAFT' AND ${where}`,
  );
  return gid('Proposal', row.id);
}

export const MUTATIONS: MutationCase[] = [
  {
    name: 'createActor',
    scope: 'edit',
    success: 'Actor',
    document: `mutation($input: CreateActorInput!) { createActor(input: $input) ${selection} }`,
    variables: () => ({
      input: {
        name: 'Matrix Person',
        kind: 'PERSON',
        aliases: [{ name: 'M. Person', kind: 'SPELLING_VARIANT' }],
      },
    }),
  },
  {
    name: 'updateActor',
    scope: 'edit',
    success: 'Actor',
    document: `mutation($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) ${selection} }`,
    variables: () => ({ id: gid('Actor', 1), input: { description: 'Edited.', name: 'Edited Name' } }),
  },
  {
    name: 'createAlias',
    scope: 'edit',
    success: 'Alias',
    document: `mutation($input: CreateAliasInput!) { createAlias(input: $input) ${selection} }`,
    variables: () => ({ input: { actorId: gid('Actor', 1), name: 'Matrix Alias', kind: 'HONORIFIC' } }),
  },
  {
    name: 'updateAlias',
    scope: 'edit',
    success: 'Alias',
    document: `mutation($id: ID!, $input: UpdateAliasInput!) { updateAlias(id: $id, input: $input) ${selection} }`,
    variables: (s) => ({
      id: gid(
        'Alias',
        one<{ id: number }>(s, "SELECT id FROM actor_aliases WHERE kind <> 'CANONICAL' LIMIT 1").id,
      ),
      input: { name: 'Renamed Alias', kind: 'MISSPELLING' },
    }),
  },
  {
    name: 'mergeActors',
    scope: 'admin',
    success: 'Actor',
    document: `mutation($input: MergeActorsInput!) { mergeActors(input: $input) ${selection} }`,
    variables: () => ({ input: { sourceId: gid('Actor', 3), targetId: gid('Actor', 4) } }),
  },
  {
    name: 'unmergeActor',
    scope: 'admin',
    success: 'Actor',
    document: `mutation($id: ID!) { unmergeActor(id: $id) ${selection} }`,
    prepare: (s) => {
      runWrite(s.database.db, 'test', (w) => mergeActors(w, { sourceId: 5, targetId: 6 }));
    },
    variables: () => ({ id: gid('Actor', 5) }),
  },
  {
    name: 'createPlace',
    scope: 'edit',
    success: 'Place',
    document: `mutation($input: CreatePlaceInput!) { createPlace(input: $input) ${selection} }`,
    variables: () => ({
      input: {
        name: 'Matrix Port',
        kind: 'PORT',
        latitude: 42.2,
        longitude: 130.3,
        countryId: gid('Actor', 2),
      },
    }),
  },
  {
    name: 'updatePlace',
    scope: 'edit',
    success: 'Place',
    document: `mutation($id: ID!, $input: UpdatePlaceInput!) { updatePlace(id: $id, input: $input) ${selection} }`,
    variables: () => ({ id: gid('Place', 1), input: { latitude: 10.5, name: 'Renamed Place' } }),
  },
  {
    name: 'createEvent',
    scope: 'edit',
    success: 'Event',
    document: `mutation($input: CreateEventInput!) { createEvent(input: $input) ${selection} }`,
    variables: () => ({
      input: {
        kind: 'MEETING',
        title: 'Matrix meeting',
        time: { edtf: '2024-03', phrase: 'in March' },
        placeId: gid('Place', 1),
        participants: [{ actorId: gid('Actor', 1), role: 'HOST' }],
      },
    }),
  },
  {
    name: 'updateEvent',
    scope: 'edit',
    success: 'Event',
    document: `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) ${selection} }`,
    variables: () => ({
      id: gid('Event', 1),
      input: {
        summary: 'Edited.',
        time: { edtf: '2023-09-13~' },
        participants: [{ actorId: gid('Actor', 2), role: 'GUEST' }],
      },
    }),
  },
  {
    name: 'createClaim',
    scope: 'edit',
    success: 'Claim',
    document: `mutation($input: CreateClaimInput!) { createClaim(input: $input) ${selection} }`,
    variables: (s) => {
      const span = freshSpan(s);
      const measure = one<{ id: number; unit: string }>(
        s,
        'SELECT id, unit FROM measures ORDER BY id LIMIT 1',
      );
      return {
        input: {
          claimantId: gid('Actor', 1),
          stance: 'ESTIMATES',
          stated: { edtf: '2024-02' },
          proposition: 'A matrix claim.',
          aboutEventIds: [gid('Event', 1)],
          aboutActorIds: [gid('Actor', 2)],
          quantity: {
            value: 12,
            approximate: true,
            unit: measure.unit,
            measureId: gid('Measure', measure.id),
            phrase: 'about 12',
          },
          attributions: [
            {
              sourceId: gid('Source', span.source_id),
              excerpt: span.excerpt,
              start: span.start,
              end: span.end,
            },
          ],
        },
      };
    },
  },
  {
    name: 'updateClaim',
    scope: 'edit',
    success: 'Claim',
    document: `mutation($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) ${selection} }`,
    variables: () => ({
      id: gid('Claim', 1),
      input: { hedge: 'perhaps', stated: { edtf: '2023-10' }, aboutActorIds: [gid('Actor', 3)] },
    }),
  },
  {
    name: 'retractClaim',
    scope: 'edit',
    success: 'Claim',
    document: `mutation($id: ID!) { retractClaim(id: $id, reason: "a duplicate") ${selection} }`,
    variables: () => ({ id: gid('Claim', 2) }),
  },
  {
    name: 'createAttribution',
    scope: 'edit',
    success: 'Attribution',
    document: `mutation($input: CreateAttributionInput!) { createAttribution(input: $input) ${selection} }`,
    variables: (s) => {
      const span = freshSpan(s);
      return {
        input: {
          claimId: gid('Claim', 1),
          sourceId: gid('Source', span.source_id),
          excerpt: span.excerpt,
          start: span.start,
          end: span.end,
          reportingVerb: 'reported',
          viaActorIds: [gid('Actor', 2)],
        },
      };
    },
  },
  {
    name: 'updateAttribution',
    scope: 'edit',
    success: 'Attribution',
    document: `mutation($id: ID!, $input: UpdateAttributionInput!) { updateAttribution(id: $id, input: $input) ${selection} }`,
    variables: () => ({
      id: gid('Attribution', 1),
      input: { reportingVerb: 'told reporters', viaActorIds: [gid('Actor', 4)] },
    }),
  },
  {
    name: 'assertClaimRelation',
    scope: 'edit',
    success: 'ClaimRelation',
    document: `mutation($input: AssertClaimRelationInput!) { assertClaimRelation(input: $input) ${selection} }`,
    variables: () => ({
      input: {
        fromClaimId: gid('Claim', 1),
        toClaimId: gid('Claim', 3),
        kind: 'CONTRADICTS',
        explanation: 'They disagree.',
      },
    }),
  },
  {
    name: 'retractClaimRelation',
    scope: 'edit',
    success: 'ClaimRelation',
    document: `mutation($id: ID!) { retractClaimRelation(id: $id, reason: "asserted in error") ${selection} }`,
    prepare: (s) => {
      runWrite(s.database.db, 'test', (w) =>
        assertRelation(w, {
          fromClaimId: 4,
          toClaimId: 5,
          kind: 'CORROBORATES',
          explanation: 'Same figure.',
        }),
      );
    },
    variables: (s) => ({
      id: gid(
        'ClaimRelation',
        one<{ id: number }>(s, "SELECT max(id) AS id FROM claim_relations WHERE origin = 'EDITOR'").id,
      ),
    }),
  },
  {
    name: 'ingestSource',
    scope: 'edit',
    success: 'IngestSourceResult',
    document: `mutation($input: IngestSourceInput!) { ingestSource(input: $input) ${selection} }`,
    variables: () => ({
      input: {
        text: 'Matrix Ministry officials said on Tuesday that about 40 trucks had crossed.',
        publisher: 'Matrix Wire',
        publishedAt: '2024-03-05',
        kind: 'REPORT',
      },
    }),
  },
  {
    name: 'acceptProposal',
    scope: 'edit',
    success: 'Proposal',
    document: `mutation($id: ID!, $input: AcceptProposalInput) { acceptProposal(id: $id, input: $input) ${selection} }`,
    prepare: ingested,
    variables: (s) => ({
      id: draftProposal(s, "kind = 'CLAIM' AND json_extract(payload, '$.claimant.actorId') IS NOT NULL"),
      input: {
        stance: 'DENIES',
        stated: { edtf: '2024-03-04', phrase: 'on Monday' },
        proposition: 'Russia denies receiving weapons.',
      },
    }),
  },
  {
    name: 'rejectProposal',
    scope: 'edit',
    success: 'Proposal',
    document: `mutation($id: ID!) { rejectProposal(id: $id) ${selection} }`,
    prepare: ingested,
    variables: (s) => ({ id: draftProposal(s, "kind = 'DATE'") }),
  },
  {
    name: 'mapProposedActor',
    scope: 'edit',
    success: 'Proposal',
    document: `mutation($id: ID!, $actorId: ID!) { mapProposedActor(id: $id, actorId: $actorId) ${selection} }`,
    prepare: ingested,
    variables: (s) => ({
      id: draftProposal(s, "kind = 'ACTOR' AND json_extract(payload, '$.actorId') IS NULL"),
      actorId: gid('Actor', 1),
    }),
  },
];
