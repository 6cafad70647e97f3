import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService as seededService, type SchemaService as TestService } from './service.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

type Nodes<T> = {
  totalCount: number;
  nodes: T[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
};

describe('timeline', () => {
  it('lists the events of a window in time order, fuzzy ones by the range they allow', async () => {
    const { timeline } = dataOf(
      await service.query<{
        timeline: Nodes<{ key: string; time: { edtf: string; earliest: string | null } }>;
      }>(`{
        timeline(filter: { from: "2023-09-01", to: "2023-09-30" }, first: 100) {
          totalCount nodes { key time { edtf earliest } }
        }
      }`),
    );
    const keys = timeline.nodes.map((e) => e.key);
    expect(keys).toContain('putin-kim-summit-2023');
    expect(keys).toContain('aurus-limousine-gift'); // 2023-09/2024-02-27 overlaps September
    expect(keys).not.toContain('us-accusation-containers-2023-10-13');
    expect(keys).not.toContain('korean-war-ceasefire-1953');
    const starts = timeline.nodes.map((e) => e.time.earliest ?? '0000-01-01');
    expect([...starts].sort()).toEqual(starts);
    expect(timeline.totalCount).toBe(timeline.nodes.length);
  });

  it('places the summit on 13 September 2023, resolved from "Wednesday"', async () => {
    const { timeline } = dataOf(
      await service.query<{ timeline: Nodes<Record<string, unknown>> }>(`{
        timeline(filter: { from: "2023-09-13", to: "2023-09-13", kinds: [MEETING] }) {
          nodes { key title place { name latitude } participants { role actor { name } } time { edtf precision phrase label } }
        }
      }`),
    );
    expect(timeline.nodes).toEqual([
      expect.objectContaining({
        key: 'putin-kim-summit-2023',
        place: expect.objectContaining({ name: 'Vostochny Cosmodrome' }),
        time: expect.objectContaining({ edtf: '2023-09-13', precision: 'DAY' }),
        participants: expect.arrayContaining([
          { role: 'HOST', actor: { name: 'Vladimir Putin' } },
          { role: 'GUEST', actor: { name: 'Kim Jong Un' } },
        ]),
      }),
    ]);
  });

  it('pages forward and backward with keyset cursors, visiting every event once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { timeline }: { timeline: Nodes<{ key: string }> } = dataOf(
        await service.query<{ timeline: Nodes<{ key: string }> }>(
          'query($after: String) { timeline(first: 7, after: $after) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }',
          { after },
        ),
      );
      seen.push(...timeline.nodes.map((n) => n.key));
      after = timeline.pageInfo?.hasNextPage ? (timeline.pageInfo.endCursor ?? null) : null;
    } while (after);
    const { timeline: all } = dataOf(
      await service.query<{ timeline: Nodes<{ key: string }> }>(
        '{ timeline(first: 100) { totalCount nodes { key } } }',
      ),
    );
    expect(seen).toEqual(all.nodes.map((n) => n.key));
    expect(new Set(seen).size).toBe(all.totalCount);
    const { timeline: last } = dataOf(
      await service.query<{ timeline: Nodes<{ key: string }> }>('{ timeline(last: 3) { nodes { key } } }'),
    );
    expect(last.nodes.map((n) => n.key)).toEqual(seen.slice(-3));
  });

  it('filters by participant, place, kind and text', async () => {
    const ids = dataOf(
      await service.query<{ actors: Nodes<{ id: string }>; places: Nodes<{ id: string; key: string }> }>(
        '{ actors(search: "Kim Jong Un", first: 1) { nodes { id } } places(first: 100) { nodes { id key } } }',
      ),
    );
    const kim = ids.actors.nodes[0]?.id;
    const vostochny = ids.places.nodes.find((p) => p.key === 'vostochny-cosmodrome')?.id;
    const { byActor, byPlace, byText } = dataOf(
      await service.query<{
        byActor: Nodes<{ key: string }>;
        byPlace: Nodes<{ key: string }>;
        byText: Nodes<{ key: string }>;
      }>(
        `query($kim: ID!, $place: ID!) {
          byActor: timeline(filter: { actorIds: [$kim] }, first: 100) { nodes { key } }
          byPlace: timeline(filter: { placeIds: [$place] }) { nodes { key } }
          byText: timeline(filter: { text: "limousine" }) { nodes { key } }
        }`,
        { kim, place: vostochny },
      ),
    );
    expect(byActor.nodes.map((n) => n.key)).toEqual(
      expect.arrayContaining(['putin-kim-summit-2023', 'aurus-limousine-gift']),
    );
    expect(byPlace.nodes.map((n) => n.key)).toContain('putin-kim-summit-2023');
    expect(byText.nodes.map((n) => n.key)).toEqual(['aurus-limousine-gift']);
  });
});

