import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataOf, type GraphQLResult } from '@claimline/schema/testing';
import { openStore } from '@claimline/store';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/commands/command.ts';
import { describeGeneration, generate, generateCommand } from '../src/commands/generate.ts';
import { progressLine } from '../src/progress.ts';
import { createClaimlineYoga } from '../src/yoga.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'claimline-generate-'));

describe('claimline generate', () => {
  it('writes a new database that the server answers from, leaving no partial file', async () => {
    const dir = scratch();
    const path = join(dir, 'story.db');
    const progress: number[] = [];
    const summary = generate(path, { events: 300, seed: 3, onProgress: (done) => progress.push(done) });
    expect(summary.rows.events).toBe(300);
    expect(progress.at(-1)).toBe(300);
    expect(describeGeneration(summary)).toMatch(
      /generated .*300 events.*\n[\d,]+ claims \(with their attributions\) written per second/,
    );
    expect(readdirSync(dir)).toEqual(['story.db']);

    const database = openStore(path);
    try {
      expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      const yoga = createClaimlineYoga({ database, logger: pino({ level: 'silent' }) });
      const response = await yoga.fetch('http://claimline.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ timeline(first: 3) { nodes { title participants { actor { name } }
                     claims(first: 2) { nodes { proposition attributions { excerpt start end source { text } } } } } } }`,
        }),
      });
      type Page = {
        timeline: {
          nodes: {
            claims: {
              nodes: {
                attributions: { excerpt: string; start: number; end: number; source: { text: string } }[];
              }[];
            };
          }[];
        };
      };
      const { timeline } = dataOf((await response.json()) as GraphQLResult<Page>);
      expect(timeline.nodes).toHaveLength(3);
      const attributions = timeline.nodes.flatMap((e) => e.claims.nodes.flatMap((c) => c.attributions));
      expect(attributions.length).toBeGreaterThan(0);
      for (const a of attributions) expect(a.source.text.slice(a.start, a.end)).toBe(a.excerpt);
    } finally {
      database.close();
    }
  });

  it('refuses to overwrite a database, and bad arguments, naming them', async () => {
    const dir = scratch();
    const path = join(dir, 'story.db');
    generate(path, { events: 5, seed: 1 });
    expect(() => generate(path, { events: 5, seed: 1 })).toThrow(UsageError);
    expect(() => generate(path, { events: 5, seed: 1 })).toThrow(/exists/);
    const other = join(dir, 'other.db');
    await expect(async () => generateCommand.run(['--db', other])).rejects.toThrow('--events is required');
    await expect(async () => generateCommand.run(['--db', other, '--events', 'many'])).rejects.toThrow(
      '--events must be a whole number, got "many"',
    );
    await expect(async () =>
      generateCommand.run(['--db', other, '--events', '5', '--seed', '-2']),
    ).rejects.toThrow(/--seed/);
    expect(existsSync(other)).toBe(false);
  });
});

describe('the progress bar', () => {
  it('fills with the work done and estimates the time left', () => {
    expect(progressLine(0, 100, 0, 'events')).toBe(`[${'.'.repeat(30)}]   0%  0/100 events`);
    expect(progressLine(25, 100, 10, 'events')).toBe(
      `[${'#'.repeat(8)}${'.'.repeat(22)}]  25%  25/100 events  30s left`,
    );
    expect(progressLine(1_000_000, 1_000_000, 90, 'events')).toBe(
      `[${'#'.repeat(30)}] 100%  1,000,000/1,000,000 events`,
    );
    expect(progressLine(1, 4, 3, 'articles', 'a.txt')).toBe(
      `[${'#'.repeat(8)}${'.'.repeat(22)}]  25%  1/4 articles  9s left  a.txt`,
    );
  });
});
