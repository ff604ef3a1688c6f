import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  changeAtVersion,
  ErrorCode,
  type AuditEvent,
  type Logger,
} from '@ykb/common';
import { GraphQLError } from 'graphql';
import { accountAuditEvent } from './auditEvents.js';
import type { IdentityServices, RecordAudit } from './context.js';
import type { UserDocument } from './model.js';
import { NotifierError } from './notifier.js';
import { issueCode, RESET_CODE_TTL_MS, useCode } from './oneTimeCodes.js';
import { findPasswordProblem, hashPassword } from './password.js';
import { normalizeAccount } from './personInput.js';
import { revokeUserSessions } from './sessions.js';
import { findUserByAccount, MAX_ACCOUNT_LENGTH } from './signIn.js';

/** Rate limits of reset requests, each applied per account and per mobile number. */
export const RESET_REQUEST_LIMITS = [
  { windowMs: 60 * 1000, max: 1 },
  { windowMs: 3600 * 1000, max: 5 },
] as const;

export interface PasswordResetServices extends Pick<
  IdentityServices,
  'models' | 'notifier' | 'now' | 'oidc'
> {
  log: Logger;
  recordAudit: RecordAudit;
}

const RESET_ANSWER = {
  message:
    'If the account exists and has a mobile number, a 6-digit code was sent to it.',
  codeValidMinutes: RESET_CODE_TTL_MS / 60_000,
};

function normalizedAccountArgument(raw: string): string {
  const account = normalizeAccount(raw);
  if (!account || account.length > MAX_ACCOUNT_LENGTH)
    throw badInput(
      `account must have 1 to ${MAX_ACCOUNT_LENGTH} characters after removing spaces.`,
      { field: 'account' },
    );
  return account;
}

/**
 * Reports whether requests with this value of `field` exceed a rate limit.
 * Each request is inserted before the count, and the count includes later
 * concurrent requests, so concurrent requests may all be rejected but never
 * more are accepted than a limit allows.
 */
async function exceedsRateLimit(
  services: PasswordResetServices,
  field: 'account' | 'mobile',
  value: string,
  now: Date,
): Promise<{ windowMs: number; max: number } | undefined> {
  for (const limit of RESET_REQUEST_LIMITS) {
    const count = await services.models.ResetRequest.countDocuments({
      [field]: value,
      at: { $gt: new Date(now.getTime() - limit.windowMs) },
    });
    if (count > limit.max) return limit;
  }
  return undefined;
}

/**
 * Minimum response time of a reset request. Sending a code takes longer
 * than rejecting an unknown account, so every response waits until this
 * much time has passed and response times do not reveal which accounts
 * exist. NOTE: a send slower than this still shows. 400 ms is an estimate:
 * about four times the sandbox gateway's send time (about 100 ms) measured
 * on a loaded two-core machine.
 */
export const RESET_REQUEST_MIN_MS = 400;

/** Runs `work` and settles no sooner than `minimumMs` after the call, with its result or error. */
export async function settleNoSooner<T>(
  minimumMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const remaining = minimumMs - (performance.now() - started);
    if (remaining > 0)
      await new Promise((resolve) => setTimeout(resolve, remaining));
  }
}

/**
 * Sends a reset code to the mobile of an account. The response is the same
 * whether or not the account exists, is disabled, has no mobile, hit the
 * per-mobile limit or the message failed; those cases are audited and
 * logged instead. Only the per-account limit is reported (RATE_LIMITED),
 * because it applies to unknown accounts alike.
 */
export async function requestPasswordReset(
  services: PasswordResetServices,
  rawAccount: string,
): Promise<typeof RESET_ANSWER> {
  const { models, recordAudit } = services;
  const account = normalizedAccountArgument(rawAccount);
  const now = services.now();
  const user = await findUserByAccount(models, account);
  const requestId = randomUUID();
  await models.ResetRequest.create({ _id: requestId, account, at: now });

  const audit = (event: Omit<AuditEvent, 'action'>) =>
    recordAudit(
      accountAuditEvent('requestPasswordReset', account, user, event),
    );

  const accountLimit = await exceedsRateLimit(
    services,
    'account',
    account,
    now,
  );
  if (accountLimit) {
    await models.ResetRequest.deleteOne({ _id: requestId });
    await audit({ outcome: 'REFUSED', code: ErrorCode.RateLimited });
    throw appError(
      ErrorCode.RateLimited,
      `At most ${accountLimit.max} reset request(s) per account every ${accountLimit.windowMs / 60_000} minute(s); retry later.`,
      { retryAfterSeconds: accountLimit.windowMs / 1000 },
    );
  }

  const problem = await findResetProblem(services, user, requestId, now);
  if (problem) {
    await audit({ outcome: 'FAILED', code: problem.code, details: problem });
    return RESET_ANSWER;
  }

  try {
    await issueCode(services, user!, 'RESET');
  } catch (error) {
    if (!(error instanceof NotifierError)) throw error;
    services.log.warn(
      { userId: user!._id, reason: error.reason },
      'password-reset code could not be sent',
    );
    await audit({
      outcome: 'FAILED',
      code: ErrorCode.UpstreamFailed,
      details: { reason: error.reason },
    });
    return RESET_ANSWER;
  }
  await audit({ outcome: 'SUCCEEDED' });
  return RESET_ANSWER;
}

