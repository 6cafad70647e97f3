import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PAGE_DIST_DIR } from './index.ts';

const APP_DIR = fileURLToPath(new URL('./app', import.meta.url));

/**
 * Bundles the page, vis-timeline and its CSS included, into PAGE_DIST_DIR: everything it loads is
 * served by Claimline itself (no CDN), so it works offline.
 */
export async function buildPage(): Promise<void> {
  mkdirSync(PAGE_DIST_DIR, { recursive: true });
  await build({
    entryPoints: { page: join(APP_DIR, 'main.ts') },
    outdir: PAGE_DIST_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  copyFileSync(join(APP_DIR, 'index.html'), join(PAGE_DIST_DIR, 'index.html'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPage();
