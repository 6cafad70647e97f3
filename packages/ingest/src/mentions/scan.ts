import type { KnownName } from '@claimline/store';
import type { Mention, Resolution } from '../mentions.ts';
import { type Found, found, type Tagging } from '../text.ts';
import type { Headlines } from './headlines.ts';
import type { MentionList } from './list.ts';
import type { Lookup } from './lookup.ts';
import type { Token } from './tokens.ts';

/** One text as the mention heuristics read it, and what they have found in it so far. */
export interface Scan {
  text: string;
  tokens: Token[];
  tagging: Tagging;
  lookup: Lookup;
  mentions: MentionList;
  /** Tokens inside a stored name found by the first pass. */
  covered: Set<number>;
  headlines: Headlines;
}

export function tagged(scan: Scan, token: Token, tag: string): boolean {
  return scan.tagging.at(token.start).has(tag);
}

/** The text from token `from` to token `to`. */
export function tokenSpan(scan: Scan, from: number, to: number): Found {
  return found(scan.text, (scan.tokens[from] as Token).start, (scan.tokens[to] as Token).end);
}

/** Records that tokens `from` to `to` name the stored `target`. */
export function addKnown(
  scan: Scan,
  from: number,
  to: number,
  target: KnownName,
  resolution: Resolution,
): void {
  const mention: Mention = {
    ...tokenSpan(scan, from, to),
    entity: target.entity,
    id: target.id,
    name: target.canonical,
    kind: target.kind,
    resolution,
  };
  scan.mentions.add(mention);
}
