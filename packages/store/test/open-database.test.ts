import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openStore } from '../src/index.ts';
import { copyCorpus, TINY_CORPUS } from './helpers.ts';

describe('openStore', () => {
  it('refuses a file that is not a database, naming it', () => {
    const path = join(copyCorpus(TINY_CORPUS), 'not-a.db');
    writeFileSync(path, 'x'.repeat(8192));
    expect(() => openStore(path)).toThrow(DamagedDatabaseError);
    expect(() => openStore(path)).toThrow(path);
  });

  it('opens a new file migrated, with its search indexes', () => {
    const path = join(copyCorpus(TINY_CORPUS), 'new.db');
    const { sqlite, close } = openStore(path);
    try {
      const names = (
        sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['events', 'claims', 'search_index', 'alias_trigrams']));
    } finally {
      close();
    }
  });

  it('migrates a database that rebuilds a referenced table, keeping every row and reference', () => {
    // A database as it stood before knowledge time came from the record (undated sources known
    // from their recorded day), with furniture referring to each source.
    const dir = mkdtempSync(join(tmpdir(), 'claimline-migrate-'));
    const migrations = fileURLToPath(new URL('../drizzle', import.meta.url));
    const before = join(dir, 'before');
    for (const name of readdirSync(migrations).filter((n) => !n.endsWith('_undated_known_on')))
      cpSync(join(migrations, name), join(before, name), { recursive: true });
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(drizzle({ client: old }), { migrationsFolder: before });
    old.exec(`INSERT INTO syndication_groups (id, key, name) VALUES (1, 'wire', 'Wire story');
      INSERT INTO sources (id, key, title, published_edtf, published_earliest, published_latest, published_precision, kind, text, content_hash, syndication_group_id, recorded_at) VALUES
        (1, 'dated', 'Dated', '2024-02-27', '2024-02-27', '2024-02-27', 'DAY', 'WIRE_COPY', 'a', 'h1', 1, '2026-12-01T10:00:00.000Z'),
        (2, 'copy', 'Copy', NULL, NULL, NULL, 'UNKNOWN', 'WIRE_COPY', 'b', 'h2', 1, '2026-12-01T10:00:00.000Z'),
        (3, 'alone', 'Alone', NULL, NULL, NULL, 'UNKNOWN', 'REPORT', 'c', 'h3', NULL, '2026-12-01T10:00:00.000Z');
      INSERT INTO source_furniture (source_id, kind, start, end) VALUES (1, 'NAVIGATION', 0, 1), (2, 'NAVIGATION', 0, 1), (3, 'NAVIGATION', 0, 1);`);
    old.close();
    const store = openStore(path);
    try {
      expect(store.sqlite.prepare('SELECT id, known_on, known_from FROM sources ORDER BY id').all()).toEqual([
        { id: 1, known_on: null, known_from: '2024-02-27' },
        { id: 2, known_on: '2024-02-27', known_from: '2024-02-27' },
        { id: 3, known_on: '2026-12-01', known_from: '2026-12-01' },
      ]);
      expect(store.sqlite.prepare('SELECT count(*) AS n FROM source_furniture').get()).toEqual({ n: 3 });
      expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      store.close();
    }
  });
});
