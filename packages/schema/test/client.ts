/** What a GraphQL request over HTTP answers, as tests read it. */
export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A GraphQL request, as the holder of `key` when given. */
export type GraphQLQuery = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  key?: string,
) => Promise<GraphQLResult<T>>;

/** Requests POSTed to `/graphql` through a Yoga instance's in-process `fetch`, with `key` as Bearer token. */
export function graphqlOver(yoga: {
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>;
}): GraphQLQuery {
  return async (query, variables, key) => {
    const response = await yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
}

/** The data of a result that must have no errors. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** A global ID, as the relay plugin encodes them. */
export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
