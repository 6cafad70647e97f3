import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AnalysisSummary, openStore, recomputeClaimRelations } from '@claimline/store';
import { resolveDbPath } from '../config.ts';
import { type Command, UsageError } from './command.ts';

export interface ListedRelation {
  kind: string;
  from: string;
  to: string;
  explanation: string;
}

/** Recomputes the claim relations of the database at `dbPath`, listing the computed ones by claim key. */
export function analyze(dbPath: string): AnalysisSummary & { listed: ListedRelation[] } {
  if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}: run "claimline seed" first`);
  const { db, sqlite, close } = openStore(dbPath);
  try {
    const summary = db.transaction((tx) => recomputeClaimRelations(tx));
    const listed = sqlite
      .prepare(
        `SELECT r.kind, f.key AS "from", t.key AS "to", r.explanation FROM claim_relations r
           JOIN claims f ON f.id = r.from_claim_id JOIN claims t ON t.id = r.to_claim_id
          WHERE r.origin = 'COMPUTED' AND r.retracted_at IS NULL ORDER BY r.kind, r.id`,
      )
      .all() as ListedRelation[];
    return { ...summary, listed };
  } finally {
    close();
  }
}

export function describeAnalysis({ relations, created, retracted }: AnalysisSummary): string {
  const byKind = new Map<string, number>();
  for (const r of relations) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const kinds = [...byKind]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const changed = created || retracted ? `${created} new, ${retracted} retracted` : 'nothing changed';
  return `${relations.length} computed relations${kinds ? ` (${kinds})` : ''}; ${changed}`;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: `analyze [--db PATH] [--list]
                        recompute the claim relations (corroborations, contradictions,
                        revisions); --list prints each with its explanation`,
  run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, list: { type: 'boolean' } } });
    const path = resolveDbPath(values.db);
    const result = analyze(path);
    console.log(`${path}: ${describeAnalysis(result)}`);
    if (values.list) {
      for (const r of result.listed) console.log(`\n${r.kind} ${r.from} → ${r.to}\n  ${r.explanation}`);
    }
  },
};
