import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { readCorpus } from '../src/corpus/read.ts';
import { createPlace, openStore, runWrite, type SqliteStore } from '../src/index.ts';
import { searchNames } from '../src/records/name-search.ts';
import { TINY_CORPUS } from './helpers.ts';

let database: SqliteStore;
beforeAll(() => {
  database = openStore(':memory:');
  loadCorpus(database.db, readCorpus(TINY_CORPUS));
});
afterAll(() => database.close());

const sources = (query: string) =>
  database.searchText(query, { limit: 10 }).hits.filter((h) => h.kind === 'source').length;

describe('full-text search terms', () => {
  it('matches whole words in any form, and a word ending in * as a prefix', () => {
    expect(sources('barges')).toBe(1);
    expect(sources('barge')).toBe(1);
    expect(sources('crossing')).toBe(1);
    expect(sources('Rivert')).toBe(0);
    expect(sources('Rivert*')).toBe(1);
  });

  it('needs every word but leaves stopwords out, unless they are all there is', () => {
    expect(sources('barges Hilltown')).toBe(1);
    expect(sources('barges Atlantis')).toBe(0);
    expect(sources('the mayor of Riverton')).toBe(1);
    expect(sources('of the')).toBe(1);
    expect(database.searchText('!!', { limit: 10 }).total()).toBe(0);
  });

  it('puts hits with every word in the title first, latest first within each, and pages by keyset', () => {
    const all = database.searchText('barges', { limit: 100 }).hits;
    const tiers = all.map((h) => h.tier);
    expect(new Set(tiers)).toEqual(new Set([0, 1]));
    expect(tiers).toEqual([...tiers].sort());
    for (const tier of [0, 1]) {
      const rows = all.filter((h) => h.tier === tier).map((h) => h.rowid);
      expect(rows).toEqual([...rows].sort((a, b) => b - a));
    }
    const titled = new Set(
      (
        database.sqlite
          .prepare("SELECT rowid FROM search_index WHERE search_index MATCH '{title} : barges'")
          .all() as {
          rowid: number;
        }[]
      ).map((r) => r.rowid),
    );
    expect(all.map((h) => h.tier === 0)).toEqual(all.map((h) => titled.has(h.rowid)));
    const paged = [];
    let after: (typeof all)[number] | undefined;
    for (;;) {
      const [hit] = database.searchText('barges', { limit: 1, after }).hits;
      if (!hit) break;
      paged.push(hit);
      after = hit;
    }
    expect(paged).toEqual(all);
    expect(database.searchText('barges', { limit: 1 }).total()).toBe(all.length);
  });

  it('counts every match only when asked', () => {
    expect(database.searchText('river', { limit: 1 }).total()).toBeGreaterThanOrEqual(1);
  });
});

describe('alias candidates', () => {
  it('finds names starting with the search through the index, as well as near misses', () => {
    const [actor] = database.sqlite.prepare('SELECT name FROM actors ORDER BY id LIMIT 1').all() as {
      name: string;
    }[];
    if (!actor) throw new Error('the tiny corpus has actors');
    expect(searchNames(database, 'actor', actor.name.slice(0, 4)).length).toBeGreaterThan(0);
    expect(searchNames(database, 'actor', actor.name)[0]?.distance).toBe(0);
  });

  it('finds places by name, alias and misprint, and a place written later', () => {
    const kinds = (search: string) =>
      searchNames(database, 'place', search).map((m) => [m.alias, m.kind, m.distance]);
    expect(kinds('grey river')).toEqual([['Grey River', 'EXACT', 0]]);
    expect(kinds('Grey')).toEqual([['Grey River', 'PREFIX', 0]]);
    expect(kinds('River')).toEqual([
      ['Riverton', 'PREFIX', 0],
      ['Grey River', 'WORDS', 0],
    ]);
    expect(kinds('Gray Rivr')).toEqual([['Grey River', 'FUZZY', 2]]);
    expect(kinds('Riverton')[0]).toEqual(['Riverton', 'EXACT', 0]);
    runWrite(database.db, 'test', (w) =>
      createPlace(w, {
        name: 'Port Elsin',
        kind: 'CITY',
        aliases: [{ name: 'Elsinport', kind: 'SPELLING_VARIANT' }],
      }),
    );
    expect(kinds('Elsinprot')).toEqual([['Elsinport', 'FUZZY', 1]]);
    // Actors and places are searched apart.
    expect(searchNames(database, 'actor', 'Port Elsin')).toEqual([]);
  });

  it('fills a name index an older database lacks when it is opened', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimline-names-')), 'old.db');
    const old = openStore(file);
    loadCorpus(old.db, readCorpus(TINY_CORPUS));
    old.sqlite.exec('DROP TABLE place_alias_trigrams');
    old.close();
    const reopened = openStore(file);
    try {
      expect(searchNames(reopened, 'place', 'Grey Rivr').map((m) => m.kind)).toEqual(['FUZZY']);
    } finally {
      reopened.close();
    }
  });
});

describe('a claim in full-text search', () => {
  const claims = (query: string) =>
    database.searchText(query, { limit: 20 }).hits.filter((h) => h.kind === 'claim');
  const claimId = (key: string) =>
    (database.sqlite.prepare('SELECT id FROM claims WHERE key = ?').get(key) as { id: number }).id;

  it('is found by the words that report it, and by its claimant’s name', () => {
    // "said on Monday" is printed in the excerpt only, not in the proposition.
    expect(claims('"said on Monday"').map((h) => h.id)).toEqual([claimId('mayor-barges-crossed')]);
    expect(claims('Ada Stone').map((h) => h.id)).toEqual([claimId('mayor-barges-crossed')]);
    expect(claims('officials Hilltown denied').map((h) => h.id)).toEqual([
      claimId('hilltown-denies-crossings'),
    ]);
  });

  it('follows its attributions and its claimant as they change', () => {
    const id = claimId('hilltown-denies-crossings');
    database.sqlite
      .prepare('UPDATE attributions SET retracted_at = ? WHERE claim_id = ?')
      .run('2024-06-01', id);
    expect(claims('denied')).toEqual([]);
    database.sqlite.prepare('UPDATE attributions SET retracted_at = NULL WHERE claim_id = ?').run(id);
    expect(claims('denied').map((h) => h.id)).toEqual([id]);
    database.sqlite.prepare("UPDATE actors SET name = 'Ada Stonebridge' WHERE name = 'Ada Stone'").run();
    expect(claims('Stonebridge').map((h) => h.id)).toEqual([claimId('mayor-barges-crossed')]);
    database.sqlite.prepare("UPDATE actors SET name = 'Ada Stone' WHERE name = 'Ada Stonebridge'").run();
  });

  it('in a database indexed by an earlier version is found once it is opened again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'claimline-search-')), 'old.db');
    const old = openStore(path);
    loadCorpus(old.db, readCorpus(TINY_CORPUS));
    // As an earlier version left it: claims indexed without their excerpts, by an older trigger.
    old.sqlite.exec(`DROP TRIGGER attributions_search_ai;
      DROP TRIGGER claims_search_ai;
      CREATE TRIGGER claims_search_ai AFTER INSERT ON claims BEGIN SELECT 1; END;
      DELETE FROM search_index WHERE rowid % 4 = 2;`);
    old.close();
    const reopened = openStore(path);
    try {
      expect(reopened.searchText('"said on Monday"', { limit: 20 }).hits.map((h) => h.kind)).toContain(
        'claim',
      );
    } finally {
      reopened.close();
    }
  });
});
