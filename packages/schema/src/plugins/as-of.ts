/**
 * Knowledge time in the schema: every list takes `asOf`, and nested lists follow the asOf of the
 * root field above them. Drizzle plans nested relations before their root resolver runs, so they
 * cannot read the root's arguments; this plugin wraps each root field and records its asOf
 * (by response key, per context) before the planning starts, and nested fields look it up with
 * `nestedAsOf`. It lives in the schema, so `execute()` over the exported schema answers as the
 * server does.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

export const AS_OF_DESCRIPTION =
  'Read the record as it was known on this day (a month or a year: its last day): only claims that a source public by then reports, and the events they are about. Nested lists follow the asOf of the root field above them unless given their own.';

/** Each request's root asOf values by response key; keyed by the context, so nothing outlives the request. */
const rootAsOf = new WeakMap<object, Map<string, string>>();

export class AsOfPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const root = fieldConfig.parentType === 'Query' || fieldConfig.parentType === 'Subscription';
    if (!root || !('asOf' in fieldConfig.args)) return resolver;
    return (parent, args, context, info) => {
      const asOf = (args as { asOf?: unknown }).asOf;
      if (typeof asOf === 'string') {
        const byKey = rootAsOf.get(context as object) ?? new Map<string, string>();
        rootAsOf.set(context as object, byKey.set(String(info.path.key), asOf));
      }
      return resolver(parent, args, context, info);
    };
  }
}

/** A nested field's asOf: its own argument, else its root field's. */
export function nestedAsOf(
  asOf: string | null | undefined,
  context: object,
  path?: { segments: readonly { alias: string }[] },
): string | undefined {
  const root = path?.segments[0]?.alias;
  return asOf ?? (root ? rootAsOf.get(context)?.get(root) : undefined);
}

const REMEMBERED_DAYS = 1024;

/**
 * One value per asOf day, built once: drizzle extras are compared by identity, so fields that
 * share an extra (or one field asked for twice) must get the same function for the same day.
 * The least recently built days are forgotten, so clients cannot grow it without bound.
 */
export function perAsOf<T>(build: (asOf: string | undefined) => T): (asOf: string | undefined) => T {
  const built = new Map<string | undefined, T>();
  return (asOf) => {
    if (!built.has(asOf)) {
      if (built.size >= REMEMBERED_DAYS) built.delete(built.keys().next().value);
      built.set(asOf, build(asOf));
    }
    return built.get(asOf) as T;
  };
}

const pluginName = 'claimlineAsOf';
SchemaBuilder.registerPlugin(pluginName, AsOfPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      claimlineAsOf: AsOfPlugin<Types>;
    }
  }
}
