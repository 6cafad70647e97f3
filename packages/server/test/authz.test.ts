import { schema } from '@claimline/schema';
import { storeChecksum } from '@claimline/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';
import { MUTATIONS, USER_ERRORS } from './mutation-cases.ts';

type Caller = 'no key' | 'read' | 'edit' | 'admin' | 'revoked';
const CALLERS: Caller[] = ['no key', 'read', 'revoked', 'edit', 'admin'];

/** What each caller gets from a mutation needing `scope`: refused (with the code), or answered. */
function expected(caller: Caller, scope: 'edit' | 'admin'): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'answered' {
  if (caller === 'no key' || caller === 'revoked') return 'UNAUTHENTICATED';
  if (caller === 'read' || (caller === 'edit' && scope === 'admin')) return 'FORBIDDEN';
  return 'answered';
}

const keyOf = (service: TestService, caller: Caller) =>
  caller === 'no key' ? undefined : service.keys[caller as keyof TestService['keys']];

describe('every mutation × every caller', () => {
  it('covers every mutation of the schema', () => {
    const fields = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(MUTATIONS.map((m) => m.name).sort()).toEqual(fields);
  });

  describe.each(MUTATIONS)('$name (needs $scope)', (mutation) => {
    let service: TestService;
    beforeAll(() => {
      service = seededService();
      mutation.prepare?.(service);
    });
    afterAll(() => service.close());

    it.each(CALLERS)('%s', async (caller) => {
      const before = storeChecksum(service.database.sqlite);
      const result = await service.query<Record<string, { __typename: string }>>(
        mutation.document,
        mutation.variables(service),
        keyOf(service, caller),
      );
      const outcome = expected(caller, mutation.scope);
      if (outcome === 'answered') {
        expect(result.errors).toBeUndefined();
        const typename = result.data?.[mutation.name]?.__typename;
        // The first caller allowed writes; a second identical write may clash with the first.
        expect([mutation.success, ...USER_ERRORS]).toContain(typename);
        if (caller === 'edit' || mutation.scope === 'admin') expect(typename).toBe(mutation.success);
      } else {
        expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
        expect(result.data?.[mutation.name] ?? null).toBeNull();
        expect(storeChecksum(service.database.sqlite)).toBe(before);
      }
    });
  });
});

describe('reads', () => {
  const READ = '{ timeline(first: 1) { totalCount } }';

  it('are open by default, and refuse a revoked key', async () => {
    const service = seededService();
    expect((await service.query(READ)).errors).toBeUndefined();
    expect((await service.query(READ, {}, service.keys.read)).errors).toBeUndefined();
    const refused = await service.yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${service.keys.revoked}` },
      body: JSON.stringify({ query: READ }),
    });
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    service.close();
  });

  it('need a key of any scope when the setting asks for one', async () => {
    const service = seededService({ readsNeedKey: true });
    const anonymous = await service.query(READ);
    expect(anonymous.errors?.[0]).toMatchObject({
      message: expect.stringContaining('needs an API key with the read scope'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (const scope of ['read', 'edit', 'admin'] as const) {
      expect((await service.query(READ, {}, service.keys[scope])).errors).toBeUndefined();
    }
    service.close();
  });

  it('refuse a malformed Authorization header with 401', async () => {
    const service = seededService();
    const response = await service.yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: READ }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].message).toMatch(/Bearer <API key>/);
    service.close();
  });
});
