import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';
import { seededService } from './helpers.ts';

const QUERY = JSON.stringify({ query: '{ sources { totalCount } }' });

/** A POST from a page of `origin`, as a browser sends it. */
function fromPage(service: ReturnType<typeof seededService>, origin: string) {
  return service.yoga.fetch('http://claimline.test/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: QUERY,
  });
}

/** The preflight a browser sends before a POST with an API key. */
function preflight(service: ReturnType<typeof seededService>, origin: string) {
  return service.yoga.fetch('http://claimline.test/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
}

describe('CORS', () => {
  it('by default lets pages on loopback, on any port, and of the server itself call the API, never with credentials', async () => {
    const service = seededService();
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:8080',
      'http://localhost',
      'http://[::1]:3000',
      'http://claimline.test',
    ]) {
      const response = await fromPage(service, origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toContain('Origin');
    }
    const allowed = await preflight(service, 'http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST');
    service.close();
  });

  it('gives any other origin no CORS headers, so its pages cannot read the answers', async () => {
    const service = seededService();
    for (const origin of [
      'https://evil.example',
      'http://localhost.evil.example',
      'http://localhost:80x',
      'https://localhost:5173',
      'null',
    ]) {
      const response = await fromPage(service, origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const refused = await preflight(service, origin);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-headers')).toBeNull();
    }
    service.close();
  });

  it('takes its origins from CLAIMLINE_CORS_ORIGINS, which replace the loopback ones', async () => {
    const { corsOrigins } = settingsFromEnv({
      CLAIMLINE_CORS_ORIGINS: 'https://app.example.org, HTTP://localhost:3000',
    });
    expect(corsOrigins).toEqual(['https://app.example.org', 'http://localhost:3000']);
    const service = seededService({ corsOrigins });
    const allowed = await fromPage(service, 'https://app.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(
      (await fromPage(service, 'http://localhost:3000')).headers.get('access-control-allow-origin'),
    ).toBe('http://localhost:3000');
    expect(
      (await fromPage(service, 'http://localhost:5173')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect(
      (await fromPage(service, 'http://127.0.0.1:8080')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    service.close();
  });

  it('refuses a malformed origin setting, naming the variable', () => {
    for (const value of ['app.example.org', 'https://app.example.org/', 'https://*.example.org', ' , ']) {
      expect(() => settingsFromEnv({ CLAIMLINE_CORS_ORIGINS: value }), value).toThrow(
        /CLAIMLINE_CORS_ORIGINS must be origins separated by commas/,
      );
    }
  });
});
