import { contentHash, loadCorpus, openStore, readCorpus, type SqliteStore } from '@claimline/store';
import { storeChecksum, TINY_CORPUS } from '@claimline/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestText } from '../src/record.ts';

const ARTICLE = ` date 2024-05-15 RIVERTON — Mayor Stone said on Tuesday that more than 60 barges had crossed the Grey River since April, Hilltown officials denied it.

Officials in Hilltown said the barges carried grain. The Grey River will rise next week.

Read More: Ten best bridges
RIVER WIRE`;

let opened: SqliteStore;
beforeEach(() => {
  opened = openStore(':memory:');
  loadCorpus(opened.db, readCorpus(TINY_CORPUS));
});
afterEach(() => opened.close());

const ingest = (text: string, extra = {}) => ingestText(opened, { text, ...extra }, 'editor@test');

describe('ingestText', () => {
  it('stores the text verbatim with its hash, its metadata and its furniture', () => {
    const result = ingest(ARTICLE, { publisher: 'River Daily' });
    expect(result.created).toBe(true);
    const source = opened.sqlite.prepare('SELECT * FROM sources WHERE id = ?').get(result.sourceId) as Record<
      string,
      unknown
    >;
    expect(source).toMatchObject({
      text: ARTICLE,
      content_hash: contentHash(ARTICLE),
      published_edtf: '2024-05-15',
      dateline: 'Riverton',
      kind: 'WIRE_COPY',
      publisher: 'River Daily',
    });
    // With no title given, the body's first sentence, after the dateline, shortened.
    expect(source.title).toMatch(/^Mayor Stone said on Tuesday that .{20,}…$/);
    const furniture = opened.sqlite
      .prepare('SELECT kind FROM source_furniture WHERE source_id = ?')
      .all(result.sourceId);
    expect(furniture).toEqual([{ kind: 'READ_MORE' }, { kind: 'CREDIT' }]);
    const revision = opened.sqlite
      .prepare("SELECT author FROM revisions WHERE entity_type = 'sources' AND entity_id = ?")
      .get(result.sourceId);
    expect(revision).toEqual({ author: 'editor@test' });
  });

  it('writes DRAFT proposals pinned to the exact words, none from furniture', () => {
    const { proposals } = ingest(ARTICLE);
    const furnitureStart = ARTICLE.indexOf('Read More');
    for (const p of proposals.filter((p) => p.excerpt)) {
      expect(ARTICLE.slice(p.start, p.end)).toBe(p.excerpt);
      if (p.kind !== 'ACTOR') expect(p.end <= furnitureStart).toBe(true);
    }
    const statuses = opened.sqlite.prepare('SELECT DISTINCT status FROM proposals').all();
    expect(statuses).toEqual([{ status: 'DRAFT' }]);
    const kinds = new Set(proposals.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['ACTOR', 'CLAIM', 'DATE', 'PLACE', 'QUANTITY']);
    const stone = proposals.find((p) => p.payload.kind === 'ACTOR' && p.payload.name === 'Ada Stone');
    expect(stone?.payload).toMatchObject({ actorId: expect.any(Number), resolution: 'ALIAS' });
    const claim = proposals.find((p) => p.payload.kind === 'CLAIM' && p.payload.quantity);
    expect(claim?.payload).toMatchObject({
      claimant: { name: 'Ada Stone' },
      quantity: { low: 60, unit: 'barges' },
      stated: { edtf: '2024-05-14', phrase: 'on Tuesday' },
    });
    // The wire credit speaks for the text's own statements: a new actor to propose.
    const wire = proposals.find(
      (p) => p.payload.kind === 'CLAIM' && p.payload.claimant?.name === 'River Wire',
    );
    expect(wire?.payload).toMatchObject({
      stance: 'EXPECTS',
      claimant: { actorId: null, proposalId: expect.any(Number) },
    });
  });

  it('changes nothing when the same text comes again', () => {
    const first = ingest(ARTICLE);
    const before = storeChecksum(opened.sqlite);
    const again = ingest(ARTICLE);
    expect(again).toMatchObject({ created: false, sourceId: first.sourceId, ingestionId: first.ingestionId });
    expect(again.proposals).toEqual(first.proposals);
    expect(storeChecksum(opened.sqlite)).toBe(before);
  });

  it('joins a near-duplicate of a stored source to its syndication group, dated by it', () => {
    const first = ingest(ARTICLE);
    const copy = ARTICLE.replace(' date 2024-05-15 RIVERTON — ', '')
      .replace('Mayor Stone', 'Ada Stone')
      .replace('RIVER WIRE', '');
    const second = ingest(copy);
    expect(second.copyOfSourceId).toBe(first.sourceId);
    const groups = opened.sqlite
      .prepare(
        'SELECT id, syndication_group_id AS g, published_edtf AS published FROM sources WHERE id IN (?, ?)',
      )
      .all(first.sourceId, second.sourceId) as { g: number | null; published: string }[];
    expect(groups[0]?.g).not.toBeNull();
    expect(groups[0]?.g).toBe(groups[1]?.g);
    expect(groups[1]?.published).toBe('2024-05-15');
  });

  it('knows an undated text from the day it was ingested, and from a dated copy’s day once one arrives', () => {
    const undated = ARTICLE.replace(' date 2024-05-15 RIVERTON — ', '')
      .replace('Mayor Stone', 'Ada Stone')
      .replace('RIVER WIRE', '');
    const knownFrom = (id: number) =>
      opened.sqlite.prepare('SELECT known_on, known_from FROM sources WHERE id = ?').get(id);
    const today = new Date().toISOString().slice(0, 10);
    const first = ingest(undated);
    expect(knownFrom(first.sourceId)).toEqual({ known_on: today, known_from: today });
    const dated = ingest(ARTICLE);
    expect(dated.copyOfSourceId).toBe(first.sourceId);
    // The words were public on the dated copy's day: the undated copy is known from then too.
    expect(knownFrom(first.sourceId)).toEqual({ known_on: '2024-05-15', known_from: '2024-05-15' });
    expect(knownFrom(dated.sourceId)).toEqual({ known_on: null, known_from: '2024-05-15' });
    const revisions = opened.sqlite
      .prepare(
        "SELECT count(*) AS n FROM revisions WHERE entity_type = 'sources' AND entity_id = ? AND action = 'UPDATE'",
      )
      .get(first.sourceId);
    expect(revisions).toEqual({ n: 2 });
  });
});
