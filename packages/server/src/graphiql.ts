import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Example operations GraphiQL opens with, one tab each: `graphiql/*.graphql`, in file order. */
export const GRAPHIQL_EXAMPLES_DIR = fileURLToPath(new URL('../graphiql', import.meta.url));

export function graphiqlTabs(dir = GRAPHIQL_EXAMPLES_DIR): { query: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ query: readFileSync(`${dir}/${name}`, 'utf8') }));
}
