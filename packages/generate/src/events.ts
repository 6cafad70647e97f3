import type { EVENT_KINDS, PARTICIPANT_ROLES } from '@claimline/store';
import { ITEMS } from './quantities.ts';
import type { Random } from './random.ts';
import { EVENT_TIME_FORMS, type TimeForm } from './times.ts';

export type EventKind = (typeof EVENT_KINDS)[number];
export type Role = (typeof PARTICIPANT_ROLES)[number];

export const TOPICS = ['energy', 'trade', 'security', 'grain exports', 'shipping', 'space cooperation'];
const OFFENCES = ['arms smuggling', 'sanctions evasion', 'a border incursion', 'cyber attacks', 'espionage'];
const THINGS = ['satellite', 'missile', 'naval patrol', 'production line', 'rocket'];

/** Per event kind: the participants' roles and the title, given their names and the topic. */
export const EVENT_TEMPLATES: Record<
  EventKind,
  { roles: Role[]; title: (a: string, b: string, x: string) => string }
> = {
  MEETING: { roles: ['HOST', 'GUEST'], title: (a, b) => `${a} meets ${b}` },
  TRANSFER: { roles: ['SENDER', 'RECIPIENT'], title: (a, b, x) => `${a} sends ${x} to ${b}` },
  STATEMENT: { roles: ['SPEAKER'], title: (a, _b, x) => `${a} speaks on ${x}` },
  ACCUSATION: { roles: ['ACCUSER', 'ACCUSED'], title: (a, b, x) => `${a} accuses ${b} of ${x}` },
  DENIAL: { roles: ['SPEAKER'], title: (a, _b, x) => `${a} rejects reports of ${x}` },
  LAUNCH: { roles: ['PARTICIPANT'], title: (a, _b, x) => `${a} launches a ${x}` },
  GIFT: { roles: ['SENDER', 'RECIPIENT'], title: (a, b, x) => `${a} gives ${b} a ${x}` },
  PLEDGE: { roles: ['SPEAKER', 'RECIPIENT'], title: (a, b, x) => `${a} pledges ${x} to ${b}` },
  AGREEMENT: {
    roles: ['PARTICIPANT', 'PARTICIPANT'],
    title: (a, b, x) => `${a} and ${b} sign a deal on ${x}`,
  },
  VISIT: { roles: ['GUEST', 'HOST'], title: (a, b) => `${a} visits ${b}` },
  ATTACK: { roles: ['PARTICIPANT', 'TARGET'], title: (a, b) => `${a} strikes ${b}` },
  PRODUCTION: { roles: ['PARTICIPANT'], title: (a, _b, x) => `${a} expands ${x} output` },
  SANCTION: { roles: ['SENDER', 'TARGET'], title: (a, b, x) => `${a} sanctions ${b} over ${x}` },
  OTHER: { roles: ['PARTICIPANT'], title: (a, _b, x) => `${a} in the news over ${x}` },
};
export const EVENT_KIND_WEIGHTS: readonly (readonly [EventKind, number])[] = [
  ['MEETING', 14],
  ['TRANSFER', 16],
  ['STATEMENT', 12],
  ['ACCUSATION', 8],
  ['DENIAL', 4],
  ['LAUNCH', 5],
  ['GIFT', 3],
  ['PLEDGE', 5],
  ['AGREEMENT', 6],
  ['VISIT', 8],
  ['ATTACK', 6],
  ['PRODUCTION', 5],
  ['SANCTION', 5],
  ['OTHER', 3],
];
/** What an event of each kind is about, when it is not an item sent or given. */
const TOPIC_WORDS: Record<EventKind, readonly string[]> = {
  MEETING: TOPICS,
  TRANSFER: TOPICS,
  STATEMENT: TOPICS,
  ACCUSATION: OFFENCES,
  DENIAL: OFFENCES,
  LAUNCH: THINGS,
  GIFT: THINGS,
  PLEDGE: TOPICS,
  AGREEMENT: TOPICS,
  VISIT: TOPICS,
  ATTACK: THINGS,
  PRODUCTION: THINGS,
  SANCTION: OFFENCES,
  OTHER: TOPICS,
};

/** One event of the story before it has an id: who took part in which role, where, when, as titled. */
export interface DrawnEvent<A> {
  kind: EventKind;
  roles: readonly Role[];
  /** One per role, distinct. */
  participants: A[];
  /** An index into the places, or -1 for an event reported without a place. */
  place: number;
  title: string;
  /** The story day it happened on (or began, or falls in the month of). */
  day: number;
  time: TimeForm;
}

/** The story's cast as an event draws on it. */
export interface EventCast<A> {
  actors: readonly A[];
  places: readonly string[];
}

/**
 * Event `index` of `events` spread over `days`: a weighted kind, participants and a place
 * favouring the few that are in most of the news, a day in the event's turn.
 */
export function drawEvent<A extends { name: string }>(
  random: Random,
  cast: EventCast<A>,
  index: number,
  span: { events: number; days: number },
): DrawnEvent<A> {
  const kind = random.weighted(EVENT_KIND_WEIGHTS);
  const { roles, title } = EVENT_TEMPLATES[kind];
  const participants = drawParticipants(random, cast.actors, roles.length);
  const topic = drawTopic(random, kind);
  const place = random.chance(0.7) ? random.skewed(cast.places.length) : -1;
  const [first, second] = participants as [A, A | undefined];
  const where = place >= 0 ? ` in ${cast.places[place]}` : '';
  return {
    kind,
    roles,
    participants,
    place,
    title: `${title(first.name, second?.name ?? '', topic)}${where}`,
    day: eventDay(random, index, span),
    time: random.weighted(EVENT_TIME_FORMS),
  };
}

/** `count` distinct actors, favouring the first. */
export function drawParticipants<A>(random: Random, actors: readonly A[], count: number): A[] {
  const participants: A[] = [];
  while (participants.length < count) {
    const actor = actors[random.skewed(actors.length)] as A;
    if (!participants.includes(actor)) participants.push(actor);
  }
  return participants;
}

/** What an event of `kind` is about: an item for a transfer or gift, else a word for its kind. */
export function drawTopic(random: Random, kind: EventKind): string {
  return kind === 'TRANSFER' || kind === 'GIFT' ? random.pick(ITEMS)[1] : random.pick(TOPIC_WORDS[kind]);
}

/**
 * The story day of event `index`: events run in time order, a little jittered, so sources gather
 * the claims of nearby days.
 */
export function eventDay(random: Random, index: number, span: { events: number; days: number }): number {
  const { events, days } = span;
  return Math.min(days, Math.floor((index * days) / Math.max(1, events)) + random.int(3));
}
