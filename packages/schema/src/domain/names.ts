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