describe('asOf', () => {
  it('reads the record as known on 31 October 2023: nothing first reported in 2024', async () => {
    const { timeline, claims } = dataOf(
      await service.query<{
        timeline: Nodes<{ key: string; firstReported: string; claims: Nodes<{ knownFrom: string }> }>;
        claims: Nodes<{ knownFrom: string; key: string }>;
      }>(`{
        timeline(asOf: "2023-10-31", first: 100) { totalCount nodes { key firstReported claims(first: 100) { nodes { knownFrom } } } }
        claims(asOf: "2023-10-31", first: 100) { totalCount nodes { key knownFrom } }
      }`),
    );
    const keys = timeline.nodes.map((e) => e.key);
    expect(keys).toContain('putin-kim-summit-2023');
    expect(keys).toContain('us-accusation-containers-2023-10-13');
    expect(keys).not.toContain('shin-briefing-2024-02-27');
    for (const event of timeline.nodes) {
      expect(event.firstReported <= '2023-10-31').toBe(true);
      for (const claim of event.claims.nodes) expect(claim.knownFrom <= '2023-10-31').toBe(true);
    }
    expect(claims.nodes.every((c) => c.knownFrom <= '2023-10-31')).toBe(true);
    expect(claims.nodes.map((c) => c.key)).not.toContain('shin-containers-6700');
    const { claims: now } = dataOf(
      await service.query<{ claims: Nodes<unknown> }>('{ claims { totalCount } }'),
    );
    expect(claims.totalCount).toBeLessThan(now.totalCount);
  });

  it('before any source, knows nothing', async () => {
    const { timeline, claims, sources } = dataOf(
      await service.query<{ timeline: Nodes<unknown>; claims: Nodes<unknown>; sources: Nodes<unknown> }>(
        '{ timeline(asOf: "2020-01-01") { totalCount } claims(asOf: "2020-01-01") { totalCount } sources(asOf: "2020-01-01") { totalCount } }',
      ),
    );
    expect([timeline.totalCount, claims.totalCount, sources.totalCount]).toEqual([0, 0, 0]);
  });

  it.each([
    ['2023-10', '2023-10-31'],
    ['2024-02', '2024-02-29'],
    ['2023', '2023-12-31'],
  ])('takes a month or a year as its last day: %s is %s', async (period, day) => {
    const read = (asOf: string) =>
      service.query(
        `query($asOf: AsOfDate) { timeline(asOf: $asOf, first: 100) { totalCount nodes { key claims(first: 100) { totalCount } } } sources(asOf: $asOf) { totalCount } }`,
        { asOf },
      );
    const [byPeriod, byDay] = [dataOf(await read(period)), dataOf(await read(day))];
    expect(byPeriod).toEqual(byDay);
    // Inline too, as a literal.
    expect(dataOf(await service.query(`{ sources(asOf: "${period}") { totalCount } }`))).toEqual({
      sources: (byDay as { sources: unknown }).sources,
    });
  });

  it.each(['2023-13', '2023-1', '23', '2023-02-30', '2023-10-31T00:00', ''])(
    'refuses %j as asOf, naming it',
    async (asOf) => {
      const { data, errors } = await service.query(
        'query($asOf: AsOfDate) { sources(asOf: $asOf) { totalCount } }',
        {
          asOf,
        },
      );
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.message).toContain('"$asOf"');
      expect(errors?.[0]?.message).toContain(
        'AsOfDate must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY',
      );
    },
  );
});

