import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** What one request may ask of the service. Each refusal is an error naming its limit. */
export interface Limits {
  /** Nesting of selections (introspection aside). */
  depth: number;
  /** Aliased fields in one operation: each alias runs its field again. */
  aliases: number;
  /** Lexical tokens in the document, counted while parsing, so a huge document costs little to refuse. */
  tokens: number;
  /** Cost budget: every field 1, what is under a list multiplied by its page size (see cost.ts). */
  cost: number;
  /** Request body, in bytes. */
  bodyBytes: number;
  /** Execution time of one operation, in milliseconds. */
  timeoutMs: number;
}

/**
 * Near GitHub's and graphql-armor's defaults, sized for this schema. Depth 10 fits the deepest
 * useful question (an actor's claims' claimants' claims…; the SDK's operations reach 7); 15
 * aliases and 2,000 tokens leave room for any hand-written query. The cost budget of 50,000 counts
 * objects that could be returned (see cost.ts): it admits every SDK operation at full pages of 100
 * (the heaviest, an actor or event with 100 claims and all their fields, costs about 21,000) and
 * refuses 100 items with 100 nested items each and a list under those (over 200,000). The body
 * limit is far above any query (the largest example is under 1 kB); the timeout stops what the
 * cost estimate missed.
 */
export const DEFAULT_LIMITS: Limits = {
  depth: 10,
  aliases: 15,
  tokens: 2000,
  cost: 50_000,
  bodyBytes: 100_000,
  timeoutMs: 10_000,
};

/** A refusal as GraphQL reports it: the message names the limit, and so do the extensions. */
function limitError(limit: keyof Limits, message: string, status = 400) {
  return createGraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, http: { status } } });
}

/** Depth, aliases and tokens: graphql-armor, on releases patched for GHSA-224p-v68g-5g8f (max-depth ≥ 2.4.2). */
export function documentLimits(limits: Limits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.tokens }),
    maxDepthPlugin({
      n: limits.depth,
      // A fragment groups fields, it is no level of nesting: a client built of fragments (the
      // SDK) is measured like the same query written out.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        (ctx) =>
          ctx?.reportError(limitError('depth', `Query depth exceeds the depth limit of ${limits.depth}`)),
      ],
    }),
    maxAliasesPlugin({
      n: limits.aliases,
      propagateOnRejection: false,
      onReject: [
        (ctx) =>
          ctx?.reportError(
            limitError('aliases', `Query has more aliases than the aliases limit of ${limits.aliases}`),
          ),
      ],
    }),
  ];
}

/** Refuses a body over the limit while reading it, whether or not it declares its length. */
export function bodyLimit(maxBytes: number): Plugin {
  const tooLarge = () =>
    limitError('bodyBytes', `Request body exceeds the body size limit of ${maxBytes} bytes`, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || !request.body) return;
      setRequestParser(async (req) => {
        if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
        const chunks: Uint8Array[] = [];
        let size = 0;
        const reader = (req.body as ReadableStream<Uint8Array>).getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          size += read.value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            throw tooLarge();
          }
          chunks.push(read.value);
        }
        const body = Buffer.concat(chunks);
        return requestParser(
          new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body }),
        );
      });
    },
  };
}
