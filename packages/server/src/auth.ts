import { type Caller, type ClaimlineDatabase, callerForKey } from '@claimline/store';
import { createGraphQLError } from 'graphql-yoga';

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
