import { storeChecksum } from '@claimline/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, gid } from './client.ts';
import { schemaService as seededService, type SchemaService as TestService } from './service.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

const one = <T>(sql: string, ...params: unknown[]) =>
  service.database.sqlite.prepare(sql).get(...params) as T;
const edit = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  service.query<T>(query, variables, service.keys.edit);

type History = {
  revisions: {
    totalCount: number;
    nodes: {
      action: string;
      author: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown>;
    }[];
  };
};
const history = async (nodeId: string) =>
  dataOf(
    await service.query<History>(
      'query($id: ID!) { revisions(nodeId: $id, first: 100) { totalCount nodes { action author before after } } }',
      { id: nodeId },
    ),
  ).revisions;

const CLAIM_RESULT =
  '{ __typename ... on Claim { id key proposition hedge } ... on UserError { field message } }';

/** An attribution of a claim to the words of `span`, as CreateClaimInput takes it. */
const attributionOf = (span: ReturnType<typeof plainSpan>) => ({
  sourceId: span.sourceId,
  excerpt: span.text.slice(span.start, span.end),
  start: span.start,
  end: span.end,
});

/** A span of the first source that no page furniture covers. */
function plainSpan() {
  const source = one<{ id: number; text: string }>('SELECT id, text FROM sources ORDER BY id LIMIT 1');
  const attribution = one<{ start: number; end: number }>(
    'SELECT start, "end" FROM attributions WHERE source_id = ? ORDER BY id LIMIT 1',
    source.id,
  );
  return {
    sourceId: gid('Source', source.id),
    text: source.text,
    start: attribution.start,
    end: attribution.end,
  };
}

