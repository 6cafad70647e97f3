import type { TextSpan } from '@claimline/store';
import type { SpanIndex } from '../spans.ts';
import { type Found, found } from '../text.ts';
import { JOINER } from './vocabulary.ts';

/** A word of the text (letters and digits) outside the skipped spans. */
export interface Token extends Found {
  /** The text between the previous token and this one. */
  gap: string;
}

export const capitalised = (word: string) => /^\p{Lu}/u.test(word);
export const allCaps = (word: string) => /^\p{Lu}{2,}$/u.test(word);

/** The words of a text outside the `skip` spans, each with the text since the word before. */
export function tokenize(text: string, skip: SpanIndex<TextSpan>): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = found(text, match.index, match.index + match[0].length);
    if (!skip.overlaps(token)) tokens.push({ ...token, gap: text.slice(last, token.start) });
    last = token.end;
  }
  return tokens;
}

/** Whether token k continues the name before it: a full stop only after an initial ("Jane Q. Doe", "U.S."). */
export function joins(tokens: readonly Token[], k: number): boolean {
  const gap = (tokens[k] as Token).gap;
  if (!JOINER.test(gap)) return false;
  return (
    !/\.\s/.test(gap) ||
    /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof)$/u.test((tokens[k - 1] as Token).text)
  );
}

/** Whether tokens `from` to `to` print as one name. */
export function joined(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!joins(tokens, k)) return false;
  return true;
}
