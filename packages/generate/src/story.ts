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
  measures,
  normalizeName,
  placeAliases,
  places,
  quantities,
  sourceFurniture,
  sources,
  syndicationGroups,
} from '@claimline/store';
import type { InferInsertModel } from 'drizzle-orm';
import {
  claimantLabel,
  type DrawnClaim,
  drawClaim,
  drawReport,
  drawReportingSlots,
  type Report,
  reportedClause,
} from './claims.ts';
import { type DrawnEvent, drawEvent, type Role } from './events.ts';
import {
  ACTOR_KIND_WEIGHTS,
  type ActorKind,
  type Alias,
  actorName,
  actorAliases as aliasesOfActor,
  placeAliases as aliasesOfPlace,
  NAME_SPACES,
  outletName,
  PLACE_KIND_WEIGHTS,
  placeName,
  ROLE_TITLES,
  SYLLABLES,
  uniqueName,
} from './names.ts';
import { drawMeasure, type Measure } from './quantities.ts';
import { Random } from './random.ts';
import {
  drawCopy,
  drawOutlets,
  drawPublishedDay,
  OPEN_SOURCES,
  type OpenSource,
  openSource,
  SENTENCES_PER_SOURCE,
} from './sources.ts';
import { headlineOf, type Span } from './texts.ts';
import { recordedAt, StoryCalendar } from './times.ts';

/**
 * A synthetic story of the real shape, deterministic from its seed: actors with aliases (spelling
 * variants, honorifics, metonyms, misprints) and roles, places, measures, events over years with
 * fuzzy times and participants, about five claims per event (named and unnamed claimants, every
 * stance, quantities on measures), each reported by one to three sources whose generated texts
 * contain the claim's words at the attribution's offsets, some sources syndicated copies of
 * another. Rows come out in id order (ids are assigned here), ready for a bulk load. The pieces
 * are drawn by the modules beside this one; this one gives them ids and writes their rows.
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

interface Actor {
  id: number;
  name: string;
  kind: ActorKind;
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

/** The columns of an alias row after its ids. */
const aliasColumns = ([name, kind]: Alias) => ({ name, normalized: normalizeName(name), kind });

/**
 * The story's state as it is written: one sequence of draws from the seed, so every piece is
 * drawn in the order the rows come out.
 */
