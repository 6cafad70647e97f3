/**
 * `pnpm bench`: generates (once, into --dir) a synthetic story per size, then measures each on
 * loopback in this one run and prints one table. Not a test: figures depend on the machine.
 *
 *   pnpm bench [--sizes 10000,100000,1000000] [--seed 1] [--dir /tmp/claimline-bench]
 *              [--duration 10] [--connections 10] [--samples 100]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, createClaimlineYoga, generate, SERVER_BUNDLE } from '@claimline/server';
import { openStore } from '@claimline/store';
import autocannon from 'autocannon';
import { pino } from 'pino';

const ROOT = new URL('..', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string', default: '/tmp/claimline-bench' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    samples: { type: 'string', default: '100' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const seed = Number(values.seed);
const duration = Number(values.duration);
const connections = Number(values.connections);
const samples = Number(values.samples);

/** The timeline page: first 50 events with participants → actor, claims → attributions → source. */
const PAGE = `query Page($asOf: Date) {
  timeline(first: 50, asOf: $asOf) {
    nodes {
      id title time { edtf }
      participants { role actor { name } }
      claims(first: 5) {
        nodes { proposition stance claimantName attributions { excerpt start end source { title publisher } } }
      }
    }
  }
}`;
const SEARCH = `query Search($q: String!) { search(query: $q, first: 20) { edges { node { kind snippet } } } }`;
const ACTORS = `query Actors($q: String!) { actors(search: $q, first: 10) { nodes { name } } }`;

interface Row {
  events: number;
  claims: number;
  dbBytes: number;
  generated: string;
  statements: Record<string, number>;
  page: Cannon;
  raw: Cannon;
  p50: Record<'page' | 'asOf' | 'search' | 'actors', number>;
  coldStartMs: number;
  idleRssMb: number;
  rssMb: number;
  peakRssMb: number;
}

interface Cannon {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

async function main() {
  mkdirSync(values.dir, { recursive: true });
  // The server runs as `pnpm start` runs it: the bundle, with plain Node.
  await buildServer();
  const rows: Row[] = [];
  for (const events of sizes) rows.push(await measure(events));
  console.log(table(rows));
}

async function measure(events: number): Promise<Row> {
  const path = join(values.dir, `events-${events}-seed-${seed}.db`);
  let generated = 'existing file';
  if (!existsSync(path)) {
    log(`generating ${events} events into ${path}`);
    const summary = generate(path, { events, seed });
    generated = `${Math.round((summary.rows.claims ?? 0) / summary.seconds.rows)} claims/s`;
  }
  const inputs = sampleInputs(path);
  const statements = await countStatements(path, inputs);
  const port = 4700 + (events % 97);

  log(`${events}: GraphQL server`);
  const started = performance.now();
  const server = startProcess([SERVER_BUNDLE, 'serve', '--db', path, '--port', String(port)]);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(() => post(url, body(PAGE)));
  const coldStartMs = performance.now() - started;
  const idle = memoryOf(server);
  for (let i = 0; i < 20; i++) await post(url, body(PAGE));
  const p50 = {
    page: await medianMs(samples, () => post(url, body(PAGE))),
    asOf: await medianMs(samples, (i) =>
      post(url, body(PAGE, { asOf: inputs.days[i % inputs.days.length] })),
    ),
    search: await medianMs(samples, (i) =>
      post(url, body(SEARCH, { q: inputs.words[i % inputs.words.length] })),
    ),
    actors: await medianMs(samples, (i) =>
      post(url, body(ACTORS, { q: inputs.names[i % inputs.names.length] })),
    ),
  };
  const page = await cannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(PAGE),
  });
  const { rss, peak } = memoryOf(server);
  await stop(server);

  log(`${events}: raw endpoint`);
  const rawServer = startProcess(['bench/raw-server.ts', path, String(port)], ['--import', 'tsx']);
  const rawUrl = `http://127.0.0.1:${port}/timeline`;
  await waitFor(() => get(rawUrl));
  for (let i = 0; i < 20; i++) await get(rawUrl);
  const raw = await cannon({ url: rawUrl });
  await stop(rawServer);

  return {
    events,
    claims: inputs.claims,
    dbBytes: statSync(path).size,
    generated,
    statements,
    page,
    raw,
    p50,
    coldStartMs,
    idleRssMb: idle.rss,
    rssMb: rss,
    peakRssMb: peak,
  };
}

/** Inputs that vary per request, read from the story: asOf days, search words, misspelt actor names. */
function sampleInputs(path: string) {
  const { sqlite, close } = openStore(path);
  try {
    const claims = (sqlite.prepare('SELECT max(id) AS n FROM claims').get() as { n: number }).n;
    const span = sqlite
      .prepare(`SELECT min(known_from) AS first, max(known_from) AS last FROM sources`)
      .get() as { first: string; last: string };
    const first = Date.parse(span.first);
    const days = Array.from({ length: 50 }, (_, i) =>
      new Date(first + ((Date.parse(span.last) - first) * (i + 1)) / 51).toISOString().slice(0, 10),
    );
    const step = Math.max(1, Math.floor(claims / 5 / 50));
    const titles = sqlite.prepare('SELECT title FROM events WHERE id % ? = 0 LIMIT 50').all(step) as {
      title: string;
    }[];
    // Two words of a title: a name and what happened, as an analyst would search.
    const words = titles.map(({ title }) => title.split(' ').slice(1, 3).join(' '));
    const actors = sqlite
      .prepare("SELECT name FROM actors WHERE kind = 'PERSON' AND id % ? = 0 LIMIT 50")
      .all(Math.max(1, Math.floor(claims / 100 / 50))) as { name: string }[];
    // A letter dropped from the surname: a typo the search must forgive.
    const names = actors.map(({ name }) => name.slice(0, -2) + name.slice(-1));
    return { claims, days, words, names };
  } finally {
    close();
  }
}

