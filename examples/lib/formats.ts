// The timeline and its claims in formats other tools read: TimelineJS JSON, CSV and schema.org
// ClaimReview JSON-LD. Pure functions of what the SDK returns.
import type { ClaimFieldsFragment, EventFieldsFragment } from '@claimline/sdk';
import { type DateParts, describeEdtf, isExactDay, parseEdtf } from './dates.ts';

/** What the exports read of an event. */
export type ExportedEvent = Pick<
  EventFieldsFragment,
  | 'key'
  | 'kind'
  | 'title'
  | 'summary'
  | 'time'
  | 'place'
  | 'participants'
  | 'firstReported'
  | 'status'
  | 'statusExplanation'
  | 'independentSourceCount'
  | 'claimantCount'
>;

/** What the exports read of a claim. */
export type ExportedClaim = Pick<
  ClaimFieldsFragment,
  'key' | 'proposition' | 'claimant' | 'claimantName' | 'stated' | 'attributions'
>;

/** A TimelineJS date: year, month and day as far as they are known. */
export type TimelineJSDate = DateParts;

export interface TimelineJSSlide {
  unique_id: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  /** How the date reads when it is not one exact day ("September 2023"). */
  display_date?: string;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJS {
  title: { text: { headline: string; text: string } };
  events: TimelineJSSlide[];
}

/** One event as a TimelineJS slide; null when its time is unknown (TimelineJS needs a start). */
export function timelineJSSlide(event: ExportedEvent): TimelineJSSlide | null {
  const { start, end } = parseEdtf(event.time.edtf);
  // An open start ("by 14 September 2023") is placed at its end: the one day the text gives.
  const first = start ?? end;
  if (first === null) return null;
  const slide: TimelineJSSlide = {
    unique_id: event.key,
    start_date: { ...first.parts },
    text: { headline: event.title, text: eventText(event) },
    group: event.kind,
  };
  if (end && end !== first) slide.end_date = { ...end.parts };
  if (!isExactDay(event.time.edtf)) slide.display_date = describeEdtf(event.time.edtf);
  return slide;
}

function eventText(event: ExportedEvent): string {
  const who = event.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join(', ');
  return [
    event.summary,
    event.place && `Place: ${event.place.name}.`,
    who && `With ${who}.`,
    `${event.status}: ${event.statusExplanation}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The events TimelineJS can place, and how many it cannot (unknown time). */
export function toTimelineJS(
  headline: string,
  events: readonly ExportedEvent[],
): { timeline: TimelineJS; unplaced: number } {
  const slides = events.map(timelineJSSlide);
  const placed = slides.filter((s): s is TimelineJSSlide => s !== null);
  return {
    timeline: { title: { text: { headline, text: `${placed.length} events` } }, events: placed },
    unplaced: slides.length - placed.length,
  };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const EVENT_CSV_COLUMNS = [
  'key',
  'kind',
  'title',
  'time',
  'time_edtf',
  'earliest',
  'latest',
  'place',
  'participants',
  'status',
  'independent_sources',
  'claimants',
  'first_reported',
  'summary',
] as const;

/** The events as CSV with a header line, CRLF line ends (RFC 4180). */
export function eventsCsv(events: readonly ExportedEvent[]): string {
  const rows = events.map((e) => [
    e.key,
    e.kind,
    e.title,
    describeEdtf(e.time.edtf),
    e.time.edtf,
    e.time.earliest,
    e.time.latest,
    e.place?.name,
    e.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join('; '),
    e.status,
    e.independentSourceCount,
    e.claimantCount,
    e.firstReported,
    e.summary,
  ]);
  return `${[EVENT_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** An EDTF value schema.org can take as a Date (a plain YYYY, YYYY-MM or YYYY-MM-DD); else undefined. */
function schemaDate(edtf: string | null): string | undefined {
  return edtf !== null && /^\d{4}(-\d{2}){0,2}$/.test(edtf) ? edtf : undefined;
}

/**
 * A claim as a schema.org ClaimReview: the claim, who made it and when, and each report of it as a
 * Quotation of the exact words in its article. No reviewRating: Claimline records what was
 * claimed and reported, not a verdict.
 */
export function claimReview(claim: ExportedClaim): Record<string, unknown> {
  const authorType = claim.claimant
    ? claim.claimant.kind === 'PERSON'
      ? 'Person'
      : 'Organization'
    : undefined;
  return {
    '@type': 'ClaimReview',
    identifier: claim.key,
    claimReviewed: claim.proposition,
    itemReviewed: {
      '@type': 'Claim',
      author: { ...(authorType && { '@type': authorType }), name: claim.claimantName },
      datePublished: schemaDate(claim.stated.edtf),
      appearance: claim.attributions.map((a) => ({
        '@type': 'Quotation',
        text: a.excerpt,
        isPartOf: {
          '@type': 'NewsArticle',
          headline: a.source.title,
          url: a.source.url ?? undefined,
          publisher: a.source.publisher ? { '@type': 'Organization', name: a.source.publisher } : undefined,
          datePublished: schemaDate(a.source.published.edtf),
        },
      })),
    },
  };
}

/** Claims as one JSON-LD document of ClaimReviews. */
export function toClaimReviews(claims: readonly ExportedClaim[]): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': claims.map(claimReview) };
}
