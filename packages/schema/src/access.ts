import type { AuthFailure, ForbiddenResult } from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ClaimlineContext } from './context.ts';

/** The first scope an authorization failure asks for. */
function neededScope(failure: AuthFailure): string | undefined {
  if ('scope' in failure) return failure.scope;
  if ('failures' in failure) {
    for (const inner of failure.failures) {
      const scope = neededScope(inner);
      if (scope) return scope;
    }
  }
  return undefined;
}

/**
 * The error a refused field answers with: UNAUTHENTICATED (401) without a key, FORBIDDEN (403)
 * with a key whose scope is too small; each says which scope the field needs.
 */
export function refusedAccess(
  ctx: ClaimlineContext,
  info: GraphQLResolveInfo,
  result: ForbiddenResult,
): GraphQLError {
  const scope = neededScope(result.failure) ?? 'read';
  const field = `${info.parentType.name}.${info.fieldName}`;
  const caller = ctx.caller;
  const message = caller
    ? `${field} needs the ${scope} scope; the key "${caller.name}" has ${caller.scope}`
    : `${field} needs an API key with the ${scope} scope (Authorization: Bearer <key>)`;
  return new GraphQLError(message, {
    extensions: {
      code: caller ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      scope,
      http: { status: caller ? 403 : 401 },
    },
  });
}
