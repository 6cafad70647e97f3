import { eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ClaimlineDatabase } from '../db/sqlite/open.ts';
import { fuzzyTimeValues } from '../db/tables/columns.ts';
import {
  actorAliases,
  actorRoles,
  actors,
  attributionIntermediaries,
  attributions,
  claimActors,
  claimEvents,
  claims,
  eventParticipants,
  events,
  measures,
  placeAliases,
  places,
  quantities,
  sourceFurniture,
  sources,
  syndicationGroups,
} from '../db/tables/index.ts';
import { parseFuzzyTime } from '../domain/fuzzy-time.ts';
import { normalizeName } from '../domain/names.ts';
import { contentHash } from '../domain/provenance.ts';
import { recomputeClaimRelations } from '../records/claim-relations.ts';
import { quantityRow } from '../records/claims.ts';
import { insertIfAbsent, type Writer } from '../records/revisions.ts';
import { checkCorpus } from './check.ts';
import type { CorpusFuzzyTime } from './format.ts';
import { corpusKnownOn } from './knowledge-time.ts';
import { CorpusError } from './problems.ts';
import type { Corpus } from './read.ts';

export interface LoadSummary {
  /** Rows written per table (claimRelations: those the analysis added); empty when already loaded. */
  inserted: Record<string, number>;
}

const time = (prefix: 'published' | 'time' | 'stated', t: CorpusFuzzyTime | null | undefined) =>
  fuzzyTimeValues(prefix, parseFuzzyTime(t?.edtf, t?.phrase));

/** What each step of a load writes through: the transaction, id lookups and counted inserts. */
interface Loading {
  writer: Writer;
  ids: ReturnType<typeof keyLookup>;
  insert<T extends SQLiteTable & { id: unknown }>(
    table: T,
    name: string,
    values: Parameters<typeof insertIfAbsent<T>>[2],
  ): ReturnType<typeof insertIfAbsent<T>> | undefined;
}

/**
 * Loads a corpus in one transaction after checking every rule; a corpus that breaks one is
 * refused whole (CorpusError) and the database is left as it was. Items already present (same
 * key, same text) are skipped, so loading twice changes nothing. The claim relations are
 * recomputed last, in the same transaction.
 */
export function loadCorpus(db: ClaimlineDatabase, corpus: Corpus, author = 'seed'): LoadSummary {
  const problems = checkCorpus(corpus);
  if (problems.length) throw new CorpusError(problems);
  const inserted: Record<string, number> = {};
  db.transaction((tx) => {
    const writer: Writer = { tx, author, at: new Date().toISOString() };
    const loading: Loading = {
      writer,
      ids: keyLookup(writer),
      insert: (table, name, values) => {
        const row = insertIfAbsent(writer, table, values);
        if (row) inserted[name] = (inserted[name] ?? 0) + 1;
        return row;
      },
    };
    const { story } = corpus;
    for (const group of story.syndicationGroups)
      loading.insert(syndicationGroups, 'syndicationGroups', group);
    loadActors(loading, story.actors);
    loadPlaces(loading, story.places);
    for (const measure of story.measures) {
      loading.insert(measures, 'measures', {
        ...measure,
        item: measure.item ?? null,
        description: measure.description ?? null,
      });
    }
    loadEvents(loading, story.events);
    const sourceIds = loadSources(loading, corpus.sources);
    loadClaims(loading, corpus.sources);
    loadAttributions(loading, corpus.sources, sourceIds);
    const { created } = recomputeClaimRelations(tx, writer.at);
    if (created) inserted.claimRelations = created;
  });
  return { inserted };
}

type Story = Corpus['story'];

/**
 * Actors, then their aliases and roles. Aliases and roles have no key of their own: they are
 * written with a new actor, and after every actor exists, since a role can name an
 * organisation listed later.
 */
function loadActors({ insert, ids }: Loading, list: Story['actors']): void {
  const newActors = list.filter((actor) =>
    insert(actors, 'actors', {
      key: actor.key,
      name: actor.name,
      kind: actor.kind,
      description: actor.description ?? null,
    }),
  );
  for (const actor of newActors) {
    const actorId = ids.get(actors, actor.key);
    for (const alias of [{ name: actor.name, kind: 'CANONICAL' as const }, ...actor.aliases]) {
      insert(actorAliases, 'actorAliases', { actorId, ...alias, normalized: normalizeName(alias.name) });
    }
    for (const role of actor.roles) {
      insert(actorRoles, 'actorRoles', {
        actorId,
        title: role.title,
        organizationId: role.organization ? ids.get(actors, role.organization) : null,
        ...time('time', role.time),
      });
    }
  }
}

function loadPlaces({ insert, ids }: Loading, list: Story['places']): void {
  for (const place of list) {
    const row = insert(places, 'places', {
      key: place.key,
      name: place.name,
      kind: place.kind,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
      countryId: place.country ? ids.get(actors, place.country) : null,
    });
    if (!row) continue;
    for (const alias of [{ name: place.name, kind: 'CANONICAL' as const }, ...place.aliases]) {
      insert(placeAliases, 'placeAliases', {
        placeId: row.id,
        ...alias,
        normalized: normalizeName(alias.name),
      });
    }
  }
}

