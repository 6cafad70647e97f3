/**
 * `pnpm eval:ingest`: scores the ingestion pipeline leave-one-out against the seed annotations,
 * prints the table (and, with --misses, what it missed or got wrong), and fails under the targets.
 */
import { readCorpus, SEED_CORPUS_DIR } from '@claimline/store';
import { CATEGORIES, evaluateIngestion, formatArticles, formatTable, shortfalls } from './score.ts';

const results = evaluateIngestion(readCorpus(SEED_CORPUS_DIR));
if (process.argv.includes('--misses')) {
  for (const r of results) {
    console.log(`\n${r.file}`);
    for (const c of CATEGORIES) for (const m of r.misses[c]) console.log(`  ${c}: ${m}`);
  }
  console.log();
}
console.log(formatTable(results));
console.log(`\nper article (found/gold · right/judged):\n\n${formatArticles(results)}`);
const failing = shortfalls(results);
if (failing.length) {
  console.error(`\nbelow target: ${failing.join('; ')}`);
  process.exitCode = 1;
}
