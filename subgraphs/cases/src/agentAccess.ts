import {
  ErrorCode,
  isAgentViewer,
  useAgentGrant as checkAgentGrant,
  type AgentViewer,
} from '@ykb/common';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';

export { isAgentViewer, type AgentViewer };

/**
 * Checks the agent's grant in the identity subgraph, which records the use,
 * and returns the grant's item codes. `itemCode` null checks the grant
 * without an item. A refusal throws its stable code (GRANT_NOT_FOUND,
 * GRANT_REVOKED, GRANT_EXPIRED or GRANT_OUT_OF_SCOPE).
 */
export function useAgentGrant(
  ctx: CasesContext,
  viewer: AgentViewer,
  itemCode: string | null,
  action: string,
): Promise<string[]> {
  return checkAgentGrant('cases', ctx.requestId, viewer, itemCode, action);
}

/**
 * Reports whether an agent may read a case: it must be a case of the legal
 * person the agent acts for, and the grant must cover its item at this
 * moment. Cases of other applicants are refused without a grant check.
 * A refused grant throws its code, except GRANT_OUT_OF_SCOPE, which hides
 * the case like any case the viewer may not see. An allowed case is
 * remembered for the request, so its personal-data fields resolve raw.
 */
export async function agentMayReadCase(
  ctx: CasesContext,
  viewer: AgentViewer,
  record: CaseDocument,
  action: string,
): Promise<boolean> {
  if (record.applicantUserId !== viewer.onBehalfOf) return false;
  try {
    await useAgentGrant(ctx, viewer, record.itemId, action);
  } catch (error) {
    if (
      (error as { extensions?: { code?: unknown } }).extensions?.code ===
      ErrorCode.GrantOutOfScope
    )
      return false;
    throw error;
  }
  ctx.agentReadableCases.add(record._id);
  return true;
}
