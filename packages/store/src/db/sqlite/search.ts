/**
 * Full-text and typo-tolerant search on SQLite: the FTS5 indexes, the triggers that keep them in
 * step with their tables, and the queries over them.
 */
import type Database from 'better-sqlite3';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import { SEARCH_LIMITS, searchTerms } from '../../domain/search-terms.ts';
import { claimKnownBy, eventKnownBy, sourceKnownBy } from '../../records/knowledge.ts';

// Rowids in `search_index` encode the kind so an update or delete finds its row without a scan.
const SEARCH_KINDS = { source: 1, claim: 2, event: 3 } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;
const KIND_SLOTS = 4;

interface IndexedTable {
  kind: SearchKind;
  table: string;
  /** SQL for the indexed title and body, given the trigger's row alias. */
  title: (row: string) => string;
  body: (row: string) => string;
}

const INDEXED: IndexedTable[] = [
  { kind: 'source', table: 'sources', title: (r) => `${r}.title`, body: (r) => `${r}.text` },
  {
    kind: 'claim',
    table: 'claims',
    title: (r) => `${r}.proposition`,
    // Who makes it and the words that report it: a printed quote finds the claim carrying it.
    body: (r) => `concat_ws(' ', ${r}.claimant_description,
       (SELECT name FROM actors WHERE id = ${r}.claimant_id),
       (SELECT group_concat(excerpt, ' … ') FROM attributions
         WHERE claim_id = ${r}.id AND retracted_at IS NULL))`,
  },
  {
    kind: 'event',
    table: 'events',
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.summary, '')`,
  },
];

/** The names an entity goes by, and the trigram index over them for near misses. */
interface AliasIndex {
  entity: NamedEntity;
  aliases: string;
  trigrams: string;
  /** SQL for the entity a row of `aliases` (alias `al`) leads to, joined as `e`. */
  join: string;
  id: string;
}
export type NamedEntity = 'actor' | 'place';

const ALIAS_INDEXES: AliasIndex[] = [
  {
    entity: 'actor',
    aliases: 'actor_aliases',
    trigrams: 'alias_trigrams',
    join: 'JOIN actors e ON e.id = al.actor_id',
    // A merged actor's names lead to its successor.
    id: 'coalesce(e.merged_into_id, e.id)',
  },
  {
    entity: 'place',
    aliases: 'place_aliases',
    trigrams: 'place_alias_trigrams',
    join: 'JOIN places e ON e.id = al.place_id',
    id: 'e.id',
  },
];

function aliasTriggers({ aliases, trigrams }: AliasIndex): { name: string; sql: string }[] {
  return [
    {
      name: `${aliases}_ai`,
      sql: `AFTER INSERT ON ${aliases} BEGIN
       INSERT INTO ${trigrams}(rowid, normalized) VALUES (new.id, new.normalized); END`,
    },
    {
      name: `${aliases}_ad`,
      sql: `AFTER DELETE ON ${aliases} BEGIN DELETE FROM ${trigrams} WHERE rowid = old.id; END`,
    },
    {
      name: `${aliases}_au`,
      sql: `AFTER UPDATE OF normalized ON ${aliases} BEGIN
       UPDATE ${trigrams} SET normalized = new.normalized WHERE rowid = old.id; END`,
    },
  ];
}

/** The triggers that keep the search indexes in step with their tables, by name. */
export function searchTriggers(): { name: string; sql: string }[] {
  const triggers = ALIAS_INDEXES.flatMap(aliasTriggers);
  for (const { kind, table, title, body } of INDEXED) {
    const insert = `INSERT INTO search_index(rowid, title, body)
       SELECT ${searchRowid(kind, 'new')}, ${title('new')}, ${body('new')}
       WHERE new.retracted_at IS NULL;`;
    const remove = `DELETE FROM search_index WHERE rowid = ${searchRowid(kind, 'old')};`;
    triggers.push(
      { name: `${table}_search_ai`, sql: `AFTER INSERT ON ${table} BEGIN ${insert} END` },
      { name: `${table}_search_ad`, sql: `AFTER DELETE ON ${table} BEGIN ${remove} END` },
      { name: `${table}_search_au`, sql: `AFTER UPDATE ON ${table} BEGIN ${remove} ${insert} END` },
    );
  }
  // A claim's entry holds its excerpts and its claimant's name: reindexed when they change.
  const claims = INDEXED.find((t) => t.kind === 'claim') as IndexedTable;
  const reindexClaims = (where: string) => `DELETE FROM search_index WHERE rowid IN
       (SELECT ${searchRowid('claim', 'c')} FROM claims c WHERE ${where});
     INSERT INTO search_index(rowid, title, body)
       SELECT ${searchRowid('claim', 'c')}, ${claims.title('c')}, ${claims.body('c')} FROM claims c
        WHERE ${where} AND c.retracted_at IS NULL;`;
  triggers.push(
    {
      name: 'attributions_search_ai',
      sql: `AFTER INSERT ON attributions BEGIN ${reindexClaims('c.id = new.claim_id')} END`,
    },
    {
      name: 'attributions_search_ad',
      sql: `AFTER DELETE ON attributions BEGIN ${reindexClaims('c.id = old.claim_id')} END`,
    },
    {
      name: 'attributions_search_au',
      sql: `AFTER UPDATE ON attributions BEGIN ${reindexClaims('c.id IN (old.claim_id, new.claim_id)')} END`,
    },
    {
      name: 'actors_search_au',
      sql: `AFTER UPDATE OF name ON actors BEGIN ${reindexClaims('c.claimant_id = new.id')} END`,
    },
  );
  return triggers;
}

const searchRowid = (kind: SearchKind, row: string) => `${row}.id * ${KIND_SLOTS} + ${SEARCH_KINDS[kind]}`;

/**
 * Creates the search indexes and their triggers where missing. A database whose triggers index
 * otherwise than this code does, or that lacks an index (written by an earlier version), gets
 * them replaced and its indexes rebuilt once, so what it finds never depends on when a row was
 * written.
 */
export function createSearchIndexes(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    // An index new to this version starts empty beside the rows already stored.
    const added = ['search_index', ...ALIAS_INDEXES.map((a) => a.trigrams)].some((t) => !tables.includes(t));
    sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
       title, body, tokenize = 'porter unicode61 remove_diacritics 2')`);
    for (const { trigrams } of ALIAS_INDEXES)
      sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${trigrams} USING fts5(
         normalized, tokenize = 'trigram')`);
    const stored = new Map(
      (
        sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
          name: string;
          sql: string;
        }[]
      ).map((t) => [t.name, t.sql]),
    );
    const wanted = searchTriggers();
    const stale = wanted.filter(
      ({ name, sql }) => stored.has(name) && stored.get(name) !== triggerSql(name, sql),
    );
    for (const { name } of stale) sqlite.exec(`DROP TRIGGER ${name}`);
    for (const { name, sql } of wanted) sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${name} ${sql}`);
    if (stale.length || added) rebuildSearchIndexes(sqlite);
  })();
}

