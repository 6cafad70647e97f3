import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { placeAliases, places } from '../db/tables/index.ts';
import { normalizeName } from '../domain/names.ts';
import { ALIAS_KINDS, PLACE_KINDS } from '../domain/vocabulary.ts';
import { resolveActorId } from './actors.ts';
import { optionalKey, rowId, text } from './inputs.ts';
import { insertRow, updateRow, type Writer } from './revisions.ts';
import { assignKey, ConflictError, parseInput, requireChanges, requireRow, type Untrusted } from './write.ts';

type Place = typeof places.$inferSelect;

const latitude = z.number().min(-90).max(90).nullish();
const longitude = z.number().min(-180).max(180).nullish();

export const placeInput = z.object({
  key: optionalKey,
  name: text(200),
  kind: z.enum(PLACE_KINDS),
  latitude,
  longitude,
  countryId: rowId.nullish(),
  aliases: z
    .array(z.object({ name: text(200), kind: z.enum(ALIAS_KINDS) }))
    .max(50, 'must list at most 50 items')
    .default([]),
});

export const placePatch = z.object({
  name: text(200).optional(),
  kind: z.enum(PLACE_KINDS).optional(),
  latitude,
  longitude,
  countryId: rowId.nullish(),
});

export function createPlace(writer: Writer, input: Untrusted<z.input<typeof placeInput>>): Place {
  const data = parseInput(placeInput, input);
  const place = insertRow(writer, places, {
    key: assignKey(writer, places, data.key, data.name),
    name: data.name,
    kind: data.kind,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    countryId: data.countryId ? resolveActorId(writer, data.countryId, 'input.countryId') : null,
  });
  const names = [{ name: data.name, kind: 'CANONICAL' as const }, ...data.aliases];
  names.forEach((alias, i) => {
    if (names.findIndex((other) => other.name === alias.name) !== i) {
      throw new ConflictError(`input.aliases[${i - 1}].name`, `the place already goes by "${alias.name}"`);
    }
    insertRow(writer, placeAliases, { placeId: place.id, ...alias, normalized: normalizeName(alias.name) });
  });
  return place;
}

export function updatePlace(writer: Writer, id: number, patch: Untrusted<z.input<typeof placePatch>>): Place {
  const data = parseInput(placePatch, patch);
  requireChanges(data);
  const before = requireRow(writer, places, id, 'id');
  if (data.countryId) data.countryId = resolveActorId(writer, data.countryId, 'input.countryId');
  if (data.name !== undefined && data.name !== before.name) {
    const canonical = writer.tx
      .select()
      .from(placeAliases)
      .where(and(eq(placeAliases.placeId, id), eq(placeAliases.kind, 'CANONICAL')))
      .get();
    if (canonical) {
      updateRow(writer, placeAliases, canonical, { name: data.name, normalized: normalizeName(data.name) });
    }
  }
  return updateRow(writer, places, before, data);
}
