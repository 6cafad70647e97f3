import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

const BASE = 'http://claimline.test';
const INTROSPECTION = '{ __schema { queryType { name } } }';
// Each error would suggest a name of the schema: a field, an enum value (literal and variable).
const TYPOS: [string, Record<string, unknown>][] = [
  ['{ timelin { totalCount } }', {}],
  ['{ timeline(filter: { kinds: [MEETIN] }) { totalCount } }', {}],
  [
    'query ($kinds: [EventKind!]) { timeline(filter: { kinds: $kinds }) { totalCount } }',
    { kinds: ['MEETIN'] },
  ],
];

const pageDir = mkdtempSync(join(tmpdir(), 'claimline-closed-'));
writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>Claimline</title>\n');

/** The messages of the errors each typo gets. */
async function typoMessages(service: TestService, key?: string): Promise<string[]> {
  const messages: string[] = [];
  for (const [query, variables] of TYPOS) {
    const { errors } = await service.query(query, variables, key);
    expect(errors?.length, query).toBeGreaterThan(0);
    messages.push(...(errors ?? []).map((error) => error.message));
  }
  return messages;
}

describe('where reads need a key', () => {
  let service: TestService;
  beforeAll(() => {
    service = seededService({ readsNeedKey: true, pageDir });
  });
  afterAll(() => service.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    service.yoga.fetch(`${BASE}${path}`, { headers: { accept: 'text/html', ...headers } });

  it('GraphiQL and the page answer an anonymous caller, or a bad key, 401 with a short explanation', async () => {
    for (const path of ['/graphql', '/']) {
      for (const headers of [
        {} as Record<string, string>,
        { authorization: `Bearer ${service.keys.revoked}` },
        { authorization: 'Basic x' },
      ]) {
        const response = await get(path, headers);
        expect(response.status, path).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await response.text()).toMatch(/needs an API key on this server.*Authorization: Bearer <key>/);
      }
      const keyed = await get(path, { authorization: `Bearer ${service.keys.read}` });
      expect(keyed.status, path).toBe(200);
      expect(await keyed.text()).toContain('<title>Claimline</title>');
    }
  });

  it('GraphiQL’s files too', async () => {
    const html = await (await get('/graphql', { authorization: `Bearer ${service.keys.read}` })).text();
    const script = /src="(\/graphiql\/[^"]+)"/.exec(html)?.[1] ?? '';
    expect((await get(script)).status).toBe(401);
    expect((await get(script, { authorization: `Bearer ${service.keys.read}` })).status).toBe(200);
  });

  it('introspection is refused to an anonymous caller with a coded error, and answered with a key', async () => {
    const refused = await service.yoga.fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    expect(refused.status).toBe(401);
    const { data, errors } = await refused.json();
    expect(data).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Introspection needs an API key'),
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    const answered = await service.query(INTROSPECTION, {}, service.keys.read);
    expect(answered).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('"Did you mean …" is kept from anonymous callers, whoever asked the same first', async () => {
    const keyed = await typoMessages(service, service.keys.read);
    expect(keyed.filter((message) => message.includes('Did you mean'))).toHaveLength(TYPOS.length);
    // The same documents again, now anonymous: Yoga's validation cache must not hand them the keyed answer.
    const anonymous = await typoMessages(service);
    expect(anonymous.filter((message) => /did you mean|timeline"|MEETING/i.test(message))).toEqual([]);
    expect(await typoMessages(service, service.keys.read)).toEqual(keyed);
  });
});

describe('where introspection is off', () => {
  it('"Did you mean …" is off for everyone, and introspection is refused with its code', async () => {
    const service = seededService({ introspection: false });
    const messages = [...(await typoMessages(service)), ...(await typoMessages(service, service.keys.admin))];
    expect(messages.filter((message) => /did you mean/i.test(message))).toEqual([]);
    const { errors } = await service.query(INTROSPECTION, {}, service.keys.admin);
    expect(errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    // A variable's error, without its suggestion, still names the argument at fault.
    const [query, variables] = TYPOS[2] ?? [''];
    expect((await service.query(query, variables)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'kinds[0]',
    });
    service.close();
  });

  it('and on where it is on', async () => {
    const service = seededService();
    const messages = await typoMessages(service);
    expect(messages.filter((message) => message.includes('Did you mean'))).toHaveLength(TYPOS.length);
    service.close();
  });
});
