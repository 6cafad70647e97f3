import { readCorpus, SEED_CORPUS_DIR } from '@claimline/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, evaluateIngestion, precision, recall, TARGETS, totals } from '../eval/score.ts';

// The same scoring as `pnpm eval:ingest`: CI fails when the pipeline falls under a target.
describe('ingestion quality, leave-one-out over the seed articles', () => {
  let results: ReturnType<typeof evaluateIngestion>;
  let total: ReturnType<typeof totals>;
  beforeAll(() => {
    results = evaluateIngestion(readCorpus(SEED_CORPUS_DIR));
    total = totals(results);
  }, 120_000);

  it('scores every seed article, each against annotations it has', () => {
    expect(results).toHaveLength(5);
    for (const result of results) expect(result.scores.claims.gold).toBeGreaterThan(0);
  });

  for (const category of CATEGORIES) {
    it(`${category}: recall ≥ ${TARGETS[category].recall}, precision ≥ ${TARGETS[category].precision}`, () => {
      expect(recall(total[category])).toBeGreaterThanOrEqual(TARGETS[category].recall);
      expect(precision(total[category])).toBeGreaterThanOrEqual(TARGETS[category].precision);
    });
  }
});
