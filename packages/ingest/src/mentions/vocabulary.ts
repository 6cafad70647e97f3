// The words that decide what a capitalised run names.

// The most words a stored name is matched over.
export const MAX_WORDS = 6;
// Inside a name, tokens are joined by spaces, hyphens, apostrophes or the dots of "U.S.".
export const JOINER = /^[ \t\-'’.]{0,3}$/;
// Titles and honorifics that come before a name and are not part of it.
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen',
  'admiral',
  'colonel',
  'col',
  'captain',
  'senator',
  'sen',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chief',
  'director',
  'leader',
  'defense',
  'defence',
  'foreign',
  'interior',
  'finance',
  'state',
  'of',
  'deputy',
  'supreme',
  'commander',
  'judge',
  'justice',
  'lord',
  'lady',
]);
export const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|sir|madam|president|minister|secretary|chancellor|premier|senator|sen|governor|gov|mayor|ambassador|general|gen|leader|chairman|spokesman|spokeswoman)$/i;
// Prepositions after which a place name names the place, not its government ("in Cairo").
export const LOCATIVE =
  /^(?:in|at|near|inside|outside|across|around|toward|towards|via|into|within|throughout)$/i;
// Words that make a capitalised run an organisation.
export const ORGANIZATION_WORDS =
  /\b(?:Institute|Department|Ministry|Agency|Council|Union|Group|Bank|University|Party|Army|Navy|Committee|Commission|Organi[sz]ation|Forces|Court|Office|Corporation|Company|Foundation|Association|Bureau|Service|Guard|Parliament|Assembly|Congress|Senate|Fund|Center|Centre|Times|News|Post|Press|Network|Front|Movement|Brigade|Militia|Initiative|Alliance|Coalition|Federation|Authority|Board|Programme|Program|Trust|Society|League|Consortium|Cartel|Corps|Forum|Institution|Watch)\b/;
export const FACILITY_WORDS =
  /\b(?:Cosmodrome|Port|Airport|Base|Plant|Complex|Facility|Station|Bridge|Dam|Strait|Sea|River|Island|Peninsula|Mountains?|Province|Region|District|Oblast|Valley|Bay)\b/;

// Capitalised words that are not names on their own.
export const DIRECTIONS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|New|Old|Great|Greater|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
