import { ingestText } from '@claimline/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, seededService, type TestService } from './helpers.ts';

// A made-up report naming stored actors of the seed story and a new one.
const TEXT = ` date 2024-03-04 GENEVA — Russia denied on Monday that it had received any weapons, the agency said. Analysts at the Geneva Arms Forum said at least 200 containers had crossed since January.`;

let service: TestService;
beforeAll(() => {
  service = seededService();
  ingestText(service.database.db, service.database.sqlite, { text: TEXT, publisher: 'Example Wire' }, 'test');
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
