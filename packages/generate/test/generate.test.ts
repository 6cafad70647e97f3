import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, parseFuzzyTime, readFuzzyTime, type SqliteStore } from '@claimline/store';
import { storeChecksum } from '@claimline/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../src/load.ts';
import { Random } from '../src/random.ts';
import { storyShape } from '../src/story.ts';

const generated = (events: number, seed: number) => {
  const database = openStore(':memory:');
  const summary = generateStory(database, { events, seed });
  return { database, summary };
};

// The generation's revision and the migrations' log record when they ran; all else follows from the seed.
const contentChecksum = (database: SqliteStore) =>
  storeChecksum(database.sqlite, ['revisions', '__drizzle_migrations']);

describe('the seeded random source', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.int(1_000_000));
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
    const random = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const x = random.between(3, 7);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
    }
  });
});

describe('the story generator', () => {
  it('writes the same rows for the same seed, and others for another seed', () => {
    const a = generated(300, 7);
    const b = generated(300, 7);
    const c = generated(300, 8);
    try {
      expect(contentChecksum(a.database)).toBe(contentChecksum(b.database));
      expect(contentChecksum(a.database)).not.toBe(contentChecksum(c.database));
      expect(a.summary.rows).toEqual(b.summary.rows);
    } finally {
      for (const { database } of [a, b, c]) database.close();
    }
  });

  it('refuses a database that already holds a story', () => {
    const { database } = generated(10, 1);
    try {
      expect(() => generateStory(database, { events: 10, seed: 2 })).toThrow(/already holds a story/);
    } finally {
      database.close();
    }
  });

  it('loads a file without a journal, names the steps after the rows, and leaves it in WAL mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-generate-'));
    const database = openStore(join(dir, 'story.db'));
    try {
      const journal = () => database.sqlite.pragma('journal_mode', { simple: true });
      const steps: [string, unknown][] = [];
      generateStory(database, {
        events: 10,
        seed: 1,
        analyze: true,
        onStep: (step) => steps.push([step, journal()]),
      });
      expect(steps).toEqual([
        ['indexes', 'off'],
        ['foreignKeys', 'off'],
        ['search', 'off'],
        ['analysis', 'wal'],
      ]);
      expect(journal()).toBe('wal');
      expect(database.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toEqual([
        { busy: 0, log: 0, checkpointed: 0 },
      ]);
      expect(database.audit()).toEqual([]);
    } finally {
      database.close();
    }
  });

  describe('a 1,000-event story', () => {
    let database: SqliteStore;
    let rows: Record<string, number>;
    const count = (sql: string) => (database.sqlite.prepare(sql).get() as { n: number }).n;

    beforeAll(() => {
      ({ database } = generated(1000, 42));
      rows = generated(1000, 42).summary.rows as Record<string, number>;
    });
    afterAll(() => database.close());

    it('passes the store audit: every excerpt at its offsets, none in page furniture, no dangling reference', () => {
      expect(database.audit()).toEqual([]);
    });

    it('has the shape of a real story', () => {
      const shape = storyShape(1000);
      expect(count('SELECT count(*) AS n FROM events')).toBe(1000);
      expect(count('SELECT count(*) AS n FROM actors')).toBe(shape.actors);
      expect(count('SELECT count(*) AS n FROM measures')).toBe(shape.measures);
      const claims = count('SELECT count(*) AS n FROM claims');
      expect(claims / 1000).toBeGreaterThan(4.5);
      expect(claims / 1000).toBeLessThan(5.5);
      // 1–3 sources each, plus the syndicated copies of a source.
      const perClaim = database.sqlite
        .prepare(
          'SELECT min(n) AS low, max(n) AS high, avg(n) AS mean FROM (SELECT count(*) AS n FROM attributions GROUP BY claim_id)',
        )
        .get() as { low: number; high: number; mean: number };
      expect(perClaim.low).toBe(1);
      expect(perClaim.high).toBeLessThanOrEqual(6);
      expect(perClaim.mean).toBeGreaterThan(1.5);
      expect(
        count(
          'SELECT count(*) AS n FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_events ce WHERE ce.claim_id = c.id)',
        ),
      ).toBe(0);
      expect(count('SELECT count(*) AS n FROM quantities WHERE measure_id IS NOT NULL')).toBeGreaterThan(500);
      expect(count('SELECT count(*) AS n FROM claims WHERE claimant_id IS NULL')).toBeGreaterThan(100);
      expect(count('SELECT count(DISTINCT stance) AS n FROM claims')).toBe(9);
      expect(count('SELECT count(DISTINCT kind) AS n FROM actor_aliases')).toBeGreaterThanOrEqual(6);
      expect(count('SELECT count(DISTINCT time_precision) AS n FROM events')).toBe(4);
      expect(count('SELECT count(*) AS n FROM syndication_groups')).toBeGreaterThan(5);
      // The summary counts what was written.
      for (const [table, n] of Object.entries({ events: 1000, claims, actors: shape.actors })) {
        expect(rows[table]).toBe(n);
      }
    });

    it('spreads events over years, with stated times that no source contradicts', () => {
      const span = database.sqlite
        .prepare(
          "SELECT min(time_earliest) AS first, max(time_latest) AS last FROM events WHERE time_precision <> 'UNKNOWN'",
        )
        .get() as { first: string; last: string };
      expect(Date.parse(span.last) - Date.parse(span.first)).toBeGreaterThan(365 * 86_400_000);
      // A claim cannot have been stated after the first source reporting it was public.
      expect(
        count(`SELECT count(*) AS n FROM claims c WHERE c.stated_earliest >
                 (SELECT min(s.known_from) FROM attributions a JOIN sources s ON s.id = a.source_id WHERE a.claim_id = c.id)`),
      ).toBe(0);
    });

    it('stores the fuzzy times the parser would', () => {
      const sample = database.sqlite
        .prepare(
          `SELECT * FROM (SELECT time_edtf AS tEdtf, time_earliest AS tEarliest, time_latest AS tLatest, time_precision AS tPrecision, time_approximate AS tApproximate, time_uncertain AS tUncertain, time_phrase AS tPhrase FROM events GROUP BY time_precision, time_approximate)
           UNION ALL
           SELECT * FROM (SELECT stated_edtf, stated_earliest, stated_latest, stated_precision, stated_approximate, stated_uncertain, stated_phrase FROM claims GROUP BY stated_precision)`,
        )
        .all() as Record<string, string | number | null>[];
      expect(sample.length).toBeGreaterThanOrEqual(7);
      for (const row of sample) {
        const stored = readFuzzyTime('t', row as never);
        expect(stored).toEqual(parseFuzzyTime(stored.edtf));
      }
    });

    it('indexes what it wrote for full-text and alias search', () => {
      const title = (
        database.sqlite.prepare('SELECT title FROM events WHERE id = 500').get() as { title: string }
      ).title;
      const { hits, total } = database.searchText(title, { limit: 100 });
      expect(total()).toBeGreaterThan(0);
      expect(hits.some((h) => h.kind === 'event' && h.id === 500)).toBe(true);
      expect(count('SELECT count(*) AS n FROM alias_trigrams')).toBe(
        count('SELECT count(*) AS n FROM actor_aliases'),
      );
      // The triggers are back: a new alias is searchable at once.
      database.sqlite
        .prepare(
          "INSERT INTO actor_aliases (actor_id, name, normalized, kind) VALUES (1, 'Zyxw Test', 'zyxwtest', 'SPELLING_VARIANT')",
        )
        .run();
      expect(count('SELECT count(*) AS n FROM alias_trigrams WHERE normalized MATCH \'"zyxw"\'')).toBe(1);
    });

    it('records the generation as one revision', () => {
      const revision = database.sqlite
        .prepare("SELECT author, after FROM revisions WHERE entity_type = 'story'")
        .get() as {
        author: string;
        after: string;
      };
      expect(revision.author).toBe('generator');
      expect(JSON.parse(revision.after)).toMatchObject({ events: 1000, seed: 42, rows: { events: 1000 } });
    });
  });
});