describe('claims: written, edited, retracted, with history', () => {
  it('lists claims as the timeline orders events: an open start first, an unknown time last', async () => {
    const span = plainSpan();
    const create = async (proposition: string, edtf: string | null) =>
      dataOf(
        await edit<{ createClaim: { id: string } }>(
          `mutation($input: CreateClaimInput!) { createClaim(input: $input) ${CLAIM_RESULT} }`,
          {
            input: {
              claimantDescription: 'a harbour clerk',
              stance: 'ASSERTS',
              stated: { edtf },
              proposition,
              aboutEventIds: [gid('Event', 1)],
              attributions: [attributionOf(span)],
            },
          },
        ),
      ).createClaim.id;
    const openStart = await create('The quay was closed before the spring.', '../2023-01-15');
    const unknown = await create('The quay was closed at some time.', null);
    const { event, claims } = dataOf(
      await service.query<{
        event: { claims: { nodes: { id: string }[] } };
        claims: { nodes: { id: string }[] };
      }>(
        `query($id: ID!) {
          event(id: $id) { claims(first: 100) { nodes { id } } }
          claims(filter: { aboutId: $id }, first: 100) { nodes { id } }
        }`,
        { id: gid('Event', 1) },
      ),
    );
    for (const list of [event.claims.nodes, claims.nodes]) {
      expect(list.at(0)?.id).toBe(openStart);
      expect(list.at(-1)?.id).toBe(unknown);
    }
    for (const id of [openStart, unknown])
      await edit(`mutation($id: ID!) { retractClaim(id: $id, reason: "test") ${CLAIM_RESULT} }`, { id });
  });

  it('sets what a claim does to an event: a claim that qualifies it stops counting toward its status', async () => {
    const link = one<{ claimId: number; eventId: number }>(
      `SELECT ce.claim_id AS claimId, ce.event_id AS eventId FROM claim_events ce JOIN claims c ON c.id = ce.claim_id
        WHERE c.stance = 'ASSERTS' AND ce.role IS NULL ORDER BY ce.claim_id LIMIT 1`,
    );
    const eventId = gid('Event', link.eventId);
    const reasons = async () =>
      dataOf(
        await service.query<{
          event: { statusReasons: { claim: { id: string } }[]; claimLinks: { role: string }[] };
        }>('query($id: ID!) { event(id: $id) { statusReasons { claim { id } } } }', { id: eventId }),
      ).event;
    expect((await reasons()).statusReasons.map((r) => r.claim.id)).toContain(gid('Claim', link.claimId));
    const set = async (eventRoles: { eventId: string; role: string }[]) =>
      dataOf(
        await edit<{ updateClaim: { __typename: string; field?: string } }>(
          `mutation($id: ID!, $roles: [ClaimEventRoleInput!]) { updateClaim(id: $id, input: { eventRoles: $roles }) ${CLAIM_RESULT} }`,
          { id: gid('Claim', link.claimId), roles: eventRoles },
        ),
      ).updateClaim;
    expect(await set([{ eventId, role: 'QUALIFIES' }])).toMatchObject({ __typename: 'Claim' });
    expect((await reasons()).statusReasons.map((r) => r.claim.id)).not.toContain(gid('Claim', link.claimId));
    expect(
      one('SELECT role FROM claim_events WHERE claim_id = ? AND event_id = ?', link.claimId, link.eventId),
    ).toEqual({
      role: 'QUALIFIES',
    });
    expect(await set([{ eventId: gid('Event', 99_999), role: 'CONTEXT' }])).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.eventRoles[0].eventId',
    });
    expect(await set([{ eventId: gid('Actor', 1), role: 'CONTEXT' }])).toMatchObject({
      field: 'input.eventRoles[0].eventId',
    });
    expect(await set([])).toMatchObject({ __typename: 'Claim' });
    expect((await reasons()).statusReasons.map((r) => r.claim.id)).toContain(gid('Claim', link.claimId));
  });

  it('keeps the provenance rule, writes a revision per change, and retraction leaves current views', async () => {
    const span = plainSpan();
    const created = dataOf(
      await edit<{ createClaim: { __typename: string; id: string; key: string } }>(
        `mutation($input: CreateClaimInput!) { createClaim(input: $input) ${CLAIM_RESULT} }`,
        {
          input: {
            claimantDescription: 'a port official',
            stance: 'ASSERTS',
            stated: { edtf: '2024-03-02', phrase: 'on Saturday' },
            proposition: 'Ships were loaded at night.',
            aboutEventIds: [gid('Event', 1)],
            attributions: [attributionOf(span)],
          },
        },
      ),
    ).createClaim;
    expect(created).toMatchObject({ __typename: 'Claim', key: 'ships-were-loaded-at-night' });

    const updated = dataOf(
      await edit<{ updateClaim: { hedge: string } }>(
        `mutation($id: ID!) { updateClaim(id: $id, input: { hedge: "reportedly" }) ${CLAIM_RESULT} }`,
        { id: created.id },
      ),
    ).updateClaim;
    expect(updated.hedge).toBe('reportedly');

    const listed = async () =>
      dataOf(
        await service.query<{ event: { claims: { nodes: { id: string }[] } } }>(
          'query($id: ID!) { event(id: $id) { claims(first: 100) { nodes { id } } } }',
          { id: gid('Event', 1) },
        ),
      ).event.claims.nodes.map((n) => n.id);
    expect(await listed()).toContain(created.id);

    const retracted = dataOf(
      await edit<{ retractClaim: { __typename: string } }>(
        `mutation($id: ID!) { retractClaim(id: $id, reason: "misread the source") ${CLAIM_RESULT} }`,
        { id: created.id },
      ),
    ).retractClaim;
    expect(retracted.__typename).toBe('Claim');
    expect(await listed()).not.toContain(created.id);
    const search = dataOf(
      await service.query<{ search: { totalCount: number } }>(
        '{ search(query: "loaded at night") { totalCount } }',
      ),
    );
    expect(search.search.totalCount).toBe(0);

    const revisions = await history(created.id);
    expect(revisions.nodes.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'RETRACT']);
    expect(revisions.nodes.every((r) => r.author === 'edit tester (key 3)')).toBe(true);
    expect(revisions.nodes[0]?.after).toMatchObject({
      proposition: 'Ships were loaded at night.',
      aboutEventIds: [1],
    });
    expect(revisions.nodes[1]?.before).toMatchObject({ hedge: null });
    expect(revisions.nodes[1]?.after).toMatchObject({ hedge: 'reportedly' });
    expect(revisions.nodes[2]?.after).toMatchObject({
      reason: 'misread the source',
      retractedAt: expect.any(String),
    });

    const again = dataOf(
      await edit<{ retractClaim: { __typename: string; field: string } }>(
        `mutation($id: ID!) { retractClaim(id: $id) ${CLAIM_RESULT} }`,
        { id: created.id },
      ),
    ).retractClaim;
    expect(again).toMatchObject({ __typename: 'ConflictError', field: 'id' });
  });

  it('refuses an excerpt that is not the text between its offsets, or lies on page furniture, writing nothing', async () => {
    const span = plainSpan();
    const furniture = one<{ start: number; end: number; text: string }>(
      'SELECT f.start, f."end", s.text FROM source_furniture f JOIN sources s ON s.id = f.source_id WHERE s.id = 1 LIMIT 1',
    );
    const before = storeChecksum(service.database.sqlite);
    const attempt = (attribution: Record<string, unknown>) =>
      edit<{ createClaim: { __typename: string; field: string; message: string } }>(
        `mutation($input: CreateClaimInput!) { createClaim(input: $input) ${CLAIM_RESULT} }`,
        {
          input: {
            claimantDescription: 'someone',
            stance: 'ASSERTS',
            stated: { edtf: null },
            proposition: 'Refused.',
            attributions: [{ sourceId: span.sourceId, ...attribution }],
          },
        },
      );
    const shifted = dataOf(
      await attempt({
        excerpt: span.text.slice(span.start, span.end),
        start: span.start + 1,
        end: span.end + 1,
      }),
    ).createClaim;
    expect(shifted).toMatchObject({ __typename: 'ProvenanceError', field: 'input.attributions[0].excerpt' });
    expect(shifted.message).toMatch(/^text\.slice\(\d+, \d+\) is ".*", not the excerpt/);
    const onFurniture = dataOf(
      await attempt({
        excerpt: furniture.text.slice(furniture.start, furniture.end),
        start: furniture.start,
        end: furniture.end,
      }),
    ).createClaim;
    expect(onFurniture).toMatchObject({
      __typename: 'ProvenanceError',
      field: 'input.attributions[0].start',
    });
    expect(onFurniture.message).toMatch(/page furniture/);
    expect(storeChecksum(service.database.sqlite)).toBe(before);
  });
});

