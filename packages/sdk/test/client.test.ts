import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimlineClient, ClaimlineError, createClient, paginate } from '../src/index.ts';
import { type SeededServer, startSeededServer } from './server.ts';

let server: SeededServer;
let client: ClaimlineClient;
beforeAll(async () => {
  server = await startSeededServer();
  client = createClient({ url: server.url });
});
afterAll(() => server.close());

/** The first node of a connection, which the test needs. */
function firstOf<T>(connection: { nodes: readonly T[] }): T {
  const [node] = connection.nodes;
  if (node === undefined) throw new Error('the connection is empty');
  return node;
}

describe('every helper, against the seed story', () => {
  it('timeline: the events of September 2023 in time order, the summit with its fuzzy time', async () => {
    const timeline = await client.timeline({ filter: { from: '2023-09-01', to: '2023-09-30' }, first: 100 });
    const summit = timeline.nodes.find((e) => e.key === 'putin-kim-summit-2023');
    expect(summit?.time).toMatchObject({ edtf: '2023-09-13', precision: 'DAY' });
    expect(summit?.time.phrase).toContain('Wednesday');
    expect(summit?.place?.name).toBe('Vostochny Cosmodrome');
    expect(summit).toMatchObject({ status: 'CORROBORATED', independentSourceCount: 4, claimantCount: 8 });
    expect(summit?.participants.map((p) => `${p.role} ${p.actor.name}`)).toEqual(
      expect.arrayContaining(['HOST Vladimir Putin', 'GUEST Kim Jong Un']),
    );
    const starts = timeline.nodes.map((e) => e.time.earliest ?? '');
    expect([...starts].sort()).toEqual(starts);
    expect(timeline.totalCount).toBe(timeline.nodes.length);
  });

  it('events and event: by kind, then one with its claims paged', async () => {
    const meetings = await client.events({ kinds: ['MEETING'] });
    expect(meetings.nodes.every((e) => e.kind === 'MEETING')).toBe(true);
    const summitId = meetings.nodes.find((e) => e.key === 'putin-kim-summit-2023')?.id;
    expect(summitId).toBeDefined();
    const event = await client.event({ id: summitId ?? '', claimsFirst: 2 });
    expect(event?.title).toMatch(/summit/i);
    expect(event?.claims.nodes).toHaveLength(2);
    expect(event?.claims.totalCount).toBeGreaterThan(2);
    expect(event?.claims.pageInfo.hasNextPage).toBe(true);
    expect(event?.statusReasons.length).toBeGreaterThan(2);
    expect(event?.statusReasons.every((r) => r.role === 'AFFIRMS')).toBe(true);
    // The analysts' reading of the summit gives it context; it does not report it.
    expect(event?.bearing.map((l) => l.role)).toEqual(['CONTEXT']);
  });

  it('actors and actor: a misspelled name finds the actor, with roles and claims', async () => {
    const found = await client.actors({ search: 'Shin Wonsick', first: 1 });
    const shin = firstOf(found);
    expect(shin.name).toBe('Shin Won-sik');
    expect(found.edges[0]?.match).toMatchObject({ kind: 'FUZZY', distance: 1 });
    expect(shin.aliases).toEqual(expect.arrayContaining([{ name: 'Shin Wonsik', kind: 'SPELLING_VARIANT' }]));
    const actor = await client.actor({ id: shin.id });
    expect(actor?.roles.map((r) => r.title.toLowerCase()).join()).toMatch(/minister/);
    expect(actor?.claims.nodes.map((c) => c.stance)).toContain('ESTIMATES');
    expect(actor?.participations.length).toBeGreaterThan(0);
  });

  it('claims and claim: the 6,700-container estimate with every source reporting it', async () => {
    const estimates = await client.claims({
      filter: { measureKey: 'containers-shipped-north-korea-to-russia' },
    });
    const latest = estimates.nodes.find((c) => c.quantity?.label === '≈6,700 containers');
    expect(latest?.claimantName).toBe('Shin Won-sik');
    const claim = await client.claim({ id: latest?.id ?? '' });
    expect(claim?.stance).toBe('ESTIMATES');
    expect(claim?.attributions.length).toBeGreaterThanOrEqual(3);
    expect(claim?.attributions.some((a) => a.excerpt.includes('about 6,700 containers'))).toBe(true);
  });

  it('attribution: the exact words, their offsets and the chain of reported speech', async () => {
    const claim = firstOf(await client.claims({ filter: { stance: ['ESTIMATES'] }, first: 1 }));
    const attributionId = claim.attributions[0]?.id ?? '';
    const attribution = await client.attribution({ id: attributionId });
    expect(attribution?.claim.id).toBe(claim.id);
    const source = await client.source({ id: attribution?.source.id ?? '' });
    expect(source?.text.slice(attribution?.start, attribution?.end)).toBe(attribution?.excerpt);
  });

  it('sources and source: five documents, one with furniture and paged attributions', async () => {
    const sources = await client.sources();
    expect(sources.totalCount).toBe(5);
    const grouped = sources.nodes.filter((s) => s.syndicationGroup !== null);
    expect(grouped).toHaveLength(2);
    const source = await client.source({ id: firstOf(sources).id, attributionsFirst: 3 });
    expect(source?.attributions.nodes.length).toBeLessThanOrEqual(3);
    for (const a of source?.attributions.nodes ?? [])
      expect(source?.text.slice(a.start, a.end)).toBe(a.excerpt);
  });

  it('places and place: named places with coordinates', async () => {
    const searched = await client.places({ search: 'Dunai', first: 1 });
    expect(searched.nodes[0]?.key).toBe('dunay');
    expect(searched.edges[0]?.match).toEqual({ kind: 'EXACT', distance: 0, name: 'Dunai' });
    const places = await client.places({ first: 100 });
    const port = places.nodes.find((p) => p.key === 'najin-port');
    expect(port?.kind).toBe('PORT');
    const place = await client.place({ id: port?.id ?? '' });
    expect(place?.name).toMatch(/Najin/);
    expect(place?.latitude).toBeGreaterThan(40);
  });

  it('measures and measure: the container estimates in the order they were stated', async () => {
    const measures = await client.measures();
    expect(measures.map((m) => m.key)).toContain('containers-shipped-north-korea-to-russia');
    const measure = await client.measure({ key: 'containers-shipped-north-korea-to-russia' });
    expect(measure?.estimates.map((e) => e.label)).toEqual(['≥1,000 containers', '≈6,700 containers']);
    const known = await client.measure({
      key: 'containers-shipped-north-korea-to-russia',
      asOf: '2023-10-31',
    });
    expect(known?.estimates.map((e) => e.label)).toEqual(['≥1,000 containers']);
    expect(measure?.relations.map((r) => [r.kind, r.from.claimantName, r.to.claimantName])).toEqual([
      ['REVISES', 'Shin Won-sik', 'United States'],
    ]);
    expect(await client.measure({ key: 'no-such-measure' })).toBeNull();
  });

  it('contradictions: pairs of claims that disagree, with why, as known on a day', async () => {
    const contradictions = await client.contradictions({ first: 100 });
    expect(contradictions.totalCount).toBeGreaterThan(2);
    expect(contradictions.nodes.every((r) => r.kind === 'CONTRADICTS')).toBe(true);
    const distance = contradictions.nodes.find((r) => /180/.test(r.explanation) && /200/.test(r.explanation));
    expect(distance?.origin).toBe('COMPUTED');
    const claim = await client.claim({ id: distance?.to.id ?? '' });
    expect(claim?.relations.map((r) => r.id)).toContain(distance?.id);
    const earlier = await client.contradictions({ asOf: '2023-10-31', first: 100 });
    expect(earlier.totalCount).toBeLessThan(contradictions.totalCount);
  });

  it('search: full-text matches with highlighted snippets', async () => {
    const results = await client.search({ query: 'limousine', first: 5 });
    expect(results.totalCount).toBeGreaterThan(2);
    expect(firstOf(results).snippet.toLowerCase()).toContain('[limousine]');
    expect(results.nodes.map((r) => r.node.__typename)).toEqual(expect.arrayContaining(['Source', 'Event']));
  });

  it('node and nodes: any object by its global ID', async () => {
    const timeline = await client.timeline({ first: 3 });
    const ids = timeline.nodes.map((e) => e.id);
    const node = await client.node({ id: ids[0] ?? '' });
    expect(node).toMatchObject({ __typename: 'Event', key: firstOf(timeline).key });
    const nodes = await client.nodes({ ids });
    expect(nodes.map((n) => n?.id)).toEqual(ids);
  });
});

