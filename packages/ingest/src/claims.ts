import type { STANCES, TextSpan } from '@claimline/store';
import type { DateMention } from './dates.ts';
import type { Mention } from './mentions.ts';
import type { QuantityMention } from './quantities.ts';
import { type Found, found, overlapsAny, sentences, tagText } from './text.ts';

export type Stance = (typeof STANCES)[number];

/**
 * Who made a claim: a named actor (a mention, stored or proposed), an unnamed one described by
 * the words of the text ("analysts", "imagery from commercial satellites"), or the source's
 * author, for what the text says in its own voice.
 */
export type Claimant =
  | { kind: 'MENTION'; mention: Mention }
  | { kind: 'UNNAMED'; description: string }
  | { kind: 'AUTHOR' };

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

export interface ClaimContext {
  furniture: readonly TextSpan[];
  /** Where the body starts after a dateline ("NAIROBI —"), which is no part of any claim. */
  bodyStart?: number;
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  quantities: readonly QuantityMention[];
}

// Verbs that report what someone said, found or holds, by the stance they give the claim.
const VERB_STANCES: [RegExp, Stance][] = [
  [/^(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?)$/i, 'DENIES'],
  [/^(?:accus(?:e|es|ed)|blam(?:e|es|ed)|alleg(?:e|es|ed))$/i, 'ACCUSES'],
  [/^(?:warn(?:s|ed)?|cautioned)$/i, 'WARNS'],
  [/^(?:describ(?:e|es|ed)|called|characteri[sz]ed)$/i, 'DESCRIBES'],
  [/^(?:believ(?:e|es|ed)|think|thinks|thought)$/i, 'BELIEVES'],
  [/^(?:estimat(?:e|es|ed)|calculat(?:e|es|ed)|counted|reckon(?:s|ed)?)$/i, 'ESTIMATES'],
  [
    /^(?:expect(?:s|ed)?|hop(?:e|es|ed)|predict(?:s|ed)?|forecast(?:s)?|anticipat(?:e|es|ed)|fear(?:s|ed)?)$/i,
    'EXPECTS',
  ],
  [/^(?:pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?)$/i, 'PLEDGES'],
  [
    /^(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|reported|reports|announced|claimed|claims|insist(?:s|ed)?|argu(?:e|es|ed)|disclosed|emphasi[sz]ed|stressed|confirmed|acknowledged|revealed|lamented|suggest(?:s|ed)?|indicat(?:e|es|ed)|wrote|writes|explained|maintain(?:s|ed)|admitted|conceded|concluded|shown|show|shows|showed|found|tallied|observed|testified|tweeted|posted)$/i,
    'ASSERTS',
  ],
];
// Verbs that report only when what reports is a thing, not an actor ("imagery has shown").
const EVIDENCE_VERBS = /^(?:shown|show|shows|showed)$/i;
const PARTICIPLE_REPORTS =
  /^(?:adding|noting|saying|stressing|warning|arguing|explaining|insisting|claiming)\b/i;
// "is believed to", "are largely expected to": an unnamed claimant.
const IMPERSONAL =
  /\b(?:is|are|was|were|been|be)\s+(?:also\s+|already\s+|largely\s+|widely\s+|still\s+|now\s+|generally\s+)?(believed|expected|estimated|thought|said|reported|rumou?red|feared|alleged|understood|suspected)\s+(?:to|that)\b/i;
const IMPERSONAL_STANCE: Record<string, Stance> = {
  believed: 'BELIEVES',
  thought: 'BELIEVES',
  suspected: 'BELIEVES',
  understood: 'BELIEVES',
  expected: 'EXPECTS',
  feared: 'EXPECTS',
  estimated: 'ESTIMATES',
  alleged: 'ACCUSES',
};
// "there are still doubts that…", "insistence from X that…": attribution by a noun.
const THERE_ARE =
  /\bthere (?:is|are|were|was) (?:still |also |growing |widespread )?(doubts?|concerns?|fears?|hopes?|speculation|reports?|signs?|expectations?) that\b/i;
