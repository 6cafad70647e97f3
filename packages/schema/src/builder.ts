import type { Relations } from '@claimline/store';
import {
  ConflictError,
  NotFoundError,
  ProvenanceError,
  relations,
  scopeAllows,
  ValidationError,
} from '@claimline/store';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { refusedAccess } from './access.ts';
import type { ClaimlineContext } from './context.ts';
import { costError, fieldCost } from './cost.ts';
import { nodeQueryOptions, nodesQueryOptions } from './node-lookup.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';
import AsOfPlugin from './plugins/as-of.ts';
import RequestChecksPlugin from './plugins/request-checks.ts';

export const builder = new SchemaBuilder<{
  DrizzleRelations: Relations;
  Context: ClaimlineContext;
  AuthScopes: { read: boolean; edit: boolean; admin: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: string; Output: string };
    AsOfDate: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Auth first, so no other plugin's work runs for a refused field; asOf before drizzle, which
  // plans the nested queries that need it; the request checks last, so they wrap the argument
  // decoding the other plugins do.
  plugins: [
    ScopeAuthPlugin,
    AsOfPlugin,
    RelayPlugin,
    ErrorsPlugin,
    DrizzlePlugin,
    ComplexityPlugin,
    RequestChecksPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      read: (ctx.readsOpen ?? true) || Boolean(ctx.caller),
      edit: Boolean(ctx.caller && scopeAllows(ctx.caller.scope, 'edit')),
      admin: Boolean(ctx.caller && scopeAllows(ctx.caller.scope, 'admin')),
    }),
    unauthorizedError: (_parent, ctx, info, result) => refusedAccess(ctx, info, result),
  },
  errors: {
    defaultTypes: [ValidationError, NotFoundError, ProvenanceError, ConflictError],
    directResult: true,
  },
  complexity: {
    fieldComplexity: fieldCost,
    limit: (ctx) => ({ complexity: ctx.costLimit }),
    complexityError: costError,
  },
  drizzle: {
    client: (ctx) => ctx.store.db,
    getTableConfig,
    relations,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    nodeQueryOptions,
    nodesQueryOptions,
  },
});

// Reads need the read scope, which every request has unless a setting requires a key.
builder.queryType({ authScopes: { read: true } });
builder.mutationType({ authScopes: { edit: true } });
builder.subscriptionType({ authScopes: { read: true } });
