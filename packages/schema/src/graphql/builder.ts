import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { Relations } from '../db/relations.ts';
import { relations } from '../db/relations.ts';
import type { ClaimlineDatabase } from '../db/sqlite.ts';
import { scopeAllows } from '../domain/api-keys.ts';
import type { Caller } from '../store/api-keys.ts';
import {
  ConflictError,
  NotFoundError,
  ProvenanceError,
  type Revision,
  ValidationError,
} from '../store/write.ts';
import { refusedAccess } from './access.ts';
import { costError, fieldCost } from './cost.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';
import RequestChecksPlugin, { type Deadline } from './request-checks.ts';

/** Where committed revisions go, and where `changes` subscribers hear of them. */
export interface ChangeFeed {
  publish(revision: Revision): void;
  /** Revisions committed from now on that `keep` accepts, until the subscriber leaves. */
  subscribe(keep: (revision: Revision) => boolean): AsyncIterable<Revision>;
}

export interface ClaimlineContext {
  db: ClaimlineDatabase;
  sqlite: Database.Database;
  /** Each root field's asOf by response key, read from the operation: see `asOfByRootField`. */
  asOfByRootField?: Map<string, string>;
  /** The holder of the API key the request came with; null or absent when it came with none. */
  caller?: Caller | null;
  /** Whether a request without a key may read (default true; a setting can require a key). */
  readsOpen?: boolean;
  changes?: ChangeFeed;
  /** The most a query may cost (see cost.ts); absent for no limit. */
  costLimit?: number;
  deadline?: Deadline;
}

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
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Auth first, so no other plugin's work runs for a refused field; the request checks last,
  // so they wrap the argument decoding the other plugins do.
  plugins: [ScopeAuthPlugin, RelayPlugin, ErrorsPlugin, DrizzlePlugin, ComplexityPlugin, RequestChecksPlugin],
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
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
  },
});

// Reads need the read scope, which every request has unless a setting requires a key.
builder.queryType({ authScopes: { read: true } });
builder.mutationType({ authScopes: { edit: true } });
builder.subscriptionType({ authScopes: { read: true } });
