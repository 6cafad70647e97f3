import type { TextSpan } from '@claimline/store';
import { SpanIndex } from './spans.ts';
import { words } from './text.ts';

/**
 * Near-duplicate detection: two texts are copies of one story when the sets of their word
 * shingles (runs of `SHINGLE_SIZE` folded words, page furniture left out) overlap by at least
 * `SYNDICATION_THRESHOLD` (Jaccard). Copies edited for house style (Defence/Defense, "Mr Ahmed")
 * keep most runs; two articles retelling one story in their own words share few.
 */
export const SHINGLE_SIZE = 3;
export const SYNDICATION_THRESHOLD = 0.35;

// Honorifics an outlet adds or drops by house style: not evidence of a different text.
const STYLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'the']);

export function shingles(text: string, skip: readonly TextSpan[] = []): Set<string> {
  const skipped = new SpanIndex(skip);
  const folded = words(text)
    .filter((w) => !skipped.overlaps(w))
    .map((w) => w.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !STYLE_WORDS.has(w));
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= folded.length; i++)
    result.add(folded.slice(i, i + SHINGLE_SIZE).join(' '));
  return result;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface CopyCandidate {
  id: number;
  text: string;
  furniture: readonly TextSpan[];
}

/** The stored text this one is a copy of (the most similar over the threshold), or null. */
export function findCopyOf(
  text: string,
  furniture: readonly TextSpan[],
  candidates: readonly CopyCandidate[],
): { id: number; similarity: number } | null {
  const mine = shingles(text, furniture);
  let best: { id: number; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = jaccard(mine, shingles(candidate.text, candidate.furniture));
    if (similarity >= SYNDICATION_THRESHOLD && (!best || similarity > best.similarity))
      best = { id: candidate.id, similarity };
  }
  return best;
}
