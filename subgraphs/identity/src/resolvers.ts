import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  forbidden,
  hasRole,
  inJurisdiction,
  isDivisionCode,
  notFound,
  isStaff,
  Role,
  USER_READER_ROLES,
  type Viewer,
  pageRows,
} from '@ykb/common';
import { claimKey, findClaimHolder } from './claims.js';
import { CHONGQING } from './divisionSource.js';
import type { IdentityContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  listHolidaySchedules,
  loadHolidaySchedule,
} from './holidaySchedules.js';
import { listAuditRecords, maskAuditAccount } from './auditQuery.js';
import {
  bindDepartmentAccount,
  findDepartmentAccountBinding,
  listUserBindings,
  unbindDepartmentAccount,
} from './departmentAccounts.js';
import type {
  DepartmentDocument,
  DepartmentSystemDocument,
  SmsOutboxDocument,
  UserDocument,
} from './model.js';
import {
  requestPasswordReset,
  RESET_REQUEST_MIN_MS,
  resetPassword,
  settleNoSooner,
} from './passwordReset.js';
import {
  createStaffAccount,
  listStaffAccounts,
  setStaffAccountDisabled,
  updateStaffAccess,
} from './staffAccounts.js';
import { normalizeIdCardNumber } from './personInput.js';
import { legalPersonResolvers } from './legalPersonResolvers.js';
import { registerPerson } from './registerPerson.js';
import {
  activeSessionIds,
  MAX_SESSION_IDS,
  refreshSession,
  revokeSession,
  revokeUserSessions,
  type TokenPair,
} from './sessions.js';
import { signIn, startSession } from './signIn.js';
import { englishDivisionName } from './divisionEnglish.js';
import {
  identityStatistics,
  identityStatisticsResolvers,
} from './statistics.js';
import {
  maySeePersonalData,
  authPayload,
  ownUserView,
  viewUser,
  type UserView,
} from './userView.js';
import { userChanges } from './changeFeed.js';
import { findRegisteredHolders } from './registeredHolders.js';

/** Normalises a division code argument; throws BAD_USER_INPUT unless it has 2, 4, 6, 9 or 12 digits. */
function divisionCodeArgument(raw: string, field: string): string {
  const code = raw.normalize('NFKC').trim();
  if (!isDivisionCode(code))
    throw badInput(
      `${field} must be a division code of 2, 4, 6, 9 or 12 digits, got "${raw}".`,
      { field },
    );
  return code;
}

/** Turns a record of facts into key-value pairs, values as text. */
function factList(
  facts: Record<string, unknown> | null | undefined,
): { key: string; value: string | null }[] {
  return Object.entries(facts ?? {}).map(([key, value]) => ({
    key,
    value: value == null ? null : String(value),
  }));
}

/**
 * Reports whether a viewer may read a user account at all: the user, a
 * service, or staff in USER_READER_ROLES whose division subtree contains the
 * user's division. Staff cannot read a user without a division.
 */
function canReadUser(viewer: Viewer, user: UserDocument): boolean {
  if (viewer.userId === user._id) return true;
  if (hasRole(viewer, Role.System)) return true;
  return (
    hasRole(viewer, ...USER_READER_ROLES) &&
    !!user.divisionCode &&
    inJurisdiction(viewer, { divisionCode: user.divisionCode })
  );
}

/**
 * Loads a user masked for the viewer, for `user(id)` and entity references:
 * null when the user does not exist, UNAUTHENTICATED for an anonymous or
 * signed-out caller, FORBIDDEN when the viewer may not read the account.
 */
async function loadReadableUser(
  ctx: IdentityContext,
  id: string,
): Promise<UserView | null> {
  const viewer = authorizeViewer(
    await ctx.activeViewer(),
    ACCESS_POLICY.identity['Query.user'],
  );
  const user = await ctx.userById.load(id);
  if (!user) return null;
  if (!canReadUser(viewer, user))
    throw forbidden(
      `You may not read user ${id}: the account lies outside your role or division.`,
    );
  return viewUser(user, viewer);
}

