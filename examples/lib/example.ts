import type { ClaimlineClient } from '@claimline/sdk';

/** One runnable example: `pnpm example <name> [args]`. */
export interface Example {
  name: string;
  /** The arguments it takes, as shown in usage: `[from] [to]`. */
  args: string;
  summary: string;
  run(client: ClaimlineClient, args: readonly string[]): Promise<void>;
}

/** Arguments an example cannot use: run.ts prints the message and the usage. */
export class UsageError extends Error {}

/** Every item of an async iterator (a paginated connection), in order. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}
