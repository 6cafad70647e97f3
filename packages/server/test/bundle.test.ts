import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_BUNDLE } from '../src/build.ts';
import { seededService } from './helpers.ts';

const SYNTAX_ERROR = JSON.stringify({ query: '{ sources {' });
type Fetch = (url: string, init: RequestInit) => Promise<Response>;
const post = (fetchFn: Fetch, url: string, body: string, headers: Record<string, string> = {}) =>
  fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

// `pnpm start` runs the bundle with plain Node: it must find its migrations, seed corpus,
// GraphiQL and ingestion worker from there, as the sources do under tsx.
describe('the bundled server', () => {
  let server: ChildProcess;
  let url: string;
  let editKey: string;

  beforeAll(async () => {
    await buildServer();
    const db = join(mkdtempSync(join(tmpdir(), 'claimline-bundle-')), 'claimline.db');
    const createKey = [SERVER_BUNDLE, 'keys', 'create', '--scope', 'edit', '--db', db];
    const keys = spawnSync(process.execPath, createKey, { encoding: 'utf8' });
    editKey = keys.stdout.trim().split('\n').at(-1) ?? '';
    const args = ['serve', '--db', db, '--port', '0', '--cors-origins', 'https://app.example.org'];
    server = spawn(process.execPath, [SERVER_BUNDLE, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/GraphiQL: (\S+)/);
        if (match?.[1]) resolve(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
  }, 120_000);

  afterAll(() => {
    server.kill('SIGTERM');
  });

  it('starts on a new database, seeds it and answers queries', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sources { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { sources: { totalCount: 5 } } });
  });

  it('ingests a text on its worker thread, bundled beside it', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editKey}` },
      body: JSON.stringify({
        query: `mutation($input: IngestSourceInput!) { ingestSource(input: $input) {
          __typename ... on IngestSourceResult { created ingestion { proposals(first: 10) { totalCount } } } } }`,
        variables: {
          input: { text: 'Lock keeper Mara Senn said on Monday that 25 boats had waited at the weir.' },
        },
      }),
    });
    const { data, errors } = await response.json();
    expect(errors).toBeUndefined();
    expect(data.ingestSource).toMatchObject({ __typename: 'IngestSourceResult', created: true });
    expect(data.ingestSource.ingestion.proposals.totalCount).toBeGreaterThan(0);
    // Its own JavaScript worker, not the sources' one (which would load TypeScript through tsx).
    const worker = join(dirname(SERVER_BUNDLE), 'ingest-worker.js');
    expect(existsSync(worker)).toBe(true);
    expect(readFileSync(SERVER_BUNDLE, 'utf8')).toContain(JSON.stringify(pathToFileURL(worker).href));
  });

  it('serves GraphiQL, loaded on first request', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Claimline');
  });

  it('carries one copy of graphql, its ES modules, each once', () => {
    const { sources } = JSON.parse(readFileSync(`${SERVER_BUNDLE}.map`, 'utf8')) as { sources: string[] };
    const graphql = sources.flatMap((source) => /\/node_modules\/graphql\/(.+)$/.exec(source)?.[1] ?? []);
    expect(graphql.length).toBeGreaterThan(50);
    expect(graphql.filter((path) => !path.endsWith('.mjs'))).toEqual([]);
    expect(new Set(graphql).size).toBe(graphql.length);
  });

  it('answers a syntax error as the sources do: GRAPHQL_PARSE_FAILED, not a crash', async () => {
    const service = seededService();
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const bundled = await post(fetch, url, SYNTAX_ERROR, { accept });
      const sources = await post(
        async (input, init) => service.yoga.fetch(input, init),
        'http://claimline.test/graphql',
        SYNTAX_ERROR,
        { accept },
      );
      expect(bundled.status, accept).toBe(sources.status);
      expect(bundled.status).toBeLessThan(500);
      expect((await bundled.json()).errors[0]).toMatchObject({
        message: expect.stringMatching(/^Syntax Error/),
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      });
    }
    service.close();
  });

  it('lets the pages of --cors-origins call the API, and no other origin', async () => {
    const body = JSON.stringify({ query: '{ sources { totalCount } }' });
    const allowed = await post(fetch, url, body, { origin: 'https://app.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const loopback = await post(fetch, url, body, { origin: 'http://localhost:5173' });
    expect(loopback.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
