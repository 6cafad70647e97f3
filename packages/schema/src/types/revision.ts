import type { Revision as RevisionRow } from '@claimline/store';
import { REVISION_ACTIONS, tables } from '@claimline/store';
import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { pageSizeLimit } from '../pagination.ts';

/** The table behind each node type: revisions name tables, clients name nodes. */
const NODE_TABLES = {
  Actor: 'actors',
  Alias: 'actor_aliases',
  Place: 'places',
  Event: 'events',
  Claim: 'claims',
  Attribution: 'attributions',
  ClaimRelation: 'claim_relations',
  Source: 'sources',
  Measure: 'measures',
  SyndicationGroup: 'syndication_groups',
} as const;
type NodeType = keyof typeof NODE_TABLES;

const NODE_TYPES = Object.keys(NODE_TABLES) as NodeType[];
const typeOfTable = (table: string) => NODE_TYPES.find((type) => NODE_TABLES[type] === table);

const RevisionAction = builder.enumType('RevisionAction', { values: REVISION_ACTIONS });
const NodeTypeEnum = builder.enumType('NodeType', { values: NODE_TYPES });

export const Revision = builder.drizzleNode('revisions', {
  name: 'Revision',
  description: 'One change to one thing: who made it, when, and the thing before and after.',
  id: { column: (r) => r.id },
  // A change to something that is no node (an API key's name, scope and prefix) is an admin's to read.
  runScopesOnType: true,
  authScopes: (revision) => (typeOfTable(revision.entityType) ? true : { admin: true }),
  fields: (t) => ({
    action: t.expose('action', { type: RevisionAction }),
    author: t.exposeString('author', { description: 'The API key that wrote it (name and id), or "seed".' }),
    at: t.exposeString('at', { description: 'When it was written, as an ISO timestamp.' }),
    nodeType: t.field({
      type: NodeTypeEnum,
      nullable: true,
      resolve: (r) => typeOfTable(r.entityType) ?? null,
    }),
    nodeId: t.id({
      nullable: true,
      description: 'The global ID of the thing changed.',
      resolve: (r) => {
        const type = typeOfTable(r.entityType);
        return type ? encodeGlobalID(type, r.entityId) : null;
      },
    }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'Null for a creation.' }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

/** The table and row a node's global ID stands for, or an argument error naming `nodeId`. */
function entityOf(nodeId: string): { table: string; id: number } {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(nodeId);
  } catch {}
  const table = decoded && NODE_TABLES[decoded.typename as NodeType];
  if (!decoded || !table) {
    throw new PothosValidationError(
      `Argument "nodeId": ${JSON.stringify(nodeId)} is not the ID of a node with history`,
    );
  }
  return { table, id: Number(decoded.id) };
}

builder.queryFields((t) => ({
  revisions: t.drizzleConnection(
    {
      type: 'revisions',
      description:
        "A thing's history, oldest first: every creation, edit, retraction and merge, with who and when.",
      maxSize: pageSizeLimit,
      args: { nodeId: t.arg.id({ required: true }) },
      totalCount: (_parent, args, ctx) => {
        const { table, id } = entityOf(args.nodeId);
        return ctx.store.db.$count(
          tables.revisions,
          and(eq(tables.revisions.entityType, table), eq(tables.revisions.entityId, id)),
        );
      },
      resolve: (query, _parent, args, ctx) => {
        const { table, id } = entityOf(args.nodeId);
        return ctx.store.db.query.revisions.findMany(
          query({ where: { entityType: table, entityId: id }, orderBy: { id: 'asc' } }),
        );
      },
    },
    { name: 'RevisionConnection' },
    { name: 'RevisionEdge' },
  ),
}));

const ChangesFilter = builder.inputType('ChangesFilter', {
  description: 'Which changes to hear of; every change to a node when absent.',
  fields: (t) => ({
    nodeTypes: t.field({ type: [NodeTypeEnum], description: 'Changes to nodes of these types.' }),
    nodeIds: t.idList({ description: 'Changes to these nodes.' }),
  }),
});

builder.subscriptionFields((t) => ({
  changes: t.field({
    type: Revision,
    description: 'Each change as it is committed (server-sent events): the revision written.',
    args: { filter: t.arg({ type: ChangesFilter }) },
    subscribe: (_root, { filter }, ctx) => {
      if (!ctx.changes) throw new Error('this server publishes no changes');
      const types = filter?.nodeTypes?.length ? new Set<string>(filter.nodeTypes) : null;
      const ids = filter?.nodeIds?.length ? new Set(filter.nodeIds.map((id) => String(id))) : null;
      return ctx.changes.subscribe((revision) => {
        const type = typeOfTable(revision.entityType);
        if (!type || (types && !types.has(type))) return false;
        return !ids || ids.has(encodeGlobalID(type, revision.entityId));
      });
    },
    resolve: (revision: RevisionRow) => revision,
  }),
}));
