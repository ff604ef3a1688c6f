import {
  appError,
  ErrorCode,
  reserveSlot,
  slotModel,
  type Logger,
  type SlotDocument,
} from '@ykb/common';
import type { Connection, Model } from 'mongoose';

/** Lookups one client may make per minute. */
export const CLIENT_LOOKUPS_PER_MINUTE = 20;
/** Failed lookups of one case number from one client per lock-out window before they lock. */
export const CASE_FAILURES_PER_WINDOW = 5;
/** Failed lookups from one client per lock-out window before it locks. */
export const CLIENT_FAILURES_PER_WINDOW = 10;
/** Length of the fixed lock-out window. */
export const LOCKOUT_WINDOW_MS = 30 * 60_000;

/** Returns the model of lookup slots on a connection, registering it on first use. */
function lookupSlotModel(connection: Connection): Model<SlotDocument> {
  return slotModel(connection, 'ProgressLookupSlot', 'progress_lookup_slots');
}

/**
 * Encodes a part of a slot id, so a `:` or `;` inside it cannot end the part
 * early and two different client and case number pairs never share a prefix.
 */
function slotKeyPart(value: string): string {
  return encodeURIComponent(value);
}

function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
}

/** Failure slots a lookup keeps until its comparison ends. */
export interface LookupReservation {
  /** Releases the failure slots after a match, so only failures count. */
  matched: () => Promise<void>;
}

/**
 * Limits public progress lookups (caseProgress). A client makes at most
 * CLIENT_LOOKUPS_PER_MINUTE lookups a minute (RATE_LIMITED). Each lookup
 * takes one failure slot of its client and one of its client and case
 * number before it compares anything, and gives them back only when it
 * matched. When CLIENT_FAILURES_PER_WINDOW slots of a client, or
 * CASE_FAILURES_PER_WINDOW of a client for one case number, are held, that
 * client's further lookups are refused with TOO_MANY_ATTEMPTS until the
 * window ends, even with correct case data, so parallel guessing gains
 * nothing. Failures from one client address never lock the case number for
 * another address, so a guesser cannot lock the applicant out unless both
 * share an address, as behind a reverse proxy. Windows are fixed,
 * so at a window boundary up to twice the number of failures can happen in
 * a row.
 */
export async function reserveProgressLookup(
  connection: Connection,
  clientAddress: string,
  caseNumber: string,
  log: Logger,
): Promise<LookupReservation> {
  const slots = lookupSlotModel(connection);
  const now = new Date();
  const minute = Math.floor(now.getTime() / 60_000);
  const minuteEnd = new Date((minute + 1) * 60_000);
  const client = await reserveSlot(
    slots,
    `rate:${clientAddress}:${minute}`,
    CLIENT_LOOKUPS_PER_MINUTE,
    minuteEnd,
  );
  if (!client) {
    log.warn({ clientAddress }, 'case progress lookups rate-limited');
    throw appError(
      ErrorCode.RateLimited,
      `At most ${CLIENT_LOOKUPS_PER_MINUTE} progress lookups a minute are allowed from one client; try again in a minute.`,
      { retryAfterSeconds: secondsUntil(minuteEnd, now) },
    );
  }

  const window = Math.floor(now.getTime() / LOCKOUT_WINDOW_MS);
  const windowEnd = new Date((window + 1) * LOCKOUT_WINDOW_MS);
  const lockedOut = (subject: 'client' | 'case number', scope: string) => {
    log.warn(
      { clientAddress, caseNumber, subject },
      'case progress locked out',
    );
    return appError(
      ErrorCode.TooManyAttempts,
      `Too many failed progress lookups ${scope}; lookups are locked until ${windowEnd.toISOString()}.`,
      { retryAfterSeconds: secondsUntil(windowEnd, now), subject },
    );
  };
  const clientFailure = await reserveSlot(
    slots,
    `fail-client:${clientAddress}:${window}`,
    CLIENT_FAILURES_PER_WINDOW,
    windowEnd,
  );
  if (!clientFailure) throw lockedOut('client', 'from this client');
  const caseFailure = await reserveSlot(
    slots,
    `fail-case:${slotKeyPart(clientAddress)}:${slotKeyPart(caseNumber)}:${window}`,
    CASE_FAILURES_PER_WINDOW,
    windowEnd,
  );
  if (!caseFailure) {
    await slots.deleteOne({ _id: clientFailure });
    throw lockedOut('case number', 'of this case number from this client');
  }
  return {
    matched: async () => {
      await slots.deleteMany({ _id: { $in: [clientFailure, caseFailure] } });
    },
  };
}
