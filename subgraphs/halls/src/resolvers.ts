import {
  badInput,
  isDivisionCode,
  notFound,
  shanghaiDate,
  loaderBy,
  type BaseResolverContext,
} from '@ykb/common';
import DataLoader from 'dataloader';
import { requestDeliveryWindow } from './deliveryWindows.js';
import type {
  AppointmentDocument,
  HallDocument,
  HallModels,
  StaffRequestDocument,
  TicketDocument,
  WindowView,
} from './model.js';
import {
  dutyRosters,
  hallNotices,
  markNoticeRead,
  publishNotice,
  setDutyRoster,
} from './admin.js';
import { fetchCaseStats, type CaseStatsSource } from './casesClient.js';
import {
  configureHall,
  configureWindows,
  type HallWithCancellations,
} from './config.js';
import {
  hallPerformance,
  performanceCsv,
  type PerformanceDependencies,
} from './performance.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  appointmentSlotRules,
  appointmentSlots,
  bookAppointment,
  cancelAppointment,
  checkInAppointment,
  configureAppointmentSlots,
  hallAppointments,
  myAppointments,
} from './appointments.js';
import { shanghaiTime } from './shanghaiTime.js';
import {
  cancelStrandedAppointments,
  myAppointmentNotifications,
  strandedAppointments,
} from './strandedAppointments.js';
import { secondsBetween } from './queue.js';
import {
  checkInAttendance,
  checkOutAttendance,
  decideStaffRequest,
  designateWindowManager,
  hallAttendance,
  hallStaff,
  requestHallEntry,
  requestLeave,
  staffRequests,
} from './staff.js';
import {
  callNext,
  endTicket,
  queueMonitor,
  queueStatus,
  recallTicket,
  takeTicket,
  transferTicket,
  windowQueue,
  type QueueDependencies,
} from './queue.js';

import { hallStatistics, hallStatisticsResolvers } from './statistics.js';
import { hallChanges, ticketChanges } from './changeFeed.js';

/** A division reference: only the key, because the identity subgraph owns divisions. */
export interface DivisionReference {
  code: string;
}

/** Settings of the subgraph that tests replace. */
export interface HallsSettings {
  now: () => Date;
  /** Anonymous tickets a hall issues per minute. */
  anonymousTicketsPerMinute?: number;
  /** Anonymous tickets one client address may take at one hall on one day. */
  anonymousTicketsPerAddressPerDay?: number;
  /** Anonymous tickets one client address may take at one hall in one minute. */
  anonymousTicketsPerAddressPerMinute?: number;
  /** Source of staff case figures; by default the cases subgraph over HTTP. */
  caseStats?: CaseStatsSource;
}

export interface HallsContext extends BaseResolverContext {
  models: HallModels;
  now: () => Date;
  settings: HallsSettings;
  hallById: DataLoader<string, HallDocument | null>;
  ticketById: DataLoader<string, TicketDocument | null>;
  /** Halls of each division's subtree, city level first, then by id. */
  hallsInDivision: DataLoader<string, HallDocument[]>;
}

