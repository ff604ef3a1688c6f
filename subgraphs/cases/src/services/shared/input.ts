import {
  badInput,
  calendar,
  isIdempotencyKey,
  shanghaiDate,
  type DeadlineResult,
} from '@ykb/common';

/** Reads a list size `first`: 1 to 100, 20 when absent. */
export function listSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100)
    throw badInput('`first` must be between 1 and 100.', { field: 'first' });
  return size;
}

/** Checks a client idempotency key: 8 to 100 characters from A-Z a-z 0-9 _ -. */
export function requireIdempotencyKey(
  value: string,
  field = 'idempotencyKey',
): string {
  if (!isIdempotencyKey(value))
    throw badInput(
      `${field} must be 8 to 100 characters from A-Z a-z 0-9 _ -.`,
      { field },
    );
  return value;
}

/**
 * Control characters other than tab and line breaks, and the Unicode
 * characters that reorder text direction (U+200E, U+200F, U+202A to
 * U+202E, U+2066 to U+2069): they hide or reverse what a clerk, a courier
 * or a printed form shows.
 */
const HIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Normalises free text to NFC, trims it and checks its length in code
 * points; an empty value is null unless `required`. Text with control or
 * direction characters (HIDDEN_CHARACTERS) is refused.
 */
export function readText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
  required: boolean,
): string | null {
  const text = value?.normalize('NFC').trim() ?? '';
  if (!text) {
    if (required) throw badInput(`${field} is required.`, { field });
    return null;
  }
  if (Array.from(text).length > maxLength)
    throw badInput(`${field} may be at most ${maxLength} characters.`, {
      field,
    });
  if (HIDDEN_CHARACTERS.test(text))
    throw badInput(
      `${field} contains a control or text-direction character; remove it.`,
      { field },
    );
  return text;
}

/** Reads a required text field; see readText. */
export function requireText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string {
  return readText(value, field, maxLength, true)!;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a calendar date YYYY-MM-DD that exists. */
export function readDate(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !DATE_PATTERN.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  )
    throw badInput(`${field} must be a date YYYY-MM-DD, got ${value}.`, {
      field,
    });
  return value;
}

/** Start of an Asia/Shanghai day (UTC+8, no daylight saving) as a UTC instant. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The Asia/Shanghai day range [from 00:00, day after `to` 00:00) as UTC instants. */
export function shanghaiRange(
  from: string,
  to: string,
): { start: Date; end: Date } {
  readDate(from, 'from');
  readDate(to, 'to');
  if (to < from)
    throw badInput('`to` must not be before `from`.', { field: 'to' });
  const start = shanghaiDayStart(from);
  const end = new Date(shanghaiDayStart(to).getTime() + 24 * 3600_000);
  if (end.getTime() - start.getTime() > 366 * 24 * 3600_000)
    throw badInput('The period may span at most 366 days.', { field: 'to' });
  return { start, end };
}

/** Deadline `workingDays` working days after the Asia/Shanghai day of `from` (that day not counted). */
export function workingDeadline(
  from: Date,
  workingDays: number,
): DeadlineResult {
  return calendar().addWorkingDays(shanghaiDate(from), workingDays);
}

/** Reports whether an open follow-up is past its deadline on the Asia/Shanghai day of `at`. */
export function isOverdue(
  status: 'OPEN' | 'DONE',
  deadline: DeadlineResult,
  at: Date,
): boolean {
  return status === 'OPEN' && deadline.date < shanghaiDate(at);
}

export function iso(value: Date): string;
export function iso(value: Date | null | undefined): string | null;
export function iso(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
