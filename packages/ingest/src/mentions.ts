import {
  type ACTOR_KINDS,
  allowedEdits,
  type KnownName,
  normalizeName,
  type PLACE_KINDS,
  type TextSpan,
} from '@claimline/store';
import { distance } from 'fastest-levenshtein';
import { type Found, found, overlapsAny, tagText } from './text.ts';

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Entity = 'actor' | 'place';

/** How a mention found what it names. */
export type Resolution = 'ALIAS' | 'HONORIFIC' | 'SURNAME' | 'MISPRINT' | 'NEW';

/** A name in the text: a stored actor or place (`id`), or a proposed new one (`id` null). */
export interface Mention extends Found {
  entity: Entity;
  id: number | null;
  /** The stored canonical name, or the name proposed for a new actor or place. */
  name: string;
  kind: ActorKind | PlaceKind;
  resolution: Resolution;
}

interface Token extends Found {
  /** The text between the previous token and this one. */
  gap: string;
}

const MAX_WORDS = 6;
// Inside a name, tokens are joined by spaces, hyphens, apostrophes or the dots of "U.S.".
const JOINER = /^[ \t\-'’.]{0,3}$/;
// Titles and honorifics that come before a name and are not part of it.
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen',
  'admiral',
  'colonel',
  'col',
  'captain',
  'senator',
  'sen',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chief',
  'director',
  'leader',
  'defense',
  'defence',
  'foreign',
  'interior',
  'finance',
  'state',
  'of',
  'deputy',
  'supreme',
  'commander',
  'judge',
  'justice',
  'lord',
  'lady',
]);
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|sir|madam|president|minister|secretary|chancellor|premier|senator|sen|governor|gov|mayor|ambassador|general|gen|leader|chairman|spokesman|spokeswoman)$/i;
// Prepositions after which a place name names the place, not its government ("in Cairo").
const LOCATIVE = /^(?:in|at|near|inside|outside|across|around|toward|towards|via|into|within|throughout)$/i;
// Words that make a capitalised run an organisation.
const ORGANIZATION_WORDS =
  /\b(?:Institute|Department|Ministry|Agency|Council|Union|Group|Bank|University|Party|Army|Navy|Committee|Commission|Organi[sz]ation|Forces|Court|Office|Corporation|Company|Foundation|Association|Bureau|Service|Guard|Parliament|Assembly|Congress|Senate|Fund|Center|Centre|Times|News|Post|Press|Network|Front|Movement|Brigade|Militia|Initiative|Alliance|Coalition|Federation|Authority|Board|Programme|Program|Trust|Society|League|Consortium|Cartel|Corps|Forum|Institution|Watch)\b/;
const FACILITY_WORDS =
  /\b(?:Cosmodrome|Port|Airport|Base|Plant|Complex|Facility|Station|Bridge|Dam|Strait|Sea|River|Island|Peninsula|Mountains?|Province|Region|District|Oblast|Valley|Bay)\b/;

// Capitalised words that are not names on their own.
const DIRECTIONS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|New|Old|Great|Greater|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function tokenize(text: string, skip: readonly TextSpan[]): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = found(text, match.index, match.index + match[0].length);
    if (overlapsAny(token, skip)) {
      last = token.end;
      continue;
    }
    tokens.push({ ...token, gap: text.slice(last, token.start) });
    last = token.end;
  }
  return tokens;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const allCaps = (word: string) => /^\p{Lu}{2,}$/u.test(word);

/** The printed words fit the alias's capitals: "US" is not "us", "Stone" is not "stone". */
function fitsCase(printed: Token[], alias: string): boolean {
  const aliasWords = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (aliasWords.length !== printed.length)
    return printed.every((t) => !/^\p{Ll}/u.test(t.text) || t.text === 'the');
  return aliasWords.every((word, i) => {
    const text = (printed[i] as Token).text;
    if (allCaps(word) && word.length <= 4) return text === word;
    return !capitalised(word) || capitalised(text);
  });
}

interface Lookup {
  byNormalized: Map<string, KnownName[]>;
  /** PERSON actors by the first and last word of each of their names, for "Mr Ahmed" and "Ahmed". */
  bySurname: Map<string, KnownName[]>;
  /** Names long enough to be recognised through a misprint. */
  misprintable: KnownName[];
}

