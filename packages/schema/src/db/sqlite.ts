/**
 * Everything specific to SQLite lives here: opening the file, pragmas, migrations, and the FTS5
 * indexes behind full-text and typo-tolerant search. A PostgreSQL backend replaces this module.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  type AnyColumn,
  getTableColumns,
  getTableName,
  type InferInsertModel,
  type SQL,
  sql,
} from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Logger } from 'drizzle-orm/logger';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { relations } from './relations.ts';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface OpenDatabaseOptions {
  /** Receives every SQL statement drizzle runs (tests count them). */
  logger?: Logger;
  /** Milliseconds a writer waits for a lock before failing. */
  busyTimeoutMs?: number;
  /** Start an in-memory database from a serialized one (`sqlite.serialize()`): tests clone a seeded store. */
  image?: Buffer;
}

/** Databases up to this size are fully checked (integrity_check) when opened. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export class DamagedDatabaseError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`the database file ${path} is damaged (integrity check: ${problems.slice(0, 3).join('; ')})`);
    this.name = 'DamagedDatabaseError';
  }
}

function createDrizzle(sqlite: Database.Database, logger?: Logger) {
  return drizzle({ client: sqlite, relations, logger });
}

export type ClaimlineDatabase = ReturnType<typeof createDrizzle>;
/** The drizzle handle inside a transaction: the same query API as the database. */
export type ClaimlineTransaction = Parameters<Parameters<ClaimlineDatabase['transaction']>[0]>[0];

export interface OpenedDatabase {
  path: string;
  sqlite: Database.Database;
  db: ClaimlineDatabase;
  close(): void;
}

/**
 * Opens (creating if needed) a Claimline database: WAL, foreign keys, a busy timeout, full
 * fsync on commit, a full integrity check up to FULL_CHECK_MAX_BYTES (a damaged file is refused
 * before anything is written to it), and every pending migration applied.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const inMemory = path === ':memory:' || options.image !== undefined;
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(options.image ?? path);
  try {
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // A committed write survives power loss; costs an fsync per transaction.
    sqlite.pragma('synchronous = FULL');
    // integrity_check reads every page: seconds per gigabyte, minutes at a million events. A
    // larger file gets its header and schema read (a damaged page surfaces when a query reaches
    // it); `claimline check` runs the full check on any size.
    const bytes =
      (sqlite.pragma('page_count', { simple: true }) as number) *
      (sqlite.pragma('page_size', { simple: true }) as number);
    if (bytes <= FULL_CHECK_MAX_BYTES) assertIntact(sqlite);
    else sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    const db = createDrizzle(sqlite, options.logger);
    migrate(db, { migrationsFolder: MIGRATIONS });
    createSearchIndexes(sqlite);
    return { path, sqlite, db, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw asDamaged(error, path);
  }
}

/** SQLite's own words for a file that is no sound database, as a DamagedDatabaseError. */
function asDamaged(error: unknown, path: string): unknown {
  return error instanceof Error && /file is not a database|malformed/i.test(error.message)
    ? new DamagedDatabaseError(path, [error.message])
    : error;
}

/** `PRAGMA integrity_check` (every page, index and constraint), refusing a damaged file. */
function assertIntact(sqlite: Database.Database): void {
  const problems = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const found = problems.map((r) => r.integrity_check);
  if (found.length !== 1 || found[0] !== 'ok') throw new DamagedDatabaseError(sqlite.name, found);
}

/**
 * The full integrity check of the file at `path`, whatever its size (opening checks fully only up
 * to FULL_CHECK_MAX_BYTES), read-only, so a running server keeps serving. Returns the pages read.
 */
export function checkDatabase(path: string): number {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    assertIntact(sqlite);
    return sqlite.pragma('page_count', { simple: true }) as number;
  } catch (error) {
    throw asDamaged(error, path);
  } finally {
    sqlite.close();
  }
}

