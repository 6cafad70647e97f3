import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface SeededServer {
  url: string;
  /** An API key with the edit scope on this server, made with `claimline keys create`. */
  editKey: string;
  close(): Promise<void>;
}

/** The URL a starting server prints, or why it never did. */
function servedUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    server.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const url = /GraphiQL: (\S+)/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    server.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    server.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before serving:\n${stderr}`)),
    );
  });
}

/**
 * `claimline serve` in its own process, as an app meets it: a fresh database it seeds with the
 * seed story, on a free loopback port. (Its own process also keeps the server's types out of this
 * package's type check.)
 */
export async function startSeededServer(): Promise<SeededServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-sdk-'));
  const db = join(dir, 'claimline.db');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', ...args], {
      cwd: REPO,
      encoding: 'utf8',
    });
  const editKey = cli('keys', 'create', '--scope', 'edit', '--name', 'sdk tests', '--db', db)
    .stdout.trim()
    .split('\n')
    .at(-1) as string;
  const serve = ['serve', '--db', db, '--port', '0', '--host', '127.0.0.1'];
  const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', ...serve], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await servedUrl(server);
  return {
    url,
    editKey,
    close: async () => {
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