describe('paginate', () => {
  it('follows endCursor across pages of 5 and yields every timeline event once, in order', async () => {
    const pages: (string | null)[] = [];
    const keys: string[] = [];
    for await (const event of paginate(
      (page) => {
        pages.push(page.after);
        return client.timeline(page);
      },
      { pageSize: 5 },
    )) {
      keys.push(event.key);
    }
    const all = await client.timeline({ first: 100 });
    expect(keys).toEqual(all.nodes.map((e) => e.key));
    expect(keys).toHaveLength(all.totalCount);
    expect(pages).toHaveLength(Math.ceil(all.totalCount / 5));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('honours a limit, asking no more than it needs', async () => {
    const asked: number[] = [];
    const keys: string[] = [];
    for await (const claim of paginate(
      (page) => {
        asked.push(page.first);
        return client.claims({ ...page, filter: { stance: ['ASSERTS'] } });
      },
      { pageSize: 4, limit: 10 },
    )) {
      keys.push(claim.key);
    }
    expect(keys).toHaveLength(10);
    expect(asked).toEqual([4, 4, 2]);
    const first10 = await client.claims({ first: 10, filter: { stance: ['ASSERTS'] } });
    expect(keys).toEqual(first10.nodes.map((c) => c.key));
  });

  it("pages a nested connection: an event's claims", async () => {
    const summit = firstOf(
      await client.timeline({ filter: { text: 'summit', kinds: ['MEETING'] }, first: 1 }),
    );
    const keys: string[] = [];
    for await (const claim of paginate(
      async ({ first, after }) => {
        const event = await client.event({ id: summit.id, claimsFirst: first, claimsAfter: after });
        if (!event) throw new Error('the summit went missing');
        return event.claims;
      },
      { pageSize: 2 },
    )) {
      keys.push(claim.key);
    }
    const event = await client.event({ id: summit.id, claimsFirst: 100 });
    expect(keys).toEqual(event?.claims.nodes.map((c) => c.key));
    expect(keys.length).toBeGreaterThan(2);
  });
});

describe('writes', () => {
  it('with an edit key: the thing written or a UserError naming the field, and its history', async () => {
    const editor = createClient({ url: server.url, apiKey: server.editKey });
    const place = await editor.createPlace({ input: { name: 'SDK Port', kind: 'PORT' } });
    if (place.__typename !== 'Place') throw new Error(`refused: ${JSON.stringify(place)}`);
    expect(place).toMatchObject({ name: 'SDK Port', key: 'sdk-port' });
    const refused = await editor.createPlace({ input: { name: ' ', kind: 'PORT' } });
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'input.name' });
    const history = await client.revisions({ nodeId: place.id });
    expect(history.nodes.map((r) => [r.action, r.author])).toEqual([['CREATE', 'sdk tests (key 1)']]);
    await expect(client.createPlace({ input: { name: 'Anonymous', kind: 'PORT' } })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('errors', () => {
  /** The ClaimlineError a call rejects with. */
  async function rejection(call: Promise<unknown>): Promise<ClaimlineError> {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClaimlineError);
    return error as ClaimlineError;
  }

  it('a bad argument names it, with code and field', async () => {
    const error = await rejection(client.timeline({ filter: { actorIds: ['not-an-id'] } }));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.actorIds[0]',
      path: ['timeline'],
      operation: 'timeline',
      status: 200,
    });
    expect(error.message).toMatch(/Argument "filter.actorIds\[0\]": "not-an-id" is not a Claimline ID/);
    expect(error.errors).toHaveLength(1);
  });

  it('a page over the limit names `first`', async () => {
    const error = await rejection(client.claims({ first: 500 }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(error.message).toMatch(/at most 100/);
  });

  it('a bad variable value names the variable and the path inside it', async () => {
    const asOf = await rejection(client.timeline({ asOf: '2023-13-01' }));
    expect(asOf).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf', status: 400 });
    expect(asOf.message).toMatch(/AsOfDate must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY/);
    const from = await rejection(client.timeline({ filter: { from: '2023-02-30' } }));
    expect(from).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
  });

  it('an answer that is not GraphQL is an HTTP_ERROR with its status', async () => {
    const other = createClient({ url: server.url.replace(/\/graphql$/, '/nothing-here') });
    const error = await rejection(other.measures());
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 404, operation: 'measures' });
  });

  it('no server is a NETWORK_ERROR', async () => {
    const nowhere = createClient({ url: 'http://127.0.0.1:9/graphql' });
    const error = await rejection(nowhere.measures());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(/Could not reach the Claimline server/);
  });

  it('an aborted call is ABORTED', async () => {
    const error = await rejection(client.measures(undefined, undefined, AbortSignal.abort()));
    expect(error.code).toBe('ABORTED');
  });
});

describe('options', () => {
  it('sends the API key and headers with every request, through the given fetch', async () => {
    const sent: Headers[] = [];
    const recording = createClient({
      url: server.url,
      apiKey: server.editKey,
      headers: { 'x-claimline-app': 'sdk-test' },
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    expect((await recording.measures()).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.get('authorization')).toBe(`Bearer ${server.editKey}`);
    expect(sent[0]?.get('x-claimline-app')).toBe('sdk-test');
  });
});
