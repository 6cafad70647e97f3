import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActor, createApiKey, openStore, runWrite } from '@claimline/store';
import { type TestKeys, testKeys } from '@claimline/store/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANGE_POLL_MS, createChangeFeed } from '../src/change-feed.ts';
import { type RunningServer, startServer } from '../src/serve.ts';
import { seededService, type TestService } from './helpers.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

const edit = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  service.query<T>(query, variables, service.keys.edit);

describe('the changes subscription (server-sent events)', () => {
  /** Subscribes over SSE and collects each event's data until `count` have come. */
  async function subscribe(query: string, count: number) {
    const response = await service.yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const events: { data: { changes: Record<string, unknown> } }[] = [];
    const received = (async () => {
      let buffered = '';
      while (events.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += new TextDecoder().decode(value);
        for (const line of buffered.split('\n')) {
          if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        }
        buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
      }
      await reader.cancel();
      return events;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return received;
  }

  it('emits each committed revision, filtered by node type, and nothing for a refused write', async () => {
    const all = subscribe('subscription { changes { action nodeType nodeId author after } }', 3);
    const placesOnly = subscribe(
      'subscription { changes(filter: { nodeTypes: [Place] }) { action nodeId } }',
      1,
    );
    await edit('mutation { createActor(input: { name: "", kind: PERSON }) { __typename } }');
    await edit('mutation { createPlace(input: { name: "Sub Port", kind: PORT }) { __typename } }');
    await edit('mutation { createActor(input: { name: "Sub Person", kind: PERSON }) { __typename } }');
    const events = (await all).map((e) => e.data.changes);
    // The place's own aliases have no node of their own: their revisions are not in the feed.
    expect(events.map((e) => [e.action, e.nodeType])).toEqual([
      ['CREATE', 'Place'],
      ['CREATE', 'Actor'],
      ['CREATE', 'Alias'],
    ]);
    const [first] = events;
    expect(first?.author).toBe('edit tester (key 3)');
    expect(first?.after).toMatchObject({ name: 'Sub Port', key: 'sub-port' });
    const [place] = (await placesOnly).map((e) => e.data.changes);
    expect(place).toEqual({ action: 'CREATE', nodeId: first?.nodeId });
  });
});

// The feed over a real file, a real server on a loopback port and real HTTP: what other
// connections and processes commit to the same file reaches a subscriber too, and a close (or
// SIGTERM) ends every stream.

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;
const silent = pino({ level: 'silent' });
const scratch = () => mkdtempSync(join(tmpdir(), 'claimline-changes-'));
/** The row id inside a Revision's global ID. */
const revisionId = (id: unknown) => Number(Buffer.from(String(id), 'base64').toString().split(':')[1]);
/** Long enough for several of the feed's looks for other processes' writes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 4 * CHANGE_POLL_MS));

interface Subscriber {
  /** Each event's `changes`, as it came. */
  events: Record<string, unknown>[];
  /** Resolves once the stream has ended: true when it ended with SSE's "complete" event. */
  ended: Promise<boolean>;
  cancel(): void;
}

/** Subscribes over HTTP; once this resolves the server has taken the subscription. */
async function subscribeAt(url: string, query: string): Promise<Subscriber> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const events: Record<string, unknown>[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    let completed = false;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return completed;
        buffered += decoder.decode(value, { stream: true });
        for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
          const lines = buffered.slice(0, end).split('\n');
          buffered = buffered.slice(end + 2);
          if (lines.includes('event: complete')) completed = true;
          for (const line of lines) {
            if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)).data.changes);
          }
        }
      }
    } catch {
      return false; // cancelled, or the connection broke before the end
    }
  })();
  return { events, ended, cancel: () => abort.abort() };
}

const mutate = async (url: string, key: string, query: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, { __typename: string }>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
};

/** What each event was: action, node type, author. */
const actions = (subscriber: Subscriber) => subscriber.events.map((e) => [e.action, e.nodeType, e.author]);

const ALL = 'subscription { changes { id action nodeType nodeId author after } }';

