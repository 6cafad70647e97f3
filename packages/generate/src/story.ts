import type {
  ACTOR_KINDS,
  ALIAS_KINDS,
  EVENT_KINDS,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  STANCES,
} from '@claimline/store';
import {
  actorAliases,
  actorRoles,
  actors,
  attributionIntermediaries,
  attributions,
  claimActors,
  claimEvents,
  claims,
  contentHash,
  eventParticipants,
  events,
  type FuzzyTime,
  formatNumber,
  fuzzyTimeValues,
  measures,
  normalizeName,
  placeAliases,
  places,
  quantities,
  sourceFurniture,
  sources,
  syndicationGroups,
  UNKNOWN_TIME,
} from '@claimline/store';
import type { InferInsertModel } from 'drizzle-orm';
import { Random } from './random.ts';

/**
 * A synthetic story of the real shape, deterministic from its seed: actors with aliases (spelling
 * variants, honorifics, metonyms, misprints) and roles, places, measures, events over years with
 * fuzzy times and participants, about five claims per event (named and unnamed claimants, every
 * stance, quantities on measures), each reported by one to three sources whose generated texts
 * contain the claim's words at the attribution's offsets, some sources syndicated copies of
 * another. Rows come out in id order (ids are assigned here), ready for a bulk load.
 */

/** The tables a story fills, in the order a load must write them: parents first. */
export const STORY_TABLES = {
  actors,
  actorAliases,
  actorRoles,
  places,
  placeAliases,
  measures,
  events,
  eventParticipants,
  claims,
  claimEvents,
  claimActors,
  quantities,
  syndicationGroups,
  sources,
  sourceFurniture,
  attributions,
  attributionIntermediaries,
};
export type StoryTable = keyof typeof STORY_TABLES;

export type StoryRow<K extends StoryTable> = InferInsertModel<(typeof STORY_TABLES)[K]>;

/** Where the story's rows go, table by table, parents before children. */
export interface StorySink {
  write<K extends StoryTable>(table: K, row: StoryRow<K>): void;
}

export interface StoryOptions {
  events: number;
  seed: number;
}

/** Events written between two progress reports (and, in the loader, between two commits). */
export const EVENTS_PER_STEP = 2_000;

const FIRST_DAY = Date.UTC(2000, 0, 1) / 86_400_000;
const DAY_MS = 86_400_000;

/** The story's size from its number of events: everything else scales with it. */
export function storyShape(events: number) {
  return {
    events,
    actors: Math.max(30, Math.ceil(events / 20)),
    places: Math.max(10, Math.ceil(events / 100)),
    measures: Math.max(5, Math.ceil(events / 5)),
    outlets: Math.max(8, Math.ceil(events / 5_000)),
    /** Days the events are spread over: two years at least, thirty at most. */
    days: Math.round(365.25 * Math.min(30, Math.max(2, events / 20_000))),
  };
}

