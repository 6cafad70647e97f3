import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import {
  actorAliases,
  actorRoles,
  actors,
  attributionIntermediaries,
  claimActors,
  claims,
  eventParticipants,
  places,
  revisions,
} from '../db/tables/index.ts';
import { normalizeName } from '../domain/names.ts';
import { ACTOR_KINDS, ALIAS_KINDS } from '../domain/vocabulary.ts';
import { claimsChanged } from './claim-relations.ts';
import { optionalKey, optionalText, rowId, text } from './inputs.ts';
import { insertRow, recordRevision, updateRow, type Writer } from './revisions.ts';
import {
  assignKey,
  ConflictError,
  parseInput,
  requireChanges,
  requireRow,
  type Untrusted,
  ValidationError,
} from './write.ts';

type Actor = typeof actors.$inferSelect;

const aliasFields = z.object({ name: text(200), kind: z.enum(ALIAS_KINDS) });

export const actorInput = z.object({
  key: optionalKey,
  name: text(200),
  kind: z.enum(ACTOR_KINDS),
  description: optionalText(2000),
  aliases: z.array(aliasFields).max(50, 'must list at most 50 items').default([]),
});

export const actorPatch = z.object({
  name: text(200).optional(),
  kind: z.enum(ACTOR_KINDS).optional(),
  description: optionalText(2000),
});

export const aliasInput = aliasFields.extend({ actorId: rowId });
export const aliasPatch = aliasFields.partial();

export function createActor(writer: Writer, input: Untrusted<z.input<typeof actorInput>>): Actor {
  const data = parseInput(actorInput, input);
  const actor = insertRow(writer, actors, {
    key: assignKey(writer, actors, data.key, data.name),
    name: data.name,
    kind: data.kind,
    description: data.description ?? null,
  });
  addAlias(writer, actor.id, { name: data.name, kind: 'CANONICAL' }, 'input.name');
  data.aliases.forEach((alias, i) => {
    addAlias(writer, actor.id, alias, `input.aliases[${i}].name`);
  });
  return actor;
}

export function updateActor(writer: Writer, id: number, patch: Untrusted<z.input<typeof actorPatch>>): Actor {
  const data = parseInput(actorPatch, patch);
  requireChanges(data);
  const before = liveActor(writer, id, 'id');
  if (data.name !== undefined && data.name !== before.name) renameCanonical(writer, id, data.name);
  return updateRow(writer, actors, before, data);
}

export function createAlias(writer: Writer, input: Untrusted<z.input<typeof aliasInput>>) {
  const data = parseInput(aliasInput, input);
  liveActor(writer, data.actorId, 'input.actorId');
  return addAlias(writer, data.actorId, data, 'input.name');
}

export function updateAlias(writer: Writer, id: number, patch: Untrusted<z.input<typeof aliasPatch>>) {
  const data = parseInput(aliasPatch, patch);
  requireChanges(data);
  const before = requireRow(writer, actorAliases, id, 'id');
  if (before.kind === 'CANONICAL') {
    throw new ConflictError('id', "is the actor's own name: change it with updateActor");
  }
  if (data.name !== undefined && data.name !== before.name) assertNewAlias(writer, before.actorId, data.name);
  return updateRow(writer, actorAliases, before, {
    ...data,
    ...(data.name !== undefined ? { normalized: normalizeName(data.name) } : {}),
  });
}

function addAlias(
  writer: Writer,
  actorId: number,
  alias: { name: string; kind: (typeof actorAliases.$inferInsert)['kind'] },
  field: string,
) {
  assertNewAlias(writer, actorId, alias.name, field);
  return insertRow(writer, actorAliases, { actorId, ...alias, normalized: normalizeName(alias.name) });
}

function assertNewAlias(writer: Writer, actorId: number, name: string, field = 'input.name'): void {
  const existing = writer.tx
    .select({ id: actorAliases.id })
    .from(actorAliases)
    .where(and(eq(actorAliases.actorId, actorId), eq(actorAliases.name, name)))
    .get();
  if (existing) throw new ConflictError(field, `the actor already goes by "${name}"`);
}

function renameCanonical(writer: Writer, actorId: number, name: string): void {
  assertNewAlias(writer, actorId, name);
  const canonical = writer.tx
    .select()
    .from(actorAliases)
    .where(and(eq(actorAliases.actorId, actorId), eq(actorAliases.kind, 'CANONICAL')))
    .get();
  if (canonical) updateRow(writer, actorAliases, canonical, { name, normalized: normalizeName(name) });
}

/** An actor that has not been merged away: edits go to the actor it was merged into. */
function liveActor(writer: Writer, id: number, field: string): Actor {
  const actor = requireRow(writer, actors, id, field);
  if (actor.mergedIntoId !== null) {
    throw new ConflictError(field, `the actor was merged into actor ${actor.mergedIntoId}: use that one`);
  }
  return actor;
}

