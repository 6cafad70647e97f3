import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** The bundled CLI that `pnpm start` runs with plain Node. */
export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The ingestion worker thread's script, bundled beside the CLI (see @claimline/ingest's proposal-worker.ts). */
const INGEST_WORKER = new URL('../dist/ingest-worker.js', import.meta.url);

/**
 * Bundles the CLI and everything it imports into one ES module, so the server starts with plain
 * Node: loading the TypeScript sources through tsx costs seconds of CPU at every start. Only
 * better-sqlite3 stays outside, as it loads a native addon. The ingestion worker thread is a
 * second bundle, which the first is told the place of.
 */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: {
      cli: fileURLToPath(new URL('./cli.ts', import.meta.url)),
      'ingest-worker': createRequire(import.meta.url).resolve('@claimline/ingest/worker'),
    },
    outdir: dirname(SERVER_BUNDLE),
    define: { CLAIMLINE_INGEST_WORKER: JSON.stringify(INGEST_WORKER.href) },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
    mainFields: ['module', 'main'],
    // CommonJS dependencies call require() for Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [keepModuleLocations, oneGraphql],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

/**
 * Our modules find their files (migrations, the seed corpus, GraphiQL tabs, the built page) next
 * to themselves through import.meta.url; in the bundle that URL would be the bundle's, so each
 * module keeps its own.
 */
const keepModuleLocations: Plugin = {
  name: 'keep-module-locations',
  setup(plugin) {
    plugin.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(path).href),
      ),
      loader: 'ts',
    }));
  },
};

const GRAPHQL_DIR = dirname(createRequire(import.meta.url).resolve('graphql/package.json'));

/**
 * graphql must be one copy: Yoga tells a GraphQL error from a crash by `instanceof GraphQLError`.
 * `import 'graphql'` finds its ES modules (the `module` field), but a deep import such as
 * graphql-armor's `graphql/language/parser` found the CommonJS file of the same name, and with
 * it a second graphql, whose syntax errors Yoga answered with HTTP 500. Every import of graphql,
 * deep or not, resolves to its ES modules here.
 */
const oneGraphql: Plugin = {
  name: 'one-graphql',
  setup(plugin) {
    plugin.onResolve({ filter: /^graphql(\/|$)/ }, ({ path }) => {
      const module = join(GRAPHQL_DIR, path.slice('graphql'.length).replace(/\.m?js$/, ''));
      return { path: existsSync(`${module}.mjs`) ? `${module}.mjs` : join(module, 'index.mjs') };
    });
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
