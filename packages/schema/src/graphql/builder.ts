import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { Relations } from '../db/relations.ts';
import { relations } from '../db/relations.ts';
import type { ClaimlineDatabase } from '../db/sqlite.ts';
import ArgumentChecksPlugin from './argument-checks.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';

export interface ClaimlineContext {
  db: ClaimlineDatabase;
  sqlite: Database.Database;
  /** Each root field's asOf by response key, read from the operation: see `asOfByRootField`. */
  asOfByRootField?: Map<string, string>;
}

export const builder = new SchemaBuilder<{
  DrizzleRelations: Relations;
  Context: ClaimlineContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: string; Output: string };
  };
}>({
  // Last, so its checks wrap the argument decoding the other plugins do.
  plugins: [RelayPlugin, DrizzlePlugin, ArgumentChecksPlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
  },
});

builder.queryType({});
