import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, openStore } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { seed } from '../src/commands/seed.ts';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;
const claimline = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
const scratch = () => join(mkdtempSync(join(tmpdir(), 'claimline-seed-')), 'claimline.db');
const count = (db: ReturnType<typeof openStore>, table: string) =>
  (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the seed corpus', () => {
  const path = scratch();
  const first = seed(path);
  const db = openStore(path);

  it('loads the five articles and everything annotated in them', () => {
    expect(first.inserted.sources).toBe(5);
    expect(count(db, 'sources')).toBe(5);
    expect(count(db, 'claims')).toBeGreaterThan(80);
    expect(count(db, 'attributions')).toBeGreaterThan(count(db, 'claims'));
    expect(count(db, 'quantities')).toBeGreaterThan(10);
    expect(count(db, 'events')).toBeGreaterThan(15);
  });

  it('keeps every rule over the whole store: offsets, claimants, subjects, furniture, syndication', () => {
    expect(db.audit()).toEqual([]);
  });

  it('stores the texts verbatim: the SHA-256 of each original article', () => {
    // The hashes of ../shared/seed-articles/*.txt as delivered.
    const originals = [
      '6eac7a6c75e9a19a73beb30bc491f5ce4a3f49e48220ced80a47a0601decff76',
      'fce9367a3b74f3202b054f7943080387ec703d0c937e407159a09def8cbfb4b3',
      'c22a55c57c106f71f032e82945240de9a9b6f4bce09fc6d2c31bee8278e99428',
      '392f16a6f9360bfb35c6aae8dcad3bd18766c2e72cf3f6516183c7acb69654e0',
      '62233943de250eccd3ae49df608d0b97e7c22a6a61785415a13dc86b3bf636e7',
    ];
    const stored = db.sqlite.prepare('SELECT text, content_hash AS hash FROM sources ORDER BY id').all() as {
      text: string;
      hash: string;
    }[];
    expect(stored.map((s) => s.hash)).toEqual(originals);
    expect(stored.map((s) => contentHash(s.text))).toEqual(originals);
  });

  it('groups the two runs of the Bloomberg story and only them', () => {
    const groups = db.sqlite
      .prepare(
        'SELECT syndication_group_id AS g, group_concat(publisher) AS publishers FROM sources WHERE syndication_group_id IS NOT NULL GROUP BY g',
      )
      .all() as { publishers: string }[];
    expect(groups).toHaveLength(1);
    expect(groups[0]?.publishers.split(',').sort()).toEqual(['TIME', 'The Straits Times']);
  });

  it('records what the texts give and leaves the rest unknown', () => {
    const sources = db.sqlite
      .prepare('SELECT kind, publisher, byline, published_edtf AS published FROM sources ORDER BY id')
      .all();
    expect(sources).toEqual([
      expect.objectContaining({ kind: 'REPORT', byline: 'Choe Sang-Hun', published: '2023-10-19' }),
      expect.objectContaining({ kind: 'WIRE_COPY', publisher: 'TIME', published: null }),
      expect.objectContaining({ kind: 'WIRE_COPY', publisher: 'The Straits Times', published: '2024-02-27' }),
      expect.objectContaining({ kind: 'EDITORIAL', publisher: 'The Korea Times', published: '2023-09-14' }),
      expect.objectContaining({ kind: 'AGGREGATOR', published: null }),
    ]);
  });

  it('carries every spelling the articles use, misprints included', () => {
    const aliases = (db.sqlite.prepare('SELECT name FROM actor_aliases').all() as { name: string }[]).map(
      (a) => a.name,
    );
    expect(aliases).toEqual(
      expect.arrayContaining([
        'Kim Jong-un',
        'Kim Jong Un',
        'Shin Wonsik',
        'Shin Won-sik',
        'Zelenskiy',
        'SeouI',
        'Pionyang',
        'Pyongyang',
        'the Kremlin',
      ]),
    );
  });

  it('changes nothing when seeded again, also through the CLI', () => {
    const before = count(db, 'revisions');
    expect(seed(path).inserted).toEqual({});
    const output = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'seed', '--db', path], {
      encoding: 'utf8',
    });
    expect(output).toContain('already loaded: nothing changed');
    expect(count(db, 'revisions')).toBe(before);
  });

  it('computes the claim relations as it loads; `claimline analyze` recomputes them, changing nothing', () => {
    expect(first.inserted.claimRelations).toBe(38);
    const before = count(db, 'revisions');
    const { stdout, status } = claimline('analyze', '--db', path, '--list');
    expect(status).toBe(0);
    expect(stdout).toContain(
      `${path}: 38 computed relations (36 CONTRADICTS, 1 CORROBORATES, 1 REVISES); nothing changed`,
    );
    expect(stdout).toContain('REVISES shin-about-6700-containers → us-accuses-north-korea-1000-containers');
    expect(count(db, 'revisions')).toBe(before);
  });

  it('refuses to analyze a database that does not exist, without a stack trace', () => {
    const missing = join(tmpdir(), 'claimline-missing', 'none.db');
    const { stderr, status } = claimline('analyze', '--db', missing);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`claimline analyze: no database at ${missing}: run "claimline seed" first`);
  });
});
