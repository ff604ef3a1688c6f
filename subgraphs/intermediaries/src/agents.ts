import {
  forbidden,
  hasRole,
  isAgentViewer,
  Role,
  useAgentGrant,
  type Viewer,
} from '@ykb/common';

/**
 * Agents in the marketplace. A citizen who acts for a legal person
 * (`actForLegalPerson` in identity) works in the marketplace as that legal
 * person: the viewer becomes the legal person with the LEGAL_PERSON role,
 * and `agent` keeps who really acts, so records name both. The grant is
 * checked in identity once per request, without an item, because
 * marketplace steps belong to no approval item.
 */

/** The citizen acting for the legal person, and the grant that allows it. */
export interface ActingAgent {
  userId: string;
  name: string;
  grantId: string;
}

/** A viewer as the marketplace sees it: an agent appears as the legal person it acts for. */
export type MarketplaceViewer = Viewer & { agent?: ActingAgent };

/** Turns an agent's viewer into the legal person it acts for; other viewers stay as they are. */
export function marketplaceViewer(
  viewer: Viewer | undefined,
): MarketplaceViewer | undefined {
  if (!isAgentViewer(viewer) || !hasRole(viewer, Role.Citizen)) return viewer;
  const { onBehalfOf, grantId, ...rest } = viewer;
  return {
    ...rest,
    userId: onBehalfOf,
    roles: [Role.LegalPerson],
    agent: { userId: viewer.userId, name: viewer.name, grantId },
  };
}

/**
 * Returns a check, run at most once per request, that the agent's grant is
 * still active; it throws the grant's refusal code (GRANT_REVOKED,
 * GRANT_EXPIRED, GRANT_NOT_FOUND). Without an agent the check does nothing.
 */
export function agentGrantCheck(
  viewer: MarketplaceViewer | undefined,
  requestId: string,
): () => Promise<void> {
  const agent = viewer?.agent;
  if (!viewer || !agent) return () => Promise.resolve();
  let checked: Promise<void> | undefined;
  return () => {
    checked ??= useAgentGrant(
      'intermediaries',
      requestId,
      {
        ...viewer,
        userId: agent.userId,
        onBehalfOf: viewer.userId,
        grantId: agent.grantId,
      },
      null,
      'intermediaries',
    ).then(() => undefined);
    return checked;
  };
}

/** Rejects an agent for steps only the legal person's own account takes: its certificate and its registration. */
export function requireOwnAccount(
  viewer: MarketplaceViewer | undefined,
  step: string,
): void {
  if (viewer?.agent)
    throw forbidden(
      `${step} needs the legal person's own account, and an agent acting for it may not do it; sign in as the legal person.`,
    );
}

/** Fields that name the agent on a record, or nulls when the legal person acted itself. */
export function agentFields(viewer: MarketplaceViewer | undefined): {
  agentUserId: string | null;
  agentName: string | null;
} {
  return {
    agentUserId: viewer?.agent?.userId ?? null,
    agentName: viewer?.agent?.name ?? null,
  };
}
