import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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
  Role.Admin,
];

/** The signed-in user as every subgraph receives it, read from the bearer token. */
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

interface TokenPayload extends Viewer {
  exp: number;
}

function tokenSecret(): string {
  const secret = process.env.YKB_TOKEN_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      'YKB_TOKEN_SECRET is missing or shorter than 32 characters; the launcher sets it, or export one.',
    );
  }
  return secret;
}

function sign(body: string): string {
  return createHmac('sha256', tokenSecret()).update(body).digest('base64url');
}

/** Issues a signed bearer token that expires after `ttlSeconds`. */
export function issueToken(viewer: Viewer, ttlSeconds = 8 * 3600): string {
  const payload: TokenPayload = {
    ...viewer,
    exp: Math.floor(Date.now() / 1000) + ttlSeconds,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `v1.${body}.${sign(body)}`;
}

/** Verifies a bearer token; returns undefined for a missing, forged or expired token. */
export function verifyToken(token: string | undefined): Viewer | undefined {
  if (!token) return undefined;
  const [version, body, signature] = token.split('.');
  if (version !== 'v1' || !body || !signature) return undefined;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return undefined;
  let payload: TokenPayload;
  try {
    payload = JSON.parse(
      Buffer.from(body, 'base64url').toString('utf8'),
    ) as TokenPayload;
  } catch {
    return undefined;
  }
  if (!isViewerPayload(payload) || payload.exp * 1000 < Date.now())
    return undefined;
  const { exp: _exp, ...viewer } = payload;
  return viewer;
}

/** Checks the shape of a token payload, so a well-signed but malformed token is treated as no token. */
function isViewerPayload(payload: unknown): payload is TokenPayload {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Record<string, unknown>;
  const optionalString = (value: unknown) =>
    value === undefined || typeof value === 'string';
  return (
    typeof p.exp === 'number' &&
    typeof p.userId === 'string' &&
    p.userId.length > 0 &&
    typeof p.name === 'string' &&
    typeof p.sessionId === 'string' &&
    Array.isArray(p.roles) &&
    p.roles.every(
      (role) =>
        typeof role === 'string' &&
        (Object.values(Role) as string[]).includes(role),
    ) &&
    optionalString(p.divisionCode) &&
    optionalString(p.departmentCode) &&
    optionalString(p.hallId) &&
    optionalString(p.onBehalfOf) &&
    optionalString(p.grantId) &&
    (p.onBehalfOf === undefined) === (p.grantId === undefined)
  );
}

/** Reads the bearer token from an Authorization header value. */
export function viewerFromHeader(
  header: string | undefined,
): Viewer | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return verifyToken(match?.[1]);
}

/** Issues a short-lived token for calls from one subgraph to another. */
export function serviceToken(service: string): string {
  return issueToken(
    {
      userId: `service:${service}`,
      name: service,
      roles: [Role.System],
      sessionId: randomBytes(8).toString('hex'),
    },
    300,
  );
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
