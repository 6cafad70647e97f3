import { z } from 'zod';
import {
  ACTOR_KINDS,
  ALIAS_KINDS,
  CLAIM_ROLES,
  EVENT_KINDS,
  FURNITURE_KINDS,
  MODALITIES,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  SOURCE_KINDS,
  STANCES,
} from '../domain/vocabulary.ts';

/**
 * The curated corpus format: what an analyst writes by hand beside each verbatim article.
 * A corpus is one `story.yaml` (actors, places, measures, events, syndication groups) and, for
 * each source, `NAME.txt` (the verbatim text) beside `NAME.yaml` (its metadata and annotations).
 * Items refer to each other by `key`: a short, stable, kebab-case name chosen by the analyst.
 */

export const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a key is lower-case words joined by hyphens');

/** A fuzzy time as EDTF (`2023-09-13`, `2023-09`, `2023-09/2024-02`, `2024-02-27~`), or null for unknown, with the words it came from. */
export const corpusFuzzyTime = z.object({
  edtf: z.string().nullable(),
  phrase: z.string().nullish(),
});

/** A span of the source text, checked against the text: `text.slice(start, end) === excerpt`. */
const span = z.object({
  excerpt: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const corpusActor = z.object({
  key,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  description: z.string().nullish(),
  aliases: z.array(z.object({ name: z.string().min(1), kind: z.enum(ALIAS_KINDS) })).default([]),
  roles: z
    .array(
      z.object({
        title: z.string().min(1),
        organization: key.nullish(),
        time: corpusFuzzyTime.nullish(),
      }),
    )
    .default([]),
});

export const corpusPlace = z.object({
  key,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  country: key.nullish(),
  aliases: z.array(z.object({ name: z.string().min(1), kind: z.enum(ALIAS_KINDS) })).default([]),
});

export const corpusMeasure = z.object({
  key,
  name: z.string().min(1),
  unit: z.string().min(1),
  item: z.string().nullish(),
  /** A running total (containers shipped so far): a later estimate revises an earlier one. */
  cumulative: z.boolean().default(false),
  description: z.string().nullish(),
});

export const corpusEvent = z.object({
  key,
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1),
  summary: z.string().nullish(),
  time: corpusFuzzyTime,
  place: key.nullish(),
  participants: z.array(z.object({ actor: key, role: z.enum(PARTICIPANT_ROLES) })).default([]),
});

export const corpusStory = z.object({
  actors: z.array(corpusActor),
  places: z.array(corpusPlace).default([]),
  measures: z.array(corpusMeasure).default([]),
  events: z.array(corpusEvent).default([]),
  syndicationGroups: z.array(z.object({ key, name: z.string().min(1) })).default([]),
});

export const corpusQuantity = z
  .object({
    /** The single figure stated, when there is one ("about 40"). */
    value: z.number().nullish(),
    /** Bounds; null is open ("more than a thousand" is low 1000, high null). */
    low: z.number().nullish(),
    high: z.number().nullish(),
    approximate: z.boolean().default(false),
    unit: z.string().min(1),
    item: z.string().nullish(),
    modality: z.enum(MODALITIES).default('ACTUAL'),
    measure: key.nullish(),
    phrase: z.string().min(1),
  })
  .refine((q) => q.value != null || q.low != null || q.high != null, {
    message: 'a quantity needs a value or at least one bound',
  });

export const corpusAttribution = span.extend({
  /** The reporting verb as printed ("told reporters", "said", "according to"). */
  verb: z.string().nullish(),
  /** Reported-speech chain between the claimant and this source, nearest the claimant first. */
  via: z.array(key).default([]),
});

const aboutEvent = z.union([
  key.transform((event) => ({ event, role: null })),
  z.object({ event: key, role: z.enum(CLAIM_ROLES) }),
]);

const claimDefinition = z.object({
  key,
  /** A named claimant (actor key), or null with `claimantDescription` for an unnamed one. */
  claimant: key.nullish(),
  claimantDescription: z.string().nullish(),
  stance: z.enum(STANCES),
  /** The hedging words as printed ("could hold", "believed to", "estimated"), if any. */
  hedge: z.string().nullish(),
  stated: corpusFuzzyTime,
  proposition: z.string().min(1),
  /**
   * Events as keys, what the claim does to each following from its stance; or `{ event, role }`
   * where it does not say it: a claim that QUALIFIES the event or gives it CONTEXT.
   */
  about: z
    .object({ events: z.array(aboutEvent).default([]), actors: z.array(key).default([]) })
    .default({ events: [], actors: [] }),
  quantity: corpusQuantity.nullish(),
  attributions: z.array(corpusAttribution).min(1),
});

/** Another source's report of a claim already defined elsewhere in the corpus. */
const claimReference = z.object({
  ref: key,
  attributions: z.array(corpusAttribution).min(1),
});

export const corpusSourceFile = z.object({
  source: z.object({
    key,
    title: z.string().min(1),
    publisher: z.string().nullish(),
    byline: z.string().nullish(),
    dateline: z.string().nullish(),
    published: corpusFuzzyTime,
    url: z.string().url().nullish(),
    kind: z.enum(SOURCE_KINDS),
    syndicationGroup: key.nullish(),
    /** For an undated source, the day the corpus recorded it: its knowledge time (domain/knowledge-time.ts). */
    knownOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
      .nullish(),
  }),
  furniture: z.array(span.extend({ kind: z.enum(FURNITURE_KINDS) })).default([]),
  claims: z.array(z.union([claimDefinition, claimReference])).default([]),
});

export type CorpusStory = z.infer<typeof corpusStory>;
export type CorpusSourceFile = z.infer<typeof corpusSourceFile>;
export type CorpusClaim = z.infer<typeof claimDefinition>;
export type CorpusClaimReference = z.infer<typeof claimReference>;
export type CorpusFuzzyTime = z.infer<typeof corpusFuzzyTime>;
export type CorpusQuantity = z.infer<typeof corpusQuantity>;
