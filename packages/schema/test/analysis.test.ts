import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService as seededService, type SchemaService as TestService } from './service.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

interface Relation {
  kind: string;
  origin: string;
  explanation: string;
  knownFrom: string | null;
  from: { key: string };
  to: { key: string };
}

const RELATION = 'kind origin explanation knownFrom from { key } to { key }';
const pair = (r: Relation) => `${r.kind} ${r.from.key} → ${r.to.key}`;

async function measureRelations(key: string, asOf?: string): Promise<Relation[]> {
  const { measure } = dataOf(
    await service.query<{ measure: { relations: Relation[] } }>(
      `query($key: String!, $asOf: AsOfDate) { measure(key: $key, asOf: $asOf) { relations { ${RELATION} } } }`,
      { key, asOf },
    ),
  );
  return measure.relations;
}

describe('relations between the estimates of the seed story', () => {
  it('the February 2024 "about 6,700" containers revises the October 2023 "more than a thousand"', async () => {
    const [revision, ...rest] = await measureRelations('containers-shipped-north-korea-to-russia');
    expect(rest).toEqual([]);
    expect(revision).toMatchObject({
      kind: 'REVISES',
      origin: 'COMPUTED',
      from: { key: 'shin-about-6700-containers' },
      to: { key: 'us-accuses-north-korea-1000-containers' },
      knownFrom: '2024-02-27',
    });
    expect(revision?.explanation).toContain(
      'Shin Won-sik (2024-02-27): ≈6,700 containers (“about 6,700 containers”',
    );
    expect(revision?.explanation).toContain(
      'revises United States (2023-10-13): ≥1,000 containers (“more than a thousand containers”; The New York Times)',
    );
  });

  it('"about 180 km" and "barely 200 km" from Najin to Dunay contradict: 171–189 and 190–200 do not meet', async () => {
    const relations = await measureRelations('najin-dunay-distance');
    expect(relations.map(pair)).toEqual([
      'CONTRADICTS agg-najin-dunay-barely-200-km → bloomberg-najin-dunay-about-180-km',
    ]);
    expect(relations[0]?.explanation).toContain('≈180 kilometers (“about 180km”; TIME / The Straits Times)');
    expect(relations[0]?.explanation).toContain('(190–200 and 171–189 kilometers) are 1 kilometers apart');
  });

  it('compares artillery capacities with actual figures as what they are, and capacities by calibre not at all', async () => {
    const relations = await measureRelations('artillery-shells-north-korea-to-russia');
    expect(relations.map(pair).sort()).toEqual([
      'CONTRADICTS shin-several-million-rounds-reached-russia → zelensky-north-korea-transferred-1-5-million-shells',
      'CORROBORATES zelensky-north-korea-transferred-1-5-million-shells → shin-containers-could-hold-millions-of-shells',
    ]);
    const corroboration = relations.find((r) => r.kind === 'CORROBORATES');
    expect(corroboration?.explanation).toContain(
      'capacity ≥1,000,000 rounds (“millions of artillery shells”',
    );
    expect(corroboration?.explanation).toContain('a capacity is an upper bound on the actual amount');
    const contradiction = relations.find((r) => r.kind === 'CONTRADICTS');
    expect(contradiction?.explanation).toContain('Which was stated first is unknown');
  });

  it('follows asOf: nothing before both claims were public, no corroboration before independent sources were', async () => {
    expect(await measureRelations('containers-shipped-north-korea-to-russia', '2024-02-26')).toEqual([]);
    expect(await measureRelations('containers-shipped-north-korea-to-russia', '2024-02-27')).toHaveLength(1);
    // The aggregator that makes Shin's capacity figure independent of Zelensky's has no date.
    expect(await measureRelations('artillery-shells-north-korea-to-russia', '2024-03-01')).toEqual([]);
  });
});

describe('denials', () => {
  it('North Korea’s and Russia’s denials contradict every claim that the munitions were shipped', async () => {
    const { claims } = dataOf(
      await service.query<{ claims: { nodes: { key: string; relations: Relation[] }[] } }>(`{
        claims(filter: { stance: [DENIES] }) { nodes { key relations { ${RELATION} } } }
      }`),
    );
    const byKey = new Map(claims.nodes.map((c) => [c.key, c.relations]));
    for (const denial of ['north-korea-denies-arms-transfers', 'russia-denies-arms-transfers']) {
      const relations = byKey.get(denial) ?? [];
      expect(relations).toHaveLength(17);
      expect(relations.every((r) => r.kind === 'CONTRADICTS' && r.from.key === denial)).toBe(true);
      // No evidence of use, or a view of the partnership, neither reports the shipments nor is denied.
      expect(relations.map((r) => r.to.key)).not.toEqual(
        expect.arrayContaining(['nyt-no-evidence-north-korean-weapons-used']),
      );
      expect(relations.map((r) => r.to.key)).not.toContain('agg-steady-stream-of-military-support');
      expect(relations.map((r) => r.to.key)).toEqual(
        expect.arrayContaining(['us-accuses-north-korea-1000-containers', 'shin-about-6700-containers']),
      );
    }
    const accusation = byKey
      .get('north-korea-denies-arms-transfers')
      ?.find((r) => r.to.key === 'us-accuses-north-korea-1000-containers');
    expect(accusation?.explanation).toBe(
      'North Korea denies what United States alleges about “North Korea ships containers of munitions to Russia”: “North Korea denies any arms transfers with Russia.” (TIME / The Straits Times; Arms, Aid, and Alliance: North Korea, Russia, and the Global Conflict) against “North Korea has sent more than a thousand containers to Russia, believed to be full of weapons.” (The New York Times).',
    );
    expect(byKey.get('south-korea-no-lethal-weapons-to-ukraine')).toEqual([]);
  });
});

