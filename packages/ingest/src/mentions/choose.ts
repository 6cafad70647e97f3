import type { KnownName } from '@claimline/store';
import type { Entity } from '../mentions.ts';
import type { Scan } from './scan.ts';
import type { Token } from './tokens.ts';
import { LOCATIVE } from './vocabulary.ts';

/**
 * Which of the stored names a printed name matches it is: a place right after "in", "at", else
 * an actor; of several, the one the text already named, if only one; else one only if all share
 * one id.
 */
export function chooseTarget(
  scan: Scan,
  candidates: readonly KnownName[],
  at: number,
): KnownName | undefined {
  const before = scan.tokens[at - 1];
  const locative =
    before !== undefined && LOCATIVE.test(before.text) && (scan.tokens[at] as Token).gap.trim() === '';
  const wanted: Entity = locative ? 'place' : 'actor';
  const preferred = candidates.filter((c) => c.entity === wanted);
  const pool = preferred.length ? preferred : candidates;
  // Several actors share a name ("Ahmed"): the one this text already named, if only one.
  const named = pool.filter((c) => scan.mentions.names(c));
  if (named.length === 1) return named[0];
  return pool.length === 1 || new Set(pool.map((c) => c.id)).size === 1 ? pool[0] : undefined;
}
