import type { KnownName } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { proposeFromText } from '../src/pipeline.ts';

// A whole article of another story, with its page around it, through the whole pipeline.
const ARTICLE = `• World
  • Africa

NAIROBI, June 16, 2021 (Reuters) - Ethiopia has begun the second filling of its giant dam on the Blue Nile, a senior Ethiopian official said, defying calls from Egypt and Sudan to wait for a binding deal.

Ethiopian Water Minister Seleshi Bekele told reporters that the reservoir could hold about 74 billion cubic metres of water, adding that the turbines would start in August.

Cairo denies that Ethiopia has any right to fill the dam without an agreement. Egypt depends on the Nile for about 90 percent of its fresh water, according to the World Bank.

Sudanese officials said on Monday that more than 600 farmers had been moved from the riverbanks since April. The talks, now in their tenth year, are expected to resume next month.

Read more: Why the Nile matters to 250 million people

Advertisement`;

const KNOWN: KnownName[] = [
  ['Ethiopia', 'STATE', 1, ['Addis Ababa']],
  ['Egypt', 'STATE', 2, ['Cairo']],
  ['Sudan', 'STATE', 3, ['Khartoum']],
  ['Seleshi Bekele', 'PERSON', 4, []],
  ['World Bank', 'ORGANIZATION', 5, []],
].flatMap(([canonical, kind, id, aliases]) =>
  [canonical as string, ...(aliases as string[])].map((name) => ({
    entity: 'actor' as const,
    id: id as number,
    name,
    canonical: canonical as string,
    kind: kind as KnownName['kind'],
  })),
);

describe('the ingestion pipeline on an article of another story', () => {
  const found = proposeFromText({ text: ARTICLE, publisher: 'Example Times' }, { names: KNOWN, copies: [] });
  const claimant = (c: (typeof found.claims)[number]) =>
    c.claimant.kind === 'MENTION'
      ? c.claimant.mention.name
      : c.claimant.kind === 'UNNAMED'
        ? `(${c.claimant.description})`
        : 'AUTHOR';

  it('reads the page: furniture, dateline, wire credit and date', () => {
    expect(found.furniture.map((f) => f.kind)).toEqual(['NAVIGATION', 'READ_MORE', 'PROMO']);
    expect(found.metadata).toMatchObject({ dateline: 'Nairobi', wireCredit: 'Reuters' });
    expect(found.published.edtf).toBe('2021-06-16');
    expect(found.kind).toBe('WIRE_COPY');
    // The wire speaks for the text's own statements: a new actor to propose.
    expect(found.author).toEqual({ name: 'Reuters', id: null });
  });

  it('names the actors, stored and new', () => {
    const names = new Set(
      found.mentions
        .filter((m) => m.entity === 'actor')
        .map((m) => `${m.name}${m.id === null ? ' (new)' : ''}`),
    );
    expect([...names].sort()).toEqual([
      'Egypt',
      'Ethiopia',
      'Reuters (new)',
      'Seleshi Bekele',
      'Sudan',
      'World Bank',
    ]);
    expect(found.mentions.find((m) => m.text === 'Cairo')).toMatchObject({
      name: 'Egypt',
      resolution: 'ALIAS',
    });
    expect(found.mentions.find((m) => m.text === 'Blue Nile')).toMatchObject({ id: null, entity: 'place' });
  });

  it('dates what it can against the dateline', () => {
    expect(found.dates.map((d) => [d.text, d.time.edtf])).toEqual([
      ['June 16, 2021', '2021-06-16'],
      ['August', '2021-08'],
      ['on Monday', '2021-06-14'],
      ['since April', '2021-04/2021-06-16'],
      ['in their tenth year', '2011-06-17/2012-06-16'],
      ['next month', '2021-07'],
    ]);
  });

  it('reads the figures, none from the furniture', () => {
    expect(found.quantities.map((q) => [q.text, q.value ?? q.low, q.unit, q.modality])).toEqual([
      ['about 74 billion cubic metres', 74e9, 'cubic meters', 'CAPACITY'],
      ['about 90 percent', 90, 'percent', 'ACTUAL'],
      ['more than 600 farmers', 600, 'farmers', 'ACTUAL'],
    ]);
  });

  it('proposes each statement with its claimant and stance', () => {
    expect(
      found.claims.map((c) => [claimant(c), c.stance, c.quantity?.value ?? c.quantity?.low ?? null]),
    ).toEqual([
      ['Seleshi Bekele', 'ASSERTS', null],
      // In the author's voice: the store names the wire credit as its claimant.
      ['AUTHOR', 'ASSERTS', null],
      ['Seleshi Bekele', 'ESTIMATES', 74e9],
      ['Seleshi Bekele', 'EXPECTS', null],
      ['Egypt', 'DENIES', null],
      ['World Bank', 'ASSERTS', 90],
      ['(Sudanese officials)', 'ASSERTS', 600],
      ['(are expected)', 'EXPECTS', null],
    ]);
    for (const claim of found.claims) expect(ARTICLE.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