/** A trigger's SQL as SQLite keeps it in sqlite_master (without IF NOT EXISTS). */
const triggerSql = (name: string, sql: string) => `CREATE TRIGGER ${name} ${sql}`;

/** Fills the search indexes from their tables in one pass each, replacing what they held. */
export function rebuildSearchIndexes(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM search_index');
    for (const { kind, table, title, body } of INDEXED) {
      sqlite.exec(`INSERT INTO search_index(rowid, title, body)
         SELECT ${searchRowid(kind, 't')}, ${title('t')}, ${body('t')} FROM ${table} t
          WHERE t.retracted_at IS NULL ORDER BY t.id`);
    }
    // One b-tree per index instead of many segments: fewer lookups per query.
    sqlite.exec(`INSERT INTO search_index(search_index) VALUES ('optimize')`);
    for (const { aliases, trigrams } of ALIAS_INDEXES)
      sqlite.exec(`DELETE FROM ${trigrams};
         INSERT INTO ${trigrams}(rowid, normalized) SELECT id, normalized FROM ${aliases};
         INSERT INTO ${trigrams}(${trigrams}) VALUES ('optimize')`);
  })();
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** 0 when every word is in the title, 1 when they match elsewhere; with `rowid` the keyset position of the hit. */
  tier: number;
  rowid: number;
  snippet: string;
}

