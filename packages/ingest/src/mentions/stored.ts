import { normalizeName } from '@claimline/store';
import { chooseTarget } from './choose.ts';
import { fitsCase } from './lookup.ts';
import { addKnown, type Scan } from './scan.ts';
import { capitalised, joined, type Token } from './tokens.ts';
import { MAX_WORDS } from './vocabulary.ts';

/**
 * The stored name printed from token `i`, longest first ("African Union Commission" before
 * "African Union"), in the capitals it is stored with; returns how many tokens it covers, or 0.
 */
export function matchStoredName(scan: Scan, i: number): number {
  const { tokens, lookup } = scan;
  const first = tokens[i] as Token;
  if (!capitalised(first.text) && first.text.toLowerCase() !== 'the') return 0;
  for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
    if (!joined(tokens, i, i + n - 1)) continue;
    const printed = tokens.slice(i, i + n);
    const candidates = (
      lookup.byNormalized.get(normalizeName(printed.map((t) => t.text).join(' '))) ?? []
    ).filter((c) => fitsCase(printed, c.name));
    const target = candidates.length ? chooseTarget(scan, candidates, i) : undefined;
    if (target) {
      addKnown(scan, i, i + n - 1, target, 'ALIAS');
      for (let k = i; k < i + n; k++) scan.covered.add(k);
      return n;
    }
  }
  return 0;
}

/** Every stored name of the text, each token read once. */
export function matchStoredNames(scan: Scan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    const n = matchStoredName(scan, i);
    if (n > 0) i += n - 1;
  }
}
