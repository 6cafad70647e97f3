import { fileURLToPath } from 'node:url';

/** Where `build` writes the page: index.html with its script and styles, served at `/`. */
export const PAGE_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));
