/**
 * Everything specific to SQLite lives here: opening the file, pragmas, migrations, and the FTS5
 * indexes behind full-text and typo-tolerant search. A PostgreSQL backend replaces this module.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Logger } from 'drizzle-orm/logger';
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
 * fsync on commit, a full integrity check (a damaged file is refused before anything is
 * written to it), and every pending migration applied.
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
    assertIntact(sqlite, path);
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
function assertIntact(sqlite: Database.Database, path: string): void {
  const problems = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const found = problems.map((r) => r.integrity_check);
  if (found.length !== 1 || found[0] !== 'ok') throw new DamagedDatabaseError(path, found);
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
    assertIntact(copy, out);
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
      assertIntact(source, backup);
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

function createSearchIndexes(sqlite: Database.Database): void {
  const statements: string[] = [
    `CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
       title, body, tokenize = 'porter unicode61 remove_diacritics 2')`,
    `CREATE VIRTUAL TABLE IF NOT EXISTS alias_trigrams USING fts5(
       normalized, tokenize = 'trigram')`,
    `CREATE TRIGGER IF NOT EXISTS actor_aliases_ai AFTER INSERT ON actor_aliases BEGIN
       INSERT INTO alias_trigrams(rowid, normalized) VALUES (new.id, new.normalized); END`,
    `CREATE TRIGGER IF NOT EXISTS actor_aliases_ad AFTER DELETE ON actor_aliases BEGIN
       DELETE FROM alias_trigrams WHERE rowid = old.id; END`,
    `CREATE TRIGGER IF NOT EXISTS actor_aliases_au AFTER UPDATE OF normalized ON actor_aliases BEGIN
       UPDATE alias_trigrams SET normalized = new.normalized WHERE rowid = old.id; END`,
  ];
  for (const { kind, table, title, body } of INDEXED) {
    const rowid = (row: 'new' | 'old') => `${row}.id * ${KIND_SLOTS} + ${SEARCH_KINDS[kind]}`;
    const insert = `INSERT INTO search_index(rowid, title, body)
       SELECT ${rowid('new')}, ${title('new')}, ${body('new')}
       WHERE new.retracted_at IS NULL;`;
    statements.push(
      `CREATE TRIGGER IF NOT EXISTS ${table}_search_ai AFTER INSERT ON ${table} BEGIN ${insert} END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_search_ad AFTER DELETE ON ${table} BEGIN
         DELETE FROM search_index WHERE rowid = ${rowid('old')}; END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_search_au AFTER UPDATE ON ${table} BEGIN
         DELETE FROM search_index WHERE rowid = ${rowid('old')}; ${insert} END`,
    );
  }
  sqlite.transaction(() => {
    for (const statement of statements) sqlite.exec(statement);
  })();
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** bm25 rank (lower is better) and the index row: together the keyset position of the hit. */
  rank: number;
  rowid: number;
  snippet: string;
}

export interface SearchPosition {
  rank: number;
  rowid: number;
}

/**
 * Full-text search over sources, claims and events, best first, with the matching words
 * wrapped in `[` `]` in the snippet. `query` is free text: each word must match (prefixes too).
 * Pages by keyset: `after` is the position of the last hit of the previous page.
 */
export function searchText(
  sqlite: Database.Database,
  query: string,
  page: { limit: number; after?: SearchPosition },
): { hits: SearchHit[]; total: number } {
  const match = toMatchExpression(query);
  if (!match) return { hits: [], total: 0 };
  const after = page.after ?? { rank: Number.NEGATIVE_INFINITY, rowid: 0 };
  const rows = sqlite
    .prepare(
      `SELECT * FROM (
         SELECT rowid, bm25(search_index, 2.0, 1.0) AS rank,
                snippet(search_index, -1, '[', ']', '…', 16) AS snippet
           FROM search_index WHERE search_index MATCH @match)
        WHERE rank > @rank OR (rank = @rank AND rowid > @rowid)
        ORDER BY rank, rowid LIMIT @limit`,
    )
    .all({ match, rank: after.rank, rowid: after.rowid, limit: page.limit }) as Omit<
    SearchHit,
    'kind' | 'id'
  >[];
  const { total } = sqlite
    .prepare('SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?')
    .get(match) as { total: number };
  const kinds = Object.entries(SEARCH_KINDS) as [SearchKind, number][];
  const hits = rows.map((row) => {
    const slot = row.rowid % KIND_SLOTS;
    const kind = kinds.find(([, code]) => code === slot)?.[0] ?? 'source';
    return { ...row, kind, id: (row.rowid - slot) / KIND_SLOTS };
  });
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

/** Free text to an FTS5 expression: words become quoted prefix terms, so no input is a syntax error. */
function toMatchExpression(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

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
  return sqlite
    .prepare(
      `SELECT al.name, al.normalized, coalesce(a.merged_into_id, a.id) AS actorId
         FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
        WHERE al.normalized = @normalized OR al.normalized LIKE @prefix
           OR al.id IN (SELECT value FROM json_each(@near))`,
    )
    .all({
      normalized,
      prefix: `${normalized.replace(/[%_]/g, '')}%`,
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
