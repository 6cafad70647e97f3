import type { KnownName } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/mentions.ts';

// What a store might know about another story: a dam on a river shared by three countries.
const actor = (id: number, canonical: string, kind: KnownName['kind'], names: string[]): KnownName[] =>
  [canonical, ...names].map((name) => ({ entity: 'actor', id, name, canonical, kind }));
const KNOWN: KnownName[] = [
  ...actor(1, 'Ethiopia', 'STATE', ['Addis Ababa']),
  ...actor(2, 'Egypt', 'STATE', ['Cairo']),
  ...actor(3, 'Abiy Ahmed', 'PERSON', []),
  ...actor(4, 'United States', 'STATE', ['US', 'Washington']),
  ...actor(5, 'African Union', 'ORGANIZATION', ['AU']),
  { entity: 'place', id: 1, name: 'Addis Ababa', canonical: 'Addis Ababa', kind: 'CITY' },
  { entity: 'place', id: 2, name: 'Blue Nile', canonical: 'Blue Nile', kind: 'BODY_OF_WATER' },
];

const read = (text: string) =>
  findMentions(text, [], KNOWN).map((m) => ({
    text: m.text,
    entity: m.entity,
    id: m.id,
    name: m.name,
    kind: m.kind,
    resolution: m.resolution,
  }));

describe('findMentions', () => {
  it('resolves stored names, metonyms and the place sense after "in"', () => {
    expect(
      read('Cairo rejected the timetable, officials in Addis Ababa said, as the Blue Nile rose.'),
    ).toEqual([
      { text: 'Cairo', entity: 'actor', id: 2, name: 'Egypt', kind: 'STATE', resolution: 'ALIAS' },
      { text: 'Addis Ababa', entity: 'place', id: 1, name: 'Addis Ababa', kind: 'CITY', resolution: 'ALIAS' },
      {
        text: 'Blue Nile',
        entity: 'place',
        id: 2,
        name: 'Blue Nile',
        kind: 'BODY_OF_WATER',
        resolution: 'ALIAS',
      },
    ]);
    expect(read('Addis Ababa says the dam harms no one.')[0]).toMatchObject({ entity: 'actor', id: 1 });
  });

  it('resolves an honorific or a bare surname to the stored person', () => {
    expect(read('Mr Ahmed told parliament the turbines would start. Ahmed later left.')).toEqual([
      { text: 'Ahmed', entity: 'actor', id: 3, name: 'Abiy Ahmed', kind: 'PERSON', resolution: 'HONORIFIC' },
      { text: 'Ahmed', entity: 'actor', id: 3, name: 'Abiy Ahmed', kind: 'PERSON', resolution: 'SURNAME' },
    ]);
  });

  it('resolves a small misprint by edit distance, but not a word made from a name', () => {
    expect(read('Ethiopa began the second filling.')[0]).toMatchObject({ id: 1, resolution: 'MISPRINT' });
    expect(read('Ethiopian engineers began the second filling.')).toEqual([]);
  });

  it('proposes names the store does not know, with a kind', () => {
    const found = read(
      'Sudan protested to the African Union Commission. Moussa Faki Mahamat urged calm, the Nile Basin Initiative said.',
    );
    expect(found.map(({ text, id, kind }) => ({ text, id, kind }))).toEqual([
      { text: 'Sudan', id: null, kind: 'STATE' },
      { text: 'African Union Commission', id: null, kind: 'ORGANIZATION' },
      { text: 'Moussa Faki Mahamat', id: null, kind: 'PERSON' },
      { text: 'Nile Basin Initiative', id: null, kind: 'ORGANIZATION' },
    ]);
  });

  it('matches capitals as printed: "us" is not the US', () => {
    expect(read('Write to us about the dam. US officials were briefed.')).toEqual([
      { text: 'US', entity: 'actor', id: 4, name: 'United States', kind: 'STATE', resolution: 'ALIAS' },
    ]);
  });

  it('takes no names from the spans it is told to skip', () => {
    expect(
      findMentions('Related: Cairo and Addis Ababa trade barbs', [{ start: 0, end: 44 }], KNOWN),
    ).toEqual([]);
  });
});
