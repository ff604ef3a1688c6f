import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** Hall levels in display order: a city centre first, village service points last. */
export const HALL_LEVELS = ['CITY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE'] as const;
export type HallLevel = (typeof HALL_LEVELS)[number];

export const TICKET_STATUSES = [
  'WAITING',
  'CALLED',
  'SERVED',
  'SKIPPED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const PRIORITY_REASONS = [
  'APPOINTMENT',
  'ELDERLY',
  'DISABILITY',
] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

/**
 * Business categories that a queue ticket is taken for and a window calls.
 * The letter starts the ticket number, so 综合业务 tickets read A001, A002...
 */
export const BUSINESS_CATEGORIES = {
  GENERAL: 'A',
  MARKET_ENTRY: 'B',
  SOCIAL_SECURITY: 'C',
  CONSTRUCTION: 'D',
  PUBLIC_SECURITY: 'E',
  CIVIL_AFFAIRS: 'F',
} as const;
export type BusinessCategory = keyof typeof BUSINESS_CATEGORIES;

const windowSchema = new Schema(
  {
    number: { type: Number, required: true, min: 1 },
    name: { type: String, required: true },
    category: {
      type: String,
      required: true,
      enum: ['COMPREHENSIVE', 'DEDICATED'],
    },
    businessCategories: {
      type: [String],
      required: true,
      enum: Object.keys(BUSINESS_CATEGORIES),
    },
    departmentCode: { type: String, default: null },
    /** 邮寄窗口: takes in and hands out documents sent by post. */
    mail: { type: Boolean, default: false },
    weekdays: { type: [Number], default: () => [1, 2, 3, 4, 5] },
    openingTimes: {
      type: [{ start: String, end: String, _id: false }],
      default: () => [
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '17:00' },
      ],
    },
    /** Whether the window also opens on public holidays of the holiday calendar. */
    openOnHolidays: { type: Boolean, default: false },
    /** Staff who call at the window; empty lets every eligible staff member call. */
    assignedStaffUserIds: { type: [String], default: [] },
  },
  { _id: false },
);

const hallSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    /** English name; halls stored before the field existed get it from seedHalls. */
    nameEn: { type: String },
    level: { type: String, required: true, enum: HALL_LEVELS },
    /** Position of `level` in HALL_LEVELS, stored so that the database sorts by level. */
    levelRank: {
      type: Number,
      required: true,
      min: 0,
      max: HALL_LEVELS.length - 1,
    },
    divisionCode: { type: String, required: true },
    address: { type: String, required: true },
    openingHours: { type: String, required: true },
    phone: { type: String, required: true },
    windows: { type: [windowSchema], default: [] },
    /** Departments stationed in the hall (进驻部门). */
    departmentCodes: { type: [String], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);

hallSchema.index({ divisionCode: 1 });
// The data catalogue's change feed reads halls and tickets in this order.
hallSchema.index({ updatedAt: 1, _id: 1 });
hallSchema.index({ levelRank: 1, _id: 1 });

