import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDatabase } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { type Command, UsageError } from './command.ts';

export const checkCommand: Command = {
  name: 'check',
  usage: `check [--db PATH]       run SQLite's full integrity check, whatever the file's size (opening
                        checks fully only up to 64 MB); safe while the server runs`,
  async run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const dbPath = resolveDbPath(values.db);
    if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}`);
    const started = performance.now();
    const pages = checkDatabase(dbPath);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${dbPath}: integrity ok (${pages} pages read in ${seconds} s)`);
  },
};
