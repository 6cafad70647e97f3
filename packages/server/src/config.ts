import { UsageError } from './commands/command.ts';
import type { Limits } from './limits.ts';
import type { YogaConfig } from './yoga.ts';

export const DEFAULT_DB_PATH = './data/claimline.db';
export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

/** The database path: `--db`, else `CLAIMLINE_DB`, else `./data/claimline.db`. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.CLAIMLINE_DB ?? DEFAULT_DB_PATH;
}

/** The service settings a deployment can change, without the database and logger. */
export type ServiceSettings = Omit<YogaConfig, 'database' | 'logger'>;

const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  depth: 'CLAIMLINE_MAX_DEPTH',
  aliases: 'CLAIMLINE_MAX_ALIASES',
  tokens: 'CLAIMLINE_MAX_TOKENS',
  cost: 'CLAIMLINE_MAX_COST',
  bodyBytes: 'CLAIMLINE_MAX_BODY_BYTES',
  timeoutMs: 'CLAIMLINE_TIMEOUT_MS',
};

/**
 * Settings from the environment: `CLAIMLINE_DEV=1` shows unexpected errors' messages to clients
 * (masked otherwise), `CLAIMLINE_READS_NEED_KEY=1` requires a key for reads,
 * `CLAIMLINE_INTROSPECTION=0` and `CLAIMLINE_GRAPHIQL=0` switch those off, and each limit has
 * its variable (`CLAIMLINE_MAX_DEPTH`, …). A malformed value is refused, naming the variable.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceSettings {
  const flag = (name: string): boolean | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    throw new UsageError(`${name} must be 1 or 0, got "${value}"`);
  };
  const limits: Partial<Limits> = {};
  for (const [limit, name] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, string][]) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new UsageError(`${name} must be a positive whole number, got "${value}"`);
    limits[limit] = n;
  }
  return {
    maskErrors: flag('CLAIMLINE_DEV') ? false : undefined,
    readsNeedKey: flag('CLAIMLINE_READS_NEED_KEY'),
    introspection: flag('CLAIMLINE_INTROSPECTION'),
    graphiql: flag('CLAIMLINE_GRAPHIQL'),
    limits,
  };
}
