import { fileURLToPath } from 'node:url';

/** The built-in story: the seed articles and their curated annotations. */
export const SEED_CORPUS_DIR = fileURLToPath(new URL('../../corpus/seed', import.meta.url));