describe('actors', () => {
  it.each([
    ['Zelenskiy', 'Volodymyr Zelensky'],
    ['Shin Wonsik', 'Shin Won-sik'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['Pionyang', 'North Korea'],
    ['SeouI', 'South Korea'],
    ['the Kremlin', 'Russia'],
    ['Zelenskyi', 'Volodymyr Zelensky'],
    ['Shin Wonsick', 'Shin Won-sik'],
    ['Blinkin', 'Antony Blinken'],
  ])('finds %s as %s', async (search, name) => {
    const { actors } = dataOf(
      await service.query<{ actors: Nodes<{ name: string }> }>(
        'query($s: String) { actors(search: $s, first: 3) { nodes { name } } }',
        {
          search: undefined,
          s: search,
        },
      ),
    );
    expect(actors.nodes[0]?.name).toBe(name);
  });

  it('says how each hit met the search, exact and whole words before near misses', async () => {
    type Matched = {
      edges: { match: { kind: string; distance: number; name: string } | null; node: { name: string } }[];
    };
    const { exact, words, misprint, otherPerson, unsearched } = dataOf(
      await service.query<Record<'exact' | 'words' | 'misprint' | 'otherPerson' | 'unsearched', Matched>>(`{
        exact: actors(search: "kim jong-un", first: 1) { ...hits }
        words: actors(search: "Korea", first: 20) { ...hits }
        misprint: actors(search: "Blinkin", first: 1) { ...hits }
        otherPerson: actors(search: "Kim Jong Il", first: 5) { ...hits }
        unsearched: actors(first: 1) { ...hits }
      }
      fragment hits on ActorConnection { edges { match { kind distance name } node { name } } }`),
    );
    expect(exact.edges[0]).toEqual({
      match: { kind: 'EXACT', distance: 0, name: 'Kim Jong Un' },
      node: { name: 'Kim Jong Un' },
    });
    const kinds = words.edges.map((e) => e.match?.kind);
    expect(kinds).toContain('WORDS');
    expect(kinds).not.toContain('FUZZY');
    expect(words.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['North Korea', 'South Korea']),
    );
    expect(misprint.edges[0]?.match).toMatchObject({ kind: 'FUZZY', distance: 1 });
    // One word off is another person, not a misprint: no hit rather than a wrong answer.
    expect(otherPerson.edges).toEqual([]);
    expect(unsearched.edges[0]?.match).toBeNull();
  });

  it('finds places by name, alias and misprint, with how each matched and a count of the matches', async () => {
    type Matched = {
      totalCount: number;
      edges: { match: { kind: string; distance: number; name: string } | null; node: { key: string } }[];
    };
    const { variant, misprint, prefix, none } = dataOf(
      await service.query<Record<'variant' | 'misprint' | 'prefix' | 'none', Matched>>(`{
        variant: places(search: "Rajin", first: 1) { ...hits }
        misprint: places(search: "Vostochni Cosmodrome", first: 1) { ...hits }
        prefix: places(search: "Korea", first: 1) { ...hits }
        none: places(search: "Atlantis", first: 1) { ...hits }
      }
      fragment hits on PlaceConnection { totalCount edges { match { kind distance name } node { key } } }`),
    );
    expect(variant.edges[0]).toEqual({
      match: { kind: 'EXACT', distance: 0, name: 'Rajin' },
      node: { key: 'najin-port' },
    });
    expect(misprint.edges[0]).toEqual({
      match: { kind: 'FUZZY', distance: 1, name: 'Vostochny Cosmodrome' },
      node: { key: 'vostochny-cosmodrome' },
    });
    expect(prefix.edges[0]?.match?.kind).toBe('PREFIX');
    expect(prefix.totalCount).toBeGreaterThan(1);
    expect(none).toEqual({ totalCount: 0, edges: [] });
  });

  it('gives aliases with their kinds, roles over time, and the claims an actor made', async () => {
    const { actors } = dataOf(
      await service.query<{
        actors: Nodes<{
          aliases: { name: string; kind: string }[];
          roles: { title: string }[];
          claims: Nodes<{ stance: string }>;
        }>;
      }>(`{
        actors(search: "Shin Won-sik", first: 1) {
          nodes { aliases { name kind } roles { title } claims(first: 50) { totalCount nodes { stance } } }
        }
      }`),
    );
    const shin = actors.nodes[0];
    expect(shin?.aliases).toEqual(
      expect.arrayContaining([
        { name: 'Shin Wonsik', kind: 'SPELLING_VARIANT' },
        { name: 'Mr Shin', kind: 'HONORIFIC' },
      ]),
    );
    expect(shin?.roles.map((r) => r.title.toLowerCase()).join()).toMatch(/minister/);
    expect(shin?.claims.totalCount).toBeGreaterThan(5);
    expect(shin?.claims.nodes.map((c) => c.stance)).toContain('ESTIMATES');
  });
});

