import { randomUUID } from 'node:crypto';
import type { Viewer } from '@ykb/common';
import type { IdentityModels, SessionDocument } from './model.js';

/** Lifetime of a session and of its token: one working day of 8 hours. */
export const SESSION_TTL_SECONDS = 8 * 3600;

/** Records a new session of a user and returns its id. */
export async function openSession(
  models: IdentityModels,
  userId: string,
): Promise<string> {
  const now = new Date();
  const session = await models.Session.create({
    _id: randomUUID(),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000),
  });
  return session._id;
}

/**
 * Marks the viewer's session as revoked. A session this subgraph did not
 * open (a service token) is recorded as revoked too, so signing out twice
 * or with any valid token succeeds.
 */
export async function revokeSession(
  models: IdentityModels,
  viewer: Viewer,
): Promise<void> {
  const now = new Date();
  await models.Session.updateOne(
    { _id: viewer.sessionId },
    {
      $set: { revokedAt: now },
      $setOnInsert: { userId: viewer.userId, createdAt: now, expiresAt: now },
    },
    { upsert: true },
  );
}

/**
 * Reports whether a session was signed out; unknown session ids are not revoked.
 * Other subgraphs do not check sessions themselves: the gateway queries
 * `activeSessions` and forwards a signed-out token's request as anonymous.
 */
export async function isSessionRevoked(
  models: IdentityModels,
  sessionId: string,
): Promise<boolean> {
  const session = await models.Session.findById(sessionId, {
    revokedAt: 1,
  }).lean<Pick<SessionDocument, '_id' | 'revokedAt'>>();
  return !!session?.revokedAt;
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
): Promise<string[]> {
  const unique = [...new Set(sessionIds)];
  if (unique.length === 0) return [];
  const sessions = await models.Session.find(
    { _id: { $in: unique } },
    { revokedAt: 1, expiresAt: 1 },
  ).lean<Pick<SessionDocument, '_id' | 'revokedAt' | 'expiresAt'>[]>();
  const now = Date.now();
  const active = new Set(
    sessions
      .filter((s) => !s.revokedAt && s.expiresAt.getTime() > now)
      .map((s) => s._id),
  );
  return unique.filter((id) => active.has(id));
}

/**
 * Revokes every open session of a user, after a password reset, a change of
 * access or a disabled account. Requests with the user's tokens are then
 * anonymous, in other services once the gateway's session cache expires.
 * Returns how many sessions were revoked.
 */
export async function revokeUserSessions(
  models: IdentityModels,
  userId: string,
): Promise<number> {
  const result = await models.Session.updateMany(
    { userId, revokedAt: { $exists: false } },
    { $set: { revokedAt: new Date() } },
  );
  return result.modifiedCount;
}
