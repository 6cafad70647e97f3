import type { TextSpan } from '@claimline/store';
import { type Block, blockSpan, blocksOf } from './claims/blocks.ts';
import { isStatement, isWholeQuotation, togglesQuotation } from './claims/chunks.ts';
import type { Claimant } from './claims/claimants.ts';
import { claimantsOf, impersonalAttribution, resolveUnnamedOfficials } from './claims/claimants.ts';
import { type Reading, readingOf } from './claims/reading.ts';
import { leadingSpeaker, type Speaker } from './claims/speakers.ts';
import { blockStance, hedgeOf, insistsNot, quantityStance, statedDate } from './claims/stance.ts';
import type { Stance } from './claims/vocabulary.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './mentions.ts';
import type { QuantityMention } from './quantities.ts';
import { SpanIndex } from './spans.ts';
import { type Found, found, sentences } from './text.ts';

export type { Claimant } from './claims/claimants.ts';
export type { Stance } from './claims/vocabulary.ts';

/** A proposed claim: an excerpt of the text (its exact words and offsets) and what it says. */
export interface ClaimCandidate extends Found {
  claimant: Claimant;
  stance: Stance;
  /** The hedging words as printed ("could hold", "believed to"), or null. */
  hedge: string | null;
  /** The reporting verb as printed ("told reporters", "according to"), or null. */
  verb: string | null;
  /** Who passed it on between claimant and source ("…, Reuters reported"), nearest the claimant first. */
  via: Mention[];
  /** The date phrase that dates the statement ("said this week"), if any. */
  stated: DateMention | null;
  quantity: QuantityMention | null;
  /** Actors the claim is about: those it names, other than its claimant. */
  about: Mention[];
}

/** What the other steps found in the text; mentions, dates and quantities in text order. */
export interface ClaimContext {
  furniture: readonly TextSpan[];
  /** Where the body starts after a dateline ("NAIROBI —"), which is no part of any claim. */
  bodyStart?: number;
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  quantities: readonly QuantityMention[];
}

/** Who is said to say a block, by which verb and with which stance, before its words are read. */
interface Attribution {
  claimants: Claimant[];
  stance: Stance;
  verb: string | null;
}

/** What the sentences before tell the next: who spoke, and whether a quotation is still open. */
interface Thread {
  lastPerson: Mention | null;
  previousSentence: Found | null;
  previousClaimant: Claimant | null;
  previousClaims: ClaimCandidate[];
  openQuote: boolean;
}

/**
 * Who a block is attributed to: the previous speaker for a quotation running on, the speaker
 * named before or after it, an impersonal attribution ("is believed to"), or the author.
 */
function attributionOf(
  reading: Reading,
  block: Block,
  speaker: Speaker | null,
  continuesQuotation: boolean,
  thread: Thread,
): Attribution {
  if (continuesQuotation && thread.previousClaimant?.kind === 'MENTION')
    return { claimants: [thread.previousClaimant], stance: 'ASSERTS', verb: null };
  if (speaker)
    return {
      claimants: claimantsOf(reading, speaker.np, thread.previousSentence, thread.lastPerson),
      stance: speaker.stance,
      verb: speaker.verb.text,
    };
  const impersonal = impersonalAttribution(blockSpan(reading.text, block).text);
  return impersonal
    ? { claimants: [impersonal.claimant], stance: impersonal.stance, verb: impersonal.verb }
    : { claimants: [{ kind: 'AUTHOR' }], stance: 'ASSERTS', verb: null };
}

/**
 * The claims of one claimant's block: one claim, or one per figure it states. A figure inside a
 * closing appositive ("…, a dam that cost $4 billion") is the author's, with its own stance.
 */
export function claimsPerFigure(
  text: string,
  block: Block,
  span: Found,
  base: Omit<ClaimCandidate, keyof Found | 'stance' | 'quantity'>,
  stance: Stance,
  quantities: readonly QuantityMention[],
): ClaimCandidate[] {
  if (quantities.length === 0) return [{ ...span, ...base, stance, quantity: null }];
  return quantities.map((quantity) => {
    const chunk = block.chunks.find((c) => c.start <= quantity.start && quantity.end <= c.end);
    const own = chunk?.appositive ? { ...base, claimant: { kind: 'AUTHOR' } as Claimant, verb: null } : base;
    return {
      ...(chunk?.appositive ? chunk : span),
      ...own,
      stance: quantityStance(text, span, quantity, chunk?.appositive ? 'ASSERTS' : stance),
      quantity,
    };
  });
}