const NOUN_REPORT =
  /\b(insistence|claim|assertion|warning|admission|statement|estimate|denial|accusation|pledge|promise) (?:from|by) /i;
const NOUN_STANCES: Record<string, Stance> = {
  doubt: 'EXPECTS',
  doubts: 'EXPECTS',
  concern: 'EXPECTS',
  concerns: 'EXPECTS',
  fear: 'EXPECTS',
  fears: 'EXPECTS',
  hope: 'EXPECTS',
  hopes: 'EXPECTS',
  expectation: 'EXPECTS',
  expectations: 'EXPECTS',
  warning: 'WARNS',
  estimate: 'ESTIMATES',
  denial: 'DENIES',
  accusation: 'ACCUSES',
  pledge: 'PLEDGES',
  promise: 'PLEDGES',
};
// What the claim itself says about how sure it is, in the words of the text.
const CONTENT_STANCES: [RegExp, Stance][] = [
  [/\b(?:is|are|was|were|been) (?:also )?estimated to\b|\bestimates?\b/i, 'ESTIMATES'],
  [/\bbelieves?\b/i, 'BELIEVES'],
  [/\bden(?:y|ies|ied)\b/i, 'DENIES'],
];
// Words that put the claim in the future or the conditional; not inside a relative clause.
const FUTURE =
  /(?<!\b(?:that|which|who)\s)\b(?:will|would|won't|wouldn't|may|might|shall|is set to|are set to|poised to|expected to|likely to|unlikely to|going to|should expect|anticipated to)\b/i;
const HEDGES =
  /\b(?:could (?:hold|carry|contain)|could|may not|may|might|unlikely|likely|probably|possibly|reportedly|allegedly|apparently|appears? to|seems? to|(?:is |are )?believed to|(?:is |are )?estimated to|estimates suggest|suggests?|(?:largely |widely )?expected to|anticipated to|poised to|is set to|had long hoped|there are still doubts)\b/i;