/**
 * SQL statements per request for each query, counted in process on the same database: every
 * statement executed, through drizzle or directly on better-sqlite3 (search does that).
 */
async function countStatements(
  path: string,
  inputs: ReturnType<typeof sampleInputs>,
): Promise<Record<string, number>> {
  let count = 0;
  const database = openStore(path);
  const prepare = database.sqlite.prepare.bind(database.sqlite);
  database.sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        count++;
        return original(...args);
      };
    }
    return statement;
  }) as typeof database.sqlite.prepare;
  const yoga = createClaimlineYoga({ database, logger: pino({ level: 'silent' }) });
  const run = async (payload: string) => {
    count = 0;
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    const result = (await response.json()) as { errors?: unknown[] };
    if (result.errors) throw new Error(`bench query failed: ${JSON.stringify(result.errors)}`);
    return count;
  };
  try {
    return {
      page: await run(body(PAGE)),
      asOf: await run(body(PAGE, { asOf: inputs.days[25] })),
      search: await run(body(SEARCH, { q: inputs.words[0] })),
      actors: await run(body(ACTORS, { q: inputs.names[0] })),
    };
  } finally {
    database.close();
  }
}

function startProcess(args: string[], loader: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...loader, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function post(url: string, payload: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  });
  const result = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || result.errors) throw new Error(`${response.status} ${JSON.stringify(result.errors)}`);
}

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${response.status}`);
}

/** Retries until the server answers (connection refused while it starts), for at most two minutes. */
async function waitFor(request: () => Promise<void>): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    try {
      return await request();
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** The median latency of `n` requests made one after another. */
async function medianMs(n: number, request: (i: number) => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await request(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function cannon(options: autocannon.Options): Promise<Cannon> {
  const result = await autocannon({ ...options, connections, duration });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Resident and peak resident memory of a process, in MB (Linux). */
function memoryOf(child: ChildProcess): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

function table(rows: Row[]): string {
  const n = (x: number, digits = 0) =>
    x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines: [string, (r: Row) => string][] = [
    ['claims', (r) => n(r.claims)],
    ['database file', (r) => `${n(r.dbBytes / 2 ** 30, 2)} GiB`],
    ['generated', (r) => r.generated],
    ['timeline page, GraphQL: req/s', (r) => n(r.page.requestsPerSecond)],
    ['timeline page, GraphQL: p50 / p99 under load', (r) => `${n(r.page.p50)} / ${n(r.page.p99)} ms`],
    ['timeline page, raw endpoint: req/s', (r) => n(r.raw.requestsPerSecond)],
    ['timeline page, raw endpoint: p50 / p99 under load', (r) => `${n(r.raw.p50)} / ${n(r.raw.p99)} ms`],
    ['GraphQL / raw throughput', (r) => `${n((100 * r.page.requestsPerSecond) / r.raw.requestsPerSecond)}%`],
    ['SQL statements: page / asOf page / search / actors', (r) => Object.values(r.statements).join(' / ')],
    ['timeline page p50 (one client)', (r) => `${n(r.p50.page, 1)} ms`],
    ['asOf timeline page p50', (r) => `${n(r.p50.asOf, 1)} ms`],
    ['full-text search p50', (r) => `${n(r.p50.search, 1)} ms`],
    ['typo-tolerant actor search p50', (r) => `${n(r.p50.actors, 1)} ms`],
    ['cold start to first page', (r) => `${n(r.coldStartMs)} ms`],
    [
      'server RSS: after the first page / after the load (peak)',
      (r) => `${n(r.idleRssMb)} / ${n(r.rssMb)} MB (${n(r.peakRssMb)} MB)`,
    ],
    ['load errors (GraphQL + raw)', (r) => String(r.page.errors + r.raw.errors)],
  ];
  const header = `| events | ${rows.map((r) => n(r.events)).join(' | ')} |`;
  const rule = `| --- | ${rows.map(() => '---:').join(' | ')} |`;
  const body = lines.map(([label, cell]) => `| ${label} | ${rows.map(cell).join(' | ')} |`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${n(totalmem() / 2 ** 30)} GiB RAM (${n(freemem() / 2 ** 30)} free), Node ${process.version}`;
  return [
    `Claimline bench: ${connections} connections × ${duration} s per load test, ${samples} sequential requests per p50, seed ${seed}`,
    `Machine: ${machine}`,
    '',
    header,
    rule,
    ...body,
  ].join('\n');
}

await main();
