import { type Found, found } from '../text.ts';
import { type Chunk, chunksOf } from './chunks.ts';
import { hasFiniteVerb, type Reading } from './reading.ts';
import { accordingToSpeaker, leadingSpeaker, type Speaker, trailingSpeaker } from './speakers.ts';
import { IMPERSONAL, PARTICIPLE_REPORTS, SUBORDINATORS } from './vocabulary.ts';

/** Chunks of a sentence that have one claimant. */
export interface Block {
  chunks: Chunk[];
  /** A speaker named after the block (", Mr Bekele said") or inherited (", adding…"). */
  trailing: Speaker | null;
  inherited: boolean;
  /** Who passed the claimant's words on, named after them. */
  via: Speaker | null;
  /** The block continues a quotation opened by the previous claim's claimant. */
  quoted: boolean;
}

/** What a chunk does to the block before it: opens a new one (maybe with a speaker), or goes on it. */
export type Continuation =
  | { opens: true; trailing: Speaker | null; inherited: boolean }
  | { opens: false; appositive: boolean };

const opens = (trailing: Speaker | null = null, inherited = false): Continuation => ({
  opens: true,
  trailing,
  inherited,
});

/** The span from a block's first chunk to its last. */
export function blockSpan(text: string, block: Block): Found {
  return found(text, (block.chunks[0] as Chunk).start, (block.chunks.at(-1) as Chunk).end);
}

/** Whether a chunk right after a speaker's name describes them ("…, Mr Bekele said, a former engineer"). */
export function describesSpeaker(reading: Reading, chunk: Chunk): boolean {
  return /^(?:an?|the)\s/i.test(chunk.text) && !hasFiniteVerb(reading, chunk);
}

/**
 * Whether a chunk that follows an open block starts a claim of its own: after a closing quote, a
 * participle (", adding…") or a gerund after a leading speaker (X's again), a contrast ("while…"),
 * a coordinated or subordinate clause with its own speaker. Otherwise it goes on the block, in the
 * writer's voice when it is a closing appositive ("…, the largest in Africa").
 */
export function continuationOf(reading: Reading, block: Block, chunk: Chunk, closing: boolean): Continuation {
  const { text } = reading;
  const first = block.chunks[0] as Chunk;
  const last = block.chunks.at(-1) as Chunk;
  if (block.quoted && /["”]/.test(text.slice(last.end, chunk.start))) return opens();
  if (PARTICIPLE_REPORTS.test(chunk.text))
    return opens(block.trailing ?? leadingSpeaker(reading, found(text, first.start, chunk.start)), true);
  const hadLeading = leadingSpeaker(reading, found(text, first.start, last.end));
  // "…, accelerating the pace…" after "X told reporters that…": another claim of X's.
  if (/^\p{Ll}+ing\b/u.test(chunk.text) && reading.tags(chunk.start).has('Gerund') && hadLeading)
    return opens(hadLeading, true);
  const ownSpeaker = leadingSpeaker(reading, chunk) !== null || IMPERSONAL.test(chunk.text);
  const subordinateFirst = SUBORDINATORS.test(first.text) && hasFiniteVerb(reading, first);
  if (/^(?:while|whereas)\b/i.test(chunk.text) && hadLeading) return opens();
  if (
    /^(?:and|but|or|yet)\s/i.test(chunk.text) &&
    hasFiniteVerb(reading, chunk) &&
    (ownSpeaker || hadLeading)
  )
    return opens();
  if (subordinateFirst && (ownSpeaker || leadingSpeaker(reading, first))) return opens();
  if (
    !hadLeading &&
    ownSpeaker &&
    !SUBORDINATORS.test(first.text) &&
    hasFiniteVerb(reading, chunk) &&
    !/^(?:which|who|that)\b/i.test(chunk.text) &&
    block.chunks.some((c) => hasFiniteVerb(reading, c))
  )
    return opens();
  return { opens: false, appositive: closing && describesSpeaker(reading, chunk) };
}

/** Splits a sentence into blocks that each have one claimant. */
export function blocksOf(reading: Reading, sentence: Found, startsQuoted: boolean): Block[] {
  const { text } = reading;
  const chunks = chunksOf(text, sentence);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lastSpeaker: Speaker | null = null;
  const open = (chunk: Chunk, trailing: Speaker | null = null, inherited = false): Block => {
    const block: Block = { chunks: [chunk], trailing, inherited, via: null, quoted: false };
    blocks.push(block);
    return block;
  };
  chunks.forEach((chunk, index) => {
    const block = current;
    const trailing = trailingSpeaker(reading, chunk);
    if (trailing && block?.inherited && !block.via) {
      // "…, raising…, Reuters reported": who passed on the inherited speaker's words.
      block.via = trailing;
      current = null;
      return;
    }
    if (trailing && block && !block.trailing) {
      // ", Mr Bekele said": names the speaker of what came before, and ends it.
      block.trailing = trailing;
      lastSpeaker = trailing;
      current = null;
      if (startsQuoted && blocks.length === 1) block.quoted = false;
      return;
    }
    const according = accordingToSpeaker(text, chunk);
    if (according) {
      if (block && !block.trailing) {
        block.trailing = according;
        current = null;
      } else current = open({ ...chunk }, according);
      lastSpeaker = according;
      return;
    }
    if (!block) {
      // After a speaker's name: their description is no claim; ", adding…" is theirs again.
      const previous = blocks.at(-1);
      if (previous?.trailing && describesSpeaker(reading, chunk)) {
        previous.chunks.push({ ...chunk, appositive: true });
        return;
      }
      current =
        PARTICIPLE_REPORTS.test(chunk.text) && lastSpeaker ? open(chunk, lastSpeaker, true) : open(chunk);
      if (index === 0 && startsQuoted) current.quoted = true;
      return;
    }
    const next = continuationOf(reading, block, chunk, index === chunks.length - 1 && index > 1);
    if (next.opens) current = open(chunk, next.trailing, next.inherited);
    else block.chunks.push({ ...chunk, appositive: next.appositive });
  });
  return blocks;
}
