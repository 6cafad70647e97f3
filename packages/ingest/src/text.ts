import type { TextSpan } from '@claimline/store';
import { spansOverlap } from '@claimline/store';
import nlp from 'compromise';
import { lowerBound } from './spans.ts';

/** A span of the ingested text with the words it covers: `text.slice(start, end) === words`. */
export interface Found extends TextSpan {
  text: string;
}

export function found(text: string, start: number, end: number): Found {
  return { start, end, text: text.slice(start, end) };
}

export function overlapsAny(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((s) => spansOverlap(s, span));
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]\.[A-Z])\.$/;

/**
 * Sentences of a text as spans, split at a full stop, question or exclamation mark followed by
 * a capital or a quote, and at line breaks; abbreviations ("U.S.", "Oct.", "Mr.") do not split.
 */
export function sentences(text: string): Found[] {
  const result: Found[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) result.push(found(text, s, e));
  };
  let start = 0;
  const boundary = /([.!?]["”’)]*)(\s+)(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    if (match[1] && ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    const end = match.index + (match[1]?.length ?? 0);
    push(start, end);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return result;
}

/** Words (letters, digits, inner apostrophes, hyphens and dots) with their offsets. */
export function words(text: string, from = 0, to = text.length): Found[] {
  const result: Found[] = [];
  const word = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?/gu;
  for (const match of text.slice(from, to).matchAll(word)) {
    let value = match[0];
    // A trailing full stop belongs to the word only for abbreviations like "U.S." or "Oct.".
    if (
      value.endsWith('.') &&
      !/^(?:\p{Lu}\.)+$|^[\p{L}]\.[\p{L}]/u.test(value) &&
      !ABBREVIATION.test(` ${value}`)
    )
      value = value.slice(0, -1);
    const start = from + match.index;
    result.push(found(text, start, start + value.length));
  }
  return result;
}

/** A word as compromise reads it: its part-of-speech tags ("Noun", "Plural", "Person", "Date"…). */
export interface TaggedTerm extends Found {
  tags: ReadonlySet<string>;
}

/** The words of a text with their tags, looked up by offset (each lookup a binary search). */
export interface Tagging {
  /** The tags of the word starting at `offset` (none when no word starts there). */
  at(offset: number): ReadonlySet<string>;
  /** The word covering `offset`. */
  termAt(offset: number): TaggedTerm | undefined;
  /** The last word lying inside [from, to) that `test` accepts. */
  lastTermWithin(from: number, to: number, test: (term: TaggedTerm) => boolean): TaggedTerm | undefined;
}

// Longer texts are tagged and dated a run of paragraphs at a time: the libraries' time and memory
// grow faster than the text, and neither reads a sentence across a blank line.
export const PARAGRAPHS_AT_ONCE = 20_000;

/** The text cut after the first blank line past every `size` characters: whole paragraphs, in order. */
export function paragraphRuns(text: string, size = PARAGRAPHS_AT_ONCE): TextSpan[] {
  const runs: TextSpan[] = [];
  let start = 0;
  while (start < text.length) {
    const blank = /\n[^\S\n]*\n\s*/g;
    blank.lastIndex = start + size;
    const cut = start + size < text.length ? blank.exec(text) : null;
    const end = cut ? cut.index + cut[0].length : text.length;
    runs.push({ start, end });
    start = end;
  }
  return runs;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * Words by start (as compromise gives them, one after another), each tag set kept once: a long
 * text has a million words but a few thousand different sets of tags.
 */
class TaggedWords implements Tagging {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly tagSets: ReadonlySet<string>[] = [];
  private readonly distinct = new Map<string, ReadonlySet<string>>();
  /** Indexes of the words that are not empty (a contraction's second half is), for `termAt`. */
  private readonly printed: number[] = [];

  constructor(private readonly text: string) {}

  add(start: number, length: number, tags: readonly string[]): void {
    const key = tags.join(' ');
    const set = this.distinct.get(key) ?? new Set(tags);
    this.distinct.set(key, set);
    if (length > 0) this.printed.push(this.starts.length);
    this.starts.push(start);
    this.ends.push(start + length);
    this.tagSets.push(set);
  }

  private term(i: number): TaggedTerm {
    return {
      ...found(this.text, this.starts[i] as number, this.ends[i] as number),
      tags: this.tagSets[i] as ReadonlySet<string>,
    };
  }

  at(offset: number): ReadonlySet<string> {
    // Of words sharing a start, the last, as a map from start to tags would keep.
    const i = lowerBound(this.starts, offset + 1) - 1;
    return i >= 0 && this.starts[i] === offset ? (this.tagSets[i] as ReadonlySet<string>) : NO_TAGS;
  }

  termAt(offset: number): TaggedTerm | undefined {
    let low = 0;
    let high = this.printed.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[this.printed[middle] as number] as number) <= offset) low = middle + 1;
      else high = middle;
    }
    const i = this.printed[low - 1];
    return i !== undefined && offset < (this.ends[i] as number) ? this.term(i) : undefined;
  }

  lastTermWithin(from: number, to: number, test: (term: TaggedTerm) => boolean): TaggedTerm | undefined {
    const first = lowerBound(this.starts, from);
    for (let i = lowerBound(this.starts, to + 1) - 1; i >= first; i--) {
      if ((this.ends[i] as number) > to) continue;
      const term = this.term(i);
      if (test(term)) return term;
    }
    return undefined;
  }
}

let lastTagging: { text: string; tagging: Tagging } | null = null;

/** Tags every word of a text; the steps of one pipeline run share the result for the same text. */
export function tagText(text: string): Tagging {
  if (lastTagging?.text === text) return lastTagging.tagging;
  const words = new TaggedWords(text);
  for (const run of paragraphRuns(text)) {
    const doc = nlp(text.slice(run.start, run.end)).json({ offset: true, terms: { offset: true } }) as {
      terms: { offset: { start: number; length: number }; tags: string[] }[];
    }[];
    for (const sentence of doc)
      for (const t of sentence.terms) words.add(run.start + t.offset.start, t.offset.length, t.tags);
  }
  lastTagging = { text, tagging: words };
  return words;
}