describe('the changes feed across processes on one SQLite file', () => {
  let dir: string;
  let dbPath: string;
  let a: RunningServer;
  let keys: TestKeys;
  beforeAll(async () => {
    dir = scratch();
    dbPath = join(dir, 'claimline.db');
    a = await startServer({ dbPath, port: 0, host: '127.0.0.1', logger: silent });
    keys = testKeys(a.database);
  });
  afterAll(() => a.close());

  it("reaches a subscriber with what another connection and the CLI's ingest commit, once each, in id order", async () => {
    const all = await subscribeAt(a.url, ALL);
    const sources = await subscribeAt(
      a.url,
      'subscription { changes(filter: { nodeTypes: [Source] }) { action nodeType } }',
    );

    // A second connection on the file: an actor (with its canonical alias), and an API key,
    // whose revision is no node's and stays out of the feed.
    const other = openStore(dbPath);
    try {
      runWrite(other.db, 'other connection', (w) =>
        createActor(w, { name: 'Second Connection', kind: 'PERSON' }),
      );
      runWrite(other.db, 'other connection', (w) =>
        createApiKey(w, { name: 'not in the feed', scope: 'read' }),
      );
    } finally {
      other.close();
    }
    await vi.waitFor(() => expect(all.events).toHaveLength(2), { timeout: 10_000 });

    // Another process: `claimline ingest` on the same file.
    writeFileSync(
      join(dir, 'article.txt'),
      'Ferry crews said 14 boats sailed from Port Elsin on Sunday, officials said. The harbour reopened on Monday.',
    );
    const ingest = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'ingest', '--db', dbPath, join(dir, 'article.txt')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    ingest.stdout.on('data', (chunk) => {
      output += chunk;
    });
    const [code] = await once(ingest, 'exit');
    expect(output).toContain('ingested 1 new source(s)');
    expect(code).toBe(0);
    await vi.waitFor(() => expect(sources.events).toHaveLength(1), { timeout: 10_000 });
    await settle();

    expect(all.events.slice(0, 2).map((e) => [e.action, e.nodeType, e.author])).toEqual([
      ['CREATE', 'Actor', 'other connection'],
      ['CREATE', 'Alias', 'other connection'],
    ]);
    expect(all.events[0]?.after).toMatchObject({ name: 'Second Connection' });
    expect(all.events.map((e) => e.nodeType)).toContain('Source');
    expect(all.events.map((e) => e.nodeType)).not.toContain(null);
    const ids = all.events.map((e) => revisionId(e.id));
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
    expect(sources.events).toEqual([{ action: 'CREATE', nodeType: 'Source' }]);
    all.cancel();
    sources.cancel();
    // With nobody listening, the feed stops looking at the file.
    await vi.waitFor(() => expect(a.changes.subscribers).toBe(0), { timeout: 5_000 });
  }, 90_000);

  it("delivers a mutation through a second server to the first server's subscriber, and its own once", async () => {
    const b = await startServer({ dbPath, port: 0, host: '127.0.0.1', logger: silent });
    try {
      const onA = await subscribeAt(a.url, ALL);
      const onB = await subscribeAt(
        b.url,
        'subscription { changes(filter: { nodeTypes: [Place] }) { action nodeType } }',
      );
      await mutate(
        b.url,
        keys.edit,
        'mutation { createPlace(input: { name: "Port Via B", kind: PORT }) { __typename } }',
      );
      await mutate(
        a.url,
        keys.edit,
        'mutation { createActor(input: { name: "Person Via A", kind: PERSON }) { __typename } }',
      );
      // A's own mutation was told to its feed at once and seen again by its looks at the file:
      // it arrives once.
      await vi.waitFor(() => expect(actions(onA)).toHaveLength(3), { timeout: 10_000 });
      await settle();
      expect(actions(onA)).toEqual([
        ['CREATE', 'Place', 'edit tester (key 3)'],
        ['CREATE', 'Actor', 'edit tester (key 3)'],
        ['CREATE', 'Alias', 'edit tester (key 3)'],
      ]);
      expect(onA.events[0]?.after).toMatchObject({ name: 'Port Via B' });
      const ids = onA.events.map((e) => revisionId(e.id));
      expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
      expect(onB.events).toEqual([{ action: 'CREATE', nodeType: 'Place' }]);
      onA.cancel();
      onB.cancel();
      await vi.waitFor(() => expect([a.changes.subscribers, b.changes.subscribers]).toEqual([0, 0]), {
        timeout: 5_000,
      });
    } finally {
      await b.close();
    }
  }, 30_000);
});

