import { type GraphQLSchema, isObjectType } from 'graphql';

interface GlobalId {
  typename: string;
  id: string;
}

/** Whether a decoded global ID names a type of this schema that is a Node. */
function namesNodeType(schema: GraphQLSchema, id: GlobalId): boolean {
  const type = schema.getType(id.typename);
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/**
 * `node(id:)` and `nodes(ids:)` answer null for an ID of nothing — a row that is gone, or a type
 * that is no node — as Relay expects, instead of an error that would also void the other IDs of
 * a `nodes` list. (Unknown rows resolve to null in the drizzle plugin's loader.)
 */
export const nodeQueryOptions = {
  resolve: (
    _root: unknown,
    args: { id: GlobalId },
    _ctx: unknown,
    info: { schema: GraphQLSchema },
    resolveNode: (id: GlobalId) => unknown,
  ) => Promise.resolve(namesNodeType(info.schema, args.id) ? resolveNode(args.id) : null),
};

export const nodesQueryOptions = {
  resolve: (
    _root: unknown,
    args: { ids: (GlobalId | null)[] },
    _ctx: unknown,
    info: { schema: GraphQLSchema },
    resolveNodes: (ids: GlobalId[]) => unknown,
  ) => {
    // The relay plugin's loader reads `args.ids` itself, skipping nulls, so unknown types are
    // blanked there rather than passed as a shorter list.
    args.ids.forEach((id, index) => {
      if (id && !namesNodeType(info.schema, id)) args.ids[index] = null;
    });
    return resolveNodes(args.ids.filter((id) => id !== null)) as Promise<unknown>[];
  },
};
