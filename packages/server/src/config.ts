import { fileURLToPath } from 'node:url';

export const DEFAULT_DB_PATH = './data/claimline.db';
export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

/** The built-in story: the seed articles and their curated annotations. */
export const SEED_CORPUS_DIR = fileURLToPath(new URL('../corpus/seed', import.meta.url));

/** The database path: `--db`, else `CLAIMLINE_DB`, else `./data/claimline.db`. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.CLAIMLINE_DB ?? DEFAULT_DB_PATH;
}
