import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/corpus/check.ts';
import { loadCorpus, openStore, readCorpus, SEED_CORPUS_DIR, undatedKnownOn } from '../src/index.ts';

describe('undatedKnownOn', () => {
  it('is the earliest of the day the record learned of a source and its dated copies’ days', () => {
    expect(undatedKnownOn('2026-11-23', [])).toBe('2026-11-23');
    expect(undatedKnownOn('2026-11-23', ['2024-02-27', null])).toBe('2024-02-27');
    expect(undatedKnownOn(null, [null, '2024-03-01', '2024-02-27'])).toBe('2024-02-27');
    expect(undatedKnownOn('2023-01-01', ['2024-02-27'])).toBe('2023-01-01');
  });

  it('is null when the record says neither', () => {
    expect(undatedKnownOn(null, [])).toBeNull();
    expect(undatedKnownOn(undefined, [null])).toBeNull();
  });
});

describe('the seed story in knowledge time', () => {
  it('places every source by the record, the same on every install', () => {
    const store = openStore(':memory:');
    loadCorpus(store.db, readCorpus(SEED_CORPUS_DIR));
    const rows = store.sqlite.prepare('SELECT key, known_on, known_from FROM sources ORDER BY key').all();
    store.close();
    expect(rows).toEqual([
      // Undated, no copy: the day the corpus recorded it.
      { key: 'aggregator-arms-aid-and-alliance', known_on: '2026-11-23', known_from: '2026-11-23' },
      { key: 'korea-times-editorial-2023-09-14-kim-putin-summit', known_on: null, known_from: '2023-09-14' },
      { key: 'nyt-2023-10-19-koreas-arms-for-ukraine-war', known_on: null, known_from: '2023-10-19' },
      { key: 'straits-times-2024-02-27-north-korea-containers', known_on: null, known_from: '2024-02-27' },
      // Undated wire copy: its dated copy's day.
      { key: 'time-bloomberg-north-korea-russia-exchange', known_on: '2024-02-27', known_from: '2024-02-27' },
    ]);
  });

  it('refuses an undated source with neither knownOn nor a dated copy', () => {
    const corpus = readCorpus(SEED_CORPUS_DIR);
    const aggregator = corpus.sources.find((s) => s.data.source.key === 'aggregator-arms-aid-and-alliance');
    if (!aggregator) throw new Error('no aggregator in the seed');
    aggregator.data.source.knownOn = null;
    expect(checkCorpus(corpus)).toEqual([
      expect.objectContaining({ file: aggregator.file, item: 'source.knownOn', rule: 'knowledge-time' }),
    ]);
  });
});