describe('an editor’s claim and the analysis', () => {
  it('relates a new estimate to the series it joins, in the same write', async () => {
    const measure = one<{ id: number; unit: string }>(
      "SELECT id, unit FROM measures WHERE key = 'containers-shipped-north-korea-to-russia'",
    );
    const span = plainSpan();
    const created = dataOf(
      await edit<{ createClaim: { id: string; relations: { kind: string; origin: string }[] } }>(
        `mutation($input: CreateClaimInput!) { createClaim(input: $input) {
           ... on Claim { id relations { kind origin } } ... on UserError { field message } } }`,
        {
          input: {
            claimantDescription: 'a customs official',
            stance: 'ESTIMATES',
            stated: { edtf: '2024-06' },
            proposition: 'About 9,000 containers had been shipped by June.',
            quantity: {
              value: 9000,
              approximate: true,
              unit: measure.unit,
              measureId: gid('Measure', measure.id),
              phrase: 'about 9,000',
            },
            attributions: [attributionOf(span)],
          },
        },
      ),
    ).createClaim;
    expect(created.relations.length).toBeGreaterThan(0);
    expect(created.relations.every((r) => r.origin === 'COMPUTED')).toBe(true);
  });
});

describe('merging actors', () => {
  const MOVED = `SELECT
      (SELECT json_group_array(claimant_id) FROM (SELECT claimant_id FROM claims ORDER BY id)) AS claimants,
      (SELECT json_group_array(claim_id || ':' || actor_id) FROM (SELECT * FROM claim_actors ORDER BY claim_id, actor_id)) AS subjects,
      (SELECT json_group_array(actor_id) FROM (SELECT actor_id FROM event_participants ORDER BY id)) AS participants,
      (SELECT json_group_array(actor_id) FROM (SELECT actor_id FROM actor_roles ORDER BY id)) AS roles`;

  it('moves the claims and references to the target, keeps both histories, and undoes exactly', async () => {
    const source = one<{ id: number; name: string }>(
      'SELECT a.id, a.name FROM actors a WHERE (SELECT count(*) FROM claims WHERE claimant_id = a.id) > 1 ORDER BY a.id LIMIT 1',
    );
    const target = one<{ id: number }>('SELECT id FROM actors WHERE id <> ? ORDER BY id LIMIT 1', source.id);
    const sourceClaims = one<{ n: number }>(
      'SELECT count(*) AS n FROM claims WHERE claimant_id = ?',
      source.id,
    ).n;
    const targetClaims = one<{ n: number }>(
      'SELECT count(*) AS n FROM claims WHERE claimant_id = ?',
      target.id,
    ).n;
    const references = one(MOVED);

    const merged = await service.query<{
      mergeActors: { __typename: string; claims: { totalCount: number } };
    }>(
      `mutation($input: MergeActorsInput!) { mergeActors(input: $input) {
         __typename ... on Actor { claims { totalCount } } ... on UserError { field message } } }`,
      { input: { sourceId: gid('Actor', source.id), targetId: gid('Actor', target.id) } },
      service.keys.admin,
    );
    expect(dataOf(merged).mergeActors).toEqual({
      __typename: 'Actor',
      claims: { totalCount: sourceClaims + targetClaims },
    });
    const found = dataOf(
      await service.query<{ actors: { nodes: { id: string }[] } }>(
        'query($name: String!) { actors(search: $name) { nodes { id } } }',
        { name: source.name },
      ),
    ).actors.nodes.map((n) => n.id);
    expect(found[0]).toBe(gid('Actor', target.id));
    const mergedActor = dataOf(
      await service.query<{ actor: { mergedInto: { id: string } } }>(
        'query($id: ID!) { actor(id: $id) { mergedInto { id } } }',
        {
          id: gid('Actor', source.id),
        },
      ),
    ).actor;
    expect(mergedActor.mergedInto.id).toBe(gid('Actor', target.id));

    const unmerged = await service.query<{ unmergeActor: { __typename: string } }>(
      'mutation($id: ID!) { unmergeActor(id: $id) { __typename } }',
      { id: gid('Actor', source.id) },
      service.keys.admin,
    );
    expect(dataOf(unmerged).unmergeActor.__typename).toBe('Actor');
    expect(one(MOVED)).toEqual(references);

    expect((await history(gid('Actor', source.id))).nodes.map((r) => r.action)).toEqual([
      'CREATE',
      'MERGE',
      'UNMERGE',
    ]);
    const targetHistory = await history(gid('Actor', target.id));
    expect(targetHistory.nodes.map((r) => r.action)).toEqual(['CREATE', 'MERGE', 'UNMERGE']);
    expect(targetHistory.nodes[1]?.after).toMatchObject({ absorbed: source.id });
  });

  it('refuses a merge into itself or into a merged actor', async () => {
    const merge = (sourceId: number, targetId: number) =>
      service.query<{ mergeActors: { __typename: string; field: string } }>(
        `mutation($input: MergeActorsInput!) { mergeActors(input: $input) { __typename ... on UserError { field } } }`,
        { input: { sourceId: gid('Actor', sourceId), targetId: gid('Actor', targetId) } },
        service.keys.admin,
      );
    expect(dataOf(await merge(7, 7)).mergeActors).toEqual({
      __typename: 'ValidationError',
      field: 'input.targetId',
    });
    expect(dataOf(await merge(7, 8)).mergeActors.__typename).toBe('Actor');
    expect(dataOf(await merge(9, 7)).mergeActors).toEqual({
      __typename: 'ConflictError',
      field: 'input.targetId',
    });
  });
});