/** Fails with `what` unless `promise` settles within `ms` (a hang fails instead of stalling the run). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('shutting down with subscribers connected', () => {
  it('close() ends every changes stream and resolves', async () => {
    const running = await startServer({
      dbPath: join(scratch(), 'claimline.db'),
      port: 0,
      host: '127.0.0.1',
      logger: silent,
    });
    const first = await subscribeAt(running.url, ALL);
    const second = await subscribeAt(
      running.url,
      'subscription { changes(filter: { nodeTypes: [Claim] }) { action } }',
    );
    // A connection that has sent no request yet (a client's spare one) does not hold the close either.
    const spare = connect(Number(new URL(running.url).port), '127.0.0.1');
    await once(spare, 'connect');
    const spareClosed = once(spare, 'close');
    await within(running.close(), 3_000, 'close()');
    await within(spareClosed, 3_000, 'the close of the spare connection');
    expect(await within(first.ended, 3_000, 'the end of the first stream')).toBe(true);
    expect(await within(second.ended, 3_000, 'the end of the second stream')).toBe(true);
    expect(running.server.listening).toBe(false);
    expect(running.database.sqlite.open).toBe(false);
  }, 30_000);

  it('`claimline serve` exits 0 on SIGTERM while a subscriber is connected', async () => {
    const serve = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'serve', '--db', join(scratch(), 'claimline.db'), '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = once(serve, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      let output = '';
      const url = await within(
        new Promise<string>((resolve) => {
          serve.stdout.on('data', (chunk) => {
            output += chunk;
            const found = /GraphiQL: (\S+)/.exec(output);
            if (found?.[1]) resolve(found[1]);
          });
        }),
        60_000,
        'the server starting',
      );
      const subscriber = await subscribeAt(url, ALL);
      serve.kill('SIGTERM');
      const [code, signal] = await within(exited, 5_000, 'the exit after SIGTERM');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(await within(subscriber.ended, 3_000, 'the end of the stream')).toBe(true);
      expect(output).toContain('shutting down');
    } finally {
      if (serve.exitCode === null && serve.signalCode === null) serve.kill('SIGKILL');
    }
  }, 90_000);
});

describe('the feed itself', () => {
  it('reads the file only while someone subscribes, and delivers in id order once each', async () => {
    const dbPath = join(scratch(), 'feed.db');
    const store = openStore(dbPath);
    const other = openStore(dbPath);
    const feed = createChangeFeed(store, { pollMs: 20 });
    try {
      const write = (name: string) =>
        runWrite(other.db, 'other', (w) => createActor(w, { name, kind: 'PERSON' }));
      write('Before Anyone Listened');
      expect(feed.subscribers).toBe(0);
      const stream = feed.subscribe((r) => r.entityType === 'actors')[Symbol.asyncIterator]();
      expect(feed.subscribers).toBe(1);
      const one = write('One').revisions;
      feed.committed(); // told at once, then seen again by the timer: once
      const two = write('Two').revisions;
      const got = [await stream.next(), await stream.next()].map((r) => r.value?.id);
      expect(got).toEqual([one[0]?.id, two[0]?.id]);
      await stream.return?.();
      expect(feed.subscribers).toBe(0);
      expect((await stream.next()).done).toBe(true);

      const late = feed.subscribe(() => true)[Symbol.asyncIterator]();
      const three = write('Three').revisions;
      feed.close();
      // What committed before the close is delivered, then the end.
      const rest: number[] = [];
      for (let r = await late.next(); !r.done; r = await late.next()) rest.push(r.value.id);
      expect(rest).toEqual(three.map((r) => r.id));
      expect(feed.subscribers).toBe(0);
      expect(
        (
          await feed
            .subscribe(() => true)
            [Symbol.asyncIterator]()
            .next()
        ).done,
      ).toBe(true);
    } finally {
      other.close();
      store.close();
    }
  });
});
