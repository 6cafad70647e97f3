import { type ChangeFeed, type ClaimlineContext, schema, schemaPlugins } from '@claimline/schema';
import type { Store } from '@claimline/store';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authenticate, hasValidKey, keyRequired } from './auth.ts';
import { createChangeFeed } from './change-feed.ts';
import { corsPolicy, LOOPBACK_ORIGINS } from './cors.ts';
import { serveGraphiQL } from './graphiql.ts';
import { healthCheck } from './health.ts';
import { closeIntrospection, INTROSPECTION_DISABLED, INTROSPECTION_NEEDS_KEY } from './introspection.ts';
import { bodyLimit, DEFAULT_LIMITS, documentLimits, type Limits } from './limits.ts';
import { servePage } from './page.ts';

export interface YogaConfig {
  database: Store;
  logger: Logger;
  /** Serve GraphiQL at /graphql to browsers (default true). */
  graphiql?: boolean;
  /** Answer introspection queries (default true; with `readsNeedKey`, only to callers with a key). */
  introspection?: boolean;
  /** Hide unexpected error messages from clients (default true; `serve --dev` shows them). */
  maskErrors?: boolean;
  /** Refuse reads without an API key, GraphiQL and the page included (default false: reads are open). */
  readsNeedKey?: boolean;
  /** Origins besides the server's own whose pages may call the API (default: LOOPBACK_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Overrides of the request limits (see DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** Serve the built timeline page in this folder at `/` (default: no page). */
  pageDir?: string;
  /** The `changes` feed (default: one of its own over `database`; `startServer` passes one it closes). */
  changes?: ChangeFeed;
}

/** The Claimline GraphQL service as a fetch handler: `yoga.fetch` in tests, a node server in `serve`. */
export function createClaimlineYoga(config: YogaConfig) {
  const { database, logger } = config;
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const changes = config.changes ?? createChangeFeed(database, { logger });
  const endpoint = '/graphql';
  // Where reads need a key, GraphiQL and the page show nothing without one either.
  const gate = (what: string) => (config.readsNeedKey ? keyRequired(database.db, what) : undefined);
  return createYoga<Record<string, unknown>, ClaimlineContext>({
    schema,
    graphqlEndpoint: endpoint,
    landingPage: false,
    cors: false,
    healthCheckEndpoint: '/health/live',
    context: ({ request }): ClaimlineContext => ({
      store: database,
      caller: authenticate(database.db, request.headers.get('authorization')),
      readsOpen: !config.readsNeedKey,
      changes,
      costLimit: limits.cost,
    }),
    // Served by serveGraphiQL, as files built once.
    graphiql: false,
    maskedErrors: config.maskErrors ?? true,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    plugins: [
      corsPolicy(config.corsOrigins ?? LOOPBACK_ORIGINS),
      healthCheck(database),
      bodyLimit(limits.bodyBytes),
      ...documentLimits(limits),
      ...introspectionPolicy(config),
      ...schemaPlugins({ timeoutMs: limits.timeoutMs }),
      ...(config.graphiql === false ? [] : [serveGraphiQL(endpoint, gate('GraphiQL'))]),
      ...(config.pageDir ? [servePage(config.pageDir, gate('The timeline page'))] : []),
    ],
  });
}

/** Introspection off for all, or, where reads need a key, for callers without one. */
function introspectionPolicy({ introspection, readsNeedKey, database }: YogaConfig): Plugin[] {
  if (introspection === false) return [closeIntrospection(INTROSPECTION_DISABLED, () => true)];
  if (readsNeedKey) {
    return [closeIntrospection(INTROSPECTION_NEEDS_KEY, (request) => !hasValidKey(database.db, request))];
  }
  return [];
}

export type ClaimlineYoga = ReturnType<typeof createClaimlineYoga>;