/**
 * An online backup of an open database to `out` with SQLite's backup API: consistent even
 * while the server writes, then checked. Returns the pages copied.
 */
export async function backupDatabase(sqlite: Database.Database, out: string): Promise<number> {
  mkdirSync(dirname(out), { recursive: true });
  const { totalPages } = await sqlite.backup(out);
  const copy = new Database(out, { readonly: true, fileMustExist: true });
  try {
    assertIntact(copy);
  } finally {
    copy.close();
  }
  return totalPages;
}

/**
 * Puts a backup back at `path`, after checking it is an intact Claimline database. The copy
 * goes through SQLite's backup API into the database, so it is one transaction there: readers
 * see the old or the restored store, never a mix, and the file's WAL stays consistent.
 */
export async function restoreDatabase(backup: string, path: string): Promise<number> {
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    try {
      assertIntact(source);
    } catch (error) {
      throw asDamaged(error, backup);
    }
    const migrated = source
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!migrated) throw new DamagedDatabaseError(backup, ['not a Claimline database (no migrations table)']);
    mkdirSync(dirname(path), { recursive: true });
    const { totalPages } = await source.backup(path);
    openDatabase(path).close();
    return totalPages;
  } finally {
    source.close();
  }
}

/** The id of the newest migration applied: the schema version `/health` reports. */
export function schemaVersion(sqlite: Database.Database): string {
  const row = sqlite
    .prepare('SELECT name, created_at FROM __drizzle_migrations ORDER BY id DESC LIMIT 1')
    .get() as { name?: string; created_at: number } | undefined;
  return row?.name ?? String(row?.created_at ?? 'none');
}

/** Page cache sizes in KiB (negative, as the pragma takes them): SQLite's default, and a bulk load's. */
const DEFAULT_CACHE_SIZE = -2000;
const BULK_CACHE_SIZE = -256 * 1024;

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
    body: (r) => `coalesce(${r}.claimant_description, '')`,
  },
  {
    kind: 'event',
    table: 'events',
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.summary, '')`,
  },
];

/** The triggers that keep the search indexes in step with their tables, by name. */
function searchTriggers(): { name: string; sql: string }[] {
  const triggers = [
    {
      name: 'actor_aliases_ai',
      sql: `AFTER INSERT ON actor_aliases BEGIN
       INSERT INTO alias_trigrams(rowid, normalized) VALUES (new.id, new.normalized); END`,
    },
    {
      name: 'actor_aliases_ad',
      sql: `AFTER DELETE ON actor_aliases BEGIN DELETE FROM alias_trigrams WHERE rowid = old.id; END`,
    },
    {
      name: 'actor_aliases_au',
      sql: `AFTER UPDATE OF normalized ON actor_aliases BEGIN
       UPDATE alias_trigrams SET normalized = new.normalized WHERE rowid = old.id; END`,
    },
  ];
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
  return triggers;
}

const searchRowid = (kind: SearchKind, row: string) => `${row}.id * ${KIND_SLOTS} + ${SEARCH_KINDS[kind]}`;

function createSearchIndexes(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
       title, body, tokenize = 'porter unicode61 remove_diacritics 2')`);
    sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS alias_trigrams USING fts5(
       normalized, tokenize = 'trigram')`);
    for (const { name, sql } of searchTriggers()) sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${name} ${sql}`);
  })();
}

/** Fills the search indexes from their tables in one pass each, replacing what they held. */
function rebuildSearchIndexes(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM search_index; DELETE FROM alias_trigrams');
    for (const { kind, table, title, body } of INDEXED) {
      sqlite.exec(`INSERT INTO search_index(rowid, title, body)
         SELECT ${searchRowid(kind, 't')}, ${title('t')}, ${body('t')} FROM ${table} t
          WHERE t.retracted_at IS NULL ORDER BY t.id`);
    }
    sqlite.exec('INSERT INTO alias_trigrams(rowid, normalized) SELECT id, normalized FROM actor_aliases');
    // One b-tree per index instead of many segments: fewer lookups per query.
    sqlite.exec(`INSERT INTO search_index(search_index) VALUES ('optimize')`);
    sqlite.exec(`INSERT INTO alias_trigrams(alias_trigrams) VALUES ('optimize')`);
  })();
}