export interface SearchPosition {
  tier: number;
  rowid: number;
}

/**
 * Full-text search over sources, claims and events, with the matching words wrapped in `[` `]`
 * in the snippet. `query` is free text: each word must match in any form (stemmed: shell, shells,
 * shelled); a word ending in `*` matches as a prefix. Hits with every word in the title (a
 * source's or event's title, a claim's proposition) come first, then the rest; within each, the
 * latest rows of a kind first. Not bm25: its weights count, for every word, all the rows holding
 * it (hundreds of thousands for a common word at a million events, ~40 ms), where this order lets
 * FTS5 walk its index from the end and stop at the page's last hit (~1 ms). Pages by keyset:
 * `after` is the position of the last hit of the previous page. `total` counts every match, so
 * it is computed only when called.
 */
const dialect = new SQLiteDialect();

/**
 * ` AND …` keeping index rows known by `asOf` (each by the rule of its kind, in
 * records/knowledge.ts), with its parameters; nothing without an asOf.
 */
function knownByCondition(asOf: string | undefined): { sql: string; params: unknown[] } {
  if (!asOf) return { sql: '', params: [] };
  const slot = (kind: SearchKind) => sql.raw(String(SEARCH_KINDS[kind]));
  const id = (kind: SearchKind) => sql.raw(`((search_index.rowid - ${SEARCH_KINDS[kind]}) / ${KIND_SLOTS})`);
  const known = sql`CASE search_index.rowid % ${sql.raw(String(KIND_SLOTS))}
    WHEN ${slot('source')} THEN ${sourceKnownBy(id('source'), asOf)}
    WHEN ${slot('claim')} THEN ${claimKnownBy(id('claim'), asOf)}
    WHEN ${slot('event')} THEN ${eventKnownBy(id('event'), asOf)} END`;
  const query = dialect.sqlToQuery(known);
  return { sql: ` AND ${query.sql}`, params: query.params };
}

/**
 * Full-text search: hits with every word in the title first, then the rest, each tier newest
 * first; with `asOf`, only what was known on that day.
 */
export function searchText(
  sqlite: Database.Database,
  query: string,
  page: { limit: number; after?: SearchPosition; asOf?: string },
): { hits: SearchHit[]; total: () => number } {
  const match = toMatchExpression(query);
  if (!match) return { hits: [], total: () => 0 };
  const tiers = [`{title} : (${match})`, `(${match}) NOT {title} : (${match})`];
  const known = knownByCondition(page.asOf);
  const statement = sqlite.prepare(
    `SELECT rowid, snippet(search_index, -1, '[', ']', '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH ? AND rowid < ?${known.sql}
      ORDER BY rowid DESC LIMIT ?`,
  );
  const kinds = Object.entries(SEARCH_KINDS) as [SearchKind, number][];
  const hits: SearchHit[] = [];
  for (let tier = page.after?.tier ?? 0; tier < tiers.length && hits.length < page.limit; tier++) {
    const below = page.after && tier === page.after.tier ? page.after.rowid : Number.MAX_SAFE_INTEGER;
    const rows = statement.all(tiers[tier], below, ...known.params, page.limit - hits.length) as {
      rowid: number;
      snippet: string;
    }[];
    for (const row of rows) {
      const slot = row.rowid % KIND_SLOTS;
      const kind = kinds.find(([, code]) => code === slot)?.[0] ?? 'source';
      hits.push({ ...row, tier, kind, id: (row.rowid - slot) / KIND_SLOTS });
    }
  }
  const total = () =>
    (
      sqlite
        .prepare(`SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?${known.sql}`)
        .get(match, ...known.params) as { total: number }
    ).total;
  return { hits, total };
}

