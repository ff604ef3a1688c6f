import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  changeAtVersion,
  ErrorCode,
  escapeRegExp,
  forbidden,
  HALLS,
  inJurisdiction,
  isWithinDivision,
  notFound,
  Role,
  STAFF_ROLES,
  type RoleValue,
  type Viewer,
  pageRows,
} from '@ykb/common';
import { adminAuditEvent } from './auditEvents.js';
import { claimKey, claimKeys, releaseClaims } from './claims.js';
import type { IdentityServices, RecordAudit } from './context.js';
import type { UserDocument } from './model.js';
import { NotifierError } from './notifier.js';
import { issueCode } from './oneTimeCodes.js';
import {
  findNameProblem,
  normalizeAccount,
  normalizePersonName,
} from './personInput.js';
import { readMobile } from './registerPerson.js';
import { revokeUserSessions } from './sessions.js';
import { decodeCursor, toPage, type Page } from './pages.js';

export interface StaffAccessInput {
  roles: readonly string[];
  divisionCode: string;
  departmentCode?: string | null;
  hallId?: string | null;
}

export interface CreateStaffAccountInput extends StaffAccessInput {
  account: string;
  name: string;
  mobile: string;
}

export interface StaffAccountServices extends Pick<
  IdentityServices,
  'models' | 'divisions' | 'notifier' | 'now'
> {
  recordAudit: RecordAudit;
}

/** Roles that act for one department and need a departmentCode. */
const DEPARTMENT_ROLES: readonly RoleValue[] = [
  Role.Reviewer,
  Role.Approver,
  Role.LicenceOfficer,
];
/** Roles that work at one hall or service point and need a hallId. */
const HALL_ROLES: readonly RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.HallManager,
];

/** Staff sign-in names: a lower-case letter, then 2 to 63 lower-case letters, digits, `.`, `_` or `-`. */
const STAFF_ACCOUNT_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/u;

interface CheckedAccess {
  roles: RoleValue[];
  divisionCode: string;
  departmentCode: string | null;
  hallId: string | null;
}

/** Normalises roles and jurisdiction and throws BAD_USER_INPUT naming the first wrong field. */
async function checkAccess(
  services: StaffAccountServices,
  input: StaffAccessInput,
): Promise<CheckedAccess> {
  const roles = [...new Set(input.roles)] as RoleValue[];
  if (roles.length === 0)
    throw badInput('roles must contain at least one role.', {
      field: 'roles',
    });
  if (roles.length !== input.roles.length)
    throw badInput('roles must not contain a role twice.', { field: 'roles' });
  const notStaff = roles.find((role) => !STAFF_ROLES.includes(role));
  if (notStaff)
    throw badInput(`${notStaff} is not a staff role.`, { field: 'roles' });

  const divisionCode = input.divisionCode.normalize('NFKC').trim();
  if (!services.divisions.has(divisionCode))
    throw badInput(`Division ${divisionCode} is not a Chongqing division.`, {
      field: 'divisionCode',
    });

  const departmentCode = input.departmentCode?.trim() || null;
  if (
    departmentCode &&
    !(await services.models.Department.exists({ _id: departmentCode }))
  )
    throw badInput(`Department ${departmentCode} does not exist.`, {
      field: 'departmentCode',
    });
  const needsDepartment = roles.find((role) => DEPARTMENT_ROLES.includes(role));
  if (needsDepartment && !departmentCode)
    throw badInput(`The role ${needsDepartment} needs a departmentCode.`, {
      field: 'departmentCode',
    });

  const hallId = input.hallId?.trim() || null;
  if (hallId) {
    const hall = HALLS.find((candidate) => candidate.id === hallId);
    if (!hall)
      throw badInput(`Hall ${hallId} does not exist.`, { field: 'hallId' });
    if (!isWithinDivision(divisionCode, hall.divisionCode))
      throw badInput(
        `Hall ${hallId} lies outside division ${divisionCode}; choose a hall in the account's division subtree.`,
        { field: 'hallId' },
      );
  }
  const needsHall = roles.find((role) => HALL_ROLES.includes(role));
  if (needsHall && !hallId)
    throw badInput(`The role ${needsHall} needs a hallId.`, {
      field: 'hallId',
    });

  return { roles, divisionCode, departmentCode, hallId };
}

/**
 * Throws FORBIDDEN unless the administrator may give or hold `access`: its
 * division and department lie in the administrator's jurisdiction, and an
 * ADMIN account lies strictly inside the administrator's subtree, so no
 * administrator creates or changes a peer or a superior.
 */
