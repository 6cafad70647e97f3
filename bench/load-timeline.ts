/**
 * Load test of the timeline query: the real server in its own process on a loopback port, a
 * seeded copy of the store, autocannon driving it with concurrent connections for a bounded time
 * and number of requests. Every response must be the exact answer of a quiet server (anything
 * else counts as an error). Prints requests, errors, latency percentiles and the server's memory.
 *
 *   pnpm bench [--connections 20] [--seconds 20] [--max-requests 200000]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const CLI = new URL('../packages/server/src/cli.ts', import.meta.url).pathname;
const WARM_UP_SECONDS = 3;

export const TIMELINE_QUERY = `{
  timeline(filter: { from: "2023-09-01", to: "2024-03-31" }, first: 20) {
    totalCount
    nodes {
      key title kind
      time { label earliest latest }
      place { name }
      participants { role actor { name } }
      claims(first: 5) { totalCount nodes { claimantName stance proposition } }
    }
  }
}`;

/** The server's resident memory now and at its peak, in MiB, from /proc (Linux). */
function memoryOf(pid: number): { rssMiB: number; peakRssMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

async function startServer(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /GraphiQL: (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return { child, url };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '20' },
      'max-requests': { type: 'string', default: '200000' },
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
  const { child, url } = await startServer(join(dir, 'bench.db'));
  try {
    const request = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: TIMELINE_QUERY }),
    };
    const quiet = await fetch(url, request);
    const expected = await quiet.text();
    if (!quiet.ok || expected.includes('"errors"'))
      throw new Error(`the query fails on a quiet server: ${expected}`);
    // Warm up (JIT, statement cache) so the figures are of a running server, not a cold one.
    await autocannon({ url, ...request, connections: Number(values.connections), duration: WARM_UP_SECONDS });
    const before = memoryOf(child.pid as number);
    const result = await autocannon({
      url,
      ...request,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      maxOverallRequests: Number(values['max-requests']),
      expectBody: expected,
      timeout: 10,
    });
    const after = memoryOf(child.pid as number);
    const summary = {
      connections: Number(values.connections),
      seconds: result.duration,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      serverMemory: { before, after },
    };
    console.log(JSON.stringify(summary, null, 2));
    if (summary.errors > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
