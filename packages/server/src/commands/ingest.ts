import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type IngestResult, ingestText, type SourceKind } from '@claimline/ingest';
import {
  FuzzyTimeError,
  openStore,
  parseFuzzyTime,
  SOURCE_KINDS,
  type SqliteStore,
  storedTextProblem,
  WriteError,
} from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { progressBar } from '../progress.ts';
import { type Command, CommandFailure, UsageError } from './command.ts';

/** The text files named: each FILE, and the `.txt` files of each DIR, in name order. */
export function textFiles(paths: string[]): string[] {
  if (!paths.length) throw new UsageError('name at least one FILE or DIR to ingest');
  return paths.flatMap((path) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`no file or folder "${path}"`);
    }
    if (!stat.isDirectory()) return [path];
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
    if (!files.length) throw new UsageError(`the folder "${path}" holds no .txt file`);
    return files;
  });
}

export interface IngestSummary {
  created: number;
  unchanged: number;
  syndicated: number;
  proposals: Record<string, number>;
  /** The files not ingested, each with why. */
  refused: { file: string; reason: string }[];
}

// Fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. A leading
// byte-order mark is dropped (ignoreBOM is false).
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Why bytes that are not UTF-8 are refused, naming UTF-16 when its byte-order mark opens them. */
function notUtf8(bytes: Uint8Array): string {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)
    ? 'is UTF-16 (it opens with a UTF-16 byte-order mark), not UTF-8 text'
    : 'is not UTF-8 text (binary data, or text in another encoding such as Latin-1)';
}

/**
 * A file's bytes as the text to store, or why they are refused: only UTF-8 text is read, so that
 * the stored text is the file as it was written (less a UTF-8 byte-order mark), and its hash the
 * hash of those bytes.
 */
export function fileText(bytes: Uint8Array): { text: string } | { refused: string } {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { refused: notUtf8(bytes) };
  }
  // Valid UTF-8 holds no lone surrogate; a NUL is binary data, or UTF-16 without its mark.
  const problem = storedTextProblem(text);
  if (problem) return { refused: `${problem}: binary data or UTF-16, not UTF-8 text` };
  if (!text.trim()) return { refused: 'is empty' };
  return { text };
}

/** The summary line of a run. */
export function describeIngest(summary: IngestSummary): string {
  const kinds = Object.entries(summary.proposals).map(([kind, n]) => `${n} ${kind.toLowerCase()}`);
  return [
    `ingested ${summary.created} new source(s), ${summary.unchanged} already stored (unchanged), ${summary.refused.length} refused`,
    summary.syndicated ? `${summary.syndicated} joined a syndication group` : null,
    kinds.length ? `draft proposals: ${kinds.join(', ')}` : 'no new proposals',
  ]
    .filter(Boolean)
    .join('; ');
}

export interface IngestOptions {
  publisher?: string;
  kind?: SourceKind;
  /** EDTF: the publication date where the text prints none, or prints it in a way not read. */
  published?: string;
  url?: string;
  title?: string;
  author?: string;
}

/**
 * Ingests each file into the database at `dbPath`, reporting progress after each one. Each
 * file is its own transaction: a file ingested again changes nothing, and a file refused (not
 * UTF-8 text, empty, or refused by the store) is listed in the summary while the rest go on.
 */
export function ingestFiles(
  dbPath: string,
  files: string[],
  options: IngestOptions,
  progress: (done: number, total: number, file: string) => void = () => {},
): IngestSummary {
  const database = openStore(dbPath);
  const summary: IngestSummary = { created: 0, unchanged: 0, syndicated: 0, proposals: {}, refused: [] };
  try {
    files.forEach((file, index) => {
      const read = fileText(readFileSync(file));
      const outcome = 'text' in read ? ingestFile(database, read.text, options) : read;
      if ('refused' in outcome) summary.refused.push({ file, reason: outcome.refused });
      else count(summary, outcome);
      progress(index + 1, files.length, file);
    });
  } finally {
    database.close();
  }
  return summary;
}

/** One text in a transaction of its own, or what the store refused in it. */
function ingestFile(
  database: SqliteStore,
  text: string,
  options: IngestOptions,
): IngestResult | { refused: string } {
  try {
    return ingestText(
      database,
      {
        text,
        publisher: options.publisher ?? null,
        kind: options.kind ?? null,
        publishedAt: options.published ?? null,
        url: options.url ?? null,
        title: options.title ?? null,
      },
      options.author ?? 'cli',
    );
  } catch (error) {
    if (error instanceof WriteError)
      return { refused: `does not fit the store (${error.field} ${error.message})` };
    throw error;
  }
}

function count(summary: IngestSummary, result: IngestResult): void {
  if (!result.created) {
    summary.unchanged++;
    return;
  }
  summary.created++;
  if (result.copyOfSourceId !== null) summary.syndicated++;
  for (const p of result.proposals) summary.proposals[p.kind] = (summary.proposals[p.kind] ?? 0) + 1;
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: `ingest [--db PATH] [--publisher NAME] [--kind KIND] [--published EDTF]
                        [--url URL] [--title TEXT] FILE... | DIR
                        store each article's text verbatim and propose what it says
                        (draft actors, places, dates, quantities and claims to review);
                        --published dates the texts (relative dates resolve against it),
                        --url and --title name one article; the same text again changes
                        nothing; a file that is not UTF-8 text is refused (exit status 1)
                        and the others go on`,
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        publisher: { type: 'string' },
        kind: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
      },
    });
    const kind = values.kind?.toUpperCase();
    if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}, got "${values.kind}"`);
    }
    const files = textFiles(positionals);
    if ((values.url !== undefined || values.title !== undefined) && files.length !== 1) {
      throw new UsageError(`--url and --title name one article: give one FILE (got ${files.length})`);
    }
    const path = resolveDbPath(values.db);
    const bar = progressBar(files.length, 'articles');
    const summary = ingestFiles(
      path,
      files,
      {
        publisher: values.publisher,
        kind: kind as SourceKind | undefined,
        published: publishedOption(values.published),
        url: urlOption(values.url),
        title: values.title,
      },
      (done, _total, file) => bar.update(done, file),
    );
    for (const { file, reason } of summary.refused) console.error(`refused ${file}: it ${reason}`);
    console.log(`${path}: ${describeIngest(summary)}`);
    if (summary.refused.length) {
      throw new CommandFailure(`${summary.refused.length} of ${files.length} file(s) refused`);
    }
  },
};

/** `--published` as EDTF, refused with the reader's words when it is none. */
function publishedOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseFuzzyTime(value).edtf ?? undefined;
  } catch (error) {
    if (error instanceof FuzzyTimeError) throw new UsageError(`--published: ${error.message}`);
    throw error;
  }
}

/** `--url` as given, refused when it is no absolute URL. */
function urlOption(value: string | undefined): string | undefined {
  if (value !== undefined && !URL.canParse(value)) {
    throw new UsageError(`--url must be an absolute URL such as https://example.org/story, got "${value}"`);
  }
  return value;
}
