import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededServer, startSeededServer } from '../../packages/sdk/test/server.ts';
import type { TimelineJS } from '../lib/formats.ts';
import { timelineJSProblems } from './timelinejs.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pnpm example <args>` as a child process (node --import tsx examples/run.ts) against `url`. */
function example(args: string[], url = server.url): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'examples/run.ts', ...args],
      { cwd: REPO, env: { ...process.env, CLAIMLINE_URL: url }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** The output of a run that must succeed. */
async function output(...args: string[]): Promise<string> {
  const run = await example(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

let server: SeededServer;
let dir: string;
beforeAll(async () => {
  server = await startSeededServer();
  dir = mkdtempSync(join(tmpdir(), 'claimline-examples-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pnpm example', () => {
  it('timeline: September 2023 as a table, the summit on its day and fuzzy dates as ranges', async () => {
    const out = await output('timeline', '2023-09-01', '2023-09-30');
    expect(out).toMatch(/^15 events from 2023-09-01 to 2023-09-30/);
    expect(out).toMatch(
      /^2023-09-13 +MEETING +CORROBORATED +Vostochny Cosmodrome +Putin–Kim summit at Vostochny Cosmodrome$/m,
    );
    expect(out).toMatch(
      /^2023-09\/2024-02-27 \(range\) +GIFT +CORROBORATED +Putin gives Kim an Aurus limousine$/m,
    );
    expect(out).toMatch(/^2023-09\/2024-02 \(range\) +TRANSFER +DISPUTED +North Korea ships containers/m);
    expect(out).not.toContain('ceasefire');
    const whole = await output('timeline');
    expect(whole).toMatch(/^31 events\n/);
    expect(whole).toMatch(/^1953 \(year\) +AGREEMENT/m);
    expect(whole).toMatch(/^unknown +/m);
  });

  it('who-said: a misspelled name finds the minister, with his 6,700-container estimate and its sources', async () => {
    const out = await output('who-said', 'Shin', 'Wonsick');
    expect(out).toMatch(/^"Shin Wonsick" is Shin Won-sik \(person\)/);
    expect(out).toContain('also written: Shin Wonsik');
    expect(out).toMatch(
      /2024-02-27 {2}ESTIMATES \(is estimated to\) {2}North Korea is estimated to have sent about 6,700 containers/,
    );
    expect(out).toContain('“South Korean Defence Minister Shin Won-sik told reporters');
    expect(out).toContain('— Yonhap News Agency → Bloomberg → The Straits Times, published 2024-02-27');
    expect(out).toContain('TIME');
  });

  it('who-said: an actor found by a metonym', async () => {
    expect(await output('who-said', 'Pyongyang')).toMatch(/^"Pyongyang" is North Korea \(state\)/);
  });

  it('estimates: the container estimates over time as a table and a chart', async () => {
    const out = await output('estimates', 'containers-shipped-north-korea-to-russia');
    expect(out).toMatch(/^Containers shipped from North Korea to Russia \(containers, a running total\)/);
    expect(out).toMatch(/^2023-10-13 +≥1,000 containers +actual +believed to +United States/m);
    expect(out).toMatch(/^2024-02-27 +≈6,700 containers +actual +is estimated to +Shin Won-sik/m);
    expect(out).toMatch(/^2023-10-13 +≥1,000 containers +█{6}→$/m);
    expect(out).toMatch(/^2024-02-27 +≈6,700 containers +█{40}$/m);
    expect(out).toMatch(
      /^ {2}REVISES {2}Shin Won-sik \(2024-02-27\): ≈6,700 containers .* revises United States/m,
    );
  });

  it('estimates: without a key, the measures to choose from', async () => {
    expect(await output('estimates')).toMatch(
      /^containers-shipped-north-korea-to-russia +Containers shipped/m,
    );
  });

  it('search: matches with highlighted snippets', async () => {
    const out = await output('search', 'limousine');
    expect(out).toMatch(/^6 matches for "limousine", those with every word in the title first/);
    expect(out).toMatch(/^EVENT +Putin gives Kim an Aurus limousine$/m);
    expect(out).toContain('Aurus [limousine]');
  });

  it('export: TimelineJS JSON that TimelineJS loads, CSV and ClaimReview JSON-LD', async () => {
    const out = await output('export', dir);
    expect(out).toContain(`wrote ${join(dir, 'timeline.json')}: 22 TimelineJS slides`);
    expect(out).toContain('(9 events of unknown time are in the CSV only');
    const timeline: TimelineJS = JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8'));
    expect(timelineJSProblems(timeline)).toEqual([]);
    const slide = (id: string) => timeline.events.find((e) => e.unique_id === id);
    expect(slide('putin-kim-summit-2023')).toMatchObject({ start_date: { year: 2023, month: 9, day: 13 } });
    expect(slide('putin-kim-summit-2023')?.display_date).toBeUndefined();
    expect(slide('aurus-limousine-gift')).toMatchObject({
      start_date: { year: 2023, month: 9 },
      end_date: { year: 2024, month: 2, day: 27 },
      display_date: 'September 2023 – 27 February 2024',
    });
    const csv = readFileSync(join(dir, 'timeline.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(32);
    expect(csv).toContainEqual(expect.stringMatching(/^putin-kim-summit-2023,MEETING,Putin–Kim summit/));
    const reviews = JSON.parse(readFileSync(join(dir, 'claims.jsonld'), 'utf8'));
    expect(reviews['@context']).toBe('https://schema.org');
    expect(reviews['@graph']).toHaveLength(115);
    const shin = reviews['@graph'].find((r: { claimReviewed: string }) => r.claimReviewed.includes('6,700'));
    expect(shin.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Shin Won-sik' });
    expect(shin.itemReviewed.appearance.length).toBeGreaterThanOrEqual(3);
  });
});

describe('pnpm example, when something is wrong', () => {
  it('lists the examples for an unknown name', async () => {
    const run = await example(['nonsense']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no example named "nonsense"');
    expect(run.stderr).toMatch(/^ {2}who-said <actor name, any spelling>/m);
  });

  it('names a bad argument and shows the usage', async () => {
    const run = await example(['timeline', 'September']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '"September" is not YYYY-MM-DD\nusage: pnpm example timeline [from YYYY-MM-DD] [to YYYY-MM-DD]\n',
    );
  });

  it("prints the server's error for a bad argument, without a stack trace", async () => {
    const run = await example(['timeline', '2023-02-30']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^BAD_USER_INPUT: Variable "\$filter" got invalid value "2023-02-30" at "filter.from"/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when its output is closed early, as by `| head`', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/run.ts', 'who-said', 'Shin'], {
      cwd: REPO,
      env: { ...process.env, CLAIMLINE_URL: server.url },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once(child, 'exit');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says the server cannot be reached', async () => {
    const run = await example(['estimates'], 'http://127.0.0.1:9/graphql');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^NETWORK_ERROR: Could not reach the Claimline server/);
  });
});
