import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  forbidden,
  hasRole,
  inJurisdiction,
  isDivisionCode,
  isStaff,
  Role,
  USER_READER_ROLES,
  type Viewer,
} from '@ykb/common';
import { claimKey, findClaimHolder } from './claims.js';
import type { IdentityContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  listHolidaySchedules,
  loadHolidaySchedule,
} from './holidaySchedules.js';
import type { DepartmentDocument, UserDocument } from './model.js';
import { normalizeIdCardNumber } from './personInput.js';
import { registerPerson } from './registerPerson.js';
import {
  activeSessionIds,
  MAX_SESSION_IDS,
  revokeSession,
} from './sessions.js';
import { signIn, startSession } from './signIn.js';
import {
  maySeePersonalData,
  ownUserView,
  viewUser,
  type UserView,
} from './userView.js';

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

/** Province code: the division of administrators whose settings apply to the whole of Chongqing. */
const PROVINCE_DIVISION = '50';

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
      return activeSessionIds(ctx.models, args.ids);
    },
  },
  Mutation: {
    signIn: async (_parent, args, ctx) => {
      const { token, user } = await signIn(
        ctx.models,
        ctx.log,
        args.account,
        args.password,
      );
      return { token, user: ownUserView(user) };
    },
    signOut: async (_parent, _args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.identity['Mutation.signOut'],
      );
      await revokeSession(ctx.models, viewer);
      ctx.log.info(
        { userId: viewer.userId, sessionId: viewer.sessionId },
        'signed out',
      );
      return true;
    },
    registerPerson: async (_parent, args, ctx) => {
      const user = await registerPerson(ctx, args.input);
      const token = await startSession(ctx.models, user);
      return { token, user: ownUserView(user) };
    },
    loadHolidaySchedule: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        await ctx.activeViewer(),
        ACCESS_POLICY.identity['Mutation.loadHolidaySchedule'],
      );
      if (viewer.divisionCode !== PROVINCE_DIVISION)
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
  },
  HolidaySchedule: {
    loadedAt: (schedule) => schedule.loadedAt?.toISOString() ?? null,
    loadedBy: async (schedule, _args, ctx) =>
      schedule.loadedBy && isStaff(await ctx.activeViewer())
        ? schedule.loadedBy
        : null,
  },
  Division: {
    __resolveReference: (ref, ctx) => ctx.divisionByCode.load(ref.code),
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
  User: {
    __resolveReference: (ref, ctx) => loadReadableUser(ctx, ref.id),
    division: (user, _args, ctx) =>
      user.divisionCode ? ctx.divisionByCode.load(user.divisionCode) : null,
  },
};
