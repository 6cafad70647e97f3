import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { readCorpus } from '../src/corpus/read.ts';
import { AFFIRMING_STANCES } from '../src/domain/event-status.ts';
import { CLAIM_ROLES, STANCES } from '../src/domain/vocabulary.ts';
import { openStore, type SqliteStore } from '../src/index.ts';
import {
  ANALYSIS_AUTHOR,
  assertRelation,
  InvalidRelationError,
  type RelationInput,
  recomputeClaimRelations,
  retractRelation,
} from '../src/records/claim-relations.ts';
import { updateClaim } from '../src/records/claims.ts';
import type { Writer } from '../src/records/revisions.ts';
import { claimRole } from '../src/records/support.ts';
import { storeChecksum, TINY_CORPUS } from './helpers.ts';

let opened: SqliteStore | undefined;
afterEach(() => opened?.close());

/** The tiny corpus: the mayor's "about 40 barges" and Hilltown's denial of the crossings. */
function loaded() {
  const store = openStore(':memory:');
  opened = store;
  const { inserted } = loadCorpus(store.db, readCorpus(TINY_CORPUS));
  const id = (key: string) =>
    (store.sqlite.prepare('SELECT id FROM claims WHERE key = ?').get(key) as { id: number }).id;
  return Object.assign(store, {
    inserted,
    mayor: id('mayor-barges-crossed'),
    denial: id('hilltown-denies-crossings'),
  });
}

const relations = (o: SqliteStore) =>
  o.sqlite
    .prepare(
      'SELECT id, kind, origin, from_claim_id AS "from", to_claim_id AS "to", retracted_at AS retracted FROM claim_relations ORDER BY id',
    )
    .all() as {
    id: number;
    kind: string;
    origin: string;
    from: number;
    to: number;
    retracted: string | null;
  }[];

const revisionsOf = (o: SqliteStore, id: number) =>
  o.sqlite
    .prepare(
      "SELECT action, author FROM revisions WHERE entity_type = 'claim_relations' AND entity_id = ? ORDER BY id",
    )
    .all(id);

const asEditor = <T>(o: SqliteStore, write: (writer: Writer) => T): T =>
  // drizzle types a sync transaction's result against async callbacks; T is never a promise here.
  o.db.transaction((tx) => write({ tx, author: 'editor:ada', at: '2024-06-01T00:00:00.000Z' }) as never) as T;

const recompute = (o: SqliteStore) => o.db.transaction((tx) => recomputeClaimRelations(tx));

describe('computing claim relations', () => {
  it('runs when a corpus is loaded: the denial contradicts the estimate, with a revision', () => {
    const store = loaded();
    expect(store.inserted.claimRelations).toBe(1);
    const [relation] = relations(store);
    expect(relation).toMatchObject({
      kind: 'CONTRADICTS',
      origin: 'COMPUTED',
      from: store.denial,
      to: store.mayor,
    });
    expect(revisionsOf(store, relation?.id as number)).toEqual([
      { action: 'CREATE', author: ANALYSIS_AUTHOR },
    ]);
  });

  it('changes nothing when run again', () => {
    const store = loaded();
    const before = storeChecksum(store.sqlite);
    expect(recompute(store)).toMatchObject({ created: 0, retracted: 0 });
    expect(recompute(store).relations).toHaveLength(1);
    expect(storeChecksum(store.sqlite)).toBe(before);
  });

  it('retracts, with a revision, what the claims no longer support', () => {
    const store = loaded();
    store.sqlite.prepare("UPDATE claims SET retracted_at = '2024-06-02' WHERE id = ?").run(store.denial);
    expect(recompute(store)).toMatchObject({ created: 0, retracted: 1, relations: [] });
    const [relation] = relations(store);
    expect(relation?.retracted).not.toBeNull();
    expect(revisionsOf(store, relation?.id as number)).toEqual([
      { action: 'CREATE', author: ANALYSIS_AUTHOR },
      { action: 'RETRACT', author: ANALYSIS_AUTHOR },
    ]);
  });
});