/** A condition: the row with this id (of the given kind) matches every word of `text`. */
export function matchesText(kind: SearchKind, id: AnyColumn, text: string): SQL {
  const match = toMatchExpression(text);
  if (!match) return sql`1 = 1`;
  const code = SEARCH_KINDS[kind];
  return sql`${id} IN (SELECT (rowid - ${code}) / ${KIND_SLOTS} FROM search_index
                        WHERE search_index MATCH ${match} AND rowid % ${KIND_SLOTS} = ${code})`;
}

/**
 * Free text to an FTS5 expression: words become quoted terms, so no input is a syntax error; a
 * word written with a trailing `*` stays a prefix. Whole words by default because a prefix term
 * merges the postings of every word it starts, which at a million events costs tens of ms for a
 * common word where a whole word costs a few. At most SEARCH_LIMITS.terms terms, whatever the
 * caller checked: the cost grows with every term.
 */
function toMatchExpression(query: string): string | null {
  const terms = searchTerms(query)
    .slice(0, SEARCH_LIMITS.terms)
    .map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`));
  return terms.length ? terms.join(' ') : null;
}

export interface AliasCandidate {
  name: string;
  normalized: string;
  /** The actor or place the alias leads to (for an actor, after following a merge). */
  id: number;
}

/**
 * Aliases of actors or places that could match a normalized name: equal, starting with it, or
 * sharing trigrams with it (most shared first, at most `limit`), for typo-tolerant ranking by
 * the caller.
 */
export function aliasCandidates(
  sqlite: Database.Database,
  entity: NamedEntity,
  normalized: string,
  limit = 200,
): AliasCandidate[] {
  const { aliases, trigrams: index, join, id } = ALIAS_INDEXES.find((a) => a.entity === entity) as AliasIndex;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= normalized.length; i++) trigrams.add(normalized.slice(i, i + 3));
  const near = trigrams.size
    ? (sqlite
        .prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rank LIMIT ?`)
        .all([...trigrams].map((t) => `"${t}"`).join(' OR '), limit) as { rowid: number }[])
    : [];
  // Equal or starting with it: a range of the normalized index (LIKE would scan every alias).
  return sqlite
    .prepare(
      `SELECT al.name, al.normalized, ${id} AS id
         FROM ${aliases} al ${join}
        WHERE al.id IN (SELECT id FROM ${aliases} WHERE normalized >= @normalized AND normalized < @beyond
                        UNION SELECT value FROM json_each(@near))`,
    )
    .all({
      normalized,
      beyond: `${normalized}\u{10FFFF}`,
      near: JSON.stringify(near.map((r) => r.rowid)),
    }) as AliasCandidate[];
}

/**
 * Stored sources that could be copies of `text`: those sharing its rarest long words in the
 * full-text index, most shared first, so syndication compares a handful of texts, not all.
 */
export function copyCandidates(sqlite: Database.Database, text: string, limit = 20): number[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{7,}/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  const distinctive = [...counts.keys()].sort((a, b) => b.length - a.length).slice(0, 24);
  if (!distinctive.length) return [];
  const rows = sqlite
    .prepare(
      `SELECT rowid FROM search_index WHERE search_index MATCH @match AND rowid % ${KIND_SLOTS} = ${SEARCH_KINDS.source}
        ORDER BY rank LIMIT @limit`,
    )
    .all({ match: distinctive.map((w) => `"${w}"`).join(' OR '), limit }) as { rowid: number }[];
  return rows.map((r) => (r.rowid - SEARCH_KINDS.source) / KIND_SLOTS);
}
