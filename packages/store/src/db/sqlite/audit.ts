import type Database from 'better-sqlite3';
import { checkExcerpt, spansOverlap } from '../../domain/provenance.ts';
import type { StoreViolation } from '../../store.ts';

/**
 * Checks the rules of DESIGN.md over everything stored: the provenance rule for every
 * attribution and every ingestion proposal, no attribution drawn from page furniture, claimants and subjects that resolve,
 * every event backed by a claim, syndication groups of two or more sources. Empty when sound.
 */
export function auditSqlite(sqlite: Database.Database): StoreViolation[] {
  const violations: StoreViolation[] = [];
  const add = (rule: string, entity: string, message: string) => violations.push({ rule, entity, message });

  const texts = new Map<number, string>();
  const textOf = (id: number) => {
    let text = texts.get(id);
    if (text === undefined) {
      text = (sqlite.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string }).text;
      texts.set(id, text);
    }
    return text;
  };
  const furniture = sqlite.prepare('SELECT kind, start, "end" FROM source_furniture WHERE source_id = ?');
  const attributions = sqlite
    .prepare('SELECT id, source_id, excerpt, start, "end" FROM attributions WHERE retracted_at IS NULL')
    .iterate() as Iterable<{ id: number; source_id: number; excerpt: string; start: number; end: number }>;
  for (const a of attributions) {
    const broken = checkExcerpt(textOf(a.source_id), a);
    if (broken) add('provenance', `attribution ${a.id}`, broken.message);
    for (const span of furniture.all(a.source_id) as { kind: string; start: number; end: number }[]) {
      if (spansOverlap(span, a)) add('furniture', `attribution ${a.id}`, `overlaps ${span.kind} furniture`);
    }
  }

  // A proposal is pinned to its words as an attribution is: an editor accepts it as it stands.
  const proposals = sqlite
    .prepare(
      `SELECT p.id, i.source_id, p.excerpt, p.start, p."end" FROM proposals p
         JOIN ingestions i ON i.id = p.ingestion_id`,
    )
    .iterate() as Iterable<{ id: number; source_id: number; excerpt: string; start: number; end: number }>;
  for (const p of proposals) {
    const broken = checkExcerpt(textOf(p.source_id), p);
    if (broken) add('provenance', `proposal ${p.id}`, broken.message);
  }

  const queries: { rule: string; entity: string; sql: string; message: string }[] = [
    {
      rule: 'claimant',
      entity: 'claim',
      sql: "SELECT id FROM claims WHERE claimant_id IS NULL AND coalesce(claimant_description, '') = ''",
      message: 'claim has neither a claimant nor a description of an unnamed one',
    },
    {
      rule: 'attribution',
      entity: 'claim',
      sql: `SELECT c.id FROM claims c WHERE c.retracted_at IS NULL AND NOT EXISTS
              (SELECT 1 FROM attributions a WHERE a.claim_id = c.id AND a.retracted_at IS NULL)`,
      message: 'claim is reported by no source',
    },
    {
      rule: 'event-support',
      entity: 'event',
      sql: `SELECT e.id FROM events e WHERE e.retracted_at IS NULL AND NOT EXISTS
              (SELECT 1 FROM claim_events ce WHERE ce.event_id = e.id)`,
      message: 'no claim is about this event',
    },
    {
      rule: 'syndication',
      entity: 'syndication group',
      sql: `SELECT g.id FROM syndication_groups g
             WHERE (SELECT count(*) FROM sources s WHERE s.syndication_group_id = g.id) < 2`,
      message: 'syndication group has fewer than two sources',
    },
  ];
  for (const { rule, entity, sql, message } of queries) {
    for (const row of sqlite.prepare(sql).all() as { id: number }[])
      add(rule, `${entity} ${row.id}`, message);
  }
  // Claimants, subjects, places, participants and chains are foreign keys: this catches any that dangle.
  for (const row of sqlite.pragma('foreign_key_check') as {
    table: string;
    rowid: number;
    parent: string;
  }[]) {
    add('reference', `${row.table} ${row.rowid}`, `refers to a missing ${row.parent} row`);
  }
  return violations;
}
