import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from '@ykb/common';

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

/** Headers of an incoming HTTP request, as node:http gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Verifies the x-sandbox-timestamp and x-sandbox-signature headers of a callback; returns the problem, or null when valid. */
export function callbackSignatureProblem(
  key: Uint8Array,
  headers: RequestHeaders,
  body: string,
): string | null {
  return signatureProblem(
    key,
    header(headers, 'x-sandbox-timestamp'),
    header(headers, 'x-sandbox-signature'),
    body,
  );
}

/** Posts a JSON callback signed with `key` and returns the HTTP status; throws when the endpoint cannot be reached. */
export async function postSignedCallback(
  url: string,
  key: Uint8Array,
  body: string,
): Promise<number> {
  const timestamp = String(Date.now());
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-sandbox-timestamp': timestamp,
      'x-sandbox-signature': signPayload(key, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Posts one signed callback. Like a real provider, it makes up to three
 * attempts while the receiver fails or returns an error status.
 * `onStatus` receives every HTTP status. Failures are logged with
 * `context`, never thrown.
 */
export async function deliverSignedCallback(
  url: string,
  key: Uint8Array,
  body: string,
  log: Logger,
  context: Record<string, unknown>,
  onStatus: (status: number) => void = () => {},
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const status = await postSignedCallback(url, key, body);
      onStatus(status);
      if (status < 300) return;
      log.warn({ ...context, status, attempt }, 'sandbox callback rejected');
    } catch (error) {
      log.warn({ ...context, err: error, attempt }, 'sandbox callback failed');
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}
