import { randomUUID } from 'node:crypto';
import type { Viewer } from '@ykb/common';
import type { IdentityModels, SessionDocument } from './model.js';

/** Lifetime of a session and of its token: one working day of 8 hours. */
export const SESSION_TTL_SECONDS = 8 * 3600;

/** Records a new session of a user and returns its id. */
export async function openSession(models: IdentityModels, userId: string): Promise<string> {
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
export async function revokeSession(models: IdentityModels, viewer: Viewer): Promise<void> {
  const now = new Date();
  await models.Session.updateOne(
    { _id: viewer.sessionId },
    { $set: { revokedAt: now }, $setOnInsert: { userId: viewer.userId, createdAt: now, expiresAt: now } },
    { upsert: true },
  );
}

/**
 * Reports whether a session was signed out; unknown session ids are not revoked.
 * NOTE: only this subgraph checks revocation; other subgraphs accept a signed-out token until it expires.
 */
export async function isSessionRevoked(models: IdentityModels, sessionId: string): Promise<boolean> {
  const session = await models.Session.findById(sessionId, { revokedAt: 1 }).lean<Pick<SessionDocument, '_id' | 'revokedAt'>>();
  return !!session?.revokedAt;
}
