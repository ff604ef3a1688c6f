import { createHmac, timingSafeEqual } from 'node:crypto';

/** Maximum age of a signed callback's timestamp, so a captured callback cannot be replayed later. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60_000;

/** HMAC-SHA256 of `<timestamp>.<body>` in lowercase hex, as the sandboxes sign callbacks. */
export function signPayload(
  key: Uint8Array,
  timestamp: string,
  body: string,
): string {
  return createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Verifies a callback signature in constant time. The timestamp is
 * milliseconds since the epoch and must lie within SIGNATURE_MAX_AGE_MS of
 * `nowMs`. Returns the reason for a rejection, or null when valid.
 */
export function signatureProblem(
  key: Uint8Array,
  timestamp: string | undefined,
  signature: string | undefined,
  body: string,
  nowMs = Date.now(),
): string | null {
  if (!timestamp || !signature) return 'signature headers missing';
  const sent = Number(timestamp);
  if (!Number.isInteger(sent) || Math.abs(nowMs - sent) > SIGNATURE_MAX_AGE_MS)
    return 'timestamp outside the accepted window';
  const expected = Buffer.from(signPayload(key, timestamp, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'signature does not match';
  return null;
}
