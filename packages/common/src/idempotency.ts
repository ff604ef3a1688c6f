import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { appError, ErrorCode, isDuplicateKeyError } from './errors.js';

/**
 * Runs an insert that carries a client idempotency key under a unique index.
 * When the key was used before, the insert fails with a duplicate-key error
 * and the first record is returned instead, so a retried command never
 * creates a second record.
 */
export async function insertOnce<T>(
  insert: () => Promise<T>,
  findExisting: () => Promise<T | null>,
): Promise<{ record: T; replayed: boolean }> {
  const existing = await findExisting();
  if (existing) return { record: existing, replayed: true };
  try {
    return { record: await insert(), replayed: false };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const first = await findExisting();
    if (!first) throw error;
    return { record: first, replayed: true };
  }
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

/**
 * Returns the SHA-256 (hexadecimal) of a request's canonical JSON. Stored
 * beside an idempotency key, it distinguishes a retry of the same request from a new
 * request that reuses the key.
 */
export function hashRequest(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/** Builds the CONFLICT error for an idempotency key already used by a different request. */
export function reusedIdempotencyKey(idempotencyKey: string) {
  return appError(
    ErrorCode.Conflict,
    `idempotencyKey ${idempotencyKey} was already used for a different request; generate a new key for a new request.`,
    { field: 'idempotencyKey' },
  );
}
