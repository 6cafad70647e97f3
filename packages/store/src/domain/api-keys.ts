import { createHash, randomBytes } from 'node:crypto';
import { API_SCOPES } from './vocabulary.ts';

export type ApiScope = (typeof API_SCOPES)[number];

const KEY_PREFIX = 'clk_';

/** A new API key: 32 random bytes, so a plain SHA-256 of it is safe to store (nothing to brute-force). */
export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What a listing shows of a key: enough to tell keys apart, too little to use. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}

/** Whether a key of scope `held` may do what needs `needed`: admin ⊇ edit ⊇ read. */
export function scopeAllows(held: ApiScope, needed: ApiScope): boolean {
  return API_SCOPES.indexOf(held) >= API_SCOPES.indexOf(needed);
}
