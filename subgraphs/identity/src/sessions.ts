import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  appError,
  ErrorCode,
  integerFromEnv,
  isDuplicateKeyError,
  signAccessToken,
  type AuditLog,
  type Clock,
  type Viewer,
} from '@ykb/common';
import { findGrantView, grantStatus } from './agentGrants.js';
import type { GraphQLError } from 'graphql';
import type {
  IdentityModels,
  RefreshTokenDocument,
  SessionDocument,
  UserDocument,
} from './model.js';
import type { SigningKeyStore } from './signingKeys.js';

/**
 * Reads YKB_SESSION_LIFETIME_DAYS: the absolute lifetime of a session, which
 * refreshing never extends, from 1 to 365 days; 30 when unset.
 */
export function sessionLifetimeMs(): number {
  return (
    integerFromEnv('YKB_SESSION_LIFETIME_DAYS', 30, 1, 365, 'days') * 86_400_000
  );
}

/** Services that issuing and refreshing tokens use. */
export interface TokenServices {
  models: IdentityModels;
  keys: SigningKeyStore;
  clock: Clock;
}

/** An access token and the refresh token that replaces it, for one session. */
export interface TokenPair {
  accessToken: string;
  /** Opaque; only its SHA-256 hash is stored. Use it once with `refreshSession`. */
  refreshToken: string;
  accessTokenExpiresAt: Date;
  sessionId: string;
}

/** Refresh tokens are 256 random bits in base64url: 43 characters. */
const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (refreshToken: string) =>
  createHash('sha256').update(refreshToken, 'utf8').digest('hex');

function refreshRefused(): GraphQLError {
  return appError(
    ErrorCode.RefreshTokenInvalid,
    'The refresh token is unknown, expired, or its session has ended; sign in again.',
  );
}

function refreshReused(): GraphQLError {
  return appError(
    ErrorCode.RefreshTokenReused,
    'The refresh token was already used, so its session has been signed out as a precaution; sign in again.',
  );
}

/** Builds the viewer of a user in a session: roles, jurisdiction and, for an agent, who it acts for. */
export function viewerOfUser(
  user: UserDocument,
  session: Pick<SessionDocument, '_id' | 'onBehalfOf' | 'grantId'>,
): Viewer {
  const viewer: Viewer = {
    userId: user._id,
    name: user.name,
    roles: user.roles as Viewer['roles'],
    sessionId: session._id,
  };
  if (user.divisionCode) viewer.divisionCode = user.divisionCode;
  if (user.departmentCode) viewer.departmentCode = user.departmentCode;
  if (user.hallId) viewer.hallId = user.hallId;
  if (session.onBehalfOf && session.grantId) {
    viewer.onBehalfOf = session.onBehalfOf;
    viewer.grantId = session.grantId;
  }
  return viewer;
}

async function insertRefreshToken(
  services: TokenServices,
  session: Pick<SessionDocument, '_id' | 'userId' | 'expiresAt'>,
): Promise<string> {
  const refreshToken = randomBytes(32).toString('base64url');
  await services.models.RefreshToken.create({
    _id: hashOf(refreshToken),
    sessionId: session._id,
    userId: session.userId,
    issuedAt: new Date(services.clock()),
    expiresAt: session.expiresAt,
  });
  return refreshToken;
}

async function signFor(
  services: TokenServices,
  viewer: Viewer,
): Promise<{ accessToken: string; accessTokenExpiresAt: Date }> {
  const signed = await signAccessToken(
    viewer,
    await services.keys.activeKey(),
    {
      now: services.clock(),
    },
  );
  return {
    accessToken: signed.token,
    accessTokenExpiresAt: new Date(signed.expiresAt),
  };
}

/**
 * Opens a session for a viewer and returns its first token pair. The
 * viewer's `sessionId`, if any, is replaced by the new session's id;
 * `onBehalfOf` and `grantId` are kept with the session so that refreshing
 * keeps acting for the same legal person.
 */
export async function issueTokenPair(
  services: TokenServices,
  viewer: Omit<Viewer, 'sessionId'>,
): Promise<TokenPair> {
  const now = services.clock();
  const session = {
    _id: randomUUID(),
    userId: viewer.userId,
    createdAt: new Date(now),
    expiresAt: new Date(now + sessionLifetimeMs()),
    divisionCode: viewer.divisionCode ?? null,
    departmentCode: viewer.departmentCode ?? null,
    ...(viewer.onBehalfOf && viewer.grantId
      ? { onBehalfOf: viewer.onBehalfOf, grantId: viewer.grantId }
      : {}),
  };
  await services.models.Session.create(session);
  const refreshToken = await insertRefreshToken(services, session);
  return {
    ...(await signFor(services, { ...viewer, sessionId: session._id })),
    refreshToken,
    sessionId: session._id,
  };
}

/**
 * Exchanges a refresh token for a new token pair of the same session. The
 * token is claimed by inserting its hash into the uses collection, so of
 * two concurrent or repeated uses exactly one succeeds. The other is a
 * replay: it fails with REFRESH_TOKEN_REUSED, signs the whole session out
 * and is audited. The user is read again, so changed roles apply at once.
 */
