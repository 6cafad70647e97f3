import type { GraphQLResult } from '@claimline/schema/testing';
import { isValidEdtf, SOURCE_KINDS, STANCES } from '@claimline/store';
import { storeChecksum } from '@claimline/store/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';
import { freshSpan, gid, MUTATIONS, type MutationCase, USER_ERRORS } from './mutation-cases.ts';

/** Codes of the errors GraphQL itself answers bad requests with: typed, expected, named. */
const REQUEST_ERRORS = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];

/** Property runs per mutation and kind of input. */
const RUNS = 20;

const badText = fc.oneof(
  fc.constant(''),
  fc.constant(' \n\t '),
  fc.integer({ min: 5001, max: 6000 }).map((n) => 'x'.repeat(n)),
);
const badRequiredText = fc.oneof(badText, fc.constant(null));
const badId = (type: string) =>
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer().map(String),
    fc.constant(gid(type, 987_654)),
    fc.constant(gid(type === 'Source' ? 'Actor' : 'Source', 1)),
  );
const badRequiredId = (type: string) => fc.oneof(badId(type), fc.constant(null), fc.integer());
const badEnum = (...valid: string[]) => fc.string({ maxLength: 12 }).filter((s) => !valid.includes(s));
const badEdtf = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !isValidEdtf(s)),
  fc.constant('2024-13-45'),
  fc.constant(`2024-01-01${' '.repeat(100)}x`),
);
const badOffset = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 50_000_000, max: 2 ** 31 - 1 }));
const badLatitude = fc.oneof(
  fc.double({ min: 90.001, max: 1e9, noNaN: true }),
  fc.double({ min: -1e9, max: -90.001, noNaN: true }),
);
/** Keys that are no kebab-case word list, or `taken`, the key of a seed row of the same table. */
const badKey = (taken: string) => fc.constantFrom('Not A Key', '-x-', 'UPPER', taken);

type Path = (string | number)[];
/** Each corruption alone makes a valid input invalid, so any set of them does. */
const CORRUPTIONS: Record<string, [Path, fc.Arbitrary<unknown>][]> = {
  createActor: [
    [['input', 'name'], badRequiredText],
    [['input', 'kind'], badEnum('PERSON', 'STATE', 'ORGANIZATION', 'GROUP')],
    [['input', 'key'], badKey('vladimir-putin')],
    [['input', 'description'], badText],
    [['input', 'aliases', 0, 'kind'], fc.constant('CANONICAL')],
    [['input', 'aliases', 0, 'name'], badRequiredText],
  ],
  updateActor: [
    [['id'], badRequiredId('Actor')],
    [['input', 'name'], badRequiredText],
    [['input', 'description'], badText],
    [['input'], fc.constant({})],
  ],
  createAlias: [
    [['input', 'actorId'], badRequiredId('Actor')],
    [['input', 'name'], badRequiredText],
    [['input', 'kind'], fc.constantFrom('CANONICAL', 'NICKNAME')],
  ],
  updateAlias: [
    [['id'], badRequiredId('Alias')],
    [['input', 'name'], badRequiredText],
    [['input', 'kind'], fc.constant('CANONICAL')],
  ],
  mergeActors: [
    [['input', 'sourceId'], badRequiredId('Actor')],
    [['input', 'targetId'], fc.oneof(badRequiredId('Actor'), fc.constant(gid('Actor', 3)))],
  ],
  unmergeActor: [[['id'], fc.oneof(badRequiredId('Actor'), fc.constant(gid('Actor', 1)))]],
  createPlace: [
    [['input', 'name'], badRequiredText],
    [['input', 'latitude'], badLatitude],
    [['input', 'countryId'], badId('Actor')],
    [['input', 'key'], badKey('vostochny-cosmodrome')],
  ],
  updatePlace: [
    [['id'], badRequiredId('Place')],
    [['input', 'latitude'], badLatitude],
    [['input', 'name'], badRequiredText],
  ],
  createEvent: [
    [['input', 'title'], badRequiredText],
    [['input', 'time', 'edtf'], badEdtf],
    [['input', 'placeId'], badId('Place')],
    [['input', 'participants', 0, 'actorId'], badRequiredId('Actor')],
    [['input', 'participants', 0, 'role'], badEnum('HOST', 'GUEST')],
  ],
  updateEvent: [
    [['id'], badRequiredId('Event')],
    [['input', 'summary'], badText],
    [['input', 'time', 'edtf'], badEdtf],
    [['input', 'participants', 0, 'actorId'], badRequiredId('Actor')],
  ],
  createClaim: [
    [['input', 'proposition'], badRequiredText],
    [['input', 'stated', 'edtf'], badEdtf],
    [['input', 'claimantId'], badId('Actor')],
    [['input', 'aboutEventIds', 0], badRequiredId('Event')],
    [['input', 'quantity', 'low'], fc.constant(1e12)],
    [['input', 'quantity', 'unit'], badRequiredText],
    [['input', 'quantity', 'measureId'], badId('Measure')],
    [['input', 'attributions'], fc.constant([])],
    [['input', 'attributions', 0, 'excerpt'], fc.string({ minLength: 1, maxLength: 40 })],
    [['input', 'attributions', 0, 'start'], badOffset],
    [['input', 'attributions', 0, 'sourceId'], badRequiredId('Source')],
  ],
  updateClaim: [
    [['id'], badRequiredId('Claim')],
    [['input', 'hedge'], badText],
    [['input', 'stated', 'edtf'], badEdtf],
    [['input', 'aboutActorIds', 0], badRequiredId('Actor')],
  ],
  retractClaim: [[['id'], fc.oneof(badRequiredId('Claim'))]],
  createAttribution: [
    [['input', 'claimId'], badRequiredId('Claim')],
    [['input', 'excerpt'], fc.string({ minLength: 1, maxLength: 40 })],
    [['input', 'end'], badOffset],
    [['input', 'viaActorIds', 0], badRequiredId('Actor')],
  ],
  updateAttribution: [
    [['id'], badRequiredId('Attribution')],
    [['input', 'reportingVerb'], badText],
    [['input', 'viaActorIds', 0], badRequiredId('Actor')],
    [['input', 'start'], badOffset],
  ],
  assertClaimRelation: [
    [['input', 'fromClaimId'], badRequiredId('Claim')],
    [['input', 'toClaimId'], fc.oneof(badRequiredId('Claim'), fc.constant(gid('Claim', 1)))],
    [['input', 'kind'], badEnum('CORROBORATES', 'CONTRADICTS', 'REVISES')],
    [['input', 'explanation'], badRequiredText],
  ],
  retractClaimRelation: [[['id'], badRequiredId('ClaimRelation')]],
  ingestSource: [
    [['input', 'text'], fc.constantFrom('', ' \n\t ', null)],
    [['input', 'publishedAt'], badEdtf],
    [['input', 'kind'], badEnum(...SOURCE_KINDS)],
  ],
  acceptProposal: [
    [['id'], badRequiredId('Proposal')],
    [['input', 'stance'], badEnum(...STANCES)],
    [['input', 'stated', 'edtf'], badEdtf],
    [['input', 'start'], badOffset],
    [['input', 'claimantId'], badId('Actor')],
  ],
  rejectProposal: [[['id'], badRequiredId('Proposal')]],
  mapProposedActor: [
    [['id'], badRequiredId('Proposal')],
    [['actorId'], badRequiredId('Actor')],
  ],
};

