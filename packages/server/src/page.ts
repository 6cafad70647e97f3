import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { plainResponse, type StaticAsset, serveAsset, staticAsset } from './assets.ts';
import type { Gate } from './auth.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};

// A file name at the top of the folder with a known type: nothing else can be asked for.
const FILE = /^\/([\w-]+\.(html|js|css|png|svg))$/;
// The page's build names its script and styles by content (esbuild's `[name]-[hash]`).
const HASHED = /-[A-Z0-9]{8}\.\w+$/;

/**
 * Serves the built timeline page from `dir`: its index.html at `/`, its files at `/<name>`, each
 * read once and kept in memory. When the page was never built, `/` says how to build it (and a
 * build made later is found without a restart). `gate` may refuse a request instead.
 */
export function servePage(dir: string, gate?: Gate): Plugin {
  const files = new Map<string, StaticAsset>();
  const find = (name: string): StaticAsset | undefined => {
    const path = join(dir, name);
    if (!files.has(name) && existsSync(path)) {
      const type = TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      files.set(name, staticAsset(readFileSync(path), type, HASHED.test(name) ? 'immutable' : 'revalidate'));
    }
    return files.get(name);
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const name = url.pathname === '/' ? 'index.html' : FILE.exec(url.pathname)?.[1];
      if (!name) return;
      const refusal = gate?.(request, fetchAPI);
      if (refusal) return endResponse(refusal);
      const asset = find(name);
      if (asset) return serveAsset(asset, request, fetchAPI).then(endResponse);
      if (url.pathname === '/') {
        endResponse(
          plainResponse(
            fetchAPI,
            404,
            'The timeline page is not built: run `pnpm --filter @claimline/page build`.',
          ),
        );
      }
    },
  };
}
