import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

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
