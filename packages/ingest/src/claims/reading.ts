import type { TextSpan } from '@claimline/store';
import type { Mention } from '../mentions.ts';
import { SpanIndex } from '../spans.ts';
import { type Found, found, tagText } from '../text.ts';

/** A text as the claim heuristics read it: the tags of its words and the actors it names, indexed. */
export interface Reading {
  text: string;
  /** The part-of-speech tags of the word starting at `offset`. */
  tags(offset: number): ReadonlySet<string>;
  /** The actors named inside `span`, in text order. */
  actorsIn(span: TextSpan): Mention[];
  /** The first actor, not a person, whose name starts at `offset`. */
  actorOpeningAt(offset: number): Mention | undefined;
}

export function readingOf(text: string, mentions: readonly Mention[]): Reading {
  const tagging = tagText(text);
  const actors = mentions.filter((m) => m.entity === 'actor');
  const index = new SpanIndex(actors);
  const openings = new Map<number, Mention>();
  for (const m of actors) if (m.kind !== 'PERSON' && !openings.has(m.start)) openings.set(m.start, m);
  return {
    text,
    tags: (offset) => tagging.at(offset),
    actorsIn: (span) => index.within(span),
    actorOpeningAt: (offset) => openings.get(offset),
  };
}

/** The words of a span (letters, digits, apostrophes, hyphens) with their offsets. */
export function wordsIn(text: string, span: TextSpan): Found[] {
  return [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) =>
    found(text, span.start + m.index, span.start + m.index + m[0].length),
  );
}

/** A verb as compromise reads it, neither gerund, infinitive nor participle. */
export function isFiniteVerb(reading: Reading, word: TextSpan): boolean {
  const t = reading.tags(word.start);
  return t.has('Verb') && !t.has('Gerund') && !t.has('Infinitive') && !t.has('Participle');
}

/** Whether a span has a finite verb that is not also read as an adjective: a clause, not a phrase. */
export function hasFiniteVerb(reading: Reading, span: TextSpan): boolean {
  return wordsIn(reading.text, span).some(
    (w) => isFiniteVerb(reading, w) && !reading.tags(w.start).has('Adjective'),
  );
}
