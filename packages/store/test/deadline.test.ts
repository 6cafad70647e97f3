import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore } from '../src/index.ts';

// A statement that counts to `rows` one VM step at a time: a hundred million take many seconds.
const counting = (rows: number) =>
  `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ${rows}) SELECT count(*) AS n FROM c`;
const FOREVER = 100_000_000;

let store: SqliteStore;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('a deadline stops SQLite work mid-statement', () => {
  it('a read still running at the deadline fails as DEADLINE_PASSED, and the connection goes on', () => {
    const error = failure(() =>
      store.runWithDeadline(Date.now() + 100, () => store.sqlite.prepare(counting(FOREVER)).get()),
    );
    expect(store.conditionOf(error)).toBe('DEADLINE_PASSED');
    // No deadline outlives its operation: the same connection counts to a million unhindered.
    expect(store.sqlite.prepare(counting(1_000_000)).get()).toEqual({ n: 1_000_000 });
  });

  it('a write stopped at the deadline is rolled back whole', () => {
    store.sqlite.exec('CREATE TABLE scratch (x INTEGER)');
    const write = store.sqlite.transaction(() => {
      store.sqlite.prepare('INSERT INTO scratch VALUES (0)').run();
      store.sqlite.prepare(`INSERT INTO scratch ${counting(FOREVER).replace('count(*) AS n', 'x')}`).run();
    });
    const error = failure(() => store.runWithDeadline(Date.now() + 100, () => write()));
    expect(store.conditionOf(error)).toBe('DEADLINE_PASSED');
    expect(store.sqlite.inTransaction).toBe(false);
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM scratch').get()).toEqual({ n: 0 });
  });

  it('each operation keeps its own deadline across its awaits, though they share the connection', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    const patient = store.runWithDeadline(Date.now() + 60_000, async () => {
      await pause();
      await pause();
      return store.sqlite.prepare(counting(1_000_000)).get();
    });
    const late = store.runWithDeadline(Date.now() + 10, async () => {
      await pause();
      return store.sqlite.prepare(counting(FOREVER)).get();
    });
    const [patientResult, lateResult] = await Promise.allSettled([patient, late]);
    expect(patientResult).toEqual({ status: 'fulfilled', value: { n: 1_000_000 } });
    expect(lateResult.status).toBe('rejected');
    expect(store.conditionOf((lateResult as PromiseRejectedResult).reason)).toBe('DEADLINE_PASSED');
  });

  it('drizzle’s statements run under it too', () => {
    const error = failure(() =>
      store.runWithDeadline(Date.now() + 100, () => store.db.all(sql.raw(counting(FOREVER)))),
    );
    expect(store.conditionOf(error)).toBe('DEADLINE_PASSED');
  });
});
