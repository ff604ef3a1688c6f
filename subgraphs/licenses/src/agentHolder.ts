import { useAgentGrant, type AgentViewer, type Viewer } from '@ykb/common';
import type DataLoader from 'dataloader';
import { holdsByIdentity, type HolderIdentity } from './holderIdentity.js';
import type { LicenceDocument } from './model.js';

/**
 * Checks an agent's grant with identity, which records the use, at most
 * once per request. Later calls return the first call's promise, so a
 * wallet query that also requests each licence's uses makes one grant
 * check. A refused grant throws its code (GRANT_NOT_FOUND, GRANT_REVOKED or
 * GRANT_EXPIRED) to every caller of the request.
 */
export function agentGrantCheck(
  requestId: string | undefined,
): (viewer: AgentViewer, action: string) => Promise<void> {
  let checked: Promise<void> | null = null;
  return (viewer, action) => {
    checked ??= useAgentGrant('licenses', requestId, viewer, null, action).then(
      () => undefined,
    );
    return checked;
  };
}

/** The per-request services an agent's licence checks use. */
export interface AgentHolderContext {
  checkAgentGrant: (viewer: AgentViewer, action: string) => Promise<void>;
  holderIdentityByUserId: DataLoader<string, HolderIdentity | null>;
}

/** Checks the agent's grant and returns the viewer as the legal person it acts for. */
export async function agentHolderViewer(
  ctx: AgentHolderContext,
  viewer: AgentViewer,
  action: string,
): Promise<Viewer> {
  await ctx.checkAgentGrant(viewer, action);
  return { ...viewer, userId: viewer.onBehalfOf };
}

/**
 * Reports whether an agent may read a licence as its holder. The licence
 * must belong to the legal person the agent acts for, by user id or, when
 * imported without one, by the legal person's credit code. The grant must
 * then allow the use. Licences of anyone else return false without a grant
 * check. A refused grant throws its code.
 */
export async function agentHoldsLicence(
  ctx: AgentHolderContext,
  viewer: AgentViewer,
  licence: LicenceDocument,
  action: string,
): Promise<boolean> {
  const ownedByLegalPerson = licence.holderUserId
    ? licence.holderUserId === viewer.onBehalfOf
    : holdsByIdentity(
        licence,
        await ctx.holderIdentityByUserId.load(viewer.onBehalfOf),
      );
  if (!ownedByLegalPerson) return false;
  await ctx.checkAgentGrant(viewer, action);
  return true;
}
