import {
  ACCESS_POLICY,
  authorizeViewer,
  forbidden,
  hasRole,
  inJurisdiction,
  maySeePersonalData,
  RECORD_READER_ROLES,
  Role,
  type Viewer,
} from '@ykb/common';
import { agentMayReadCase, isAgentViewer } from './agentAccess.js';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';

type CaseScope = Pick<
  CaseDocument,
  'applicantUserId' | 'divisionCode' | 'departmentCode'
>;

/**
 * Reports whether a viewer may read a case at all: the applicant, a
 * service, or staff in RECORD_READER_ROLES with jurisdiction.
 */
export function canViewCase(
  viewer: Viewer | undefined,
  record: CaseScope,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.applicantUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  return (
    hasRole(viewer, ...RECORD_READER_ROLES) && inJurisdiction(viewer, record)
  );
}

/**
 * Loads a case for `case(id)` and entity references: null when it does not
 * exist, UNAUTHENTICATED for an anonymous caller and FORBIDDEN when the
 * viewer may not read it. An agent reads only cases of the legal person it
 * acts for whose item its grant covers, and each read is a recorded use of
 * the grant.
 */
export async function loadReadableCase(
  ctx: CasesContext,
  id: string,
): Promise<CaseDocument | null> {
  const viewer = authorizeViewer(ctx.viewer, ACCESS_POLICY.cases['Query.case']);
  const record = await ctx.caseById.load(id);
  if (!record) return null;
  if (isAgentViewer(viewer)) {
    if (!(await agentMayReadCase(ctx, viewer, record, 'readCase')))
      throw forbidden(
        `You may not read case ${id}: it is not a case of the legal person you act for, or your grant does not cover its item.`,
      );
    return record;
  }
  if (!canViewCase(viewer, record))
    throw forbidden(
      `You may not read case ${id}: you are not its applicant, and it lies outside your role, division or department.`,
    );
  return record;
}

/**
 * Reports whether a viewer may see the applicant's raw name, ID number and
 * form data, by the platform rule in `maySeePersonalData` with the applicant
 * as owner. Supervisors and other staff who may read the case see masked
 * values. An agent gets raw values for the cases in `agentReadable`, which
 * its grant allowed it to read in this request.
 */
export function canSeePersonalData(
  viewer: Viewer | undefined,
  record: CaseScope & Pick<CaseDocument, '_id'>,
  agentReadable: ReadonlySet<string> = new Set(),
): boolean {
  if (viewer?.onBehalfOf && agentReadable.has(record._id)) return true;
  return maySeePersonalData(viewer, {
    ownerUserId: record.applicantUserId,
    divisionCode: record.divisionCode,
    departmentCode: record.departmentCode,
  });
}
