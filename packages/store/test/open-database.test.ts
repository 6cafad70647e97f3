import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