function buildLookup(known: readonly KnownName[]): Lookup {
  const lookup: Lookup = { byNormalized: new Map(), bySurname: new Map(), misprintable: [] };
  const add = (map: Map<string, KnownName[]>, key: string, name: KnownName) => {
    const list = map.get(key) ?? [];
    if (!list.some((n) => n.entity === name.entity && n.id === name.id && n.name === name.name))
      list.push(name);
    map.set(key, list);
  };
  for (const name of known) {
    const normalized = normalizeName(name.name);
    if (!normalized) continue;
    add(lookup.byNormalized, normalized, name);
    if (normalized.length >= 5 && capitalised(name.name)) lookup.misprintable.push(name);
    const parts = name.name.split(/\s+/);
    if (name.kind === 'PERSON' && parts.length > 1 && parts.every((p) => capitalised(p))) {
      add(lookup.bySurname, normalizeName(parts[0] as string), name);
      add(lookup.bySurname, normalizeName(parts.at(-1) as string), name);
    }
  }
  return lookup;
}

/**
 * The actors and places named in `text` (page furniture left out), resolved through the names
 * the store knows: aliases and metonyms, honorifics and surnames ("Mr Ahmed", "Ahmed"), and small
 * misprints by edit distance ("Ethiopa"). Capitalised names the store does not know are proposed
 * as new actors or places with a kind read from the words (a person's name, an organisation's
 * "Institute", a country). A name of both an actor and a place is the place after "in", "at".
 */
