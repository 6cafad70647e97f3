import type { KnownName } from '@claimline/store';
import { type FuzzyTime, normalizeName, parseFuzzyTime, shortTextProblem } from '@claimline/store';
import { type ClaimCandidate, findClaims } from './claims.ts';
import { type DateMention, findDates } from './dates.ts';
import { detectFurniture, type FurnitureSpan } from './furniture.ts';
import { findMentions, type Mention } from './mentions.ts';
import { extractMetadata, type SourceKind, type TextMetadata } from './metadata.ts';
import { findQuantities, type QuantityMention } from './quantities.ts';
import { type CopyCandidate, findCopyOf } from './syndication.ts';
import { overlapsAny, sentences } from './text.ts';

/** What an editor pastes: the text, and whatever they know about it. */
export interface IngestInput {
  text: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** EDTF: `2024-02-27`, `2024-02`. */
  publishedAt?: string | null;
  kind?: SourceKind | null;
}

/** What the store knows that the pipeline uses: every name, and the texts a new one may copy. */
export interface StoreKnowledge {
  names: readonly KnownName[];
  copies: readonly (CopyCandidate & { published: string | null })[];
}

/** Who speaks when the text speaks in its own voice: a wire service, else the publisher. */
export interface Author {
  name: string;
  /** The stored actor, or null when it would be a new one. */
  id: number | null;
}

export interface Proposals {
  text: string;
  furniture: FurnitureSpan[];
  metadata: TextMetadata;
  /** The publication date used: given, read from the text, or a syndicated copy's. */
  published: FuzzyTime;
  kind: SourceKind;
  title: string;
  copyOf: { id: number; similarity: number } | null;
  author: Author | null;
  mentions: Mention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  claims: ClaimCandidate[];
}

/** A title when none is given: the first line or sentence of the body, outside furniture, shortened. */
function titleOf(text: string, furniture: readonly FurnitureSpan[], bodyStart: number): string {
  const first = sentences(text).find((s) => s.end > bodyStart && !overlapsAny(s, furniture));
  if (!first) return 'Untitled';
  const words = text.slice(Math.max(first.start, bodyStart), first.end).trim();
  const title = words.length <= 120 ? words : `${words.slice(0, 120).replace(/\s+\S*$/, '')}…`;
  // A first sentence with nothing to show (zero-width spaces, control characters) is no title.
  return shortTextProblem(title) ? 'Untitled' : title;
}

/** The stored actor with this name, ignoring a leading "The" ("New York Times"). */
export function resolveName(name: string, known: readonly KnownName[]): Author {
  const wanted = normalizeName(name.replace(/^the\s+/i, ''));
  const hit = known.find(
    (k) => k.entity === 'actor' && normalizeName(k.name.replace(/^the\s+/i, '')) === wanted,
  );
  return hit ? { name: hit.canonical, id: hit.id } : { name, id: null };
}

/**
 * The whole pipeline over one text: furniture, metadata, syndication, mentions, dates,
 * quantities and claims, each drawn only from outside the furniture. Pure: the store's names
 * and candidate copies come in as `knowledge`.
 */
export function proposeFromText(input: IngestInput, knowledge: StoreKnowledge): Proposals {
  const { text } = input;
  const furniture = detectFurniture(text);
  const metadata = extractMetadata(text, furniture);
  const copyOf = findCopyOf(text, furniture, knowledge.copies);
  const copy = copyOf ? knowledge.copies.find((c) => c.id === copyOf.id) : undefined;
  const copyMetadata = copy ? extractMetadata(copy.text, detectFurniture(copy.text)) : null;

  const published = input.publishedAt
    ? parseFuzzyTime(input.publishedAt)
    : (metadata.published ?? (copy?.published ? parseFuzzyTime(copy.published) : parseFuzzyTime(null)));
  // Relative dates resolve against the last day the published date allows.
  const reference = published.latest;
  const wire = metadata.wireCredit ?? copyMetadata?.wireCredit ?? null;
  const publisher = input.publisher ?? metadata.publisher;
  const authorName = wire ?? publisher;
  const author = authorName ? resolveName(authorName, knowledge.names) : null;

  const dates = findDates(text, reference, furniture);
  const mentions = findMentions(text, [...furniture, ...dates], knowledge.names);
  const quantities = findQuantities(text, [...furniture, ...dates]);
  const claims = findClaims(text, { furniture, bodyStart: metadata.bodyStart, mentions, dates, quantities });
  return {
    text,
    furniture,
    metadata,
    published,
    kind: input.kind ?? metadata.kind ?? (wire ? 'WIRE_COPY' : 'REPORT'),
    title: input.title ?? titleOf(text, furniture, metadata.bodyStart),
    copyOf,
    author,
    mentions,
    dates,
    quantities,
    claims,
  };
}
