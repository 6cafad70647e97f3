import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Deadline } from '../context.ts';
import { nodeIdsLimit, pageSizeLimit } from '../pagination.ts';

/**
 * Checks a field's request before it runs. Page sizes over the maximum are refused there, since
 * a count-only connection skips its resolver and `first: 500` would otherwise pass silently, and
 * so is a `nodes(ids:)` list over its maximum. And
 * every field that loads objects checks the execution deadline: SQLite calls are synchronous, so
 * a timer alone could not interrupt a long query between them.
 */
export class RequestChecksPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const paged = 'first' in fieldConfig.args || 'last' in fieldConfig.args;
    const byIds = 'ids' in fieldConfig.args;
    const type = fieldConfig.type.kind === 'List' ? fieldConfig.type.type : fieldConfig.type;
    const loads = type.kind !== 'Scalar' && type.kind !== 'Enum';
    if (!paged && !loads) return resolver;
    return (parent, args, context, info) => {
      (context as { deadline?: Deadline }).deadline?.check();
      if (paged) pageSizeLimit(args as { first?: number; last?: number });
      if (byIds) nodeIdsLimit(args as { ids?: unknown[] });
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'claimlineRequestChecks';
SchemaBuilder.registerPlugin(pluginName, RequestChecksPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      claimlineRequestChecks: RequestChecksPlugin<Types>;
    }
  }
}