const ticketSchema = new Schema(
  {
    _id: { type: String, required: true },
    hallId: { type: String, required: true },
    category: {
      type: String,
      required: true,
      enum: Object.keys(BUSINESS_CATEGORIES),
    },
    /** Calendar date in Asia/Shanghai (YYYY-MM-DD); numbering restarts every day. */
    serviceDate: { type: String, required: true },
    /** Position in the day's sequence of this hall and category, from 1. */
    sequence: { type: Number, required: true, min: 1 },
    number: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: TICKET_STATUSES,
      default: 'WAITING',
    },
    idempotencyKey: { type: String, required: true },
    /** hashRequest of the ticket request; null for tickets stored before it was. */
    requestHash: { type: String, default: null },
    /** User id of a signed-in taker; null for anonymous kiosk or phone requests. */
    takenBy: { type: String, default: null },
    takenAt: { type: Date, required: true },
    calledAt: { type: Date, default: null },
    windowNumber: { type: Number, default: null },
    calledBy: { type: String, default: null },
    /** Called before ordinary tickets: appointment check-ins, the elderly, people with disabilities. */
    priority: { type: Boolean, default: false },
    priorityReason: {
      type: String,
      enum: [...PRIORITY_REASONS, null],
      default: null,
    },
    /**
     * Call order: 0 for a ticket transferred to `windowNumber`, 1 for a
     * priority ticket, 2 for the others. Windows call the lowest rank first,
     * then the earliest `queuedAt`.
     */
    rank: { type: Number, default: 2 },
    /** When the ticket joined the queue it waits in: taken, or transferred. */
    queuedAt: { type: Date, default: null },
    /** Number of calls so far; call n of a ticket is claimed as ticket_calls `<id>#n`. */
    calls: { type: Number, default: 0 },
    firstCalledAt: { type: Date, default: null },
    /** Last time the ticket was called out, by a call or a recall; the monitor lists recent calls by it. */
    announcedAt: { type: Date, default: null },
    recallCount: { type: Number, default: 0 },
    transferCount: { type: Number, default: 0 },
    finishedAt: { type: Date, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);

ticketSchema.index({ idempotencyKey: 1 }, { unique: true });
// Guarantees that no two tickets of one hall, day and category share a number,
// whatever the counter returned.
ticketSchema.index(
  { hallId: 1, serviceDate: 1, category: 1, sequence: 1 },
  { unique: true },
);
ticketSchema.index({ hallId: 1, serviceDate: 1, status: 1, takenAt: 1 });
ticketSchema.index({
  hallId: 1,
  serviceDate: 1,
  status: 1,
  rank: 1,
  queuedAt: 1,
});
ticketSchema.index({ hallId: 1, serviceDate: 1, announcedAt: -1 });
ticketSchema.index({ updatedAt: 1, _id: 1 });

const timeWindowSchema = new Schema(
  {
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { _id: false },
);

/** Appointment rule of a hall and category; `_id` is `hallId/category`. */
const slotRuleSchema = new Schema(
  {
    _id: { type: String, required: true },
    hallId: { type: String, required: true },
    category: {
      type: String,
      required: true,
      enum: Object.keys(BUSINESS_CATEGORIES),
    },
    weekdays: { type: [Number], required: true },
    timeWindows: { type: [timeWindowSchema], required: true },
    slotMinutes: { type: Number, required: true, min: 5, max: 240 },
    capacity: { type: Number, required: true, min: 1, max: 500 },
    version: { type: Number, required: true, default: 0 },
    updatedBy: { type: String, required: true },
  },
  { timestamps: true },
);
slotRuleSchema.index({ hallId: 1 });

/**
 * A booking. Its `_id` derives from the citizen and the idempotency key, so
 * concurrent retries of one booking collide on the unique `_id` index.
 */
const appointmentSchema = new Schema({
  _id: { type: String, required: true },
  citizenId: { type: String, required: true },
  idempotencyKey: { type: String, required: true },
  /** hashRequest of the booking request; null for bookings stored before it was. */
  requestHash: { type: String, default: null },
  hallId: { type: String, required: true },
  category: {
    type: String,
    required: true,
    enum: Object.keys(BUSINESS_CATEGORIES),
  },
  slotId: { type: String, required: true },
  startsAt: { type: Date, required: true },
  endsAt: { type: Date, required: true },
  placeNumber: { type: Number, required: true, min: 1 },
  status: {
    type: String,
    required: true,
    enum: ['BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW'],
  },
  /** Cancelled less than LATE_CANCEL_MS before the slot start; counts like a no-show. */
  lateCancellation: { type: Boolean, default: false },
  bookedAt: { type: Date, required: true },
  cancelledAt: { type: Date, default: null },
  /**
   * Party that cancelled: the citizen, or the hall when no window could
   * serve the slot any more. Null for other states, and for bookings that their
   * citizen cancelled before the field existed.
   */
  cancelledBy: { type: String, enum: ['CITIZEN', 'HALL', null], default: null },
  /** When the citizen's notification of a cancellation by the hall was written; null until then. */
  notifiedAt: { type: Date, default: null },
  checkedInAt: { type: Date, default: null },
  ticketId: { type: String, default: null },
  version: { type: Number, required: true, default: 0 },
});
appointmentSchema.index({ citizenId: 1, startsAt: -1 });
appointmentSchema.index({ hallId: 1, startsAt: 1 });
appointmentSchema.index({ status: 1, endsAt: 1 });
appointmentSchema.index({ hallId: 1, cancelledBy: 1, notifiedAt: 1 });

/**
 * A message to a citizen about one of their bookings. `_id` is
 * `<appointment id>/cancelled` for CANCELLED_BY_HALL, so each event writes
 * one message however often the step that writes it is retried.
 */
const appointmentNotificationSchema = new Schema({
  _id: { type: String, required: true },
  citizenId: { type: String, required: true },
  appointmentId: { type: String, required: true },
  hallId: { type: String, required: true },
  kind: { type: String, required: true, enum: ['CANCELLED_BY_HALL'] },
  /** Message text in Chinese, as the citizen reads it. */
  text: { type: String, required: true },
  sentAt: { type: Date, required: true },
});
appointmentNotificationSchema.index({ citizenId: 1, sentAt: -1 });

/**
 * Result of one cancelStrandedAppointments request; `_id` derives from the
 * manager and the idempotency key, so a retry returns the first result. The
 * request inserts it before cancelling anything, which claims the key, and
 * adds each booking to `appointmentIds` as it cancels it.
 */
const strandedCancellationSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  appointmentIds: { type: [String], default: [] },
  cancelledAt: { type: Date, required: true },
  cancelledBy: { type: String, required: true },
  requestHash: { type: String, required: true },
  /** Whether the claiming request is still cancelling. Results stored without the field are finished. */
  inProgress: { type: Boolean, default: false },
  /** Server time when the current owner claimed the key, compared with ABANDONED_AFTER_MS to find an abandoned claim. */
  claimedAt: { type: Date, default: null },
});

