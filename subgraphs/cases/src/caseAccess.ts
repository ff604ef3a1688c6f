import { hasRole, inJurisdiction, isStaff, Role, type Viewer } from '@ykb/common';
import type { CaseDocument } from './model.js';

type CaseScope = Pick<CaseDocument, 'applicantUserId' | 'divisionCode' | 'departmentCode'>;

/** Staff roles that handle cases and so need the applicant's raw personal data. */
export const HANDLING_ROLES = [Role.Clerk, Role.Reviewer, Role.Approver] as const;

/** Reports whether a viewer may read a case at all: the applicant, a service, or staff with jurisdiction. */
export function canViewCase(viewer: Viewer | undefined, record: CaseScope): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.applicantUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  return isStaff(viewer) && inJurisdiction(viewer, record);
}

/**
 * Reports whether a viewer may see the applicant's raw name, ID number and
 * form data: the applicant, a service, or handling staff (clerk, reviewer,
 * approver) with jurisdiction. Supervisors and other staff see masked values.
 */
export function canSeePersonalData(viewer: Viewer | undefined, record: CaseScope): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.applicantUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  return hasRole(viewer, ...HANDLING_ROLES) && inJurisdiction(viewer, record);
}
