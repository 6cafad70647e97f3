import type { DateMention } from '../dates.ts';
import type { QuantityMention } from '../quantities.ts';
import type { Found } from '../text.ts';
import type { Speaker } from './speakers.ts';
import { NEGATION, type Stance, verbStance } from './vocabulary.ts';

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
// Verbs that only say who spoke, so the words they report decide the stance.
const NEUTRAL_VERBS = /^(?:said|says|told|added|reported|noted|according)/i;

/**
 * The stance of a block: the verb's, unless the verb only reports ("said") or gives none, when
 * what is said decides it — "estimated", "believes", "deny", or a future or conditional.
 */
export function blockStance(text: string, span: Found, speaker: Speaker | null, stance: Stance): Stance {
  if (stance !== 'ASSERTS' && !(speaker && NEUTRAL_VERBS.test(speaker.verb.text))) return stance;
  // What the speaker said: after a leading verb, or the whole block before a trailing one.
  const content =
    speaker && speaker.verb.end <= span.end
      ? text.slice(Math.max(span.start, speaker.verb.end), span.end)
      : span.text;
  return (
    CONTENT_STANCES.find(([pattern]) => pattern.test(content))?.[1] ??
    (FUTURE.test(content) ? 'EXPECTS' : stance)
  );
}

/** "X insisted the dam did not harm…": an insistence on a negative is a denial. */
export function insistsNot(text: string, span: Found, speaker: Speaker | null): boolean {
  return (
    speaker !== null &&
    /^insist/i.test(speaker.verb.text) &&
    NEGATION.test(text.slice(speaker.verb.end, span.end))
  );
}

/** The hedging words as printed ("could hold", "believed to"), or null. */
export function hedgeOf(words: string): string | null {
  return HEDGES.exec(words)?.[0] ?? null;
}

/** The date that dates the statement: one inside the block close after the speaker's verb ("said this week"). */
export function statedDate(dates: readonly DateMention[], speaker: Speaker | null): DateMention | null {
  return (speaker && dates.find((d) => Math.abs(d.start - speaker.verb.end) < 30)) ?? null;
}

/** The stance of a figure: estimated, believed, or what the verb before it says. */
export function quantityStance(
  text: string,
  span: Found,
  quantity: QuantityMention,
  blockStance: Stance,
): Stance {
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
