import {
  badInput,
  isDivisionCode,
  shanghaiDate,
  loaderBy,
  type BaseResolverContext,
} from '@ykb/common';
import DataLoader from 'dataloader';
import type {
  HallDocument,
  HallModels,
  StaffRequestDocument,
  TicketDocument,
} from './model.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  appointmentSlotRules,
  appointmentSlots,
  appointmentStatus,
  bookAppointment,
  cancelAppointment,
  checkInAppointment,
  configureAppointmentSlots,
  hallAppointments,
  myAppointments,
} from './appointments.js';
import { shanghaiTime } from './shanghaiTime.js';
import {
  checkInAttendance,
  checkOutAttendance,
  decideStaffRequest,
  designateWindowManager,
  hallAttendance,
  requestHallEntry,
  requestLeave,
  staffRequests,
} from './staff.js';
import {
  callNext,
  queueStatus,
  takeTicket,
  type QueueDependencies,
} from './queue.js';

/** A division reference: only the key, because the identity subgraph owns divisions. */
export interface DivisionReference {
  code: string;
}

export interface HallsContext extends BaseResolverContext {
  models: HallModels;
  now: () => Date;
  hallById: DataLoader<string, HallDocument | null>;
  /** Halls of each division's subtree, city level first, then by id. */
  hallsInDivision: DataLoader<string, HallDocument[]>;
}

export function createContext(
  models: HallModels,
  now: () => Date,
  base: BaseResolverContext,
): HallsContext {
  return {
    ...base,
    models,
    now,
    hallById: loaderBy<HallDocument>(models.Hall),
    hallsInDivision: new DataLoader((codes) =>
      findHallsInDivisions(models, codes),
    ),
  };
}

/**
 * Finds the halls of several division subtrees with one query. Division
 * codes are prefix-hierarchical, so a hall lies in a subtree when its code
 * starts with the division's code. A string that is not a division code,
 * which only a hand-made entity request can send, matches no hall.
 */
async function findHallsInDivisions(
  models: HallModels,
  codes: readonly string[],
): Promise<HallDocument[][]> {
  const valid = codes.filter((code) => isDivisionCode(code));
  if (valid.length === 0) return codes.map(() => []);
  // Each code contains digits only, so it is safe in a pattern.
  const halls = await models.Hall.find({
    $or: valid.map((code) => ({ divisionCode: { $regex: `^${code}` } })),
  })
    .sort({ levelRank: 1, _id: 1 })
    .lean<HallDocument[]>();
  return codes.map((code) =>
    isDivisionCode(code)
      ? halls.filter((hall) => hall.divisionCode.startsWith(code))
      : [],
  );
}

function queueDependencies(ctx: HallsContext): QueueDependencies {
  return { models: ctx.models, now: ctx.now };
}

/** Loads the hall of a ticket or queue; halls are never deleted, so a missing one is a server fault. */
async function loadReferencedHall(
  ctx: HallsContext,
  hallId: string,
): Promise<HallDocument> {
  const hall = await ctx.hallById.load(hallId);
  if (!hall) throw new Error(`Hall ${hallId} was not found.`);
  return hall;
}

/** Logs a staff request's state after it was submitted or decided, and returns it. */
function logRequest(
  ctx: HallsContext,
  request: StaffRequestDocument,
): StaffRequestDocument {
  ctx.log.info(
    { requestId: request._id, kind: request.kind, status: request.status },
    'staff request changed',
  );
  return request;
}

/** Logs and audits a decision on a leave or entry request; an approved entry changes who works at a hall. */
async function auditDecision(
  ctx: HallsContext,
  action: 'approveStaffRequest' | 'rejectStaffRequest',
  request: StaffRequestDocument,
): Promise<StaffRequestDocument> {
  logRequest(ctx, request);
  await ctx.audit.record({
    action,
    outcome: 'SUCCEEDED',
    actorId: ctx.viewer?.userId,
    actorDivisionCode: ctx.viewer?.divisionCode,
    subjectType: 'StaffRequest',
    subjectId: request._id,
    details: {
      hallId: request.hallId,
      kind: request.kind,
      status: request.status,
      requesterId: request.requesterId,
    },
    requestId: ctx.requestId,
  });
  return request;
}

