import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/commands/command.ts';
import { describeIngest, fileText, ingestCommand, ingestFiles, textFiles } from '../src/commands/ingest.ts';

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
      /^ingested 2 new source\(s\), 0 already stored \(unchanged\), 0 refused; draft proposals: /,
    );
    const revisions = count(db, 'revisions');
    expect(ingestFiles(db, files, {})).toEqual({
      created: 0,
      unchanged: 2,
      syndicated: 0,
      proposals: {},
      refused: [],
    });
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

  it('reads only UTF-8 text: a byte-order mark is dropped, other encodings, binary data and NULs are refused', () => {
    const article = 'Ferry crews said 14 boats sailed from Port Elsin on Sunday.';
    expect(fileText(Buffer.from(article))).toEqual({ text: article });
    expect(fileText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]))).toEqual({
      text: article,
    });
    expect(fileText(Buffer.from('Caf\xe9 owners said 3 shops shut.', 'latin1'))).toEqual({
      refused: 'is not UTF-8 text (binary data, or text in another encoding such as Latin-1)',
    });
    expect(fileText(Buffer.from(`\ufeff${article}`, 'utf16le'))).toEqual({
      refused: 'is UTF-16 (it opens with a UTF-16 byte-order mark), not UTF-8 text',
    });
    expect(fileText(Buffer.from(article, 'utf16le'))).toEqual({
      refused: 'holds a NUL character (at character 1): binary data or UTF-16, not UTF-8 text',
    });
    expect(fileText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toMatchObject({
      refused: expect.stringMatching(/^is not UTF-8 text/),
    });
    expect(fileText(Buffer.from(' \n\t'))).toEqual({ refused: 'is empty' });
  });

  it('stores a UTF-8 file exactly, hashed as its bytes; the same text with a byte-order mark is the same source', () => {
    const dir = folder();
    const db = join(dir, 'hash.db');
    const bytes = readFileSync(join(dir, 'articles', 'b.txt'));
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    const summary = ingestFiles(db, [join(dir, 'articles', 'b.txt'), join(dir, 'bom.txt')], {});
    expect(summary).toMatchObject({ created: 1, unchanged: 1, refused: [] });
    const { sqlite, close } = openStore(db);
    const stored = sqlite.prepare('SELECT text, content_hash AS hash FROM sources').get() as Record<
      string,
      string
    >;
    close();
    expect(Buffer.from(stored.text ?? '', 'utf8').equals(bytes)).toBe(true);
    expect(stored.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses each bad file of a batch by name, ingests the rest, and exits 1 after the summary', () => {
    const dir = folder();
    const db = join(dir, 'batch.db');
    writeFileSync(join(dir, 'articles', 'a2.bin.txt'), randomBytes(4096));
    writeFileSync(join(dir, 'articles', 'a3.txt'), Buffer.from('Ice closed the strait.', 'utf16le'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, 'ingest', '--db', db, join(dir, 'articles')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    const stderr = run.stderr.split('\n');
    expect(stderr).toContain(
      `refused ${join(dir, 'articles', 'a2.bin.txt')}: it is not UTF-8 text (binary data, or text in another encoding such as Latin-1)`,
    );
    expect(stderr).toContain(
      `refused ${join(dir, 'articles', 'a3.txt')}: it holds a NUL character (at character 1): binary data or UTF-16, not UTF-8 text`,
    );
    expect(run.stdout).toContain('ingested 2 new source(s), 0 already stored (unchanged), 2 refused');
    expect(stderr).toContain('claimline ingest: 2 of 4 file(s) refused');
    expect(count(db, 'sources')).toBe(2);
  }, 90_000);

  it('dates, titles and places an article from --published, --title and --url', () => {
    const dir = folder();
    const db = join(dir, 'given.db');
    const file = join(dir, 'articles', 'b.txt');
    ingestCommand.run([
      '--db',
      db,
      '--published',
      '2021-06-16',
      '--title',
      'Tana River floods',
      '--url',
      'https://example.org/tana',
      file,
    ]);
    const { sqlite, close } = openStore(db);
    try {
      expect(sqlite.prepare('SELECT title, url, published_edtf, known_from FROM sources').get()).toEqual({
        title: 'Tana River floods',
        url: 'https://example.org/tana',
        published_edtf: '2021-06-16',
        known_from: '2021-06-16',
      });
      // "last week" resolved against the date given: the week before 2021-06-16.
      const dates = sqlite
        .prepare("SELECT json_extract(payload, '$.time.edtf') AS edtf FROM proposals WHERE kind = 'DATE'")
        .all();
      expect(dates).toEqual([{ edtf: '2021-06-07/2021-06-13' }]);
    } finally {
      close();
    }
  });

  it('refuses a --published that is no date, a --url that is no URL, and --title for several files', () => {
    const dir = folder();
    const articles = join(dir, 'articles');
    expect(() => ingestCommand.run(['--published', '2021-13-40', articles])).toThrow(/^--published: /);
    expect(() => ingestCommand.run(['--url', 'example.org/tana', join(articles, 'a.txt')])).toThrow(
      '--url must be an absolute URL such as https://example.org/story, got "example.org/tana"',
    );
    expect(() => ingestCommand.run(['--title', 'One title', articles])).toThrow(
      '--url and --title name one article: give one FILE (got 2)',
    );
  });

  it('refuses an unknown --kind, naming the kinds', () => {
    expect(() => ingestCommand.run(['--kind', 'GOSSIP', 'a.txt'])).toThrow(
      /--kind must be one of REPORT, EDITORIAL/,
    );
  });
});
