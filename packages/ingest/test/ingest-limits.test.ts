import { loadCorpus, openStore, readCorpus, type SqliteStore, ValidationError } from '@claimline/store';
import { storeChecksum, TINY_CORPUS } from '@claimline/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestText, MAX_TEXT_CHARACTERS, textLengthProblem } from '../src/record.ts';

let opened: SqliteStore;
beforeEach(() => {
  opened = openStore(':memory:');
  loadCorpus(opened.db, readCorpus(TINY_CORPUS));
});
afterEach(() => opened.close());

describe('the longest text ingested', () => {
  it('is at most the characters the store keeps as a source’s text', () => {
    expect(textLengthProblem('x'.repeat(MAX_TEXT_CHARACTERS))).toBeNull();
    expect(textLengthProblem('x'.repeat(MAX_TEXT_CHARACTERS + 1))).toBe(
      'must be at most 2,000,000 characters (got 2,000,001)',
    );
  });

  it('refuses a longer text before any work, naming input.text and writing nothing', () => {
    const before = storeChecksum(opened.sqlite);
    const text = 'The mayor said 40 barges crossed the river. '.repeat(MAX_TEXT_CHARACTERS / 40);
    const refusal = (() => {
      try {
        ingestText(opened, { text }, 'editor@test');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({
      field: 'input.text',
      message: expect.stringMatching(/^must be at most 2,000,000/),
    });
    expect(storeChecksum(opened.sqlite)).toBe(before);
  });
});
