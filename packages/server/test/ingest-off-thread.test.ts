import { stopProposalWorker } from '@claimline/ingest';
import type { SqliteStore } from '@claimline/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

const CREWS = ['Harbourmaster Olu Brandt', 'the Saltmarsh Council', 'Inspector Ravi Kohl', 'the Brine Works'];
const VERBS = ['said', 'told the council', 'estimated', 'denied'];
const LOADS = ['barges', 'sacks of lime', 'pumps', 'families'];
const WHEN = ['on Tuesday', 'last month', 'on 12 June', 'this week'];

/** A made-up flood report of at least `chars` characters, no two paragraphs alike. */
function floodReport(chars: number): string {
  let text = ' date 2023-06-20 GREYPORT — ';
  for (let n = 1; text.length < chars; n++) {
    const at = (list: string[], k: number) => list[(n + k) % list.length];
    text += `${at(CREWS, 0)} ${at(VERBS, 1)} ${at(WHEN, 2)} that some ${40 + n} ${at(LOADS, 3)} had been moved inland. The figure may reach ${90 + 3 * n} before the floodgates close, according to ${at(CREWS, 2)}.\n\n`;
  }
  return text;
}

const INGEST = `mutation($input: IngestSourceInput!) {
  ingestSource(input: $input) {
    __typename
    ... on IngestSourceResult { created source { text } ingestion { proposals(first: 100) { totalCount nodes { start end excerpt } } } }
    ... on UserError { field message }
  }
}`;

interface Ingested {
  ingestSource: {
    __typename: string;
    created?: boolean;
    source?: { text: string };
    ingestion?: {
      proposals: { totalCount: number; nodes: { start: number; end: number; excerpt: string }[] };
    };
    field?: string;
  };
}

/**
 * Resolves once an ingest has read what the store knows, which it does on the request thread just
 * before it hands the text to the worker: from then on the text is in work.
 */
function whenKnowledgeIsRead(store: SqliteStore): Promise<void> {
  const knownNames = store.knownNames.bind(store);
  return new Promise((resolve) => {
    store.knownNames = () => {
      store.knownNames = knownNames;
      resolve();
      return knownNames();
    };
  });
}

describe('ingestSource off the request thread', () => {
  let service: TestService;
  const ingest = (input: Record<string, unknown>) =>
    service.query<Ingested>(INGEST, { input }, service.keys.edit);
  const sourceCount = async () =>
    (await service.query<{ sources: { totalCount: number } }>('{ sources { totalCount } }')).data?.sources
      .totalCount;

  beforeAll(() => {
    // A loaded machine may take longer than the 10 s default over a 95 kB text: these tests
    // assert what is answered first, not how fast.
    service = seededService({ limits: { timeoutMs: 600_000 } });
  });
  afterAll(async () => {
    await stopProposalWorker();
    service.close();
  });

  it('answers other requests while a 95 kB text is in work', async () => {
    const text = floodReport(95_000);
    const before = await sourceCount();
    const inWork = whenKnowledgeIsRead(service.database);
    const ingested = ingest({ text, publisher: 'Greyport Gazette' });
    await inWork;
    const typename = await service.query('{ __typename }');
    // Answered before the text was stored: on the request thread, the write would come first.
    const countWhileInWork = await sourceCount();
    const result = await ingested;

    expect(typename).toEqual({ data: { __typename: 'Query' } });
    expect(countWhileInWork).toBe(before);
    expect(await sourceCount()).toBe((before ?? 0) + 1);
    const { created, source, ingestion } = result.data?.ingestSource ?? {};
    expect(created).toBe(true);
    expect(source?.text).toBe(text);
    expect(ingestion?.proposals.totalCount).toBeGreaterThan(100);
    for (const p of ingestion?.proposals.nodes ?? []) expect(text.slice(p.start, p.end)).toBe(p.excerpt);
  }, 120_000);

  it('answers a failure of the worker with an INGEST_FAILED error, stores nothing, and recovers', async () => {
    const before = await sourceCount();
    const inWork = whenKnowledgeIsRead(service.database);
    const ingested = ingest({ text: 'Pump crews said 12 streets were dry by Friday.' });
    await inWork;
    await stopProposalWorker();
    const failed = await ingested;

    expect(failed.data).toBeNull();
    expect(failed.errors).toMatchObject([
      {
        message: 'Ingestion failed, nothing was stored: the ingestion worker was stopped before it answered',
        path: ['ingestSource'],
        extensions: { code: 'INGEST_FAILED' },
      },
    ]);
    expect(await sourceCount()).toBe(before);
    const again = await ingest({ text: 'Pump crews said 12 streets were dry by Friday.' });
    expect(again.data?.ingestSource.created).toBe(true);
  });

  it('writes nothing once the request is past its time limit', async () => {
    const before = await sourceCount();
    const inWork = whenKnowledgeIsRead(service.database);
    const ingested = ingest({ text: 'Sandbag teams said 30 doors were sealed on Sunday.' });
    await inWork;
    // The clock jumps past the deadline while the worker proposes (only Date is faked).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 700_000);
    const late = await ingested;
    vi.useRealTimers();

    expect(late.errors).toMatchObject([{ extensions: { code: 'LIMIT_EXCEEDED', limit: 'timeoutMs' } }]);
    expect(await sourceCount()).toBe(before);
  });

  it('refuses text the store could not keep exactly, naming the field', async () => {
    const before = await sourceCount();
    for (const [field, value] of [
      ['text', 'The sluice \uD800 held.'],
      ['text', 'Gate\0 7 opened.'],
      ['title', 'Flood \uDFFF diary'],
      ['publisher', 'Greyport\0Gazette'],
    ] as const) {
      const input = { text: 'The sluice held.', [field]: value };
      const refused = await ingest(input);
      expect(refused.errors).toMatchObject([
        {
          message: expect.stringMatching(new RegExp(`^Argument "input\\.${field}" holds a (lone|NUL)`)),
          extensions: { code: 'BAD_USER_INPUT', argument: `input.${field}` },
        },
      ]);
    }
    expect(await sourceCount()).toBe(before);
  });
});
