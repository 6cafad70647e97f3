import type { ComplexityErrorFn, FieldComplexityValue } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, nodeIdsLimit, pageSizeLimit } from './pagination.ts';

/** What a list that is not paged is assumed to hold, for its cost: aliases, participants. */
export const LIST_COST_MULTIPLIER = 10;

/**
 * The cost of a field: 1 for each object it can return, and what is selected under it multiplied
 * by how many — a connection's page size (`first` or `last`, else the default page), a plain list
 * 10, `nodes(ids:)` the number of ids. Scalars are free: they are columns of a row already loaded. A connection's `nodes` and
 * `edges` are its page, already counted on the connection field. A page over the maximum is
 * refused here, naming its argument, before its cost could hide that.
 */
export function fieldCost(
  args: Record<string, unknown>,
  _ctx: unknown,
  field: GraphQLField<unknown, never, never>,
): FieldComplexityValue {
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
    pageSizeLimit(args as { first?: number | null; last?: number | null });
    return { field: 1, multiplier: (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number };
  }
  // `nodes(ids:)` costs what it loads: one object per id.
  if (field.args.some((arg) => arg.name === 'ids')) return { field: 1, multiplier: nodeIdsLimit(args) };
  if (isLeafType(getNamedType(field.type))) return 0;
  if (field.name === 'nodes' || field.name === 'edges') return { field: 1, multiplier: 1 };
  return isListType(getNullableType(field.type)) ? { field: 1, multiplier: LIST_COST_MULTIPLIER } : 1;
}

/** A query over the cost budget is refused before any field runs, naming the limit. */
export const costError: ComplexityErrorFn = (_kind, result) =>
  new GraphQLError(
    `Query cost ${result.complexity} exceeds the cost limit of ${result.maxComplexity}: ask for smaller pages (first/last) or fewer nested lists`,
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        limit: 'cost',
        cost: result.complexity,
        max: result.maxComplexity,
      },
    },
  );
