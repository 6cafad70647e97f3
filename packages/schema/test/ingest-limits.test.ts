import { MAX_TEXT_CHARACTERS } from '@claimline/ingest';
import { storeChecksum } from '@claimline/store/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaService } from './service.ts';

const service = schemaService();
afterAll(() => service.close());

describe('ingestSource refuses a text longer than ingestion takes', () => {
  it('answers BAD_USER_INPUT naming input.text, and stores nothing', async () => {
    const before = storeChecksum(service.database.sqlite);
    const { data, errors } = await service.query(
      'mutation($input: IngestSourceInput!) { ingestSource(input: $input) { __typename } }',
      { input: { text: 'x'.repeat(MAX_TEXT_CHARACTERS + 1) } },
      service.keys.edit,
    );
    expect(data?.ingestSource ?? null).toBeNull();
    expect(errors?.[0]?.message).toBe(
      'Argument "input.text" must be at most 2,000,000 characters (got 2,000,001)',
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.text' });
    expect(storeChecksum(service.database.sqlite)).toBe(before);
  });
});
