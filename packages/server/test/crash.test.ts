import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { CLAIMS_PER_SOURCE, writeSources } from './crash-writer.ts';

const WRITER = new URL('./crash-writer.ts', import.meta.url).pathname;
const SOURCES = 60;
const KILLS = 20;
/** Writers loaded ahead of their turn: node and tsx start-up is most of each run. */
const AHEAD = 3;

interface Writer {
  child: ChildProcess;
  /** Lets the writer go; resolves once it has the database open. */
  start(): Promise<void>;
  exited: Promise<number | null>;
}

function loadWriter(db: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, db, String(SOURCES)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    void exited.then(() => reject(new Error('the writer exited before it opened the database')));
  });
  ready.catch(() => {});
  return {
    child,
    exited,
    start() {
      child.stdin?.end('go\n');
      return ready;
    },
  };
}

/** Everything the writer stores, ids included: two stores with equal snapshots hold the same. */
function snapshot(db: string): string {
  const { sqlite, close } = openStore(db);
  try {
    const rows = (sql: string) => JSON.stringify(sqlite.prepare(sql).all());
    return [
      rows('SELECT id, key, title, text, content_hash FROM sources ORDER BY id'),
      rows('SELECT id, key, claimant_description, proposition, stated_edtf FROM claims ORDER BY id'),
      rows('SELECT id, claim_id, source_id, excerpt, start, "end" FROM attributions ORDER BY id'),
      rows('SELECT entity_type, entity_id, action FROM revisions ORDER BY id'),
    ].join('\n');
  } finally {
    close();
  }
}

/** The store after a crash: intact, and every source whole (its claims, each reported by it) or absent. */
function checkAfterCrash(db: string): number {
  const store = openStore(db); // runs integrity_check: throws on a damaged file
  const { sqlite, close } = store;
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const perSource = sqlite
      .prepare(
        `SELECT s.id, (SELECT count(*) FROM attributions a WHERE a.source_id = s.id) AS claims FROM sources s`,
      )
      .all() as { id: number; claims: number }[];
    for (const source of perSource) expect(source.claims).toBe(CLAIMS_PER_SOURCE);
    const claims = sqlite.prepare('SELECT count(*) FROM claims').pluck().get();
    expect(claims).toBe(perSource.length * CLAIMS_PER_SOURCE);
    const created = sqlite.prepare("SELECT count(*) FROM revisions WHERE action = 'CREATE'").pluck().get();
    expect(created).toBe(perSource.length * (1 + 2 * CLAIMS_PER_SOURCE));
    expect(store.audit()).toEqual([]);
    return perSource.length;
  } finally {
    close();
  }
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(`leaves an intact store with no half-written source, ${KILLS} times, and a re-run completes it`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-crash-'));
    const crashed = join(dir, 'crashed.db');
    openStore(crashed).close();
    const progress: number[] = [];
    const queue = Array.from({ length: AHEAD }, () => loadWriter(crashed));
    for (let kill = 0; kill < KILLS; kill++) {
      const writer = queue.shift() as Writer;
      if (kill + AHEAD < KILLS) queue.push(loadWriter(crashed));
      await writer.start();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      writer.child.kill('SIGKILL');
      await writer.exited;
      progress.push(checkAfterCrash(crashed));
    }
    // The kills landed while writing: some sources were stored, not all of them.
    expect(progress.at(-1)).toBeGreaterThan(0);
    expect(progress.some((n) => n < SOURCES)).toBe(true);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);

    const rerun = loadWriter(crashed);
    await rerun.start();
    expect(await rerun.exited).toBe(0);
    expect(checkAfterCrash(crashed)).toBe(SOURCES);

    const clean = join(dir, 'clean.db');
    writeSources(clean, SOURCES);
    expect(snapshot(crashed)).toBe(snapshot(clean));
  }, 120_000);
});
