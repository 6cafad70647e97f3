import { parseFigure, SCALES } from '../numbers.ts';
import { SCALE } from './vocabulary.ts';

/** The bounds of a vague figure: "tens of thousands" is 10,000 to 100,000, "millions" at least a million. */
export function vagueBounds(words: string): { low: number; high: number | null } | null {
  const text = words.toLowerCase().replace(/-/g, '');
  const scale = (w: string) => SCALES[w.replace(/s$/, '')] ?? null;
  let m = /^(tens|hundreds|dozens) of (\w+)$/.exec(text);
  if (m) {
    const unit = scale(m[2] as string);
    const factor = m[1] === 'tens' ? 10 : m[1] === 'hundreds' ? 100 : 12;
    return unit ? { low: factor * unit, high: m[1] === 'dozens' ? null : 10 * factor * unit } : null;
  }
  m = /^(?:several|a few|multiple|many|multi) ?(\w+)$/.exec(text);
  if (m) {
    const unit = scale(m[1] as string);
    return unit ? { low: 2 * unit, high: null } : null;
  }
  const unit = scale(text);
  return unit ? { low: unit, high: null } : null;
}

/** The value of a figure in digits or words, with its scale: "1.5 million", "a thousand", "25bn". */
export function figureValue(words: string): number | null {
  const text = words.toLowerCase().trim();
  const scaled = new RegExp(`^(.*?)\\s*(${SCALE})$`).exec(text);
  if (scaled) {
    const base = scaled[1] ? parseFigure(scaled[1].replace(/^an?$/, 'one')) : 1;
    return base === null ? null : base * (SCALES[scaled[2] as string] as number);
  }
  return parseFigure(text);
}