export function createContext(
  models: HallModels,
  settings: HallsSettings,
  base: BaseResolverContext,
): HallsContext {
  return {
    ...base,
    models,
    now: settings.now,
    settings,
    hallById: loaderBy<HallDocument>(models.Hall),
    ticketById: loaderBy<TicketDocument>(models.Ticket),
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
  return {
    models: ctx.models,
    now: ctx.now,
    anonymousTicketsPerMinute: ctx.settings.anonymousTicketsPerMinute,
    anonymousTicketsPerAddressPerDay:
      ctx.settings.anonymousTicketsPerAddressPerDay,
    anonymousTicketsPerAddressPerMinute:
      ctx.settings.anonymousTicketsPerAddressPerMinute,
    clientAddress: ctx.clientAddress,
    log: ctx.log,
  };
}

function performanceDependencies(ctx: HallsContext): PerformanceDependencies {
  return {
    models: ctx.models,
    caseStats: ctx.settings.caseStats ?? fetchCaseStats,
    log: ctx.log,
    requestId: ctx.requestId,
  };
}

/** Loads a window by its id `<hall id>/<number>`; null when either is unknown. */
async function loadWindow(
  ctx: HallsContext,
  id: string,
): Promise<WindowView | null> {
  const match = /^(.+)\/(\d{1,3})$/.exec(id);
  if (!match) return null;
  const hall = await ctx.hallById.load(match[1]!);
  const window = hall?.windows.find((w) => w.number === Number(match[2]));
  return hall && window ? { ...window, hallId: hall._id } : null;
}

/** Logs a window action on a ticket and returns the ticket. */
function logTicket(
  ctx: HallsContext,
  message: string,
  ticket: TicketDocument,
): TicketDocument {
  ctx.log.info(
    {
      ticketId: ticket._id,
      hallId: ticket.hallId,
      status: ticket.status,
      windowNumber: ticket.windowNumber,
    },
    message,
  );
  return ticket;
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
    hallChanges: (_parent, args, ctx) => hallChanges(ctx, args),
    ticketChanges: (_parent, args, ctx) => ticketChanges(ctx, args),
    hallStatistics: (_parent, args, ctx) => hallStatistics(ctx, args.filter),
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
      hallAppointments(ctx.models, ctx.now(), args, ctx.viewer),
    myAppointments: (_parent, args, ctx) =>
      myAppointments(ctx.models, ctx.now(), args, ctx.viewer),
    strandedAppointments: (_parent, args, ctx) =>
      strandedAppointments(queueDependencies(ctx), args, ctx.viewer),
    myAppointmentNotifications: (_parent, args, ctx) =>
      myAppointmentNotifications(ctx.models, args, ctx.viewer),
    queueMonitor: (_parent, args, ctx) =>
      queueMonitor(queueDependencies(ctx), args.hallId),
    windowQueue: (_parent, args, ctx) =>
      windowQueue(queueDependencies(ctx), args, ctx.viewer),
    hallStaff: (_parent, args, ctx) =>
      hallStaff(ctx.models, args.hallId, args, ctx.viewer),
    hallNotices: (_parent, args, ctx) =>
      hallNotices(ctx.models, args.hallId, ctx.viewer, args),
    dutyRosters: (_parent, args, ctx) =>
      dutyRosters(ctx.models, args, ctx.viewer),
    hallPerformance: (_parent, args, ctx) =>
      hallPerformance(
        performanceDependencies(ctx),
        args,
        ctx.viewer,
        'Query.hallPerformance',
      ),
    hallPerformanceCsv: async (_parent, args, ctx) =>
      performanceCsv(
        await hallPerformance(
          performanceDependencies(ctx),
          args,
          ctx.viewer,
          'Query.hallPerformanceCsv',
        ),
      ),
    hallAttendance: (_parent, args, ctx) =>
      hallAttendance(ctx.models, args, ctx.viewer),
    staffRequests: (_parent, args, ctx) =>
      staffRequests(ctx.models, args.hallId, args, ctx.viewer),
  },
  Mutation: {
    requestDeliveryWindow: (_parent, args, ctx) =>
      requestDeliveryWindow(ctx.models, ctx.viewer, args.input),
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
      return ticket && logTicket(ctx, 'ticket called', ticket);
    },
    finishTicket: async (_parent, args, ctx) =>
      logTicket(
        ctx,
        'ticket served',
        await endTicket(
          queueDependencies(ctx),
          args.id,
          'finishTicket',
          ctx.viewer,
        ),
      ),
    skipTicket: async (_parent, args, ctx) =>
      logTicket(
        ctx,
        'ticket skipped',
        await endTicket(
          queueDependencies(ctx),
          args.id,
          'skipTicket',
          ctx.viewer,
        ),
      ),
    recallTicket: async (_parent, args, ctx) =>
      logTicket(
        ctx,
        'ticket recalled',
        await recallTicket(queueDependencies(ctx), args, ctx.viewer),
      ),
    transferTicket: async (_parent, args, ctx) =>
      logTicket(
        ctx,
        'ticket transferred',
        await transferTicket(queueDependencies(ctx), args, ctx.viewer),
      ),
    configureHall: async (_parent, args, ctx) => {
      const hall = await configureHall(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info({ hallId: hall._id }, 'hall settings changed');
      return hall;
    },
    configureWindows: async (_parent, args, ctx) => {
      const { hall, cancelledAppointments } = await configureWindows(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info(
        {
          hallId: hall._id,
          windows: hall.windows.length,
          cancelledAppointments,
        },
        'hall windows changed',
      );
      // Window assignments decide who may call there: a permission change.
      await ctx.audit.record({
        action: 'configureWindows',
        outcome: 'SUCCEEDED',
        actorId: ctx.viewer?.userId,
        actorDivisionCode: ctx.viewer?.divisionCode,
        subjectType: 'Hall',
        subjectId: hall._id,
        details: {
          windows: hall.windows
            .map(
              (w) => `${w.number}:${(w.assignedStaffUserIds ?? []).join('|')}`,
            )
            .join(','),
          cancelledAppointments,
        },
        requestId: ctx.requestId,
      });
      const result: HallWithCancellations = {
        ...hall,
        cancelledAppointmentCount: cancelledAppointments,
      };
      return result;
    },
    publishNotice: async (_parent, args, ctx) => {
      const notice = await publishNotice(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info({ noticeId: notice._id }, 'notice published');
      return notice;
    },
    markNoticeRead: (_parent, args, ctx) =>
      markNoticeRead(queueDependencies(ctx), args.id, ctx.viewer),
    setDutyRoster: async (_parent, args, ctx) => {
      const roster = await setDutyRoster(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info({ rosterId: roster._id }, 'duty roster set');
      return roster;
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
    cancelStrandedAppointments: async (_parent, args, ctx) => {
      const result = await cancelStrandedAppointments(
        queueDependencies(ctx),
        args,
        ctx.viewer,
      );
      ctx.log.info(
        {
          hallId: result.hallId,
          cancellationId: result._id,
          cancelled: result.appointmentIds.length,
        },
        'stranded appointments cancelled',
      );
      return result;
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
  HallStatistics: hallStatisticsResolvers,
  Division: {
    __resolveReference: (ref) => ({ code: ref.code }),
    halls: (division, _args, ctx) => ctx.hallsInDivision.load(division.code),
  },
  Hall: {
    __resolveReference: (ref, ctx) => ctx.hallById.load(ref.id),
    id: (hall) => hall._id,
    // A hall stored without an English name shows its Chinese one.
    nameEn: (hall) => hall.nameEn ?? hall.name,
    division: (hall) => ({ code: hall.divisionCode }),
    cancelledAppointmentCount: (hall) =>
      (hall as HallWithCancellations).cancelledAppointmentCount ?? null,
    windows: (hall) =>
      [...hall.windows]
        .sort((a, b) => a.number - b.number)
        .map((window) => ({ ...window, hallId: hall._id })),
    departmentCodes: (hall) => hall.departmentCodes ?? [],
  },
  DeliveryWindowAssignment: {
    id: (assignment) => assignment._id,
    window: async (assignment, _args, ctx) => {
      const window = await loadWindow(
        ctx,
        `${assignment.hallId}/${assignment.windowNumber}`,
      );
      if (!window)
        throw notFound(
          'Window',
          `${assignment.hallId}/${assignment.windowNumber}`,
        );
      return window;
    },
    requestedAt: (assignment) => assignment.requestedAt.toISOString(),
  },
  Window: {
    __resolveReference: (ref, ctx) => loadWindow(ctx, ref.id),
    id: (window) => `${window.hallId}/${window.number}`,
    hall: (window, _args, ctx) => loadReferencedHall(ctx, window.hallId),
    mail: (window) => window.mail ?? false,
    weekdays: (window) => window.weekdays ?? [],
    openingTimes: (window) => window.openingTimes ?? [],
    openOnHolidays: (window) => window.openOnHolidays ?? false,
    assignedStaffUserIds: (window) => window.assignedStaffUserIds ?? [],
  },
  Ticket: {
    __resolveReference: (ref, ctx) => ctx.ticketById.load(ref.id),
    id: (ticket) => ticket._id,
    priority: (ticket) => ticket.priority ?? false,
    priorityReason: (ticket) => ticket.priorityReason ?? null,
    hall: (ticket, _args, ctx) => loadReferencedHall(ctx, ticket.hallId),
    takenAt: (ticket) => ticket.takenAt.toISOString(),
    calledAt: (ticket) => ticket.calledAt?.toISOString() ?? null,
    window: (ticket, _args, ctx) =>
      ticket.windowNumber == null
        ? null
        : loadWindow(ctx, `${ticket.hallId}/${ticket.windowNumber}`),
    waitSeconds: (ticket) =>
      ticket.firstCalledAt
        ? secondsBetween(ticket.takenAt, ticket.firstCalledAt)
        : null,
    recallCount: (ticket) => ticket.recallCount ?? 0,
    transferCount: (ticket) => ticket.transferCount ?? 0,
    finishedAt: (ticket) => ticket.finishedAt?.toISOString() ?? null,
  },
  QueueMonitor: {
    hall: (status, _args, ctx) => loadReferencedHall(ctx, status.hallId),
    asOf: (status) => status.asOf.toISOString(),
  },
  HallStaffMember: {
    since: (member) => member.since.toISOString(),
  },
  Notice: {
    id: (notice) => notice._id,
    hall: (notice, _args, ctx) => loadReferencedHall(ctx, notice.hallId),
    publishedAt: (notice) => notice.publishedAt.toISOString(),
  },
  NoticeReceipt: {
    readAt: (receipt) => receipt.readAt.toISOString(),
  },
  DutyRoster: {
    hall: (roster, _args, ctx) => loadReferencedHall(ctx, roster.hallId),
    duties: (roster) =>
      roster.duties.map((duty) => ({ ...duty, hallId: roster.hallId })),
    updatedAt: (roster) => roster.updatedAt.toISOString(),
  },
  Duty: {
    window: async (duty, _args, ctx) =>
      (await loadWindow(ctx, `${duty.hallId}/${duty.windowNumber}`)) ?? {
        // A roster may name a window removed since; it still shows its number.
        number: duty.windowNumber,
        hallId: duty.hallId,
        name: `${duty.windowNumber}号窗口`,
        category: 'COMPREHENSIVE',
        businessCategories: [],
        departmentCode: null,
        mail: false,
        weekdays: [],
        openingTimes: [],
        openOnHolidays: false,
        assignedStaffUserIds: [],
      },
  },
  PerformanceReport: {
    hall: (report, _args, ctx) => loadReferencedHall(ctx, report.hallId),
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
    localEnd: (booking) => shanghaiTime(booking.endsAt),
    lateCancellation: (booking) => booking.lateCancellation ?? false,
    bookedAt: (booking) => booking.bookedAt.toISOString(),
    cancelledAt: (booking) => booking.cancelledAt?.toISOString() ?? null,
    cancelledBy: (booking) =>
      booking.status === 'CANCELLED'
        ? booking.cancelledBy === 'HALL'
          ? 'HALL'
          : 'CITIZEN'
        : null,
    ticket: (booking, _args, ctx) =>
      booking.ticketId ? ctx.ticketById.load(booking.ticketId) : null,
  },
  AppointmentNotification: {
    id: (notification) => notification._id,
    kind: (notification) => notification.kind as 'CANCELLED_BY_HALL',
    appointment: async (notification, _args, ctx) => {
      const booking = await ctx.models.Appointment.findById(
        notification.appointmentId,
      ).lean<AppointmentDocument>();
      if (!booking) throw notFound('Appointment', notification.appointmentId);
      return booking;
    },
    sentAt: (notification) => notification.sentAt.toISOString(),
  },
  StrandedCancellation: {
    id: (result) => result._id,
    hall: (result, _args, ctx) => loadReferencedHall(ctx, result.hallId),
    cancelledCount: (result) => result.appointmentIds.length,
    appointments: (result, _args, ctx) =>
      ctx.models.Appointment.find({ _id: { $in: result.appointmentIds } })
        .sort({ startsAt: 1, placeNumber: 1, _id: 1 })
        .lean<AppointmentDocument[]>()
        .exec(),
    cancelledAt: (result) => result.cancelledAt.toISOString(),
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
