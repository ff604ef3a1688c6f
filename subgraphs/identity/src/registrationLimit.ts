import { appError, ErrorCode, integerFromEnv, reserveSlot } from '@ykb/common';
import type { IdentityModels } from './model.js';

/** Environment variable: registrations one client address may attempt per hour. */
export const REGISTRATION_LIMIT_ENV = 'YKB_REGISTRATION_HOURLY_LIMIT';

const WINDOW_MS = 60 * 60_000;

/** Reads the registrations allowed per client address and hour (1 to 10000, default 60). */
export function registrationLimitFromEnv(): number {
  return integerFromEnv(REGISTRATION_LIMIT_ENV, 60, 1, 10_000, 'registrations');
}

/**
 * Counts one registration attempt (registerPerson or registerLegalPerson)
 * by a client address in fixed clock hours and throws
 * REGISTRATION_RATE_LIMITED past `limit`. Each attempt inserts one slot
 * under a unique id, so concurrent attempts never share a slot. Every
 * attempt that reaches real-name verification counts, successful or not,
 * because failed ones are what probing for registered identifiers costs.
 */
export async function reserveRegistration(
  models: Pick<IdentityModels, 'RegistrationSlot'>,
  clientAddress: string,
  limit: number,
  now: Date,
): Promise<void> {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const windowEnd = new Date((window + 1) * WINDOW_MS);
  const slot = await reserveSlot(
    models.RegistrationSlot,
    `register:${clientAddress}:${window}`,
    limit,
    windowEnd,
  );
  if (slot) return;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowEnd.getTime() - now.getTime()) / 1000),
  );
  throw appError(
    ErrorCode.RegistrationRateLimited,
    `At most ${limit} registrations an hour are allowed from one network address; try again after ${windowEnd.toISOString()}.`,
    { limit, retryAfterSeconds },
  );
}
