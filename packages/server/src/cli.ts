#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { CorpusError, DamagedDatabaseError } from '@claimline/schema';
import { describeLoad, seed } from './commands/seed.ts';
import { DEFAULT_HOST, DEFAULT_PORT, resolveDbPath } from './config.ts';
import { startServer } from './serve.ts';

const USAGE = `Usage: claimline <command> [options]

Commands:
  serve [--db PATH] [--port N] [--host H]
                        start the GraphQL server (default port 4000 or PORT, host 127.0.0.1);
                        a new or empty database is migrated and seeded first
  seed [--db PATH]      load the built-in seed story; running it again changes nothing

The database is --db, else CLAIMLINE_DB, else ./data/claimline.db.
`;

type Command = (args: string[]) => Promise<void> | void;

const commands: Record<string, Command> = {
  async serve(args) {
    const { values } = parseArgs({
      args,
      options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    });
    const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a port number, got "${values.port ?? process.env.PORT}"`);
    }
    const running = await startServer({
      dbPath: resolveDbPath(values.db),
      port,
      host: values.host ?? DEFAULT_HOST,
    });
    console.log(`Claimline is serving ${running.database.path}\nGraphiQL: ${running.url}`);
    const stop = () => {
      console.log('shutting down…');
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
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

class UsageError extends Error {}

function isArgumentError(error: unknown): boolean {
  if (error instanceof UsageError) return true;
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

process.exitCode = await main(process.argv.slice(2));