describe('events and relations', () => {
  it('replaces participants and records them before and after', async () => {
    const event = gid(
      'Event',
      one<{ id: number }>('SELECT event_id AS id FROM event_participants ORDER BY id LIMIT 1').id,
    );
    const result = await edit<{ updateEvent: { __typename: string; participants: { role: string }[] } }>(
      `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) {
         __typename ... on Event { participants { role } } ... on UserError { field message } } }`,
      { id: event, input: { participants: [{ actorId: gid('Actor', 1), role: 'SPEAKER' }] } },
    );
    expect(dataOf(result).updateEvent).toEqual({ __typename: 'Event', participants: [{ role: 'SPEAKER' }] });
    const [, update] = (await history(event)).nodes;
    expect(update?.after).toMatchObject({ participants: [{ actorId: 1, role: 'SPEAKER' }] });
    const before = update?.before as { participants: unknown[] };
    expect(before.participants.length).toBeGreaterThan(1);
  });

  it('asserts and retracts an editor relation', async () => {
    const asserted = dataOf(
      await edit<{ assertClaimRelation: { id: string; origin: string; from: { id: string } } }>(
        `mutation { assertClaimRelation(input: { fromClaimId: "${gid('Claim', 10)}", toClaimId: "${gid('Claim', 11)}",
           kind: CORROBORATES, explanation: "Same figure, independent sources." }) {
           ... on ClaimRelation { id origin from { id } } } }`,
      ),
    ).assertClaimRelation;
    expect(asserted).toMatchObject({ origin: 'EDITOR', from: { id: gid('Claim', 10) } });
    const retracted = dataOf(
      await edit<{ retractClaimRelation: { retractedAt: string } }>(
        `mutation($id: ID!) { retractClaimRelation(id: $id) { ... on ClaimRelation { retractedAt } } }`,
        { id: asserted.id },
      ),
    ).retractClaimRelation;
    expect(retracted.retractedAt).toEqual(expect.any(String));
    expect((await history(asserted.id)).nodes.map((r) => r.action)).toEqual(['CREATE', 'RETRACT']);
  });
});
