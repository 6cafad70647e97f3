import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ClaimlineDatabase } from '../db/sqlite/open.ts';
import { apiKeys } from '../db/tables/index.ts';
import { type ApiScope, apiKeyPrefix, generateApiKey, hashApiKey } from '../domain/api-keys.ts';
import { API_SCOPES } from '../domain/vocabulary.ts';
import { text } from './inputs.ts';
import { recordRevision, type Writer } from './revisions.ts';
import { ConflictError, parseInput, requireRow, type Untrusted } from './write.ts';

/** Who is calling, as the API sees it: the key's id, name and scope. */
export interface Caller {
  keyId: number;
  name: string;
  scope: ApiScope;
}

export const apiKeyInput = z.object({ name: text(100), scope: z.enum(API_SCOPES) });

type StoredKey = typeof apiKeys.$inferSelect;
/** A key as listings show it: never its hash. */
export type ApiKeyInfo = Omit<StoredKey, 'hash'>;

const info = ({ hash: _hash, ...key }: StoredKey): ApiKeyInfo => key;

/** Creates a key; the returned `key` is the only time it is ever shown. */
export function createApiKey(
  writer: Writer,
  input: Untrusted<z.input<typeof apiKeyInput>>,
): { key: string; info: ApiKeyInfo } {
  const data = parseInput(apiKeyInput, input);
  const key = generateApiKey();
  const row = writer.tx
    .insert(apiKeys)
    .values({ ...data, hash: hashApiKey(key), prefix: apiKeyPrefix(key) })
    .returning()
    .get() as StoredKey;
  // The revision holds what a listing shows, never the hash.
  recordRevision(writer, 'api_keys', row.id, 'CREATE', null, info(row));
  return { key, info: info(row) };
}

export function revokeApiKey(writer: Writer, id: number): ApiKeyInfo {
  const before = requireRow(writer, apiKeys, id, 'id');
  if (before.revokedAt) throw new ConflictError('id', `the key was revoked on ${before.revokedAt}`);
  const after = writer.tx
    .update(apiKeys)
    .set({ revokedAt: writer.at })
    .where(eq(apiKeys.id, id))
    .returning()
    .get() as StoredKey;
  recordRevision(writer, 'api_keys', id, 'REVOKE', info(before), info(after));
  return info(after);
}

export function listApiKeys(db: ClaimlineDatabase): ApiKeyInfo[] {
  return db.select().from(apiKeys).orderBy(apiKeys.id).all().map(info);
}

/** The caller a presented key stands for, or null when the key is unknown or revoked. */
export function callerForKey(db: ClaimlineDatabase, key: string): Caller | null {
  const row = db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.hash, hashApiKey(key)))
    .get();
  if (!row || row.revokedAt) return null;
  return { keyId: row.id, name: row.name, scope: row.scope };
}
