import type { KnownName, TextSpan } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { chooseTarget } from '../src/mentions/choose.ts';
import { Headlines } from '../src/mentions/headlines.ts';
import { MentionList } from '../src/mentions/list.ts';
import { buildLookup, fitsCase } from '../src/mentions/lookup.ts';
import { matchMisprint, mayBeMisprint, nearNames } from '../src/mentions/misprints.ts';
import {
  extendFollowingPerson,
  extendPrecedingName,
  followsLocative,
  isAcronym,
  isCommonWord,
  isPremodifier,
  matchTitledSurname,
  type NameRun,
  nameStart,
  namesNothing,
  newMention,
  newNameKind,
  ownedByState,
  proposeNew,
  runEnd,
} from '../src/mentions/proposals.ts';
import { addKnown, type Scan, tokenSpan } from '../src/mentions/scan.ts';
import { matchStoredName, matchStoredNames } from '../src/mentions/stored.ts';
import { matchSurname, storedPersonBySurname } from '../src/mentions/surnames.ts';
import { allCaps, capitalised, joined, joins, type Token, tokenize } from '../src/mentions/tokens.ts';
import type { Mention } from '../src/mentions.ts';
import { SpanIndex } from '../src/spans.ts';
import { found, tagText } from '../src/text.ts';

// An invented story: two island states, a harbour union, two people called Marlow.
const actor = (id: number, canonical: string, kind: KnownName['kind'], names: string[] = []): KnownName[] =>
  [canonical, ...names].map((name) => ({ entity: 'actor', id, name, canonical, kind }));
const KNOWN: KnownName[] = [
  ...actor(1, 'Norland', 'STATE', ['Kessen']),
  ...actor(2, 'Valdoria', 'STATE'),
  ...actor(3, 'Ines Marlow', 'PERSON'),
  ...actor(4, 'Harbour Union', 'ORGANIZATION', ['HU', 'Harbour Union Board']),
  ...actor(5, 'Tomas Marlow', 'PERSON'),
  ...actor(6, 'Piet Anders', 'PERSON'),
  { entity: 'place', id: 1, name: 'Kessen', canonical: 'Kessen', kind: 'CITY' },
];

/** A text as findMentions starts reading it: nothing found yet. */
function scanOf(text: string, known: readonly KnownName[] = KNOWN, skip: TextSpan[] = []): Scan {
  return {
    text,
    tokens: tokenize(text, new SpanIndex(skip)),
    tagging: tagText(text),
    lookup: buildLookup(known),
    mentions: new MentionList(),
    covered: new Set(),
    headlines: new Headlines(text),
  };
}
/** The index of the token that is `word` (the `nth` such). */
const tokenIndex = (scan: Scan, word: string, nth = 0) =>
  scan.tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0)[nth] as number;
const texts = (scan: Scan) => scan.mentions.all.map((m) => [m.text, m.name, m.resolution]);
/** The run of tokens `start` to `end`, as proposeNew reads it from token `i`. */
function runOf(scan: Scan, start: number, end: number, i = start): NameRun {
  const tokens = scan.tokens.slice(start, end + 1);
  return {
    tokens,
    first: tokens[0] as Token,
    span: tokenSpan(scan, start, end),
    start,
    end,
    titled: start !== i,
    before: scan.tokens[start - 1],
    after: scan.tokens[end + 1],
  };
}
const wholeRun = (text: string, known: readonly KnownName[] = KNOWN) => {
  const scan = scanOf(text, known);
  return { scan, run: runOf(scan, 0, scan.tokens.length - 1) };
};

