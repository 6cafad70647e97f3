import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fuzzyTimeValues } from '../db/tables/columns.ts';
import { sourceFurniture, sources } from '../db/tables/index.ts';
import { futurePublicationProblem } from '../domain/fuzzy-time.ts';
import { undatedKnownOn } from '../domain/knowledge-time.ts';
import { contentHash } from '../domain/provenance.ts';
import { storedTextProblem } from '../domain/stored-text.ts';
import { FURNITURE_KINDS, SOURCE_KINDS } from '../domain/vocabulary.ts';
import { fuzzyTimeInput, optionalKey, optionalText, text } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import { assignKey, parseInput, type Untrusted, ValidationError } from './write.ts';

type Source = typeof sources.$inferSelect;

export const sourceInput = z.object({
  key: optionalKey,
  title: text(500),
  publisher: optionalText(200),
  byline: optionalText(300),
  dateline: optionalText(200),
  published: fuzzyTimeInput.superRefine((time, ctx) => {
    const problem = futurePublicationProblem(time, new Date());
    if (problem) ctx.addIssue({ code: 'custom', path: ['edtf'], message: problem });
  }),
  url: z.string().url().max(2000).nullish(),
  /** For an undated text, the day the record learned of it, when earlier than this write. */
  knownOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
    .nullish(),
  kind: z.enum(SOURCE_KINDS),
  /** Verbatim: never trimmed or altered, since attribution offsets point into it. */
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(2_000_000, 'must be at most 2,000,000 characters')
    .superRefine((value, ctx) => {
      const problem = storedTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  furniture: z
    .array(
      z.object({
        kind: z.enum(FURNITURE_KINDS),
        start: z.number().int().nonnegative(),
        end: z.number().int(),
      }),
    )
    .max(500)
    .default([]),
});

/**
 * Stores a source with its page furniture; the same text stored before is found by its hash
 * and returned as it was (`created: false`), so ingesting twice changes nothing.
 */
export function createSource(
  writer: Writer,
  input: Untrusted<z.input<typeof sourceInput>>,
): { source: Source; created: boolean } {
  const data = parseInput(sourceInput, input);
  const hash = contentHash(data.text);
  const existing = writer.tx.select().from(sources).where(eq(sources.contentHash, hash)).get();
  if (existing) return { source: existing, created: false };
  data.furniture.forEach((span, i) => {
    if (span.end <= span.start || span.end > data.text.length) {
      throw new ValidationError(`input.furniture[${i}].end`, 'is not the end of a span inside the text');
    }
  });
  const source = insertRow(
    writer,
    sources,
    {
      key: assignKey(writer, sources, data.key, data.title),
      title: data.title,
      publisher: data.publisher ?? null,
      byline: data.byline ?? null,
      dateline: data.dateline ?? null,
      ...fuzzyTimeValues('published', data.published),
      // Learned of today, unless the caller knew it earlier (domain/knowledge-time.ts).
      knownOn: data.published.latest ? null : undatedKnownOn(writer.at.slice(0, 10), [data.knownOn ?? null]),
      url: data.url ?? null,
      kind: data.kind,
      text: data.text,
      contentHash: hash,
    },
    { furniture: data.furniture },
  );
  if (data.furniture.length) {
    writer.tx
      .insert(sourceFurniture)
      .values(data.furniture.map((span) => ({ sourceId: source.id, ...span })))
      .run();
  }
  return { source, created: true };
}

/**
 * Puts `source` in syndication group `groupId`, then moves each undated member's knowledge time
 * to the earliest day a dated member was public, where that is earlier: a copy's words were
 * known when any copy of them was.
 */
export function joinSyndicationGroup(writer: Writer, source: Source, groupId: number): void {
  if (source.syndicationGroupId !== groupId)
    updateRow(writer, sources, source, { syndicationGroupId: groupId });
  const members = writer.tx.select().from(sources).where(eq(sources.syndicationGroupId, groupId)).all();
  const dated = members.map((m) => m.publishedLatest);
  for (const member of members) {
    if (member.publishedLatest !== null) continue;
    const knownOn = undatedKnownOn(member.knownOn, dated);
    if (knownOn !== member.knownOn) updateRow(writer, sources, member, { knownOn });
  }
}
