import { fuzzyTimeValues, parseFuzzyTime, recomputeClaimRelations, tables } from '@claimline/store';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.ts';
import { schemaService as seededService, type SchemaService as TestService } from './service.ts';

let service: TestService;

// Fifty more events in 2030, each with a participant, a claim reported by a seed source, and a
// denial of it reported by another (so each event is disputed and its claims related).
beforeAll(() => {
  service = seededService();
  const { db, sqlite } = service.database;
  const source = sqlite.prepare('SELECT id, text FROM sources ORDER BY id LIMIT 1').get() as {
    id: number;
    text: string;
  };
  const [actor, denier] = sqlite.prepare('SELECT id FROM actors ORDER BY id LIMIT 2').all() as {
    id: number;
  }[];
  const denialSource = sqlite.prepare('SELECT id, text FROM sources ORDER BY id DESC LIMIT 1').get() as {
    id: number;
    text: string;
  };
  if (!actor || !denier) throw new Error('the seed story has actors');
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
    const claims = [
      { key: `synthetic-claim-${i}`, claimant: actor, stance: 'ASSERTS' as const, from: source },
      { key: `synthetic-denial-${i}`, claimant: denier, stance: 'DENIES' as const, from: denialSource },
    ];
    for (const c of claims) {
      const claim = db
        .insert(tables.claims)
        .values({ key: c.key, claimantId: c.claimant.id, stance: c.stance, proposition: `Synthetic ${i}` })
        .returning()
        .get();
      db.insert(tables.claimEvents).values({ claimId: claim.id, eventId: event.id }).run();
      db.insert(tables.attributions)
        .values({
          claimId: claim.id,
          sourceId: c.from.id,
          excerpt: c.from.text.slice(i, i + 20),
          start: i,
          end: i + 20,
        })
        .run();
    }
  }
  db.transaction((tx) => recomputeClaimRelations(tx));
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

const ANALYSED_TIMELINE = `query($first: Int) {
  timeline(filter: { from: "2030-01-01", kinds: [OTHER] }, first: $first, asOf: "2030-06-30") {
    nodes {
      status statusExplanation independentSourceCount claimantCount
      statusReasons { role claim { key independentSourceCount claimantCount attributions { source { title } } } }
      claims(first: 5) { nodes { key relations { kind explanation from { key } to { key } } } }
    }
  }
}`;

type Analysed = {
  status: string;
  statusReasons: { role: string }[];
  claims: { nodes: { relations: { kind: string }[] }[] };
};

describe('SQL statements per request', () => {
  it('costs one statement for a timeline with statuses, reasons, counts and relations, for 5 or 50 events', async () => {
    const run = async (first: number) => {
      service.resetStatements();
      const { timeline } = dataOf(
        await service.query<{ timeline: { nodes: Analysed[] } }>(ANALYSED_TIMELINE, { first }),
      );
      return { count: service.statements.length, nodes: timeline.nodes };
    };
    const five = await run(5);
    const fifty = await run(50);
    expect(fifty.nodes).toHaveLength(50);
    for (const event of fifty.nodes) {
      expect(event.status).toBe('DISPUTED');
      expect(event.statusReasons.map((r) => r.role)).toEqual(['AFFIRMS', 'DENIES']);
      expect(event.claims.nodes.map((c) => c.relations.map((r) => r.kind))).toEqual([
        ['CONTRADICTS'],
        ['CONTRADICTS'],
      ]);
    }
    expect(five.count).toBe(1);
    expect(fifty.count).toBe(five.count);
  });

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
