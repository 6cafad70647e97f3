import type { FuzzyTime, SOURCE_KINDS } from '@claimline/store';
import { findDates } from './dates.ts';
import type { FurnitureSpan } from './furniture.ts';

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What a text says about itself, when the editor did not say it. */
export interface TextMetadata {
  published: FuzzyTime | null;
  /** The place of the dateline, as a name ("Nairobi"). */
  dateline: string | null;
  /** Where the body begins after the dateline, or 0. */
  bodyStart: number;
  byline: string | null;
  /** The wire service credited at the end ("REUTERS"): the author of a copy run by another outlet. */
  wireCredit: string | null;
  /** A publisher named in an opening note ("(EDITORIAL from Daily Nation on June 3)"). */
  publisher: string | null;
  kind: SourceKind | null;
}

// "date 2021-06-16 NAIROBI —", "NAIROBI, June 16 (Reuters) -", "WASHINGTON (AP) —" at the very start.
const DATELINE =
  /^\s*(?:date\s+)?(\d{4}-\d{2}-\d{2})?\s*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu})(?:,\s*([^()—–]{3,30}?))?\s*(?:\(([^)]{2,30})\))?\s*[—–-]{1,2}\s/u;

// "(EDITORIAL from Daily Nation on June 3)": a kind, a publisher and a date.
const OPENING_NOTE =
  /^\((EDITORIAL|OPINION|ANALYSIS|COMMENTARY|LEAD|NEWS)?\s*(?:from\s+(.+?))?(?:\s+on\s+(.+?))?\)$/i;

const NOTE_KINDS: Record<string, SourceKind> = {
  EDITORIAL: 'EDITORIAL',
  OPINION: 'EDITORIAL',
  COMMENTARY: 'EDITORIAL',
  ANALYSIS: 'ANALYSIS',
};

const WIRES = /^(?:AP|AFP|Reuters|Xinhua|Kyodo|EFE|ANSA|dpa|UPI|ANI|PTI|Bernama)$/i;

/** Where the body opens: the first line that is not page furniture. */
function bodyOpening(text: string, furniture: readonly FurnitureSpan[]): number {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const wordStart = lineStart + line.length - line.trimStart().length;
    if (line.trim() && !furniture.some((f) => f.start <= wordStart && wordStart < f.end)) return lineStart;
    lineStart += line.length + 1;
  }
  return 0;
}

/** "CHOE SANG-HUN" → "Choe Sang-Hun"; names already in mixed case are kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * Reads the metadata a pasted article carries: a dateline at the start (its date and place),
 * an opening note naming kind, publisher and date, a byline credit, and a wire credit at the end.
 */
export function extractMetadata(text: string, furniture: readonly FurnitureSpan[]): TextMetadata {
  const meta: TextMetadata = {
    published: null,
    dateline: null,
    bodyStart: 0,
    byline: null,
    wireCredit: null,
    publisher: null,
    kind: null,
  };
  const opening = bodyOpening(text, furniture);
  const dateline = DATELINE.exec(text.slice(opening));
  if (dateline?.[2]) {
    meta.dateline = titleCase(dateline[2].trim());
    meta.bodyStart = opening + dateline.index + dateline[0].length;
    const printed = dateline[1] ?? dateline[3];
    if (printed) meta.published = findDates(printed, null).at(-1)?.time ?? null;
    if (dateline[4] && WIRES.test(dateline[4].trim())) {
      meta.wireCredit = dateline[4].trim();
      meta.kind = 'WIRE_COPY';
    }
  }
  for (const span of furniture) {
    if (span.kind === 'HEADER') {
      const note = OPENING_NOTE.exec(span.text);
      if (!note) continue;
      if (note[1]) meta.kind = NOTE_KINDS[note[1].toUpperCase()] ?? meta.kind;
      if (note[2]) meta.publisher = note[2].trim();
      if (note[3] && !meta.published) meta.published = findDates(note[3], null)[0]?.time ?? null;
    } else if (span.kind === 'CREDIT') {
      const byline = /^(?:by|written by)\s*:?\s+(.+)$/i.exec(span.text);
      if (byline?.[1]) meta.byline = titleCase(byline[1].trim());
      else if (/^\p{Lu}[\p{Lu}&.\-' ]+$/u.test(span.text) && span.end >= text.trimEnd().length) {
        meta.wireCredit = titleCase(span.text);
        meta.kind = 'WIRE_COPY';
      }
    }
  }
  return meta;
}
