import {
  hasRole,
  inJurisdiction,
  Role,
  type RoleValue,
  type Viewer,
} from './auth.js';

/**
 * Roles that see the raw personal data of departmental records (cases,
 * licences) in their jurisdiction: the roles that handle them, and
 * administrators. Hall managers, supervisors, analysts, item administrators
 * and seal administrators see masked values.
 */
export const PERSONAL_DATA_ROLES: readonly RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Reviewer,
  Role.Approver,
  Role.LicenceOfficer,
  Role.Admin,
];

/**
 * Roles that see the raw personal data of a record without a department,
 * such as a user account, in their division subtree. Clerks and window
 * staff look applicants up at the counter. Reviewers and approvers read the
 * applicant's data from the case they handle instead.
 */
export const ACCOUNT_PERSONAL_DATA_ROLES: readonly RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Admin,
];

/** The parts of a record that decide who may see its personal data. */
export interface PersonalDataRecord {
  /** User the personal data belongs to; that user always sees it raw. */
  ownerUserId?: string | null;
  /** Division the record belongs to; without one, only the owner and SYSTEM see raw values. */
  divisionCode?: string | null;
  /** Department that handles the record; absent for user accounts. */
  departmentCode?: string | null;
}

/**
 * Reports whether a viewer may see a record's raw personal data (name,
 * ID-card number, mobile, form data). Allowed are the owner, SYSTEM service
 * calls, and staff in PERSONAL_DATA_ROLES whose jurisdiction covers the
 * record: its division lies in the viewer's subtree and, when both have a
 * department, the departments match. For a record without a department only
 * ACCOUNT_PERSONAL_DATA_ROLES qualify. Everyone else gets masked values.
 */
export function maySeePersonalData(
  viewer: Viewer | undefined,
  record: PersonalDataRecord,
): boolean {
  if (!viewer) return false;
  if (record.ownerUserId && viewer.userId === record.ownerUserId) return true;
  if (hasRole(viewer, Role.System)) return true;
  if (!record.divisionCode) return false;

  const roles = record.departmentCode
    ? PERSONAL_DATA_ROLES
    : ACCOUNT_PERSONAL_DATA_ROLES;
  if (!hasRole(viewer, ...roles)) return false;
  return inJurisdiction(viewer, {
    divisionCode: record.divisionCode,
    departmentCode: record.departmentCode,
  });
}
