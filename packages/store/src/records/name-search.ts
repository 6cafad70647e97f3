import type { AliasCandidate, NamedEntity } from '../db/sqlite/search.ts';
import { nameWords, normalizeName } from '../domain/names.ts';
import type { Store } from '../store.ts';

/**
 * How a search met an alias: the same name (case, accents, spaces and punctuation aside), its
 * beginning, whole words of it ("Bay" in "Calder Bay", "Okafor" in "Amara Okafor"), or a
 * near miss (a misprint a letter or two off).
 */
export const NAME_MATCH_KINDS = ['EXACT', 'PREFIX', 'WORDS', 'FUZZY'] as const;
export type NameMatchKind = (typeof NAME_MATCH_KINDS)[number];

export interface NameMatch {
  /** The actor or place (for an actor, after following a merge). */
  id: number;
  kind: NameMatchKind;
  /** Edits between the search and the alias: 0 for every kind but FUZZY. */
  distance: number;
  alias: string;
}

/** How many edits a name may be off and still match: none for 3 letters, one up to 7, two beyond. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

/**
 * Edits from `a` to `b`, a swap of two neighbouring letters counting one ("Jnog" for "Jong"), as
 * misprints make them (optimal string alignment distance).
 */
export function misprintEdits(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

const RANK: Record<NameMatchKind, number> = { EXACT: 0, PREFIX: 1, WORDS: 2, FUZZY: 3 };

/** Whether `words` run, whole, somewhere inside `within`. */
function wordsWithin(words: readonly string[], within: readonly string[]): boolean {
  for (let at = 0; at + words.length <= within.length; at++)
    if (words.every((word, i) => within[at + i] === word)) return true;
  return false;
}

/**
 * The edits between a search and an alias, or null when they are too many. Where both have the
 * same number of words each word is held to its own allowance, so that a different whole word
 * — "Li Wei" against "Lu Wei", a different person — is no misprint; otherwise the names are
 * compared whole ("Jeanluc Picrd" against "Jean-Luc Picard").
 */
function nearMiss(wanted: string, words: readonly string[], alias: AliasCandidate): number | null {
  const aliasWords = nameWords(alias.name);
  if (words.length > 1 && words.length === aliasWords.length) {
    let total = 0;
    for (const [i, word] of words.entries()) {
      const edits = misprintEdits(word, aliasWords[i] as string);
      if (edits > allowedEdits(word.length)) return null;
      total += edits;
    }
    return total <= allowedEdits(wanted.length) ? total : null;
  }
  const edits = misprintEdits(wanted, alias.normalized);
  return edits <= allowedEdits(wanted.length) ? edits : null;
}

/** How `search` meets one alias, or null when it does not. */
function matchAlias(wanted: string, words: readonly string[], alias: AliasCandidate): NameMatch | null {
  const hit = (kind: NameMatchKind, edits = 0) => ({
    id: alias.id,
    kind,
    distance: edits,
    alias: alias.name,
  });
  if (alias.normalized === wanted) return hit('EXACT');
  if (alias.normalized.startsWith(wanted)) return hit('PREFIX');
  if (words.length && wordsWithin(words, nameWords(alias.name))) return hit('WORDS');
  const edits = nearMiss(wanted, words, alias);
  return edits === null ? null : hit('FUZZY', edits);
}

/**
 * Ranks candidate aliases against a search: each actor or place once, by its best alias; exact matches
 * first, then prefixes, whole words, and near misses by their edits.
 */
export function rankNameMatches(search: string, candidates: AliasCandidate[]): NameMatch[] {
  const wanted = normalizeName(search);
  const words = nameWords(search);
  const better = (a: NameMatch, b: NameMatch) => RANK[a.kind] - RANK[b.kind] || a.distance - b.distance;
  const best = new Map<number, NameMatch>();
  for (const alias of candidates) {
    const match = matchAlias(wanted, words, alias);
    if (!match) continue;
    const current = best.get(alias.id);
    if (!current || better(match, current) < 0) best.set(alias.id, match);
  }
  return [...best.values()].sort((a, b) => better(a, b) || a.id - b.id);
}

/**
 * Actors or places whose name or any alias matches `search`: exact folded matches, then
 * prefixes, whole words, then near misses (a misprint one or two letters off, like "Jonh Smith"
 * or a capital I printed for an l). Merged actors resolve to their successor.
 */
export function searchNames(store: Store, entity: NamedEntity, search: string): NameMatch[] {
  const wanted = normalizeName(search);
  return wanted ? rankNameMatches(search, store.aliasCandidates(entity, wanted)) : [];
}