describe('tokens', () => {
  it('lists the words outside the skipped spans, each with the text since the word before', () => {
    const text = 'Read: Kessen, U.S. ferries';
    const tokens = tokenize(text, new SpanIndex([{ start: 0, end: 5 }]));
    expect(tokens.map((t) => [t.text, t.gap])).toEqual([
      ['Kessen', ': '],
      ['U', ', '],
      ['S', '.'],
      ['ferries', '. '],
    ]);
  });

  it('joins words into one name across spaces and hyphens, across a full stop only after an initial', () => {
    const tokens = tokenize('Jane Q. Doe met Mr. Ahn. Then Kim-Lee left', new SpanIndex([]));
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(joins(tokens, at('Doe'))).toBe(true);
    expect(joins(tokens, at('Ahn'))).toBe(true);
    expect(joins(tokens, at('Then'))).toBe(false);
    expect(joins(tokens, at('Lee'))).toBe(true);
    expect(joined(tokens, at('Jane'), at('Doe'))).toBe(true);
    expect(joined(tokens, at('Ahn'), at('Then'))).toBe(false);
  });

  it('tells capitalised and all-capital words', () => {
    expect([
      capitalised('Kessen'),
      capitalised('kessen'),
      allCaps('HU'),
      allCaps('Hu'),
      allCaps('H'),
    ]).toEqual([true, false, true, false, false]);
  });
});

describe('lookup', () => {
  const lookup = buildLookup(KNOWN);

  it('indexes every stored name normalised, each actor or place once per name', () => {
    expect(lookup.byNormalized.get('kessen')?.map((n) => `${n.entity}:${n.id}`)).toEqual([
      'actor:1',
      'place:1',
    ]);
    expect(buildLookup([...KNOWN, ...KNOWN]).byNormalized.get('norland')).toHaveLength(1);
  });

  it('indexes people by their first and last names, and long capitalised names for misprints', () => {
    expect(lookup.bySurname.get('marlow')?.map((n) => n.id)).toEqual([3, 5]);
    expect(lookup.bySurname.get('ines')?.map((n) => n.id)).toEqual([3]);
    expect(lookup.bySurname.has('norland')).toBe(false);
    expect(lookup.misprintable.map((m) => [m.known.name, m.words])).toContainEqual(['Harbour Union', 2]);
    expect(lookup.misprintable.some((m) => m.known.name === 'HU')).toBe(false);
  });

  it('matches printed words to an alias’s capitals', () => {
    const tokens = (text: string) => tokenize(text, new SpanIndex([]));
    expect(fitsCase(tokens('HU'), 'HU')).toBe(true);
    expect(fitsCase(tokens('Hu'), 'HU')).toBe(false);
    expect(fitsCase(tokens('norland'), 'Norland')).toBe(false);
    expect(fitsCase(tokens('the Norland'), 'Norland')).toBe(true);
  });
});

describe('MentionList', () => {
  const text = 'Norland and Valdoria';
  const norland: Mention = {
    ...found(text, 0, 7),
    entity: 'actor',
    id: 1,
    name: 'Norland',
    kind: 'STATE',
    resolution: 'ALIAS',
  };
  const proposed = newMention(found(text, 12, 20), { entity: 'actor', name: 'Valdoria', kind: 'GROUP' });

  it('knows which stored actors the text named, and finds mentions by their ends', () => {
    const list = new MentionList();
    list.add(proposed);
    list.add(norland);
    expect(list.names({ entity: 'actor', id: 1, name: 'x', canonical: 'x', kind: 'STATE' })).toBe(true);
    expect(list.names({ entity: 'place', id: 1, name: 'x', canonical: 'x', kind: 'CITY' })).toBe(false);
    expect(list.startingAt(12)).toBe(proposed);
    expect(list.startingAt(undefined)).toBeUndefined();
    expect(list.endingAt(7, (m) => m.kind === 'STATE')).toBe(norland);
    expect(list.endingAt(7, (m) => m.kind === 'PERSON')).toBeUndefined();
    expect(list.inTextOrder()).toEqual([norland, proposed]);
  });

  it('gives a name proposed before its first reading', () => {
    const list = new MentionList();
    list.add(proposed);
    expect(list.proposedAs('VALDORIA')).toEqual({ entity: 'actor', name: 'Valdoria', kind: 'GROUP' });
    expect(list.proposedAs('Norland')).toBeUndefined();
    list.replace(proposed, norland);
    expect(list.all).toEqual([norland]);
    list.remove(norland);
    expect(list.all).toEqual([]);
  });
});

