import { stopProposalWorker } from '@claimline/ingest';
import { storedTextProblem } from '@claimline/store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

// One UTF-16 unit at a time, so that lone surrogates, pairs made by chance and NULs all occur.
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constant('\0') },
);
// Words the pipeline proposes from, between arbitrary units, so that spans land around them.
const fragment = fc.oneof(
  fc.constantFrom(
    'Harbourmaster Brandt said ',
    'some 40 barges ',
    'on Tuesday, ',
    '"The weir held," the council said. ',
    'Greyport ',
    '\n\nRead More: ',
    ' — ',
  ),
  fc.string({ unit, maxLength: 6 }),
);
const anyText = fc.array(fragment, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

const INGEST = `mutation($input: IngestSourceInput!) {
  ingestSource(input: $input) {
    __typename
    ... on IngestSourceResult { source { text } ingestion { proposals(first: 100) { nodes { start end excerpt } } } }
    ... on UserError { field }
  }
}`;

interface Ingested {
  ingestSource: {
    __typename: string;
    source?: { text: string };
    ingestion?: { proposals: { nodes: { start: number; end: number; excerpt: string }[] } } | null;
    field?: string;
  };
}

describe('any text given to ingestSource', () => {
  let service: TestService;
  beforeAll(() => {
    service = seededService({ limits: { timeoutMs: 600_000 } });
  });
  afterAll(async () => {
    await stopProposalWorker();
    service.close();
  });

  it('is refused, naming input.text, or stored exactly with every excerpt at its offsets', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await service.query<Ingested>(INGEST, { input: { text } }, service.keys.edit);
        if (storedTextProblem(text)) {
          expect(result.errors).toMatchObject([
            { extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' } },
          ]);
          return;
        }
        expect(result.errors).toBeUndefined();
        const ingested = result.data?.ingestSource;
        if (!text.trim()) {
          expect(ingested).toEqual({ __typename: 'ValidationError', field: 'input.text' });
          return;
        }
        expect(ingested?.source?.text).toBe(text);
        for (const p of ingested?.ingestion?.proposals.nodes ?? []) {
          expect(text.slice(p.start, p.end)).toBe(p.excerpt);
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