const NEGATION = /\b(?:not|never|no longer|n't)\b/i;
// Nouns naming where information came from rather than who: "estimates from Kenya".
const INFORMATION_NOUNS =
  /^(?:estimates?|tallies|tally|figures|data|reports?|imagery|images|photographs|analysis|analyses|assessments?|intelligence|statistics|records|surveys?|polls?|studies|research)\b/i;
// Nouns for people who speak unnamed: "analysts warn", "officials said".
const AGENT_NOUNS =
  /\b(?:analysts?|experts?|officials?|observers?|critics?|sources?|diplomats?|researchers?|scientists?|investigators?|witnesses|residents|lawmakers|activists|economists|spokes(?:man|woman|person))$/i;
const DEMONSTRATIVE = /^(?:this|that|these|those|such)\b/i;
const SUBORDINATORS =
  /^(?:if|when|whenever|while|whereas|although|though|as|because|since|after|before|unless|once|until)\b/i;
const PRONOUN = /^(?:he|she|it|they)$/i;

interface Chunk extends Found {
  /** The text is in the writer's own voice whoever the rest of the block is attributed to (an appositive). */
  appositive: boolean;
}

interface Speaker {
  /** The words naming the speaker. */
  np: Found;
  verb: Found;
  stance: Stance;
}

interface Block {
  chunks: Chunk[];
  /** A speaker named after the block (", Mr Bekele said") or inherited (", adding…"). */
  trailing: Speaker | null;
  inherited: boolean;
  /** Who passed the claimant's words on, named after them. */
  via: Speaker | null;
  /** The block continues a quotation opened by the previous claim's claimant. */
  quoted: boolean;
}

function verbStance(verb: string): Stance | null {
  const word = verb.split(/\s+/)[0] as string;
  return VERB_STANCES.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

const OFFICIAL =
  /\b(?:official|minister|spokes(?:man|woman|person)|diplomat|officer|aide|envoy|ambassador|lawmaker|commander)\b/i;

/**
 * A story's lead often names its source only by rank ("a senior Ethiopian official said") and
 * names them in the next sentences ("Ethiopian Water Minister Seleshi Bekele told…"). An
 * unnamed official is that named person when the two descriptions share a capitalised word.
 */
function resolveUnnamedOfficials(
  claims: ClaimCandidate[],
  speakerWords: Map<ClaimCandidate, string | null>,
): void {
  claims.forEach((claim, index) => {
    if (claim.claimant.kind !== 'UNNAMED' || !OFFICIAL.test(claim.claimant.description)) return;
    const capitals = new Set(claim.claimant.description.match(/\b\p{Lu}\p{L}+/gu) ?? []);
    const named = claims.slice(index + 1, index + 6).find((later) => {
      const words = speakerWords.get(later) ?? '';
      return (
        later.claimant.kind === 'MENTION' &&
        later.claimant.mention.kind === 'PERSON' &&
        (words.match(/\b\p{Lu}\p{L}+/gu) ?? []).some((w) => capitals.has(w))
      );
    });
    if (named) claim.claimant = named.claimant;
  });
}

/** Comma chunks of a sentence; commas inside figures ("4,250") do not split. */
function chunksOf(text: string, sentence: Found): Chunk[] {
  const chunks: Chunk[] = [];
  let start = sentence.start;
  const boundary = /,(?!\d)["”’]?\s*|;\s+|:\s+|\s+[—–]\s+/g;
  for (const m of sentence.text.matchAll(boundary)) {
    const end = sentence.start + m.index;
    if (end > start) chunks.push({ ...found(text, start, end), appositive: false });
    start = end + m[0].length;
  }
  if (sentence.end > start) chunks.push({ ...found(text, start, sentence.end), appositive: false });
  return chunks.map((c) => trimChunk(text, c)).filter((c) => c.text.length > 0);
}

function trimChunk(text: string, chunk: Chunk): Chunk {
  let { start, end } = chunk;
  while (
    start < end &&
    /[\s"“”’‘(]/.test(text[start] as string) &&
    !(text[start] === '“' || text[start] === '"')
  )
    start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { ...chunk, ...found(text, start, end) };
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
  const tagging = tagText(text);
  const tags = (offset: number) => tagging.at(offset);
  const wordsIn = (span: TextSpan) =>
    [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) =>
      found(text, span.start + m.index, span.start + m.index + m[0].length),
    );
  const isFiniteVerb = (w: Found) => {
    const t = tags(w.start);
    return t.has('Verb') && !t.has('Gerund') && !t.has('Infinitive') && !t.has('Participle');
  };
  const hasFiniteVerb = (span: TextSpan) =>
    wordsIn(span).some((w) => isFiniteVerb(w) && !tags(w.start).has('Adjective'));
  const mentionsIn = (span: TextSpan) =>
    context.mentions.filter((m) => m.entity === 'actor' && m.start >= span.start && m.end <= span.end);

  const claims: ClaimCandidate[] = [];
  const speakerWords = new Map<ClaimCandidate, string | null>();
  let lastPerson: Mention | null = null;
  let previousSentence: Found | null = null;
  let previousClaimant: Claimant | null = null;
  let openQuote = false;
  let previousClaims: ClaimCandidate[] = [];

  for (const whole of sentences(text)) {
    if (overlapsAny(whole, context.furniture)) continue;
    const sentence =
      whole.start < (context.bodyStart ?? 0) ? found(text, context.bodyStart as number, whole.end) : whole;
    // Headlines and standfirsts end without a stop: not statements.
    if (!/[.!?"”’)]$/.test(sentence.text) || sentence.text.split(/\s+/).length < 4) {
      previousSentence = sentence;
      continue;
    }
    const startsQuoted = openQuote;
    const quoteMarks = (sentence.text.match(/["“”]/g) ?? []).length;
    if (quoteMarks % 2 === 1) openQuote = !openQuote;

    const blocks = blocksOf(sentence, startsQuoted);
    for (const block of blocks) {
      const span = found(text, (block.chunks[0] as Chunk).start, (block.chunks.at(-1) as Chunk).end);
      if (block.quoted && previousClaims.length) {
        // A quotation running on from the sentence before: the same claim, its excerpt extended.
        for (const claim of previousClaims) Object.assign(claim, found(text, claim.start, span.end));
        continue;
      }
      // A sentence that is all quotation, right after a speaker's: theirs too.
      const wholeQuote = /^["“]/.test(sentence.text) && /["”]$/.test(sentence.text) && blocks.length === 1;
      const leading = block.quoted ? null : leadingSpeaker(span);
      const speaker = leading ?? block.trailing;
      let claimants: Claimant[];
      let stance: Stance = 'ASSERTS';
      let verb: string | null = null;
      if (
        (block.quoted || (wholeQuote && !leading && !block.trailing)) &&
        previousClaimant?.kind === 'MENTION'
      )
        claimants = [previousClaimant];
      else if (speaker) {
        claimants = claimantsOf(speaker.np, previousSentence);
        stance = speaker.stance;
        verb = speaker.verb.text;
      } else {
        const impersonal = IMPERSONAL.exec(span.text);
        const nominal = THERE_ARE.exec(span.text);
        if (nominal) {
          claimants = [{ kind: 'UNNAMED', description: nominal[0].replace(/ that$/i, '') }];
          stance = NOUN_STANCES[(nominal[1] as string).toLowerCase()] ?? 'ASSERTS';
        } else if (impersonal && !/^known$/i.test(impersonal[1] as string)) {
          claimants = [{ kind: 'UNNAMED', description: impersonal[0].replace(/\s+(?:to|that)$/i, '') }];
          stance = IMPERSONAL_STANCE[(impersonal[1] as string).toLowerCase()] ?? 'ASSERTS';
          verb = impersonal[1] as string;
        } else claimants = [{ kind: 'AUTHOR' }];
      }
      if (
        stance === 'ASSERTS' ||
        (speaker && /^(?:said|says|told|added|reported|noted|according)/i.test(speaker.verb.text))
      ) {
        // What the speaker said: after a leading verb, or the whole block before a trailing one.
        const content =
          speaker && speaker.verb.end <= span.end
            ? found(text, Math.max(span.start, speaker.verb.end), span.end)
            : span;
        stance =
          CONTENT_STANCES.find(([pattern]) => pattern.test(content.text))?.[1] ??
          (FUTURE.test(content.text) ? 'EXPECTS' : stance);
      }
      if (
        stance === 'ASSERTS' &&
        speaker &&
        /^insist/i.test(speaker.verb.text) &&
        NEGATION.test(text.slice(speaker.verb.end, span.end))
      )
        stance = 'DENIES';
      const hedge = HEDGES.exec(span.text)?.[0] ?? null;
      const passedOn = block.via ?? (leading && block.trailing ? block.trailing : null);
      const via = passedOn ? mentionsIn(passedOn.np).slice(0, 1) : [];
      const stated =
        context.dates.find(
          (d) =>
            d.start >= span.start &&
            d.end <= span.end &&
            speaker &&
            Math.abs(d.start - speaker.verb.end) < 30,
        ) ?? null;
      const quantities = context.quantities.filter((q) => q.start >= span.start && q.end <= span.end);
      previousClaims = [];
      for (const claimant of claimants) {
        const about = mentionsIn(span).filter(
          (m) =>
            claimant.kind !== 'MENTION' || m.id !== claimant.mention.id || m.name !== claimant.mention.name,
        );
        const base = { claimant, hedge, verb, via, stated, about };
        if (quantities.length === 0) previousClaims.push({ ...span, ...base, stance, quantity: null });
        for (const quantity of quantities) {
          const chunk = block.chunks.find((c) => c.start <= quantity.start && quantity.end <= c.end);
          const own = chunk?.appositive
            ? { ...base, claimant: { kind: 'AUTHOR' } as Claimant, verb: null }
            : base;
          previousClaims.push({
            ...(chunk?.appositive ? chunk : span),
            ...own,
            stance: quantityStance(span, quantity, chunk?.appositive ? 'ASSERTS' : stance),
            quantity,
          });
        }
        if (claimant.kind === 'MENTION' && claimant.mention.kind === 'PERSON') lastPerson = claimant.mention;
      }
      claims.push(...previousClaims);
      for (const claim of previousClaims) speakerWords.set(claim, speaker?.np.text ?? null);
      previousClaimant = claimants[0] ?? null;
    }
    previousSentence = sentence;
  }
  resolveUnnamedOfficials(claims, speakerWords);
  return claims;

  /** The stance of a figure: estimated, believed, or what the verb before it says. */
  function quantityStance(span: Found, quantity: QuantityMention, blockStance: Stance): Stance {
    const before = text.slice(span.start, quantity.start);
    if (
      /\bestimat|\blikely\b/i.test(span.text) ||
      (quantity.modality === 'CAPACITY' && quantity.approximate && quantity.value !== null)
    )
      return 'ESTIMATES';
    const verbs = [...before.matchAll(/[\p{L}]+/gu)]
      .map((m) => verbStance(m[0]))
      .filter((s): s is Stance => s !== null);
    const nearest = verbs.at(-1);
    if (/\bbelieves?\b/i.test(before)) return 'BELIEVES';
    return nearest && blockStance !== 'ACCUSES' && blockStance !== 'DENIES' ? nearest : blockStance;
  }

  /** Splits a sentence into blocks that each have one claimant. */
  function blocksOf(sentence: Found, startsQuoted: boolean): Block[] {
    const chunks = chunksOf(text, sentence);
    const blocks: Block[] = [];
    let current: Block | null = null;
    let lastSpeaker: Speaker | null = null;
    const open = (chunk: Chunk, trailing: Speaker | null = null, inherited = false) => {
      current = { chunks: [chunk], trailing, inherited, via: null, quoted: false };
      blocks.push(current);
    };
    chunks.forEach((chunk, index) => {
      const block = current as Block | null;
      const trailing = trailingSpeaker(chunk);
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
      const according = /^according to\s+/i.exec(chunk.text);
      if (according) {
        const np = found(text, chunk.start + according[0].length, chunk.end);
        const speaker: Speaker = {
          np,
          verb: found(text, chunk.start, chunk.start + 'according to'.length),
          stance: INFORMATION_NOUNS.test(np.text) && /estimat/i.test(np.text) ? 'ESTIMATES' : 'ASSERTS',
        };
        if (block && !block.trailing) {
          block.trailing = speaker;
          current = null;
        } else open({ ...chunk }, speaker);
        lastSpeaker = speaker;
        return;
      }
      if (!block) {
        // After a speaker's name: their description is no claim; ", adding…" is theirs again.
        const previous = blocks.at(-1);
        if (previous?.trailing && /^(?:an?|the)\s/i.test(chunk.text) && !hasFiniteVerb(chunk)) {
          previous.chunks.push({ ...chunk, appositive: true });
          current = null;
          blocks.pop();
          blocks.push(previous);
          current = null;
          return;
        }
        if (PARTICIPLE_REPORTS.test(chunk.text) && lastSpeaker) open(chunk, lastSpeaker, true);
        else open(chunk);
        if (index === 0 && startsQuoted) (current as unknown as Block).quoted = true;
        return;
      }
      const first = block.chunks[0] as Chunk;
      if (block.quoted && /["”]/.test(text.slice((block.chunks.at(-1) as Chunk).end, chunk.start))) {
        open(chunk);
        return;
      }
      if (PARTICIPLE_REPORTS.test(chunk.text)) {
        open(chunk, block.trailing ?? leadingSpeaker(found(text, first.start, chunk.start)), true);
        return;
      }
      const hadLeading = leadingSpeaker(found(text, first.start, (block.chunks.at(-1) as Chunk).end));
      if (/^\p{Ll}+ing\b/u.test(chunk.text) && tags(chunk.start).has('Gerund') && hadLeading) {
        // "…, accelerating the pace…" after "X told reporters that…": another claim of X's.
        open(chunk, hadLeading, true);
        return;
      }
      const ownSpeaker = leadingSpeaker(chunk) ?? (IMPERSONAL.test(chunk.text) ? ({} as Speaker) : null);
      const subordinateFirst = SUBORDINATORS.test(first.text) && hasFiniteVerb(first);
      if (/^(?:while|whereas)\b/i.test(chunk.text) && hadLeading) open(chunk);
      else if (
        /^(?:and|but|or|yet)\s/i.test(chunk.text) &&
        hasFiniteVerb(chunk) &&
        (ownSpeaker || hadLeading)
      )
        open(chunk);
      else if (subordinateFirst && (ownSpeaker || leadingSpeaker(first))) open(chunk);
      else if (
        !hadLeading &&
        ownSpeaker &&
        !SUBORDINATORS.test(first.text) &&
        hasFiniteVerb(chunk) &&
        !/^(?:which|who|that)\b/i.test(chunk.text) &&
        block.chunks.some((c) => hasFiniteVerb(c))
      )
        open(chunk);
      else
        block.chunks.push({
          ...chunk,
          appositive:
            /^(?:an?|the)\s/i.test(chunk.text) &&
            !hasFiniteVerb(chunk) &&
            index === chunks.length - 1 &&
            index > 1,
        });
    });
    return blocks;
  }

  /** ", Mr Bekele said", ", Reuters reported on June 3", "” said Jane Doe", ", he added". */
  function trailingSpeaker(chunk: Chunk): Speaker | null {
    const plain = chunk.text.replace(/^["“”’]\s*/, '').replace(/[.!?"”’]+$/, '');
    const offset = chunk.start + chunk.text.indexOf(plain);
    const inverted = /^(said|says|added|wrote|noted|told reporters)\s+(.+)$/i.exec(plain);
    if (inverted) {
      const np = found(text, offset + plain.indexOf(inverted[2] as string), offset + plain.length);
      if (np.text.split(/\s+/).length <= 6 && (mentionsIn(np).length || /^\p{Lu}/u.test(np.text))) {
        return { np, verb: found(text, offset, offset + (inverted[1] as string).length), stance: 'ASSERTS' };
      }
    }
    const words = wordsIn(found(text, offset, offset + plain.length));
    const verbIndex = words.findIndex((w) => verbStance(w.text) !== null && !EVIDENCE_VERBS.test(w.text));
    if (verbIndex < 1) return null;
    const verb = words[verbIndex] as Found;
    const rest = words.slice(verbIndex + 1);
    // ", Hilltown officials denied it" is a claim of its own, not who said what came before.
    if (
      !/^(?:ASSERTS|WARNS|ESTIMATES)$/.test(verbStance(verb.text) as Stance) ||
      /^(?:it|them|so)$/i.test(rest[0]?.text ?? '') ||
      (rest.length === 1 && /^(?:this|that)$/i.test(rest[0]?.text ?? ''))
    )
      return null;
    const np = found(text, (words[0] as Found).start, (words[verbIndex - 1] as Found).end);
    const npWords = words.slice(0, verbIndex).filter((w) => !/^(?:also|has|have|had)$/i.test(w.text));
    if (npWords.length > 7 || npWords.some((w) => isFiniteVerb(w) && !PRONOUN.test(w.text))) return null;
    // Only a short time or place may follow: "said this week", "reported on Feb 27", "told reporters".
    if (rest.length > 4 || rest.some((w) => isFiniteVerb(w))) return null;
    if (
      !PRONOUN.test(np.text) &&
      !mentionsIn(np).length &&
      !/^(?:an?|the)\s/i.test(np.text) &&
      !/^\p{Lu}/u.test(np.text)
    )
      return null;
    const end =
      /^told$/i.test(verb.text) && rest[0]?.text === 'reporters' ? (rest[0] as Found).end : verb.end;
    return {
      np: found(text, npStart(np), np.end),
      verb: found(text, verb.start, end),
      stance: verbStance(verb.text) as Stance,
    };
  }

  /** Drops a leading conjunction from a subject: "But recent news reports" → "recent news reports". */
  function npStart(np: Found): number {
    const lead = /^(?:and|but|so|yet|while|then|also|still)\s+/i.exec(np.text);
    return np.start + (lead ? lead[0].length : 0);
  }

  /** "X told reporters that…", "Analysts warn that…", "what Egypt called…" inside a span. */
  function leadingSpeaker(span: Found): Speaker | null {
    const noun = NOUN_REPORT.exec(span.text);
    if (noun) {
      const from = span.start + noun.index + noun[0].length;
      const np = found(text, from, text.slice(from, span.end).search(/\s+that\b/) + from);
      if (np.end > np.start && mentionsIn(np).length)
        return {
          np,
          verb: found(text, span.start + noun.index, span.start + noun.index + (noun[1] as string).length),
          stance: NOUN_STANCES[(noun[1] as string).toLowerCase()] ?? 'ASSERTS',
        };
    }
    const words = wordsIn(span);
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as Found;
      // "satellite photographs appear to provide new evidence": what a thing shows.
      const evidence =
        /^(?:provide|provides|provided|offer|offers|offered)$/i.test(word.text) &&
        /^\s+(?:new |fresh |further )?evidence\b/i.test(text.slice(word.end, word.end + 20));
      const stance = evidence ? 'ASSERTS' : verbStance(word.text);
      if (evidence) {
        let j = i - 1;
        while (j >= 0 && /^(?:appear|appears|appeared|to|seem|seems|also)$/i.test((words[j] as Found).text))
          j--;
        let k = j;
        while (
          k > 0 &&
          !/[,;:]/.test(text.slice((words[k - 1] as Found).end, (words[k] as Found).start)) &&
          j - k < 6
        )
          k--;
        if (j >= 0 && !mentionsIn(found(text, (words[k] as Found).start, (words[j] as Found).end)).length) {
          return {
            np: found(
              text,
              npStart(found(text, (words[k] as Found).start, (words[j] as Found).end)),
              (words[j] as Found).end,
            ),
            verb: found(text, word.start, word.end),
            stance: 'ASSERTS',
          };
        }
        continue;
      }
      // compromise may read a reporting verb as a noun ("Analysts warn"); past forms in -ed are verbs.
      if (
        !stance ||
        (!isFiniteVerb(word) &&
          !/ed$|^(?:said|says|say|told|warn|warns|deny|denies|accuse|accuses|insist|insists|argue|argues|suggest|suggests|believe|believes|shown|found)$/i.test(
            word.text,
          ))
      )
        continue;
      // The subject: the words before the verb back to a clause boundary, skipping "has", "also".
      let j = i - 1;
      while (
        j >= 0 &&
        /^(?:has|have|had|also|long|already|recently|repeatedly|publicly|previously|still|now|would|will|did|does|do)$/i.test(
          (words[j] as Found).text,
        )
      )
        j--;
      if (j < 0) continue;
      let k = j;
      let crossed = false;
      while (
        k > 0 &&
        !/^(?:that|what|which|who|while|whereas|because|as|if|when|and|but)$/i.test(
          (words[k - 1] as Found).text,
        ) &&
        j - k < 9
      ) {
        // A comma ends the subject, unless what follows it is an appositive ("Miller, a spokesman,").
        if (/[,;:]/.test(text.slice((words[k - 1] as Found).end, (words[k] as Found).start))) {
          if (crossed || !/^(?:an?|the)$/i.test((words[k] as Found).text)) break;
          crossed = true;
        }
        k--;
      }
      if (k > 0 && /^(?:and)$/i.test((words[k - 1] as Found).text) && k - 2 >= 0) {
        // "Egypt and Sudan deny": both are the subject.
        let m = k - 2;
        while (
          m > 0 &&
          !/^(?:that|what|which|who|while|whereas|because|as|if|when|but)$/i.test(
            (words[m - 1] as Found).text,
          ) &&
          j - m < 9
        )
          m--;
        if (mentionsIn(found(text, (words[m] as Found).start, (words[k - 2] as Found).end)).length) k = m;
      }
      const np = found(
        text,
        npStart(found(text, (words[k] as Found).start, (words[j] as Found).end)),
        (words[j] as Found).end,
      );
      const npWords = words.slice(k, j + 1);
      const between = text.slice(np.end, word.start);
      if (NEGATION.test(between) || /^(?:not|never)$/i.test(words[i + 1]?.text ?? '')) continue;
      if (
        npWords.some((w) => isFiniteVerb(w) && !PRONOUN.test(w.text) && !/^(?:and|nor)$/i.test(w.text)) ||
        (/[,;:]/.test(text.slice(np.start, np.end)) && !mentionsIn(np).length)
      )
        continue;
      if (/^called$/i.test(word.text) && !/^what$/i.test(words[k - 1]?.text ?? '')) continue;
      const named = mentionsIn(np).length > 0;
      if (EVIDENCE_VERBS.test(word.text) && (named || DEMONSTRATIVE.test(np.text) || PRONOUN.test(np.text)))
        continue;
      const nounLike =
        tags(np.start).has('Noun') ||
        tags((npWords.at(-1) as Found).start).has('Noun') ||
        AGENT_NOUNS.test(np.text) ||
        INFORMATION_NOUNS.test(np.text);
      if (!named && !PRONOUN.test(np.text) && !nounLike) continue;
      if (!named && DEMONSTRATIVE.test(np.text)) continue;
      // The subject before an appositive: "Matthew Miller, a … spokesman, described".
      const subject = /,/.test(np.text) ? found(text, np.start, np.start + np.text.indexOf(',')) : np;
      let end = word.end;
      const next = words[i + 1];
      if (/^told$/i.test(word.text) && next?.text === 'reporters') end = next.end;
      return { np: mentionsIn(subject).length ? subject : np, verb: found(text, word.start, end), stance };
    }
    return null;
  }

  /** The claimants a subject names: each actor of "Egypt and Sudan", a pronoun's antecedent, or an unnamed description. */
  function claimantsOf(np: Found, previous: Found | null): Claimant[] {
    if (PRONOUN.test(np.text.trim())) {
      if (/^(?:he|she)$/i.test(np.text.trim()))
        return lastPerson
          ? [{ kind: 'MENTION', mention: lastPerson }]
          : [{ kind: 'UNNAMED', description: np.text }];
      const antecedent = previous ? subjectOf(previous) : null;
      return antecedent
        ? [{ kind: 'MENTION', mention: antecedent }]
        : [{ kind: 'UNNAMED', description: np.text }];
    }
    const named = mentionsIn(np);
    const people = named.filter((m) => m.kind === 'PERSON');
    if (people.length) return [{ kind: 'MENTION', mention: people.at(-1) as Mention }];
    const information = INFORMATION_NOUNS.test(np.text.replace(/^(?:the|recent|new|latest)\s+/i, ''));
    if (named.length && !(information && named.every((m) => m.kind === 'STATE'))) {
      const coordinated = /\b(?:and|nor|or)\b/i.test(np.text) && named.length > 1;
      return (coordinated ? named : named.slice(-1)).map((mention) => ({ kind: 'MENTION', mention }));
    }
    return [{ kind: 'UNNAMED', description: np.text }];
  }

  /** The actor a previous sentence was about: the first name opening one of its chunks. */
  function subjectOf(sentence: Found): Mention | null {
    const openings = chunksOf(text, sentence)
      .map((c) =>
        context.mentions.find((m) => m.entity === 'actor' && m.start === c.start && m.kind !== 'PERSON'),
      )
      .filter((m): m is Mention => m !== undefined);
    return openings.at(-1) ?? null;
  }
}