/**
 * Claims on appointment slots: `_id` is `place:<slot>#<n>` for place n, or
 * `citizen:<slot>#<userId>` for the one booking a citizen may have in a
 * slot. The unique `_id` index, which FerretDB enforces on insert, admits
 * one appointment per claim.
 */
const slotClaimSchema = new Schema({
  _id: { type: String, required: true },
  slotId: { type: String, required: true },
  appointmentId: { type: String, required: true },
  claimedAt: { type: Date, required: true },
});
slotClaimSchema.index({ slotId: 1 });

/** Attendance of one staff member at a hall on one day; `_id` is `hallId/userId/date`. */
const attendanceSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  staffUserId: { type: String, required: true },
  staffName: { type: String, required: true },
  date: { type: String, required: true },
  checkedInAt: { type: Date, required: true },
  checkedOutAt: { type: Date, default: null },
  version: { type: Number, required: true, default: 0 },
});
attendanceSchema.index({ hallId: 1, date: 1 });

/** Staff member of a hall; `_id` is `hallId/userId`. */
const hallStaffSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  staffUserId: { type: String, required: true },
  staffName: { type: String, required: true },
  windowManager: { type: Boolean, required: true, default: false },
  /** Roles the staff member's token carried when last seen at the hall. */
  roles: { type: [String], default: [] },
  since: { type: Date, required: true },
  version: { type: Number, required: true, default: 0 },
});

const approvalStepSchema = new Schema(
  {
    level: {
      type: String,
      required: true,
      enum: ['WINDOW_MANAGER', 'HALL_MANAGER'],
    },
    approved: { type: Boolean, required: true },
    actorId: { type: String, required: true },
    actorName: { type: String, required: true },
    decidedAt: { type: Date, required: true },
    opinion: { type: String, required: true },
  },
  { _id: false },
);

