import { GraphQLClient } from 'graphql-request';
import { toClaimlineError } from './errors.ts';
import { getSdk, type Sdk } from './generated/sdk.ts';

export interface ClientOptions {
  /** The GraphQL endpoint: `http://localhost:4000/graphql`. */
  url: string;
  /** An editor key, sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

type Operation = keyof Sdk;
type Result<K extends Operation> = Awaited<ReturnType<Sdk[K]>>;

/**
 * One typed method per operation document. Each operation is named after its one root field, and
 * its method resolves to that field's value: `timeline(...)` to the timeline connection.
 */
export type ClaimlineClient = {
  [K in Operation]: (...args: Parameters<Sdk[K]>) => Promise<Result<K>[K & keyof Result<K>]>;
};

/** A client for one Claimline server; its methods throw ClaimlineError, never raw GraphQL errors. */
export function createClient(options: ClientOptions): ClaimlineClient {
  const headers = { ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const client = new GraphQLClient(options.url, { headers, fetch: options.fetch ?? globalThis.fetch });
  const sdk = getSdk(client, async (request, operation) => {
    try {
      return await request();
    } catch (thrown) {
      throw toClaimlineError(thrown, operation);
    }
  });
  const methods = Object.entries(sdk).map(([operation, call]) => [
    operation,
    async (...args: unknown[]) => {
      const data: Record<string, unknown> = await (call as (...a: unknown[]) => Promise<never>)(...args);
      return data[operation];
    },
  ]);
  return Object.fromEntries(methods) as ClaimlineClient;
}
