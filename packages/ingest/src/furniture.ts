import type { FURNITURE_KINDS } from '@claimline/store';
import type { Found } from './text.ts';

export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** Page furniture: kept in the stored text, but nothing is drawn from it. */
export interface FurnitureSpan extends Found {
  kind: FurnitureKind;
}

interface Line extends Found {
  index: number;
}

// Lines a web page wraps around an article, whatever the story. Matched against a whole line.
const LINE_RULES: [FurnitureKind, RegExp][] = [
  ['NAVIGATION', /^[•·▪►»‣◦-]\s*\S.{0,40}$/u],
  [
    'NAVIGATION',
    /^(?:scroll to top|back to top|skip to (?:main )?content|previous (?:article|story|post)|next (?:article|story|post)|menu|home|share(?: this(?: article| story)?)?|print|comments?)$/i,
  ],
  ['HEADER', /^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i],
  [
    'READ_MORE',
    /^(?:read more|read also|also read|see also|more on this|related|related stories|more from [^.]{1,40}):.*$/i,
  ],
  [
    'PROMO',
    /^(?:no time to read\?|get a summary|more must-reads from .{1,40}|advertisement|subscribe(?: now)?\b.{0,60}|sign up\b.{0,80}|click here\b.{0,60}|listen to (?:this )?article.{0,30}|download (?:the|our) app.{0,40})$/i,
  ],
  [
    'FOOTER',
    /^(?:contact us\b.{0,80}|copyright\b.{0,100}|©.{0,100}|all rights reserved\.?|follow us\b.{0,60}|terms of (?:use|service).{0,40}|privacy policy.{0,40})$/i,
  ],
  [
    'CREDIT',
    /^(?:source|sources|by|written by|reporting by|editing by|photo|image|credit)\s*:?\s+[^.]{2,60}$/i,
  ],
];

// A heading after which short headline-like lines are links to other articles.
const LIST_HEADING =
  /^(?:previous (?:article|story|post)|next (?:article|story|post)|related(?: stories| articles)?|more (?:stories|news|from .{1,40})|read (?:more|next)|trending|most read|popular)$/i;

// A parenthesised note opening the text: "(EDITORIAL from …)", "(LEAD)", "(2nd LD)".
const OPENING_NOTE = /^\([^()]{2,80}\)$/;

// A wire service's name in capitals after the last sentence: "… talks. REUTERS".
const TRAILING_CREDIT = /[.!?”"’]\s+((?:\p{Lu}[\p{Lu}&.\-']*)(?:\s+\p{Lu}[\p{Lu}&.\-']*){0,3})\s*$/u;

function lines(text: string): Line[] {
  const result: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value)
      result.push({
        start: offset + lead,
        end: offset + lead + value.length,
        text: value,
        index: result.length,
      });
    offset += raw.length + 1;
  }
  return result;
}

const isHeadline = (line: Line) =>
  !/[.!?:;,”"]$/.test(line.text) &&
  line.text.split(/\s+/).length <= 16 &&
  /^[\p{Lu}\p{N}‘'“"]/u.test(line.text);

/**
 * The page furniture of a pasted article: navigation, "Read More" lines, promotions, footers,
 * credit lines, an opening note, a trailing wire credit, and the list of unrelated headlines
 * after "Previous Article" or "Related". Adjacent lines of one kind become one span.
 */
export function detectFurniture(text: string): FurnitureSpan[] {
  const all = lines(text);
  const spans: FurnitureSpan[] = [];
  let inList = false;
  for (const line of all) {
    const rule = LINE_RULES.find(([, pattern]) => pattern.test(line.text));
    let kind: FurnitureKind | undefined = rule?.[0];
    if (!kind && line.index === 0 && OPENING_NOTE.test(line.text)) kind = 'HEADER';
    if (!kind && inList && isHeadline(line)) kind = 'RELATED_LINKS';
    inList = LIST_HEADING.test(line.text) || (inList && kind === 'RELATED_LINKS');
    // A wire service's name in capitals on the last line of its own ("REUTERS").
    if (!kind && line === all.at(-1) && all.length > 1 && /^\p{Lu}[\p{Lu}&.\-' ]{1,40}$/u.test(line.text))
      kind = 'CREDIT';
    if (kind) spans.push({ start: line.start, end: line.end, text: line.text, kind });
  }
  const last = all.at(-1);
  const credit = last && !spans.some((s) => s.start === last.start) ? TRAILING_CREDIT.exec(last.text) : null;
  if (last && credit?.[1] && credit[1].replace(/[^\p{Lu}]/gu, '').length >= 2) {
    const end = last.start + last.text.length;
    spans.push({ start: end - credit[1].length, end, text: credit[1], kind: 'CREDIT' });
  }
  return mergeAdjacent(text, spans);
}

/** Lines of one kind separated by a single line break are one span ("No time to read?\nGet a summary"); each credit and related headline stays its own. */
function mergeAdjacent(text: string, spans: FurnitureSpan[]): FurnitureSpan[] {
  const merged: FurnitureSpan[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    const between = previous ? text.slice(previous.end, span.start) : '';
    if (
      previous &&
      previous.kind === span.kind &&
      /^[ \t]*\n[ \t]*$/.test(between) &&
      span.kind !== 'RELATED_LINKS' &&
      span.kind !== 'CREDIT'
    ) {
      merged[merged.length - 1] = { ...previous, end: span.end, text: text.slice(previous.start, span.end) };
    } else merged.push(span);
  }
  return merged;
}
