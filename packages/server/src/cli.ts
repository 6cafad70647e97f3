#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { CorpusError, DamagedDatabaseError } from '@claimline/schema';
import { describeLoad, seed } from './commands/seed.ts';
import { resolveDbPath } from './config.ts';

const USAGE = `Usage: claimline <command> [options]

Commands:
  seed [--db PATH]      load the built-in seed story (default database ./data/claimline.db,
                        or CLAIMLINE_DB); running it again changes nothing
`;

type Command = (args: string[]) => Promise<void> | void;

const commands: Record<string, Command> = {
  seed(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const path = resolveDbPath(values.db);
    console.log(`${path}: ${describeLoad(seed(path))}`);
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`claimline: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    await command(args);
    return 0;
  } catch (error) {
    // Expected failures get their message, not a stack trace.
    if (error instanceof CorpusError || error instanceof DamagedDatabaseError || isArgumentError(error)) {
      process.stderr.write(`claimline ${name}: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

function isArgumentError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

process.exitCode = await main(process.argv.slice(2));
