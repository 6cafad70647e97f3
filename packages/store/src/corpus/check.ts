import { FuzzyTimeError, parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { checkExcerpt, spansOverlap } from '../domain/provenance.ts';
import { quantityProblem } from '../domain/quantity.ts';
import type { CorpusClaim, CorpusFuzzyTime } from './format.ts';
import type { CorpusProblem } from './problems.ts';
import { type Corpus, STORY_FILE } from './read.ts';

/**
 * Every rule of DESIGN.md a corpus can break before it is written: unique keys, references
 * that resolve, parseable fuzzy times, coherent quantities, the provenance rule for every span,
 * no claim drawn from page furniture, every event backed by a claim, syndication groups of copies.
 */
export function checkCorpus(corpus: Corpus): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const problem = (file: string, item: string, rule: string, message: string) =>
    problems.push({ file, item, rule, message });
  const { story } = corpus;

  const keySets = {
    actor: uniqueKeys(story.actors, 'actors', problem),
    place: uniqueKeys(story.places, 'places', problem),
    measure: uniqueKeys(story.measures, 'measures', problem),
    event: uniqueKeys(story.events, 'events', problem),
    syndicationGroup: uniqueKeys(story.syndicationGroups, 'syndicationGroups', problem),
  };
  const resolve = (
    file: string,
    item: string,
    kind: keyof typeof keySets,
    key: string | null | undefined,
  ) => {
    if (key != null && !keySets[kind].has(key))
      problem(file, item, 'reference', `no ${kind} with key "${key}"`);
  };
  const time = (file: string, item: string, value: CorpusFuzzyTime | null | undefined) => {
    if (!value) return;
    try {
      parseFuzzyTime(value.edtf, value.phrase);
    } catch (error) {
      if (!(error instanceof FuzzyTimeError)) throw error;
      problem(file, item, 'fuzzy-time', error.message);
    }
  };

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

  const claims = new Map<string, { file: string; claim: CorpusClaim }>();
  const sourceKeys = new Set<string>();
  for (const { file, data } of corpus.sources) {
    if (sourceKeys.has(data.source.key))
      problem(file, 'source', 'unique-key', `source key "${data.source.key}" is used twice`);
    sourceKeys.add(data.source.key);
    for (const entry of data.claims) {
      if (!('key' in entry)) continue;
      if (claims.has(entry.key))
        problem(file, `claims.${entry.key}`, 'unique-key', `claim "${entry.key}" is defined twice`);
      claims.set(entry.key, { file, claim: entry });
    }
  }

  const groupMembers = new Map<string, number>();
  const supportedEvents = new Set<string>();
  for (const { file, text, data } of corpus.sources) {
    const { source } = data;
    time(file, 'source.published', source.published);
    resolve(file, 'source', 'syndicationGroup', source.syndicationGroup);
    if (source.syndicationGroup) {
      groupMembers.set(source.syndicationGroup, (groupMembers.get(source.syndicationGroup) ?? 0) + 1);
    }
    data.furniture.forEach((span, i) => {
      const broken = checkExcerpt(text, span);
      if (broken) problem(file, `furniture[${i}]`, 'provenance', broken.message);
    });

    for (const entry of data.claims) {
      const name = 'key' in entry ? entry.key : entry.ref;
      const item = `claims.${name}`;
      if ('key' in entry) {
        if (!entry.claimant && !entry.claimantDescription) {
          problem(
            file,
            item,
            'claimant',
            'a claim needs a claimant actor or a description of an unnamed one',
          );
        }
        resolve(file, item, 'actor', entry.claimant);
        time(file, `${item}.stated`, entry.stated);
        for (const key of entry.about.events) {
          resolve(file, `${item}.about`, 'event', key);
          supportedEvents.add(key);
        }
        for (const key of entry.about.actors) resolve(file, `${item}.about`, 'actor', key);
        if (entry.quantity) {
          const q = entry.quantity;
          const wrong = quantityProblem({
            value: q.value ?? null,
            low: q.low ?? null,
            high: q.high ?? null,
            approximate: q.approximate,
          });
          if (wrong) problem(file, `${item}.quantity`, 'quantity', wrong);
          resolve(file, `${item}.quantity`, 'measure', q.measure);
          const measure = story.measures.find((m) => m.key === q.measure);
          if (measure && measure.unit !== q.unit) {
            problem(
              file,
              `${item}.quantity`,
              'measure-unit',
              `unit "${q.unit}" differs from measure ${measure.key}'s "${measure.unit}"`,
            );
          }
        }
      } else if (!claims.has(entry.ref)) {
        problem(file, item, 'reference', `no claim with key "${entry.ref}" is defined in the corpus`);
      }
      entry.attributions.forEach((attribution, i) => {
        const at = `${item}.attributions[${i}]`;
        const broken = checkExcerpt(text, attribution);
        if (broken) problem(file, at, 'provenance', broken.message);
        for (const key of attribution.via) resolve(file, `${at}.via`, 'actor', key);
        const furniture = data.furniture.find((span) => spansOverlap(span, attribution));
        if (furniture) {
          problem(
            file,
            at,
            'furniture',
            `the excerpt overlaps page furniture (${furniture.kind} at ${furniture.start}–${furniture.end})`,
          );
        }
      });
    }
  }

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
  return problems;
}

function uniqueKeys(
  items: { key: string }[],
  collection: string,
  problem: (file: string, item: string, rule: string, message: string) => void,
): Set<string> {
  const keys = new Set<string>();
  for (const { key } of items) {
    if (keys.has(key))
      problem(STORY_FILE, `${collection}.${key}`, 'unique-key', `key "${key}" is used twice`);
    keys.add(key);
  }
  return keys;
}