function loadEvents({ insert, ids }: Loading, list: Story['events']): void {
  for (const event of list) {
    const row = insert(events, 'events', {
      key: event.key,
      kind: event.kind,
      title: event.title,
      summary: event.summary ?? null,
      ...time('time', event.time),
      placeId: event.place ? ids.get(places, event.place) : null,
    });
    if (!row) continue;
    for (const p of event.participants) {
      insert(eventParticipants, 'eventParticipants', {
        eventId: row.id,
        actorId: ids.get(actors, p.actor),
        role: p.role,
      });
    }
  }
}

/** The sources with their furniture; returns each source's id by key (a stored copy's when present). */
function loadSources({ insert, ids, writer }: Loading, list: Corpus['sources']): Map<string, number> {
  const sourceIds = new Map<string, number>();
  const knownOn = corpusKnownOn(list);
  for (const { text, data } of list) {
    const { source } = data;
    const hash = contentHash(text);
    const row = insert(sources, 'sources', {
      key: source.key,
      title: source.title,
      publisher: source.publisher ?? null,
      byline: source.byline ?? null,
      dateline: source.dateline ?? null,
      ...time('published', source.published),
      knownOn: knownOn.get(source.key) ?? null,
      url: source.url ?? null,
      kind: source.kind,
      text,
      contentHash: hash,
      syndicationGroupId: source.syndicationGroup
        ? ids.get(syndicationGroups, source.syndicationGroup)
        : null,
    });
    const sourceId = row?.id ?? ids.getBy(sources, sources.contentHash, hash);
    sourceIds.set(source.key, sourceId);
    if (!row) continue;
    for (const span of data.furniture) {
      writer.tx
        .insert(sourceFurniture)
        .values({ sourceId, kind: span.kind, start: span.start, end: span.end })
        .run();
    }
  }
  return sourceIds;
}

/** The claims each source defines (entries with a key), with what they are about and their quantity. */
function loadClaims({ insert, ids, writer }: Loading, list: Corpus['sources']): void {
  for (const { data } of list) {
    for (const entry of data.claims) {
      if (!('key' in entry)) continue;
      const row = insert(claims, 'claims', {
        key: entry.key,
        claimantId: entry.claimant ? ids.get(actors, entry.claimant) : null,
        claimantDescription: entry.claimantDescription ?? null,
        stance: entry.stance,
        hedge: entry.hedge ?? null,
        ...time('stated', entry.stated),
        proposition: entry.proposition,
      });
      if (!row) continue;
      for (const { event, role } of entry.about.events) {
        writer.tx
          .insert(claimEvents)
          .values({ claimId: row.id, eventId: ids.get(events, event), role })
          .run();
      }
      for (const key of entry.about.actors) {
        writer.tx
          .insert(claimActors)
          .values({ claimId: row.id, actorId: ids.get(actors, key) })
          .run();
      }
      const q = entry.quantity;
      if (q)
        insert(
          quantities,
          'quantities',
          quantityRow(row.id, q.measure ? ids.get(measures, q.measure) : null, q),
        );
    }
  }
}

/** Every source's reports of claims (its own or another source's, by `ref`), with the chain of reported speech. */
function loadAttributions(
  { insert, ids, writer }: Loading,
  list: Corpus['sources'],
  sourceIds: Map<string, number>,
): void {
  for (const { data } of list) {
    const sourceId = sourceIds.get(data.source.key) as number;
    for (const entry of data.claims) {
      const claimId = ids.get(claims, 'key' in entry ? entry.key : entry.ref);
      for (const a of entry.attributions) {
        const row = insert(attributions, 'attributions', {
          claimId,
          sourceId,
          excerpt: a.excerpt,
          start: a.start,
          end: a.end,
          reportingVerb: a.verb ?? null,
        });
        if (!row) continue;
        a.via.forEach((key, position) => {
          writer.tx
            .insert(attributionIntermediaries)
            .values({ attributionId: row.id, position, actorId: ids.get(actors, key) })
            .run();
        });
      }
    }
  }
}

/** Finds ids by a unique column inside the loading transaction, caching what it found. */
function keyLookup(writer: Writer) {
  const cache = new Map<string, number>();
  const getBy = (table: SQLiteTable & { id: SQLiteColumn }, column: SQLiteColumn, value: string): number => {
    const cacheKey = `${getTableName(table)}.${column.name}:${value}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const row = writer.tx.select({ id: table.id }).from(table).where(eq(column, value)).get() as
      | { id: number }
      | undefined;
    if (!row) throw new Error(`no ${getTableName(table)} row with ${column.name} = ${value}`);
    cache.set(cacheKey, row.id);
    return row.id;
  };
  return {
    getBy,
    get: (table: SQLiteTable & { id: SQLiteColumn; key: SQLiteColumn }, key: string) =>
      getBy(table, table.key, key),
  };
}