export const STAFF_REQUEST_STATUSES = [
  'PENDING_WINDOW_MANAGER',
  'PENDING_HALL_MANAGER',
  'APPROVED',
  'REJECTED',
] as const;

const staffRequestSchema = new Schema({
  _id: { type: String, required: true },
  kind: { type: String, required: true, enum: ['LEAVE', 'ENTRY'] },
  hallId: { type: String, required: true },
  requesterId: { type: String, required: true },
  requesterName: { type: String, required: true },
  leaveFrom: { type: String, default: null },
  leaveTo: { type: String, default: null },
  reason: { type: String, required: true },
  status: { type: String, required: true, enum: STAFF_REQUEST_STATUSES },
  steps: { type: [approvalStepSchema], default: [] },
  requestedAt: { type: Date, required: true },
  /** hashRequest of the request, which distinguishes a retry from a reuse of its idempotency key; null before it was stored. */
  requestHash: { type: String, default: null },
  version: { type: Number, required: true, default: 0 },
});
staffRequestSchema.index({ hallId: 1, requestedAt: -1 });

/**
 * Days of leave that a person requested: `_id` is `<user id>/<date>`, so the
 * unique `_id` index admits one open or approved leave request per person
 * and day, also when two requests race. A rejected request's claims are
 * deleted.
 */
const leaveDayClaimSchema = new Schema({
  _id: { type: String, required: true },
  requestId: { type: String, required: true },
  claimedAt: { type: Date, required: true },
});
leaveDayClaimSchema.index({ requestId: 1 });

/**
 * One call of a ticket at a window, and the service record of that call.
 * Its _id is `<ticket id>#<n>` for the ticket's n-th call, so the unique _id
 * index lets exactly one window make each call. The outcome is written when
 * the call ends: served, skipped or transferred, or abandoned when the
 * process that made the call stopped before marking the ticket CALLED.
 */
const ticketCallSchema = new Schema({
  _id: { type: String, required: true },
  ticketId: { type: String, required: true },
  hallId: { type: String, required: true },
  serviceDate: { type: String, required: true },
  category: { type: String, required: true },
  windowNumber: { type: Number, required: true },
  calledBy: { type: String, required: true },
  calledByName: { type: String, required: true },
  calledAt: { type: Date, required: true },
  /** Seconds the ticket waited before this call, counted from taking it; set on its first call only. */
  waitSeconds: { type: Number, default: null },
  endedAt: { type: Date, default: null },
  /** Seconds from the call to its end, stored when it ends so that statistics sum it in the database; absent on older calls. */
  serviceSeconds: { type: Number },
  outcome: {
    type: String,
    enum: ['SERVED', 'SKIPPED', 'TRANSFERRED', 'ABANDONED', null],
    default: null,
  },
});
ticketCallSchema.index({ hallId: 1, serviceDate: 1, windowNumber: 1 });
ticketCallSchema.index({ hallId: 1, serviceDate: 1, calledAt: -1 });
ticketCallSchema.index({ serviceDate: 1, hallId: 1 });

/**
 * Turns of a window: `_id` is `<hall>/<date>/<window>#<n>` for the n-th
 * time the window called a ticket on that Asia/Shanghai date. A call first
 * inserts the next turn, and the unique `_id` index admits one request per
 * turn, so a window never has two calls in progress. A turn is completed
 * once its ticket is CALLED, or once it found nothing to call.
 */
const windowTurnSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  serviceDate: { type: String, required: true },
  windowNumber: { type: Number, required: true },
  turn: { type: Number, required: true, min: 1 },
  claimedAt: { type: Date, required: true },
  completedAt: { type: Date, default: null },
  /** Ticket called in this turn; null when none waited or the call failed. */
  ticketId: { type: String, default: null },
});
windowTurnSchema.index({
  hallId: 1,
  serviceDate: 1,
  windowNumber: 1,
  turn: -1,
});

