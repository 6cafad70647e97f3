#!/usr/bin/env node
import { CorpusError, DamagedDatabaseError } from '@claimline/store';
import { analyzeCommand } from './commands/analyze.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { checkCommand } from './commands/check.ts';
import { type Command, CommandFailure, UsageError } from './commands/command.ts';
import { generateCommand } from './commands/generate.ts';
import { ingestCommand } from './commands/ingest.ts';
import { keysCommand } from './commands/keys.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';

const COMMANDS: Command[] = [
  serveCommand,
  seedCommand,
  analyzeCommand,
  generateCommand,
  keysCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  ingestCommand,
];

const USAGE = `Usage: claimline <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}

The database is --db, else CLAIMLINE_DB, else ./data/claimline.db.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`claimline: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    // Expected failures get their message, not a stack trace.
    if (isExpected(error)) {
      process.stderr.write(`claimline ${name}: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

function isExpected(error: unknown): boolean {
  if (
    error instanceof UsageError ||
    error instanceof CommandFailure ||
    error instanceof CorpusError ||
    error instanceof DamagedDatabaseError
  )
    return true;
  // node:util parseArgs: unknown or malformed options.
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

process.exitCode = await main(process.argv.slice(2));
