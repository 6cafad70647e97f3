import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/sqlite.ts';
import { events } from '../src/db/tables/index.ts';
import { timelineCondition } from '../src/graphql/types/event.ts';

describe('counting the timeline', () => {
  const database = openDatabase(':memory:');
  afterAll(() => database.close());

  it('reads the partial index of live events, not every row', () => {
    const query = database.db
      .select({ id: events.id })
      .from(events)
      .where(timelineCondition(events, null))
      .toSQL();
    const plan = database.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM (${query.sql})`)
      .all(...query.params) as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual([
      'SEARCH events USING COVERING INDEX events_live_idx (retracted_at=?)',
    ]);
  });
});
