import { parseArgs } from 'node:util';
import { openStore, restoreDatabase } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { type Command, UsageError } from './command.ts';

function oneFile(args: string[], what: string): { dbPath: string; file: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' } },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new UsageError(`needs exactly one ${what} file`);
  return { dbPath: resolveDbPath(values.db), file };
}

export const backupCommand: Command = {
  name: 'backup',
  usage: `backup [--db PATH] OUT
                        copy the database to OUT while it is in use (one snapshot, checked, renamed into place)`,
  async run(args) {
    const { dbPath, file } = oneFile(args, 'output');
    const database = openStore(dbPath);
    try {
      const pages = await database.backup(file);
      console.log(`backed up ${dbPath} to ${file} (${pages} pages, integrity ok)`);
    } finally {
      database.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: `restore [--db PATH] BACKUP
                        put a backup back in place of the database, after checking it`,
  async run(args) {
    const { dbPath, file } = oneFile(args, 'backup');
    const pages = await restoreDatabase(file, dbPath);
    console.log(`restored ${dbPath} from ${file} (${pages} pages, integrity ok)`);
  },
};
