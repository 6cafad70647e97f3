import { events, openStore } from '@claimline/store';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import { timelineCondition } from '../src/types/event.ts';

describe('counting the timeline', () => {
  const database = openStore(':memory:');
  afterAll(() => database.close());

  it('reads the partial index of live events, not every row', () => {
    // The statement the timeline's totalCount runs, as drizzle builds it.
    const count = database.db.$count(events, timelineCondition(events, null));
    const query = new SQLiteDialect().sqlToQuery(count.getSQL());
    const plan = database.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT ${query.sql}`).all(...query.params) as {
      detail: string;
    }[];
    expect(plan.map((step) => step.detail)).toContain(
      'SEARCH events USING COVERING INDEX events_live_idx (retracted_at=?)',
    );
    expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/SCAN events\b/);
  });
});
