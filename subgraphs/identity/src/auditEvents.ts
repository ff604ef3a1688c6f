import type { AuditEvent, Viewer } from '@ykb/common';
import type { UserDocument } from './model.js';

/** Builds the SUCCEEDED event of an administrator acting on a user. */
export function adminAuditEvent(
  admin: Viewer,
  action: string,
  subjectId: string,
  details: AuditEvent['details'],
): AuditEvent {
  return {
    action,
    outcome: 'SUCCEEDED',
    actorId: admin.userId,
    actorDivisionCode: admin.divisionCode,
    subjectType: 'User',
    subjectId,
    details,
  };
}

/**
 * Builds the event of an anonymous request about an account, such as a
 * password reset: the normalised account and, when it exists, the user as
 * subject and the user's division for auditors of that division.
 */
export function accountAuditEvent(
  action: string,
  account: string,
  user: Pick<UserDocument, '_id' | 'divisionCode'> | null,
  event: Omit<AuditEvent, 'action'>,
): AuditEvent {
  return {
    action,
    account,
    ...(user
      ? {
          subjectType: 'User',
          subjectId: user._id,
          actorDivisionCode: user.divisionCode ?? undefined,
        }
      : {}),
    ...event,
  };
}
