import type { ACTOR_KINDS, PLACE_KINDS, STORED_ALIAS_KINDS } from '@claimline/store';
import type { Random } from './random.ts';

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type AliasKind = (typeof STORED_ALIAS_KINDS)[number];
/** A name and the kind of alias it is of its actor or place. */
export type Alias = readonly [name: string, kind: AliasKind];

// Syllables for names; none of them spells a real name by itself.
export const SYLLABLES = [
  'ka',
  'lo',
  'rin',
  'vesh',
  'ta',
  'mor',
  'el',
  'dar',
  'sur',
  'bei',
  'ko',
  'va',
  'ni',
  'zar',
  'tul',
  'mi',
  'ra',
  'gon',
  'ish',
  'pel',
  'ost',
  'var',
  'len',
  'dro',
  'sa',
  'hul',
  'ne',
  'bri',
  'fa',
  'ther',
  'ul',
  'kes',
  'ma',
  'tor',
  'yi',
  'quen',
  'as',
  'bel',
  'cor',
  'tam',
  'ev',
  'ri',
  'lin',
  'sto',
  'ga',
  'mer',
  'pa',
  'del',
];
export const FIRST_NAMES = [
  'Arel',
  'Bena',
  'Corin',
  'Dala',
  'Evar',
  'Fen',
  'Gira',
  'Halo',
  'Ines',
  'Jor',
  'Kesi',
  'Lune',
  'Mado',
  'Neri',
  'Osk',
  'Pria',
  'Quil',
  'Resa',
  'Sol',
  'Tavi',
  'Ulm',
  'Vera',
  'Wen',
  'Yara',
];
const ORGANIZATION_KINDS = ['Institute', 'Ministry', 'Agency', 'Corporation'];
const HONORIFICS = ['Mr', 'Ms', 'Dr'];
const OUTLET_KINDS = ['Courier', 'Herald', 'Observer', 'Post', 'Wire', 'Gazette', 'Ledger'];
export const ROLE_TITLES = ['minister', 'spokesperson', 'ambassador', 'chief of staff', 'director'];

export const ACTOR_KIND_WEIGHTS: readonly (readonly [ActorKind, number])[] = [
  ['PERSON', 70],
  ['ORGANIZATION', 20],
  ['STATE', 5],
  ['GROUP', 5],
];
export const PLACE_KIND_WEIGHTS: readonly (readonly [PlaceKind, number])[] = [
  ['CITY', 50],
  ['PORT', 15],
  ['FACILITY', 15],
  ['REGION', 15],
  ['BODY_OF_WATER', 5],
];

/**
 * Where each kind of name numbers its `uniqueName`s, in multiples of the number of actors, so that
 * no place, capital or outlet shares an actor's name.
 */
export const NAME_SPACES = { actor: 0, place: 3, capital: 7, outlet: 11 } as const;

/** A name unique to `n`: its digits in base `syllables.length`, at least two syllables. */
export function uniqueName(syllables: readonly string[], n: number): string {
  let name = '';
  let rest = n;
  let count = 0;
  do {
    name += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
    count++;
  } while (rest > 0 || count < 2);
  return name[0]?.toUpperCase() + name.slice(1);
}

/** An actor's full name from its unique `base` name, as its kind is usually called. */
export function actorName(random: Random, kind: ActorKind, base: string): string {
  switch (kind) {
    case 'PERSON':
      return `${random.pick(FIRST_NAMES)} ${base}`;
    case 'STATE':
      return `Republic of ${base}`;
    case 'ORGANIZATION':
      return `${base} ${random.pick(ORGANIZATION_KINDS)}`;
    case 'GROUP':
      return `${base} Brigade`;
  }
}

/** The other names a report calls an actor by, as its kind is: no misprint among them yet. */
function kindAliases(
  random: Random,
  id: number,
  kind: ActorKind,
  name: string,
  base: string,
  capital: string,
) {
  const aliases: Alias[] = [];
  if (kind === 'PERSON') {
    const [first, last] = name.split(' ') as [string, string];
    aliases.push([`${first} ${last.slice(0, 2)}-${last.slice(2)}`, 'SPELLING_VARIANT']);
    aliases.push([`${random.pick(HONORIFICS)} ${last}`, 'HONORIFIC']);
  } else if (kind === 'STATE') {
    aliases.push([base, 'SPELLING_VARIANT'], [capital, 'METONYM']);
  } else {
    const initials = name
      .split(' ')
      .map((w) => w[0])
      .join('');
    aliases.push([`${initials}${id}`, 'ABBREVIATION']);
  }
  return aliases;
}

/**
 * Every name of an actor, its canonical name first: a variant or two by its kind (a capital for a
 * state, the metonym reports use) and sometimes a misprint; each name once.
 */
export function actorAliases(
  random: Random,
  actor: { id: number; kind: ActorKind; name: string },
  base: string,
  capital: string,
): Alias[] {
  const aliases: Alias[] = [
    [actor.name, 'CANONICAL'],
    ...kindAliases(random, actor.id, actor.kind, actor.name, base, capital),
  ];
  if (random.chance(0.2)) aliases.push([misprint(actor.name, random), 'MISSPELLING']);
  return distinctNames(aliases);
}

/** The aliases with each name only at its first occurrence. */
function distinctNames(aliases: readonly Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter(([name]) => {
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** A capital I printed for an l, or two letters swapped: the misprints a scan produces. */
export function misprint(name: string, random: Random): string {
  if (name.includes('l')) return name.replace('l', 'I');
  const i = 1 + random.int(name.length - 2);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** A place's name from its unique `base` name, as its kind is usually called. */
export function placeName(kind: PlaceKind, base: string): string {
  if (kind === 'PORT') return `Port of ${base}`;
  if (kind === 'FACILITY') return `${base} Complex`;
  return base;
}

/** Every name of a place: its canonical name, and the bare base name when that differs. */
export function placeAliases(name: string, base: string): Alias[] {
  return name === base
    ? [[name, 'CANONICAL']]
    : [
        [name, 'CANONICAL'],
        [base, 'SPELLING_VARIANT'],
      ];
}

export function outletName(random: Random, base: string): string {
  return `The ${base} ${random.pick(OUTLET_KINDS)}`;
}
