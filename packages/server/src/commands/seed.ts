import { parseArgs } from 'node:util';
import { type LoadSummary, loadCorpus, openStore, readCorpus, SEED_CORPUS_DIR } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import type { Command } from './command.ts';

/** Loads the built-in seed story into the database at `dbPath` (created and migrated if new). */
export function seed(dbPath: string, corpusDir = SEED_CORPUS_DIR): LoadSummary {
  const corpus = readCorpus(corpusDir);
  const { db, close } = openStore(dbPath);
  try {
    return loadCorpus(db, corpus);
  } finally {
    close();
  }
}

export function describeLoad({ inserted }: LoadSummary): string {
  const parts = Object.entries(inserted).map(([table, n]) => `${n} ${table}`);
  return parts.length ? `loaded ${parts.join(', ')}` : 'already loaded: nothing changed';
}

export const seedCommand: Command = {
  name: 'seed',
  usage: 'seed [--db PATH]      load the built-in seed story; running it again changes nothing',
  run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const path = resolveDbPath(values.db);
    console.log(`${path}: ${describeLoad(seed(path))}`);
  },
};
