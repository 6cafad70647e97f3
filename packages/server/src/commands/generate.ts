import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type GenerateOptions,
  type GenerateStep,
  type GenerateSummary,
  generateStory,
} from '@claimline/generate';
import { openStore } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { progressBar, progressStep } from '../progress.ts';
import { type Command, UsageError } from './command.ts';

export interface GenerateCommandOptions {
  events: number;
  seed: number;
  analyze?: boolean;
  /** Where progress goes (default: a bar on stderr). */
  onProgress?: (done: number, total: number) => void;
  onStep?: GenerateOptions['onStep'];
}

/** What each step after the rows does, for the progress output: they take minutes at a million events. */
const STEPS: Record<GenerateStep, string> = {
  indexes: 'building the indexes…',
  foreignKeys: 'checking every reference…',
  search: 'building the search indexes and the planner statistics…',
  analysis: 'computing the claim relations…',
};

/**
 * Generates a synthetic story into a new database at `dbPath`. It is built beside it and moved
 * into place only when complete, so a failed or interrupted run leaves nothing at `dbPath`.
 */
export function generate(dbPath: string, options: GenerateCommandOptions): GenerateSummary {
  if (existsSync(dbPath)) throw new UsageError(`${dbPath} exists: generate writes a new database`);
  const partial = `${dbPath}.partial`;
  const removePartial = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  };
  removePartial();
  try {
    const database = openStore(partial);
    let summary: GenerateSummary;
    try {
      summary = generateStory(database, options);
      database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      database.close();
    }
    renameSync(partial, dbPath);
    return summary;
  } catch (error) {
    removePartial();
    throw error;
  }
}

export function describeGeneration({ rows, seconds }: GenerateSummary): string {
  const counts = Object.entries(rows)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  const perSecond = Math.round((rows.claims ?? 0) / seconds.rows).toLocaleString('en-US');
  const timings = Object.entries(seconds)
    .filter(([, s]) => s > 0)
    .map(([step, s]) => `${step} ${s.toFixed(1)}s`)
    .join(', ');
  return `generated ${counts}\n${perSecond} claims (with their attributions) written per second; ${timings}`;
}

const positiveInteger = (flag: string, value: string | undefined, fallback?: number): number => {
  const n = value === undefined ? fallback : Number(value.replaceAll('_', ''));
  if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
    throw new UsageError(`--${flag} must be a whole number, got "${value}"`);
  }
  return n;
};

export const generateCommand: Command = {
  name: 'generate',
  usage: `generate --db PATH --events N [--seed S] [--analyze]
                        write a synthetic story of N events (about 5 claims each) into a
                        new database, deterministic from the seed (default 1); --analyze
                        also computes the claim relations`,
  run(args) {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        events: { type: 'string' },
        seed: { type: 'string' },
        analyze: { type: 'boolean' },
      },
    });
    if (values.events === undefined) throw new UsageError('--events is required');
    const events = positiveInteger('events', values.events);
    const seed = positiveInteger('seed', values.seed, 1);
    const path = resolveDbPath(values.db);
    const bar = progressBar(events, 'events');
    const summary = generate(path, {
      events,
      seed,
      analyze: values.analyze,
      onProgress: (done) => bar.update(done),
      onStep: (step) => progressStep(STEPS[step]),
    });
    console.log(`${path}: ${describeGeneration(summary)}`);
  },
};
