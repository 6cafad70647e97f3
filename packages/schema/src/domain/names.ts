/**
 * The form names are matched in: accents, case, spaces and punctuation folded away, so that
 * "Kim Jong-un", "Kim Jong Un" and "KIM JONGUN" meet, and "Shin Wonsik" finds "Shin Won-sik".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