describe('claims, attributions and sources', () => {
  it('ties each claim to the exact words of every source reporting it', async () => {
    const { claims } = dataOf(
      await service.query<{
        claims: Nodes<{
          claimantName: string;
          quantity: { value: number; approximate: boolean; unit: string; modality: string } | null;
          attributions: {
            excerpt: string;
            start: number;
            end: number;
            reportingVerb: string | null;
            reportedVia: { actor: { name: string } }[];
            sentence: { text: string };
            source: { text: string; publisher: string | null };
          }[];
        }>;
      }>(`{
        claims(filter: { measureKey: "containers-shipped-north-korea-to-russia" }, first: 20) {
          nodes {
            claimantName
            quantity { value approximate unit modality }
            attributions { excerpt start end reportingVerb reportedVia { actor { name } } sentence { text } source { text publisher } }
          }
        }
      }`),
    );
    const shin = claims.nodes.find((c) => c.quantity?.value === 6700);
    expect(shin?.claimantName).toBe('Shin Won-sik');
    expect(shin?.quantity).toMatchObject({ approximate: true, unit: 'containers', modality: 'ACTUAL' });
    expect(shin?.attributions.length).toBeGreaterThanOrEqual(3);
    for (const a of claims.nodes.flatMap((c) => c.attributions)) {
      expect(a.source.text.slice(a.start, a.end)).toBe(a.excerpt);
      expect(a.sentence.text).toContain(a.excerpt.slice(0, 20));
    }
    const viaTime = shin?.attributions.find((a) => a.source.publisher === 'TIME');
    expect(viaTime?.reportedVia.map((l) => l.actor.name)).toEqual(['Yonhap News Agency', 'Bloomberg']);
    expect(viaTime?.excerpt).toContain('about 6,700 containers');
  });

  it('keeps sources verbatim with their furniture and syndication group', async () => {
    const { sources } = dataOf(
      await service.query<{
        sources: Nodes<{
          kind: string;
          publisher: string | null;
          published: { edtf: string | null };
          syndicationGroup: { sources: { publisher: string }[] } | null;
          furniture: { kind: string }[];
        }>;
      }>(`{
        sources { totalCount nodes { kind publisher published { edtf } syndicationGroup { sources { publisher } } furniture { kind } } }
      }`),
    );
    expect(sources.totalCount).toBe(5);
    const straits = sources.nodes.find((s) => s.publisher === 'The Straits Times');
    expect(straits?.published.edtf).toBe('2024-02-27');
    expect(straits?.syndicationGroup?.sources.map((s) => s.publisher).sort()).toEqual([
      'TIME',
      'The Straits Times',
    ]);
    const aggregator = sources.nodes.find((s) => s.kind === 'AGGREGATOR');
    expect(aggregator?.published.edtf).toBeNull();
    expect(aggregator?.furniture.map((f) => f.kind)).toEqual(expect.arrayContaining(['PROMO']));
  });

  it('filters claims by stance, claimant, subject and source', async () => {
    const { denials } = dataOf(
      await service.query<{ denials: Nodes<{ stance: string; proposition: string }> }>(
        '{ denials: claims(filter: { stance: [DENIES] }) { totalCount nodes { stance proposition } } }',
      ),
    );
    expect(denials.totalCount).toBeGreaterThan(0);
    expect(denials.nodes.every((c) => c.stance === 'DENIES')).toBe(true);
  });

  it('filters claims by hedging: those printed with hedging words, those without, and all', async () => {
    type Counted = { totalCount: number; nodes: { hedge: string | null }[] };
    const { hedged, plain, all, hedgedEstimates } = dataOf(
      await service.query<Record<'hedged' | 'plain' | 'all' | 'hedgedEstimates', Counted>>(`{
        hedged: claims(filter: { hedged: true }, first: 100) { totalCount nodes { hedge } }
        plain: claims(filter: { hedged: false }, first: 100) { totalCount nodes { hedge } }
        all: claims(first: 1) { totalCount nodes { hedge } }
        hedgedEstimates: claims(filter: { hedged: true, stance: [ESTIMATES, BELIEVES] }, first: 100) { totalCount nodes { hedge } }
      }`),
    );
    expect(hedged.totalCount).toBeGreaterThan(0);
    expect(plain.totalCount).toBeGreaterThan(0);
    expect(hedged.totalCount + plain.totalCount).toBe(all.totalCount);
    expect(hedged.nodes.every((c) => c.hedge)).toBe(true);
    expect(plain.nodes.every((c) => c.hedge === null)).toBe(true);
    expect(hedgedEstimates.totalCount).toBeLessThanOrEqual(hedged.totalCount);
    expect(hedgedEstimates.nodes.every((c) => c.hedge)).toBe(true);
  });
});

