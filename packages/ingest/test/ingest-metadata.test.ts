import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../src/furniture.ts';
import { extractMetadata, titleCase } from '../src/metadata.ts';

const read = (text: string) => extractMetadata(text, detectFurniture(text));

describe('extractMetadata', () => {
  it('reads a dateline with an ISO date and a place', () => {
    const meta = read(
      ' date 2021-06-16 NAIROBI — Kenya and Ethiopia agreed on Tuesday to share the border river.',
    );
    expect(meta.published?.edtf).toBe('2021-06-16');
    expect(meta.dateline).toBe('Nairobi');
  });

  it('reads a wire dateline: place, date and agency', () => {
    const meta = read(
      'ADDIS ABABA, June 16, 2021 (Reuters) - Ethiopia said on Wednesday it would keep filling the dam.',
    );
    expect(meta).toMatchObject({ dateline: 'Addis Ababa', wireCredit: 'Reuters', kind: 'WIRE_COPY' });
    expect(meta.published?.edtf).toBe('2021-06-16');
  });

  it('reads an opening note naming kind and publisher, and a byline', () => {
    const meta = read(
      '(EDITORIAL from Daily Nation on June 3)\n\nThe dam is a test of diplomacy.\n\nBy: JANE DOE',
    );
    expect(meta).toMatchObject({ kind: 'EDITORIAL', publisher: 'Daily Nation', byline: 'Jane Doe' });
    // A day and month with no year cannot be placed.
    expect(meta.published).toBeNull();
  });

  it('reads a wire credit at the end', () => {
    const meta = read('Talks resume next month. The filling will continue through August. AFP');
    expect(meta).toMatchObject({ wireCredit: 'Afp', kind: 'WIRE_COPY' });
  });

  it('reads nothing from a text that carries nothing', () => {
    expect(read('The river rose again overnight, flooding two villages.')).toEqual({
      published: null,
      dateline: null,
      bodyStart: 0,
      byline: null,
      wireCredit: null,
      publisher: null,
      kind: null,
    });
  });

  it('title-cases names printed in capitals only', () => {
    expect(titleCase('JANE O’NEILL-SMITH')).toBe('Jane O’Neill-Smith');
    expect(titleCase('Jane Doe')).toBe('Jane Doe');
  });
});
