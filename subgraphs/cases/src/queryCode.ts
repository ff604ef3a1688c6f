import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveTokenKey } from '@ykb/common';

/** Crockford-style alphabet without 0, 1, I and O, which are easily misread on paper. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Characters of a query code; 8 characters of 32 symbols carry 40 bits. */
export const QUERY_CODE_LENGTH = 8;

/**
 * Query code (查询码) of a case, printed on its acceptance notice and shown
 * to the applicant: an HMAC-SHA-256 of the case id under a key derived from
 * YKB_TOKEN_SECRET, in QUERY_CODE_LENGTH characters of ALPHABET. The public
 * case list never shows it, so public progress lookup needs something the
 * list cannot give away.
 */
// NOTE: changing YKB_TOKEN_SECRET changes every query code, including those on printed notices.
export function caseQueryCode(caseId: string): string {
  const digest = createHmac('sha256', deriveTokenKey('case-query-code'))
    .update(caseId)
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code;
}

/** Normalises a typed query code: trimmed, upper case, spaces and hyphens removed. */
export function normalizeQueryCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** Reports whether a query code has the length and alphabet of caseQueryCode. */
export function isQueryCodeShape(value: string): boolean {
  return (
    value.length === QUERY_CODE_LENGTH &&
    [...value].every((char) => ALPHABET.includes(char))
  );
}

/** Compares a typed query code with the case's in constant time. */
export function queryCodeMatches(caseId: string, typed: string): boolean {
  const expected = Buffer.from(caseQueryCode(caseId));
  const typedBytes = Buffer.from(typed);
  return (
    typedBytes.length === expected.length &&
    timingSafeEqual(typedBytes, expected)
  );
}
