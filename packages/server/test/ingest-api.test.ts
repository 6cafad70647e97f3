import { ingestText } from '@claimline/ingest';
import { dataOf } from '@claimline/schema/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

// A made-up report naming stored actors of the seed story and a new one.
const TEXT = ` date 2024-03-04 GENEVA — Russia denied on Monday that it had received any weapons, the agency said. Analysts at the Geneva Arms Forum said at least 200 containers had crossed since January.`;

let service: TestService;
beforeAll(() => {
  service = seededService();
  ingestText(service.database, { text: TEXT, publisher: 'Example Wire' }, 'test');
});
afterAll(() => service.close());

describe('ingestions in GraphQL', () => {
  it('lists ingestions awaiting review with their proposals and readings', async () => {
    const data = dataOf<{
      ingestions: {
        nodes: {
          source: { text: string };
          proposals: {
            totalCount: number;
            nodes: {
              kind: string;
              status: string;
              excerpt: string;
              start: number;
              end: number;
              reading: Record<string, unknown>;
            }[];
          };
        }[];
      };
    }>(
      await service.query(`{
        ingestions(first: 5, pending: true) {
          nodes {
            source { text }
            proposals(first: 50) {
              totalCount
              nodes {
                kind status excerpt start end
                reading {
                  __typename
                  ... on ProposedMention { name kind resolution actor { key } spans { start end } }
                  ... on ProposedDate { time { edtf phrase } }
                  ... on ProposedQuantity { low unit label }
                  ... on ProposedClaim { stance claimant { name actor { key } proposal } claimantDescription quantity { low unit } stated { edtf } }
                }
              }
            }
          }
        }
      }`),
    );
    const [ingestion] = data.ingestions.nodes;
    expect(data.ingestions.nodes).toHaveLength(1);
    const proposals = ingestion?.proposals.nodes ?? [];
    expect(ingestion?.proposals.totalCount).toBe(proposals.length);
    for (const p of proposals.filter((q) => q.excerpt)) expect(TEXT.slice(p.start, p.end)).toBe(p.excerpt);
    expect(proposals.every((p) => p.status === 'DRAFT')).toBe(true);
    const russia = proposals.find(
      (p) => p.reading.__typename === 'ProposedMention' && p.reading.name === 'Russia',
    );
    expect(russia?.reading).toMatchObject({ resolution: 'ALIAS', actor: { key: 'russia' } });
    const denial = proposals.find(
      (p) => p.reading.__typename === 'ProposedClaim' && p.reading.stance === 'DENIES',
    );
    expect(denial?.reading).toMatchObject({
      claimant: { actor: { key: 'russia' } },
      stated: { edtf: '2024-03-04' },
    });
    const figure = proposals.find((p) => p.reading.__typename === 'ProposedClaim' && p.reading.quantity);
    expect(figure?.reading).toMatchObject({ quantity: { low: 200, unit: 'containers' } });
    expect(proposals.find((p) => p.kind === 'DATE' && p.excerpt === 'on Monday')?.reading).toMatchObject({
      time: { edtf: '2024-03-04' },
    });
  });

  it('filters proposals by kind and status', async () => {
    const data = dataOf<{ ingestions: { nodes: { proposals: { nodes: { kind: string }[] } }[] } }>(
      await service.query(
        `{ ingestions(first: 1) { nodes { proposals(first: 50, filter: { kinds: [QUANTITY], statuses: [DRAFT] }) { nodes { kind } } } } }`,
      ),
    );
    const kinds = data.ingestions.nodes[0]?.proposals.nodes.map((p) => p.kind);
    expect(kinds?.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['QUANTITY']));
  });
});

describe('reviewing through GraphQL', () => {
  let editor: TestService;
  beforeAll(() => {
    editor = seededService();
  });
  afterAll(() => editor.close());
  const edit = <T>(query: string, variables?: Record<string, unknown>) =>
    editor.query<T>(query, variables, editor.keys.edit);

  it('ingests a text, accepts a proposed actor and the claim it makes, with revisions by the key', async () => {
    const text =
      'Analysts at the Lakeside Water Forum said on Monday that the river had dropped by 2 meters.';
    type Ingested = {
      ingestSource: {
        __typename: string;
        created: boolean;
        ingestion: {
          proposals: {
            nodes: {
              id: string;
              kind: string;
              reading: { name?: string; claimant?: { proposal: string | null } };
            }[];
          };
        };
      };
    };
    const ingest = () =>
      edit<Ingested>(
        `mutation($input: IngestSourceInput!) { ingestSource(input: $input) { __typename
          ... on IngestSourceResult { created ingestion { proposals(first: 50) { nodes { id kind
            reading { ... on ProposedMention { name } ... on ProposedClaim { claimant { proposal } } } } } } } } }`,
        { input: { text, publishedAt: '2024-06-05', publisher: 'Lakeside Daily' } },
      );
    const first = dataOf(await ingest()).ingestSource;
    expect(first).toMatchObject({ __typename: 'IngestSourceResult', created: true });
    expect(dataOf(await ingest()).ingestSource.created).toBe(false);

    const proposals = first.ingestion.proposals.nodes;
    const forum = proposals.find((p) => p.reading.name === 'Lakeside Water Forum');
    const claim = proposals.find((p) => p.kind === 'CLAIM');
    expect(claim?.reading.claimant?.proposal).toBe(forum?.id);
    const accept = (id: string | undefined) =>
      edit<{
        acceptProposal: {
          __typename: string;
          status?: string;
          field?: string;
          reading?: Record<string, unknown>;
        };
      }>(
        `mutation($id: ID!) { acceptProposal(id: $id) { __typename
          ... on UserError { field message }
          ... on Proposal { status reading { ... on ProposedMention { actor { name kind } } ... on ProposedClaim { claim { proposition claimant { name } } } } } } }`,
        { id },
      );
    // The claimant is a new actor: accept it first.
    expect(dataOf(await accept(claim?.id)).acceptProposal).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.claimantId',
    });
    expect(dataOf(await accept(forum?.id)).acceptProposal).toMatchObject({
      status: 'ACCEPTED',
      reading: { actor: { name: 'Lakeside Water Forum', kind: 'ORGANIZATION' } },
    });
    expect(dataOf(await accept(claim?.id)).acceptProposal).toMatchObject({
      status: 'ACCEPTED',
      reading: { claim: { claimant: { name: 'Lakeside Water Forum' } } },
    });
    const authors = editor.database.sqlite
      .prepare(
        "SELECT DISTINCT author FROM revisions WHERE entity_type IN ('sources', 'ingestions', 'proposals', 'actors', 'claims') AND author <> 'seed'",
      )
      .all() as { author: string }[];
    expect(authors.map((a) => a.author)).toEqual([expect.stringMatching(/^edit tester \(key \d+\)$/)]);
  });

  it('refuses a bad published date, naming the field, and reads need no key but writes do', async () => {
    const bad = dataOf(
      await edit<{ ingestSource: { __typename: string; field: string } }>(
        `mutation { ingestSource(input: { text: "Some text.", publishedAt: "last spring" }) { __typename ... on UserError { field } } }`,
      ),
    );
    expect(bad.ingestSource).toEqual({ __typename: 'ValidationError', field: 'input.publishedAt' });
    const anonymous = await editor.query(
      `mutation { rejectProposal(id: "UHJvcG9zYWw6MQ==") { __typename } }`,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
