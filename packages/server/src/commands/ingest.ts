import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type IngestResult, ingestText, type SourceKind } from '@claimline/ingest';
import { openStore, SOURCE_KINDS } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { progressBar } from '../progress.ts';
import { type Command, UsageError } from './command.ts';

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
}

/** The summary line of a run. */
export function describeIngest(summary: IngestSummary): string {
  const kinds = Object.entries(summary.proposals).map(([kind, n]) => `${n} ${kind.toLowerCase()}`);
  return [
    `ingested ${summary.created} new source(s), ${summary.unchanged} already stored (unchanged)`,
    summary.syndicated ? `${summary.syndicated} joined a syndication group` : null,
    kinds.length ? `draft proposals: ${kinds.join(', ')}` : 'no new proposals',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Ingests each file into the database at `dbPath`, reporting progress after each one. Each
 * file is its own transaction: a file ingested again changes nothing.
 */
export function ingestFiles(
  dbPath: string,
  files: string[],
  options: { publisher?: string; kind?: SourceKind; author?: string },
  progress: (done: number, total: number, file: string) => void = () => {},
): IngestSummary {
  const database = openStore(dbPath);
  const summary: IngestSummary = { created: 0, unchanged: 0, syndicated: 0, proposals: {} };
  try {
    files.forEach((file, index) => {
      const text = readFileSync(file, 'utf8');
      if (!text.trim()) throw new UsageError(`the file "${file}" is empty`);
      const result: IngestResult = ingestText(
        database,
        { text, publisher: options.publisher ?? null, kind: options.kind ?? null },
        options.author ?? 'cli',
      );
      if (result.created) {
        summary.created++;
        if (result.copyOfSourceId !== null) summary.syndicated++;
        for (const p of result.proposals) summary.proposals[p.kind] = (summary.proposals[p.kind] ?? 0) + 1;
      } else summary.unchanged++;
      progress(index + 1, files.length, file);
    });
  } finally {
    database.close();
  }
  return summary;
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: `ingest [--db PATH] [--publisher NAME] [--kind KIND] FILE... | DIR
                        store each article's text verbatim and propose what it says
                        (draft actors, places, dates, quantities and claims to review);
                        the same text again changes nothing`,
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, publisher: { type: 'string' }, kind: { type: 'string' } },
    });
    const kind = values.kind?.toUpperCase();
    if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}, got "${values.kind}"`);
    }
    const files = textFiles(positionals);
    const path = resolveDbPath(values.db);
    const bar = progressBar(files.length, 'articles');
    const summary = ingestFiles(
      path,
      files,
      { publisher: values.publisher, kind: kind as SourceKind | undefined },
      (done, _total, file) => bar.update(done, file),
    );
    console.log(`${path}: ${describeIngest(summary)}`);
  },
};
