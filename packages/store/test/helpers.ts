import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import {
  type ApiScope,
  createApiKey,
  loadCorpus,
  openStore,
  readCorpus,
  revokeApiKey,
  runWrite,
  SEED_CORPUS_DIR,
  type SqliteStore,
} from '../src/index.ts';

export const TINY_CORPUS = new URL('./fixtures/tiny-corpus', import.meta.url).pathname;

/** A scratch copy of a corpus folder that a test may break. */
export function copyCorpus(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'claimline-corpus-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** A checksum of every row of every table (but those `except`): equal checksums mean nothing was written. */
export function storeChecksum(sqlite: Database.Database, except: string[] = []): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    hash.update(name);
    for (const row of sqlite.prepare(`SELECT * FROM "${name}"`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

let seedImage: Buffer | undefined;

/** A fresh in-memory store holding the seed story (loaded once per test file, then cloned). */
export function seededStore(logger?: Logger): SqliteStore {
  if (!seedImage) {
    const seeded = openStore(':memory:');
    loadCorpus(seeded.db, readCorpus(SEED_CORPUS_DIR));
    seedImage = seeded.serialize();
    seeded.close();
  }
  return openStore(':memory:', { image: seedImage, logger });
}

/** Bearer keys of each scope, and one revoked, made in `store` for a test. */
export type TestKeys = Record<ApiScope | 'revoked', string>;

export function testKeys(store: SqliteStore): TestKeys {
  const make = (scope: ApiScope, name = `${scope} tester`) =>
    runWrite(store.db, 'test', (w) => createApiKey(w, { name, scope })).value;
  const revoked = make('admin', 'revoked tester');
  runWrite(store.db, 'test', (w) => revokeApiKey(w, revoked.info.id));
  return { read: make('read').key, edit: make('edit').key, admin: make('admin').key, revoked: revoked.key };
}

/** A small deterministic random source (mulberry32): the same generated texts on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