/**
 * The claims of one block, and the words naming its speaker: its attribution (who, by which
 * verb, with which stance), its hedge, who passed it on, when it was stated, what it names, and
 * one claim per claimant and figure. `thread` learns the last person who spoke.
 */
function claimsOfBlock(
  reading: Reading,
  indexes: { dates: SpanIndex<DateMention>; quantities: SpanIndex<QuantityMention> },
  sentence: { words: Found; blocks: number },
  block: Block,
  thread: Thread,
): { claims: ClaimCandidate[]; speakerWords: string | null } {
  const { text } = reading;
  const span = blockSpan(text, block);
  const leading = block.quoted ? null : leadingSpeaker(reading, span);
  const speaker = leading ?? block.trailing;
  // A sentence that is all quotation, right after a speaker's: theirs too.
  const continuesQuotation =
    block.quoted ||
    (isWholeQuotation(sentence.words) && sentence.blocks === 1 && !leading && !block.trailing);
  const attribution = attributionOf(reading, block, speaker, continuesQuotation, thread);
  let stance = blockStance(text, span, speaker, attribution.stance);
  if (stance === 'ASSERTS' && insistsNot(text, span, speaker)) stance = 'DENIES';
  const passedOn = block.via ?? (leading && block.trailing ? block.trailing : null);
  const named = reading.actorsIn(span);
  const shared = {
    hedge: hedgeOf(span.text),
    verb: attribution.verb,
    via: passedOn ? reading.actorsIn(passedOn.np).slice(0, 1) : [],
    stated: statedDate(indexes.dates.within(span), speaker),
  };
  const figures = indexes.quantities.within(span);
  const claims: ClaimCandidate[] = [];
  for (const claimant of attribution.claimants) {
    const about = named.filter(
      (m) => claimant.kind !== 'MENTION' || m.id !== claimant.mention.id || m.name !== claimant.mention.name,
    );
    claims.push(...claimsPerFigure(text, block, span, { claimant, ...shared, about }, stance, figures));
    if (claimant.kind === 'MENTION' && claimant.mention.kind === 'PERSON')
      thread.lastPerson = claimant.mention;
  }
  thread.previousClaimant = attribution.claimants[0] ?? null;
  return { claims, speakerWords: speaker?.np.text ?? null };
}

/**
 * Proposes the claims of a text: each statement outside page furniture, split where the
 * attribution changes, with its claimant — named by a reporting verb ("X said", "said X",
 * "X told reporters that", "according to X", "…, X reported"), an impersonal one ("is believed
 * to", "estimates suggest"), or the author — its stance from the verb and the words ("deny" →
 * DENIES, "estimated" → ESTIMATES, "will" → EXPECTS), its hedging words, and one claim per
 * figure it states. Excerpts are exact spans of the text.
 */
export function findClaims(text: string, context: ClaimContext): ClaimCandidate[] {
  const reading = readingOf(text, context.mentions);
  const furniture = new SpanIndex(context.furniture);
  const indexes = { dates: new SpanIndex(context.dates), quantities: new SpanIndex(context.quantities) };
  const claims: ClaimCandidate[] = [];
  const speakerWords = new Map<ClaimCandidate, string | null>();
  const thread: Thread = {
    lastPerson: null,
    previousSentence: null,
    previousClaimant: null,
    previousClaims: [],
    openQuote: false,
  };

  for (const whole of sentences(text)) {
    if (furniture.overlaps(whole)) continue;
    const sentence =
      whole.start < (context.bodyStart ?? 0) ? found(text, context.bodyStart as number, whole.end) : whole;
    if (!isStatement(sentence)) {
      thread.previousSentence = sentence;
      continue;
    }
    const startsQuoted = thread.openQuote;
    if (togglesQuotation(sentence)) thread.openQuote = !thread.openQuote;

    const blocks = blocksOf(reading, sentence, startsQuoted);
    for (const block of blocks) {
      if (block.quoted && thread.previousClaims.length) {
        // A quotation running on from the sentence before: the same claim, its excerpt extended.
        const end = blockSpan(text, block).end;
        for (const claim of thread.previousClaims) Object.assign(claim, found(text, claim.start, end));
        continue;
      }
      const read = claimsOfBlock(reading, indexes, { words: sentence, blocks: blocks.length }, block, thread);
      thread.previousClaims = read.claims;
      claims.push(...read.claims);
      for (const claim of read.claims) speakerWords.set(claim, read.speakerWords);
    }
    thread.previousSentence = sentence;
  }
  resolveUnnamedOfficials(claims, speakerWords);
  return claims;
}
