import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  callerForKey,
  createClaim,
  DamagedDatabaseError,
  openStore,
  restoreDatabase,
  runWrite,
} from '@claimline/store';
import { storeChecksum } from '@claimline/store/testing';
import { describe, expect, it, vi } from 'vitest';
import { restoreCommand } from '../src/commands/backup.ts';
import { keysCommand } from '../src/commands/keys.ts';
import { seed } from '../src/commands/seed.ts';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;

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
    expect(claimline('check', '--db', join(scratch(), 'missing.db')).stderr).toMatch(/no database at/);
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
