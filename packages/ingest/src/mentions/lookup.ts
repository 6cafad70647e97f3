import { type KnownName, normalizeName } from '@claimline/store';
import { allCaps, capitalised, type Token } from './tokens.ts';

/** A stored name long enough to be recognised through a misprint, normalised once. */
export interface MisprintableName {
  known: KnownName;
  normalized: string;
  words: number;
}

/** The store's names, indexed the ways the text is matched against them. */
export interface Lookup {
  byNormalized: Map<string, KnownName[]>;
  /** PERSON actors by the first and last word of each of their names, for "Mr Ahmed" and "Ahmed". */
  bySurname: Map<string, KnownName[]>;
  misprintable: MisprintableName[];
}

export function buildLookup(known: readonly KnownName[]): Lookup {
  const lookup: Lookup = { byNormalized: new Map(), bySurname: new Map(), misprintable: [] };
  const add = (map: Map<string, KnownName[]>, key: string, name: KnownName) => {
    const list = map.get(key) ?? [];
    if (!list.some((n) => n.entity === name.entity && n.id === name.id && n.name === name.name))
      list.push(name);
    map.set(key, list);
  };
  for (const name of known) {
    const normalized = normalizeName(name.name);
    if (!normalized) continue;
    add(lookup.byNormalized, normalized, name);
    if (normalized.length >= 5 && capitalised(name.name))
      lookup.misprintable.push({
        known: name,
        normalized,
        words: (name.name.match(/\s+/g)?.length ?? 0) + 1,
      });
    const parts = name.name.split(/\s+/);
    if (name.kind === 'PERSON' && parts.length > 1 && parts.every((p) => capitalised(p))) {
      add(lookup.bySurname, normalizeName(parts[0] as string), name);
      add(lookup.bySurname, normalizeName(parts.at(-1) as string), name);
    }
  }
  return lookup;
}

/** The printed words fit the alias's capitals: "US" is not "us", "Stone" is not "stone". */
export function fitsCase(printed: readonly Token[], alias: string): boolean {
  const aliasWords = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (aliasWords.length !== printed.length)
    return printed.every((t) => !/^\p{Ll}/u.test(t.text) || t.text === 'the');
  return aliasWords.every((word, i) => {
    const text = (printed[i] as Token).text;
    if (allCaps(word) && word.length <= 4) return text === word;
    return !capitalised(word) || capitalised(text);
  });
}
