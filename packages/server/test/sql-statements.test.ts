import { fuzzyTimeValues, parseFuzzyTime, tables } from '@claimline/schema';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, seededService, type TestService } from './helpers.ts';

let service: TestService;

// Fifty more events in 2030, each with a participant and a claim reported by a seed source.
beforeAll(() => {
  service = seededService();
  const { db, sqlite } = service.database;
  const source = sqlite.prepare('SELECT id, text FROM sources ORDER BY id LIMIT 1').get() as {
    id: number;
    text: string;
  };
  const actor = sqlite.prepare('SELECT id FROM actors ORDER BY id LIMIT 1').get() as { id: number };
  for (let i = 1; i <= 50; i++) {
    const day = `2030-01-${String(Math.ceil(i / 2)).padStart(2, '0')}`;
    const event = db
      .insert(tables.events)
      .values({
        key: `synthetic-${i}`,
        kind: 'OTHER',
        title: `Synthetic ${i}`,
        ...fuzzyTimeValues('time', parseFuzzyTime(day)),
      })
      .returning()
      .get();
    db.insert(tables.eventParticipants)
      .values({ eventId: event.id, actorId: actor.id, role: 'PARTICIPANT' })
      .run();
    const claim = db
      .insert(tables.claims)
      .values({
        key: `synthetic-claim-${i}`,
        claimantId: actor.id,
        stance: 'ASSERTS',
        proposition: `Synthetic ${i}`,
      })
      .returning()
      .get();
    db.insert(tables.claimEvents).values({ claimId: claim.id, eventId: event.id }).run();
    db.insert(tables.attributions)
      .values({
        claimId: claim.id,
        sourceId: source.id,
        excerpt: source.text.slice(i, i + 20),
        start: i,
        end: i + 20,
      })
      .run();
  }
});
afterAll(() => service.close());

const DEEP_TIMELINE = `query($first: Int) {
  timeline(filter: { from: "2030-01-01" }, first: $first) {
    totalCount
    nodes {
      title
      time { label }
      participants { role actor { name aliases { name } } }
      claims(first: 5) {
        totalCount
        nodes { proposition claimant { name } attributions { excerpt sentence { text } source { title } } }
      }
    }
  }
}`;

async function statementsFor(first: number): Promise<{ count: number; events: number }> {
  service.resetStatements();
  const { timeline } = dataOf(
    await service.query<{ timeline: { nodes: unknown[] } }>(DEEP_TIMELINE, { first }),
  );
  return { count: service.statements.length, events: timeline.nodes.length };
}

describe('SQL statements per request', () => {
  it('costs the same small number for 5 and for 50 events, nesting included', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(five.events).toBe(5);
    expect(fifty.events).toBe(50);
    // One planned query for the page and its nested selections, one for totalCount.
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBe(2);
  });
});
