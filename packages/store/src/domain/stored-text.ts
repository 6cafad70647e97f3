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

// Marks, spaces, format and control characters: what shows nothing on its own (U+200B, U+2060,
// U+FEFF, U+00AD, combining marks); a text of only these names or says nothing.
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{Mn}\p{Me}\s]/u;
// Control characters other than tab and line breaks: terminal escapes and the like.
const CONTROL = /[\p{Cc}]/u;
const LINE_CONTROLS = /[\t\n\r]/g;

/**
 * Why a short text (a name, a title, a summary) cannot be stored, or null: `storedTextProblem`,
 * a control character, or nothing visible at all (a name of zero-width spaces looks empty
 * everywhere it is shown, yet is no duplicate of any other).
 */
export function shortTextProblem(text: string): string | null {
  const stored = storedTextProblem(text);
  if (stored) return stored;
  const control = text.replace(LINE_CONTROLS, ' ').search(CONTROL);
  if (control !== -1) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    return `holds the control character U+${code} (at character ${control})`;
  }
  return VISIBLE.test(text) ? null : 'has no visible character';
}
