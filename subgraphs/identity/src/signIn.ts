import { randomUUID } from 'node:crypto';
import {
  appError,
  ErrorCode,
  isDuplicateKeyError,
  type Logger,
} from '@ykb/common';
import type { GraphQLError } from 'graphql';
import { claimKey, findClaimHolder } from './claims.js';
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

/** Consecutive failed sign-ins after which an account is locked. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a locked account stays locked. */
export const LOCK_DURATION_MS = 15 * 60 * 1000;
/** Longest normalised account accepted; longer input is never recorded. */
const MAX_ACCOUNT_LENGTH = 64;

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

/**
 * Checks an account and password and opens a session. Unknown accounts and
 * wrong passwords fail alike, after the same scrypt work, and both count
 * towards the lock, so neither the error nor the lock reveals whether an
 * account exists.
 */
export async function signIn(
  services: TokenServices,
  log: Logger,
  rawAccount: string,
  password: string,
): Promise<SignInResult> {
  const { models } = services;
  const account = normalizeAccount(rawAccount);
  if (!account || account.length > MAX_ACCOUNT_LENGTH)
    throw invalidCredentials();

  const attempt =
    await models.SignInAttempt.findById(account).lean<SignInAttemptDocument>();
  if (attempt?.lockedUntil && attempt.lockedUntil.getTime() > Date.now())
    throw accountLocked(attempt.lockedUntil);

  const user = await findUserByAccount(models, account);
  const passwordMatches =
    !exceedsMaxPasswordLength(password) &&
    (await verifyPassword(
      password,
      user?.passwordHash ?? (await unmatchableHash()),
    ));
  if (!user || !passwordMatches) {
    await recordFailure(models, log, account, user?._id);
    throw invalidCredentials();
  }

  await models.SignInFailure.deleteMany({ account });
  if (attempt?.lockedUntil) {
    await models.SignInAttempt.updateOne(
      { _id: account },
      { $unset: { lockedUntil: 1, lastFailureAt: 1 } },
    );
  }
  const tokens = await startSession(services, user);
  log.info({ userId: user._id }, 'signed in');
  return { tokens, user };
}

/** Opens a session for a user acting for themselves and returns its token pair. */
export function startSession(
  services: TokenServices,
  user: UserDocument,
): Promise<TokenPair> {
  return issueTokenPair(services, viewerOfUser(user, { _id: '' }));
}

async function findUserByAccount(
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
  account: string,
  userId: string | undefined,
): Promise<void> {
  const now = new Date();
  // NOTE: failure records of accounts that never sign in successfully, including unknown ones, are never deleted; a TTL clean-up is still missing.
  await models.SignInFailure.create({ _id: randomUUID(), account, at: now });
  const failures = await models.SignInFailure.countDocuments({ account });
  if (failures < MAX_FAILED_SIGN_INS) return;

  const lockedUntil = new Date(now.getTime() + LOCK_DURATION_MS);
  const lock = { $set: { lockedUntil, lastFailureAt: now } };
  try {
    await models.SignInAttempt.updateOne({ _id: account }, lock, {
      upsert: true,
    });
  } catch (error) {
    // Two concurrent upserts can both try the insert on FerretDB; the loser updates the winner's document.
    if (!isDuplicateKeyError(error)) throw error;
    await models.SignInAttempt.updateOne({ _id: account }, lock);
  }
  await models.SignInFailure.deleteMany({ account });
  log.warn(
    { userId: userId ?? null, lockedUntil },
    'account locked after failed sign-ins',
  );
  throw accountLocked(lockedUntil);
}
