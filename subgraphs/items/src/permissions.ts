import {
  forbidden,
  hasRole,
  inJurisdiction,
  isWithinDivision,
  Role,
  type Jurisdiction,
  type Viewer,
} from '@ykb/common';

/**
 * Who does what with the catalogue:
 * - a department's item administrators (ITEM_ADMIN with that department)
 *   edit and submit the implementation lists of their department in their
 *   division subtree, review drafts of colleagues, and publish approved
 *   versions;
 * - the item administration office (ITEM_ADMIN of CQ-ZWB, or without a
 *   department) manages the basic catalogue and the dictionaries, delegates
 *   items to lower levels and publishes approved versions in its subtree;
 * - legal reviewers (LEGAL_REVIEWER) review drafts in their jurisdiction;
 * - supervisors and administrators read unpublished versions in their
 *   jurisdiction; everyone reads what is published.
 */

/** Department code of the item administration office (政务服务管理办公室). */
export const ITEM_OFFICE_DEPARTMENT = 'CQ-ZWB';

/** Reports whether the viewer works for the item administration office. */
export function isItemOffice(viewer: Viewer | undefined): boolean {
  return (
    hasRole(viewer, Role.ItemAdmin) &&
    (!viewer!.departmentCode ||
      viewer!.departmentCode === ITEM_OFFICE_DEPARTMENT)
  );
}

/** Office staff whose division subtree contains the record's division. */
function isOfficeOver(viewer: Viewer, record: Jurisdiction): boolean {
  return (
    isItemOffice(viewer) &&
    !!viewer.divisionCode &&
    isWithinDivision(viewer.divisionCode, record.divisionCode)
  );
}

/** May the viewer edit and submit the department's implementation list entry? */
export function canEditItem(viewer: Viewer, record: Jurisdiction): boolean {
  if (hasRole(viewer, Role.System)) return true;
  return hasRole(viewer, Role.ItemAdmin) && inJurisdiction(viewer, record);
}

/** May the viewer publish an approved version of the record? */
export function canPublishItem(viewer: Viewer, record: Jurisdiction): boolean {
  return canEditItem(viewer, record) || isOfficeOver(viewer, record);
}

/** May the viewer read unpublished versions of the record? */
export function canReadUnpublished(
  viewer: Viewer | undefined,
  record: Jurisdiction,
): boolean {
  if (!viewer) return false;
  if (hasRole(viewer, Role.System)) return true;
  if (isOfficeOver(viewer, record)) return true;
  return (
    hasRole(
      viewer,
      Role.ItemAdmin,
      Role.LegalReviewer,
      Role.Supervisor,
      Role.Admin,
    ) && inJurisdiction(viewer, record)
  );
}

/** Throws FORBIDDEN unless `allowed`, naming the record's place. */
export function requireAllowed(
  allowed: boolean,
  record: Jurisdiction,
  what: string,
): void {
  if (!allowed)
    throw forbidden(
      `You may not ${what} for department ${record.departmentCode ?? '-'} in division ${record.divisionCode}.`,
    );
}
