import {
  badInput,
  isDivisionCode,
  isStaff,
  requireRole,
  requireViewer,
  forbidden,
  Role,
  unauthenticated,
  type Viewer,
} from '@ykb/common';
import { claimKey, findClaimHolder } from './claims.js';
import { CHONGQING } from './divisionSource.js';
import type { IdentityContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  listHolidaySchedules,
  loadHolidaySchedule,
} from './holidaySchedules.js';
import type { DepartmentDocument } from './model.js';
import { normalizeIdCardNumber } from './personInput.js';
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

async function loadUserView(
  ctx: IdentityContext,
  id: string,
  viewer: Viewer | undefined,
): Promise<UserView | null> {
  const user = await ctx.userById.load(id);
  return user ? viewUser(user, viewer) : null;
}

/** The AuthPayload of a token pair; `token` repeats the access token for older clients. */
function authPayload(pair: TokenPair, user: UserView) {
  return {
    token: pair.accessToken,
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    accessTokenExpiresAt: pair.accessTokenExpiresAt.toISOString(),
    user,
  };
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
      return viewer ? loadUserView(ctx, viewer.userId, viewer) : null;
    },
    user: async (_parent, args, ctx) => {
      const viewer = await ctx.activeViewer();
      if (!viewer) throw unauthenticated();
      return loadUserView(ctx, args.id, viewer);
    },
    userByIdCard: async (_parent, args, ctx) => {
      const viewer = await ctx.activeViewer();
      if (!viewer) throw unauthenticated();
      if (!isStaff(viewer)) return null;
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
      requireRole(ctx.viewer, Role.System);
      if (args.ids.length > MAX_SESSION_IDS) {
        throw badInput(
          `ids may contain at most ${MAX_SESSION_IDS} session ids, got ${args.ids.length}.`,
          { field: 'ids' },
        );
      }
      return activeSessionIds(ctx.models, args.ids, ctx.clock());
    },
  },
  Mutation: {
    signIn: async (_parent, args, ctx) => {
      const { tokens, user } = await signIn(
        ctx,
        ctx.log,
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
      const viewer = requireViewer(ctx.viewer);
      await revokeSession(ctx.models, viewer, ctx.clock());
      ctx.log.info(
        { userId: viewer.userId, sessionId: viewer.sessionId },
        'signed out',
      );
      return true;
    },
    signOutEverywhere: async (_parent, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      if (viewer.roles.includes(Role.System))
        throw forbidden('A service token has no sessions to sign out.');
      const revoked = await revokeUserSessions(
        ctx.models,
        viewer.userId,
        ctx.clock(),
      );
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
      const viewer = requireRole(ctx.viewer, Role.Admin);
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
    loadHolidaySchedule: async (_parent, args, ctx) => {
      const viewer = requireRole(await ctx.activeViewer(), Role.Admin);
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
    __resolveReference: async (ref, ctx) =>
      loadUserView(ctx, ref.id, await ctx.activeViewer()),
    division: (user, _args, ctx) =>
      user.divisionCode ? ctx.divisionByCode.load(user.divisionCode) : null,
  },
};