/**
 * Identity resolvers. Divisions and departments are public reference data.
 * Every path that returns a user masks it for the request's viewer, and a
 * signed-out session counts as anonymous.
 */
export const resolvers: Resolvers = {
  Query: {
    userChanges: (_parent, args, ctx) => userChanges(ctx, args),
    identityStatistics: (_parent, args, ctx) =>
      identityStatistics(ctx, args.filter),
    division: (_parent, args, ctx) =>
      ctx.divisionByCode.load(divisionCodeArgument(args.code, 'code')),
    divisions: (_parent, args, ctx) =>
      args.parentCode == null
        ? ctx.divisions.childrenOf(null)
        : ctx.divisionsByParent.load(
            divisionCodeArgument(args.parentCode, 'parentCode'),
          ),
    department: (_parent, args, ctx) =>
      ctx.departmentByCode.load(args.code.trim()),
    departments: async (_parent, _args, ctx) => {
      const departments = await ctx.models.Department.find()
        .sort({ _id: 1 })
        .lean<DepartmentDocument[]>();
      for (const department of departments)
        ctx.departmentByCode.prime(department._id, department);
      return departments;
    },
    me: async (_parent, _args, ctx) => {
      const viewer = await ctx.activeViewer();
      if (!viewer) return null;
      const user = await ctx.userById.load(viewer.userId);
      return user ? viewUser(user, viewer) : null;
    },
    user: (_parent, args, ctx) => loadReadableUser(ctx, args.id),
    userByIdCard: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Query.userByIdCard'],
      );
      const userId = await findClaimHolder(
        ctx.models,
        claimKey('idCard', normalizeIdCardNumber(args.idCardNumber)),
      );
      const user = userId ? await ctx.userById.load(userId) : null;
      return user && maySeePersonalData(viewer, user)
        ? viewUser(user, viewer)
        : null;
    },
    holidaySchedules: (_parent, _args, ctx) => listHolidaySchedules(ctx.models),
    registeredHolders: (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Query.registeredHolders'],
      );
      return findRegisteredHolders(ctx.models, args.idNumbers);
    },
    activeSessions: (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Query.activeSessions'],
      );
      if (args.ids.length > MAX_SESSION_IDS) {
        throw badInput(
          `ids may contain at most ${MAX_SESSION_IDS} session ids, got ${args.ids.length}.`,
          { field: 'ids' },
        );
      }
      return activeSessionIds(ctx.models, args.ids, ctx.clock());
    },
    staffAccounts: async (_parent, args, ctx) => {
      const admin = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Query.staffAccounts'],
      );
      const page = await listStaffAccounts(ctx, admin, args);
      return { ...page, nodes: page.nodes.map((u) => viewUser(u, admin)) };
    },
    departmentSystems: async (_parent, _args, ctx) => {
      authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Query.departmentSystems'],
      );
      return ctx.models.DepartmentSystem.find()
        .sort({ _id: 1 })
        .lean<DepartmentSystemDocument[]>();
    },
    departmentAccountBinding: async (_parent, args, ctx) =>
      findDepartmentAccountBinding(
        ctx,
        authorizeViewer(
          await ctx.activeViewer(),
          ACCESS_POLICY.identity['Query.departmentAccountBinding'],
        ),
        args,
      ),
    auditRecords: async (_parent, args, ctx) =>
      listAuditRecords(
        ctx.models.User.db,
        authorizeViewer(
          await ctx.activeViewer(),
          ACCESS_POLICY.identity['Query.auditRecords'],
        ),
        args,
      ),
    smsOutbox: async (_parent, args, ctx) => {
      authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Query.smsOutbox'],
      );
      return ctx.models.SmsOutbox.find({ mobile: args.mobile.trim() })
        .sort({ sentAt: -1, _id: -1 })
        .limit(pageRows(args.first, 20))
        .lean<SmsOutboxDocument[]>();
    },
    ...legalPersonResolvers.Query,
  },
  Mutation: {
    signIn: async (_parent, args, ctx) => {
      const { tokens, user } = await signIn(
        ctx,
        ctx.log,
        ctx.recordAudit,
        args.account,
        args.password,
      );
      return authPayload(tokens, ownUserView(user));
    },
    refreshSession: async (_parent, args, ctx) => {
      const { pair, user } = await refreshSession(ctx, args.refreshToken);
      return authPayload(pair, ownUserView(user));
    },
    signOut: async (_parent, _args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Mutation.signOut'],
      );
      await revokeSession(ctx.models, viewer, ctx.clock());
      await ctx.oidc.endAccountSessions(viewer.userId);
      ctx.log.info(
        { userId: viewer.userId, sessionId: viewer.sessionId },
        'signed out',
      );
      return true;
    },
    signOutEverywhere: async (_parent, _args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Mutation.signOutEverywhere'],
      );
      const revoked = await revokeUserSessions(
        ctx.models,
        viewer.userId,
        ctx.clock(),
      );
      await ctx.oidc.endAccountSessions(viewer.userId);
      await ctx.audit.record({
        action: 'signOutEverywhere',
        outcome: 'SUCCEEDED',
        actorId: viewer.userId,
        onBehalfOf: viewer.onBehalfOf,
        subjectType: 'User',
        subjectId: viewer.userId,
        details: { sessionsRevoked: revoked },
        requestId: ctx.requestId,
      });
      ctx.log.info(
        { userId: viewer.userId, sessions: revoked },
        'signed out everywhere',
      );
      return revoked;
    },
    rotateSigningKey: async (_parent, _args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Mutation.rotateSigningKey'],
      );
      if (viewer.divisionCode !== CHONGQING)
        throw forbidden(
          'Only a city-wide administrator (division 50) may rotate the signing key.',
        );
      const key = await ctx.keys.rotate();
      await ctx.audit.record({
        action: 'rotateSigningKey',
        outcome: 'SUCCEEDED',
        actorId: viewer.userId,
        subjectType: 'SigningKey',
        subjectId: key.kid,
        requestId: ctx.requestId,
      });
      ctx.log.info({ kid: key.kid }, 'signing key rotated');
      return {
        kid: key.kid,
        createdAt: key.createdAt.toISOString(),
        activeUntil: key.activeUntil.toISOString(),
        publishedUntil: key.publishedUntil.toISOString(),
      };
    },
    registerPerson: async (_parent, args, ctx) => {
      const user = await registerPerson(ctx, args.input);
      return authPayload(await startSession(ctx, user), ownUserView(user));
    },
    createStaffAccount: async (_parent, args, ctx) => {
      const admin = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.createStaffAccount'],
      );
      return viewUser(await createStaffAccount(ctx, admin, args.input), admin);
    },
    updateStaffAccess: async (_parent, args, ctx) => {
      const admin = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.updateStaffAccess'],
      );
      const { userId, ...access } = args.input;
      const changed = await updateStaffAccess(ctx, admin, userId, access);
      // Departmental systems must sign the account in again to see its new roles.
      await ctx.oidc.endAccountSessions(userId);
      return viewUser(changed, admin);
    },
    disableStaffAccount: async (_parent, args, ctx) => {
      const admin = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.disableStaffAccount'],
      );
      const disabled = await setStaffAccountDisabled(
        ctx,
        admin,
        args.userId,
        true,
      );
      await ctx.oidc.endAccountSessions(args.userId);
      return viewUser(disabled, admin);
    },
    enableStaffAccount: async (_parent, args, ctx) => {
      const admin = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.enableStaffAccount'],
      );
      return viewUser(
        await setStaffAccountDisabled(ctx, admin, args.userId, false),
        admin,
      );
    },
    requestPasswordReset: (_parent, args, ctx) =>
      settleNoSooner(RESET_REQUEST_MIN_MS, () =>
        requestPasswordReset(ctx, args.account),
      ),
    resetPassword: (_parent, args, ctx) =>
      resetPassword(ctx, args.account, args.code, args.newPassword),
    bindDepartmentAccount: async (_parent, args, ctx) =>
      bindDepartmentAccount(
        ctx,
        authorizeViewer(
          await ctx.activeViewer(),
          ACCESS_POLICY.identity['Mutation.bindDepartmentAccount'],
        ),
        args,
      ),
    unbindDepartmentAccount: async (_parent, args, ctx) =>
      unbindDepartmentAccount(
        ctx,
        authorizeViewer(
          await ctx.activeViewer(),
          ACCESS_POLICY.identity['Mutation.unbindDepartmentAccount'],
        ),
        args,
      ),
    loadHolidaySchedule: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.loadHolidaySchedule'],
      );
      if (viewer.divisionCode !== CHONGQING)
        throw forbidden(
          'The holiday schedule applies to the whole of Chongqing, so only administrators of division 50 load it.',
        );
      return loadHolidaySchedule(
        ctx.models,
        ctx.log,
        args.input,
        viewer.userId,
      );
    },
    ...legalPersonResolvers.Mutation,
  },
  HolidaySchedule: {
    loadedAt: (schedule) => schedule.loadedAt?.toISOString() ?? null,
    loadedBy: async (schedule, _args, ctx) =>
      schedule.loadedBy && isStaff(await ctx.activeViewer())
        ? schedule.loadedBy
        : null,
  },
  DepartmentSystem: {
    id: (system) => system._id,
    department: (system, _args, ctx) =>
      ctx.departmentByCode.load(system.departmentCode),
  },
  DepartmentAccountBinding: {
    system: async (binding, _args, ctx) => {
      const system = await ctx.models.DepartmentSystem.findById(
        binding.systemId,
      ).lean<DepartmentSystemDocument>();
      if (!system) throw notFound('Departmental system', binding.systemId);
      return system;
    },
    user: async (binding, _args, ctx) => loadReadableUser(ctx, binding.userId),
    boundAt: (binding) => binding.boundAt.toISOString(),
  },
  AuditRecord: {
    id: (record) => record._id,
    at: (record) => record.at.toISOString(),
    account: (record) => maskAuditAccount(record.account),
    outcome: (record) => record.outcome,
    details: (record) => factList(record.details),
  },
  SmsMessage: {
    id: (message) => message._id,
    sentAt: (message) => message.sentAt.toISOString(),
    params: (message) => factList(message.params),
  },
  IdentityStatistics: identityStatisticsResolvers,
  Division: {
    __resolveReference: (ref, ctx) => ctx.divisionByCode.load(ref.code),
    nameEn: (division) => englishDivisionName(division),
    parent: (division, _args, ctx) =>
      division.parentCode ? ctx.divisionByCode.load(division.parentCode) : null,
    children: (division, _args, ctx) =>
      ctx.divisionsByParent.load(division.code),
  },
  Department: {
    __resolveReference: (ref, ctx) => ctx.departmentByCode.load(ref.code),
    code: (department) => department._id,
    division: (department, _args, ctx) =>
      ctx.divisionByCode.load(department.divisionCode),
  },
  LegalPerson: legalPersonResolvers.LegalPerson,
  Agent: legalPersonResolvers.Agent,
  AgentGrant: legalPersonResolvers.AgentGrant,
  AgentGrantUse: legalPersonResolvers.AgentGrantUse,
  User: {
    __resolveReference: (ref, ctx) => loadReadableUser(ctx, ref.id),
    departmentAccounts: async (user, _args, ctx) => {
      const stored = await ctx.userById.load(user.id);
      return stored
        ? listUserBindings(ctx, await ctx.activeViewer(), stored)
        : null;
    },
    division: (user, _args, ctx) =>
      user.divisionCode ? ctx.divisionByCode.load(user.divisionCode) : null,
  },
};
