import {
  appError,
  badInput,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  isDuplicateKeyError,
  notFound,
  Role,
  type Viewer,
} from '@ykb/common';
import { adminAuditEvent } from './auditEvents.js';
import type { IdentityServices, RecordAudit } from './context.js';
import type {
  DepartmentAccountBindingDocument,
  DepartmentSystemDocument,
  UserDocument,
} from './model.js';

export interface BindingServices extends Pick<
  IdentityServices,
  'models' | 'now'
> {
  recordAudit: RecordAudit;
}

/** Maximum length of a departmental system's user id. */
const MAX_EXTERNAL_USER_ID_LENGTH = 128;

function bindingId(systemId: string, externalUserId: string): string {
  return `${systemId}:${externalUserId}`;
}

function externalUserIdArgument(raw: string): string {
  const id = raw.normalize('NFKC').trim();
  if (!id || id.length > MAX_EXTERNAL_USER_ID_LENGTH)
    throw badInput(
      `externalUserId must have 1 to ${MAX_EXTERNAL_USER_ID_LENGTH} characters.`,
      { field: 'externalUserId' },
    );
  return id;
}

/** Reports whether an administrator's jurisdiction covers a system's department and deployment division. */
function administersSystem(
  viewer: Viewer,
  system: DepartmentSystemDocument,
): boolean {
  return (
    hasRole(viewer, Role.Admin) &&
    inJurisdiction(viewer, {
      divisionCode: system.divisionCode,
      departmentCode: system.departmentCode,
    })
  );
}

/** Reports whether an administrator's jurisdiction covers a user. */
export function administersUser(
  viewer: Viewer,
  user: Pick<UserDocument, 'divisionCode' | 'departmentCode'>,
): boolean {
  return (
    hasRole(viewer, Role.Admin) &&
    !!user.divisionCode &&
    inJurisdiction(viewer, {
      divisionCode: user.divisionCode,
      departmentCode: user.departmentCode,
    })
  );
}

async function loadSystem(
  services: BindingServices,
  systemId: string,
): Promise<DepartmentSystemDocument> {
  const system = await services.models.DepartmentSystem.findById(
    systemId.trim(),
  ).lean<DepartmentSystemDocument>();
  if (!system) throw notFound('Departmental system', systemId);
  return system;
}

async function loadUser(
  services: BindingServices,
  userId: string,
): Promise<UserDocument> {
  const user = await services.models.User.findById(userId).lean<UserDocument>();
  if (!user) throw notFound('User', userId);
  return user;
}

function requireAdministers(
  admin: Viewer,
  system: DepartmentSystemDocument,
  user: UserDocument,
): void {
  if (!administersSystem(admin, system) || !administersUser(admin, user))
    throw forbidden(
      'Binding needs an administrator whose jurisdiction covers both the user and the system’s department.',
    );
}

/**
 * Binds a departmental system's user to a platform user. The binding's
 * `_id` and the unique (systemId, userId) index make a second binding of
 * either side fail with CONFLICT; repeating the same binding returns it.
 */
export async function bindDepartmentAccount(
  services: BindingServices,
  admin: Viewer,
  args: { systemId: string; externalUserId: string; userId: string },
): Promise<DepartmentAccountBindingDocument> {
  const system = await loadSystem(services, args.systemId);
  const externalUserId = externalUserIdArgument(args.externalUserId);
  const user = await loadUser(services, args.userId);
  requireAdministers(admin, system, user);
  // As with roles, nobody grants their own account access to another system.
  if (user._id === admin.userId)
    throw forbidden(
      'Administrators cannot bind their own account; ask another administrator of your division.',
    );
  // Departmental systems are back-office systems, like their single sign-on.
  if (user.kind !== 'STAFF' || user.disabledAt)
    throw badInput(
      `User ${user._id} is not an active staff account; only active staff accounts are bound to departmental systems.`,
      { field: 'userId' },
    );

  const { DepartmentAccountBinding } = services.models;
  const id = bindingId(system._id, externalUserId);
  const binding = {
    _id: id,
    systemId: system._id,
    externalUserId,
    userId: user._id,
    boundBy: admin.userId,
    boundAt: services.now(),
  };
  try {
    await DepartmentAccountBinding.create(binding);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing =
      await DepartmentAccountBinding.findById(
        id,
      ).lean<DepartmentAccountBindingDocument>();
    if (existing?.userId === user._id) return existing;
    throw appError(
      ErrorCode.Conflict,
      `In system ${system._id}, the external user ${externalUserId} or the user ${user._id} is already bound; unbind first.`,
    );
  }
  await services.recordAudit(
    adminAuditEvent(admin, 'bindDepartmentAccount', user._id, {
      systemId: system._id,
      externalUserId,
    }),
  );
  return binding;
}

/** Removes a binding; returns false when none existed. */
export async function unbindDepartmentAccount(
  services: BindingServices,
  admin: Viewer,
  args: { systemId: string; externalUserId: string },
): Promise<boolean> {
  const system = await loadSystem(services, args.systemId);
  const externalUserId = externalUserIdArgument(args.externalUserId);
  if (!administersSystem(admin, system))
    throw forbidden(
      'Unbinding needs an administrator whose jurisdiction covers the system’s department.',
    );
  const { DepartmentAccountBinding } = services.models;
  const id = bindingId(system._id, externalUserId);
  const existing =
    await DepartmentAccountBinding.findById(
      id,
    ).lean<DepartmentAccountBindingDocument>();
  if (!existing) return false;
  requireAdministers(admin, system, await loadUser(services, existing.userId));

  const result = await DepartmentAccountBinding.deleteOne({
    _id: id,
    userId: existing.userId,
  });
  if (result.deletedCount === 0) return false;
  await services.recordAudit(
    adminAuditEvent(admin, 'unbindDepartmentAccount', existing.userId, {
      systemId: system._id,
      externalUserId,
    }),
  );
  return true;
}

/** Looks up the binding of a departmental system's user, for SYSTEM callers and administrators of the system. */
export async function findDepartmentAccountBinding(
  services: BindingServices,
  viewer: Viewer,
  args: { systemId: string; externalUserId: string },
): Promise<DepartmentAccountBindingDocument | null> {
  const system = await loadSystem(services, args.systemId);
  if (!hasRole(viewer, Role.System) && !administersSystem(viewer, system))
    throw forbidden(
      'Looking up bindings needs a SYSTEM caller or an administrator of the system’s department.',
    );
  return services.models.DepartmentAccountBinding.findById(
    bindingId(system._id, externalUserIdArgument(args.externalUserId)),
  ).lean<DepartmentAccountBindingDocument>();
}

/** Lists a user's bindings for the user, SYSTEM and administrators of the user; null for anyone else. */
export async function listUserBindings(
  services: BindingServices,
  viewer: Viewer | undefined,
  user: UserDocument,
): Promise<DepartmentAccountBindingDocument[] | null> {
  if (
    !viewer ||
    (viewer.userId !== user._id &&
      !hasRole(viewer, Role.System) &&
      !administersUser(viewer, user))
  )
    return null;
  return services.models.DepartmentAccountBinding.find({ userId: user._id })
    .sort({ systemId: 1 })
    .lean<DepartmentAccountBindingDocument[]>();
}