/**
 * Hall resolvers. Hall data and queue lengths are public information, so the
 * reads and taking a ticket need no sign-in; calling a ticket is staff work.
 */
export const resolvers: Resolvers = {
  Query: {
    halls: async (_parent, args, ctx) => {
      if (args.divisionCode != null && !isDivisionCode(args.divisionCode)) {
        throw badInput(
          `divisionCode must be a 2, 4, 6, 9 or 12-digit division code, got "${args.divisionCode}".`,
          { field: 'divisionCode' },
        );
      }
      const halls =
        args.divisionCode != null
          ? await ctx.hallsInDivision.load(args.divisionCode)
          : await ctx.models.Hall.find()
              .sort({ levelRank: 1, _id: 1 })
              .lean<HallDocument[]>();
      for (const hall of halls) ctx.hallById.prime(hall._id, hall);
      return halls;
    },
    hall: (_parent, args, ctx) => ctx.hallById.load(args.id),
    queueStatus: (_parent, args, ctx) =>
      queueStatus(queueDependencies(ctx), args.hallId),
    appointmentSlotRules: (_parent, args, ctx) =>
      appointmentSlotRules(ctx.models, args.hallId),
    appointmentSlots: (_parent, args, ctx) =>
      appointmentSlots(queueDependencies(ctx), args),
    hallAppointments: (_parent, args, ctx) =>
      hallAppointments(ctx.models, args, ctx.viewer),
    myAppointments: (_parent, _args, ctx) =>
      myAppointments(ctx.models, ctx.viewer),
    hallAttendance: (_parent, args, ctx) =>
      hallAttendance(ctx.models, args, ctx.viewer),
    staffRequests: (_parent, args, ctx) =>
      staffRequests(ctx.models, args.hallId, ctx.viewer),
  },
  Mutation: {
    takeTicket: async (_parent, args, ctx) => {
      const ticket = await takeTicket(queueDependencies(ctx), args, ctx.viewer);
      ctx.log.info(
        { ticketId: ticket._id, hallId: ticket.hallId, number: ticket.number },
        'ticket taken',
      );
      return ticket;
    },
    callNext: async (_parent, args, ctx) => {
      const ticket = await callNext(queueDependencies(ctx), args, ctx.viewer);
      if (ticket)
        ctx.log.info(
          {
            ticketId: ticket._id,
            hallId: ticket.hallId,
            windowNumber: ticket.windowNumber,
          },
          'ticket called',
        );
      return ticket;
    },
    configureAppointmentSlots: async (_parent, args, ctx) => {
      const rule = await configureAppointmentSlots(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info({ ruleId: rule._id }, 'appointment rule set');
      return rule;
    },
    bookAppointment: async (_parent, args, ctx) => {
      const booking = await bookAppointment(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info(
        { appointmentId: booking._id, slotId: booking.slotId },
        'appointment booked',
      );
      return booking;
    },
    cancelAppointment: async (_parent, args, ctx) => {
      const booking = await cancelAppointment(
        queueDependencies(ctx),
        args.id,
        ctx.viewer,
      );
      ctx.log.info({ appointmentId: booking._id }, 'appointment cancelled');
      return booking;
    },
    checkInAppointment: async (_parent, args, ctx) => {
      const booking = await checkInAppointment(
        queueDependencies(ctx),
        args.id,
        ctx.viewer,
      );
      ctx.log.info(
        { appointmentId: booking._id, ticketId: booking.ticketId },
        'appointment checked in',
      );
      return booking;
    },
    checkInAttendance: (_parent, args, ctx) =>
      checkInAttendance(queueDependencies(ctx), args.hallId, ctx.viewer),
    checkOutAttendance: (_parent, args, ctx) =>
      checkOutAttendance(queueDependencies(ctx), args.hallId, ctx.viewer),
    requestLeave: async (_parent, args, ctx) =>
      logRequest(
        ctx,
        await requestLeave(queueDependencies(ctx), args, ctx.viewer),
      ),
    requestHallEntry: async (_parent, args, ctx) =>
      logRequest(
        ctx,
        await requestHallEntry(queueDependencies(ctx), args, ctx.viewer),
      ),
    designateWindowManager: async (_parent, args, ctx) => {
      const done = await designateWindowManager(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info(
        { hallId: args.hallId, staffUserId: args.staffUserId },
        'window manager designated',
      );
      // Designation gives first-level approval power: a permission change.
      await ctx.audit.record({
        action: 'designateWindowManager',
        outcome: 'SUCCEEDED',
        actorId: ctx.viewer?.userId,
        actorDivisionCode: ctx.viewer?.divisionCode,
        subjectType: 'User',
        subjectId: args.staffUserId,
        details: { hallId: args.hallId },
        requestId: ctx.requestId,
      });
      return done;
    },
    approveStaffRequest: async (_parent, args, ctx) =>
      auditDecision(
        ctx,
        'approveStaffRequest',
        await decideStaffRequest(
          queueDependencies(ctx),
          { ...args, approve: true },
          ctx.viewer,
        ),
      ),
    rejectStaffRequest: async (_parent, args, ctx) =>
      auditDecision(
        ctx,
        'rejectStaffRequest',
        await decideStaffRequest(
          queueDependencies(ctx),
          { ...args, approve: false },
          ctx.viewer,
        ),
      ),
  },
  Division: {
    __resolveReference: (ref) => ({ code: ref.code }),
    halls: (division, _args, ctx) => ctx.hallsInDivision.load(division.code),
  },
  Hall: {
    __resolveReference: (ref, ctx) => ctx.hallById.load(ref.id),
    id: (hall) => hall._id,
    division: (hall) => ({ code: hall.divisionCode }),
  },
  Ticket: {
    id: (ticket) => ticket._id,
    priority: (ticket) => ticket.priority ?? false,
    hall: (ticket, _args, ctx) => loadReferencedHall(ctx, ticket.hallId),
    takenAt: (ticket) => ticket.takenAt.toISOString(),
    calledAt: (ticket) => ticket.calledAt?.toISOString() ?? null,
  },
  AppointmentSlotRule: {
    hall: (rule, _args, ctx) => loadReferencedHall(ctx, rule.hallId),
    updatedAt: (rule) => rule.updatedAt.toISOString(),
  },
  AppointmentSlot: {
    startsAt: (slot) => slot.startsAt.toISOString(),
    endsAt: (slot) => slot.endsAt.toISOString(),
    localDate: (slot) => shanghaiDate(slot.startsAt),
    localStart: (slot) => shanghaiTime(slot.startsAt),
    localEnd: (slot) => shanghaiTime(slot.endsAt),
  },
  Appointment: {
    id: (booking) => booking._id,
    hall: (booking, _args, ctx) => loadReferencedHall(ctx, booking.hallId),
    startsAt: (booking) => booking.startsAt.toISOString(),
    endsAt: (booking) => booking.endsAt.toISOString(),
    localDate: (booking) => shanghaiDate(booking.startsAt),
    localStart: (booking) => shanghaiTime(booking.startsAt),
    status: (booking, _args, ctx) => appointmentStatus(booking, ctx.now()),
    bookedAt: (booking) => booking.bookedAt.toISOString(),
    cancelledAt: (booking) => booking.cancelledAt?.toISOString() ?? null,
    ticket: (booking, _args, ctx) =>
      booking.ticketId
        ? ctx.models.Ticket.findById(booking.ticketId)
            .lean<TicketDocument>()
            .exec()
        : null,
  },
  Attendance: {
    hall: (record, _args, ctx) => loadReferencedHall(ctx, record.hallId),
    checkedInAt: (record) => record.checkedInAt.toISOString(),
    checkedOutAt: (record) => record.checkedOutAt?.toISOString() ?? null,
  },
  StaffRequest: {
    id: (request) => request._id,
    hall: (request, _args, ctx) => loadReferencedHall(ctx, request.hallId),
    requestedAt: (request) => request.requestedAt.toISOString(),
  },
  ApprovalStep: {
    decidedAt: (step) => step.decidedAt.toISOString(),
  },
  QueueStatus: {
    hall: (status, _args, ctx) => loadReferencedHall(ctx, status.hallId),
    asOf: (status) => status.asOf.toISOString(),
  },
};
