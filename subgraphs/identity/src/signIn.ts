import { randomUUID } from 'node:crypto';
import { appError, ErrorCode, type Logger, type Viewer } from '@ykb/common';
import type { GraphQLError } from 'graphql';
import { claimKey, findClaimHolder } from './claims.js';
import type { RecordAudit } from './context.js';
import type {
  IdentityModels,
  SignInAttemptDocument,
  UserDocument,
} from './model.js';
import {
  exceedsMaxPasswordLength,
  unmatchableHash,
  verifyPassword,
} from './password.js';
import { normalizeAccount } from './personInput.js';
import {
  issueTokenPair,
  viewerOfUser,
  type TokenPair,
  type TokenServices,
} from './sessions.js';
import { upsertById } from './upsertById.js';

/** Consecutive failed sign-ins after which an account is locked. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a locked account stays locked. */
export const LOCK_DURATION_MS = 15 * 60 * 1000;
/** Longest normalised account accepted; longer input is never recorded. */
export const MAX_ACCOUNT_LENGTH = 64;

export function invalidCredentials(): GraphQLError {
  return appError(
    ErrorCode.InvalidCredentials,
    'The account or the password is wrong.',
  );
}

export function accountLocked(lockedUntil: Date): GraphQLError {
  return appError(
    ErrorCode.AccountLocked,
    `The account is locked after ${MAX_FAILED_SIGN_INS} failed sign-ins in a row; try again after ${lockedUntil.toISOString()}.`,
    { lockedUntil: lockedUntil.toISOString() },
  );
}

export interface SignInResult {
  tokens: TokenPair;
  user: UserDocument;
}

/** Checks an account and password as checkCredentials does, opens a session and audits the sign-in. */
export async function signIn(
  services: TokenServices,
  log: Logger,
  recordAudit: RecordAudit,
  rawAccount: string,
  password: string,
): Promise<SignInResult> {
  const user = await checkCredentials(
    services.models,
    log,
    recordAudit,
    rawAccount,
    password,
  );
  const tokens = await startSession(services, user);
  await recordAudit({
    action: 'signIn',
    outcome: 'SUCCEEDED',
    actorId: user._id,
    account: normalizeAccount(rawAccount),
    subjectType: 'User',
    subjectId: user._id,
    actorDivisionCode: user.divisionCode ?? undefined,
  });
  log.info({ userId: user._id }, 'signed in');
  return { tokens, user };
}

/**
 * Checks an account and password and returns the user, applying the lock.
 * Unknown accounts and wrong passwords fail alike, after the same scrypt
 * work, and both count towards the lock, so neither the error nor the lock
 * reveals whether an account exists. Every refusal and lockout is audited
 * as `action` with the normalised account, never the password. The OIDC
 * login page uses it too.
 */
export async function checkCredentials(
  models: IdentityModels,
  log: Logger,
  recordAudit: RecordAudit,
  rawAccount: string,
  password: string,
  action = 'signIn',
): Promise<UserDocument> {
  const account = normalizeAccount(rawAccount);
  if (!account || account.length > MAX_ACCOUNT_LENGTH) {
    await recordAudit({
      action,
      outcome: 'REFUSED',
      code: ErrorCode.InvalidCredentials,
      details: { reason: 'account empty or too long' },
    });
    throw invalidCredentials();
  }

  const attempt =
    await models.SignInAttempt.findById(account).lean<SignInAttemptDocument>();
  if (attempt?.lockedUntil && attempt.lockedUntil.getTime() > Date.now()) {
    await recordAudit({
      action,
      outcome: 'REFUSED',
      code: ErrorCode.AccountLocked,
      account,
      details: { lockedUntil: attempt.lockedUntil.toISOString() },
    });
    throw accountLocked(attempt.lockedUntil);
  }

  const user = await findUserByAccount(models, account);
  const passwordMatches =
    !exceedsMaxPasswordLength(password) &&
    (await verifyPassword(
      password,
      user?.passwordHash ?? (await unmatchableHash()),
    ));
  const subject = user
    ? {
        subjectType: 'User',
        subjectId: user._id,
        actorDivisionCode: user.divisionCode ?? undefined,
      }
    : {};
  if (!user || !passwordMatches) {
    await recordAudit({
      action,
      outcome: 'REFUSED',
      code: ErrorCode.InvalidCredentials,
      account,
      ...subject,
    });
    await recordFailure(models, log, recordAudit, account, user);
    throw invalidCredentials();
  }
  if (user.disabledAt) {
    await recordAudit({
      action,
      outcome: 'REFUSED',
      code: ErrorCode.AccountDisabled,
      account,
      ...subject,
    });
    throw appError(
      ErrorCode.AccountDisabled,
      'The account is disabled; ask an administrator of your division to enable it.',
    );
  }

  await models.SignInFailure.deleteMany({ account });
  if (attempt?.lockedUntil) {
    await models.SignInAttempt.updateOne(
      { _id: account },
      { $unset: { lockedUntil: 1, lastFailureAt: 1 } },
    );
  }
  return user;
}

/** The legal person an agent acts for and the grant that allows it. */
export type Agency = Required<Pick<Viewer, 'onBehalfOf' | 'grantId'>>;

/** Opens a session for a user, acting for a legal person when `agency` is given, and returns its token pair. */
export function startSession(
  services: TokenServices,
  user: UserDocument,
  agency?: Agency,
): Promise<TokenPair> {
  return issueTokenPair(services, {
    ...viewerOfUser(user, { _id: '' }),
    ...agency,
  });
}

export async function findUserByAccount(
  models: IdentityModels,
  account: string,
): Promise<UserDocument | null> {
  const userId = await findClaimHolder(models, claimKey('account', account));
  if (!userId) return null;
  return models.User.findById(userId).lean<UserDocument>();
}

/**
 * Records one failure as its own document and counts the account's
 * failures since the last success. The request that reaches the limit locks
 * the account and clears the count; it fails with ACCOUNT_LOCKED instead of
 * INVALID_CREDENTIALS. Concurrent failures are each counted because every
 * one is a separate insert.
 */
async function recordFailure(
  models: IdentityModels,
  log: Logger,
  recordAudit: RecordAudit,
  account: string,
  user: UserDocument | null,
): Promise<void> {
  const userId = user?._id;
  const now = new Date();
  // NOTE: failure records of accounts that never sign in successfully, including unknown ones, are never deleted; a TTL clean-up is still missing.
  await models.SignInFailure.create({ _id: randomUUID(), account, at: now });
  const failures = await models.SignInFailure.countDocuments({ account });
  if (failures < MAX_FAILED_SIGN_INS) return;

  const lockedUntil = new Date(now.getTime() + LOCK_DURATION_MS);
  await upsertById(models.SignInAttempt, account, {
    lockedUntil,
    lastFailureAt: now,
  });
  await models.SignInFailure.deleteMany({ account });
  if (user)
    await models.SignInLockout.create({
      _id: randomUUID(),
      userId: user._id,
      account,
      divisionCode: user.divisionCode ?? null,
      departmentCode: user.departmentCode ?? null,
      at: now,
    });
  await recordAudit({
    action: 'signInLockout',
    outcome: 'REFUSED',
    code: ErrorCode.AccountLocked,
    account,
    ...(userId ? { subjectType: 'User', subjectId: userId } : {}),
    details: { lockedUntil: lockedUntil.toISOString(), failures },
  });
  log.warn(
    { userId: userId ?? null, lockedUntil },
    'account locked after failed sign-ins',
  );
  throw accountLocked(lockedUntil);
}
