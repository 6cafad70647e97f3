import { allowedEdits, normalizeName } from '@claimline/store';
import { distance } from 'fastest-levenshtein';
import { chooseTarget } from './choose.ts';
import type { MisprintableName } from './lookup.ts';
import { addKnown, type Scan, tagged } from './scan.ts';
import { capitalised, joined, type Token } from './tokens.ts';

/** Whether `n` capitalised tokens from `i` may be a misprint: not a word the lexicon knows, no demonym, no stored name. */
export function mayBeMisprint(scan: Scan, i: number, n: number): boolean {
  const { tokens } = scan;
  if (i + n > tokens.length || !joined(tokens, i, i + n - 1)) return false;
  const printed = tokens.slice(i, i + n);
  if (!printed.every((t) => capitalised(t.text))) return false;
  // A word the lexicon knows (a country, a first name, a common word) is not a misprint.
  const single = printed[0] as Token;
  if (
    n === 1 &&
    (tagged(scan, single, 'Place') ||
      tagged(scan, single, 'Person') ||
      (!tagged(scan, single, 'ProperNoun') && !tagged(scan, single, 'Singular')))
  )
    return false;
  return !printed.some((t, k) => scan.covered.has(i + k) || tagged(scan, t, 'Demonym'));
}

/** Stored names of `words` words within the edits a name of this length allows; "Ethiopian" is a word made from "Ethiopia", not a misprint of it. */
export function nearNames(
  misprintable: readonly MisprintableName[],
  wanted: string,
  words: number,
): MisprintableName[] {
  const limit = allowedEdits(wanted.length);
  return misprintable.filter((c) => {
    const edits = distance(wanted, c.normalized);
    return edits > 0 && edits <= limit && !wanted.startsWith(c.normalized) && c.words === words;
  });
}

/** "Ethiopa", "SeouI": two or one tokens from `i` a few edits from a stored name; returns the last token used. */
export function matchMisprint(scan: Scan, i: number): number | null {
  for (const n of [2, 1]) {
    if (!mayBeMisprint(scan, i, n)) continue;
    const printed = scan.tokens.slice(i, i + n);
    const wanted = normalizeName(printed.map((t) => t.text).join(' '));
    const near = nearNames(scan.lookup.misprintable, wanted, n).map((c) => c.known);
    const target = near.length ? chooseTarget(scan, near, i) : undefined;
    if (target) {
      addKnown(scan, i, i + n - 1, target, 'MISPRINT');
      return i + n - 1;
    }
  }
  return null;
}
