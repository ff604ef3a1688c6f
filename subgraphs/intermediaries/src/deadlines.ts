import { badInput, calendar, shanghaiDate } from '@ykb/common';

/** Working days the administration has for a consistency check (A.1 c, A.2 c). */
export const CHECK_WORKING_DAYS = 1;
/** Working days of an agency's public notice (A.2 d), served without an open objection. */
export const NOTICE_WORKING_DAYS = 5;
/** Minimum working days from publication to the registration deadline (3.7.4.4). */
export const ANNOUNCEMENT_WORKING_DAYS = 2;
/** Working days for the contract upload after signing (3.7.7.3). */
export const CONTRACT_WORKING_DAYS = 2;
/** Working days for the completion registration after receipt (3.7.7.4). */
export const COMPLETION_WORKING_DAYS = 2;

/** Returns the n-th working day after an instant's Asia/Shanghai date, as YYYY-MM-DD. */
export function workingDaysAfter(from: Date | string, n: number): string {
  const start = typeof from === 'string' ? from : shanghaiDate(from);
  return calendar().addWorkingDays(start, n).date;
}

/** Returns the instant an Asia/Shanghai day ends (midnight +08:00 of the next day). */
export function endOfShanghaiDay(isoDate: string): Date {
  return new Date(new Date(`${isoDate}T00:00:00+08:00`).getTime() + 86400000);
}

/**
 * Returns the end of a public notice that still needs `workingDays` whole
 * working days, counted from the day after `from` (Asia/Shanghai).
 */
export function noticeEnd(from: Date, workingDays: number): Date {
  return endOfShanghaiDay(workingDaysAfter(from, workingDays));
}

/**
 * Counts the working days a notice ending at `endsAt` still has to serve
 * when an objection pauses it at `objectedAt`. The day of the objection
 * counts as not served, so a resumed notice never comes out short.
 */
export function noticeDaysLeft(endsAt: Date, objectedAt: Date): number {
  const objectionDay = shanghaiDate(objectedAt);
  const lastDay = shanghaiDate(new Date(endsAt.getTime() - 1));
  const after = calendar().workingDaysBetween(objectionDay, lastDay);
  return calendar().isWorkingDay(objectionDay) ? after + 1 : after;
}

/** Reports whether `at` falls after the Asia/Shanghai day `dueDate`. */
export function isAfterDay(at: Date, dueDate: string): boolean {
  return shanghaiDate(at) > dueDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a YYYY-MM-DD date that exists in the calendar. */
export function checkIsoDate(value: string, field: string): string {
  const trimmed = value.trim();
  if (
    !ISO_DATE.test(trimmed) ||
    new Date(`${trimmed}T00:00:00Z`).toISOString().slice(0, 10) !== trimmed
  )
    throw badInput(
      `${field} must be a date written YYYY-MM-DD, got "${value}".`,
      {
        field,
      },
    );
  return trimmed;
}

/** Checks an ISO 8601 instant with a time zone. */
export function checkInstant(value: string, field: string): Date {
  const at = new Date(value);
  if (!/T.*(Z|[+-]\d{2}:?\d{2})$/.test(value) || Number.isNaN(at.getTime()))
    throw badInput(
      `${field} must be an ISO 8601 time with a time zone, got "${value}".`,
      { field },
    );
  return at;
}

/** Formats a stored instant for the API. */
export function iso(at: Date | null | undefined): string | null {
  return at ? new Date(at).toISOString() : null;
}
