import { UsageError } from './commands/command.ts';
import { isOriginSetting } from './cors.ts';
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
 * Origins whose pages may call the API, comma-separated (`CLAIMLINE_CORS_ORIGINS`,
 * `serve --cors-origins`): `https://app.example.org`, or `http://localhost:*` for any port.
 * A malformed one is refused, naming where it came from.
 */
export function parseCorsOrigins(value: string, name: string): string[] {
  const origins = value
    .split(',')
    .map((origin) => origin.trim().toLowerCase())
    .filter(Boolean);
  const malformed = origins.find((origin) => !isOriginSetting(origin));
  if (malformed !== undefined || origins.length === 0) {
    throw new UsageError(
      `${name} must be origins separated by commas, such as https://app.example.org or http://localhost:*, got "${value}"`,
    );
  }
  return origins;
}

/**
 * Settings from the environment: `CLAIMLINE_DEV=1` shows unexpected errors' messages to clients
 * (masked otherwise), `CLAIMLINE_READS_NEED_KEY=1` requires a key for reads (GraphiQL, the page
 * and introspection included), `CLAIMLINE_INTROSPECTION=0` and `CLAIMLINE_GRAPHIQL=0` switch
 * those off, `CLAIMLINE_CORS_ORIGINS` lists the origins whose pages may call the API, and each
 * limit has its variable (`CLAIMLINE_MAX_DEPTH`, …). A malformed value is refused, naming the
 * variable.
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
    corsOrigins: env.CLAIMLINE_CORS_ORIGINS
      ? parseCorsOrigins(env.CLAIMLINE_CORS_ORIGINS, 'CLAIMLINE_CORS_ORIGINS')
      : undefined,
    limits,
  };
}
