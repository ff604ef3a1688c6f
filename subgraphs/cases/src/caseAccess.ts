import {
  hasRole,
  inJurisdiction,
  isStaff,
  maySeePersonalData,
  Role,
  type Viewer,
} from '@ykb/common';
import type { CaseDocument } from './model.js';

type CaseScope = Pick<
  CaseDocument,
  'applicantUserId' | 'divisionCode' | 'departmentCode'
>;

/** Reports whether a viewer may read a case at all: the applicant, a service, or staff with jurisdiction. */
export function canViewCase(
  viewer: Viewer | undefined,
  record: CaseScope,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.applicantUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  return isStaff(viewer) && inJurisdiction(viewer, record);
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
