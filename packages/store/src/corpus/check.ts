import { FuzzyTimeError, parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { checkExcerpt, spansOverlap } from '../domain/provenance.ts';
import { quantityProblem } from '../domain/quantity.ts';
import type { CorpusClaim, CorpusFuzzyTime } from './format.ts';
import { corpusKnownOn } from './knowledge-time.ts';
import type { CorpusProblem } from './problems.ts';
import { type Corpus, STORY_FILE } from './read.ts';

type Story = Corpus['story'];
type CorpusSourceEntry = Corpus['sources'][number];
type ClaimEntry = CorpusSourceEntry['data']['claims'][number];
type Problem = (file: string, item: string, rule: string, message: string) => void;

/** What each check reports through: problems, reference resolution and fuzzy-time parsing. */
interface Checking {
  problem: Problem;
  resolve(file: string, item: string, kind: KeyKind, key: string | null | undefined): void;
  time(file: string, item: string, value: CorpusFuzzyTime | null | undefined): void;
  story: Story;
  /** Claims defined anywhere in the corpus, by key (a `ref` may name one defined in another file). */
  claims: Set<string>;
  /** Events some claim is about, and sources per syndication group, gathered as the sources are checked. */
  supportedEvents: Set<string>;
  groupMembers: Map<string, number>;
}

type KeyKind = 'actor' | 'place' | 'measure' | 'event' | 'syndicationGroup';

/**
 * Every rule of DESIGN.md a corpus can break before it is written: unique keys, references
 * that resolve, parseable fuzzy times, coherent quantities, the provenance rule for every span,
 * no claim drawn from page furniture, every event backed by a claim, syndication groups of copies.
 */
export function checkCorpus(corpus: Corpus): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const problem: Problem = (file, item, rule, message) => problems.push({ file, item, rule, message });
  const { story } = corpus;
  const keySets: Record<KeyKind, Set<string>> = {
    actor: uniqueKeys(story.actors, 'actors', problem),
    place: uniqueKeys(story.places, 'places', problem),
    measure: uniqueKeys(story.measures, 'measures', problem),
    event: uniqueKeys(story.events, 'events', problem),
    syndicationGroup: uniqueKeys(story.syndicationGroups, 'syndicationGroups', problem),
  };
  const checking: Checking = {
    problem,
    story,
    resolve: (file, item, kind, key) => {
      if (key != null && !keySets[kind].has(key))
        problem(file, item, 'reference', `no ${kind} with key "${key}"`);
    },
    time: (file, item, value) => {
      if (!value) return;
      try {
        parseFuzzyTime(value.edtf, value.phrase);
      } catch (error) {
        if (!(error instanceof FuzzyTimeError)) throw error;
        problem(file, item, 'fuzzy-time', error.message);
      }
    },
    claims: new Set(),
    supportedEvents: new Set(),
    groupMembers: new Map(),
  };
  checkStory(checking);
  checking.claims = definedClaims(corpus, problem);
  for (const source of corpus.sources) checkSource(checking, source);
  checkCoverage(checking);
  checkKnowledgeTime(corpus, problem);
  return problems;
}

/** Aliases listed once, and the references and times of actors' roles, places and events. */
function checkStory({ story, problem, resolve, time }: Checking): void {
  for (const actor of story.actors) {
    const item = `actors.${actor.key}`;
    const seen = new Set([actor.name]);
    for (const alias of actor.aliases) {
      if (seen.has(alias.name)) problem(STORY_FILE, item, 'alias', `"${alias.name}" is listed twice`);
      seen.add(alias.name);
    }
    actor.roles.forEach((role, i) => {
      resolve(STORY_FILE, `${item}.roles[${i}]`, 'actor', role.organization);
      time(STORY_FILE, `${item}.roles[${i}]`, role.time);
    });
  }
  for (const place of story.places) resolve(STORY_FILE, `places.${place.key}`, 'actor', place.country);
  for (const event of story.events) {
    const item = `events.${event.key}`;
    resolve(STORY_FILE, item, 'place', event.place);
    time(STORY_FILE, item, event.time);
    for (const p of event.participants) resolve(STORY_FILE, `${item}.participants`, 'actor', p.actor);
  }
}

/** The keys of every claim defined in the corpus, each defined once, in sources of unique keys. */
function definedClaims(corpus: Corpus, problem: Problem): Set<string> {
  const claims = new Set<string>();
  const sourceKeys = new Set<string>();
  for (const { file, data } of corpus.sources) {
    if (sourceKeys.has(data.source.key))
      problem(file, 'source', 'unique-key', `source key "${data.source.key}" is used twice`);
    sourceKeys.add(data.source.key);
    for (const entry of data.claims) {
      if (!('key' in entry)) continue;
      if (claims.has(entry.key))
        problem(file, `claims.${entry.key}`, 'unique-key', `claim "${entry.key}" is defined twice`);
      claims.add(entry.key);
    }
  }
  return claims;
}

