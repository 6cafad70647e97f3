import { parseArgs } from 'node:util';
import {
  API_SCOPES,
  type ApiScope,
  createApiKey,
  listApiKeys,
  openStore,
  revokeApiKey,
  runWrite,
  WriteError,
} from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { type Command, UsageError } from './command.ts';

/** Key management writes revisions too; their author is whoever ran the command. */
const CLI_AUTHOR = 'cli';

function withDatabase<T>(dbPath: string, run: (database: ReturnType<typeof openStore>) => T): T {
  const database = openStore(dbPath);
  try {
    return run(database);
  } catch (error) {
    // A refused write (an unknown id, a key already revoked) is a mistake in the call.
    if (error instanceof WriteError) throw new UsageError(`${error.field}: ${error.message}`);
    throw error;
  } finally {
    database.close();
  }
}

export const keysCommand: Command = {
  name: 'keys',
  usage: `keys create --scope read|edit|admin [--name N] [--db PATH]
                        make an API key; it is shown once, only its hash is kept
  keys list [--db PATH] list keys (id, name, scope, prefix, created, revoked)
  keys revoke ID [--db PATH]
                        revoke a key: it is refused from then on`,
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, scope: { type: 'string' }, name: { type: 'string' } },
    });
    const [action, id, ...rest] = positionals;
    const dbPath = resolveDbPath(values.db);
    if (rest.length) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
    switch (action) {
      case 'create': {
        const scope = values.scope as ApiScope;
        if (!API_SCOPES.includes(scope)) {
          throw new UsageError(
            `--scope must be one of ${API_SCOPES.join(', ')}, got "${values.scope ?? ''}"`,
          );
        }
        const name = values.name ?? `${scope} key`;
        const { key, info } = withDatabase(
          dbPath,
          ({ db }) => runWrite(db, CLI_AUTHOR, (w) => createApiKey(w, { name, scope })).value,
        );
        console.log(`key ${info.id} "${info.name}" (${info.scope}); shown this once, keep it now:\n${key}`);
        return;
      }
      case 'list': {
        const keys = withDatabase(dbPath, ({ db }) => listApiKeys(db));
        if (!keys.length) console.log('no keys');
        for (const k of keys) {
          const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'active';
          console.log(`${k.id}\t${k.name}\t${k.scope}\t${k.prefix}…\tcreated ${k.recordedAt}\t${state}`);
        }
        return;
      }
      case 'revoke': {
        const keyId = Number(id);
        if (!Number.isSafeInteger(keyId) || keyId <= 0) {
          throw new UsageError(`keys revoke needs the id of a key (see keys list), got "${id ?? ''}"`);
        }
        const info = withDatabase(
          dbPath,
          ({ db }) => runWrite(db, CLI_AUTHOR, (w) => revokeApiKey(w, keyId)).value,
        );
        console.log(`revoked key ${info.id} "${info.name}"`);
        return;
      }
      default:
        throw new UsageError(`keys needs create, list or revoke, got "${action ?? ''}"`);
    }
  },
};
