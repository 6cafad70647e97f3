import { lowerBound } from '../spans.ts';
import { capitalised } from './tokens.ts';

/** The lines of a text and which of them are headlines, each line found by binary search and read once. */
export class Headlines {
  private readonly starts: number[] = [0];
  private readonly read = new Map<number, boolean>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Whether `offset` is on a headline: a line without a closing stop, most of its words capitalised. */
  has(offset: number): boolean {
    const index = lowerBound(this.starts, offset + 1) - 1;
    const known = this.read.get(index);
    if (known !== undefined) return known;
    const next = this.starts[index + 1];
    const line = this.text.slice(this.starts[index], next === undefined ? this.text.length : next - 1).trim();
    const lineWords = line.match(/[\p{L}]+/gu) ?? [];
    const headline =
      !/[.!?"”]$/.test(line) && lineWords.filter((w) => capitalised(w)).length >= 0.6 * lineWords.length;
    this.read.set(index, headline);
    return headline;
  }
}
