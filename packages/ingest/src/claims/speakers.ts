import { type Found, found } from '../text.ts';
import type { Chunk } from './chunks.ts';
import { isFiniteVerb, type Reading, wordsIn } from './reading.ts';
import {
  AGENT_NOUNS,
  DEMONSTRATIVE,
  EVIDENCE_VERBS,
  INFORMATION_NOUNS,
  NEGATION,
  NOUN_REPORT,
  NOUN_STANCES,
  PRONOUN,
  type Stance,
  verbStance,
} from './vocabulary.ts';

/** Who a block's words are attributed to, by which reporting words. */
export interface Speaker {
  /** The words naming the speaker. */
  np: Found;
  verb: Found;
  stance: Stance;
}

/** Drops a leading conjunction from a subject: "But recent news reports" → "recent news reports". */
export function npStart(np: Found): number {
  const lead = /^(?:and|but|so|yet|while|then|also|still)\s+/i.exec(np.text);
  return np.start + (lead ? lead[0].length : 0);
}

/** "” said Jane Doe", ", added Mr Bekele": a reporting verb before a short name. */
export function invertedSpeaker(reading: Reading, plain: Found): Speaker | null {
  const { text } = reading;
  const inverted = /^(said|says|added|wrote|noted|told reporters)\s+(.+)$/i.exec(plain.text);
  if (!inverted) return null;
  const np = found(text, plain.start + plain.text.indexOf(inverted[2] as string), plain.end);
  if (np.text.split(/\s+/).length > 6 || !(reading.actorsIn(np).length || /^\p{Lu}/u.test(np.text)))
    return null;
  return {
    np,
    verb: found(text, plain.start, plain.start + (inverted[1] as string).length),
    stance: 'ASSERTS',
  };
}

/** ", Mr Bekele said", ", Reuters reported on June 3", "” said Jane Doe", ", he added". */
export function trailingSpeaker(reading: Reading, chunk: Chunk): Speaker | null {
  const { text } = reading;
  const plainText = chunk.text.replace(/^["“”’]\s*/, '').replace(/[.!?"”’]+$/, '');
  const offset = chunk.start + chunk.text.indexOf(plainText);
  const plain = found(text, offset, offset + plainText.length);
  const inverted = invertedSpeaker(reading, plain);
  if (inverted) return inverted;
  const words = wordsIn(text, plain);
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
  if (npWords.length > 7 || npWords.some((w) => isFiniteVerb(reading, w) && !PRONOUN.test(w.text)))
    return null;
  // Only a short time or place may follow: "said this week", "reported on Feb 27", "told reporters".
  if (rest.length > 4 || rest.some((w) => isFiniteVerb(reading, w))) return null;
  if (
    !PRONOUN.test(np.text) &&
    !reading.actorsIn(np).length &&
    !/^(?:an?|the)\s/i.test(np.text) &&
    !/^\p{Lu}/u.test(np.text)
  )
    return null;
  const end = /^told$/i.test(verb.text) && rest[0]?.text === 'reporters' ? (rest[0] as Found).end : verb.end;
  return {
    np: found(text, npStart(np), np.end),
    verb: found(text, verb.start, end),
    stance: verbStance(verb.text) as Stance,
  };
}

/** "according to X": X is the speaker, estimating when X is an estimate. */
export function accordingToSpeaker(text: string, chunk: Found): Speaker | null {
  const according = /^according to\s+/i.exec(chunk.text);
  if (!according) return null;
  const np = found(text, chunk.start + according[0].length, chunk.end);
  return {
    np,
    verb: found(text, chunk.start, chunk.start + 'according to'.length),
    stance: INFORMATION_NOUNS.test(np.text) && /estimat/i.test(np.text) ? 'ESTIMATES' : 'ASSERTS',
  };
}

/** "the insistence from Addis Ababa that…": a reporting noun before a named actor. */
export function nounReportSpeaker(reading: Reading, span: Found): Speaker | null {
  const { text } = reading;
  const noun = NOUN_REPORT.exec(span.text);
  if (!noun) return null;
  const from = span.start + noun.index + noun[0].length;
  const np = found(text, from, text.slice(from, span.end).search(/\s+that\b/) + from);
  if (np.end <= np.start || !reading.actorsIn(np).length) return null;
  return {
    np,
    verb: found(text, span.start + noun.index, span.start + noun.index + (noun[1] as string).length),
    stance: NOUN_STANCES[(noun[1] as string).toLowerCase()] ?? 'ASSERTS',
  };
}

/** Whether word `i` is "provide(s) evidence": what a thing shows ("satellite photographs appear to provide new evidence"). */
export function providesEvidence(text: string, words: readonly Found[], i: number): boolean {
  const word = words[i] as Found;
  return (
    /^(?:provide|provides|provided|offer|offers|offered)$/i.test(word.text) &&
    /^\s+(?:new |fresh |further )?evidence\b/i.test(text.slice(word.end, word.end + 20))
  );
}

/** The unnamed thing before "provides evidence" ("satellite photographs"), as the speaker. */
export function evidenceSpeaker(reading: Reading, words: readonly Found[], i: number): Speaker | null {
  const { text } = reading;
  const word = words[i] as Found;
  let j = i - 1;
  while (j >= 0 && /^(?:appear|appears|appeared|to|seem|seems|also)$/i.test((words[j] as Found).text)) j--;
  let k = j;
  while (
    k > 0 &&
    !/[,;:]/.test(text.slice((words[k - 1] as Found).end, (words[k] as Found).start)) &&
    j - k < 6
  )
    k--;
  if (j < 0) return null;
  const subject = found(text, (words[k] as Found).start, (words[j] as Found).end);
  if (reading.actorsIn(subject).length) return null;
  return {
    np: found(text, npStart(subject), subject.end),
    verb: found(text, word.start, word.end),
    stance: 'ASSERTS',
  };
}

