import { type ChangeFeed, type ClaimlineContext, schema, schemaPlugins } from '@claimline/schema';
import type { Revision, Store } from '@claimline/store';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createPubSub, createYoga, filter, type Plugin, pipe } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authenticate } from './auth.ts';
import { graphiqlTabs } from './graphiql.ts';
import { healthCheck } from './health.ts';
import { bodyLimit, DEFAULT_LIMITS, documentLimits, type Limits } from './limits.ts';
import { servePage } from './page.ts';

export interface YogaConfig {
  database: Store;
  logger: Logger;
  /** Serve GraphiQL at /graphql to browsers (default true). */
  graphiql?: boolean;
  /** Answer introspection queries (default true). */
  introspection?: boolean;
  /** Hide unexpected error messages from clients (default true; `serve --dev` shows them). */
  maskErrors?: boolean;
  /** Refuse reads without an API key (default false: reads are open). */
  readsNeedKey?: boolean;
  /** Overrides of the request limits (see DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** Serve the built timeline page in this folder at `/` (default: no page). */
  pageDir?: string;
}

/** The Claimline GraphQL service as a fetch handler: `yoga.fetch` in tests, a node server in `serve`. */
export function createClaimlineYoga(config: YogaConfig) {
  const { database, logger } = config;
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const changes = changeFeed();
  return createYoga<Record<string, unknown>, ClaimlineContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/health/live',
    context: ({ request }): ClaimlineContext => ({
      store: database,
      caller: authenticate(database.db, request.headers.get('authorization')),
      readsOpen: !config.readsNeedKey,
      changes,
      costLimit: limits.cost,
    }),
    graphiql: config.graphiql === false ? false : { title: 'Claimline', defaultTabs: graphiqlTabs() },
    // GraphiQL's bundle is megabytes of script: loaded when first asked for, not at every start.
    renderGraphiQL: async (options) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    maskedErrors: config.maskErrors ?? true,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    plugins: [
      healthCheck(database),
      bodyLimit(limits.bodyBytes),
      ...documentLimits(limits),
      ...(config.introspection === false ? [noIntrospection] : []),
      ...schemaPlugins({ timeoutMs: limits.timeoutMs }),
      ...(config.pageDir ? [servePage(config.pageDir)] : []),
    ],
  });
}

/** Committed revisions, through Yoga's own pubsub, to each `changes` subscriber that wants them. */
function changeFeed(): ChangeFeed {
  const pubsub = createPubSub<{ revision: [Revision] }>();
  return {
    publish: (revision) => pubsub.publish('revision', revision),
    subscribe: (keep) => pipe(pubsub.subscribe('revision'), filter(keep)),
  };
}

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export type ClaimlineYoga = ReturnType<typeof createClaimlineYoga>;
