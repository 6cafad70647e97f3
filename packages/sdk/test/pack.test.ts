import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededServer, startSeededServer } from './server.ts';

const SDK_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// Asynchronous: the server under test answers from this process's event loop.
const run = async (command: string, args: string[], cwd?: string) =>
  (await promisify(execFile)(command, args, { cwd, encoding: 'utf8' })).stdout;

/** The pnpm that started this test run (`npm_execpath`, as `pnpm test` sets it), else the one on PATH. */
function pnpm(args: string[], cwd: string): Promise<string> {
  const execPath = process.env.npm_execpath ?? '';
  const [command, commandArgs] = /pnpm\.c?js$/.test(execPath)
    ? [process.execPath, [execPath, ...args]]
    : ['pnpm', args];
  return run(command, commandArgs, cwd);
}

// An app outside this repository: no @types/node and the DOM's lib, as in a browser bundle.
const CONSUMER = `
import { ClaimlineError, createClient, type EventFieldsFragment, paginate } from '@claimline/sdk';

const client = createClient({ url: URL_OF_SERVER });
const september = await client.timeline({ filter: { from: '2023-09-01', to: '2023-09-30' } });
const titles: string[] = september.nodes.map((event: EventFieldsFragment) => event.time.label + ' ' + event.title);
let paged = 0;
for await (const _event of paginate((page) => client.timeline(page), { pageSize: 10 })) paged += 1;
let error = '';
try {
  await client.claims({ first: 500 });
} catch (e) {
  if (e instanceof ClaimlineError) error = e.code + ' ' + e.argument;
}
console.log(JSON.stringify({ titles, paged, total: september.totalCount, error }));
`;

// Types that must not check: each @ts-expect-error fails the build if the SDK's types were loose.
const MISUSE = `
import { createClient } from '@claimline/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql' });
// @ts-expect-error: event needs an id
void client.event({});
// @ts-expect-error: stance is an enum
void client.claims({ filter: { stance: ['SAYS'] } });
// @ts-expect-error: a title is a string
export const n: number = (await client.timeline()).nodes[0]!.title;
`;

let server: SeededServer;
let dir: string;
beforeAll(async () => {
  server = await startSeededServer();
  dir = mkdtempSync(join(tmpdir(), 'claimline-pack-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the packed SDK in an app outside the repository', () => {
  it('installs from its tarball, type-checks and calls the server', { timeout: 180_000 }, async () => {
    await pnpm(['pack', '--pack-destination', dir], SDK_DIR);
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toMatch(/^claimline-sdk-[\d.]+\.tgz$/);

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    await pnpm(['add', `../${tarball}`, '--prefer-offline', '--config.confirmModulesPurge=false'], app);

    const installed = join(app, 'node_modules', '@claimline', 'sdk');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json']);
    for (const file of readdirSync(join(installed, 'dist'), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.js'))
        expect(readFileSync(join(installed, 'dist', file), 'utf8')).not.toMatch(/node:/);
    }

    writeFileSync(join(app, 'main.ts'), CONSUMER.replace('URL_OF_SERVER', JSON.stringify(server.url)));
    writeFileSync(join(app, 'misuse.ts'), MISUSE);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: [],
          outDir: 'out',
        },
      }),
    );
    await run(process.execPath, [TSC, '-p', app]);

    const output = JSON.parse(await run(process.execPath, [join(app, 'out', 'main.js')]));
    expect(output.titles).toContain('2023-09-13 Putin–Kim summit at Vostochny Cosmodrome');
    expect(output.paged).toBe(31);
    expect(output.titles).toHaveLength(output.total);
    expect(output.error).toBe('BAD_USER_INPUT first');
  });
});