/** A notice from a hall manager to the hall's staff; `_id` derives from the manager and idempotency key. */
const noticeSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  title: { type: String, required: true },
  body: { type: String, required: true },
  publishedAt: { type: Date, required: true },
  publishedBy: { type: String, required: true },
  publishedByName: { type: String, required: true },
  /** hashRequest of the publishing request; null for notices stored before it was. */
  requestHash: { type: String, default: null },
});
noticeSchema.index({ hallId: 1, publishedAt: -1 });

/** A read receipt; `_id` is `<notice id>/<user id>`, so each reader confirms once. */
const noticeReceiptSchema = new Schema({
  _id: { type: String, required: true },
  noticeId: { type: String, required: true },
  staffUserId: { type: String, required: true },
  staffName: { type: String, required: true },
  readAt: { type: Date, required: true },
});
noticeReceiptSchema.index({ noticeId: 1, readAt: 1 });

const dutySchema = new Schema(
  {
    staffUserId: { type: String, required: true },
    staffName: { type: String, required: true },
    windowNumber: { type: Number, required: true },
    shift: {
      type: String,
      required: true,
      enum: ['MORNING', 'AFTERNOON', 'FULL_DAY'],
    },
  },
  { _id: false },
);

/** Duty roster of a hall and date; `_id` is `hallId/date`. */
const dutyRosterSchema = new Schema(
  {
    _id: { type: String, required: true },
    hallId: { type: String, required: true },
    date: { type: String, required: true },
    duties: { type: [dutySchema], default: [] },
    updatedBy: { type: String, required: true },
    version: { type: Number, required: true, default: 0 },
  },
  { timestamps: true },
);
dutyRosterSchema.index({ hallId: 1, date: 1 });

/**
 * Claims that bound ticket requests. The unique `_id` admits one request per
 * claim: `<hall>/<minute>#<n>` for the n-th anonymous ticket of a hall in one
 * minute, `account/<hall>/<date>/<user>#<n>` for the n-th ticket of one
 * account at a hall on one day, and `priority/<hall>/<date>/<digest>#1` for
 * the one priority ticket a document may claim at a hall on one day.
 */
const ticketQuotaSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  /** End of the minute or day the claim counts in. */
  expiresAt: { type: Date, required: true },
  /** Idempotency key of the ticket request that made the claim, so a retry keeps its claim. */
  idempotencyKey: { type: String, default: null },
});
ticketQuotaSchema.index({ hallId: 1, expiresAt: 1 });

/** A window as stored in its hall; fields added after the first release may be missing from older halls. */
export interface HallWindow {
  number: number;
  name: string;
  category: 'COMPREHENSIVE' | 'DEDICATED';
  businessCategories: string[];
  departmentCode?: string | null;
  mail?: boolean | null;
  weekdays?: number[] | null;
  openingTimes?: { start: string; end: string }[] | null;
  openOnHolidays?: boolean | null;
  assignedStaffUserIds?: string[] | null;
}
export type HallDocument = Omit<
  InferSchemaType<typeof hallSchema>,
  'windows'
> & { _id: string; windows: HallWindow[] };
/** A window with the hall it belongs to, as the Window type resolves it. */
export type WindowView = HallWindow & { hallId: string };
export type TicketCallDocument = InferSchemaType<typeof ticketCallSchema> & {
  _id: string;
};
export type WindowTurnDocument = InferSchemaType<typeof windowTurnSchema> & {
  _id: string;
};
export type NoticeDocument = InferSchemaType<typeof noticeSchema> & {
  _id: string;
};
export type NoticeReceiptDocument = InferSchemaType<
  typeof noticeReceiptSchema
> & { _id: string };
export interface DutyDocument {
  staffUserId: string;
  staffName: string;
  windowNumber: number;
  shift: 'MORNING' | 'AFTERNOON' | 'FULL_DAY';
}
export type DutyRosterDocument = Omit<
  InferSchemaType<typeof dutyRosterSchema>,
  'duties'
