import {
  ACCESS_POLICY,
  authorizeViewer,
  escapeRegExp,
  forbidden,
  type Viewer,
  pageRows,
} from '@ykb/common';
import {
  canViewCase,
  enclosingDivisions,
  mayHandleCase,
} from './caseAccess.js';
import type { CasesContext } from './context.js';
import type { CaseDocument, CaseStatus } from './model.js';

/** Rows a case list returns when `first` is not given. */
export const CASE_PAGE_ROWS = 20;

/** Filter for cases in a staff viewer's division subtree (anchored prefix regex, which can use the index). */
export function divisionFilter(viewer: Viewer): Record<string, unknown> {
  if (!viewer.divisionCode)
    throw forbidden('Your account has no division, so it has no worklist.');
  return { divisionCode: { $regex: `^${escapeRegExp(viewer.divisionCode)}` } };
}

/**
 * Reads cases matching `filter`, oldest first, and keeps the first `limit`
 * that `keep` accepts. The database filter does most of the work; `keep`
 * applies the rules FerretDB cannot express without `$elemMatch`, such as
 * the former-handler conditions of mayHandleCase.
 */
async function firstMatching(
  ctx: CasesContext,
  filter: Record<string, unknown>,
  limit: number,
  keep: (record: CaseDocument) => boolean,
): Promise<CaseDocument[]> {
  const found: CaseDocument[] = [];
  const cursor = ctx.models.Case.find(filter)
    .sort({ submittedAt: 1, _id: 1 })
    .lean<CaseDocument[]>()
    .cursor();
  for await (const record of cursor) {
    if (keep(record as CaseDocument)) found.push(record as CaseDocument);
    if (found.length >= limit) break;
  }
  await cursor.close();
  return found;
}

/**
 * Lists the cases the viewer may change (see mayHandleCase): in the viewer's
 * division subtree, handled by the viewer's department at the viewer's
 * division or above. A case transferred to another department or level
 * leaves the list; transferredCases lists it read-only.
 */
export async function worklist(
  ctx: CasesContext,
  status: CaseStatus | null | undefined,
  first: number | null | undefined,
): Promise<CaseDocument[]> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.worklist'],
  );
  const limit = pageRows(first, CASE_PAGE_ROWS);
  const filter: Record<string, unknown> = divisionFilter(viewer);
  if (viewer.departmentCode) {
    filter.departmentCode = viewer.departmentCode;
    // The handling division must contain the viewer's division; cases stored
    // before transfers recorded it have none.
    filter.handlingDivisionCode = {
      $in: [null, ...enclosingDivisions(viewer.divisionCode!)],
    };
  }
  if (status) filter.status = status;
  return firstMatching(ctx, filter, limit, (record) =>
    mayHandleCase(viewer, record),
  );
}

/**
 * Lists the cases the viewer's department handled before a transfer and
 * the viewer may still read but no longer change. Staff without a
 * department never handle a case as a department, so their list is empty.
 */
export async function transferredCases(
  ctx: CasesContext,
  first: number | null | undefined,
): Promise<CaseDocument[]> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.transferredCases'],
  );
  const limit = pageRows(first, CASE_PAGE_ROWS);
  const filter = divisionFilter(viewer);
  if (!viewer.departmentCode) return [];
  return firstMatching(
    ctx,
    { ...filter, 'formerHandlers.departmentCode': viewer.departmentCode },
    limit,
    (record) => canViewCase(viewer, record) && !mayHandleCase(viewer, record),
  );
}
