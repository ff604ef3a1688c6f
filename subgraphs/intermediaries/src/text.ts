import { badInput, isIdempotencyKey, reusedIdempotencyKey } from '@ykb/common';

/**
 * Normalises a text field (NFC, trimmed) and checks its length in characters.
 * NFC, not NFKC, because NFKC turns Chinese full-width punctuation such as ，
 * into ASCII.
 */
export function checkText(
  raw: string | null | undefined,
  field: string,
  min: number,
  max: number,
): string {
  const value = (raw ?? '').normalize('NFC').trim();
  const length = Array.from(value).length;
  if (length < min || length > max)
    throw badInput(
      `${field} must be ${min} to ${max} characters, got ${length}.`,
      {
        field,
      },
    );
  return value;
}

/** Checks the number of entries of a list field. */
export function checkCount<T>(
  list: readonly T[] | null | undefined,
  field: string,
  min: number,
  max: number,
): readonly T[] {
  const items = list ?? [];
  if (items.length < min || items.length > max)
    throw badInput(
      `${field} must list ${min} to ${max} entries, got ${items.length}.`,
      {
        field,
      },
    );
  return items;
}

/** Escapes a user's text for use inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function checkIdempotencyKey(key: string): void {
  if (!isIdempotencyKey(key))
    throw badInput(
      'idempotencyKey must be 8 to 100 characters of letters, digits, "-" or "_".',
      {
        field: 'idempotencyKey',
      },
    );
}

/**
 * Returns the first record of a retried request, or CONFLICT when the key was
 * used by another viewer or for a different request. `requestHash` is the
 * hashRequest of the retried request; a record stored without one is compared
 * by `sameViewer` alone.
 */
export function replayOf<T extends { requestHash?: string | null }>(
  record: T,
  sameViewer: boolean,
  key: string,
  requestHash: string,
): T {
  if (
    !sameViewer ||
    (record.requestHash != null && record.requestHash !== requestHash)
  )
    throw reusedIdempotencyKey(key);
  return record;
}
