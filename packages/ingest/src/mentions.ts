import type { ACTOR_KINDS, KnownName, PLACE_KINDS, TextSpan } from '@claimline/store';
import { Headlines } from './mentions/headlines.ts';
import { MentionList } from './mentions/list.ts';
import { buildLookup } from './mentions/lookup.ts';
import { matchMisprint } from './mentions/misprints.ts';
import { proposeNew } from './mentions/proposals.ts';
import type { Scan } from './mentions/scan.ts';
import { matchStoredNames } from './mentions/stored.ts';
import { matchSurname } from './mentions/surnames.ts';
import { capitalised, type Token, tokenize } from './mentions/tokens.ts';
import { SpanIndex } from './spans.ts';
import { type Found, tagText } from './text.ts';

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

/** A name left after the stored ones: a surname, a misprint, or a new name; returns its last token. */
function readUnmatched(scan: Scan, i: number): number {
  if (matchSurname(scan, i)) return i;
  const misprint = matchMisprint(scan, i);
  if (misprint) return misprint;
  return proposeNew(scan, i);
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
  const scan: Scan = {
    text,
    tokens: tokenize(text, new SpanIndex(skip)),
    tagging: tagText(text),
    lookup: buildLookup(known),
    mentions: new MentionList(),
    covered: new Set(),
    headlines: new Headlines(text),
  };
  // First every stored name (longest first), then what is left: surnames, misprints, new names.
  matchStoredNames(scan);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.covered.has(i) && capitalised((scan.tokens[i] as Token).text)) i = readUnmatched(scan, i);
  }
  return scan.mentions.inTextOrder();
}