describe('chooseTarget', () => {
  const kessen = KNOWN.filter((n) => n.name === 'Kessen');

  it('takes the place right after "in", else the actor', () => {
    const scan = scanOf('Kessen said so in Kessen.');
    expect(chooseTarget(scan, kessen, 0)?.entity).toBe('actor');
    expect(chooseTarget(scan, kessen, tokenIndex(scan, 'Kessen', 1))?.entity).toBe('place');
  });

  it('takes of several the one the text already named, else none', () => {
    const scan = scanOf('Tomas Marlow spoke. Marlow left.');
    const marlows = KNOWN.filter((n) => n.kind === 'PERSON' && n.name.endsWith('Marlow'));
    const at = tokenIndex(scan, 'Marlow', 1);
    expect(chooseTarget(scan, marlows, at)).toBeUndefined();
    matchStoredNames(scan);
    expect(chooseTarget(scan, marlows, at)?.id).toBe(5);
  });
});

describe('stored names', () => {
  it('matches the longest stored name from a token and covers its tokens', () => {
    const scan = scanOf('The Harbour Union Board met.');
    expect(matchStoredName(scan, 0)).toBe(0);
    expect(matchStoredName(scan, 1)).toBe(3);
    expect(texts(scan)).toEqual([['Harbour Union Board', 'Harbour Union', 'ALIAS']]);
    expect([...scan.covered]).toEqual([1, 2, 3]);
  });

  it('reads each token once, in the capitals the name is stored with', () => {
    const scan = scanOf('HU and hu met in Norland.');
    matchStoredNames(scan);
    expect(texts(scan)).toEqual([
      ['HU', 'Harbour Union', 'ALIAS'],
      ['Norland', 'Norland', 'ALIAS'],
    ]);
  });
});

describe('surnames', () => {
  it('finds the stored person of a first or last name, when only one fits', () => {
    const scan = scanOf('Anders and Marlow spoke.');
    expect(storedPersonBySurname(scan, 0)?.canonical).toBe('Piet Anders');
    expect(storedPersonBySurname(scan, 2)).toBeUndefined();
  });

  it('resolves a surname after a title as HONORIFIC, alone as SURNAME, not when a name goes on', () => {
    const scan = scanOf('Mr Anders met Anders. Anders Holm left.');
    expect(matchSurname(scan, 1)).toBe(true);
    expect(matchSurname(scan, 3)).toBe(true);
    expect(matchSurname(scan, 4)).toBe(false);
    expect(texts(scan)).toEqual([
      ['Anders', 'Piet Anders', 'HONORIFIC'],
      ['Anders', 'Piet Anders', 'SURNAME'],
    ]);
  });
});

describe('misprints', () => {
  it('considers only capitalised words the lexicon does not know, outside stored names', () => {
    const scan = scanOf('Norlnd and Valdoria met Paris officials.');
    matchStoredNames(scan);
    expect(mayBeMisprint(scan, 0, 1)).toBe(true);
    expect(mayBeMisprint(scan, tokenIndex(scan, 'Valdoria'), 1)).toBe(false);
    expect(mayBeMisprint(scan, tokenIndex(scan, 'Paris'), 1)).toBe(false);
    expect(mayBeMisprint(scan, 0, 2)).toBe(false);
  });

  it('finds stored names a few edits away, of as many words, not one a word is made from', () => {
    const { misprintable } = buildLookup(KNOWN);
    const names = (wanted: string, words: number) =>
      nearNames(misprintable, wanted, words).map((c) => c.known.name);
    expect(names('norlnd', 1)).toEqual(['Norland']);
    expect(names('norlandic', 1)).toEqual([]);
    expect(names('norland', 1)).toEqual([]);
    expect(names('harbourunoin', 2)).toEqual(['Harbour Union']);
    expect(names('harbourunoin', 1)).toEqual([]);
  });

  it('resolves a misprint of two words or one, returning its last token', () => {
    const scan = scanOf('The Harbuor Union and Valdorai met.');
    expect(matchMisprint(scan, 1)).toBe(2);
    expect(matchMisprint(scan, 4)).toBe(4);
    expect(texts(scan)).toEqual([
      ['Harbuor Union', 'Harbour Union', 'MISPRINT'],
      ['Valdorai', 'Valdoria', 'MISPRINT'],
    ]);
  });
});

