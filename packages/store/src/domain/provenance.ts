import { createHash } from 'node:crypto';

/** A span of a source text, as attributions and furniture record it. */
export interface TextSpan {
  start: number;
  end: number;
}

export type ProvenanceProblem =
  | { rule: 'offsets'; message: string }
  | { rule: 'excerpt-mismatch'; message: string };

/**
 * The provenance rule: the stored excerpt is exactly the text between its offsets.
 * Returns the problem, or null when the span is sound.
 */
export function checkExcerpt(text: string, span: TextSpan & { excerpt: string }): ProvenanceProblem | null {
  const { start, end, excerpt } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    return {
      rule: 'offsets',
      message: `offsets [${start}, ${end}) are not a non-empty span inside a text of ${text.length} characters`,
    };
  }
  const actual = text.slice(start, end);
  if (actual !== excerpt) {
    return {
      rule: 'excerpt-mismatch',
      message: `text.slice(${start}, ${end}) is ${JSON.stringify(truncate(actual))}, not the excerpt ${JSON.stringify(truncate(excerpt))}`,
    };
  }
  return null;
}

function truncate(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export function spansOverlap(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every place `excerpt` occurs in `text`, for tools that locate an excerpt's offsets. */
export function findExcerpt(text: string, excerpt: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (let at = text.indexOf(excerpt); at !== -1; at = text.indexOf(excerpt, at + 1)) {
    found.push({ start: at, end: at + excerpt.length });
  }
  return found;
}

const SENTENCE_END = /[.!?]["”’)]*\s+|\n\s*/g;

/** The sentence(s) around a span: from the sentence start before `start` to the sentence end after `end`. */
export function sentenceAround(text: string, span: TextSpan): TextSpan & { text: string } {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= span.start) start = boundary;
    else if (match.index >= span.end - 1) {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { start, end, text: text.slice(start, end) };
}

/** The identity of a verbatim text: the same text ingested twice has the same hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
