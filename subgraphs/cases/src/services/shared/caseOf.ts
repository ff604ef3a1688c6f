import { appError, ErrorCode, type Viewer } from '@ykb/common';
import { isAgentViewer, useAgentGrant } from '../../agentAccess.js';
import type { CasesContext } from '../../context.js';
import type { CaseDocument } from '../../model.js';

/**
 * Loads the case a payment order, shipment, evaluation or inquiry belongs
 * to, through the request's case loader. Callers have checked that the
 * viewer may read the record, which implies the case.
 */
export async function caseOf(
  ctx: CasesContext,
  caseId: string,
): Promise<CaseDocument> {
  const record = await ctx.caseById.load(caseId);
  if (!record)
    throw appError(
      ErrorCode.Internal,
      `Case ${caseId} of a stored record is missing.`,
    );
  return record;
}

/** Loads a case for a mutation; NOT_FOUND when it does not exist. */
export async function requireCase(
  ctx: CasesContext,
  caseId: string,
): Promise<CaseDocument> {
  const record = await ctx.caseById.load(caseId);
  if (!record)
    throw appError(ErrorCode.NotFound, `Case ${caseId} was not found.`, {
      id: caseId,
    });
  return record;
}

/**
 * Id of the user whose payments, shipments, evaluations and inquiries a
 * viewer reads and creates: the legal person an agent acts for (from an
 * actForLegalPerson token), else the viewer's own account.
 */
export function actingUserId(viewer: Viewer): string {
  return isAgentViewer(viewer) ? viewer.onBehalfOf : viewer.userId;
}

/** The agent's own user id when the viewer acts for a legal person, else null. */
export function agentUserIdOf(viewer: Viewer): string | null {
  return isAgentViewer(viewer) ? viewer.userId : null;
}

/**
 * Checks, and records in identity, an agent's use of its grant for
 * `itemId`, or for no item when null. Viewers acting for themselves pass.
 * A refused grant throws GRANT_NOT_FOUND, GRANT_REVOKED, GRANT_EXPIRED or
 * GRANT_OUT_OF_SCOPE.
 */
export async function checkAgentGrant(
  ctx: CasesContext,
  viewer: Viewer,
  itemId: string | null,
  action: string,
): Promise<void> {
  if (isAgentViewer(viewer)) await useAgentGrant(ctx, viewer, itemId, action);
}

/**
 * Returns the item codes that bound a viewer's `my…` lists. For an agent
 * these are the codes its grant covers, after one recorded check of the
 * grant that throws as checkAgentGrant does. A viewer acting for itself
 * gets null, because its lists are not narrowed by item.
 */
export async function grantedItemCodes(
  ctx: CasesContext,
  viewer: Viewer,
  action: string,
): Promise<string[] | null> {
  return isAgentViewer(viewer)
    ? useAgentGrant(ctx, viewer, null, action)
    : null;
}
