import { calendar, shanghaiDate, type DeadlineResult } from '@ykb/common';
import type { CaseDocument } from './model.js';

export type TimeLimitStatus =
  'NOT_STARTED' | 'NORMAL' | 'WARNING' | 'OVERDUE' | 'ON_TIME' | 'LATE';

/** Working days left at or below which an open case shows WARNING. */
export const WARNING_WORKING_DAYS = 2;

/** Deadline n working days after the Asia/Shanghai day of acceptance (that day not counted). */
export function deadlineAfter(
  acceptedAt: Date,
  workingDays: number,
): DeadlineResult {
  return calendar().addWorkingDays(shanghaiDate(acceptedAt), workingDays);
}

/**
 * Returns a stored deadline, recomputed when it was provisional because its
 * year's holiday schedule was missing and the calendar may know it now.
 */
export function currentDeadline(
  stored: DeadlineResult | null,
  acceptedAt: Date | null,
  workingDays: number,
): DeadlineResult | null {
  if (!stored || !acceptedAt || !stored.provisional) return stored;
  return deadlineAfter(acceptedAt, workingDays);
}

/** Timeliness of a decision taken at `decidedAt` against the promised deadline. */
export function decisionTimeliness(
  decidedAt: Date,
  deadline: DeadlineResult | null,
): 'ON_TIME' | 'LATE' | null {
  if (!deadline) return null;
  return shanghaiDate(decidedAt) <= deadline.date ? 'ON_TIME' : 'LATE';
}

/**
 * Computes the time-limit status of a case at `at`. A case is NOT_STARTED
 * before acceptance and ON_TIME or LATE once decided. An open case is
 * OVERDUE after the promised deadline, WARNING when two or fewer working
 * days remain, and NORMAL otherwise.
 */
export function timeLimitStatus(
  record: Pick<
    CaseDocument,
    | 'acceptedAt'
    | 'decidedAt'
    | 'decisionTimeliness'
    | 'deadline'
    | 'promisedLimitDays'
  >,
  at: Date,
): TimeLimitStatus {
  const deadline = currentDeadline(
    record.deadline,
    record.acceptedAt,
    record.promisedLimitDays,
  );
  if (!record.acceptedAt || !deadline) return 'NOT_STARTED';
  if (record.decidedAt)
    return (
      record.decisionTimeliness ??
      decisionTimeliness(record.decidedAt, deadline) ??
      'ON_TIME'
    );
  const today = shanghaiDate(at);
  if (today > deadline.date) return 'OVERDUE';
  return calendar().workingDaysBetween(today, deadline.date) <=
    WARNING_WORKING_DAYS
    ? 'WARNING'
    : 'NORMAL';
}

/**
 * First deadline date that counts as NORMAL on `at`: an open case is in
 * WARNING exactly when today <= deadline < this date. Queries by status use it.
 */
export function normalFrom(at: Date): string {
  return calendar().addWorkingDays(shanghaiDate(at), WARNING_WORKING_DAYS + 1)
    .date;
}