export async function refreshSession(
  services: TokenServices & { audit: AuditLog; requestId: string },
  refreshToken: string,
): Promise<{ pair: TokenPair; user: UserDocument }> {
  const { models } = services;
  if (!REFRESH_TOKEN_PATTERN.test(refreshToken)) throw refreshRefused();
  const hash = hashOf(refreshToken);
  const now = services.clock();
  const record =
    await models.RefreshToken.findById(hash).lean<RefreshTokenDocument>();
  if (!record || record.expiresAt.getTime() <= now) throw refreshRefused();

  try {
    await models.RefreshTokenUse.create({
      _id: hash,
      sessionId: record.sessionId,
      usedAt: new Date(now),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await revokeSessions(models, { _id: record.sessionId }, now);
    await services.audit.record({
      action: 'refreshSession',
      outcome: 'REFUSED',
      code: ErrorCode.RefreshTokenReused,
      actorId: record.userId,
      subjectType: 'Session',
      subjectId: record.sessionId,
      details: { sessionRevoked: true },
      requestId: services.requestId,
    });
    throw refreshReused();
  }

  const session = await models.Session.findById(
    record.sessionId,
  ).lean<SessionDocument>();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now)
    throw refreshRefused();
  const user = await models.User.findById(session.userId).lean<UserDocument>();
  if (!user || user.disabledAt) throw refreshRefused();
  // An acting session lives only as long as its grant: a revocation that
  // raced the session's creation, or the grant's end, closes it here.
  if (session.grantId && !(await grantIsActive(models, session.grantId, now))) {
    await revokeSessions(models, { _id: session._id }, now);
    throw refreshRefused();
  }

  const next = await insertRefreshToken(services, session);
  return {
    pair: {
      ...(await signFor(services, viewerOfUser(user, session))),
      refreshToken: next,
      sessionId: session._id,
    },
    user,
  };
}

/** Reports whether an agent grant exists and is ACTIVE at `now`, by the rule of grantStatus. */
async function grantIsActive(
  models: IdentityModels,
  grantId: string,
  now: number,
): Promise<boolean> {
  const grant = await findGrantView(models, grantId);
  return !!grant && grantStatus(grant, new Date(now)) === 'ACTIVE';
}

/** Marks the matching sessions revoked and returns how many were open; their access and refresh tokens are refused from then on. */
export async function revokeSessions(
  models: IdentityModels,
  filter: { _id: string } | { userId: string } | { grantId: string },
  now: number,
): Promise<number> {
  const result = await models.Session.updateMany(
    { ...filter, revokedAt: { $exists: false } },
    { $set: { revokedAt: new Date(now) } },
  );
  return result.modifiedCount;
}

/**
 * Marks the viewer's session as revoked. A session this subgraph did not
 * open (a token of the test issuer) is recorded as revoked too, so signing
 * out with any valid token succeeds.
 */
export async function revokeSession(
  models: IdentityModels,
  viewer: Viewer,
  now: number,
): Promise<void> {
  await models.Session.updateOne(
    { _id: viewer.sessionId },
    {
      $set: { revokedAt: new Date(now) },
      $setOnInsert: {
        userId: viewer.userId,
        createdAt: new Date(now),
        expiresAt: new Date(now),
      },
    },
    { upsert: true },
  );
}

/** Revokes every open session of a user and returns how many were open. */
export function revokeUserSessions(
  models: IdentityModels,
  userId: string,
  now: number,
): Promise<number> {
  return revokeSessions(models, { userId }, now);
}

/**
 * Reports whether a session is open: not signed out and not past its end.
 * A session identity never opened counts as open, because only tokens of
 * the test issuer (trusted through YKB_JWKS_URL in tests) carry one.
 */
export async function isSessionOpen(
  models: IdentityModels,
  sessionId: string,
  now: number,
): Promise<boolean> {
  const session = await models.Session.findById(sessionId, {
    revokedAt: 1,
    expiresAt: 1,
  }).lean<Pick<SessionDocument, '_id' | 'revokedAt' | 'expiresAt'>>();
  return !session || (!session.revokedAt && session.expiresAt.getTime() > now);
}

/** Maximum number of session ids one `activeSessions` query may check. */
export const MAX_SESSION_IDS = 100;

/**
 * Returns the ids among `sessionIds` of sessions that this subgraph opened
 * and that are neither signed out nor expired, in the order given.
 */
export async function activeSessionIds(
  models: IdentityModels,
  sessionIds: readonly string[],
  now: number,
): Promise<string[]> {
  const unique = [...new Set(sessionIds)];
  if (unique.length === 0) return [];
  const sessions = await models.Session.find(
    { _id: { $in: unique } },
    { revokedAt: 1, expiresAt: 1 },
  ).lean<Pick<SessionDocument, '_id' | 'revokedAt' | 'expiresAt'>[]>();
  const active = new Set(
    sessions
      .filter((s) => !s.revokedAt && s.expiresAt.getTime() > now)
      .map((s) => s._id),
  );
  return unique.filter((id) => active.has(id));
}
