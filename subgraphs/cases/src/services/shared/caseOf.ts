import { appError, ErrorCode } from '@ykb/common';
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
 * viewer reads and creates: always the viewer's own account.
 */
// NOTE: these services do not check agent grants, so an agent acting for a legal person acts as itself here, not for the legal person.
export function actingUserId(viewer: { userId: string }): string {
  return viewer.userId;
}
