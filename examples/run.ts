// `pnpm example <name> [args]`: runs one example against CLAIMLINE_URL (default
// http://localhost:4000/graphql).
import { ClaimlineError, createClient } from '@claimline/sdk';
import { estimates } from './estimates.ts';
import { exportFiles } from './export.ts';
import { type Example, UsageError } from './lib/example.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';
import { whoSaid } from './who-said.ts';

const EXAMPLES: Example[] = [timeline, whoSaid, estimates, search, exportFiles];
const DEFAULT_URL = 'http://localhost:4000/graphql';

function usage(): string {
  const lines = EXAMPLES.map((e) => `  ${`${e.name} ${e.args}`.padEnd(52)} ${e.summary}`);
  return [
    `usage: pnpm example <name> [args]   (server: CLAIMLINE_URL, default ${DEFAULT_URL})`,
    ...lines,
  ].join('\n');
}

async function main([name, ...args]: string[]): Promise<number> {
  const example = EXAMPLES.find((e) => e.name === name);
  if (!example) {
    console.error(`${name ? `no example named "${name}"\n` : ''}${usage()}`);
    return 2;
  }
  const client = createClient({ url: process.env.CLAIMLINE_URL || DEFAULT_URL });
  try {
    await example.run(client, args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nusage: pnpm example ${example.name} ${example.args}`);
      return 2;
    }
    if (error instanceof ClaimlineError) {
      console.error(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Output piped into `head` closes early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
