import {
  appError,
  ErrorCode,
  forbidden,
  hasRole,
  requireViewer,
  Role,
} from '@ykb/common';
import { activeGrantsOfAgent, type GrantView } from './agentGrants.js';
import type { IdentityContext } from './context.js';
import type { UserDocument } from './model.js';
import { revokeSessions } from './sessions.js';
import { startSession } from './signIn.js';
import { authPayload, ownUserView, type UserView } from './userView.js';

/** A session acting for a legal person, the shape the GraphQL `ActingPayload` type resolves from. */
export interface ActingSession {
  auth: { token: string; user: UserView };
  legalPerson: UserDocument;
  grant: GrantView;
}

/**
 * Opens a session in which the signed-in natural person acts for a legal
 * person, under one of their active grants from it: `grantId` when given,
 * otherwise the grant that expires last. The token's viewer carries
 * `onBehalfOf` and `grantId`; each use is still checked against the grant.
 * Without an active grant it fails with NO_ACTIVE_GRANT.
 */
export async function actForLegalPerson(
  ctx: IdentityContext,
  legalPersonId: string,
  grantId: string | null | undefined,
): Promise<ActingSession> {
  const viewer = requireViewer(await ctx.activeViewer());
  if (!hasRole(viewer, Role.Citizen))
    throw forbidden('Only a natural person acts for a legal person as agent.');
  const [agent, legalPerson] = await Promise.all([
    ctx.userById.load(viewer.userId),
    ctx.userById.load(legalPersonId),
  ]);
  if (!agent || agent.kind !== 'PERSON')
    throw forbidden('Only a natural person acts for a legal person as agent.');

  const grants =
    legalPerson?.kind === 'LEGAL_PERSON'
      ? await activeGrantsOfAgent(
          ctx.models,
          agent._id,
          new Date(),
          legalPersonId,
        )
      : [];
  const grant = grantId ? grants.find((g) => g._id === grantId) : grants[0];
  if (!legalPerson || !grant)
    throw appError(
      ErrorCode.NoActiveGrant,
      `You have no active agent grant${grantId ? ` ${grantId}` : ''} from legal person ${legalPersonId}; the legal person must grant you powers first.`,
    );

  const tokens = await startSession(ctx, agent, {
    onBehalfOf: legalPerson._id,
    grantId: grant._id,
  });
  // A revocation that ran while the session was opened found no session to
  // end; look again now that the session exists.
  if (await ctx.models.GrantRevocation.exists({ _id: grant._id })) {
    await revokeSessions(ctx.models, { _id: tokens.sessionId }, Date.now());
    throw appError(
      ErrorCode.NoActiveGrant,
      `Grant ${grant._id} was revoked while acting started; the legal person must grant you powers again.`,
    );
  }
  await ctx.audit.record({
    action: 'actForLegalPerson',
    outcome: 'SUCCEEDED',
    actorId: agent._id,
    onBehalfOf: legalPerson._id,
    subjectType: 'AgentGrant',
    subjectId: grant._id,
    requestId: ctx.requestId,
  });
  ctx.log.info(
    { agentUserId: agent._id, legalPersonId, grantId: grant._id },
    'acting for legal person',
  );
  return {
    auth: authPayload(tokens, ownUserView(agent)),
    legalPerson,
    grant,
  };
}