describe('editors and computed relations', () => {
  it('never touches a relation an editor asserted', () => {
    const store = loaded();
    const asserted = asEditor(store, (w) =>
      assertRelation(w, {
        kind: 'CORROBORATES',
        fromClaimId: store.mayor,
        toClaimId: store.denial,
        explanation: '  Both saw the river.  ',
      }),
    );
    expect(asserted).toMatchObject({ origin: 'EDITOR', explanation: 'Both saw the river.' });
    expect(revisionsOf(store, asserted.id)).toEqual([{ action: 'CREATE', author: 'editor:ada' }]);
    const before = storeChecksum(store.sqlite);
    recompute(store);
    expect(storeChecksum(store.sqlite)).toBe(before);
  });

  it('does not bring back a computed relation an editor retracted', () => {
    const store = loaded();
    const [computed] = relations(store);
    asEditor(store, (w) => retractRelation(w, computed?.id as number));
    expect(recompute(store)).toMatchObject({ created: 0, relations: [] });
    expect(relations(store)).toHaveLength(1);
    expect(revisionsOf(store, computed?.id as number)).toEqual([
      { action: 'CREATE', author: ANALYSIS_AUTHOR },
      { action: 'RETRACT', author: 'editor:ada' },
    ]);
  });

  it.each<[string, Partial<RelationInput>]>([
    ['kind', { kind: 'AGREES' }],
    ['explanation', { explanation: '   ' }],
    ['fromClaimId', { fromClaimId: 999 }],
    ['toClaimId', { toClaimId: 999 }],
  ])('refuses a bad %s, naming it, and writes nothing', (field, bad) => {
    const store = loaded();
    const before = storeChecksum(store.sqlite);
    const input = {
      kind: 'CONTRADICTS',
      fromClaimId: store.mayor,
      toClaimId: store.denial,
      explanation: 'x',
      ...bad,
    };
    const attempt = () => asEditor(store, (w) => assertRelation(w, input));
    expect(attempt).toThrow(InvalidRelationError);
    expect(attempt).toThrow(expect.objectContaining({ field: `input.${field}` }));
    expect(storeChecksum(store.sqlite)).toBe(before);
  });

  it('refuses to relate a claim to itself, or to retract what is not live', () => {
    const store = loaded();
    const self = { kind: 'CORROBORATES', fromClaimId: store.mayor, toClaimId: store.mayor, explanation: 'x' };
    expect(() => asEditor(store, (w) => assertRelation(w, self))).toThrow(/itself/);
    expect(() => asEditor(store, (w) => retractRelation(w, 999))).toThrow(InvalidRelationError);
  });
});

describe('what a claim does to an event', () => {
  it('counts a claim set to qualify the event, or to give it context, neither for it nor against it', () => {
    const store = loaded();
    const eventId = (
      store.sqlite
        .prepare('SELECT event_id AS id FROM claim_events WHERE claim_id = ?')
        .get(store.denial) as {
        id: number;
      }
    ).id;
    const live = () => relations(store).filter((r) => r.kind === 'CONTRADICTS' && !r.retracted);
    expect(live()).toHaveLength(1);
    for (const role of ['QUALIFIES', 'CONTEXT'] as const) {
      asEditor(store, (w) => updateClaim(w, store.denial, { eventRoles: [{ eventId, role }] }));
      expect(live()).toEqual([]);
      expect(
        store.sqlite.prepare('SELECT role FROM claim_events WHERE claim_id = ?').get(store.denial),
      ).toEqual({
        role,
      });
    }
    // Set back to what its stance says, the dispute is the analysis's again.
    asEditor(store, (w) => updateClaim(w, store.denial, { eventRoles: [] }));
    expect(live()).toHaveLength(1);
    const [revision] = store.sqlite
      .prepare(
        "SELECT before, after FROM revisions WHERE entity_type = 'claims' AND entity_id = ? ORDER BY id DESC",
      )
      .all(store.denial) as { before: string; after: string }[];
    expect(JSON.parse(revision?.before ?? '{}').eventRoles).toEqual([{ eventId, role: 'CONTEXT' }]);
    expect(JSON.parse(revision?.after ?? '{}').eventRoles).toEqual([]);
  });

  it('refuses a role for an event the claim is not about, or two roles for one event', () => {
    const store = loaded();
    expect(() =>
      asEditor(store, (w) =>
        updateClaim(w, store.mayor, { eventRoles: [{ eventId: 999, role: 'CONTEXT' }] }),
      ),
    ).toThrow(expect.objectContaining({ field: 'input.eventRoles[0].eventId' }));
    const eventId = (
      store.sqlite.prepare('SELECT event_id AS id FROM claim_events WHERE claim_id = ?').get(store.mayor) as {
        id: number;
      }
    ).id;
    expect(() =>
      asEditor(store, (w) =>
        updateClaim(w, store.mayor, {
          eventRoles: [
            { eventId, role: 'CONTEXT' },
            { eventId, role: 'QUALIFIES' },
          ],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'input.eventRoles[1].eventId' }));
  });

  it('affirms it by an affirming stance, denies it by DENIES — except an event that is what was said', () => {
    const store = loaded();
    const role = (stance: string, kind: string, linkRole: string | null = null) =>
      store.db.get<{ role: string | null }>(
        sql`SELECT ${claimRole(sql`${linkRole}`, sql`${stance}`, sql`${kind}`)} AS role`,
      )?.role;
    for (const stance of STANCES) {
      const affirming = (AFFIRMING_STANCES as readonly string[]).includes(stance);
      expect(role(stance, 'MEETING')).toBe(stance === 'DENIES' ? 'DENIES' : affirming ? 'AFFIRMS' : null);
      expect(role(stance, 'DENIAL')).toBe('AFFIRMS');
      expect(role(stance, 'STATEMENT')).toBe(stance === 'DENIES' ? 'DENIES' : 'AFFIRMS');
      // A role set on the link is what the claim does, whatever its stance.
      for (const set of CLAIM_ROLES) expect(role(stance, 'MEETING', set)).toBe(set);
    }
  });
});
