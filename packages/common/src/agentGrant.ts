import type { Viewer } from './auth.js';
import { callSubgraph } from './client.js';
import { appError, ErrorCode, type ErrorCodeValue } from './errors.js';
import { subgraphUrl } from './services.js';

/** A viewer acting as agent for a legal person, from an actForLegalPerson token. */
export type AgentViewer = Viewer & { onBehalfOf: string; grantId: string };

export function isAgentViewer(
  viewer: Viewer | undefined,
): viewer is AgentViewer {
  return !!viewer?.onBehalfOf && !!viewer.grantId;
}

const USE_GRANT = `mutation UseAgentGrant($grantId: ID!, $agentId: ID!, $legalPersonId: ID!, $itemCode: String, $action: String!) {
  useAgentGrant(grantId: $grantId, agentId: $agentId, legalPersonId: $legalPersonId, itemCode: $itemCode, action: $action) {
    use { outcome }
    itemCodes
  }
}`;

const REFUSALS: Record<string, { code: ErrorCodeValue; message: string }> = {
  GRANT_NOT_FOUND: {
    code: ErrorCode.GrantNotFound,
    message: 'Your agent grant for this legal person was not found.',
  },
  GRANT_REVOKED: {
    code: ErrorCode.GrantRevoked,
    message: 'The legal person revoked your agent grant.',
  },
  GRANT_EXPIRED: {
    code: ErrorCode.GrantExpired,
    message: 'Your agent grant for this legal person has expired.',
  },
  GRANT_OUT_OF_SCOPE: {
    code: ErrorCode.GrantOutOfScope,
    message: 'Your agent grant does not cover this item.',
  },
};

/**
 * Checks an agent's grant in the identity subgraph, which records the use,
 * and returns the grant's item codes. `itemCode` null checks the grant
 * without an item. A refusal throws its stable code (GRANT_NOT_FOUND,
 * GRANT_REVOKED, GRANT_EXPIRED or GRANT_OUT_OF_SCOPE).
 */
export async function useAgentGrant(
  caller: string,
  requestId: string | undefined,
  viewer: AgentViewer,
  itemCode: string | null,
  action: string,
): Promise<string[]> {
  const data = await callSubgraph<{
    useAgentGrant: { use: { outcome: string }; itemCodes: string[] };
  }>(
    subgraphUrl('identity'),
    caller,
    USE_GRANT,
    {
      grantId: viewer.grantId,
      agentId: viewer.userId,
      legalPersonId: viewer.onBehalfOf,
      itemCode,
      action,
    },
    requestId,
  );
  const { outcome } = data.useAgentGrant.use;
  if (outcome === 'ALLOWED') return data.useAgentGrant.itemCodes;
  const refusal = REFUSALS[outcome];
  if (!refusal)
    throw appError(
      ErrorCode.UpstreamFailed,
      `The identity subgraph returned the unknown grant outcome ${outcome}.`,
    );
  throw appError(
    refusal.code,
    `${refusal.message} (grant ${viewer.grantId}${itemCode ? `, item ${itemCode}` : ''})`,
    { grantId: viewer.grantId, ...(itemCode ? { itemCode } : {}) },
  );
}
