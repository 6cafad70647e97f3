import { FuzzyTimeError, parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { undatedKnownOn } from '../domain/knowledge-time.ts';
import type { Corpus } from './read.ts';

/** The last day a corpus date allows, or null for an undated (or unreadable: the check says so) one. */
function latestDay(time: { edtf: string | null; phrase?: string | null }): string | null {
  try {
    return parseFuzzyTime(time.edtf, time.phrase).latest;
  } catch (error) {
    if (error instanceof FuzzyTimeError) return null;
    throw error;
  }
}

/**
 * Each undated source's knowledge time by source key: its own `knownOn` (the day the corpus
 * recorded it) or its dated copies' day in the same syndication group, whichever is earlier; null
 * when the corpus gives neither. Dated sources are not listed.
 */
export function corpusKnownOn(list: Corpus['sources']): Map<string, string | null> {
  const datedByGroup = new Map<string, (string | null)[]>();
  for (const { data } of list) {
    const group = data.source.syndicationGroup;
    if (group)
      datedByGroup.set(group, [...(datedByGroup.get(group) ?? []), latestDay(data.source.published)]);
  }
  const knownOn = new Map<string, string | null>();
  for (const { data } of list) {
    const { source } = data;
    if (latestDay(source.published) !== null) continue;
    const copies = source.syndicationGroup ? (datedByGroup.get(source.syndicationGroup) ?? []) : [];
    knownOn.set(source.key, undatedKnownOn(source.knownOn, copies));
  }
  return knownOn;
}
