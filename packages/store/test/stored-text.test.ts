import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/db/sqlite/open.ts';
import type { SqliteStore } from '../src/db/sqlite/store.ts';
import { sources } from '../src/db/tables/index.ts';
import { storedTextProblem } from '../src/domain/stored-text.ts';
import { createSource } from '../src/records/sources.ts';
import { runWrite, ValidationError } from '../src/records/write.ts';

const source = (text: string) => ({
  title: 'A note from the lighthouse',
  published: { edtf: '2022-11-04' },
  kind: 'REPORT' as const,
  text,
});

describe('storedTextProblem', () => {
  it('accepts text in any script, emoji (surrogate pairs) included', () => {
    expect(storedTextProblem('Keeper Åsa said the lamp 🔦 failed twice — 二度。')).toBeNull();
    expect(storedTextProblem('')).toBeNull();
  });

  it('names a lone high or low surrogate and where it is', () => {
    expect(storedTextProblem('lamp \uD83D out')).toBe(
      'holds a lone UTF-16 surrogate \\uD83D (at character 5), which cannot be stored as text',
    );
    expect(storedTextProblem('\uDE00 first')).toMatch(/surrogate \\uDE00 \(at character 0\)/);
    // A low half before its high half is no pair.
    expect(storedTextProblem('x\uDE00\uD83D')).toMatch(/at character 1/);
  });

  it('names a NUL character and where it is', () => {
    expect(storedTextProblem('fog\0horn')).toBe('holds a NUL character (at character 3)');
  });
});

describe('createSource', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openStore(':memory:');
  });
  afterEach(() => store.close());

  it('refuses a text it could not keep exactly, naming input.text, and writes nothing', () => {
    let refused: unknown;
    try {
      runWrite(store.db, 'test', (w) => createSource(w, source('Beam out \uD800 at dusk.')));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ field: 'input.text', message: expect.stringMatching(/surrogate/) });
    expect(store.db.select().from(sources).all()).toEqual([]);
  });

  it('keeps a text it accepts exactly as given', () => {
    const text = 'Keeper Åsa said 🔦 twice.\r\n\tEnd.';
    runWrite(store.db, 'test', (w) => createSource(w, source(text)));
    expect(store.db.select({ text: sources.text }).from(sources).get()?.text).toBe(text);
  });
});