// compromise may read a reporting verb as a noun ("Analysts warn"); past forms in -ed are verbs.
const REPORTING_VERB_FORMS =
  /ed$|^(?:said|says|say|told|warn|warns|deny|denies|accuse|accuses|insist|insists|argue|argues|suggest|suggests|believe|believes|shown|found)$/i;
// Auxiliaries and adverbs between a subject and its verb ("has long said").
const BEFORE_VERB =
  /^(?:has|have|had|also|long|already|recently|repeatedly|publicly|previously|still|now|would|will|did|does|do)$/i;
const CLAUSE_OPENERS = /^(?:that|what|which|who|while|whereas|because|as|if|when|and|but)$/i;
const CLAUSE_OPENERS_BUT_AND = /^(?:that|what|which|who|while|whereas|because|as|if|when|but)$/i;

/**
 * The subject of the verb at word `verb`, as word indexes [first, last]: the words before it
 * back to a clause boundary, skipping "has", "also"; a comma ends it unless an appositive follows
 * ("Miller, a spokesman,"), and "Egypt and Sudan" is one subject when the first part names an actor.
 */
export function subjectWords(
  reading: Reading,
  words: readonly Found[],
  verb: number,
): { first: number; last: number } | null {
  const { text } = reading;
  let j = verb - 1;
  while (j >= 0 && BEFORE_VERB.test((words[j] as Found).text)) j--;
  if (j < 0) return null;
  let k = j;
  let crossed = false;
  while (k > 0 && !CLAUSE_OPENERS.test((words[k - 1] as Found).text) && j - k < 9) {
    if (/[,;:]/.test(text.slice((words[k - 1] as Found).end, (words[k] as Found).start))) {
      if (crossed || !/^(?:an?|the)$/i.test((words[k] as Found).text)) break;
      crossed = true;
    }
    k--;
  }
  if (k > 0 && /^(?:and)$/i.test((words[k - 1] as Found).text) && k - 2 >= 0) {
    let m = k - 2;
    while (m > 0 && !CLAUSE_OPENERS_BUT_AND.test((words[m - 1] as Found).text) && j - m < 9) m--;
    if (reading.actorsIn(found(text, (words[m] as Found).start, (words[k - 2] as Found).end)).length) k = m;
  }
  return { first: k, last: j };
}

/** The speaker of the reporting verb at word `i` ("Analysts warn", "Egypt and Sudan deny"), or null. */
export function verbSpeaker(reading: Reading, words: readonly Found[], i: number): Speaker | null {
  const { text } = reading;
  const word = words[i] as Found;
  const stance = verbStance(word.text);
  if (!stance || (!isFiniteVerb(reading, word) && !REPORTING_VERB_FORMS.test(word.text))) return null;
  const bounds = subjectWords(reading, words, i);
  if (!bounds) return null;
  const { first: k, last: j } = bounds;
  const np = found(
    text,
    npStart(found(text, (words[k] as Found).start, (words[j] as Found).end)),
    (words[j] as Found).end,
  );
  const npWords = words.slice(k, j + 1);
  const between = text.slice(np.end, word.start);
  if (NEGATION.test(between) || /^(?:not|never)$/i.test(words[i + 1]?.text ?? '')) return null;
  const named = reading.actorsIn(np).length > 0;
  if (
    npWords.some(
      (w) => isFiniteVerb(reading, w) && !PRONOUN.test(w.text) && !/^(?:and|nor)$/i.test(w.text),
    ) ||
    (/[,;:]/.test(np.text) && !named)
  )
    return null;
  if (/^called$/i.test(word.text) && !/^what$/i.test(words[k - 1]?.text ?? '')) return null;
  if (EVIDENCE_VERBS.test(word.text) && (named || DEMONSTRATIVE.test(np.text) || PRONOUN.test(np.text)))
    return null;
  const nounLike =
    reading.tags(np.start).has('Noun') ||
    reading.tags((npWords.at(-1) as Found).start).has('Noun') ||
    AGENT_NOUNS.test(np.text) ||
    INFORMATION_NOUNS.test(np.text);
  if (!named && !PRONOUN.test(np.text) && !nounLike) return null;
  if (!named && DEMONSTRATIVE.test(np.text)) return null;
  // The subject before an appositive: "Matthew Miller, a … spokesman, described".
  const subject = /,/.test(np.text) ? found(text, np.start, np.start + np.text.indexOf(',')) : np;
  const next = words[i + 1];
  const end = /^told$/i.test(word.text) && next?.text === 'reporters' ? next.end : word.end;
  return {
    np: reading.actorsIn(subject).length ? subject : np,
    verb: found(text, word.start, end),
    stance,
  };
}

/** "X told reporters that…", "Analysts warn that…", "what Egypt called…" inside a span. */
export function leadingSpeaker(reading: Reading, span: Found): Speaker | null {
  const noun = nounReportSpeaker(reading, span);
  if (noun) return noun;
  const words = wordsIn(reading.text, span);
  for (let i = 1; i < words.length; i++) {
    const speaker = providesEvidence(reading.text, words, i)
      ? evidenceSpeaker(reading, words, i)
      : verbSpeaker(reading, words, i);
    if (speaker) return speaker;
  }
  return null;
}
