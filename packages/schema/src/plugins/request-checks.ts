import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Deadline } from '../context.ts';
import { cursorsCheck, nodeIdsLimit, pageSizeLimit, windowCheck } from '../pagination.ts';

/**
 * Checks a field's request before it runs. Page sizes over the maximum or negative, cursors this
 * service never gave out and date windows that end before they start are refused there, since a
 * count-only connection skips its resolver and would otherwise take them silently; so is a
 * `nodes(ids:)` list over its maximum. And
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
    const windowed = 'filter' in fieldConfig.args;
    const type = fieldConfig.type.kind === 'List' ? fieldConfig.type.type : fieldConfig.type;
    const loads = type.kind !== 'Scalar' && type.kind !== 'Enum';
    if (!paged && !loads && !windowed) return resolver;
    return (parent, args, context, info) => {
      (context as { deadline?: Deadline }).deadline?.check();
      if (paged) {
        pageSizeLimit(args as { first?: number; last?: number });
        cursorsCheck(args as { after?: string; before?: string });
      }
      if (windowed) windowCheck(args as { filter?: { from?: string; to?: string } });
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
