import { badInput, isDivisionCode, isStaff, requireRole, requireViewer, Role, unauthenticated, type Viewer } from '@ykb/common';
import { claimKey, findClaimHolder } from './claims.js';
import type { IdentityContext } from './context.js';
import type { HolidayScheduleInput } from './checkHolidaySchedule.js';
import type { DivisionRecord } from './divisionSource.js';
import { listHolidaySchedules, loadHolidaySchedule, type HolidayScheduleView } from './holidaySchedules.js';
import type { DepartmentDocument } from './model.js';
import { normalizeIdCardNumber } from './personInput.js';
import { registerPerson, type RegisterPersonInput } from './registerPerson.js';
import { revokeSession } from './sessions.js';
import { signIn, startSession } from './signIn.js';
import { maySeePersonalData, ownUserView, viewUser, type UserView } from './userView.js';

/** Normalises a division code argument; throws BAD_USER_INPUT unless it has 2, 4, 6, 9 or 12 digits. */
function divisionCodeArgument(raw: string, field: string): string {
  const code = raw.normalize('NFKC').trim();
  if (!isDivisionCode(code)) throw badInput(`${field} must be a division code of 2, 4, 6, 9 or 12 digits, got "${raw}".`, { field });
  return code;
}

async function loadUserView(ctx: IdentityContext, id: string, viewer: Viewer | undefined): Promise<UserView | null> {
  const user = await ctx.userById.load(id);
  return user ? viewUser(user, viewer) : null;
}

/**
 * Identity resolvers. Divisions and departments are public reference data.
 * Every path that returns a user masks it for the request's viewer, and a
 * signed-out session counts as anonymous.
 */
export const resolvers = {
  Query: {
    division: (_: unknown, args: { code: string }, ctx: IdentityContext) =>
      ctx.divisionByCode.load(divisionCodeArgument(args.code, 'code')),
    divisions: (_: unknown, args: { parentCode?: string | null }, ctx: IdentityContext) =>
      args.parentCode == null ? ctx.divisions.childrenOf(null) : ctx.divisionsByParent.load(divisionCodeArgument(args.parentCode, 'parentCode')),
    department: (_: unknown, args: { code: string }, ctx: IdentityContext) => ctx.departmentByCode.load(args.code.trim()),
    departments: async (_: unknown, __: unknown, ctx: IdentityContext) => {
      const departments = await ctx.models.Department.find().sort({ _id: 1 }).lean<DepartmentDocument[]>();
      for (const department of departments) ctx.departmentByCode.prime(department._id, department);
      return departments;
    },
    me: async (_: unknown, __: unknown, ctx: IdentityContext) => {
      const viewer = await ctx.activeViewer();
      return viewer ? loadUserView(ctx, viewer.userId, viewer) : null;
    },
    user: async (_: unknown, args: { id: string }, ctx: IdentityContext) => {
      const viewer = await ctx.activeViewer();
      if (!viewer) throw unauthenticated();
      return loadUserView(ctx, args.id, viewer);
    },
    userByIdCard: async (_: unknown, args: { idCardNumber: string }, ctx: IdentityContext) => {
      const viewer = await ctx.activeViewer();
      if (!viewer) throw unauthenticated();
      if (!isStaff(viewer)) return null;
      const userId = await findClaimHolder(ctx.models, claimKey('idCard', normalizeIdCardNumber(args.idCardNumber)));
      const user = userId ? await ctx.userById.load(userId) : null;
      return user && maySeePersonalData(viewer, user) ? viewUser(user, viewer) : null;
    },
    holidaySchedules: (_: unknown, __: unknown, ctx: IdentityContext) => listHolidaySchedules(ctx.models),
  },
  Mutation: {
    signIn: async (_: unknown, args: { account: string; password: string }, ctx: IdentityContext) => {
      const { token, user } = await signIn(ctx.models, ctx.log, args.account, args.password);
      return { token, user: ownUserView(user) };
    },
    signOut: async (_: unknown, __: unknown, ctx: IdentityContext) => {
      const viewer = requireViewer(ctx.viewer);
      await revokeSession(ctx.models, viewer);
      ctx.log.info({ userId: viewer.userId, sessionId: viewer.sessionId }, 'signed out');
      return true;
    },
    registerPerson: async (_: unknown, args: { input: RegisterPersonInput }, ctx: IdentityContext) => {
      const user = await registerPerson(ctx, args.input);
      const token = await startSession(ctx.models, user);
      return { token, user: ownUserView(user) };
    },
    loadHolidaySchedule: async (_: unknown, args: { input: HolidayScheduleInput }, ctx: IdentityContext) => {
      const viewer = requireRole(await ctx.activeViewer(), Role.Admin);
      return loadHolidaySchedule(ctx.models, ctx.log, args.input, viewer.userId);
    },
  },
  HolidaySchedule: {
    loadedAt: (schedule: HolidayScheduleView) => schedule.loadedAt?.toISOString() ?? null,
    loadedBy: async (schedule: HolidayScheduleView, _: unknown, ctx: IdentityContext) =>
      schedule.loadedBy && isStaff(await ctx.activeViewer()) ? schedule.loadedBy : null,
  },
  Division: {
    __resolveReference: (ref: { code: string }, ctx: IdentityContext) => ctx.divisionByCode.load(ref.code),
    parent: (division: DivisionRecord, _: unknown, ctx: IdentityContext) =>
      division.parentCode ? ctx.divisionByCode.load(division.parentCode) : null,
    children: (division: DivisionRecord, _: unknown, ctx: IdentityContext) => ctx.divisionsByParent.load(division.code),
  },
  Department: {
    __resolveReference: (ref: { code: string }, ctx: IdentityContext) => ctx.departmentByCode.load(ref.code),
    code: (department: DepartmentDocument) => department._id,
    division: (department: DepartmentDocument, _: unknown, ctx: IdentityContext) => ctx.divisionByCode.load(department.divisionCode),
  },
  User: {
    __resolveReference: async (ref: { id: string }, ctx: IdentityContext) => loadUserView(ctx, ref.id, await ctx.activeViewer()),
    division: (user: UserView, _: unknown, ctx: IdentityContext) => (user.divisionCode ? ctx.divisionByCode.load(user.divisionCode) : null),
  },
};
