import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES_DIR } from '../src/graphiql.ts';
import { type RunningServer, startServer } from '../src/serve.ts';
import { seededService, type TestService } from './helpers.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http audit', async () => {
    const results = await auditServer({
      url: 'http://claimline.test/graphql',
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => service.yoga.fetch(new Request(input, init)),
    });
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  it('serves GraphiQL to browsers, bundled (no CDN), with the example tabs', async () => {
    const response = await service.yoga.fetch('http://claimline.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Claimline</title>');
    expect(html).not.toMatch(/https?:\/\//);
    const start = /<script defer src="(\/graphiql\/start-\w+\.js)">/.exec(html)?.[1];
    const script = await (await service.yoga.fetch(`http://claimline.test${start}`)).text();
    for (const name of readdirSync(GRAPHIQL_EXAMPLES_DIR)) {
      const firstLine = readFileSync(join(GRAPHIQL_EXAMPLES_DIR, name), 'utf8').split('\n')[0] ?? '';
      expect(script).toContain(JSON.stringify(firstLine).slice(1, -1).slice(0, 40));
    }
  });

  it.each(readdirSync(GRAPHIQL_EXAMPLES_DIR))(
    'runs the GraphiQL example %s as it is, with results',
    async (name) => {
      const result = await service.query(readFileSync(join(GRAPHIQL_EXAMPLES_DIR, name), 'utf8'));
      expect(result.errors).toBeUndefined();
      const found = JSON.stringify(result.data);
      expect(found).not.toMatch(/"totalCount":0|"nodes":\[\]|"estimates":\[\]/);
    },
  );

  it('reports health with the schema version', async () => {
    const response = await service.yoga.fetch('http://claimline.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: 'reachable',
      // The newest migration folder, whatever later work adds.
      schemaVersion: readdirSync(new URL('../../store/drizzle', import.meta.url))
        .sort()
        .at(-1),
    });
  });
});

describe('on a loopback port', () => {
  let running: RunningServer;
  beforeAll(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'claimline-serve-')), 'claimline.db');
    running = await startServer({ dbPath, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
  });
  afterAll(() => running.close());

  it('seeds a new database on first start and answers queries over HTTP', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ sources { totalCount } timeline(filter: { from: "2023-09-13", to: "2023-09-13" }) { nodes { key } } }',
      }),
    });
    const { data } = (await response.json()) as {
      data: { sources: { totalCount: number }; timeline: { nodes: { key: string }[] } };
    };
    expect(data.sources.totalCount).toBe(5);
    expect(data.timeline.nodes.map((n) => n.key)).toContain('putin-kim-summit-2023');
  });
});
