import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PAGE_DIST_DIR } from './index.ts';

const APP_DIR = fileURLToPath(new URL('./app', import.meta.url));

/**
 * Bundles the page, vis-timeline and its CSS included, into PAGE_DIST_DIR: everything it loads is
 * served by Claimline itself (no CDN), so it works offline. The script and styles are named by
 * their content (page-<hash>.js), so browsers may keep them for good; index.html names them.
 * Earlier builds' files stay: a running server may still be serving their names.
 */
export async function buildPage(): Promise<void> {
  mkdirSync(PAGE_DIST_DIR, { recursive: true });
  const { metafile } = await build({
    entryPoints: { page: join(APP_DIR, 'main.ts') },
    entryNames: '[name]-[hash]',
    outdir: PAGE_DIST_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    metafile: true,
    plugins: [noInjectedStyles],
    logLevel: 'warning',
  });
  const built = Object.keys(metafile.outputs).map((path) => basename(path));
  const named = (extension: string) => `/${built.find((name) => name.endsWith(extension))}`;
  const html = readFileSync(join(APP_DIR, 'index.html'), 'utf8')
    .replace('/page.js', named('.js'))
    .replace('/page.css', named('.css'));
  writeFileSync(join(PAGE_DIST_DIR, 'index.html'), html);
}

/**
 * vis-timeline's standalone build writes its stylesheet into <style> elements when it loads,
 * which the page's Content-Security-Policy (style-src 'self') refuses; the page links the same
 * stylesheet as a file (main.ts imports it, into page-<hash>.css), so the build drops those calls.
 */
const noInjectedStyles: Plugin = {
  name: 'no-injected-styles',
  setup(plugin) {
    plugin.onLoad(
      { filter: /vis-timeline\/standalone\/esm\/vis-timeline-graph2d\.mjs$/ },
      async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const contents = source.replace(/^styleInject\(css_248z\$?\w*\);$/gm, '');
        if (contents === source) throw new Error(`vis-timeline changed: no styleInject() calls in ${path}`);
        return { contents, loader: 'js' };
      },
    );
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPage();