export function findMentions(
  text: string,
  skip: readonly TextSpan[],
  known: readonly KnownName[],
): Mention[] {
  const lookup = buildLookup(known);
  const tokens = tokenize(text, skip);
  const tags = tagText(text);
  const tagged = (t: Token, tag: string) => tags.at(t.start).has(tag);
  const mentions: Mention[] = [];
  const mentioned = new Set<string>();
  const add = (
    from: number,
    to: number,
    target: KnownName | null,
    resolution: Resolution,
    proposal?: Omit<Mention, keyof Found | 'resolution' | 'id'>,
  ) => {
    const span = found(text, (tokens[from] as Token).start, (tokens[to] as Token).end);
    const mention: Mention = target
      ? {
          ...span,
          entity: target.entity,
          id: target.id,
          name: target.canonical,
          kind: target.kind,
          resolution,
        }
      : { ...span, id: null, resolution, ...(proposal as Omit<Mention, keyof Found | 'resolution' | 'id'>) };
    mentions.push(mention);
    mentioned.add(`${mention.entity}:${mention.id ?? mention.name}`);
  };
  const choose = (candidates: KnownName[], at: number): KnownName | undefined => {
    const before = tokens[at - 1];
    const locative =
      before !== undefined && LOCATIVE.test(before.text) && (tokens[at] as Token).gap.trim() === '';
    const wanted: Entity = locative ? 'place' : 'actor';
    const preferred = candidates.filter((c) => c.entity === wanted);
    const pool = preferred.length ? preferred : candidates;
    // Several actors share a name ("Ahmed"): the one this text already named, if only one.
    const named = pool.filter((c) => mentioned.has(`${c.entity}:${c.id}`));
    if (named.length === 1) return named[0];
    return pool.length === 1 || new Set(pool.map((c) => c.id)).size === 1 ? pool[0] : undefined;
  };
  const joined = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) if (!joins(k)) return false;
    return true;
  };
  /** Whether token k continues the name before it: a full stop only after an initial ("Jane Q. Doe", "U.S."). */
  function joins(k: number): boolean {
    const gap = (tokens[k] as Token).gap;
    if (!JOINER.test(gap)) return false;
    return (
      !/\.\s/.test(gap) ||
      /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof)$/u.test((tokens[k - 1] as Token).text)
    );
  }

  // First every stored name (longest first), then what is left: surnames, misprints, new names.
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!capitalised(first.text) && first.text.toLowerCase() !== 'the') continue;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      if (!joined(i, i + n - 1)) continue;
      const printed = tokens.slice(i, i + n);
      const candidates = (
        lookup.byNormalized.get(normalizeName(printed.map((t) => t.text).join(' '))) ?? []
      ).filter((c) => fitsCase(printed, c.name));
      const target = candidates.length ? choose(candidates, i) : undefined;
      if (target) {
        add(i, i + n - 1, target, 'ALIAS');
        for (let k = i; k < i + n; k++) covered.add(k);
        i += n - 1;
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !capitalised((tokens[i] as Token).text)) continue;
    const last = resolveUnmatched(i);
    if (last !== null) i = last;
  }

  /** An honorific and surname, a bare surname, a misprint, or a new name; returns the last token used. */
  function resolveUnmatched(i: number): number | null {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const afterHonorific = previous !== undefined && HONORIFIC.test(previous.text) && joins(i);
    const nameContinues = next !== undefined && capitalised(next.text) && joins(i + 1);
    if (!nameContinues && !tagged(token, 'Demonym')) {
      const person = surname(i);
      if (person) {
        add(i, i, person, afterHonorific ? 'HONORIFIC' : 'SURNAME');
        return i;
      }
    }
    const misprint = findMisprint(i);
    if (misprint) return misprint;
    return proposeNew(i);
  }

  function surname(i: number): KnownName | undefined {
    const people = (lookup.bySurname.get(normalizeName((tokens[i] as Token).text)) ?? []).filter(
      (c) => c.entity === 'actor',
    );
    return people.length ? choose(people, i) : undefined;
  }

  function findMisprint(i: number): number | null {
    for (const n of [2, 1]) {
      if (i + n > tokens.length || !joined(i, i + n - 1)) continue;
      const printed = tokens.slice(i, i + n);
      if (!printed.every((t) => capitalised(t.text))) continue;
      // A word the lexicon knows (a country, a first name, a common word) is not a misprint.
      if (
        n === 1 &&
        (tagged(printed[0] as Token, 'Place') ||
          tagged(printed[0] as Token, 'Person') ||
          (!tagged(printed[0] as Token, 'ProperNoun') && !tagged(printed[0] as Token, 'Singular')))
      )
        continue;
      if (printed.some((t) => covered.has(tokens.indexOf(t)) || tagged(t, 'Demonym'))) continue;
      const wanted = normalizeName(printed.map((t) => t.text).join(' '));
      const limit = allowedEdits(wanted.length);
      const near = lookup.misprintable.filter((c) => {
        const name = normalizeName(c.name);
        const edits = distance(wanted, name);
        // "Ethiopian" is a word made from "Ethiopia", not a misprint of it.
        return (
          edits > 0 &&
          edits <= limit &&
          !wanted.startsWith(name) &&
          (c.name.match(/\s+/g)?.length ?? 0) + 1 === n
        );
      });
      const target = near.length ? choose(near, i) : undefined;
      if (target) {
        add(i, i + n - 1, target, 'MISPRINT');
        return i + n - 1;
      }
    }
    return null;
  }

  function proposeNew(i: number): number | null {
    // The run of capitalised words from here, "of"/"for" allowed inside ("Institute of Political Studies").
    let end = i;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1] as Token;
      if (covered.has(end + 1)) break;
      if (capitalised(next.text) && joins(end + 1)) end++;
      else if (
        /^(?:of|for)$/.test(next.text) &&
        tokens[end + 2] &&
        capitalised((tokens[end + 2] as Token).text) &&
        ORGANIZATION_WORDS.test(text.slice(tokens[i]?.start, next.start))
      )
        end += 2;
      else break;
    }
    // Leading titles are not the name: "Secretary of State Antony Blinken" is Antony Blinken.
    let start = i;
    const notName = (t: Token) =>
      TITLES.has(t.text.toLowerCase()) ||
      tagged(t, 'Demonym') ||
      (!tagged(t, 'ProperNoun') && !tagged(t, 'Person') && !tagged(t, 'Noun'));
    // …unless the words make an organisation's name ("State Department").
    if (
      !ORGANIZATION_WORDS.test(text.slice((tokens[i] as Token).start, (tokens[end] as Token).end)) ||
      !TITLES.has((tokens[i] as Token).text.toLowerCase())
    )
      while (start < end && notName(tokens[start] as Token)) start++;
    if (inHeadline(tokens[start] as Token)) return end;
    // "Mr Ahmed", "Defence Minister Ahmed": the title leaves a surname the store may know.
    if (start === end && start > i) {
      const person = surname(start);
      if (person) {
        add(start, start, person, 'HONORIFIC');
        return end;
      }
    }
    // First names and initials before a stored person's surname: "Jane Q. Doe".
    const following = mentions.find((m) => m.start === tokens[end + 1]?.start);
    if (following?.kind === 'PERSON' && JOINER.test((tokens[end + 1] as Token).gap)) {
      const first = tokens[start] as Token;
      mentions.splice(mentions.indexOf(following), 1, {
        ...following,
        ...found(text, first.start, following.end),
      });
      return end;
    }
    const run = tokens.slice(start, end + 1);
    const first = run[0] as Token;
    const name = text.slice(first.start, (run.at(-1) as Token).end);
    const after = tokens[end + 1];
    const before = tokens[start - 1];
    const sentenceStart = /[.!?"“]\s*$|^\s*$|\n/.test(first.gap) && start === i;
    const premodifier =
      after !== undefined &&
      /^\p{Ll}/u.test(after.text) &&
      /^\s+$/.test(after.gap) &&
      tagged(after, 'Noun') &&
      !tagged(after, 'Pronoun');
    const skipWord = (t: Token) =>
      DIRECTIONS.test(t.text) ||
      TITLES.has(t.text.toLowerCase()) ||
      tagged(t, 'Date') ||
      tagged(t, 'Demonym') ||
      /^\p{Lu}{2,}s$/u.test(t.text) ||
      (!tagged(t, 'ProperNoun') && !tagged(t, 'Person'));
    // "U.N. Security Council": a stored name before an organisation's words is part of its name.
    const preceding = mentions.find((m) => m.end === before?.end && m.entity === 'actor');
    if (preceding && ORGANIZATION_WORDS.test(name) && start === i && JOINER.test(first.gap)) {
      mentions.splice(mentions.indexOf(preceding), 1);
      const span = found(text, preceding.start, (run.at(-1) as Token).end);
      mentions.push({
        ...span,
        id: null,
        resolution: 'NEW',
        entity: 'actor',
        name: span.text,
        kind: 'ORGANIZATION',
      });
      return end;
    }
    // An acronym ("U.N.", "NATO") names an organisation even before a noun ("U.N. sanctions").
    const acronym =
      run.every((t) => /^\p{Lu}$/u.test(t.text)) &&
      run.length > 1 &&
      run.slice(1).every((t) => t.gap === '.');
    // "Egypt’s Western Desert": a place of a country the text names.
    const owner = before?.text === 's' && /^[’']$/.test(before.gap) ? tokens[start - 2] : undefined;
    const possessivePlace =
      owner !== undefined && mentions.some((m) => m.end === owner.end && m.kind === 'STATE');
    if (acronym || /^\p{Lu}{2,5}$/u.test(name)) {
      if (!tagged(first, 'Date'))
        mentions.push({
          ...found(text, first.start, (run.at(-1) as Token).end),
          id: null,
          resolution: 'NEW',
          entity: 'actor',
          name,
          kind: 'ORGANIZATION',
        });
      return end;
    }
    if (possessivePlace) {
      mentions.push({
        ...found(text, first.start, (run.at(-1) as Token).end),
        id: null,
        resolution: 'NEW',
        entity: 'place',
        name,
        kind: 'REGION',
      });
      return end;
    }
    if (
      run.length === 1 &&
      (skipWord(first) ||
        premodifier ||
        (sentenceStart && !tagged(first, 'Person') && !tagged(first, 'Country')))
    )
      return end;
    if (run.every((t) => tagged(t, 'Date'))) return end;
    // "in Cairo", "on the Blue Nile": a place.
    const placeWord = before?.text.toLowerCase() === 'the' ? tokens[start - 2] : before;
    const locative =
      placeWord !== undefined &&
      (LOCATIVE.test(placeWord.text) || /^(?:on|along|over|off)$/i.test(placeWord.text));
    let proposal: Omit<Mention, keyof Found | 'resolution' | 'id'> | null = null;
    if (ORGANIZATION_WORDS.test(name)) proposal = { entity: 'actor', name, kind: 'ORGANIZATION' };
    else if (FACILITY_WORDS.test(name))
      proposal = { entity: 'place', name, kind: /Port/.test(name) ? 'PORT' : 'FACILITY' };
    else if (run.some((t) => tagged(t, 'Country'))) proposal = { entity: 'actor', name, kind: 'STATE' };
    else if (locative || run.some((t) => tagged(t, 'City') || tagged(t, 'Region')))
      proposal = premodifier
        ? null
        : { entity: 'place', name, kind: tagged(first, 'City') ? 'CITY' : 'OTHER' };
    else if (
      run.length > 1 &&
      run.some((t) => tagged(t, 'Person') || tagged(t, 'FirstName') || tagged(t, 'LastName'))
    )
      proposal = { entity: 'actor', name, kind: 'PERSON' };
    else if (
      run.length > 1 &&
      run.length <= 3 &&
      !premodifier &&
      !run.some((t) => skipWord(t) && !tagged(t, 'ProperNoun'))
    )
      proposal = { entity: 'actor', name, kind: 'PERSON' };
    else if (run.length === 1 && !premodifier) proposal = { entity: 'actor', name, kind: 'GROUP' };
    if (!proposal) return end;
    const same = mentions.find(
      (m) => m.id === null && normalizeName(m.name) === normalizeName(proposal.name),
    );
    const span = found(text, first.start, (run.at(-1) as Token).end);
    mentions.push({
      ...span,
      id: null,
      resolution: 'NEW',
      ...(same ? { entity: same.entity, name: same.name, kind: same.kind } : proposal),
    });
    return end;
  }

  /** Whether the token is on a headline: a line without a closing stop, most of its words capitalised. */
  function inHeadline(token: Token): boolean {
    const from = text.lastIndexOf('\n', token.start) + 1;
    const to = text.indexOf('\n', token.end);
    const line = text.slice(from, to === -1 ? text.length : to).trim();
    const lineWords = line.match(/[\p{L}]+/gu) ?? [];
    return !/[.!?"”]$/.test(line) && lineWords.filter((w) => capitalised(w)).length >= 0.6 * lineWords.length;
  }

  return mentions.sort((a, b) => a.start - b.start);
}