> & { _id: string; duties: DutyDocument[] };
export type TicketDocument = InferSchemaType<typeof ticketSchema> & {
  _id: string;
};

export type SlotRuleDocument = InferSchemaType<typeof slotRuleSchema> & {
  _id: string;
};
export type AppointmentDocument = InferSchemaType<typeof appointmentSchema> & {
  _id: string;
};
export type AppointmentNotificationDocument = InferSchemaType<
  typeof appointmentNotificationSchema
> & { _id: string };
export type StrandedCancellationDocument = InferSchemaType<
  typeof strandedCancellationSchema
> & { _id: string };
export type AttendanceDocument = InferSchemaType<typeof attendanceSchema> & {
  _id: string;
};
export type HallStaffDocument = InferSchemaType<typeof hallStaffSchema> & {
  _id: string;
};
export type StaffRequestDocument = InferSchemaType<
  typeof staffRequestSchema
> & { _id: string };

export type ApprovalStepDocument = StaffRequestDocument['steps'][number];

/** The window that hands a case's result to the applicant (出件窗口), one per case. */
const deliveryWindowSchema = new Schema({
  /** The case id: one delivery window per case. */
  _id: { type: String, required: true },
  caseNumber: { type: String, required: true },
  hallId: { type: String, required: true },
  windowNumber: { type: Number, required: true },
  departmentCode: { type: String, required: true },
  itemName: { type: String, required: true },
  applicantUserId: { type: String, required: true },
  requestedAt: { type: Date, required: true },
});
deliveryWindowSchema.index({ hallId: 1, requestedAt: -1 });

export type DeliveryWindowDocument = InferSchemaType<
  typeof deliveryWindowSchema
> & { _id: string };

export function registerModels(connection: Connection) {
  return {
    SlotRule: connection.model(
      'AppointmentSlotRule',
      slotRuleSchema,
      'appointment_slot_rules',
    ),
    Appointment: connection.model(
      'Appointment',
      appointmentSchema,
      'appointments',
    ),
    SlotClaim: connection.model(
      'AppointmentSlotClaim',
      slotClaimSchema,
      'appointment_slot_claims',
    ),
    AppointmentNotification: connection.model(
      'AppointmentNotification',
      appointmentNotificationSchema,
      'appointment_notifications',
    ),
    StrandedCancellation: connection.model(
      'StrandedCancellation',
      strandedCancellationSchema,
      'stranded_cancellations',
    ),
    Attendance: connection.model(
      'StaffAttendance',
      attendanceSchema,
      'staff_attendance',
    ),
    HallStaff: connection.model('HallStaff', hallStaffSchema, 'hall_staff'),
    StaffRequest: connection.model(
      'StaffRequest',
      staffRequestSchema,
      'staff_requests',
    ),
    LeaveDayClaim: connection.model(
      'LeaveDayClaim',
      leaveDayClaimSchema,
      'leave_day_claims',
    ),
    Hall: connection.model('Hall', hallSchema, 'halls'),
    Ticket: connection.model('Ticket', ticketSchema, 'tickets'),
    TicketCall: connection.model(
      'TicketCall',
      ticketCallSchema,
      'ticket_calls',
    ),
    WindowTurn: connection.model(
      'WindowTurn',
      windowTurnSchema,
      'window_turns',
    ),
    Notice: connection.model('HallNotice', noticeSchema, 'hall_notices'),
    NoticeReceipt: connection.model(
      'HallNoticeReceipt',
      noticeReceiptSchema,
      'hall_notice_receipts',
    ),
    DutyRoster: connection.model(
      'DutyRoster',
      dutyRosterSchema,
      'duty_rosters',
    ),
    TicketQuota: connection.model(
      'TicketQuota',
      ticketQuotaSchema,
      'ticket_quotas',
    ),
    DeliveryWindow: connection.model(
      'DeliveryWindow',
      deliveryWindowSchema,
      'delivery_windows',
    ),
  };
}

export type HallModels = ReturnType<typeof registerModels>;
