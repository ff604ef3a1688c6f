import { calendar, shanghaiDate, type DeadlineResult } from '@ykb/common';
import type { CaseDocument } from './model.js';

export type TimeLimitStatus =
  | 'NOT_STARTED'
  | 'NORMAL'
  | 'WARNING'
  | 'OVERDUE'
  | 'ON_TIME'
  | 'LATE'
  | 'PAUSED';

/** Working days left at or below which an open case shows WARNING when no supervision rules say otherwise. */
export const WARNING_WORKING_DAYS = 2;

/** Statuses in which the clock of an accepted case runs. */
export const RUNNING_STATUSES = ['ACCEPTED', 'REVIEWED'] as const;
/** Statuses in which the clock of an accepted case is paused. */
export const PAUSED_STATUSES = ['SUSPENDED', 'CORRECTION_REQUIRED'] as const;

type TimedCase = Pick<
  CaseDocument,
  | 'status'
  | 'acceptedAt'
  | 'decidedAt'
  | 'completedAt'
  | 'decisionTimeliness'
  | 'deadline'
  | 'promisedLimitDays'
  | 'pauses'
>;

/** Deadline n working days after the Asia/Shanghai day of acceptance (that day not counted). */
export function deadlineAfter(
  acceptedAt: Date,
  workingDays: number,
): DeadlineResult {
  return calendar().addWorkingDays(shanghaiDate(acceptedAt), workingDays);
}

/**
 * Working days a pause excludes: those after the Asia/Shanghai day it began
 * up to and including the day it ended, or `at` for a pause still open. The
 * day a pause begins counts against the limit; the day it ends does not.
 */
export function excludedDays(from: Date, to: Date): number {
  return calendar().workingDaysBetween(shanghaiDate(from), shanghaiDate(to));
}

/** The pause in progress, or null. */
export function openPause(record: Pick<CaseDocument, 'pauses'>) {
  return record.pauses?.find((pause) => !pause.to) ?? null;
}

/**
 * The deadline of an accepted case: `workingDays` after the day of
 * acceptance, moved by the working days of every closed pause and, for a
 * pause still open, by those up to `at`.
 */
export function deadlineOf(
  record: Pick<CaseDocument, 'acceptedAt' | 'pauses'>,
  workingDays: number,
  at: Date,
): DeadlineResult | null {
  if (!record.acceptedAt) return null;
  let extension = 0;
  for (const pause of record.pauses ?? [])
    extension += pause.to
      ? (pause.excludedWorkingDays ?? excludedDays(pause.from, pause.to))
      : excludedDays(pause.from, at);
  return deadlineAfter(record.acceptedAt, workingDays + extension);
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
 * Working days a case was handled: from the Asia/Shanghai day of acceptance
 * (not counted) to the day of the decision, less the working days its pauses
 * excluded. Null for a case never accepted.
 */
export function handlingWorkingDays(
  record: Pick<CaseDocument, 'acceptedAt' | 'pauses'>,
  decidedAt: Date,
): number | null {
  if (!record.acceptedAt) return null;
  let paused = 0;
  for (const pause of record.pauses ?? [])
    paused += pause.to
      ? (pause.excludedWorkingDays ?? excludedDays(pause.from, pause.to))
      : excludedDays(pause.from, decidedAt);
  const days = calendar().workingDaysBetween(
    shanghaiDate(record.acceptedAt),
    shanghaiDate(decidedAt),
  );
  return Math.max(0, days - paused);
}

/** When the clock stopped for good: the decision, or the withdrawal. */
function closedAt(record: TimedCase): Date | null {
  if (record.decidedAt) return record.decidedAt;
  return record.status === 'WITHDRAWN' ? record.completedAt : null;
}

/** Signed working days from `today` to `deadline`: negative once the deadline has passed. */
function signedDaysUntil(today: string, deadline: string): number {
  return today <= deadline
    ? calendar().workingDaysBetween(today, deadline)
    : -calendar().workingDaysBetween(deadline, today);
}

/**
 * Working days left until the promised deadline at `at`: null before
 * acceptance and once closed; while paused, the value when the pause began.
 */
export function remainingWorkingDays(
  record: TimedCase,
  at: Date,
): number | null {
  if (!record.acceptedAt || closedAt(record)) return null;
  const pause = openPause(record);
  const reference = pause ? pause.from : at;
  const deadline = deadlineOf(record, record.promisedLimitDays, reference);
  if (!deadline) return null;
  return signedDaysUntil(shanghaiDate(reference), deadline.date);
}

/**
 * Computes the time-limit status of a case at `at`. A case is NOT_STARTED
 * before acceptance and ON_TIME or LATE once decided or withdrawn. An open
 * case is PAUSED during a correction or special procedure, OVERDUE after
 * the promised deadline, WARNING when `warningDays` or fewer working days
 * remain, and NORMAL otherwise.
 */
export function timeLimitStatus(
  record: TimedCase,
  at: Date,
  warningDays = WARNING_WORKING_DAYS,
): TimeLimitStatus {
  if (!record.acceptedAt) return 'NOT_STARTED';
  const closed = closedAt(record);
  if (closed) {
    if (record.decisionTimeliness) return record.decisionTimeliness;
    return (
      decisionTimeliness(
        closed,
        deadlineOf(record, record.promisedLimitDays, closed),
      ) ?? 'ON_TIME'
    );
  }
  if (openPause(record)) return 'PAUSED';
  const remaining = remainingWorkingDays(record, at);
  if (remaining === null) return 'NOT_STARTED';
  const deadline = deadlineOf(record, record.promisedLimitDays, at)!;
  if (shanghaiDate(at) > deadline.date) return 'OVERDUE';
  return remaining <= warningDays ? 'WARNING' : 'NORMAL';
}

/**
 * First deadline date that counts as NORMAL on `at`: an open, running case
 * is in WARNING exactly when today <= deadline < this date. Queries by
 * status use it.
 */
export function normalFrom(
  at: Date,
  warningDays = WARNING_WORKING_DAYS,
): string {
  return calendar().addWorkingDays(shanghaiDate(at), warningDays + 1).date;
}
