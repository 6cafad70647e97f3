import type { TextSpan } from '@claimline/store';
import { spansOverlap } from '@claimline/store';
import nlp from 'compromise';

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

export interface Tagging {
  terms: TaggedTerm[];
  /** The tags of the word starting at `offset` (none when no word starts there). */
  at(offset: number): ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
let lastTagging: { text: string; tagging: Tagging } | null = null;

/** Tags every word of a text; the steps of one pipeline run share the result for the same text. */
export function tagText(text: string): Tagging {
  if (lastTagging?.text === text) return lastTagging.tagging;
  const doc = nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: { offset: { start: number; length: number }; tags: string[] }[];
  }[];
  const terms = doc.flatMap((sentence) =>
    sentence.terms.map((t) => ({
      ...found(text, t.offset.start, t.offset.start + t.offset.length),
      tags: new Set(t.tags),
    })),
  );
  const byStart = new Map(terms.map((t) => [t.start, t.tags]));
  const tagging: Tagging = { terms, at: (offset) => byStart.get(offset) ?? NO_TAGS };
  lastTagging = { text, tagging };
  return tagging;
}
