/** Accents and case folded away: the first step of every comparison of names. */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The form names are matched in: accents, case, spaces and punctuation folded away, so that
 * "Jean-Luc Picard", "Jean Luc Picard" and "JEAN LUC PICARD" meet, and "Jeanluc" finds "Jean-Luc".
 */
export function normalizeName(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name's words, folded as `normalizeName` folds them: "Kim Jong-un" → kim, jong, un. */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A kebab-case key for a name an editor gave no key for: "Ana María Ruiz" → ana-maria-ruiz. */
export function keyFromName(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}
