import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDatabase } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { type Command, CommandFailure, UsageError } from './command.ts';

/** Violations listed one per line; the rest are counted. */
const LISTED_VIOLATIONS = 50;

export const checkCommand: Command = {
  name: 'check',
  usage: `check [--db PATH]       run SQLite's full integrity check, whatever the file's size (opening
                        checks fully only up to 64 MB), then the store audit (the provenance
                        rule for every attribution and proposal, and DESIGN.md's other rules);
                        safe while the server runs`,
  async run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const dbPath = resolveDbPath(values.db);
    if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}`);
    const started = performance.now();
    const { pages, violations } = checkDatabase(dbPath);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${dbPath}: integrity ok (${pages} pages read in ${seconds} s)`);
    for (const v of violations.slice(0, LISTED_VIOLATIONS))
      console.log(`  ${v.rule}: ${v.entity}: ${v.message}`);
    if (violations.length > LISTED_VIOLATIONS)
      console.log(`  … and ${violations.length - LISTED_VIOLATIONS} more`);
    if (violations.length)
      throw new CommandFailure(`the store breaks its rules in ${violations.length} places`);
    console.log(`${dbPath}: audit ok (every attribution and proposal matches its source's text)`);
  },
};
