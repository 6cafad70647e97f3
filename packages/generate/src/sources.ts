import type { SOURCE_KINDS } from '@claimline/store';
import type { Report } from './claims.ts';
import { TOPICS } from './events.ts';
import { FIRST_NAMES, uniqueName } from './names.ts';
import type { Random } from './random.ts';
import { readMoreLine, type SourceText, sourceHeader, sourceText } from './texts.ts';

type SourceKind = (typeof SOURCE_KINDS)[number];

/** Sources gathering reports at a time: each claim goes to some of them. */
export const OPEN_SOURCES = 8;
/** The reports a source holds when it is published. */
export const SENTENCES_PER_SOURCE = 24;

const SOURCE_KIND_WEIGHTS: readonly (readonly [SourceKind, number])[] = [
  ['REPORT', 80],
  ['ANALYSIS', 10],
  ['EDITORIAL', 5],
  ['AGGREGATOR', 5],
];

/** A source still gathering reports, in an outlet, with the last story day a claim it reports was stated. */
export interface OpenSource {
  outlet: number;
  latestStated: number;
  reports: Report[];
}

/** A new source in one of the `outlets`, holding no report yet. */
export function openSource(random: Random, outlets: number): OpenSource {
  return { outlet: random.int(outlets), latestStated: 0, reports: [] };
}

/** The story day a source is published: within a few days of the latest claim it reports. */
export function drawPublishedDay(random: Random, source: OpenSource): number {
  return source.latestStated + random.int(3);
}

/** The outlets printing a source: its own, and now and then a syndicated copy in another one. */
export function drawOutlets(random: Random, outlet: number, outlets: number): number[] {
  if (!random.chance(0.1)) return [outlet];
  return [outlet, (outlet + 1 + random.int(outlets - 1)) % outlets];
}

/** One outlet's printing of a source. */
export interface SourceCopy {
  publisher: string;
  text: SourceText;
  byline: string | null;
  kind: SourceKind;
}

/** What a source says, before an outlet prints it. */
export interface SourceDraft {
  headline: string;
  published: string;
  sentences: readonly string[];
  /** Printed by more than one outlet: each copy is a wire copy. */
  syndicated: boolean;
}

/**
 * Outlet `outlet`'s copy of a source: the text under its masthead, closed by a read-more line to
 * some outlet, mostly with a byline.
 */
export function drawCopy(
  random: Random,
  outlet: number,
  draft: SourceDraft,
  names: { outlets: readonly string[]; syllables: readonly string[] },
): SourceCopy {
  const publisher = names.outlets[outlet] as string;
  const header = sourceHeader(draft.headline, publisher, draft.published);
  const readMore = readMoreLine(random.pick(names.outlets), random.pick(TOPICS));
  const text = sourceText(header, draft.sentences, readMore);
  const byline = random.chance(0.7)
    ? `By ${random.pick(FIRST_NAMES)} ${uniqueName(names.syllables, random.int(5_000))}`
    : null;
  const kind = draft.syndicated ? 'WIRE_COPY' : random.weighted(SOURCE_KIND_WEIGHTS);
  return { publisher, text, byline, kind };
}
