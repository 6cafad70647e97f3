import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStory } from '@claimline/generate';
import { ingestText } from '@claimline/ingest';
import {
  callerForKey,
  createClaim,
  DamagedDatabaseError,
  openStore,
  restoreDatabase,
  runWrite,
} from '@claimline/store';
import { storeChecksum } from '@claimline/store/testing';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { restoreCommand } from '../src/commands/backup.ts';
import { keysCommand } from '../src/commands/keys.ts';
import { seed } from '../src/commands/seed.ts';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;
const require = createRequire(import.meta.url);

function claimline(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'claimline-durability-'));

function checksumOf(path: string): string {
  const { sqlite, close } = openStore(path);
  try {
    return storeChecksum(sqlite);
  } finally {
    close();
  }
}

describe('backup and restore', () => {
  it('round-trips every row, with writes in between', async () => {
    const dir = scratch();
    const live = join(dir, 'live.db');
    seed(live);
    const database = openStore(live);
    const source = database.sqlite.prepare('SELECT id, text FROM sources LIMIT 1').get() as {
      id: number;
      text: string;
    };
    const write = (proposition: string) =>
      runWrite(database.db, 'test', (w) =>
        createClaim(w, {
          claimantDescription: 'an editor',
          stance: 'ASSERTS',
          stated: { edtf: '2024' },
          proposition,
          attributions: [{ sourceId: source.id, excerpt: source.text.slice(300, 340), start: 300, end: 340 }],
        }),
      );
    write('Written before the backup.');
    const atBackup = storeChecksum(database.sqlite);
    await database.backup(join(dir, 'backup.db'));
    write('Written after the backup.');
    expect(storeChecksum(database.sqlite)).not.toBe(atBackup);
    database.close();

    await restoreDatabase(join(dir, 'backup.db'), live);
    expect(checksumOf(live)).toBe(atBackup);
    await restoreDatabase(join(dir, 'backup.db'), join(dir, 'elsewhere', 'copy.db'));
    expect(checksumOf(join(dir, 'elsewhere', 'copy.db'))).toBe(atBackup);
  });

  it('works from the CLI, and refuses to restore a file that is no database', async () => {
    const dir = scratch();
    const live = join(dir, 'live.db');
    seed(live);
    const before = checksumOf(live);
    const backup = claimline('backup', '--db', live, join(dir, 'out.db'));
    expect(backup.stdout).toMatch(/backed up .* \(\d+ pages, integrity ok\)/);
    await restoreCommand.run(['--db', join(dir, 'restored.db'), join(dir, 'out.db')]);
    expect(checksumOf(join(dir, 'restored.db'))).toBe(before);

    writeFileSync(join(dir, 'junk.db'), 'not a database at all '.repeat(200));
    const refused = claimline('restore', '--db', live, join(dir, 'junk.db'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/junk\.db is damaged/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(checksumOf(live)).toBe(before);
  });
});

/** A database of a generated story of `events` events (some 8 kB an event). */
function storyDatabase(dir: string, events: number): string {
  const path = join(dir, 'live.db');
  const store = openStore(path);
  generateStory(store, { events, seed: 1 });
  store.close();
  return path;
}

const sourceCount = (path: string) => {
  const { sqlite, close } = openStore(path);
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  } finally {
    close();
  }
};

/** Commits one row at a time into a table of its own, forever; says "writing" once it has begun. */
const STEADY_WRITER = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2]);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = OFF');
db.exec('CREATE TABLE IF NOT EXISTS load_test (n INTEGER)');
const insert = db.prepare('INSERT INTO load_test (n) VALUES (?)');
for (let n = 0; ; n++) {
  insert.run(n);
  if (n === 100) process.stdout.write('writing\\n');
}`;

const rowsWritten = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM load_test').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a backup under load', () => {
  it('finishes while another process writes without pause, and holds one snapshot', async () => {
    const dir = scratch();
    const live = storyDatabase(dir, 3_000);
    const before = sourceCount(live);
    // A writer as fast as SQLite allows: SQLite's backup API started over after each of its commits.
    const writer = spawn(process.execPath, ['-e', STEADY_WRITER, require.resolve('better-sqlite3'), live], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await once(writer.stdout, 'data');
      const out = join(dir, 'backup.db');
      const backup = spawn(process.execPath, ['--import', 'tsx', CLI, 'backup', '--db', live, out]);
      const [status] = await once(backup, 'exit');
      expect(status).toBe(0);
      expect(sourceCount(out)).toBe(before);
      expect(rowsWritten(out)).toBeLessThan(rowsWritten(live));
      expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('killed midway, leaves no file at OUT that could pass for a backup', async () => {
    const dir = scratch();
    const live = storyDatabase(dir, 3_000);
    const out = join(dir, 'backup.db');
    const partial = join(dir, '.backup.db.partial');
    const backup = spawn(process.execPath, ['--import', 'tsx', CLI, 'backup', '--db', live, out]);
    const exited = once(backup, 'exit');
    let sawPartial = false;
    while (backup.exitCode === null && !sawPartial) {
      sawPartial = existsSync(partial);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    backup.kill('SIGKILL');
    await exited;
    expect(sawPartial).toBe(true);
    expect(existsSync(out)).toBe(false);
    // The next run clears the leftover and writes a whole backup.
    expect(claimline('backup', '--db', live, out).status).toBe(0);
    expect(existsSync(partial)).toBe(false);
    expect(sourceCount(out)).toBe(sourceCount(live));
  });
});

describe('a damaged database file', () => {
  it('is refused on open with a clear error', () => {
    const dir = scratch();
    const path = join(dir, 'damaged.db');
    seed(path);
    const database = openStore(path);
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = database.sqlite.pragma('page_size', { simple: true }) as number;
    const rootPage = database.sqlite
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'attributions_claim_idx'")
      .pluck()
      .get() as number;
    database.close();
    // Overwrite an index page with garbage: the tables still read, the integrity check does not pass.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootPage - 1) * pageSize);
    closeSync(fd);
    expect(() => openStore(path)).toThrow(DamagedDatabaseError);
    expect(() => openStore(path)).toThrow(/damaged\.db is damaged \(integrity check: /);
    // `claimline check` runs the same full check on any size.
    const checked = claimline('check', '--db', path);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/claimline check: .*damaged\.db is damaged \(integrity check: /);
  });

  it('is not what `claimline check` finds in an intact one', () => {
    const path = join(scratch(), 'intact.db');
    seed(path);
    const checked = claimline('check', '--db', path);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/intact\.db: integrity ok \(\d+ pages read in [\d.]+ s\)/);
    expect(checked.stdout).toMatch(/intact\.db: audit ok/);
    expect(claimline('check', '--db', join(scratch(), 'missing.db')).stderr).toMatch(/no database at/);
  });
});

describe('`claimline check` on an intact file whose rows break the rules', () => {
  it('lists each attribution and proposal that no longer matches its text, and fails', async () => {
    const path = join(scratch(), 'broken.db');
    seed(path);
    const database = openStore(path);
    const text = 'Harbour officials said on Monday that 40 ferries had stopped running. The mayor denied it.';
    await ingestText(database, { text, title: 'Ferries stop', publishedAt: '2024-03-04' }, 'check test');
    const proposal = database.sqlite.prepare('SELECT id FROM proposals ORDER BY id LIMIT 1').pluck().get();
    database.sqlite
      .prepare("UPDATE proposals SET excerpt = excerpt || ' (edited)' WHERE id = ?")
      .run(proposal);
    const attribution = database.sqlite
      .prepare('SELECT id FROM attributions ORDER BY id LIMIT 1')
      .pluck()
      .get();
    database.sqlite.prepare('UPDATE attributions SET start = start + 1 WHERE id = ?').run(attribution);
    database.close();
    const checked = claimline('check', '--db', path);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/integrity ok/);
    expect(checked.stdout).toContain(`provenance: proposal ${proposal}:`);
    expect(checked.stdout).toContain(`provenance: attribution ${attribution}:`);
    expect(checked.stderr).toMatch(/claimline check: the store breaks its rules in 2 places/);
  });
});

describe('API keys from the CLI', () => {
  /** What a command printed, run in process. */
  async function printed(...args: string[]): Promise<string> {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await keysCommand.run(args);
      return log.mock.calls.map((call) => call.join(' ')).join('\n');
    } finally {
      log.mockRestore();
    }
  }

  it('are shown once, stored hashed, listed without the key, and revoked', async () => {
    const dir = scratch();
    const db = join(dir, 'keys.db');
    seed(db);
    const created = await printed('create', '--scope', 'edit', '--name', 'Copy desk', '--db', db);
    const key = created.split('\n').at(-1) as string;
    expect(key).toMatch(/^clk_[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(db).includes(key)).toBe(false);

    const listed = await printed('list', '--db', db);
    expect(listed).toMatch(/^1\tCopy desk\tedit\tclk_\S+…\tcreated \S+\tactive$/m);
    expect(listed).not.toContain(key);

    const { db: store, close } = openStore(db);
    expect(callerForKey(store, key)).toMatchObject({ name: 'Copy desk', scope: 'edit' });
    close();

    expect(await printed('revoke', '1', '--db', db)).toBe('revoked key 1 "Copy desk"');
    const again = openStore(db);
    expect(callerForKey(again.db, key)).toBeNull();
    again.close();
    await expect(printed('revoke', '1', '--db', db)).rejects.toThrow(/id: the key was revoked on/);
    await expect(printed('create', '--scope', 'root', '--db', db)).rejects.toThrow(
      /--scope must be one of read, edit, admin/,
    );
  });
});