describe('measures and search', () => {
  it('lines up a measure’s estimates in stated order: more than 1,000 in October 2023, about 6,700 in February 2024', async () => {
    const { measure } = dataOf(
      await service.query<{
        measure: {
          cumulative: boolean;
          estimates: {
            low: number | null;
            value: number | null;
            label: string;
            claim: { stated: { earliest: string } };
          }[];
        };
      }>(`{
        measure(key: "containers-shipped-north-korea-to-russia") {
          cumulative estimates { low value label claim { stated { earliest } } }
        }
      }`),
    );
    expect(measure.cumulative).toBe(true);
    expect(measure.estimates.map((e) => e.label)).toEqual(['≥1,000 containers', '≈6,700 containers']);
    expect(measure.estimates[0]?.claim.stated.earliest).toBe('2023-10-13');
  });

  it('finds words across sources, claims and events with highlighted snippets', async () => {
    const { search } = dataOf(
      await service.query<{
        search: {
          totalCount: number;
          edges: { cursor: string; node: { kind: string; snippet: string; node: { __typename: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(`{
        search(query: "limousine", first: 2) {
          totalCount
          edges { cursor node { kind snippet node { __typename } } }
          pageInfo { hasNextPage endCursor }
        }
      }`),
    );
    expect(search.totalCount).toBeGreaterThan(2);
    expect(search.edges[0]?.node.snippet.toLowerCase()).toContain('[limousine]');
    const kinds = new Set(search.edges.map((e) => e.node.node.__typename));
    expect([...kinds].every((k) => ['Source', 'Claim', 'Event'].includes(k))).toBe(true);
    const next = dataOf(
      await service.query<{ search: { edges: { cursor: string }[] } }>(
        'query($after: String) { search(query: "limousine", first: 100, after: $after) { edges { cursor } } }',
        { after: search.pageInfo.endCursor },
      ),
    );
    expect(next.search.edges.length).toBe(search.totalCount - 2);
  });
});

describe('nodes', () => {
  it('refetches any node by its global id', async () => {
    const { timeline } = dataOf(
      await service.query<{ timeline: Nodes<{ id: string; key: string }> }>(
        '{ timeline(first: 2) { nodes { id key } } }',
      ),
    );
    const ids = timeline.nodes.map((n) => n.id);
    const { nodes, event } = dataOf(
      await service.query<{ nodes: { key: string }[]; event: { key: string } }>(
        'query($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { ... on Event { key } } event(id: $id) { key } }',
        { ids, id: ids[0] },
      ),
    );
    expect(nodes.map((n) => n.key)).toEqual(timeline.nodes.map((n) => n.key));
    expect(event.key).toBe(timeline.nodes[0]?.key);
  });
});