/** Rows of one table written through prepared multi-row INSERTs, in order; `flush` writes what is buffered. */
export interface BulkInserter<T extends SQLiteTable> {
  add(row: InferInsertModel<T>): void;
  flush(): void;
}

const BULK_ROWS = 64;

/** A bulk writer for `table`: every non-generated column, values mapped as drizzle maps them. */
export function bulkInserter<T extends SQLiteTable>(sqlite: Database.Database, table: T): BulkInserter<T> {
  const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)
    .filter(([, column]) => !column.generated)
    .map(([key, column]) => ({
      key,
      column,
      // Only booleans and JSON differ from what better-sqlite3 binds as is.
      mapped: column.dataType.startsWith('boolean') || column.dataType.startsWith('object'),
    }));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (rows: number) =>
    sqlite.prepare(
      `INSERT INTO "${getTableName(table)}" (${columns.map(({ column }) => `"${column.name}"`).join(', ')})
       VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`,
    );
  const batch = statement(BULK_ROWS);
  const single = statement(1);
  let values: unknown[] = [];
  let rows = 0;
  return {
    add(row) {
      const given = row as Record<string, unknown>;
      for (const { key, column, mapped } of columns) {
        let value = given[key];
        if (value === undefined) value = column.defaultFn?.() ?? column.default ?? null;
        values.push(mapped && value !== null ? column.mapToDriverValue(value) : value);
      }
      if (++rows === BULK_ROWS) {
        batch.run(values);
        values = [];
        rows = 0;
      }
    },
    flush() {
      for (let i = 0; i < rows; i++) single.run(values.slice(i * columns.length, (i + 1) * columns.length));
      values = [];
      rows = 0;
    },
  };
}

/** Runs `write` in one transaction of a bulk load. */
export type BulkTransaction = <R>(write: () => R) => R;

/** Seconds spent after the rows were written. */
export interface BulkLoadSeconds {
  indexes: number;
  foreignKeys: number;
  search: number;
}

/** The steps of a bulk load after its rows, named as they start (they take minutes at a million events). */
export type BulkLoadStep = keyof BulkLoadSeconds;

/**
 * Runs `load` as a bulk load into a new database: no rollback journal, no fsync; the declared
 * indexes and search triggers dropped and rebuilt at the end in one pass each (sorting beats
 * growing a b-tree row by row), and foreign keys checked once, over everything, at the end
 * instead of at each row. `load` writes through the transactions it is given. A load that fails
 * leaves the file unusable: build into a new file and keep it only on success. The usual settings
 * are restored and the planner's statistics refreshed at the end.
 */
