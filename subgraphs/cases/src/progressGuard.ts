import {
  appError,
  ErrorCode,
  isDuplicateKeyError,
  type Logger,
} from '@ykb/common';
import { Schema, type Connection, type Model } from 'mongoose';

/** Lookups one client may make per minute. */
export const CLIENT_LOOKUPS_PER_MINUTE = 20;
/** Failed lookups of one case number per lock-out window before it locks. */
export const CASE_FAILURES_PER_WINDOW = 5;
/** Failed lookups from one client per lock-out window before it locks. */
export const CLIENT_FAILURES_PER_WINDOW = 10;
/** Length of the fixed lock-out window. */
export const LOCKOUT_WINDOW_MS = 30 * 60_000;

/**
 * A reserved slot of a limit. Each slot is inserted under the unique `_id`
 * `<limit>:<key>:<window>:<n>`, so two concurrent requests never take the
 * same slot, even on FerretDB, where counting and `$inc` are not atomic.
 */
interface SlotDocument {
  _id: string;
  expiresAt: Date;
}

const slotSchema = new Schema<SlotDocument>(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
slotSchema.index({ expiresAt: 1 });

/** Returns the model of lookup slots on a connection, registering it on first use. */
function slotModel(connection: Connection): Model<SlotDocument> {
  return (
    (connection.models.ProgressLookupSlot as Model<SlotDocument> | undefined) ??
    connection.model<SlotDocument>(
      'ProgressLookupSlot',
      slotSchema,
      'progress_lookup_slots',
    )
  );
}

/**
 * Takes a free slot 1..limit of `prefix` that expires at `expiresAt`;
 * returns its id, or null when all are taken. The count of existing slots
 * is only a hint where to start, so a released slot is found again.
 */
async function reserveSlot(
  slots: Model<SlotDocument>,
  prefix: string,
  limit: number,
  expiresAt: Date,
): Promise<string | null> {
  const takenCount = await slots.countDocuments({
    _id: { $gte: `${prefix}:`, $lt: `${prefix};` },
  });
  const order = [
    ...Array.from(
      { length: limit - Math.min(takenCount, limit) },
      (_, i) => takenCount + i + 1,
    ),
    ...Array.from({ length: Math.min(takenCount, limit) }, (_, i) => i + 1),
  ];
  for (const n of order) {
    const id = `${prefix}:${n}`;
    try {
      await slots.create({ _id: id, expiresAt });
      if (n === 1) await slots.deleteMany({ expiresAt: { $lt: new Date() } });
      return id;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return null;
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
 * takes one failure slot of its case number and one of its client before
 * it compares anything, and gives them back only when it matched. When
 * CASE_FAILURES_PER_WINDOW slots of a case number or
 * CLIENT_FAILURES_PER_WINDOW of a client are held, further lookups are
 * refused with TOO_MANY_ATTEMPTS until the window ends, even with correct
 * case data, so parallel guessing gains nothing. Windows are fixed, so at a
 * window boundary up to twice the number of failures can happen in a row.
 */
// NOTE: anyone can lock a case number's lookup for the rest of the window by failing on purpose. The applicant still reads progress on the case page after signing in.
export async function reserveProgressLookup(
  connection: Connection,
  clientAddress: string,
  caseNumber: string,
  log: Logger,
): Promise<LookupReservation> {
  const slots = slotModel(connection);
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
  const lockedOut = (subject: string) => {
    log.warn(
      { clientAddress, caseNumber, subject },
      'case progress locked out',
    );
    return appError(
      ErrorCode.TooManyAttempts,
      `Too many failed progress lookups for this ${subject}; lookups are locked until ${windowEnd.toISOString()}.`,
      { retryAfterSeconds: secondsUntil(windowEnd, now), subject },
    );
  };
  const clientFailure = await reserveSlot(
    slots,
    `fail-client:${clientAddress}:${window}`,
    CLIENT_FAILURES_PER_WINDOW,
    windowEnd,
  );
  if (!clientFailure) throw lockedOut('client');
  const caseFailure = await reserveSlot(
    slots,
    `fail-case:${caseNumber}:${window}`,
    CASE_FAILURES_PER_WINDOW,
    windowEnd,
  );
  if (!caseFailure) {
    await slots.deleteOne({ _id: clientFailure });
    throw lockedOut('case number');
  }
  return {
    matched: async () => {
      await slots.deleteMany({ _id: { $in: [clientFailure, caseFailure] } });
    },
  };
}
