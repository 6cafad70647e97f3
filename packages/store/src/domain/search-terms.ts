/**
 * Free text as full-text search terms. Every term costs a walk of its postings, and a repeated
 * term was a term again (a query of 4,000 words ran for half a minute), so each word counts once
 * and a query has at most SEARCH_LIMITS.terms of them.
 */
export const SEARCH_LIMITS = { characters: 500, terms: 16 } as const;

const STOPWORDS = new Set(
  'a an and are as at be by for from has in is it its of on or that the to was were will with'.split(' '),
);

/**
 * The words of `query`, each once (case-folded; `word*` stays a prefix, apart from `word`),
 * stopwords left out unless nothing else is left: they narrow nothing and hold millions of rows.
 */
export function searchTerms(query: string): string[] {
  const words = query.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  const kept = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  const seen = new Set<string>();
  return (kept.length ? kept : words).filter((w) => {
    const folded = w.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** Why free text is refused as a search, or null when it is fine. */
export function searchTextProblem(query: string): string | null {
  if (query.length > SEARCH_LIMITS.characters)
    return `must be at most ${SEARCH_LIMITS.characters} characters (got ${query.length})`;
  const terms = searchTerms(query).length;
  if (terms > SEARCH_LIMITS.terms)
    return `must have at most ${SEARCH_LIMITS.terms} different words (got ${terms})`;
  return null;
}
