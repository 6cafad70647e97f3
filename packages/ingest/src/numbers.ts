/** Numbers written in words or digits, shared by the date and quantity readers. */

export const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  'a dozen': 12,
  'half a': 0.5,
  'a half': 0.5,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Alternation of the number words, longest first, for building patterns. */
export const NUMBER_WORD = Object.keys(SMALL_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A figure as printed — "4,250", "1.5", "three", "a dozen", "twenty-five" — or null. */
export function parseFigure(words: string): number | null {
  const text = words.trim().toLowerCase();
  const digits = text.replace(/,(?=\d{3}\b)/g, '');
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  if (text in SMALL_NUMBERS) return SMALL_NUMBERS[text] as number;
  const compound = /^(\w+)-(\w+)$/.exec(text);
  if (compound?.[1] && compound[2] && compound[1] in SMALL_NUMBERS && compound[2] in SMALL_NUMBERS) {
    return (SMALL_NUMBERS[compound[1]] as number) + (SMALL_NUMBERS[compound[2]] as number);
  }
  return null;
}

/** An ordinal as printed — "third", "3rd" — or null. */
export function parseOrdinal(word: string): number | null {
  const text = word.toLowerCase();
  if (text in ORDINALS) return ORDINALS[text] as number;
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(text);
  return digits ? Number(digits[1]) : null;
}
