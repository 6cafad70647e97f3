import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

const BASE = 'http://claimline.test';

// A built page as packages/page writes one: index.html naming its hashed script.
const pageDir = mkdtempSync(join(tmpdir(), 'claimline-assets-'));
const PAGE_SCRIPT = `console.log(${JSON.stringify('the timeline '.repeat(500))});\n`;
writeFileSync(
  join(pageDir, 'index.html'),
  '<!doctype html><title>Claimline</title><script type="module" src="/page-ABCD1234.js"></script>\n',
);
writeFileSync(join(pageDir, 'page-ABCD1234.js'), PAGE_SCRIPT);

let service: TestService;
beforeAll(() => {
  service = seededService({ pageDir });
});
afterAll(() => service.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  service.yoga.fetch(`${BASE}${path}`, { headers });

const shell = () => get('/graphql', { accept: 'text/html' });

/** The paths GraphiQL's shell links, and the workers its start script names. */
async function graphiqlFiles(): Promise<string[]> {
  const html = await (await shell()).text();
  const linked = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
  const start = linked.find((path) => path.includes('/start-')) ?? '';
  const script = await (await get(start)).text();
  return [...linked, ...(script.match(/\/graphiql\/[\w-]+-worker-\w+\.js/g) ?? [])];
}

function decoded(body: ArrayBuffer, encoding: string | null): Buffer {
  const bytes = Buffer.from(body);
  if (encoding === 'br') return brotliDecompressSync(bytes);
  if (encoding === 'gzip') return gunzipSync(bytes);
  return bytes;
}

describe('GraphiQL as files', () => {
  it('is a small HTML shell whose every file comes from this server, named by its hash', async () => {
    const response = await shell();
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(2_000);
    const files = await graphiqlFiles();
    // The icon, the styles, the start script, GraphiQL and Monaco's three workers.
    expect(files).toHaveLength(7);
    for (const path of files) {
      expect(path).toMatch(/^\/graphiql\/[\w-]+-[0-9a-f]{16}\.(js|css|ico)$/);
      const file = await get(path);
      expect(file.status, path).toBe(200);
      expect(file.headers.get('cache-control')).toBe('max-age=31536000, immutable');
      expect(file.headers.get('content-type')).toMatch(/^(text\/javascript|text\/css|image\/x-icon)/);
    }
    expect((await get('/graphiql/graphiql-0000000000000000.js')).status).toBe(404);
  });

  it('is compressed as the request asks, brotli first, each encoding its own ETag', async () => {
    const script = (await graphiqlFiles()).find((path) => /\/graphiql-\w+\.js$/.test(path)) ?? '';
    const plain = await get(script, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const original = Buffer.from(await plain.arrayBuffer());
    expect(original.length).toBeGreaterThan(4_000_000);
    const etags = new Set([plain.headers.get('etag')]);
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
    ] as const) {
      const response = await get(script, { 'accept-encoding': accept });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      const body = await response.arrayBuffer();
      expect(body.byteLength).toBeLessThan(original.length / 2);
      expect(decoded(body, encoding).equals(original)).toBe(true);
      etags.add(response.headers.get('etag'));
    }
    expect(etags.size).toBe(3);
  });

  it('is built once: the same ETag at every request, and 304 when the browser has it', async () => {
    for (const encoding of ['br', 'identity']) {
      const ask = (more: Record<string, string> = {}) =>
        get('/graphql', { accept: 'text/html', 'accept-encoding': encoding, ...more });
      const etag = (await ask()).headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]{16}(-br)?"$/);
      expect((await ask()).headers.get('etag')).toBe(etag);
      const cached = await ask({ 'if-none-match': `W/${etag}` });
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe('');
    }
  });

  it('carries the security headers, its page styling inline but running only its own scripts', async () => {
    const headers = (await shell()).headers;
    expect(headers.get('content-security-policy')).toMatch(
      /script-src 'self'; style-src 'self' 'unsafe-inline';.*frame-ancestors 'none'/,
    );
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('the timeline page', () => {
  it('keeps index.html revalidated and its hashed files for good, compressed, with the security headers', async () => {
    const index = await get('/');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'; style-src 'self';/);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');

    const script = await get('/page-ABCD1234.js', { 'accept-encoding': 'gzip' });
    expect(script.headers.get('cache-control')).toBe('max-age=31536000, immutable');
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(decoded(await script.arrayBuffer(), 'gzip').toString()).toBe(PAGE_SCRIPT);
  });

  it('is read once: the same ETag while the file on disk changes, and 304 when the browser has it', async () => {
    const etag = (await get('/page-ABCD1234.js')).headers.get('etag') ?? '';
    writeFileSync(join(pageDir, 'page-ABCD1234.js'), 'changed on disk');
    const again = await get('/page-ABCD1234.js');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(PAGE_SCRIPT);
    expect((await get('/page-ABCD1234.js', { 'if-none-match': etag })).status).toBe(304);
  });
});
