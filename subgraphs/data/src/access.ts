import {
  desensitise,
  escapeRegExp,
  forbidden,
  hasRole,
  isWithinDivision,
  PERSONAL_DATA_ROLES,
  Role,
  type Viewer,
} from '@ykb/common';
import type { DatasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { DatasetRowDocument } from './model.js';

/** Read rights of a viewer over a dataset's rows. */
export interface RowAccess {
  /** Whether SENSITIVE values are shown raw; otherwise they are desensitised. */
  rawSensitiveValues: boolean;
  /** Division subtree the viewer reads; undefined for SYSTEM, which reads every row. */
  divisionCode?: string;
}

/** A row with the access it was read under, so every path to its values masks alike. */
export interface RowView {
  row: DatasetRowDocument;
  entry: DatasetEntry;
  access: RowAccess;
}

export interface RowPageView {
  rows: RowView[];
  nextAfter: string | null;
}

/** Roles that read rows of every dataset in their division subtree, always desensitised, when they have no department. */
const DIVISION_WIDE_READERS = [Role.Analyst, Role.Supervisor, Role.Admin];

/**
 * Decides whether a viewer may read a dataset's rows, or throws FORBIDDEN.
 * Allowed are SYSTEM; staff of the owner department; analysts, supervisors
 * and administrators without a department; and staff of another
 * department while that department has an approved, unexpired grant.
 * Only SYSTEM and staff in PERSONAL_DATA_ROLES of the owner department or
 * of a granted department see SENSITIVE values raw.
 */
export async function rowAccess(
  context: DataContext,
  viewer: Viewer,
  entry: DatasetEntry,
): Promise<RowAccess> {
  const decision = await decideRowAccess(context, viewer, entry);
  if ('denied' in decision) throw forbidden(decision.denied);
  return decision;
}

/** Applies the rules of rowAccess and returns the access, or the reason it is denied. */
export async function decideRowAccess(
  context: DataContext,
  viewer: Viewer,
  entry: DatasetEntry,
): Promise<RowAccess | { denied: string }> {
  if (hasRole(viewer, Role.System)) return { rawSensitiveValues: true };
  if (!viewer.divisionCode)
    return { denied: 'Reading dataset rows needs a division jurisdiction.' };
  const handlesPersonalData = hasRole(viewer, ...PERSONAL_DATA_ROLES);
  const department = viewer.departmentCode;
  if (!department) {
    if (!hasRole(viewer, ...DIVISION_WIDE_READERS))
      return {
        denied: `Reading rows of ${entry.id} needs a department, or the role ANALYST, SUPERVISOR or ADMIN.`,
      };
    return { rawSensitiveValues: false, divisionCode: viewer.divisionCode };
  }
  if (department !== entry.ownerDepartmentCode) {
    const grant = await context.loaders.activeGrant.load(
      grantKey(entry.id, department),
    );
    if (!grant)
      return {
        denied: `Department ${department} has no approved, unexpired grant for dataset ${entry.id}; request it with requestDatasetSharing.`,
      };
  }
  return {
    rawSensitiveValues: handlesPersonalData,
    divisionCode: viewer.divisionCode,
  };
}

export function grantKey(datasetId: string, departmentCode: string): string {
  return `${datasetId}|${departmentCode}`;
}

/** Database filter of the rows inside an access's division subtree. */
export function divisionFilter(access: RowAccess): Record<string, unknown> {
  return access.divisionCode
    ? { divisionCode: { $regex: `^${escapeRegExp(access.divisionCode)}` } }
    : {};
}

export function rowVisible(row: DatasetRowDocument, access: RowAccess): boolean {
  return (
    !access.divisionCode || isWithinDivision(access.divisionCode, row.divisionCode)
  );
}

export interface PresentedValue {
  field: string;
  value: string | null;
  masked: boolean;
}

/**
 * Returns a row's values in field order as the access allows: SENSITIVE
 * values desensitised by their kind unless the access has the right to the
 * raw value or the row makes the field public (`publicWhen`). Fields
 * outside the catalogue entry are dropped.
 */
export function presentValues(
  entry: DatasetEntry,
  values: DatasetRowDocument['values'],
  access: Pick<RowAccess, 'rawSensitiveValues'>,
): PresentedValue[] {
  return entry.fields.map((field) => {
    const value = values[field.name] ?? null;
    const publicInRow =
      field.publicWhen !== undefined &&
      values[field.publicWhen.field] === field.publicWhen.equals;
    if (
      value === null ||
      field.classification !== 'SENSITIVE' ||
      access.rawSensitiveValues ||
      publicInRow
    )
      return { field: field.name, value, masked: false };
    return {
      field: field.name,
      value: desensitise(field.personalDataKind, value),
      masked: true,
    };
  });
}
