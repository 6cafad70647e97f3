import type { Mention } from '../mentions.ts';
import { type Found, found } from '../text.ts';
import type { NewName } from './list.ts';
import { addKnown, type Scan, tagged, tokenSpan } from './scan.ts';
import { storedPersonBySurname } from './surnames.ts';
import { capitalised, joins, type Token } from './tokens.ts';
import { DIRECTIONS, FACILITY_WORDS, JOINER, LOCATIVE, ORGANIZATION_WORDS, TITLES } from './vocabulary.ts';

/** A run of capitalised words the store does not know, its titles left out, and its surroundings. */
export interface NameRun {
  tokens: Token[];
  first: Token;
  span: Found;
  /** Token indexes of the run's first and last words. */
  start: number;
  end: number;
  /** Whether titles were left out before it ("Secretary of State …"). */
  titled: boolean;
  before: Token | undefined;
  after: Token | undefined;
}

/** The run of capitalised words from token `i`, "of"/"for" allowed inside an organisation's name ("Institute of Political Studies"); its last token. */
export function runEnd(scan: Scan, i: number): number {
  const { tokens, text } = scan;
  let end = i;
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1] as Token;
    if (scan.covered.has(end + 1)) break;
    if (capitalised(next.text) && joins(tokens, end + 1)) end++;
    else if (
      /^(?:of|for)$/.test(next.text) &&
      tokens[end + 2] &&
      capitalised((tokens[end + 2] as Token).text) &&
      ORGANIZATION_WORDS.test(text.slice(tokens[i]?.start, next.start))
    )
      end += 2;
    else break;
  }
  return end;
}

/** Leading titles are not the name ("Secretary of State Antony Blinken" is Antony Blinken), unless the words make an organisation's name ("State Department"). */
export function nameStart(scan: Scan, i: number, end: number): number {
  const { tokens } = scan;
  const notName = (t: Token) =>
    TITLES.has(t.text.toLowerCase()) ||
    tagged(scan, t, 'Demonym') ||
    (!tagged(scan, t, 'ProperNoun') && !tagged(scan, t, 'Person') && !tagged(scan, t, 'Noun'));
  let start = i;
  if (
    !ORGANIZATION_WORDS.test(scan.text.slice((tokens[i] as Token).start, (tokens[end] as Token).end)) ||
    !TITLES.has((tokens[i] as Token).text.toLowerCase())
  )
    while (start < end && notName(tokens[start] as Token)) start++;
  return start;
}

/** "Mr Ahmed", "Defence Minister Ahmed": a title that leaves a stored person's surname; whether it did. */
export function matchTitledSurname(scan: Scan, start: number): boolean {
  const person = storedPersonBySurname(scan, start);
  if (person) addKnown(scan, start, start, person, 'HONORIFIC');
  return person !== undefined;
}

/** First names and initials before a stored person's surname ("Jane Q. Doe") join that mention; whether they did. */
export function extendFollowingPerson(scan: Scan, start: number, end: number): boolean {
  const next = scan.tokens[end + 1];
  const following = scan.mentions.startingAt(next?.start);
  if (following?.kind !== 'PERSON' || !JOINER.test((next as Token).gap)) return false;
  scan.mentions.replace(following, {
    ...following,
    ...found(scan.text, (scan.tokens[start] as Token).start, following.end),
  });
  return true;
}

/** "U.N. Security Council": a stored name before an organisation's words is part of a new organisation's name; whether it was. */
export function extendPrecedingName(scan: Scan, run: NameRun): boolean {
  const preceding = scan.mentions.endingAt(run.before?.end, (m) => m.entity === 'actor');
  if (!preceding || !ORGANIZATION_WORDS.test(run.span.text) || run.titled || !JOINER.test(run.first.gap))
    return false;
  scan.mentions.remove(preceding);
  const span = found(scan.text, preceding.start, run.span.end);
  scan.mentions.add(newMention(span, { entity: 'actor', name: span.text, kind: 'ORGANIZATION' }));
  return true;
}

/** An acronym ("U.N.", "NATO") names an organisation, even before a noun ("U.N. sanctions"). */
export function isAcronym(run: NameRun): boolean {
  const dotted =
    run.tokens.every((t) => /^\p{Lu}$/u.test(t.text)) &&
    run.tokens.length > 1 &&
    run.tokens.slice(1).every((t) => t.gap === '.');
  return dotted || /^\p{Lu}{2,5}$/u.test(run.span.text);
}