// Syllables for names; none of them spells a real name by itself.
const SYLLABLES = [
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
const FIRST_NAMES = [
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
const UNNAMED = [
  'a senior official',
  'analysts',
  'satellite imagery',
  'a government spokesperson',
  'diplomats',
  'local residents',
  'a defence ministry source',
  'intelligence officials',
];
const ITEMS: readonly (readonly [unit: string, item: string, base: number])[] = [
  ['containers', 'munitions', 1_000],
  ['rounds', 'artillery shells', 1_000_000],
  ['tonnes', 'grain', 50_000],
  ['km', 'missile range', 800],
  ['troops', 'ground forces', 10_000],
  ['vehicles', 'armour', 300],
  ['barrels', 'crude oil', 2_000_000],
  ['drones', 'attack drones', 500],
];
const OFFENCES = ['arms smuggling', 'sanctions evasion', 'a border incursion', 'cyber attacks', 'espionage'];
const TOPICS = ['energy', 'trade', 'security', 'grain exports', 'shipping', 'space cooperation'];
const THINGS = ['satellite', 'missile', 'naval patrol', 'production line', 'rocket'];

type EventKind = (typeof EVENT_KINDS)[number];
type Role = (typeof PARTICIPANT_ROLES)[number];
type Stance = (typeof STANCES)[number];

/** Per event kind: the participants' roles and the title, given their names and the item. */
const EVENT_TEMPLATES: Record<
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
const EVENT_KIND_WEIGHTS: readonly (readonly [EventKind, number])[] = [
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
const STANCE_WEIGHTS: readonly (readonly [Stance, number])[] = [
  ['ASSERTS', 44],
  ['DESCRIBES', 10],
  ['BELIEVES', 6],
  ['ESTIMATES', 16],
  ['ACCUSES', 5],
  ['DENIES', 4],
  ['EXPECTS', 8],
  ['WARNS', 4],
  ['PLEDGES', 3],
];
/** How a source prints a claim of each stance: the reporting verbs, and the words before the clause. */
const STANCE_WORDS: Record<Stance, { verbs: string[]; hedge: string | null }> = {
  ASSERTS: { verbs: ['said', 'told reporters', 'stated', 'confirmed'], hedge: null },
  DESCRIBES: { verbs: ['described how', 'recounted how'], hedge: null },
  BELIEVES: { verbs: ['believes', 'is believed to think'], hedge: 'believed' },
  ESTIMATES: { verbs: ['estimated', 'put the figure at'], hedge: 'estimated' },
  ACCUSES: { verbs: ['alleged', 'charged'], hedge: null },
  DENIES: { verbs: ['denied that', 'dismissed reports that'], hedge: null },
  EXPECTS: { verbs: ['expects that', 'predicted that'], hedge: 'could' },
  WARNS: { verbs: ['warned that'], hedge: null },
  PLEDGES: { verbs: ['pledged that', 'promised that'], hedge: null },
};
type TimeForm = 'day' | 'approximate' | 'month' | 'interval' | 'unknown';
const EVENT_TIME_FORMS: readonly (readonly [TimeForm, number])[] = [
  ['day', 70],
  ['approximate', 6],
  ['month', 14],
  ['interval', 7],
  ['unknown', 3],
];
const STATED_TIME_FORMS: readonly (readonly [TimeForm, number])[] = [
  ['day', 85],
  ['month', 10],
  ['unknown', 5],
];
const ATTRIBUTIONS_PER_CLAIM: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 35],
  [3, 20],
];
const OPEN_SOURCES = 8;
const SENTENCES_PER_SOURCE = 24;

/** A fuzzy time of one of the forms the story uses, built without parsing (the parser is slow at this scale). */
export const storyTimes = {
  day(day: string, approximate = false): FuzzyTime {
    const edtf = approximate ? `${day}~` : day;
    return { ...UNKNOWN_TIME, edtf, earliest: day, latest: day, precision: 'DAY', approximate };
  },
  month(day: string): FuzzyTime {
    const [year, month] = day.split('-').map(Number) as [number, number];
    const latest = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const edtf = day.slice(0, 7);
    return { ...UNKNOWN_TIME, edtf, earliest: `${edtf}-01`, latest, precision: 'MONTH' };
  },
  interval(from: string, to: string): FuzzyTime {
    return { ...UNKNOWN_TIME, edtf: `${from}/${to}`, earliest: from, latest: to, precision: 'INTERVAL' };
  },
};

interface Actor {
  id: number;
  name: string;
  kind: (typeof ACTOR_KINDS)[number];
}

interface Measure {
  id: number;
  name: string;
  unit: string;
  item: string;
  base: number;
  cumulative: boolean;
}

interface PendingAttribution {
  claimId: number;
  sentence: string;
  verb: string;
  via: number | null;
}

interface OpenSource {
  outlet: number;
  latestStated: number;
  attributions: PendingAttribution[];
}

/**
 * Writes the story to `sink`. A generator: it yields the number of events written so far after
 * every EVENTS_PER_STEP events, so the caller can report progress and commit; the last sources
 * are written when it is resumed after the last step.
 */
export function* writeStory(options: StoryOptions, sink: StorySink): Generator<number, void> {
  const story = new StoryWriter(options, sink);
  story.writeCast();
  for (let done = 0; done < options.events; ) {
    const until = Math.min(options.events, done + EVENTS_PER_STEP);
    for (; done < until; done++) story.writeEvent(done);
    yield done;
  }
  story.flushSources();
}

class StoryWriter {
  private readonly random: Random;
  private readonly shape: ReturnType<typeof storyShape>;
  private readonly syllables: string[];
  private readonly recordedAt: string;
  private readonly days = new Map<number, string>();
  private readonly times = new Map<string, object>();
  private actors: Actor[] = [];
  private agencies: Actor[] = [];
  private states: Actor[] = [];
  private places: string[] = [];
  private measures: Measure[] = [];
  private outlets: string[] = [];
  private open: OpenSource[] = [];
  /** The next id of each table whose ids are not an actor's, place's, measure's or event's number. */
  private readonly next = {
    alias: 1,
    placeAlias: 1,
    role: 1,
    participant: 1,
    claim: 1,
    quantity: 1,
    source: 1,
    furniture: 1,
    attribution: 1,
    group: 1,
  };

  constructor(
    options: StoryOptions,
    private readonly sink: StorySink,
  ) {
    this.random = new Random(options.seed);
    this.shape = storyShape(options.events);
    this.syllables = this.random.shuffled(SYLLABLES);
    this.recordedAt = new Date((FIRST_DAY + this.shape.days + 90) * DAY_MS).toISOString();
  }

  /** The ISO day `n` days after the story's first day. */
  private day(n: number): string {
    let day = this.days.get(n);
    if (day === undefined) {
      day = new Date((FIRST_DAY + n) * DAY_MS).toISOString().slice(0, 10);
      this.days.set(n, day);
    }
    return day;
  }

  /**
   * The columns of a fuzzy time of the given form on story day `day` (an interval starts there),
   * built once per form and day: the same few thousand days recur millions of times.
   */
  private time<P extends 'time' | 'stated'>(prefix: P, form: TimeForm, day: number) {
    if (form === 'interval') {
      return fuzzyTimeValues(
        prefix,
        storyTimes.interval(this.day(day), this.day(day + this.random.between(1, 20))),
      );
    }
    const key = `${prefix} ${form} ${day}`;
    let values = this.times.get(key) as ReturnType<typeof fuzzyTimeValues<P>> | undefined;
    if (!values) {
      const iso = this.day(day);
      values = fuzzyTimeValues(
        prefix,
        form === 'unknown'
          ? UNKNOWN_TIME
          : form === 'month'
            ? storyTimes.month(iso)
            : storyTimes.day(iso, form === 'approximate'),
      );
      this.times.set(key, values);
    }
    return values;
  }

  /** The story day a month ends on, for the month holding story day `day`. */
  private monthEnd(day: number): number {
    return Date.parse(storyTimes.month(this.day(day)).latest as string) / DAY_MS - FIRST_DAY;
  }

  /** A name unique to `n`: its digits in base SYLLABLES, at least two syllables. */
  private uniqueName(n: number): string {
    let name = '';
    let rest = n;
    let count = 0;
    do {
      name += this.syllables[rest % this.syllables.length];
      rest = Math.floor(rest / this.syllables.length);
      count++;
    } while (rest > 0 || count < 2);
    return name[0]?.toUpperCase() + name.slice(1);
  }

  /** An index in [0, n) favouring small ones: a few actors and places are in most of the news. */
  private skewed(n: number): number {
    const r = this.random.next();
    return Math.floor(n * r * r);
  }

  writeCast(): void {
    const { random, shape, sink } = this;
    for (let id = 1; id <= shape.actors; id++) {
      const kind = id <= 3 ? 'STATE' : random.weighted(ACTOR_KIND_WEIGHTS);
      const base = this.uniqueName(id);
      const capital = this.uniqueName(id + 7 * shape.actors);
      const name =
        kind === 'PERSON'
          ? `${random.pick(FIRST_NAMES)} ${base}`
          : kind === 'STATE'
            ? `Republic of ${base}`
            : kind === 'ORGANIZATION'
              ? `${base} ${random.pick(['Institute', 'Ministry', 'Agency', 'Corporation'])}`
              : `${base} Brigade`;
      const actor: Actor = { id, name, kind };
      this.actors.push(actor);
      if (kind === 'STATE') this.states.push(actor);
      if (kind === 'ORGANIZATION' && this.agencies.length < 5) this.agencies.push(actor);
      sink.write('actors', {
        id,
        key: `actor-${id}`,
        name,
        kind,
        description: random.chance(0.3) ? `A ${kind.toLowerCase()} in the generated story` : null,
        recordedAt: this.recordedAt,
      });
      const aliases: [string, (typeof ALIAS_KINDS)[number] | 'CANONICAL'][] = [[name, 'CANONICAL']];
      if (kind === 'PERSON') {
        const [first, last] = name.split(' ') as [string, string];
        aliases.push([`${first} ${last.slice(0, 2)}-${last.slice(2)}`, 'SPELLING_VARIANT']);
        aliases.push([`${random.pick(['Mr', 'Ms', 'Dr'])} ${last}`, 'HONORIFIC']);
      } else if (kind === 'STATE') {
        aliases.push([base, 'SPELLING_VARIANT'], [capital, 'METONYM']);
      } else {
        const initials = name
          .split(' ')
          .map((w) => w[0])
          .join('');
        aliases.push([`${initials}${id}`, 'ABBREVIATION']);
      }
      if (random.chance(0.2)) aliases.push([misprint(name, random), 'MISSPELLING']);
      const seen = new Set<string>();
      for (const [alias, aliasKind] of aliases) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        sink.write('actorAliases', {
          id: this.next.alias++,
          actorId: id,
          name: alias,
          normalized: normalizeName(alias),
          kind: aliasKind,
        });
      }
    }
    for (const actor of this.actors) {
      if (actor.kind !== 'PERSON' || !random.chance(0.3)) continue;
      const from = random.int(shape.days);
      sink.write('actorRoles', {
        id: this.next.role++,
        actorId: actor.id,
        title: random.pick(['minister', 'spokesperson', 'ambassador', 'chief of staff', 'director']),
        organizationId: this.agencies.length ? random.pick(this.agencies).id : null,
        ...fuzzyTimeValues(
          'time',
          storyTimes.interval(this.day(from), this.day(from + random.between(200, 2000))),
        ),
      });
    }

    for (let id = 1; id <= shape.places; id++) {
      const kind = random.weighted(PLACE_KIND_WEIGHTS);
      const base = this.uniqueName(id + 3 * shape.actors);
      const name = kind === 'PORT' ? `Port of ${base}` : kind === 'FACILITY' ? `${base} Complex` : base;
      this.places.push(name);
      sink.write('places', {
        id,
        key: `place-${id}`,
        name,
        kind,
        latitude: Math.round((random.next() * 140 - 70) * 1e4) / 1e4,
        longitude: Math.round((random.next() * 340 - 170) * 1e4) / 1e4,
        countryId: random.pick(this.states).id,
        recordedAt: this.recordedAt,
      });
      sink.write('placeAliases', {
        id: this.next.placeAlias++,
        placeId: id,
        name,
        normalized: normalizeName(name),
        kind: 'CANONICAL',
      });
      if (name !== base) {
        sink.write('placeAliases', {
          id: this.next.placeAlias++,
          placeId: id,
          name: base,
          normalized: normalizeName(base),
          kind: 'SPELLING_VARIANT',
        });
      }
    }

    for (let id = 1; id <= shape.measures; id++) {
      const [unit, item, base] = random.pick(ITEMS);
      const from = random.pick(this.states).name;
      const to = random.pick(this.states).name;
      const cumulative = unit !== 'km' && random.chance(0.4);
      const name = `${item}, ${from} to ${to} (series ${id})`;
      this.measures.push({ id, name, unit, item, base: base * (0.5 + random.next()), cumulative });
      sink.write('measures', {
        id,
        key: `measure-${id}`,
        name,
        unit,
        item,
        cumulative,
        description: cumulative ? 'A running total' : null,
      });
    }

    for (let i = 0; i < shape.outlets; i++) {
      this.outlets.push(`The ${this.uniqueName(i + 11 * shape.actors)} ${random.pick(OUTLET_KINDS)}`);
    }
    for (let i = 0; i < OPEN_SOURCES; i++) this.open.push(this.openSource());
  }

  private openSource(): OpenSource {
    return { outlet: this.random.int(this.outlets.length), latestStated: 0, attributions: [] };
  }

  writeEvent(index: number): void {
    const { random, shape, sink } = this;
    const id = index + 1;
    const kind = random.weighted(EVENT_KIND_WEIGHTS);
    const template = EVENT_TEMPLATES[kind];
    const participants: Actor[] = [];
    while (participants.length < template.roles.length) {
      const actor = this.actors[this.skewed(this.actors.length)] as Actor;
      if (!participants.includes(actor)) participants.push(actor);
    }
    const [first, second] = participants as [Actor, Actor | undefined];
    const topic =
      kind === 'TRANSFER' || kind === 'GIFT' ? random.pick(ITEMS)[1] : random.pick(TOPIC_WORDS[kind]);
    const placeIndex = random.chance(0.7) ? this.skewed(this.places.length) : -1;
    const place = this.places[placeIndex];
    const title = `${template.title(first.name, second?.name ?? '', topic)}${place ? ` in ${place}` : ''}`;
    // Events run in time order, a little jittered, so sources gather the claims of nearby days.
    const day = Math.min(
      shape.days,
      Math.floor((index * shape.days) / Math.max(1, shape.events)) + random.int(3),
    );
    const time = random.weighted(EVENT_TIME_FORMS);
    sink.write('events', {
      id,
      key: `event-${id}`,
      kind,
      title,
      summary: random.chance(0.5) ? `${title}, reports say.` : null,
      ...this.time('time', time, day),
      placeId: place ? placeIndex + 1 : null,
      recordedAt: this.recordedAt,
    });
    participants.forEach((actor, i) => {
      sink.write('eventParticipants', {
        id: this.next.participant++,
        eventId: id,
        actorId: actor.id,
        role: template.roles[i] as Role,
      });
    });

    const claims = random.between(3, 7);
    for (let c = 0; c < claims; c++) this.writeClaim(id, index, day, title, participants);
  }

  private writeClaim(
    eventId: number,
    index: number,
    day: number,
    title: string,
    participants: Actor[],
  ): void {
    const { random, sink } = this;
    const id = this.next.claim++;
    const stance = random.weighted(STANCE_WEIGHTS);
    const named = random.chance(0.85);
    const claimant = named
      ? random.chance(0.6)
        ? random.pick(participants)
        : (this.actors[this.skewed(this.actors.length)] as Actor)
      : null;
    const description = claimant ? null : random.pick(UNNAMED);
    const statedDay = stance === 'EXPECTS' ? Math.max(0, day - random.between(1, 10)) : day + random.int(6);
    const stated = random.weighted(STATED_TIME_FORMS);
    const words = STANCE_WORDS[stance];
    const measure =
      stance === 'ESTIMATES' || (stance === 'ASSERTS' && random.chance(0.1))
        ? (this.measures[
            Math.min(
              this.measures.length - 1,
              Math.floor((index * this.measures.length) / this.shape.events) + random.int(2),
            )
          ] as Measure)
        : null;
    const quantity = measure ? this.quantity(measure, index) : null;
    const proposition = quantity ? `${measure?.name}: ${quantity.phrase}` : title;
    sink.write('claims', {
      id,
      key: `claim-${id}`,
      claimantId: claimant?.id ?? null,
      claimantDescription: description,
      stance,
      hedge: words.hedge && random.chance(0.6) ? words.hedge : null,
      ...this.time('stated', stated, statedDay),
      proposition,
      recordedAt: this.recordedAt,
    });
    sink.write('claimEvents', { claimId: id, eventId });
    sink.write('claimActors', { claimId: id, actorId: (participants[0] as Actor).id });
    if (quantity && measure) {
      sink.write('quantities', { id: this.next.quantity++, claimId: id, measureId: measure.id, ...quantity });
    }

    const who = claimant?.name ?? capitalize(description as string);
    const reporting = random.weighted(ATTRIBUTIONS_PER_CLAIM);
    const chosen = new Set<number>();
    while (chosen.size < reporting) chosen.add(random.int(this.open.length));
    for (const slot of chosen) {
      const verb = random.pick(words.verbs);
      const clause = quantity ? `${quantity.phrase} (${measure?.item})` : title;
      const source = this.open[slot] as OpenSource;
      source.attributions.push({
        claimId: id,
        sentence: `${who} ${verb} ${clause}.`,
        verb,
        via: random.chance(0.08) && this.agencies.length ? random.pick(this.agencies).id : null,
      });
      source.latestStated = Math.max(
        source.latestStated,
        stated === 'month' ? this.monthEnd(statedDay) : statedDay,
      );
      if (source.attributions.length >= SENTENCES_PER_SOURCE) {
        this.writeSource(source);
        this.open[slot] = this.openSource();
      }
    }
  }

  /** A figure for an estimate of `measure`: around its base, growing along a running total. */
  private quantity(measure: Measure, index: number) {
    const { random } = this;
    const growth = measure.cumulative ? 1 + (index / this.shape.events) * 4 : 1;
    const figure = roundFigure(measure.base * growth * (0.7 + random.next() * 0.6));
    const form = random.weighted([
      ['exact', 35],
      ['about', 35],
      ['more than', 15],
      ['between', 10],
      ['could hold', 5],
    ] as const);
    const base = {
      unit: measure.unit,
      item: measure.item,
      value: null,
      low: null,
      high: null,
      approximate: false,
    };
    switch (form) {
      case 'exact':
        return {
          ...base,
          value: figure,
          modality: 'ACTUAL' as const,
          phrase: `${formatNumber(figure)} ${measure.unit}`,
        };
      case 'about':
        return {
          ...base,
          value: figure,
          approximate: true,
          modality: 'ACTUAL' as const,
          phrase: `about ${formatNumber(figure)} ${measure.unit}`,
        };
      case 'more than':
        return {
          ...base,
          low: figure,
          modality: 'ACTUAL' as const,
          phrase: `more than ${formatNumber(figure)} ${measure.unit}`,
        };
      case 'between': {
        const high = roundFigure(figure * 1.3);
        return {
          ...base,
          low: figure,
          high,
          modality: 'ACTUAL' as const,
          phrase: `between ${formatNumber(figure)} and ${formatNumber(high)} ${measure.unit}`,
        };
      }
      case 'could hold':
        return {
          ...base,
          high: figure * 2,
          modality: 'CAPACITY' as const,
          phrase: `${measure.unit} that could hold ${formatNumber(figure * 2)}`,
        };
    }
  }

  /** Writes an open source with its text and attributions, and sometimes a syndicated copy of it. */
  private writeSource(open: OpenSource): void {
    const { random, sink } = this;
    if (!open.attributions.length) return;
    const published = this.day(open.latestStated + random.int(3));
    const headline = open.attributions[0]?.sentence.slice(0, -1) ?? '';
    const outlets = [open.outlet];
    if (random.chance(0.1))
      outlets.push((open.outlet + 1 + random.int(this.outlets.length - 1)) % this.outlets.length);
    const group = outlets.length > 1 ? this.next.group++ : null;
    if (group)
      sink.write('syndicationGroups', { id: group, key: `group-${group}`, name: `Wire story: ${headline}` });

    for (const outlet of outlets) {
      const id = this.next.source++;
      const publisher = this.outlets[outlet] as string;
      const header = `${headline}\n${publisher} · ${published}\n\n`;
      let text = header;
      const spans: { start: number; end: number }[] = [];
      open.attributions.forEach((a, i) => {
        text += i % 4 === 0 && i > 0 ? '\n\n' : i > 0 ? ' ' : '';
        spans.push({ start: text.length, end: text.length + a.sentence.length });
        text += a.sentence;
      });
      const more = `\n\nRead More: ${random.pick(this.outlets)} on ${random.pick(TOPICS)}`;
      const furniture = { start: text.length + 2, end: text.length + more.length };
      text += `${more}\n`;
      sink.write('sources', {
        id,
        key: `source-${id}`,
        title: headline,
        publisher,
        byline: random.chance(0.7)
          ? `By ${random.pick(FIRST_NAMES)} ${this.uniqueName(random.int(5_000))}`
          : null,
        dateline: null,
        ...fuzzyTimeValues('published', storyTimes.day(published)),
        url: `https://news.example/${outlet}/${id}`,
        kind: group ? 'WIRE_COPY' : random.weighted(SOURCE_KIND_WEIGHTS),
        text,
        contentHash: contentHash(text),
        syndicationGroupId: group,
        recordedAt: this.recordedAt,
      });
      sink.write('sourceFurniture', {
        id: this.next.furniture++,
        sourceId: id,
        kind: 'READ_MORE',
        ...furniture,
      });
      open.attributions.forEach((a, i) => {
        const span = spans[i] as { start: number; end: number };
        const attributionId = this.next.attribution++;
        sink.write('attributions', {
          id: attributionId,
          claimId: a.claimId,
          sourceId: id,
          excerpt: a.sentence,
          ...span,
          reportingVerb: a.verb,
          recordedAt: this.recordedAt,
        });
        if (a.via) sink.write('attributionIntermediaries', { attributionId, position: 0, actorId: a.via });
      });
    }
  }

  /** Writes the sources still open at the end. */
  flushSources(): void {
    for (const open of this.open) this.writeSource(open);
    this.open = [];
  }
}

