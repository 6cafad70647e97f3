import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { CorpusError } from '../src/corpus/problems.ts';
import { readCorpus } from '../src/corpus/read.ts';
import type { SqliteStore } from '../src/db/sqlite/store.ts';
import { createActor, latestRevisionId, openStore, revisionsAfter, runWrite } from '../src/index.ts';
import { copyCorpus, storeChecksum, TINY_CORPUS } from './helpers.ts';

let opened: SqliteStore | undefined;
const open = () => {
  opened = openStore(':memory:');
  return opened;
};
afterEach(() => opened?.close());

describe('opening a database', () => {
  it('migrates an empty database to the current schema', () => {
    const store = open();
    const { sqlite } = store;
    const migrations = readdirSync(new URL('../drizzle', import.meta.url)).filter((d) => /^\d/.test(d));
    const applied = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(migrations.length);
    expect(store.schemaVersion()).toBe(migrations.sort().at(-1));
    const tables = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['sources', 'claims', 'attributions', 'revisions', 'search_index']),
    );
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('sets WAL and a busy timeout on a file database', () => {
    const dir = copyCorpus(TINY_CORPUS);
    const file = openStore(join(dir, 'db', 'store.db'));
    try {
      expect(file.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(file.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      file.close();
    }
  });
});

describe('loading a corpus', () => {
  it('writes every item with a revision and satisfies every store rule', () => {
    const store = open();
    const { db, sqlite } = store;
    const { inserted } = loadCorpus(db, readCorpus(TINY_CORPUS));
    expect(inserted).toMatchObject({
      actors: 3,
      actorAliases: 5,
      actorRoles: 1,
      places: 2,
      events: 1,
      claims: 2,
      attributions: 2,
      quantities: 1,
      sources: 1,
    });
    expect(store.audit()).toEqual([]);
    const revisions = sqlite.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number };
    const written = Object.values(inserted).reduce((a, b) => a + b, 0);
    expect(revisions.n).toBe(written);
    const claim = sqlite
      .prepare("SELECT stated_edtf, stated_phrase, hedge FROM claims WHERE key = 'mayor-barges-crossed'")
      .get();
    expect(claim).toEqual({ stated_edtf: '2024-05-13', stated_phrase: 'on Monday', hedge: 'about' });
    const event = sqlite.prepare('SELECT time_earliest, time_latest, time_sort_start FROM events').get();
    expect(event).toEqual({
      time_earliest: '2024-05-06',
      time_latest: '2024-05-12',
      time_sort_start: '2024-05-06',
    });
  });

  it('changes nothing when loaded again', () => {
    const { db, sqlite } = open();
    loadCorpus(db, readCorpus(TINY_CORPUS));
    const before = storeChecksum(sqlite);
    expect(loadCorpus(db, readCorpus(TINY_CORPUS)).inserted).toEqual({});
    expect(storeChecksum(sqlite)).toBe(before);
  });

  it('refuses a corpus with a broken offset, naming file, item and rule, and writes nothing', () => {
    const { db, sqlite } = open();
    const dir = copyCorpus(TINY_CORPUS);
    const file = join(dir, '001_river.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: 100', 'start: 101'));
    const before = storeChecksum(sqlite);
    let error: unknown;
    try {
      loadCorpus(db, readCorpus(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).problems).toEqual([
      expect.objectContaining({
        file: '001_river.yaml',
        item: 'claims.hilltown-denies-crossings.attributions[0]',
        rule: 'provenance',
      }),
    ]);
    expect(storeChecksum(sqlite)).toBe(before);
  });

  it.each([
    ['an unknown actor', 'claimant: mayor-ada-stone', 'claimant: nobody', 'reference'],
    ['an excerpt inside page furniture', 'start: 158, end: 185 }', 'start: 13, end: 99 }', 'provenance'],
    ['a bad date', 'edtf: "2024-05-13" }', 'edtf: "2024-13" }', 'fuzzy-time'],
    ['an incoherent quantity', 'value: 40', 'value: 40\n      low: 50', 'quantity'],
  ])('refuses %s', (_name, from, to, rule) => {
    const dir = copyCorpus(TINY_CORPUS);
    const file = join(dir, '001_river.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    const { db } = open();
    expect(() => loadCorpus(db, readCorpus(dir))).toThrow(CorpusError);
    try {
      loadCorpus(db, readCorpus(dir));
    } catch (e) {
      expect((e as CorpusError).problems.map((p) => p.rule)).toContain(rule);
    }
  });

  it('refuses a file that does not fit the format, naming the field', () => {
    const dir = copyCorpus(TINY_CORPUS);
    const file = join(dir, '001_river.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('stance: DENIES', 'stance: SHRUGS'));
    expect(() => readCorpus(dir)).toThrow(/001_river.yaml › claims.1.stance: \[format\]/);
  });
});

describe('reading the revisions after an id', () => {
  it('gives what another connection committed to the same file, oldest first, each once', () => {
    const dir = copyCorpus(TINY_CORPUS);
    const path = join(dir, 'db', 'store.db');
    const reader = openStore(path);
    const writer = openStore(path);
    try {
      expect(latestRevisionId(reader.db)).toBe(0);
      loadCorpus(writer.db, readCorpus(TINY_CORPUS));
      const last = latestRevisionId(reader.db);
      expect(last).toBeGreaterThan(3);
      const firstThree = revisionsAfter(reader.db, 0, 3);
      expect(firstThree.map((r) => r.id)).toEqual([1, 2, 3]);
      expect(revisionsAfter(reader.db, 3, 1_000).map((r) => r.id)[0]).toBe(4);
      expect(revisionsAfter(reader.db, last, 10)).toEqual([]);

      const { revisions } = runWrite(writer.db, 'editor', (w) =>
        createActor(w, { name: 'Ada', kind: 'PERSON' }),
      );
      const after = revisionsAfter(reader.db, last, 10);
      expect(after.map((r) => r.id)).toEqual(revisions.map((r) => r.id));
      expect(after[0]).toMatchObject({ entityType: 'actors', action: 'CREATE', author: 'editor' });
      expect(after[0]?.after).toMatchObject({ name: 'Ada' });
      expect(latestRevisionId(reader.db)).toBe(after.at(-1)?.id);
    } finally {
      writer.close();
      reader.close();
    }
  });
});
