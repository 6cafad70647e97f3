import { type Caller, type ClaimlineDatabase, callerForKey } from '@claimline/store';
import { createGraphQLError } from 'graphql-yoga';
import { type FetchAPI, plainResponse } from './assets.ts';

/**
 * The caller an `Authorization: Bearer <key>` header stands for: null without the header; a 401
 * refusal of the whole request when the header is malformed or the key unknown or revoked, so a
 * revoked key reads nothing even where reads are open.
 */
export function authenticate(db: ClaimlineDatabase, header: string | null): Caller | null {
  if (header === null) return null;
  const key = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  const caller = key ? callerForKey(db, key) : null;
  if (caller) return caller;
  throw createGraphQLError(
    key
      ? 'The API key is unknown or has been revoked'
      : 'The Authorization header must be "Bearer <API key>"',
    {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
      },
    },
  );
}

/** Whether the request carries a known, unrevoked key: a malformed header or a bad key is none. */
export function hasValidKey(db: ClaimlineDatabase, request: Request): boolean {
  try {
    return authenticate(db, request.headers.get('authorization')) !== null;
  } catch {
    return false;
  }
}

/** What a server answers instead of a file it will not serve to this request, or null to serve it. */
export type Gate = (request: Request, fetchAPI: FetchAPI) => Response | null;

/**
 * Where reads need a key, what the page and GraphiQL answer a request without a valid one: a 401
 * saying so, as what they would show is the data (or the schema) that needs the key.
 */
export function keyRequired(db: ClaimlineDatabase, what: string): Gate {
  return (request, fetchAPI) =>
    hasValidKey(db, request)
      ? null
      : plainResponse(
          fetchAPI,
          401,
          `${what} needs an API key on this server, as reads do: send Authorization: Bearer <key>.`,
          { 'www-authenticate': 'Bearer' },
        );
}
