import { distance } from 'fastest-levenshtein';
import type { AliasCandidate } from '../db/sqlite/search.ts';
import { normalizeName } from '../domain/names.ts';
import type { Store } from '../store.ts';

export interface ActorMatch {
  actorId: number;
  /** Edits between the search and the closest alias: 0 exact (folded), 0.5 a prefix, else the edit distance. */
  distance: number;
  alias: string;
}

/** How many edits a name may be off and still match: none for 3 letters, one up to 7, two beyond. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

const PREFIX = 0.5;

/** Ranks candidate aliases against a normalized search: best match per actor, best actors first. */
export function rankActorMatches(wanted: string, candidates: AliasCandidate[]): ActorMatch[] {
  const best = new Map<number, ActorMatch>();
  for (const alias of candidates) {
    const edits =
      alias.normalized === wanted
        ? 0
        : alias.normalized.startsWith(wanted)
          ? PREFIX
          : distance(wanted, alias.normalized);
    if (edits !== PREFIX && edits > allowedEdits(wanted.length)) continue;
    const current = best.get(alias.actorId);
    if (!current || edits < current.distance) {
      best.set(alias.actorId, { actorId: alias.actorId, distance: edits, alias: alias.name });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.actorId - b.actorId);
}

/**
 * Actors whose name or any alias matches `search`: exact folded matches, then prefixes, then
 * near misses (a misprint one or two letters off, like "Jonh Smith" or a capital I printed for an l). Merged actors resolve to their successor.
 */
export function searchActors(store: Store, search: string): ActorMatch[] {
  const wanted = normalizeName(search);
  return wanted ? rankActorMatches(wanted, store.aliasCandidates(wanted)) : [];
}
