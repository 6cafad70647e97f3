// With the `u` flag a surrogate pair is one code point, so this matches only a lone half.
const LONE_SURROGATE_OR_NUL = /[\uD800-\uDFFF\0]/u;

/**
 * Why a text cannot be stored exactly, or null when it can. SQLite keeps text as UTF-8, which has
 * no code for a lone UTF-16 surrogate: one comes back as three U+FFFD, moving every offset after
 * it, so spans computed on the text as given would no longer point at their excerpts. A NUL is
 * no character of a text (it marks binary data, and SQLite's C functions stop at it).
 */
export function storedTextProblem(text: string): string | null {
  const at = text.search(LONE_SURROGATE_OR_NUL);
  if (at === -1) return null;
  const unit = text.charCodeAt(at);
  if (unit === 0) return `holds a NUL character (at character ${at})`;
  const hex = unit.toString(16).toUpperCase();
  return `holds a lone UTF-16 surrogate \\u${hex} (at character ${at}), which cannot be stored as text`;
}