describe('new names', () => {
  it('runs over capitalised words, and "of" inside an organisation’s name', () => {
    const scan = scanOf('The Ostrava Institute of Maritime Studies and Lune Ferries of Kessen said so.');
    matchStoredNames(scan);
    expect(runEnd(scan, 1)).toBe(tokenIndex(scan, 'Studies'));
    expect(runEnd(scan, tokenIndex(scan, 'Lune'))).toBe(tokenIndex(scan, 'Ferries'));
  });

  it('leaves out leading titles, unless they make an organisation’s name', () => {
    const titled = scanOf('Secretary of State Anna Brook spoke.');
    expect(nameStart(titled, 0, 4)).toBe(3);
    const department = scanOf('State Department officials spoke.');
    expect(nameStart(department, 0, 1)).toBe(0);
  });

  it('tells a headline from a sentence', () => {
    const text = 'Ferries Resume Sailing After Storm\nThe Quay reopened for Lune ferries.\n\nLast Line Here';
    const headlines = new Headlines(text);
    expect(headlines.has(0)).toBe(true);
    expect(headlines.has(text.indexOf('Storm'))).toBe(true);
    expect(headlines.has(text.indexOf('Quay'))).toBe(false);
    expect(headlines.has(text.indexOf('Here'))).toBe(true);
  });

  it('resolves a title and a stored surname as HONORIFIC', () => {
    const scan = scanOf('Harbour Minister Anders spoke.');
    expect(matchTitledSurname(scan, 2)).toBe(true);
    expect(matchTitledSurname(scan, 0)).toBe(false);
    expect(texts(scan)).toEqual([['Anders', 'Piet Anders', 'HONORIFIC']]);
  });

  it('joins first names and initials to the stored person after them', () => {
    const scan = scanOf('Dr Piet Q. Anders agreed.');
    expect(extendFollowingPerson(scan, 1, 2)).toBe(false);
    addKnown(scan, 3, 3, KNOWN.find((n) => n.name === 'Piet Anders') as KnownName, 'SURNAME');
    expect(extendFollowingPerson(scan, 1, 2)).toBe(true);
    expect(texts(scan)).toEqual([['Piet Q. Anders', 'Piet Anders', 'SURNAME']]);
  });

  it('makes a stored name and the organisation’s words after it one new organisation', () => {
    const scan = scanOf('The Norland Coast Guard patrolled.');
    matchStoredNames(scan);
    expect(extendPrecedingName(scan, runOf(scan, 2, 3))).toBe(true);
    expect(texts(scan)).toEqual([['Norland Coast Guard', 'Norland Coast Guard', 'NEW']]);
    const plain = scanOf('The Norland Coast patrolled.');
    matchStoredNames(plain);
    expect(extendPrecedingName(plain, runOf(plain, 2, 2))).toBe(false);
  });

  it('tells acronyms', () => {
    expect(isAcronym(wholeRun('U.N.').run)).toBe(true);
    expect(isAcronym(wholeRun('NATO').run)).toBe(true);
    expect(isAcronym(wholeRun('Lune').run)).toBe(false);
  });

  it('tells a place of a state the text names', () => {
    const scan = scanOf('Norland’s Western Isles flooded.');
    matchStoredNames(scan);
    expect(ownedByState(scan, runOf(scan, 2, 3))).toBe(true);
    const unnamed = scanOf('Lune’s Western Isles flooded.');
    expect(ownedByState(unnamed, runOf(unnamed, 2, 3))).toBe(false);
  });

  it('tells words that name nothing on their own', () => {
    const scan = scanOf('North, Friday, Minister, Americans, Brook');
    const word = (w: string) => isCommonWord(scan, scan.tokens[tokenIndex(scan, w)] as Token);
    expect(['North', 'Friday', 'Minister', 'Americans'].map(word)).toEqual([true, true, true, true]);
    expect(word('Brook')).toBe(false);
  });

  it('tells a name that qualifies a noun after it', () => {
    const scan = scanOf('the Lune ferries left, and Lune left.');
    expect(isPremodifier(scan, runOf(scan, 1, 1))).toBe(true);
    expect(isPremodifier(scan, runOf(scan, tokenIndex(scan, 'Lune', 1), tokenIndex(scan, 'Lune', 1)))).toBe(
      false,
    );
  });

  it('names nothing with one word not read as a person or country, or with dates', () => {
    const scan = scanOf('Sailors left. Lune ferries waited. The Brook Tarn rose. March April');
    const one = (word: string) => runOf(scan, tokenIndex(scan, word), tokenIndex(scan, word));
    expect(namesNothing(scan, one('Sailors'))).toBe(true);
    expect(namesNothing(scan, one('Lune'))).toBe(true);
    expect(namesNothing(scanOf('talks with Mira'), runOf(scanOf('talks with Mira'), 2, 2))).toBe(false);
    expect(namesNothing(scan, runOf(scan, tokenIndex(scan, 'Brook'), tokenIndex(scan, 'Tarn')))).toBe(false);
    expect(namesNothing(scan, runOf(scan, tokenIndex(scan, 'March'), tokenIndex(scan, 'April')))).toBe(true);
  });

  it('tells a name after a preposition of place', () => {
    const scan = scanOf('ferries in Lune, on the Tarn and from Brook');
    const one = (word: string) => runOf(scan, tokenIndex(scan, word), tokenIndex(scan, word));
    expect([followsLocative(scan, one('Lune')), followsLocative(scan, one('Tarn'))]).toEqual([true, true]);
    expect(followsLocative(scan, one('Brook'))).toBe(false);
  });

  it('reads what a new name names from its words', () => {
    const kind = (text: string, from: number) => {
      const scan = scanOf(text);
      const end = runEnd(scan, from);
      return newNameKind(scan, runOf(scan, from, end))?.kind ?? null;
    };
    expect(kind('the Lune Ferry Company', 1)).toBe('ORGANIZATION');
    expect(kind('the Port of Lune', 1)).toBe('PORT');
    expect(kind('ferries reached Tarn Bay', 2)).toBe('FACILITY');
    expect(kind('ferries from Canada', 2)).toBe('STATE');
    expect(kind('ferries docked in Lune', 3)).toBe('OTHER');
    expect(kind('a talk with Mira Sel', 3)).toBe('PERSON');
    expect(kind('a talk with Lune', 3)).toBe('GROUP');
  });

  it('proposes a new name once, in the reading it was first proposed with', () => {
    // A first name alone is a GROUP; after "in" it would be a place, but keeps its first reading.
    const scan = scanOf('A talk with Mira ended. Ferries docked in Mira.');
    expect(proposeNew(scan, tokenIndex(scan, 'Mira'))).toBe(tokenIndex(scan, 'Mira'));
    expect(proposeNew(scan, tokenIndex(scan, 'Mira', 1))).toBe(tokenIndex(scan, 'Mira', 1));
    expect(scan.mentions.all.map((m) => [m.text, m.entity, m.kind])).toEqual([
      ['Mira', 'actor', 'GROUP'],
      ['Mira', 'actor', 'GROUP'],
    ]);
  });

  it('proposes nothing for a headline or a common word, returning the run’s last token', () => {
    const scan = scanOf('Ferries Resume Sailing\nSailors left.');
    expect(proposeNew(scan, 0)).toBe(2);
    expect(proposeNew(scan, 3)).toBe(3);
    expect(scan.mentions.all).toEqual([]);
  });
});