function requireMayAdminister(
  admin: Viewer,
  access: {
    roles: readonly string[];
    divisionCode?: string | null;
    departmentCode?: string | null;
  },
): void {
  if (
    !access.divisionCode ||
    !inJurisdiction(admin, {
      divisionCode: access.divisionCode,
      departmentCode: access.departmentCode,
    })
  )
    throw forbidden(
      'The account lies outside your division subtree or department.',
    );
  if (
    access.roles.includes(Role.Admin) &&
    access.divisionCode === admin.divisionCode
  )
    throw forbidden(
      'An administrator account can only be given for a division strictly inside your own.',
    );
}

/** Summarises access for audit details, as `<prefix>Roles`, `<prefix>Division` and so on. */
function accessDetails(
  prefix: 'before' | 'after',
  access: Partial<CheckedAccess> & { disabled?: boolean },
): Record<string, string | boolean | null> {
  return {
    [`${prefix}Roles`]: access.roles ? [...access.roles].join(',') : null,
    [`${prefix}Division`]: access.divisionCode ?? null,
    [`${prefix}Department`]: access.departmentCode ?? null,
    [`${prefix}Hall`]: access.hallId ?? null,
    ...(access.disabled === undefined
      ? {}
      : { [`${prefix}Disabled`]: access.disabled }),
  };
}

/**
 * Creates a staff account without a password and sends its activation code.
 * The account name is claimed first, so a retried or concurrent request
 * with the same name fails with CONFLICT. When the code cannot be sent,
 * the account, its claim and its code are removed again.
 */
export async function createStaffAccount(
  services: StaffAccountServices,
  admin: Viewer,
  input: CreateStaffAccountInput,
): Promise<UserDocument> {
  const { models } = services;
  const account = normalizeAccount(input.account);
  if (!STAFF_ACCOUNT_PATTERN.test(account))
    throw badInput(
      'account must be 3 to 64 characters: a lower-case letter, then lower-case letters, digits, ".", "_" or "-".',
      { field: 'account' },
    );
  const name = normalizePersonName(input.name);
  const nameProblem = findNameProblem(name);
  if (nameProblem) throw badInput(nameProblem, { field: 'name' });
  const mobile = readMobile(input.mobile, 'mobile');
  const access = await checkAccess(services, input);
  requireMayAdminister(admin, access);

  const userId = `u-${randomUUID()}`;
  const keys = [claimKey('account', account)];
  const claim = await claimKeys(models, userId, keys);
  if (!claim.claimed)
    throw appError(
      ErrorCode.Conflict,
      `The account name ${account} is already taken; choose another.`,
      { field: 'account' },
    );

  let user: UserDocument;
  try {
    const doc = await models.User.create({
      _id: userId,
      account,
      kind: 'STAFF',
      name,
      mobile,
      roles: access.roles,
      divisionCode: access.divisionCode,
      ...(access.departmentCode
        ? { departmentCode: access.departmentCode }
        : {}),
      ...(access.hallId ? { hallId: access.hallId } : {}),
      version: 0,
      createdBy: admin.userId,
    });
    user = doc.toObject() as UserDocument;
    await issueCode(services, user, 'ACTIVATION');
  } catch (error) {
    await models.OneTimeCode.deleteMany({ userId });
    await models.User.deleteOne({ _id: userId });
    await releaseClaims(models, userId, keys);
    if (!(error instanceof NotifierError)) throw error;
    await services.recordAudit({
      ...adminAuditEvent(admin, 'createStaffAccount', userId, {
        account,
        reason: error.reason,
      }),
      outcome: 'FAILED',
      code: ErrorCode.UpstreamFailed,
    });
    throw appError(
      ErrorCode.UpstreamFailed,
      'The activation code could not be sent by text message, so the account was not created; check the mobile number or retry later.',
      { field: 'mobile', reason: error.reason },
    );
  }

  await services.recordAudit(
    adminAuditEvent(admin, 'createStaffAccount', userId, {
      account,
      ...accessDetails('before', {}),
      ...accessDetails('after', access),
    }),
  );
  return user;
}

/** Loads a staff account another administrator may change; throws NOT_FOUND or FORBIDDEN. */
async function loadAdministeredStaff(
  services: StaffAccountServices,
  admin: Viewer,
  userId: string,
): Promise<UserDocument & { version: number }> {
  if (userId === admin.userId)
    throw forbidden('Nobody changes their own roles or account state.');
  const user = await services.models.User.findById(userId).lean<UserDocument>();
  if (!user || user.kind !== 'STAFF') throw notFound('Staff account', userId);
  requireMayAdminister(admin, user);
  // Staff accounts carry a version from creation or from the start-up backfill; without one, changeAtVersion finds no match and reports CONFLICT.
  return { ...user, version: user.version ?? 0 };
}

