import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import {
  type FetchAPI,
  GRAPHIQL_SECURITY_HEADERS,
  plainResponse,
  type StaticAsset,
  serveAsset,
  staticAsset,
} from './assets.ts';
import type { Gate } from './auth.ts';

/** Example operations GraphiQL opens with, one tab each: `graphiql/*.graphql`, in file order. */
export const GRAPHIQL_EXAMPLES_DIR = fileURLToPath(new URL('../graphiql', import.meta.url));

export function graphiqlTabs(dir = GRAPHIQL_EXAMPLES_DIR): { query: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ query: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/** Where GraphiQL's files are served, each name carrying its content's hash. */
const GRAPHIQL_ASSETS_PATH = '/graphiql/';
const TITLE = 'Claimline';
const JS = 'text/javascript; charset=utf-8';

interface GraphiQL {
  /** The HTML at the GraphQL endpoint: it only links the files. */
  shell: StaticAsset;
  /** By path. */
  files: Map<string, StaticAsset>;
}

/**
 * GraphiQL as files: Yoga's GraphiQL (@graphql-yoga/render-graphiql) inlines 9 MB of script,
 * styles and Monaco's workers into one page built at every request; here each is a file, built
 * once, that browsers keep, and no script is inline, so the page runs under script-src 'self'
 * (GRAPHIQL_SECURITY_HEADERS).
 */
async function buildGraphiQL(): Promise<GraphiQL> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const files = new Map<string, StaticAsset>();
  const add = (name: string, content: string | Uint8Array, type: string): string => {
    const asset = staticAsset(content, type, 'immutable');
    const path = `${GRAPHIQL_ASSETS_PATH}${name.replace('.', `-${asset.hash}.`)}`;
    files.set(path, asset);
    return path;
  };
  // Monaco asks for a worker by label; Yoga's page made each a blob: URL, which script-src 'self' refuses.
  const workers = {
    editorWorkerService: add('editor-worker.js', bundle.editorWorkerService, JS),
    json: add('json-worker.js', bundle.jsonWorker, JS),
    graphql: add('graphql-worker.js', bundle.graphqlWorker, JS),
  };
  const start = add('start.js', startScript(workers), JS);
  const script = add('graphiql.js', bundle.js, JS);
  const style = add('graphiql.css', bundle.css, 'text/css; charset=utf-8');
  const icon = add('favicon.ico', dataUrlBytes(bundle.favicon), 'image/x-icon');
  const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${TITLE}</title>
    <link rel="icon" href="${icon}" />
    <link rel="stylesheet" href="${style}" />
    <script defer src="${start}"></script>
    <script defer src="${script}"></script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
  </body>
</html>
`;
  return {
    shell: staticAsset(shell, 'text/html; charset=utf-8', 'revalidate', GRAPHIQL_SECURITY_HEADERS),
    files,
  };
}

/**
 * Runs before GraphiQL's script (both deferred, in order): Monaco reads its environment when it
 * starts a worker, and GraphiQL is drawn once every deferred script has run.
 */
function startScript(workers: Record<string, string>): string {
  const options = { title: TITLE, defaultTabs: graphiqlTabs() };
  return `const workers = ${JSON.stringify(workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
document.addEventListener('DOMContentLoaded', () =>
  YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${JSON.stringify(options)}),
);
`;
}

function dataUrlBytes(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/**
 * GraphiQL at `endpoint` for browsers (a GET asking for HTML), its files under
 * GRAPHIQL_ASSETS_PATH; built when first asked for, as it is megabytes that most starts never
 * serve. `gate` may refuse a request instead.
 */
export function serveGraphiQL(endpoint: string, gate?: Gate): Plugin {
  let graphiql: Promise<GraphiQL> | undefined;
  const find = async (path: string): Promise<StaticAsset | undefined> => {
    graphiql ??= buildGraphiQL();
    const { shell, files } = await graphiql;
    return path === endpoint ? shell : files.get(path);
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname.replace(/(.)\/$/, '$1');
      const asked =
        (path === endpoint && shouldRenderGraphiQL(request)) ||
        ((request.method === 'GET' || request.method === 'HEAD') && path.startsWith(GRAPHIQL_ASSETS_PATH));
      if (!asked) return;
      const refusal = gate?.(request, fetchAPI);
      if (refusal) return endResponse(refusal);
      return find(path).then(async (asset) =>
        endResponse(asset ? await serveAsset(asset, request, fetchAPI) : notFound(fetchAPI)),
      );
    },
  };
}

const notFound = (fetchAPI: FetchAPI) => plainResponse(fetchAPI, 404, 'No such GraphiQL file.');
