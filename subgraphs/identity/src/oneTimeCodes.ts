import { randomInt, randomUUID } from 'node:crypto';
import { appError, ErrorCode, isDuplicateKeyError } from '@ykb/common';
import type { GraphQLError } from 'graphql';
import type { IdentityServices } from './context.js';
import type { OneTimeCodeDocument, UserDocument } from './model.js';
import type { SmsTemplateId } from './notifier.js';
import { hashPassword, unmatchableHash, verifyPassword } from './password.js';
import { upsertById } from './upsertById.js';

/** Lifetime of a password-reset code. */
export const RESET_CODE_TTL_MS = 10 * 60 * 1000;
/** Lifetime of the activation code of a new staff account. */
export const ACTIVATION_CODE_TTL_MS = 24 * 3600 * 1000;
/** Maximum checks of one code; the check that reaches it with a wrong code voids the code and locks the account's checks. */
export const MAX_CODE_CHECKS = 5;
/** How long code checks of an account stay locked after MAX_CODE_CHECKS wrong codes. */
export const CODE_CHECK_LOCK_MS = 15 * 60 * 1000;

export type CodePurpose = 'ACTIVATION' | 'RESET';

const PURPOSES: Record<
  CodePurpose,
  { ttlMs: number; templateId: SmsTemplateId }
> = {
  ACTIVATION: {
    ttlMs: ACTIVATION_CODE_TTL_MS,
    templateId: 'ACCOUNT_ACTIVATION',
  },
  RESET: { ttlMs: RESET_CODE_TTL_MS, templateId: 'PASSWORD_RESET' },
};

type CodeServices = Pick<IdentityServices, 'models' | 'notifier' | 'now'>;

/** Draws a uniformly random 6-digit code, leading zeros included. */
function drawCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Stores a new code of a user as a scrypt hash and sends it to the user's
 * mobile. When the send fails, the stored code is deleted and the
 * notifier's error is raised, so nothing is left half-written. After a
 * successful send, the user's older codes are deleted: one code is active.
 */
export async function issueCode(
  services: CodeServices,
  user: Pick<UserDocument, '_id' | 'account' | 'mobile'>,
  purpose: CodePurpose,
): Promise<void> {
  if (!user.mobile)
    throw new Error(`User ${user._id} has no mobile to send a code to.`);
  const { models, notifier } = services;
  const { ttlMs, templateId } = PURPOSES[purpose];
  const code = drawCode();
  const createdAt = services.now();
  const id = randomUUID();
  await models.OneTimeCode.create({
    _id: id,
    userId: user._id,
    account: user.account,
    purpose,
    codeHash: await hashPassword(code),
    createdAt,
    expiresAt: new Date(createdAt.getTime() + ttlMs),
  });

  try {
    await notifier.send({
      mobile: user.mobile,
      templateId,
      params: {
        account: user.account,
        code,
        minutes: String(ttlMs / 60_000),
        hours: String(ttlMs / 3_600_000),
      },
    });
  } catch (error) {
    await models.OneTimeCode.deleteOne({ _id: id });
    throw error;
  }
  await models.OneTimeCode.deleteMany({
    userId: user._id,
    createdAt: { $lt: createdAt },
  });
}

function tooManyAttempts(lockedUntil: Date): GraphQLError {
  return appError(
    ErrorCode.TooManyAttempts,
    `Too many wrong codes: code checks of this account are locked until ${lockedUntil.toISOString()}; then request a new code.`,
    { lockedUntil: lockedUntil.toISOString() },
  );
}

/** Finds the user's newest code, which is the active one. */
async function findActiveCode(
  services: CodeServices,
  userId: string,
): Promise<OneTimeCodeDocument | null> {
  return services.models.OneTimeCode.findOne({ userId })
    .sort({ createdAt: -1, _id: -1 })
    .lean<OneTimeCodeDocument>();
}

/**
 * Checks a code typed for an account and marks it used; returns the used
 * code. Every check is inserted as its own document before the code is
 * compared, and only the first MAX_CODE_CHECKS checks of a code are
 * compared at all, so concurrent guesses cannot exceed the limit. The check
 * that reaches the limit with a wrong code voids the code and locks the
 * account's checks for CODE_CHECK_LOCK_MS. An account without a code,
 * known or not, is counted and locked alike, so the errors do not reveal
 * whether it exists. CODE_EXPIRED is given only for the right code.
 */
export async function useCode(
  services: CodeServices,
  account: string,
  user: UserDocument | null,
  typedCode: string,
): Promise<OneTimeCodeDocument> {
  const { models } = services;
  const now = services.now();
  // The code is read before the lock: a lock is written before its code is voided, so a check that finds the code gone sees the lock.
  const code = user ? await findActiveCode(services, user._id) : null;
  const lock = await models.CodeCheckLock.findById(account).lean<{
    lockedUntil: Date;
  }>();
  if (lock && lock.lockedUntil.getTime() > now.getTime())
    throw tooManyAttempts(lock.lockedUntil);

  // Checks of an account without a code count per lock period, so an expired lock starts a fresh count.
  const subject =
    code?._id ?? `none:${account}:${lock?.lockedUntil.getTime() ?? 0}`;
  await models.CodeCheck.create({
    _id: randomUUID(),
    subject,
    account,
    at: now,
  });
  const checks = await models.CodeCheck.countDocuments({ subject });
  if (checks > MAX_CODE_CHECKS)
    throw await lockCodeChecks(services, account, code, now);

  const normalized = typedCode.normalize('NFKC').trim();
  let matches = false;
  if (code)
    matches =
      /^\d{6}$/u.test(normalized) &&
      (await verifyPassword(normalized, code.codeHash));
  // Without a code, the same scrypt work keeps the response time alike.
  else await verifyPassword(normalized, await unmatchableHash());
  if (!matches) {
    if (checks >= MAX_CODE_CHECKS)
      throw await lockCodeChecks(services, account, code, now);
    throw appError(ErrorCode.InvalidCode, 'The code is wrong.', {
      attemptsLeft: MAX_CODE_CHECKS - checks,
    });
  }
  if (code!.expiresAt.getTime() <= now.getTime())
    throw appError(
      ErrorCode.CodeExpired,
      'The code has expired; request a new one.',
    );

  try {
    await models.UsedCode.create({ _id: code!._id, usedAt: now });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw appError(ErrorCode.InvalidCode, 'The code was already used.', {
      attemptsLeft: 0,
    });
  }
  await models.OneTimeCode.deleteMany({
    userId: user!._id,
    createdAt: { $lte: code!.createdAt },
  });
  return code!;
}

/** Voids the checked code, locks the account's code checks and returns the error to raise. */
async function lockCodeChecks(
  services: CodeServices,
  account: string,
  code: OneTimeCodeDocument | null,
  now: Date,
): Promise<GraphQLError> {
  const lockedUntil = new Date(now.getTime() + CODE_CHECK_LOCK_MS);
  await upsertById(services.models.CodeCheckLock, account, { lockedUntil });
  if (code) await services.models.OneTimeCode.deleteOne({ _id: code._id });
  return tooManyAttempts(lockedUntil);
}
