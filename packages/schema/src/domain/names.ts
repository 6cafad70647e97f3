/**
 * The form names are matched in: accents, case, spaces and punctuation folded away, so that
 * "Jean-Luc Picard", "Jean Luc Picard" and "JEAN LUC PICARD" meet, and "Jeanluc" finds "Jean-Luc".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A key made from a name: lower-case words joined by hyphens ("Nile Basin Initiative" → `nile-basin-initiative`). */
export function slugify(name: string, maxWords = 8): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, maxWords)
      .join('-') || 'item'
  );
}