export function bulkLoad<T>(
  sqlite: Database.Database,
  load: (transaction: BulkTransaction) => T,
  onStep?: (step: BulkLoadStep) => void,
): { result: T; seconds: BulkLoadSeconds } {
  const journal = sqlite.pragma('journal_mode', { simple: true }) as string;
  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses journal_mode = OFF
  // (silently: the pragma answers with the mode it kept, and every page went through the WAL).
  sqlite.unsafeMode(true);
  const mode = sqlite.pragma('journal_mode = OFF', { simple: true });
  if (mode !== 'off') {
    sqlite.unsafeMode(false);
    throw new Error(`bulk load: SQLite kept journal_mode ${mode}, refusing OFF`);
  }
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma(`cache_size = ${BULK_CACHE_SIZE}`);
  for (const { name } of searchTriggers()) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`);
  const indexes = sqlite
    .prepare(
      // Declared indexes, unique ones too (rebuilding checks uniqueness); not those behind UNIQUE columns.
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`,
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  try {
    const result = load((write) => sqlite.transaction(write)());
    const lap = stopwatch();
    onStep?.('indexes');
    for (const index of indexes) sqlite.exec(index.sql);
    const indexSeconds = lap();
    onStep?.('foreignKeys');
    const dangling = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (dangling[0]) {
      const { table, parent } = dangling[0];
      throw new Error(
        `bulk load: ${dangling.length} rows refer to missing rows (first: ${table} → ${parent})`,
      );
    }
    const foreignKeySeconds = lap();
    onStep?.('search');
    rebuildSearchIndexes(sqlite);
    sqlite.pragma('analysis_limit = 1000');
    sqlite.exec('ANALYZE');
    return { result, seconds: { indexes: indexSeconds, foreignKeys: foreignKeySeconds, search: lap() } };
  } finally {
    sqlite.pragma(`journal_mode = ${journal}`);
    sqlite.unsafeMode(false);
    createSearchIndexes(sqlite);
    sqlite.pragma(`cache_size = ${DEFAULT_CACHE_SIZE}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
  }
}

/** Seconds since the last lap. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
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
export function searchText(
  sqlite: Database.Database,
  query: string,
  page: { limit: number; after?: SearchPosition },
): { hits: SearchHit[]; total: () => number } {
  const match = toMatchExpression(query);
  if (!match) return { hits: [], total: () => 0 };
  const tiers = [`{title} : (${match})`, `(${match}) NOT {title} : (${match})`];
  const statement = sqlite.prepare(
    `SELECT rowid, snippet(search_index, -1, '[', ']', '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH @match AND rowid < @below
      ORDER BY rowid DESC LIMIT @limit`,
  );
  const kinds = Object.entries(SEARCH_KINDS) as [SearchKind, number][];
  const hits: SearchHit[] = [];
  for (let tier = page.after?.tier ?? 0; tier < tiers.length && hits.length < page.limit; tier++) {
    const below = page.after && tier === page.after.tier ? page.after.rowid : Number.MAX_SAFE_INTEGER;
    const rows = statement.all({ match: tiers[tier], below, limit: page.limit - hits.length }) as {
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
      sqlite.prepare('SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?').get(match) as {
        total: number;
      }
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
 * common word where a whole word costs a few. Stopwords are left out unless nothing else is
 * left: bm25 weighs each term by how many rows hold it, counted over all of them — millions for
 * "of" — while they narrow nothing.
 */
function toMatchExpression(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  const kept = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  const terms = (kept.length ? kept : words).map((w) =>
    w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`,
  );
  return terms.length ? terms.join(' ') : null;
}

const STOPWORDS = new Set(
  'a an and are as at be by for from has in is it its of on or that the to was were will with'.split(' '),
);

export interface AliasCandidate {
  name: string;
  normalized: string;
  /** The actor the alias leads to, after following a merge. */
  actorId: number;
}

/**
 * Aliases that could match a normalized name: equal, starting with it, or sharing trigrams with
 * it (most shared first, at most `limit`), for typo-tolerant ranking by the caller.
 */
export function aliasCandidates(
  sqlite: Database.Database,
  normalized: string,
  limit = 200,
): AliasCandidate[] {
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= normalized.length; i++) trigrams.add(normalized.slice(i, i + 3));
  const near = trigrams.size
    ? (sqlite
        .prepare('SELECT rowid FROM alias_trigrams WHERE alias_trigrams MATCH ? ORDER BY rank LIMIT ?')
        .all([...trigrams].map((t) => `"${t}"`).join(' OR '), limit) as { rowid: number }[])
    : [];
  // Equal or starting with it: a range of the normalized index (LIKE would scan every alias).
  return sqlite
    .prepare(
      `SELECT al.name, al.normalized, coalesce(a.merged_into_id, a.id) AS actorId
         FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
        WHERE al.id IN (SELECT id FROM actor_aliases WHERE normalized >= @normalized AND normalized < @beyond
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
