import type { Writer } from '@claimline/store';
import { loadCorpus, openStore, readCorpus, runWrite, type SqliteStore, WriteError } from '@claimline/store';
import { storeChecksum, TINY_CORPUS } from '@claimline/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IngestResult, ingestText, type ProposalPayload, type StoredProposal } from '../src/record.ts';
import { acceptProposal, mapProposedActor, rejectProposal } from '../src/review.ts';

const ARTICLE = ` date 2024-05-15 RIVERTON — Mayor Stone said on Tuesday that more than 60 barges had crossed the Grey River since April.

Hilltown officials denied it. The Grey River is the busiest waterway in the region. The Grey River will rise next week, said Bram Okafor, a hydrologist.

Read More: Ten best bridges
RIVER WIRE`;

let opened: SqliteStore;
let ingested: IngestResult;
beforeEach(() => {
  opened = openStore(':memory:');
  loadCorpus(opened.db, readCorpus(TINY_CORPUS));
  ingested = ingestText(opened, { text: ARTICLE }, 'editor@test');
});
afterEach(() => opened.close());

const review = <T>(write: (writer: Writer) => T): T => runWrite(opened.db, 'editor@test', write).value;
/** What a proposal became: the claim, actor or place id its reading now holds. */
const entityOf = (p: { payload: unknown }) => {
  const payload = p.payload as ProposalPayload;
  return payload.kind === 'CLAIM' ? payload.claimId : payload.kind === 'ACTOR' ? payload.actorId : null;
};
const proposal = (test: (p: StoredProposal) => boolean) => {
  const found = ingested.proposals.find(test);
  if (!found) throw new Error('no such proposal');
  return found;
};
const claimBy = (name: string) =>
  proposal((p) => p.payload.kind === 'CLAIM' && p.payload.claimant?.name === name);
const row = (sql: string, ...args: unknown[]) =>
  opened.sqlite.prepare(sql).get(...args) as Record<string, unknown>;

describe('reviewing proposals', () => {
  it('accepts a claim as a claim with its attribution, quantity and subjects; the store stays sound', () => {
    const p = claimBy('Ada Stone');
    const measure = row("SELECT id FROM measures WHERE key = 'barges-crossing'").id;
    const entityId = entityOf(
      review((w) =>
        acceptProposal(w, p.id, {
          quantity: { ...(p.payload.kind === 'CLAIM' && p.payload.quantity), measureId: measure },
        }),
      ),
    );
    expect(
      row('SELECT stance, claimant_id IS NOT NULL AS named, stated_edtf FROM claims WHERE id = ?', entityId),
    ).toEqual({
      stance: 'ASSERTS',
      named: 1,
      stated_edtf: '2024-05-14',
    });
    expect(
      row('SELECT excerpt, start, "end", reporting_verb FROM attributions WHERE claim_id = ?', entityId),
    ).toEqual({
      excerpt: p.excerpt,
      start: p.start,
      end: p.end,
      reporting_verb: 'said',
    });
    expect(
      row(
        'SELECT low, q.unit, m.key AS measure FROM quantities q JOIN measures m ON m.id = q.measure_id WHERE claim_id = ?',
        entityId,
      ),
    ).toEqual({
      low: 60,
      unit: 'barges',
      measure: 'barges-crossing',
    });
    expect(row('SELECT status FROM proposals WHERE id = ?', p.id)).toEqual({ status: 'ACCEPTED' });
    expect(
      row("SELECT count(*) AS n FROM revisions WHERE entity_type = 'claims' AND entity_id = ?", entityId),
    ).toEqual({ n: 1 });
    expect(opened.audit()).toEqual([]);
  });

  it('accepts an edited claim: another stance, proposition and excerpt', () => {
    const p = claimBy('Hilltown');
    const entityId = entityOf(
      review((w) =>
        acceptProposal(w, p.id, {
          stance: 'DENIES',
          proposition: 'Hilltown denies that barges crossed.',
          start: p.start,
          end: p.end - 1,
        }),
      ),
    );
    expect(row('SELECT stance, proposition FROM claims WHERE id = ?', entityId)).toEqual({
      stance: 'DENIES',
      proposition: 'Hilltown denies that barges crossed.',
    });
    expect(row('SELECT excerpt FROM attributions WHERE claim_id = ?', entityId)).toEqual({
      excerpt: p.excerpt.slice(0, -1),
    });
  });

  it('asks for a proposed claimant to be accepted or mapped first; accepting makes it an actor', () => {
    const p = claimBy('Bram Okafor');
    expect(() => review((w) => acceptProposal(w, p.id))).toThrow(
      /proposed new actor: accept or map its proposal/,
    );
    const person = proposal((q) => q.payload.kind === 'ACTOR' && q.payload.name === 'Bram Okafor');
    const actorId = entityOf(review((w) => acceptProposal(w, person.id, { kind: 'PERSON' })));
    expect(row('SELECT name, kind FROM actors WHERE id = ?', actorId)).toEqual({
      name: 'Bram Okafor',
      kind: 'PERSON',
    });
    const entityId = entityOf(review((w) => acceptProposal(w, p.id)));
    expect(row('SELECT claimant_id FROM claims WHERE id = ?', entityId)).toEqual({ claimant_id: actorId });
  });

  it('maps a proposed actor onto a stored one, which learns the printed name', () => {
    const wire = proposal((q) => q.payload.kind === 'ACTOR' && q.payload.name === 'River Wire');
    const hilltown = row("SELECT id FROM actors WHERE key = 'hilltown'").id as number;
    review((w) => mapProposedActor(w, wire.id, hilltown));
    const voiced = opened.sqlite
      .prepare("SELECT payload FROM proposals WHERE kind = 'CLAIM' AND payload LIKE '%River Wire%'")
      .all() as { payload: string }[];
    expect(voiced.length).toBeGreaterThan(0);
    for (const { payload } of voiced)
      expect(JSON.parse(payload).claimant).toMatchObject({ actorId: hilltown, proposalId: null });
  });

  it('rejects a proposal, which stays, marked', () => {
    const p = claimBy('Hilltown');
    review((w) => rejectProposal(w, p.id));
    expect(row('SELECT status FROM proposals WHERE id = ?', p.id)).toEqual({ status: 'REJECTED' });
    expect(() => review((w) => acceptProposal(w, p.id))).toThrow('the proposal is already REJECTED');
  });

  it('refuses bad input, naming the field, and writes nothing', () => {
    const p = claimBy('Ada Stone');
    const before = storeChecksum(opened.sqlite);
    const field = (edits: Parameters<typeof acceptProposal>[2]) => {
      try {
        review((w) => acceptProposal(w, p.id, edits));
      } catch (error) {
        if (error instanceof WriteError) return error.field;
        throw error;
      }
      return null;
    };
    expect(field({ stance: 'SHRUGS' })).toBe('input.stance');
    expect(field({ stated: { edtf: 'last Tuesday' } })).toBe('input.stated.edtf');
    expect(field({ start: p.start, end: ARTICLE.length })).toMatch(/^input\.attributions\[0\]/);
    expect(
      field({
        quantity: {
          value: null,
          low: 9,
          high: 3,
          approximate: false,
          unit: 'barges',
          item: null,
          modality: 'ACTUAL',
          phrase: 'barges',
        },
      }),
    ).toBe('input.quantity.value');
    expect(field({ claimantId: 999 })).toBe('input.claimantId');
    expect(storeChecksum(opened.sqlite)).toBe(before);
  });
});