/** Applies a change at the account's loaded version; CONFLICT when another change came first. */
async function changeStaff(
  services: StaffAccountServices,
  user: UserDocument & { version: number },
  set: Record<string, unknown>,
): Promise<UserDocument> {
  const changed = await changeAtVersion<UserDocument>(
    services.models.User,
    user._id,
    user.version,
    { set },
  );
  if (!changed)
    throw appError(
      ErrorCode.Conflict,
      `Staff account ${user._id} was changed at the same time; reload it and retry.`,
    );
  return changed;
}

function currentAccess(user: UserDocument): CheckedAccess {
  return {
    roles: user.roles as RoleValue[],
    divisionCode: user.divisionCode ?? '',
    departmentCode: user.departmentCode ?? null,
    hallId: user.hallId ?? null,
  };
}

/**
 * Replaces the roles and jurisdiction of a staff account and revokes its
 * sessions, so its next token carries the new access.
 */
export async function updateStaffAccess(
  services: StaffAccountServices,
  admin: Viewer,
  userId: string,
  input: StaffAccessInput,
): Promise<UserDocument> {
  const user = await loadAdministeredStaff(services, admin, userId);
  const access = await checkAccess(services, input);
  requireMayAdminister(admin, access);
  const changed = await changeStaff(services, user, {
    roles: access.roles,
    divisionCode: access.divisionCode,
    departmentCode: access.departmentCode,
    hallId: access.hallId,
  });
  const revoked = await revokeUserSessions(
    services.models,
    userId,
    services.now().getTime(),
  );
  await services.recordAudit(
    adminAuditEvent(admin, 'updateStaffAccess', userId, {
      ...accessDetails('before', currentAccess(user)),
      ...accessDetails('after', access),
      sessionsRevoked: revoked,
    }),
  );
  return changed;
}

/**
 * Disables or enables a staff account. Disabling revokes every session.
 * Setting the state the account already has changes nothing and is audited
 * with `changed: false`.
 */
export async function setStaffAccountDisabled(
  services: StaffAccountServices,
  admin: Viewer,
  userId: string,
  disabled: boolean,
): Promise<UserDocument> {
  const user = await loadAdministeredStaff(services, admin, userId);
  const action = disabled ? 'disableStaffAccount' : 'enableStaffAccount';
  const wasDisabled = !!user.disabledAt;
  const details = {
    ...accessDetails('before', {
      ...currentAccess(user),
      disabled: wasDisabled,
    }),
    ...accessDetails('after', { ...currentAccess(user), disabled }),
  };
  if (wasDisabled === disabled) {
    await services.recordAudit(
      adminAuditEvent(admin, action, userId, { ...details, changed: false }),
    );
    return user;
  }
  const changed = await changeStaff(services, user, {
    disabledAt: disabled ? services.now() : null,
  });
  const revoked = disabled
    ? await revokeUserSessions(
        services.models,
        userId,
        services.now().getTime(),
      )
    : 0;
  await services.recordAudit(
    adminAuditEvent(admin, action, userId, {
      ...details,
      changed: true,
      sessionsRevoked: revoked,
    }),
  );
  return changed;
}

export type StaffAccountPage = Page<UserDocument>;

/**
 * Lists staff accounts in a division subtree, optionally of one department,
 * ordered by account name. An administrator of one department sees only
 * that department's accounts.
 */
export async function listStaffAccounts(
  services: StaffAccountServices,
  admin: Viewer,
  args: {
    divisionCode: string;
    departmentCode?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<StaffAccountPage> {
  const divisionCode = args.divisionCode.normalize('NFKC').trim();
  const departmentCode =
    args.departmentCode?.trim() || admin.departmentCode || null;
  if (!inJurisdiction(admin, { divisionCode, departmentCode }))
    throw forbidden(
      'The division or department lies outside your jurisdiction.',
    );
  const first = pageRows(args.first, 20);
  const filter: Record<string, unknown> = {
    kind: 'STAFF',
    divisionCode: { $regex: `^${escapeRegExp(divisionCode)}` },
  };
  if (departmentCode) filter.departmentCode = departmentCode;
  if (args.after) filter.account = { $gt: decodeCursor(args.after)[0] };

  const found = await services.models.User.find(filter)
    .sort({ account: 1 })
    .limit(first + 1)
    .lean<UserDocument[]>();
  return toPage(found, first, (user) => [user.account]);
}
