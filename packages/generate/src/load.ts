import {
  type BulkInserter,
  type BulkLoadSeconds,
  type BulkLoadStep,
  recomputeClaimRelations,
  recordRevision,
  type Store,
  tables,
} from '@claimline/store';
import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { STORY_TABLES, type StoryOptions, type StoryTable, writeStory } from './story.ts';

/** The steps after the rows are written, each named as it starts. */
export type GenerateStep = BulkLoadStep | 'analysis';

export interface GenerateOptions extends StoryOptions {
  /** Also compute the claim relations (slow at a million events: see the README). */
  analyze?: boolean;
  /** Called after each step with the events written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called as each step after the rows starts: indexes, foreign keys, search, then the analysis. */
  onStep?: (step: GenerateStep) => void;
}

export interface GenerateSummary {
  rows: Partial<Record<StoryTable, number>>;
  /** Writing the rows, then building the indexes, checking references, indexing for search, and the claim relations (0 when skipped). */
  seconds: { rows: number; analysis: number } & BulkLoadSeconds;
}

export const GENERATOR_AUTHOR = 'generator';

/**
 * Writes a synthetic story (see story.ts) into an empty database through the bulk path: prepared
 * multi-row inserts, a commit every step, indexes built at the end. The generation itself is
 * recorded as one revision (its options and row counts) rather than one per row.
 */
export function generateStory(database: Store, options: GenerateOptions): GenerateSummary {
  const { db } = database;
  const holds = (table: SQLiteTable) => db.select({ id: sql`1` }).from(table).limit(1).get() !== undefined;
  if (holds(tables.actors) || holds(tables.sources))
    throw new Error(`${database.path} already holds a story: generate into a new database`);

  const rows: Partial<Record<StoryTable, number>> = {};
  const inserters = new Map<StoryTable, BulkInserter<SQLiteTable>>();
  const sink = {
    write<K extends StoryTable>(table: K, row: object) {
      let inserter = inserters.get(table);
      if (!inserter) {
        inserter = database.bulkInserter<SQLiteTable>(STORY_TABLES[table]);
        inserters.set(table, inserter);
      }
      inserter.add(row);
      rows[table] = (rows[table] ?? 0) + 1;
    },
  };
  const started = performance.now();
  let loaded = started;
  const { seconds } = database.bulkLoad((transaction) => {
    const story = writeStory(options, sink);
    for (;;) {
      const step = transaction(() => {
        const next = story.next();
        for (const inserter of inserters.values()) inserter.flush();
        return next;
      });
      if (step.done) break;
      options.onProgress?.(step.value, options.events);
    }
    loaded = performance.now();
    db.transaction((tx) => {
      recordRevision(
        { tx, author: GENERATOR_AUTHOR, at: new Date().toISOString() },
        'story',
        options.seed,
        'CREATE',
        null,
        { events: options.events, seed: options.seed, rows },
      );
    });
  }, options.onStep);
  const analysisStarted = performance.now();
  if (options.analyze) {
    options.onStep?.('analysis');
    db.transaction((tx) => recomputeClaimRelations(tx));
  }
  return {
    rows,
    seconds: {
      rows: (loaded - started) / 1000,
      ...seconds,
      analysis: options.analyze ? (performance.now() - analysisStarted) / 1000 : 0,
    },
  };
}