class StoryWriter {
  private readonly random: Random;
  private readonly shape: ReturnType<typeof storyShape>;
  private readonly syllables: string[];
  private readonly recordedAt: string;
  private readonly calendar: StoryCalendar;
  private readonly actors: Actor[] = [];
  private readonly agencies: Actor[] = [];
  private readonly states: Actor[] = [];
  private readonly places: string[] = [];
  private readonly measures: Measure[] = [];
  private readonly outlets: string[] = [];
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
    this.recordedAt = recordedAt(this.shape.days);
    this.calendar = new StoryCalendar(this.random);
  }

  /** The unique name numbered `n` among the names of its kind. */
  private name(space: keyof typeof NAME_SPACES, n: number): string {
    return uniqueName(this.syllables, n + NAME_SPACES[space] * this.shape.actors);
  }

  /** Writes the actors, places and measures the events draw on, and opens the first sources. */
  writeCast(): void {
    this.writeActors();
    this.writeRoles();
    this.writePlaces();
    this.writeMeasures();
    for (let i = 0; i < this.shape.outlets; i++)
      this.outlets.push(outletName(this.random, this.name('outlet', i)));
    for (let i = 0; i < OPEN_SOURCES; i++) this.open.push(openSource(this.random, this.outlets.length));
  }

  /** The actors and their aliases: the first three are states, so every story has some. */
  private writeActors(): void {
    const { random, sink } = this;
    for (let id = 1; id <= this.shape.actors; id++) {
      const kind = id <= 3 ? 'STATE' : random.weighted(ACTOR_KIND_WEIGHTS);
      const base = this.name('actor', id);
      const actor: Actor = { id, name: actorName(random, kind, base), kind };
      this.actors.push(actor);
      if (kind === 'STATE') this.states.push(actor);
      if (kind === 'ORGANIZATION' && this.agencies.length < 5) this.agencies.push(actor);
      sink.write('actors', {
        id,
        key: `actor-${id}`,
        name: actor.name,
        kind,
        description: random.chance(0.3) ? `A ${kind.toLowerCase()} in the generated story` : null,
        recordedAt: this.recordedAt,
      });
      for (const alias of aliasesOfActor(random, actor, base, this.name('capital', id))) {
        sink.write('actorAliases', { id: this.next.alias++, actorId: id, ...aliasColumns(alias) });
      }
    }
  }

  /** Roles some people held for a while, mostly in one of the agencies. */
  private writeRoles(): void {
    const { random } = this;
    for (const actor of this.actors) {
      if (actor.kind !== 'PERSON' || !random.chance(0.3)) continue;
      const from = random.int(this.shape.days);
      this.sink.write('actorRoles', {
        id: this.next.role++,
        actorId: actor.id,
        title: random.pick(ROLE_TITLES),
        organizationId: this.agencies.length ? random.pick(this.agencies).id : null,
        ...this.calendar.interval('time', from, from + random.between(200, 2000)),
      });
    }
  }

  private writePlaces(): void {
    const { random, sink } = this;
    for (let id = 1; id <= this.shape.places; id++) {
      const kind = random.weighted(PLACE_KIND_WEIGHTS);
      const base = this.name('place', id);
      const name = placeName(kind, base);
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
      for (const alias of aliasesOfPlace(name, base)) {
        sink.write('placeAliases', { id: this.next.placeAlias++, placeId: id, ...aliasColumns(alias) });
      }
    }
  }

  private writeMeasures(): void {
    const stateNames = this.states.map((state) => state.name);
    for (let id = 1; id <= this.shape.measures; id++) {
      const measure = drawMeasure(this.random, id, stateNames);
      this.measures.push(measure);
      const { name, unit, item, cumulative } = measure;
      this.sink.write('measures', {
        id,
        key: `measure-${id}`,
        name,
        unit,
        item,
        cumulative,
        description: cumulative ? 'A running total' : null,
      });
    }
  }

  /** Writes event `index` (id `index + 1`), its participants and its three to seven claims. */
  writeEvent(index: number): void {
    const { random, sink } = this;
    const id = index + 1;
    const event = drawEvent(random, { actors: this.actors, places: this.places }, index, this.shape);
    sink.write('events', {
      id,
      key: `event-${id}`,
      kind: event.kind,
      title: event.title,
      summary: random.chance(0.5) ? `${event.title}, reports say.` : null,
      ...this.calendar.time('time', event.time, event.day),
      placeId: event.place >= 0 ? event.place + 1 : null,
      recordedAt: this.recordedAt,
    });
    event.participants.forEach((actor, i) => {
      sink.write('eventParticipants', {
        id: this.next.participant++,
        eventId: id,
        actorId: actor.id,
        role: event.roles[i] as Role,
      });
    });
    const claims = random.between(3, 7);
    for (let c = 0; c < claims; c++) this.writeClaim(id, index, event);
  }

  /** Writes a claim about the event, its quantity if it states a figure, and hands it to its sources. */
  private writeClaim(eventId: number, index: number, event: DrawnEvent<Actor>): void {
    const { sink } = this;
    const id = this.next.claim++;
    const cast = { actors: this.actors, measures: this.measures };
    const claim = drawClaim(this.random, cast, { ...event, index, events: this.shape.events });
    sink.write('claims', {
      id,
      key: `claim-${id}`,
      claimantId: claim.claimant?.id ?? null,
      claimantDescription: claim.description,
      stance: claim.stance,
      hedge: claim.hedge,
      ...this.calendar.time('stated', claim.stated, claim.statedDay),
      proposition: claim.proposition,
      recordedAt: this.recordedAt,
    });
    sink.write('claimEvents', { claimId: id, eventId });
    sink.write('claimActors', { claimId: id, actorId: (event.participants[0] as Actor).id });
    if (claim.estimate && claim.measure) {
      const measureId = claim.measure.id;
      sink.write('quantities', { id: this.next.quantity++, claimId: id, measureId, ...claim.estimate });
    }
    this.report(id, claim, event.title);
  }

  /** Adds a report of the claim to each of its sources, publishing a source once it is full. */
  private report(claimId: number, claim: DrawnClaim<Actor>, title: string): void {
    const { random } = this;
    const words = { who: claimantLabel(claim), clause: reportedClause(claim, title) };
    // A claim stated some time in a month may have been stated at its end.
    const stated = claim.stated === 'month' ? this.calendar.monthEnd(claim.statedDay) : claim.statedDay;
    for (const slot of drawReportingSlots(random, this.open.length)) {
      const source = this.open[slot] as OpenSource;
      source.reports.push(drawReport(random, claimId, claim.stance, words, this.agencies));
      source.latestStated = Math.max(source.latestStated, stated);
      if (source.reports.length >= SENTENCES_PER_SOURCE) {
        this.writeSource(source);
        this.open[slot] = openSource(random, this.outlets.length);
      }
    }
  }

  /** Writes an open source with its text and attributions, and sometimes a syndicated copy of it. */
  private writeSource(open: OpenSource): void {
    const { random, sink } = this;
    if (!open.reports.length) return;
    const day = drawPublishedDay(random, open);
    const sentences = open.reports.map((report) => report.sentence);
    const headline = headlineOf(sentences);
    const outlets = drawOutlets(random, open.outlet, this.outlets.length);
    const group = outlets.length > 1 ? this.next.group++ : null;
    if (group)
      sink.write('syndicationGroups', { id: group, key: `group-${group}`, name: `Wire story: ${headline}` });
    const draft = { headline, published: this.calendar.day(day), sentences, syndicated: group !== null };
    for (const outlet of outlets) {
      const copy = drawCopy(random, outlet, draft, { outlets: this.outlets, syllables: this.syllables });
      const id = this.next.source++;
      sink.write('sources', {
        id,
        key: `source-${id}`,
        title: headline,
        publisher: copy.publisher,
        byline: copy.byline,
        dateline: null,
        ...this.calendar.time('published', 'day', day),
        url: `https://news.example/${outlet}/${id}`,
        kind: copy.kind,
        text: copy.text.text,
        contentHash: contentHash(copy.text.text),
        syndicationGroupId: group,
        recordedAt: this.recordedAt,
      });
      sink.write('sourceFurniture', {
        id: this.next.furniture++,
        sourceId: id,
        kind: 'READ_MORE',
        ...copy.text.furniture,
      });
      this.writeAttributions(id, open.reports, copy.text.spans);
    }
  }

  /** Writes the attribution of each report to source `sourceId`, at its sentence's span. */
  private writeAttributions(sourceId: number, reports: readonly Report[], spans: readonly Span[]): void {
    reports.forEach((report, i) => {
      const id = this.next.attribution++;
      this.sink.write('attributions', {
        id,
        claimId: report.claimId,
        sourceId,
        excerpt: report.sentence,
        ...(spans[i] as Span),
        reportingVerb: report.verb,
        recordedAt: this.recordedAt,
      });
      if (report.via) {
        this.sink.write('attributionIntermediaries', { attributionId: id, position: 0, actorId: report.via });
      }
    });
  }

  /** Writes the sources still open at the end. */
  flushSources(): void {
    for (const open of this.open) this.writeSource(open);
    this.open = [];
  }
}
