import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_BUNDLE } from '../src/build.ts';

// `pnpm start` runs the bundle with plain Node: it must find its migrations, seed corpus and
// GraphiQL from there, as the sources do under tsx.
describe('the bundled server', () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    await buildServer();
    const db = join(mkdtempSync(join(tmpdir(), 'claimline-bundle-')), 'claimline.db');
    server = spawn(process.execPath, [SERVER_BUNDLE, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
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

  it('serves GraphiQL, loaded on first request', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Claimline');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
