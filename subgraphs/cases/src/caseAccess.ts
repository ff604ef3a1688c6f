import {
  ACCESS_POLICY,
  authorizeViewer,
  forbidden,
  hasRole,
  inJurisdiction,
  isWithinDivision,
  maySeePersonalData,
  parentDivision,
  RECORD_READER_ROLES,
  Role,
  type Viewer,
} from '@ykb/common';
import { agentMayReadCase, isAgentViewer } from './agentAccess.js';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';

type CaseScope = Pick<
  CaseDocument,
  'applicantUserId' | 'divisionCode' | 'departmentCode' | 'formerHandlers'
>;

type HandlingScope = Pick<
  CaseDocument,
  'divisionCode' | 'departmentCode' | 'handlingDivisionCode' | 'formerHandlers'
>;

/** Division codes from `divisionCode` up to the province, deepest first. */
export function enclosingDivisions(divisionCode: string): string[] {
  const codes: string[] = [];
  for (
    let code: string | undefined = divisionCode;
    code;
    code = parentDivision(code)
  )
    codes.push(code);
  return codes;
}

/**
 * Reports whether staff may change a case: transitions, charges and licence
 * retries. The viewer needs jurisdiction over the case's division and its
 * current handling department, and must sit at or below the handling
 * division. Staff of a former handling department nested inside the current
 * handling division lose write access too, so a transfer up a level takes
 * the case away from the level below. Staff without a department (window
 * clerks) keep division jurisdiction only.
 */
export function mayHandleCase(viewer: Viewer, record: HandlingScope): boolean {
  if (hasRole(viewer, Role.System)) return true;
  if (!inJurisdiction(viewer, record)) return false;
  if (!viewer.departmentCode || !viewer.divisionCode) return true;
  const handling = record.handlingDivisionCode;
  if (handling && !isWithinDivision(handling, viewer.divisionCode))
    return false;
  return !(record.formerHandlers ?? []).some(
    (former) =>
      former.departmentCode === viewer.departmentCode &&
      former.divisionCode != null &&
      former.divisionCode !== handling &&
      (!handling || isWithinDivision(handling, former.divisionCode)) &&
      isWithinDivision(former.divisionCode, viewer.divisionCode!),
  );
}

/** Reports whether staff belong to a department that handled the case before a transfer. */
function wasHandler(viewer: Viewer, record: CaseScope): boolean {
  return (record.formerHandlers ?? []).some(
    (former) =>
      former.departmentCode === viewer.departmentCode &&
      !!viewer.divisionCode &&
      isWithinDivision(viewer.divisionCode, record.divisionCode),
  );
}

/**
 * Reports whether a viewer may read a case at all: the applicant, a
 * service, or staff in RECORD_READER_ROLES with jurisdiction or of a
 * department that handled it before a transfer.
 */
export function canViewCase(
  viewer: Viewer | undefined,
  record: CaseScope,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.applicantUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  return (
    hasRole(viewer, ...RECORD_READER_ROLES) &&
    (inJurisdiction(viewer, record) || wasHandler(viewer, record))
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

/** Reports whether a case's applicant is a legal person (a company or an organisation). */
export function isLegalPerson(
  record: Pick<CaseDocument, 'applicantSubjectType'>,
): boolean {
  return record.applicantSubjectType === 'LEGAL_PERSON';
}
