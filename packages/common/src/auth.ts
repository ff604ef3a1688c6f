import { forbidden, unauthenticated } from './errors.js';
import { isWithinDivision } from './divisions.js';

/** Roles of the platform. Staff roles carry a jurisdiction: a division subtree and optionally one department. */
export const Role = {
  /** 自然人: a registered natural person. */
  Citizen: 'CITIZEN',
  /** 法人: a registered legal person, acting through its own account. */
  LegalPerson: 'LEGAL_PERSON',
  /** 村(社区)便民服务点代办员: takes in applications at a village service point. */
  Clerk: 'CLERK',
  /** 窗口人员: takes in applications and accepts cases at a hall window. */
  WindowStaff: 'WINDOW_STAFF',
  /** 审核人员: reviews accepted cases of a department. */
  Reviewer: 'REVIEWER',
  /** 审批人员: decides reviewed cases of a department. */
  Approver: 'APPROVER',
  /** 证照管理员: issues, imports and revokes a department's electronic licences. */
  LicenceOfficer: 'LICENCE_OFFICER',
  /** 印章管理员: manages a department's electronic seals. */
  SealAdmin: 'SEAL_ADMIN',
  /** 大厅负责人: manages one hall's windows, queue and staff. */
  HallManager: 'HALL_MANAGER',
  /** 监察人员: follows deadlines and complaints across a division subtree. */
  Supervisor: 'SUPERVISOR',
  /** 数据分析人员: reads statistics and desensitised data. */
  Analyst: 'ANALYST',
  /** 审计人员: reads the audit log; changes nothing. */
  Auditor: 'AUDITOR',
  /** 事项管理员: maintains the item catalogue of a department. */
  ItemAdmin: 'ITEM_ADMIN',
  /** 法制审核人员: reviews item drafts for legality before publication. */
  LegalReviewer: 'LEGAL_REVIEWER',
  /** 财务人员: reconciles payments, reads clearing reports and refunds fees in a division subtree. */
  Finance: 'FINANCE',
  /** 系统管理员: administers accounts and settings of a division subtree. */
  Admin: 'ADMIN',
  /** Internal service calls between subgraphs; never issued to a person. */
  System: 'SYSTEM',
} as const;

export type RoleValue = (typeof Role)[keyof typeof Role];

export const STAFF_ROLES: readonly RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Reviewer,
  Role.Approver,
  Role.LicenceOfficer,
  Role.SealAdmin,
  Role.HallManager,
  Role.Supervisor,
  Role.Analyst,
  Role.Auditor,
  Role.ItemAdmin,
  Role.LegalReviewer,
  Role.Finance,
  Role.Admin,
];

/** The signed-in user as every subgraph receives it, read from the verified access token. */
export interface Viewer {
  userId: string;
  name: string;
  roles: RoleValue[];
  /** Root of the division subtree a staff member may act in. */
  divisionCode?: string;
  /** Department code a staff member belongs to; absent for division-wide roles. */
  departmentCode?: string;
  /** Hall or service point where a clerk or hall manager works. */
  hallId?: string;
  /** Session id, so that sign-out can revoke the token. */
  sessionId: string;
  /** User id of the legal person an agent acts for; absent when acting for oneself. */
  onBehalfOf?: string;
  /** Id of the agent grant that lets this viewer act for `onBehalfOf`. */
  grantId?: string;
}

export function requireViewer(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function hasRole(
  viewer: Viewer | undefined,
  ...roles: RoleValue[]
): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}

/** Throws FORBIDDEN unless the viewer has one of the roles. */
export function requireRole(
  viewer: Viewer | undefined,
  ...roles: RoleValue[]
): Viewer {
  const v = requireViewer(viewer);
  if (!hasRole(v, ...roles))
    throw forbidden(
      `This operation needs one of the roles ${roles.join(', ')}.`,
    );
  return v;
}

/** A record's place in the jurisdiction tree. */
export interface Jurisdiction {
  divisionCode: string;
  departmentCode?: string | null;
}

/**
 * Reports whether a staff viewer may act on a record: the record's division
 * lies in the viewer's subtree and, when the viewer belongs to a department,
 * the record belongs to that department. System calls pass.
 */
export function inJurisdiction(viewer: Viewer, record: Jurisdiction): boolean {
  if (viewer.roles.includes(Role.System)) return true;
  if (!viewer.divisionCode) return false;
  if (!isWithinDivision(viewer.divisionCode, record.divisionCode)) return false;
  if (
    viewer.departmentCode &&
    record.departmentCode &&
    viewer.departmentCode !== record.departmentCode
  )
    return false;
  return true;
}

export function requireJurisdiction(
  viewer: Viewer,
  record: Jurisdiction,
): void {
  if (!inJurisdiction(viewer, record)) {
    throw forbidden('This record lies outside your division or department.');
  }
}

export function isStaff(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, ...STAFF_ROLES, Role.System);
}
