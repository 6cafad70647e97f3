import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { pageSizeLimit } from './pagination.ts';

/**
 * Refuses page sizes over the maximum before a field runs: a count-only connection skips its
 * resolver, so checking there would let `first: 500` pass silently.
 */
export class ArgumentChecksPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('first' in fieldConfig.args || 'last' in fieldConfig.args)) return resolver;
    return (parent, args, context, info) => {
      pageSizeLimit(args as { first?: number; last?: number });
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'claimlineArgumentChecks';
SchemaBuilder.registerPlugin(pluginName, ArgumentChecksPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      claimlineArgumentChecks: ArgumentChecksPlugin<Types>;
    }
  }
}
