import {
  asOfByRootField,
  type ClaimlineContext,
  nameArgumentInError,
  type OpenedDatabase,
  schema,
} from '@claimline/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { graphiqlTabs } from './graphiql.ts';
import { healthCheck } from './health.ts';
import { servePage } from './page.ts';

export interface YogaConfig {
  database: OpenedDatabase;
  logger: Logger;
  /** Serve GraphiQL at /graphql to browsers (default true). */
  graphiql?: boolean;
  /** Hide unexpected error messages from clients (default: in production). */
  maskErrors?: boolean;
  /** Serve the built timeline page in this folder at `/` (default: no page). */
  pageDir?: string;
}

/** The Claimline GraphQL service as a fetch handler: `yoga.fetch` in tests, a node server in `serve`. */
export function createClaimlineYoga(config: YogaConfig) {
  const { database, logger } = config;
  return createYoga<Record<string, unknown>, ClaimlineContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/health/live',
    context: (): ClaimlineContext => ({ db: database.db, sqlite: database.sqlite }),
    graphiql: config.graphiql === false ? false : { title: 'Claimline', defaultTabs: graphiqlTabs() },
    renderGraphiQL,
    maskedErrors: config.maskErrors ?? process.env.NODE_ENV === 'production',
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    plugins: [
      healthCheck(database),
      claimlineRequests,
      ...(config.pageDir ? [servePage(config.pageDir)] : []),
    ],
  });
}

/**
 * Before execution, reads each root field's asOf so nested lists can follow it; after, rewords
 * argument-decoding errors to name the argument.
 */
const claimlineRequests: Plugin<ClaimlineContext> = {
  onExecute({ args }) {
    args.contextValue.asOfByRootField = asOfByRootField(
      args.document,
      args.variableValues,
      args.operationName,
    );
    return {
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result || !result.errors) return;
        const variables = args.variableValues ?? undefined;
        setResult({ ...result, errors: result.errors.map((e) => nameArgumentInError(e, variables)) });
      },
    };
  },
};

export type ClaimlineYoga = ReturnType<typeof createClaimlineYoga>;
