import type { Mention } from '../mentions.ts';
import type { Found } from '../text.ts';
import { chunksOf } from './chunks.ts';
import type { Reading } from './reading.ts';
import {
  IMPERSONAL,
  IMPERSONAL_STANCE,
  INFORMATION_NOUNS,
  NOUN_STANCES,
  PRONOUN,
  type Stance,
  THERE_ARE,
} from './vocabulary.ts';

/**
 * Who made a claim: a named actor (a mention, stored or proposed), an unnamed one described by
 * the words of the text ("analysts", "imagery from commercial satellites"), or the source's
 * author, for what the text says in its own voice.
 */
export type Claimant =
  | { kind: 'MENTION'; mention: Mention }
  | { kind: 'UNNAMED'; description: string }
  | { kind: 'AUTHOR' };

/** The actor a previous sentence was about: the last of the names, not people's, opening one of its chunks. */
export function subjectOf(reading: Reading, sentence: Found): Mention | null {
  const openings = chunksOf(reading.text, sentence)
    .map((c) => reading.actorOpeningAt(c.start))
    .filter((m): m is Mention => m !== undefined);
  return openings.at(-1) ?? null;
}

/** "he"/"she" is the last person who spoke; "it"/"they" the actor the sentence before was about. */
export function pronounClaimant(
  reading: Reading,
  pronoun: Found,
  previous: Found | null,
  lastPerson: Mention | null,
): Claimant {
  const antecedent = /^(?:he|she)$/i.test(pronoun.text.trim())
    ? lastPerson
    : previous
      ? subjectOf(reading, previous)
      : null;
  return antecedent
    ? { kind: 'MENTION', mention: antecedent }
    : { kind: 'UNNAMED', description: pronoun.text };
}

/** The claimants a subject names: each actor of "Egypt and Sudan", a pronoun's antecedent, or an unnamed description. */
export function claimantsOf(
  reading: Reading,
  np: Found,
  previous: Found | null,
  lastPerson: Mention | null,
): Claimant[] {
  if (PRONOUN.test(np.text.trim())) return [pronounClaimant(reading, np, previous, lastPerson)];
  const named = reading.actorsIn(np);
  const people = named.filter((m) => m.kind === 'PERSON');
  if (people.length) return [{ kind: 'MENTION', mention: people.at(-1) as Mention }];
  // "estimates from Kenya" are the state's figures only when someone else is named too.
  const information = INFORMATION_NOUNS.test(np.text.replace(/^(?:the|recent|new|latest)\s+/i, ''));
  if (named.length && !(information && named.every((m) => m.kind === 'STATE'))) {
    const coordinated = /\b(?:and|nor|or)\b/i.test(np.text) && named.length > 1;
    return (coordinated ? named : named.slice(-1)).map((mention) => ({ kind: 'MENTION', mention }));
  }
  return [{ kind: 'UNNAMED', description: np.text }];
}

/** An attribution without a speaker: "there are still doubts that…", "is believed to". */
export function impersonalAttribution(
  span: string,
): { claimant: Claimant; stance: Stance; verb: string | null } | null {
  const nominal = THERE_ARE.exec(span);
  if (nominal)
    return {
      claimant: { kind: 'UNNAMED', description: nominal[0].replace(/ that$/i, '') },
      stance: NOUN_STANCES[(nominal[1] as string).toLowerCase()] ?? 'ASSERTS',
      verb: null,
    };
  const impersonal = IMPERSONAL.exec(span);
  if (!impersonal) return null;
  return {
    claimant: { kind: 'UNNAMED', description: impersonal[0].replace(/\s+(?:to|that)$/i, '') },
    stance: IMPERSONAL_STANCE[(impersonal[1] as string).toLowerCase()] ?? 'ASSERTS',
    verb: impersonal[1] as string,
  };
}

const OFFICIAL =
  /\b(?:official|minister|spokes(?:man|woman|person)|diplomat|officer|aide|envoy|ambassador|lawmaker|commander)\b/i;
const CAPITALISED_WORDS = /\b\p{Lu}\p{L}+/gu;

/**
 * A story's lead often names its source only by rank ("a senior Ethiopian official said") and
 * names them in the next sentences ("Ethiopian Water Minister Seleshi Bekele told…"). An
 * unnamed official is that named person when the two descriptions share a capitalised word.
 */
export function resolveUnnamedOfficials<T extends { claimant: Claimant }>(
  claims: T[],
  speakerWords: ReadonlyMap<T, string | null>,
): void {
  claims.forEach((claim, index) => {
    if (claim.claimant.kind !== 'UNNAMED' || !OFFICIAL.test(claim.claimant.description)) return;
    const capitals = new Set(claim.claimant.description.match(CAPITALISED_WORDS) ?? []);
    const named = claims.slice(index + 1, index + 6).find((later) => {
      const words = speakerWords.get(later) ?? '';
      return (
        later.claimant.kind === 'MENTION' &&
        later.claimant.mention.kind === 'PERSON' &&
        (words.match(CAPITALISED_WORDS) ?? []).some((w) => capitals.has(w))
      );
    });
    if (named) claim.claimant = named.claimant;
  });
}