/** "Egypt’s Western Desert": a place of a state the text names. */
export function ownedByState(scan: Scan, run: NameRun): boolean {
  const { before } = run;
  const owner = before?.text === 's' && /^[’']$/.test(before.gap) ? scan.tokens[run.start - 2] : undefined;
  return owner !== undefined && scan.mentions.endingAt(owner.end, (m) => m.kind === 'STATE') !== undefined;
}

/** A capitalised word that names nothing on its own: a direction, title, date, demonym, plural acronym or common word. */
export function isCommonWord(scan: Scan, t: Token): boolean {
  return (
    DIRECTIONS.test(t.text) ||
    TITLES.has(t.text.toLowerCase()) ||
    tagged(scan, t, 'Date') ||
    tagged(scan, t, 'Demonym') ||
    /^\p{Lu}{2,}s$/u.test(t.text) ||
    (!tagged(scan, t, 'ProperNoun') && !tagged(scan, t, 'Person'))
  );
}

/** "Ukraine aid", "Kremlin officials": the run qualifies the lower-case noun after it. */
export function isPremodifier(scan: Scan, run: NameRun): boolean {
  const { after } = run;
  return (
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    /^\s+$/.test(after.gap) &&
    tagged(scan, after, 'Noun') &&
    !tagged(scan, after, 'Pronoun')
  );
}

/**
 * A run that names nothing: dates, or one word that is common, a premodifier, or capitalised
 * only as a sentence's first word. The gap test takes a plain space for a sentence's start too,
 * so one untitled word is a name only when read as a person or a country.
 */
export function namesNothing(scan: Scan, run: NameRun): boolean {
  const { first } = run;
  const opensSentence = /[.!?"“]\s*$|^\s*$|\n/.test(first.gap) && !run.titled;
  if (
    run.tokens.length === 1 &&
    (isCommonWord(scan, first) ||
      isPremodifier(scan, run) ||
      (opensSentence && !tagged(scan, first, 'Person') && !tagged(scan, first, 'Country')))
  )
    return true;
  return run.tokens.every((t) => tagged(scan, t, 'Date'));
}

/** "in Cairo", "on the Blue Nile": the run follows a preposition of place. */
export function followsLocative(scan: Scan, run: NameRun): boolean {
  const placeWord = run.before?.text.toLowerCase() === 'the' ? scan.tokens[run.start - 2] : run.before;
  return (
    placeWord !== undefined &&
    (LOCATIVE.test(placeWord.text) || /^(?:on|along|over|off)$/i.test(placeWord.text))
  );
}

/**
 * What a new name names, read from its words: an organisation ("Institute"), a facility or port,
 * a state (a country's name), a place (after "in", a city or region), a person (a person's or
 * first name, or two or three proper nouns), or a group (one word); null for none of these.
 */
export function newNameKind(scan: Scan, run: NameRun): NewName | null {
  const name = run.span.text;
  const has = (tag: string) => run.tokens.some((t) => tagged(scan, t, tag));
  const premodifier = isPremodifier(scan, run);
  const words = run.tokens.length;
  if (ORGANIZATION_WORDS.test(name)) return { entity: 'actor', name, kind: 'ORGANIZATION' };
  if (FACILITY_WORDS.test(name))
    return { entity: 'place', name, kind: /Port/.test(name) ? 'PORT' : 'FACILITY' };
  if (has('Country')) return { entity: 'actor', name, kind: 'STATE' };
  if (followsLocative(scan, run) || has('City') || has('Region'))
    return premodifier
      ? null
      : { entity: 'place', name, kind: tagged(scan, run.first, 'City') ? 'CITY' : 'OTHER' };
  if (words > 1 && (has('Person') || has('FirstName') || has('LastName')))
    return { entity: 'actor', name, kind: 'PERSON' };
  if (
    words > 1 &&
    words <= 3 &&
    !premodifier &&
    !run.tokens.some((t) => isCommonWord(scan, t) && !tagged(scan, t, 'ProperNoun'))
  )
    return { entity: 'actor', name, kind: 'PERSON' };
  return words === 1 && !premodifier ? { entity: 'actor', name, kind: 'GROUP' } : null;
}

export function newMention(span: Found, name: NewName): Mention {
  return { ...span, id: null, resolution: 'NEW', ...name };
}

/**
 * A capitalised name the store does not know, from token `i`: its run and the titles before it
 * read, then the first heuristic that says what it is proposes it (or nothing); returns the last
 * token of the run.
 */
export function proposeNew(scan: Scan, i: number): number {
  const end = runEnd(scan, i);
  const start = nameStart(scan, i, end);
  if (scan.headlines.has((scan.tokens[start] as Token).start)) return end;
  if (start === end && start > i && matchTitledSurname(scan, start)) return end;
  if (extendFollowingPerson(scan, start, end)) return end;
  const tokens = scan.tokens.slice(start, end + 1);
  const run: NameRun = {
    tokens,
    first: tokens[0] as Token,
    span: tokenSpan(scan, start, end),
    start,
    end,
    titled: start !== i,
    before: scan.tokens[start - 1],
    after: scan.tokens[end + 1],
  };
  if (extendPrecedingName(scan, run)) return end;
  if (isAcronym(run)) {
    if (!tagged(scan, run.first, 'Date'))
      scan.mentions.add(newMention(run.span, { entity: 'actor', name: run.span.text, kind: 'ORGANIZATION' }));
  } else if (ownedByState(scan, run))
    scan.mentions.add(newMention(run.span, { entity: 'place', name: run.span.text, kind: 'REGION' }));
  else if (!namesNothing(scan, run)) {
    const proposal = newNameKind(scan, run);
    // One name, one proposal: a name proposed before keeps its first reading.
    if (proposal)
      scan.mentions.add(newMention(run.span, scan.mentions.proposedAs(proposal.name) ?? proposal));
  }
  return end;
}