/** Every undated source can be placed in knowledge time, from the corpus alone. */
function checkKnowledgeTime(corpus: Corpus, problem: Problem): void {
  const byKey = new Map(corpus.sources.map((s) => [s.data.source.key, s.file]));
  for (const [key, day] of corpusKnownOn(corpus.sources)) {
    if (day !== null) continue;
    problem(
      byKey.get(key) as string,
      'source.knownOn',
      'knowledge-time',
      'an undated source needs knownOn (the day the corpus recorded it) or a dated copy in its syndication group',
    );
  }
}

/** One source's metadata, furniture spans and claims. */
function checkSource(checking: Checking, { file, text, data }: CorpusSourceEntry): void {
  const { source } = data;
  checking.time(file, 'source.published', source.published);
  checking.resolve(file, 'source', 'syndicationGroup', source.syndicationGroup);
  if (source.syndicationGroup) {
    const members = checking.groupMembers;
    members.set(source.syndicationGroup, (members.get(source.syndicationGroup) ?? 0) + 1);
  }
  data.furniture.forEach((span, i) => {
    const broken = checkExcerpt(text, span);
    if (broken) checking.problem(file, `furniture[${i}]`, 'provenance', broken.message);
  });
  for (const entry of data.claims) {
    const item = `claims.${'key' in entry ? entry.key : entry.ref}`;
    if ('key' in entry) checkClaim(checking, file, item, entry);
    else if (!checking.claims.has(entry.ref))
      checking.problem(file, item, 'reference', `no claim with key "${entry.ref}" is defined in the corpus`);
    checkAttributions(checking, file, item, entry, text, data.furniture);
  }
}

/** A claim defined here: a claimant, resolvable subjects, a parseable time and a coherent quantity. */
function checkClaim(checking: Checking, file: string, item: string, entry: CorpusClaim): void {
  const { problem, resolve } = checking;
  if (!entry.claimant && !entry.claimantDescription) {
    problem(file, item, 'claimant', 'a claim needs a claimant actor or a description of an unnamed one');
  }
  resolve(file, item, 'actor', entry.claimant);
  checking.time(file, `${item}.stated`, entry.stated);
  for (const { event, role } of entry.about.events) {
    resolve(file, `${item}.about`, 'event', event);
    // A claim that qualifies an event or gives it context is no support for it.
    if (role !== 'QUALIFIES' && role !== 'CONTEXT') checking.supportedEvents.add(event);
  }
  for (const key of entry.about.actors) resolve(file, `${item}.about`, 'actor', key);
  const q = entry.quantity;
  if (!q) return;
  const wrong = quantityProblem(
    {
      value: q.value ?? null,
      low: q.low ?? null,
      high: q.high ?? null,
      approximate: q.approximate,
    },
    q.unit,
  );
  if (wrong) problem(file, `${item}.quantity`, 'quantity', wrong);
  resolve(file, `${item}.quantity`, 'measure', q.measure);
  const measure = checking.story.measures.find((m) => m.key === q.measure);
  if (measure && measure.unit !== q.unit) {
    problem(
      file,
      `${item}.quantity`,
      'measure-unit',
      `unit "${q.unit}" differs from measure ${measure.key}'s "${measure.unit}"`,
    );
  }
}

/** Each report of a claim: the provenance rule, resolvable intermediaries, and no page furniture. */
function checkAttributions(
  { problem, resolve }: Checking,
  file: string,
  item: string,
  entry: ClaimEntry,
  text: string,
  furniture: CorpusSourceEntry['data']['furniture'],
): void {
  entry.attributions.forEach((attribution, i) => {
    const at = `${item}.attributions[${i}]`;
    const broken = checkExcerpt(text, attribution);
    if (broken) problem(file, at, 'provenance', broken.message);
    for (const key of attribution.via) resolve(file, `${at}.via`, 'actor', key);
    const span = furniture.find((f) => spansOverlap(f, attribution));
    if (span) {
      problem(
        file,
        at,
        'furniture',
        `the excerpt overlaps page furniture (${span.kind} at ${span.start}–${span.end})`,
      );
    }
  });
}

/** Every event backed by a claim, every syndication group holding two or more sources. */
function checkCoverage({ story, problem, supportedEvents, groupMembers }: Checking): void {
  for (const event of story.events) {
    if (!supportedEvents.has(event.key)) {
      problem(STORY_FILE, `events.${event.key}`, 'event-support', 'no claim is about this event');
    }
  }
  for (const group of story.syndicationGroups) {
    if ((groupMembers.get(group.key) ?? 0) < 2) {
      problem(
        STORY_FILE,
        `syndicationGroups.${group.key}`,
        'syndication',
        'a syndication group needs at least two sources',
      );
    }
  }
}

function uniqueKeys(items: { key: string }[], collection: string, problem: Problem): Set<string> {
  const keys = new Set<string>();
  for (const { key } of items) {
    if (keys.has(key))
      problem(STORY_FILE, `${collection}.${key}`, 'unique-key', `key "${key}" is used twice`);
    keys.add(key);
  }
  return keys;
}