/** Returns why no code is sent for an account that is within its own rate limit, or undefined. */
async function findResetProblem(
  services: PasswordResetServices,
  user: UserDocument | null,
  requestId: string,
  now: Date,
): Promise<{ code: string; reason: string } | undefined> {
  if (!user) return { code: ErrorCode.NotFound, reason: 'unknown account' };
  if (user.disabledAt)
    return { code: ErrorCode.AccountDisabled, reason: 'account disabled' };
  if (!user.mobile)
    return { code: ErrorCode.NotFound, reason: 'account has no mobile' };
  // Only requests within their account's limit carry the mobile, so rejected ones do not count against it.
  const { ResetRequest } = services.models;
  await ResetRequest.updateOne(
    { _id: requestId },
    { $set: { mobile: user.mobile } },
  );
  if (await exceedsRateLimit(services, 'mobile', user.mobile, now)) {
    // The request still counts for the account, so the account's limit behaves as for any account.
    await ResetRequest.updateOne({ _id: requestId }, { $unset: { mobile: 1 } });
    return { code: ErrorCode.RateLimited, reason: 'mobile rate limit' };
  }
  return undefined;
}

/** Maximum attempts at storing a password hash while administrators change the same account. */
const MAX_PASSWORD_STORE_ATTEMPTS = 5;

/**
 * Stores a new password hash. A versioned staff account changes through
 * changeAtVersion, because FerretDB 1.24 writes a whole document back on
 * update, so an unguarded update could undo a concurrent disable.
 */
async function storePasswordHash(
  services: PasswordResetServices,
  userId: string,
  passwordHash: string,
): Promise<void> {
  const { User } = services.models;
  for (let attempt = 1; attempt <= MAX_PASSWORD_STORE_ATTEMPTS; attempt++) {
    const user = await User.findById(userId, { version: 1 }).lean<{
      version?: number;
    }>();
    if (typeof user?.version !== 'number') {
      await User.updateOne({ _id: userId }, { $set: { passwordHash } });
      return;
    }
    const changed = await changeAtVersion(User, userId, user.version, {
      set: { passwordHash },
    });
    if (changed) return;
  }
  throw appError(
    ErrorCode.Conflict,
    'The account was changed at the same time; request a new code and retry.',
  );
}

/**
 * Sets a new password with a reset or activation code, revokes every
 * session of the user and clears a sign-in lock. Refused checks are audited
 * with the normalised account, never the code.
 */
export async function resetPassword(
  services: PasswordResetServices,
  rawAccount: string,
  typedCode: string,
  newPassword: string,
): Promise<true> {
  const { models, recordAudit } = services;
  const account = normalizedAccountArgument(rawAccount);
  const passwordProblem = findPasswordProblem(newPassword);
  if (passwordProblem)
    throw badInput(passwordProblem, { field: 'newPassword' });

  const user = await findUserByAccount(models, account);
  const audit = (event: Omit<AuditEvent, 'action'>) =>
    recordAudit(accountAuditEvent('resetPassword', account, user, event));

  let purpose: string;
  try {
    purpose = (await useCode(services, account, user, typedCode)).purpose;
  } catch (error) {
    const code =
      error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string') await audit({ outcome: 'REFUSED', code });
    throw error;
  }
  if (user!.disabledAt) {
    await audit({ outcome: 'REFUSED', code: ErrorCode.AccountDisabled });
    throw appError(
      ErrorCode.AccountDisabled,
      'The account is disabled; ask an administrator of your division to enable it.',
    );
  }

  await storePasswordHash(services, user!._id, await hashPassword(newPassword));
  await models.SignInFailure.deleteMany({ account });
  await models.SignInAttempt.deleteOne({ _id: account });
  const revoked = await revokeUserSessions(
    models,
    user!._id,
    services.now().getTime(),
  );
  await services.oidc.endAccountSessions(user!._id);
  await audit({
    outcome: 'SUCCEEDED',
    actorId: user!._id,
    details: { purpose, sessionsRevoked: revoked },
  });
  services.log.info({ userId: user!._id, purpose }, 'password set with a code');
  return true;
}
