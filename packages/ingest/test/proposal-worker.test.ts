import { spawnSync } from 'node:child_process';
import { loadCorpus, openStore, readCorpus, type SqliteStore } from '@claimline/store';
import { TINY_CORPUS } from '@claimline/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestInput, proposeFromText } from '../src/pipeline.ts';
import { ProposalWorker, ProposalWorkerError } from '../src/proposal-worker.ts';
import { storeKnowledge } from '../src/record.ts';

const ARTICLE = ` date 2022-09-08 HILLTOWN — Mayor Stone said on Thursday that about 40 barges had crossed the Grey River, officials in Riverton denied it.

Analysts at the Valley Institute estimated that up to 900 tonnes of grain could be stored there.`;

const failing = () => new ProposalWorker(new URL('./fixtures/failing-worker.mjs', import.meta.url));

describe('the ingestion worker', () => {
  let store: SqliteStore;
  const worker = new ProposalWorker();

  beforeAll(() => {
    store = openStore(':memory:');
    loadCorpus(store.db, readCorpus(TINY_CORPUS));
  });
  afterAll(async () => {
    await worker.stop();
    store.close();
  });

  it('proposes exactly what the pipeline proposes on this thread', async () => {
    const knowledge = store.db.transaction((tx) => storeKnowledge(store, tx, ARTICLE));
    expect(knowledge.names.length).toBeGreaterThan(0);
    const inline = proposeFromText({ text: ARTICLE }, knowledge);
    expect(await worker.propose({ text: ARTICLE }, knowledge)).toEqual(inline);
    expect(inline.claims.length).toBeGreaterThan(0);
  });

  it('answers texts in the order given', async () => {
    const texts = ['Officials said 3 boats sank.', 'The mayor said 7 roads were shut.', ARTICLE];
    const found = await Promise.all(texts.map((text) => worker.propose({ text }, { names: [], copies: [] })));
    expect(found.map((f) => f.text)).toEqual(texts);
  });

  it('turns what the pipeline throws into a ProposalWorkerError, and goes on', async () => {
    const broken = worker.propose(null as unknown as IngestInput, { names: [], copies: [] });
    await expect(broken).rejects.toThrow(ProposalWorkerError);
    await expect(broken).rejects.toThrow(/^proposing from the text failed: .*input/);
    expect(
      (await worker.propose({ text: 'Officials said 3 boats sank.' }, { names: [], copies: [] })).text,
    ).toBe('Officials said 3 boats sank.');
  });

  it('fails every text in work when its thread exits or throws, then starts another', async () => {
    const pool = failing();
    const none = { names: [], copies: [] };
    const exited = ['exit', 'queued'].map((text) =>
      expect(pool.propose({ text }, none)).rejects.toThrow(
        /worker stopped \(exit code 3\) before it answered/,
      ),
    );
    await Promise.all(exited);
    await expect(pool.propose({ text: 'throw' }, none)).rejects.toThrow(
      /worker crashed \(the stand-in fell over\)/,
    );
    expect(await pool.propose({ text: 'again' }, none)).toEqual({ text: 'again' });
    await pool.stop();
  });

  it('fails a text in work when stopped', async () => {
    const pool = new ProposalWorker();
    const failed = expect(pool.propose({ text: ARTICLE }, { names: [], copies: [] })).rejects.toThrow(
      /ingestion worker was stopped before it answered/,
    );
    await pool.stop();
    await failed;
  });

  it('keeps the process alive while a text is in work, and not after', () => {
    const script = new URL('./fixtures/propose-and-return.ts', import.meta.url).pathname;
    // The timeout only stops a process that would never end; the assertion is that it ended.
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBeNull();
    expect(run.stdout).toMatch(/^proposed [1-9]\d* claim\(s\)\n$/);
    expect(run.status).toBe(0);
  }, 90_000);
});
