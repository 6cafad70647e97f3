import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};

// A file name at the top of the folder with a known type: nothing else can be asked for.
const FILE = /^\/([\w-]+\.(html|js|css|png|svg))$/;

/**
 * Serves the built timeline page from `dir`: its index.html at `/`, its files at `/<name>`. When
 * the page was never built, `/` says how to build it.
 */
export function servePage(dir: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const name = url.pathname === '/' ? 'index.html' : FILE.exec(url.pathname)?.[1];
      if (!name) return;
      const path = join(dir, name);
      if (!existsSync(path)) {
        if (url.pathname === '/') {
          endResponse(
            new Response('The timeline page is not built: run `pnpm --filter @claimline/page build`.', {
              status: 404,
              headers: { 'content-type': 'text/plain; charset=utf-8' },
            }),
          );
        }
        return;
      }
      const type = TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      endResponse(
        new Response(readFileSync(path), { headers: { 'content-type': type, 'cache-control': 'no-cache' } }),
      );
    },
  };
}
