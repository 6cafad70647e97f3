import type { STANCES } from '@claimline/store';

export type Stance = (typeof STANCES)[number];

// Verbs that report what someone said, found or holds, by the stance they give the claim.
const VERB_STANCES: [RegExp, Stance][] = [
  [/^(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?)$/i, 'DENIES'],
  [/^(?:accus(?:e|es|ed)|blam(?:e|es|ed)|alleg(?:e|es|ed))$/i, 'ACCUSES'],
  [/^(?:warn(?:s|ed)?|cautioned)$/i, 'WARNS'],
  [/^(?:describ(?:e|es|ed)|called|characteri[sz]ed)$/i, 'DESCRIBES'],
  [/^(?:believ(?:e|es|ed)|think|thinks|thought)$/i, 'BELIEVES'],
  [/^(?:estimat(?:e|es|ed)|calculat(?:e|es|ed)|counted|reckon(?:s|ed)?)$/i, 'ESTIMATES'],
  [
    /^(?:expect(?:s|ed)?|hop(?:e|es|ed)|predict(?:s|ed)?|forecast(?:s)?|anticipat(?:e|es|ed)|fear(?:s|ed)?)$/i,
    'EXPECTS',
  ],
  [/^(?:pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?)$/i, 'PLEDGES'],
  [
    /^(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|reported|reports|announced|claimed|claims|insist(?:s|ed)?|argu(?:e|es|ed)|disclosed|emphasi[sz]ed|stressed|confirmed|acknowledged|revealed|lamented|suggest(?:s|ed)?|indicat(?:e|es|ed)|wrote|writes|explained|maintain(?:s|ed)|admitted|conceded|concluded|shown|show|shows|showed|found|tallied|observed|testified|tweeted|posted)$/i,
    'ASSERTS',
  ],
];
// Verbs that report only when what reports is a thing, not an actor ("imagery has shown").
export const EVIDENCE_VERBS = /^(?:shown|show|shows|showed)$/i;
export const PARTICIPLE_REPORTS =
  /^(?:adding|noting|saying|stressing|warning|arguing|explaining|insisting|claiming)\b/i;
// "is believed to", "are largely expected to": an unnamed claimant.
export const IMPERSONAL =
  /\b(?:is|are|was|were|been|be)\s+(?:also\s+|already\s+|largely\s+|widely\s+|still\s+|now\s+|generally\s+)?(believed|expected|estimated|thought|said|reported|rumou?red|feared|alleged|understood|suspected)\s+(?:to|that)\b/i;
export const IMPERSONAL_STANCE: Record<string, Stance> = {
  believed: 'BELIEVES',
  thought: 'BELIEVES',
  suspected: 'BELIEVES',
  understood: 'BELIEVES',
  expected: 'EXPECTS',
  feared: 'EXPECTS',
  estimated: 'ESTIMATES',
  alleged: 'ACCUSES',
};
// "there are still doubts that…", "insistence from X that…": attribution by a noun.
export const THERE_ARE =
  /\bthere (?:is|are|were|was) (?:still |also |growing |widespread )?(doubts?|concerns?|fears?|hopes?|speculation|reports?|signs?|expectations?) that\b/i;
export const NOUN_REPORT =
  /\b(insistence|claim|assertion|warning|admission|statement|estimate|denial|accusation|pledge|promise) (?:from|by) /i;
export const NOUN_STANCES: Record<string, Stance> = {
  doubt: 'EXPECTS',
  doubts: 'EXPECTS',
  concern: 'EXPECTS',
  concerns: 'EXPECTS',
  fear: 'EXPECTS',
  fears: 'EXPECTS',
  hope: 'EXPECTS',
  hopes: 'EXPECTS',
  expectation: 'EXPECTS',
  expectations: 'EXPECTS',
  warning: 'WARNS',
  estimate: 'ESTIMATES',
  denial: 'DENIES',
  accusation: 'ACCUSES',
  pledge: 'PLEDGES',
  promise: 'PLEDGES',
};
export const NEGATION = /\b(?:not|never|no longer|n't)\b/i;
// Nouns naming where information came from rather than who: "estimates from Kenya".
export const INFORMATION_NOUNS =
  /^(?:estimates?|tallies|tally|figures|data|reports?|imagery|images|photographs|analysis|analyses|assessments?|intelligence|statistics|records|surveys?|polls?|studies|research)\b/i;
// Nouns for people who speak unnamed: "analysts warn", "officials said".
export const AGENT_NOUNS =
  /\b(?:analysts?|experts?|officials?|observers?|critics?|sources?|diplomats?|researchers?|scientists?|investigators?|witnesses|residents|lawmakers|activists|economists|spokes(?:man|woman|person))$/i;
export const DEMONSTRATIVE = /^(?:this|that|these|those|such)\b/i;
export const SUBORDINATORS =
  /^(?:if|when|whenever|while|whereas|although|though|as|because|since|after|before|unless|once|until)\b/i;
export const PRONOUN = /^(?:he|she|it|they)$/i;

/** The stance a reporting verb gives what it reports ("denied" → DENIES), or null if it reports nothing. */
export function verbStance(verb: string): Stance | null {
  const word = verb.split(/\s+/)[0] as string;
  return VERB_STANCES.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}