const ACTOR_KIND_WEIGHTS: readonly (readonly [(typeof ACTOR_KINDS)[number], number])[] = [
  ['PERSON', 70],
  ['ORGANIZATION', 20],
  ['STATE', 5],
  ['GROUP', 5],
];
const PLACE_KIND_WEIGHTS: readonly (readonly [(typeof PLACE_KINDS)[number], number])[] = [
  ['CITY', 50],
  ['PORT', 15],
  ['FACILITY', 15],
  ['REGION', 15],
  ['BODY_OF_WATER', 5],
];
const SOURCE_KIND_WEIGHTS = [
  ['REPORT', 80],
  ['ANALYSIS', 10],
  ['EDITORIAL', 5],
  ['AGGREGATOR', 5],
] as const;
const OUTLET_KINDS = ['Courier', 'Herald', 'Observer', 'Post', 'Wire', 'Gazette', 'Ledger'];
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

const capitalize = (s: string) => (s[0]?.toUpperCase() ?? '') + s.slice(1);

/** Round figures, as reports print them: two significant digits. */
function roundFigure(x: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.max(1, Math.round(x / magnitude) * magnitude);
}

/** A capital I printed for an l, or two letters swapped: the misprints a scan produces. */
function misprint(name: string, random: Random): string {
  if (name.includes('l')) return name.replace('l', 'I');
  const i = 1 + random.int(name.length - 2);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}
