import { badInput, checkItemCode } from '@ykb/common';

/** Maximum number of item codes in one grant. */
export const MAX_GRANT_ITEMS = 200;
/** Maximum length of a revocation reason, in code points. */
export const MAX_REVOCATION_REASON_LENGTH = 500;

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * Normalises item codes and checks that there is at least one, at most
 * MAX_GRANT_ITEMS, each well-formed and none repeated after normalisation.
 * Throws BAD_USER_INPUT on field `itemCodes` with the offending `index`.
 */
export function readItemCodes(raw: readonly string[]): string[] {
  if (raw.length === 0)
    throw badInput('itemCodes must name at least one item.', {
      field: 'itemCodes',
    });
  if (raw.length > MAX_GRANT_ITEMS)
    throw badInput(
      `itemCodes may name at most ${MAX_GRANT_ITEMS} items, got ${raw.length}.`,
      { field: 'itemCodes' },
    );
  const seen = new Set<string>();
  return raw.map((value, index) => {
    const { valid, normalized } = checkItemCode(value);
    if (!valid)
      throw badInput(
        `itemCodes[${index}] "${value.slice(0, 40)}" is not an item implementation code: expected a department's unified social credit code followed by 13 letters or digits.`,
        { field: 'itemCodes', index },
      );
    if (seen.has(normalized))
      throw badInput(`itemCodes[${index}] repeats item ${normalized}.`, {
        field: 'itemCodes',
        index,
      });
    seen.add(normalized);
    return normalized;
  });
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isRealDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

/**
 * Parses the end of a grant's validity: an ISO 8601 date-time with `Z` or an
 * offset, or a date (YYYY-MM-DD) meaning the end of that day in
 * Asia/Shanghai. It must lie after `now` and at most one year after it.
 * Throws BAD_USER_INPUT on field `validUntil`.
 */
export function readValidUntil(raw: string, now: Date): Date {
  const text = raw.normalize('NFKC').trim();
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts || !isRealDate(parts[1]!, parts[2]!, parts[3]!))
    throw badInput(
      `validUntil "${text.slice(0, 40)}" is not an ISO 8601 date (YYYY-MM-DD) or date-time with an offset, such as 2027-06-30T18:00:00+08:00.`,
      { field: 'validUntil' },
    );
  const validUntil = new Date(
    dateOnly ? `${text}T23:59:59.999+08:00` : Date.parse(text),
  );
  if (validUntil.getTime() <= now.getTime())
    throw badInput('validUntil must lie in the future.', {
      field: 'validUntil',
    });
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  if (validUntil.getTime() > latest.getTime())
    throw badInput(
      `validUntil may lie at most one year ahead, up to ${toShanghaiDateTime(latest)}.`,
      { field: 'validUntil' },
    );
  return validUntil;
}

/**
 * Formats an instant as an ISO 8601 date-time in Asia/Shanghai, such as
 * 2027-06-30T18:00:00+08:00. China has kept UTC+8 without daylight saving
 * since 1992, so the offset is fixed.
 */
export function toShanghaiDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** Trims a revocation reason and checks it is present and at most MAX_REVOCATION_REASON_LENGTH long. */
export function readRevocationReason(raw: string): string {
  const reason = raw.normalize('NFC').trim();
  if (!reason) throw badInput('reason is required.', { field: 'reason' });
  if (Array.from(reason).length > MAX_REVOCATION_REASON_LENGTH)
    throw badInput(
      `reason may be at most ${MAX_REVOCATION_REASON_LENGTH} characters.`,
      { field: 'reason' },
    );
  return reason;
}
