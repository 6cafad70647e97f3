import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/commands/command.ts';
import { describeIngest, ingestCommand, ingestFiles, textFiles } from '../src/commands/ingest.ts';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-ingest-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(
    join(dir, 'articles', 'a.txt'),
    ' date 2021-06-16 NAIROBI — Kenya said on Tuesday that about 2,400 people had fled the floods, officials said.\n\nRead more: Ten rivers to watch',
  );
  writeFileSync(
    join(dir, 'articles', 'b.txt'),
    'The Tana River burst its banks last week. Rescuers said more than 30 boats were deployed.',
  );
  writeFileSync(join(dir, 'articles', 'notes.md'), 'not an article');
  return dir;
}

const count = (path: string, table: string) => {
  const { sqlite, close } = openStore(path);
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    close();
  }
};

describe('claimline ingest', () => {
  it('lists the .txt files of a folder in order, and refuses what is not there', () => {
    const dir = folder();
    expect(textFiles([join(dir, 'articles')]).map((f) => f.slice(-5))).toEqual(['a.txt', 'b.txt']);
    expect(() => textFiles([join(dir, 'missing.txt')])).toThrow(UsageError);
    expect(() => textFiles([])).toThrow(/at least one FILE or DIR/);
  });

  it('ingests each file once, reporting progress and a summary', () => {
    const dir = folder();
    const db = join(dir, 'claimline.db');
    const seen: string[] = [];
    const files = textFiles([join(dir, 'articles')]);
    const first = ingestFiles(db, files, {}, (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/2', '2/2']);
    expect(first).toMatchObject({ created: 2, unchanged: 0 });
    expect(first.proposals.CLAIM).toBeGreaterThanOrEqual(2);
    expect(describeIngest(first)).toMatch(
      /^ingested 2 new source\(s\), 0 already stored \(unchanged\); draft proposals: /,
    );
    const revisions = count(db, 'revisions');
    expect(ingestFiles(db, files, {})).toEqual({ created: 0, unchanged: 2, syndicated: 0, proposals: {} });
    expect(count(db, 'revisions')).toBe(revisions);
  });

  it('runs from the command line: progress on stderr, the summary on stdout', () => {
    const dir = folder();
    const db = join(dir, 'cli.db');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, 'ingest', '--db', db, ...args], {
        encoding: 'utf8',
      });
    const first = run([join(dir, 'articles')]);
    expect(first.stdout).toContain('ingested 2 new source(s)');
    expect(first.stderr).toMatch(/\] 100% {2}2\/2 articles {2}.*b\.txt\n$/);
    expect(run([join(dir, 'articles', 'a.txt')]).stdout).toContain(
      'ingested 0 new source(s), 1 already stored (unchanged)',
    );
    expect(count(db, 'sources')).toBe(2);
  }, 90_000);

  it('refuses an unknown --kind, naming the kinds', () => {
    expect(() => ingestCommand.run(['--kind', 'GOSSIP', 'a.txt'])).toThrow(
      /--kind must be one of REPORT, EDITORIAL/,
    );
  });
});