/** Sets a value deep in the variables; a no-op where an earlier corruption replaced the container. */
function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let at = target as Record<string | number, unknown> | undefined;
  for (const step of path.slice(0, -1)) at = at?.[step] as Record<string | number, unknown> | undefined;
  if (at && typeof at === 'object') at[path.at(-1) as string | number] = value;
}

/** How a response went: a typed refusal, a success, or something unexpected (a bug). */
function outcome(result: GraphQLResult<Record<string, { __typename: string } | null>>, field: string) {
  if (result.errors?.length) {
    return result.errors.every((e) => REQUEST_ERRORS.includes(String(e.extensions?.code)))
      ? 'typed'
      : `unexpected: ${JSON.stringify(result.errors)}`;
  }
  const typename = result.data?.[field]?.__typename ?? 'null';
  return USER_ERRORS.includes(typename) ? 'typed' : `unexpected success: ${typename}`;
}

describe('malformed input to every mutation', () => {
  let service: TestService;
  let checksum: string;
  beforeAll(() => {
    service = seededService();
    for (const mutation of MUTATIONS) mutation.prepare?.(service);
    checksum = storeChecksum(service.database.sqlite);
  });
  afterAll(() => service.close());

  const send = (mutation: MutationCase, variables: Record<string, unknown>) =>
    service.query<Record<string, { __typename: string } | null>>(
      mutation.document,
      variables,
      service.keys.admin,
    );

  it('has corruptions for every mutation', () => {
    expect(Object.keys(CORRUPTIONS).sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });

  it.each(MUTATIONS)(
    '$name: a corrupted valid input gets a typed error and writes nothing',
    async (mutation) => {
      const corruptions = CORRUPTIONS[mutation.name] ?? [];
      await fc.assert(
        fc.asyncProperty(
          fc
            .subarray(
              corruptions.map((_, i) => i),
              { minLength: 1 },
            )
            .chain((picked) =>
              fc.tuple(
                ...picked.map((i) =>
                  fc.tuple(fc.constant(i), (corruptions[i] as [Path, fc.Arbitrary<unknown>])[1]),
                ),
              ),
            ),
          async (picks) => {
            const variables = structuredClone(mutation.variables(service));
            for (const [i, value] of picks) setAt(variables, (corruptions[i] as [Path, unknown])[0], value);
            expect(outcome(await send(mutation, variables), mutation.name)).toBe('typed');
            expect(storeChecksum(service.database.sqlite)).toBe(checksum);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it.each(MUTATIONS)('$name: arbitrary JSON gets a typed error and writes nothing', async (mutation) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.jsonValue(), async (id, input) => {
        expect(outcome(await send(mutation, { id, input }), mutation.name)).toBe('typed');
        expect(storeChecksum(service.database.sqlite)).toBe(checksum);
      }),
      { numRuns: RUNS },
    );
  });

  it('the valid inputs the corruptions start from do write', async () => {
    const span = freshSpan(service);
    expect(span).toBeDefined();
    const createActor = MUTATIONS.find((m) => m.name === 'createActor') as MutationCase;
    const result = await send(createActor, createActor.variables(service));
    expect(result.data?.createActor?.__typename).toBe('Actor');
  });
});