/** The actor a reference should point to: the one given, or the one it was merged into. */
export function resolveActorId(writer: Writer, id: number, field: string): number {
  const actor = requireRow(writer, actors, id, field);
  return actor.mergedIntoId ?? actor.id;
}

/**
 * Every reference to an actor a merge moves to the surviving actor, by rowid. Aliases stay
 * with the merged actor: search already follows the merge, and undoing it needs them there.
 */
const REFERENCES: { name: string; table: SQLiteTable; column: SQLiteColumn }[] = [
  { name: 'claimants', table: claims, column: claims.claimantId },
  { name: 'claimSubjects', table: claimActors, column: claimActors.actorId },
  { name: 'participants', table: eventParticipants, column: eventParticipants.actorId },
  { name: 'reportedVia', table: attributionIntermediaries, column: attributionIntermediaries.actorId },
  { name: 'roles', table: actorRoles, column: actorRoles.actorId },
  { name: 'roleOrganizations', table: actorRoles, column: actorRoles.organizationId },
  { name: 'placeCountries', table: places, column: places.countryId },
  { name: 'mergedActors', table: actors, column: actors.mergedIntoId },
];

/** What a merge moved, kept in its revision so that undoing it moves exactly that back. */
interface Moved {
  [reference: string]: number[];
}
/** Claims about both actors: the merged actor's subject row is dropped (and restored on undo). */
interface MergeRecord {
  mergedIntoId: number;
  moved: Moved;
  droppedSubjects: number[];
}

export const mergeInput = z.object({ sourceId: rowId, targetId: rowId });

/**
 * Merges `source` into `target`: every claim, participation, role and reference of the source
 * moves to the target, and the source stays, marked merged, with its history and its names
 * (which now find the target). Returns the target.
 */
export function mergeActors(writer: Writer, input: Untrusted<z.input<typeof mergeInput>>): Actor {
  const { sourceId, targetId } = parseInput(mergeInput, input);
  if (sourceId === targetId) throw new ValidationError('input.targetId', 'an actor cannot merge into itself');
  const source = liveActor(writer, sourceId, 'input.sourceId');
  const target = liveActor(writer, targetId, 'input.targetId');
  const droppedSubjects = writer.tx
    .all<{ claim_id: number }>(
      sql`DELETE FROM claim_actors WHERE actor_id = ${sourceId}
            AND claim_id IN (SELECT claim_id FROM claim_actors WHERE actor_id = ${targetId})
          RETURNING claim_id`,
    )
    .map((r) => r.claim_id);
  const moved: Moved = {};
  for (const { name, table, column } of REFERENCES) {
    moved[name] = writer.tx
      .all<{ moved: number }>(
        sql`UPDATE ${table} SET ${sql.identifier(column.name)} = ${targetId}
             WHERE ${sql.identifier(column.name)} = ${sourceId} RETURNING rowid AS moved`,
      )
      .map((r) => r.moved);
  }
  const record: MergeRecord = { mergedIntoId: targetId, moved, droppedSubjects };
  updateRow(writer, actors, source, { mergedIntoId: targetId }, 'MERGE', { after: { merge: record } });
  recordRevision(writer, 'actors', targetId, 'MERGE', target, { ...target, absorbed: sourceId });
  claimsChanged(writer);
  return target;
}

/** Undoes the latest merge of this actor: what it moved moves back, unless edited since. Returns the actor. */
export function unmergeActor(writer: Writer, id: number): Actor {
  const source = requireRow(writer, actors, id, 'id');
  const targetId = source.mergedIntoId;
  if (targetId === null) throw new ConflictError('id', 'the actor is not merged into another');
  const merge = writer.tx
    .select({ after: revisions.after })
    .from(revisions)
    .where(and(eq(revisions.entityType, 'actors'), eq(revisions.entityId, id), eq(revisions.action, 'MERGE')))
    .orderBy(sql`${revisions.id} DESC`)
    .get()?.after as { merge?: MergeRecord } | undefined;
  const record = merge?.merge;
  for (const { name, table, column } of REFERENCES) {
    const rowids = record?.moved[name] ?? [];
    if (!rowids.length) continue;
    writer.tx.run(
      sql`UPDATE ${table} SET ${sql.identifier(column.name)} = ${id}
           WHERE ${sql.identifier(column.name)} = ${targetId}
             AND rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`,
    );
  }
  for (const claimId of record?.droppedSubjects ?? []) {
    writer.tx.insert(claimActors).values({ claimId, actorId: id }).onConflictDoNothing().run();
  }
  const target = requireRow(writer, actors, targetId, 'id');
  recordRevision(writer, 'actors', targetId, 'UNMERGE', target, { ...target, released: id });
  const unmerged = updateRow(writer, actors, source, { mergedIntoId: null }, 'UNMERGE');
  claimsChanged(writer);
  return unmerged;
}