describe('contradictions', () => {
  const CONTRADICTIONS = `query($asOf: AsOfDate, $after: String) {
    contradictions(asOf: $asOf, first: 20, after: $after) {
      totalCount nodes { kind knownFrom from { key } to { key } } pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = {
    contradictions: {
      totalCount: number;
      nodes: Relation[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };

  async function all(asOf?: string): Promise<{ total: number; nodes: Relation[] }> {
    const nodes: Relation[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const { contradictions } = dataOf(await service.query<Page>(CONTRADICTIONS, { asOf, after }));
      nodes.push(...contradictions.nodes);
      total = contradictions.totalCount;
      after = contradictions.pageInfo.hasNextPage ? contradictions.pageInfo.endCursor : undefined;
    } while (after);
    return { total, nodes };
  }

  it('lists every contradicting pair once, in the order they came to light, page by page', async () => {
    const { total, nodes } = await all();
    expect(total).toBe(36);
    expect(new Set(nodes.map(pair)).size).toBe(36);
    expect(nodes.every((n) => n.kind === 'CONTRADICTS')).toBe(true);
    const days = nodes.map((n) => n.knownFrom ?? '');
    expect([...days].sort()).toEqual(days);
  });

  it('knows none on 31 December 2023, and only those whose claims were public on 28 February 2024', async () => {
    expect((await all('2023-12-31')).total).toBe(0);
    const { total, nodes } = await all('2024-02-28');
    expect(total).toBe(nodes.length);
    expect(nodes.every((n) => (n.knownFrom ?? '') <= '2024-02-28')).toBe(true);
    const pairs = nodes.map(pair);
    expect(pairs).toContain(
      'CONTRADICTS north-korea-denies-arms-transfers → us-accuses-north-korea-1000-containers',
    );
    // Reported only by the undated aggregator: not yet known.
    expect(pairs).not.toContain(
      'CONTRADICTS north-korea-denies-arms-transfers → agg-steady-stream-of-military-support',
    );
  });
});

describe('independent sources and claimants', () => {
  type Counted = { key: string; independentSourceCount: number; claimantCount: number };
  async function counts(asOf?: string): Promise<Map<string, Counted>> {
    const { claims } = dataOf(
      await service.query<{ claims: { nodes: Counted[] } }>(
        'query($asOf: AsOfDate) { claims(asOf: $asOf, first: 100) { nodes { key independentSourceCount claimantCount } } }',
        { asOf },
      ),
    );
    return new Map(claims.nodes.map((c) => [c.key, c]));
  }

  it('counts the two runs of the Bloomberg story once', async () => {
    const now = await counts();
    // TIME and The Straits Times (one syndicated story) and the aggregator.
    expect(now.get('shin-about-6700-containers')?.independentSourceCount).toBe(2);
    // TIME and The Straits Times only.
    expect(now.get('zelensky-north-korea-transferred-1-5-million-shells')?.independentSourceCount).toBe(1);
  });

  it('counts the claimants behind a claim: its own and those corroborating it', async () => {
    const now = await counts();
    expect(now.get('shin-containers-could-hold-millions-of-shells')?.claimantCount).toBe(2);
    expect(now.get('shin-about-6700-containers')?.claimantCount).toBe(1);
  });

  it('counts only what was public on asOf', async () => {
    const then = await counts('2024-03-01');
    expect(then.get('shin-about-6700-containers')?.independentSourceCount).toBe(1);
    expect(then.get('shin-containers-could-hold-millions-of-shells')?.claimantCount).toBe(1);
  });
});

describe('event status', () => {
  type Status = {
    key: string;
    status: string;
    statusExplanation: string;
    independentSourceCount: number;
    claimantCount: number;
    statusReasons: {
      role: string;
      claim: { key: string; attributions: { source: { publisher: string | null } }[] };
    }[];
  };
  async function statuses(asOf?: string): Promise<Map<string, Status>> {
    const { timeline } = dataOf(
      await service.query<{ timeline: { nodes: Status[] } }>(
        `query($asOf: AsOfDate) { timeline(asOf: $asOf, first: 100) { nodes {
          key status statusExplanation independentSourceCount claimantCount
          statusReasons { role claim { key attributions { source { publisher } } } }
        } } }`,
        { asOf },
      ),
    );
    return new Map(timeline.nodes.map((e) => [e.key, e]));
  }

  it('the Putin–Kim summit is corroborated by four independent sources and eight claimants', async () => {
    const summit = (await statuses()).get('putin-kim-summit-2023');
    expect(summit).toMatchObject({ status: 'CORROBORATED', independentSourceCount: 4, claimantCount: 8 });
    expect(summit?.statusExplanation).toBe(
      'Reported by 9 claims from 4 independent sources and 8 claimants; no claim denies it.',
    );
    const publishers = new Set(
      summit?.statusReasons.flatMap((r) => r.claim.attributions.map((a) => a.source.publisher)),
    );
    expect(publishers).toEqual(
      new Set(['The New York Times', 'The Korea Times', 'TIME', 'The Straits Times', null]),
    );
    expect(summit?.statusReasons.every((r) => r.role === 'AFFIRMS')).toBe(true);
  });

  it('the munitions shipments are disputed: reported by many, denied by North Korea and Russia', async () => {
    const shipments = (await statuses()).get('north-korean-munitions-to-russia');
    expect(shipments?.status).toBe('DISPUTED');
    expect(shipments?.statusExplanation).toBe(
      'Reported by 17 claims from 3 independent sources and 10 claimants, but denied by 2 claims.',
    );
    const denials = shipments?.statusReasons.filter((r) => r.role === 'DENIES').map((r) => r.claim.key);
    expect(denials).toEqual(['north-korea-denies-arms-transfers', 'russia-denies-arms-transfers']);
    // Those reporting it come first.
    expect(shipments?.statusReasons.at(0)?.role).toBe('AFFIRMS');
  });

  it('keeps claims that qualify the shipments or give them context out of their status, and lists them apart', async () => {
    const { timeline } = dataOf(
      await service.query<{
        timeline: {
          nodes: {
            key: string;
            statusReasons: { role: string; claim: { key: string } }[];
            bearing: { role: string; claim: { key: string } }[];
            all: { role: string }[];
          }[];
        };
      }>(`{
        timeline(first: 100) {
          nodes {
            key
            statusReasons { role claim { key } }
            bearing: claimLinks(roles: [QUALIFIES, CONTEXT]) { role claim { key } }
            all: claimLinks { role }
          }
        }
      }`),
    );
    const event = timeline.nodes.find((e) => e.key === 'north-korean-munitions-to-russia');
    if (!event) throw new Error('the seed has the shipments');
    const roleOf = new Map(event.bearing.map((l) => [l.claim.key, l.role]));
    expect(roleOf.get('nyt-no-evidence-north-korean-weapons-used')).toBe('QUALIFIES');
    expect(roleOf.get('agg-steady-stream-of-military-support')).toBe('CONTEXT');
    expect(event.statusReasons.map((r) => r.claim.key)).not.toContain(
      'nyt-no-evidence-north-korean-weapons-used',
    );
    expect(new Set(event.statusReasons.map((r) => r.role))).toEqual(new Set(['AFFIRMS', 'DENIES']));
    expect(event.all).toHaveLength(event.statusReasons.length + event.bearing.length);
  });

  it('a denial event is attested by the denials themselves', async () => {
    const denials = (await statuses()).get('north-korea-russia-denials');
    expect(denials).toMatchObject({ status: 'CORROBORATED', independentSourceCount: 2, claimantCount: 2 });
  });

  it('one claimant, however often syndicated, or one source, however many it quotes, is only reported', async () => {
    const all = await statuses();
    expect(all.get('shin-briefing-2024-02-27')).toMatchObject({ status: 'REPORTED', claimantCount: 1 });
    expect(all.get('south-korean-shells-to-united-states')).toMatchObject({
      status: 'REPORTED',
      independentSourceCount: 1,
      claimantCount: 2,
    });
    // A warning reported once attests the statement it was, no more.
    expect(all.get('russia-warns-south-korea')).toMatchObject({
      status: 'REPORTED',
      independentSourceCount: 1,
      claimantCount: 1,
    });
  });

  it('follows asOf: on 31 October 2023 the shipments were reported by one source and not yet denied', async () => {
    const shipments = (await statuses('2023-10-31')).get('north-korean-munitions-to-russia');
    expect(shipments).toMatchObject({ status: 'REPORTED', independentSourceCount: 1 });
    expect(shipments?.statusReasons.every((r) => r.role === 'AFFIRMS')).toBe(true);
    const publishers = shipments?.statusReasons.flatMap((r) =>
      r.claim.attributions.map((a) => a.source.publisher),
    );
    expect(new Set(publishers)).toEqual(new Set(['The New York Times']));
  });
});
