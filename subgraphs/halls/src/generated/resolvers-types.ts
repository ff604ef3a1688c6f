import type { GraphQLResolveInfo } from 'graphql';
import type { HallDocument, TicketDocument, SlotRuleDocument, AppointmentDocument, AppointmentNotificationDocument, StrandedCancellationDocument, AttendanceDocument, StaffRequestDocument, ApprovalStepDocument, WindowView, DeliveryWindowDocument, HallStaffDocument, NoticeReceiptDocument, DutyRosterDocument } from '../model.js';
import type { DivisionReference, HallsContext } from '../resolvers.js';
import type { QueueStatus as QueueStatusView, QueueMonitorView, WindowMonitorView, WindowQueueView } from '../queue.js';
import type { AppointmentSlotView } from '../appointments.js';
import type { NoticeView, DutyView } from '../admin.js';
import type { PerformanceReportView, WindowPerformanceView } from '../performance.js';
import type { HallStatisticsParent } from '../statistics.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A citizen's appointment (办事预约) for one slot of a hall and business category. */
export type Appointment = {
  __typename?: 'Appointment';
  /** When the booking was made (ISO 8601, UTC). */
  bookedAt: Scalars['String']['output'];
  /** When the booking was cancelled (ISO 8601, UTC); null otherwise. */
  cancelledAt?: Maybe<Scalars['String']['output']>;
  /** Party that cancelled the booking; null unless it is CANCELLED. */
  cancelledBy?: Maybe<AppointmentCanceller>;
  /** Business category of the appointment. */
  category: BusinessCategory;
  /** Slot end (ISO 8601, UTC). */
  endsAt: Scalars['String']['output'];
  /** Hall of the appointment. */
  hall: Hall;
  /** Appointment id. */
  id: Scalars['ID']['output'];
  /** Whether the booking was cancelled less than 2 hours before the slot start, which counts like a no-show. */
  lateCancellation: Scalars['Boolean']['output'];
  /** Calendar date of the slot in Asia/Shanghai (YYYY-MM-DD). */
  localDate: Scalars['String']['output'];
  /** End time in Asia/Shanghai, HH:MM. */
  localEnd: Scalars['String']['output'];
  /** Start time in Asia/Shanghai, HH:MM. */
  localStart: Scalars['String']['output'];
  /** Place number within the slot, from 1. */
  placeNumber: Scalars['Int']['output'];
  /** Slot start (ISO 8601, UTC). */
  startsAt: Scalars['String']['output'];
  /** State; a booking not checked in by the slot end is recorded as NO_SHOW. */
  status: AppointmentStatus;
  /** Priority ticket issued at check-in; null before check-in. */
  ticket?: Maybe<Ticket>;
};

/** Party that cancels an appointment. */
export type AppointmentCanceller =
  /** The citizen who booked it, with cancelAppointment. */
  | 'CITIZEN'
  /** The hall, because no window serving the category opens during the slot any more; the citizen got an AppointmentNotification. */
  | 'HALL';

/** A message to a citizen about one of their appointments; one per booking and kind. */
export type AppointmentNotification = {
  __typename?: 'AppointmentNotification';
  /** The appointment the message is about. */
  appointment: Appointment;
  /** Notification id: the appointment id followed by /cancelled for CANCELLED_BY_HALL. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: AppointmentNotificationKind;
  /** When the message was written (ISO 8601, UTC). */
  sentAt: Scalars['String']['output'];
  /** Message text in Chinese. Clients showing another language build their text from kind and appointment. */
  text: Scalars['String']['output'];
};

/** Kind of appointment notification. */
export type AppointmentNotificationKind =
  /** The hall cancelled the booking because no window of its category opens during the slot any more. */
  | 'CANCELLED_BY_HALL';

/** One bookable slot of a hall and business category. */
export type AppointmentSlot = {
  __typename?: 'AppointmentSlot';
  /** Places of the slot: the rule's capacity times the share of the category's windows open during the whole slot, rounded up. Slots during which no such window is open are not listed. */
  capacity: Scalars['Int']['output'];
  /** Slot end (ISO 8601, UTC). */
  endsAt: Scalars['String']['output'];
  /** Places still free. */
  freePlaces: Scalars['Int']['output'];
  /** Calendar date of the slot in Asia/Shanghai (YYYY-MM-DD). */
  localDate: Scalars['String']['output'];
  /** End time in Asia/Shanghai, HH:MM. */
  localEnd: Scalars['String']['output'];
  /** Start time in Asia/Shanghai, HH:MM. */
  localStart: Scalars['String']['output'];
  /** Slot start (ISO 8601, UTC); pass it to bookAppointment. */
  startsAt: Scalars['String']['output'];
};

/**
 * Appointment rule of one hall and business category: which days and hours
 * are bookable, cut into slots of equal length with a capacity each.
 */
export type AppointmentSlotRule = {
  __typename?: 'AppointmentSlotRule';
  /** Number of bookings one slot takes while every window serving the category is open; a slot during which only some of them are open gets the same share, rounded up (see AppointmentSlot.capacity). */
  capacity: Scalars['Int']['output'];
  /** Business category booked under the rule. */
  category: BusinessCategory;
  /** Hall the rule belongs to. */
  hall: Hall;
  /** Length of one slot in minutes. */
  slotMinutes: Scalars['Int']['output'];
  /** Time windows of each bookable day, in Asia/Shanghai wall-clock time. */
  timeWindows: Array<TimeWindow>;
  /** When the rule was last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** ISO weekdays with slots, 1 (Monday) to 7 (Sunday), ascending. Adjusted working days (调休上班) have slots too, and public holidays have none unless a window of the category opens on them. */
  weekdays: Array<Scalars['Int']['output']>;
};

/** State of an appointment. */
export type AppointmentStatus =
  /** Booked and not yet checked in; the slot has not ended. */
  | 'BOOKED'
  /** Cancelled before the slot started, by the citizen or by the hall (see cancelledBy). */
  | 'CANCELLED'
  /** Checked in at the hall; a priority ticket was issued. */
  | 'CHECKED_IN'
  /** Not checked in by the slot end; recorded when the slot ends. */
  | 'NO_SHOW';

/** Approval level of a staff request. */
export type ApprovalLevel =
  /** Second level: the hall manager. */
  | 'HALL_MANAGER'
  /** First level: a window manager of the hall. */
  | 'WINDOW_MANAGER';

/** One decision on a staff request. */
export type ApprovalStep = {
  __typename?: 'ApprovalStep';
  /** User id of the approver. */
  actorId: Scalars['ID']['output'];
  /** Name of the approver. */
  actorName: Scalars['String']['output'];
  /** Whether the approver approved. */
  approved: Scalars['Boolean']['output'];
  /** When the decision was taken (ISO 8601, UTC). */
  decidedAt: Scalars['String']['output'];
  /** Level the decision was taken at. */
  level: ApprovalLevel;
  /** Opinion written by the approver. */
  opinion: Scalars['String']['output'];
};

/** A staff member's attendance at a hall on one Asia/Shanghai calendar day. */
export type Attendance = {
  __typename?: 'Attendance';
  /** First check-in of the day (ISO 8601, UTC). */
  checkedInAt: Scalars['String']['output'];
  /** Check-out (ISO 8601, UTC); null while at work. */
  checkedOutAt?: Maybe<Scalars['String']['output']>;
  /** Calendar date in Asia/Shanghai (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Hall the staff member works at. */
  hall: Hall;
  /** Name of the staff member. */
  staffName: Scalars['String']['output'];
  /** User id of the staff member. */
  staffUserId: Scalars['ID']['output'];
};

/** Business category a queue ticket is taken for; the letter in brackets starts the ticket number. */
export type BusinessCategory =
  /** 民政与社会救助 (F) */
  | 'CIVIL_AFFAIRS'
  /** 工程建设项目 (D) */
  | 'CONSTRUCTION'
  /** 综合业务 (A) */
  | 'GENERAL'
  /** 企业开办与市场准入 (B) */
  | 'MARKET_ENTRY'
  /** 户籍与出入境 (E) */
  | 'PUBLIC_SECURITY'
  /** 社保医保与就业 (C) */
  | 'SOCIAL_SECURITY';

/** Waiting tickets of one business category. */
export type CategoryQueue = {
  __typename?: 'CategoryQueue';
  /** Business category. */
  category: BusinessCategory;
  /** Seconds the longest-waiting ticket of the category has waited; 0 when none waits. */
  maxWaitSeconds: Scalars['Int']['output'];
  /** Tickets of the category still waiting. */
  waitingCount: Scalars['Int']['output'];
};

/** The window that hands a case's result to the applicant (出件窗口), assigned once per case when the case reaches its delivery step. */
export type DeliveryWindowAssignment = {
  __typename?: 'DeliveryWindowAssignment';
  /** Case number shown to the applicant. */
  caseNumber: Scalars['String']['output'];
  /** Department that decided the case. */
  departmentCode: Scalars['String']['output'];
  /** The case id; one assignment per case. */
  id: Scalars['ID']['output'];
  /** Name of the item the case applied for. */
  itemName: Scalars['String']['output'];
  /** When the cases subgraph asked for the window, ISO 8601 UTC. */
  requestedAt: Scalars['String']['output'];
  /** Window that hands out the result. */
  window: Window;
};

/** What the cases subgraph sends when a case accepted at a hall reaches its delivery step. */
export type DeliveryWindowRequestInput = {
  /** User id of the applicant. */
  applicantUserId: Scalars['ID']['input'];
  /** Case id; a repeated request for the same case returns the first assignment. */
  caseId: Scalars['ID']['input'];
  /** Case number. */
  caseNumber: Scalars['String']['input'];
  /** Department that decided the case; its dedicated window is preferred. */
  departmentCode: Scalars['String']['input'];
  /** Hall that accepted the case. */
  hallId: Scalars['ID']['input'];
  /** Name of the item. */
  itemName: Scalars['String']['input'];
};

/** An administrative division, owned by the identity subgraph; this subgraph adds the halls that serve it. */
export type Division = {
  __typename?: 'Division';
  /** Division code (2 to 12 digits). */
  code: Scalars['String']['output'];
  /** Halls and service points of this division and of the divisions inside it, city level first, then by id. Public, like every hall. */
  halls: Array<Hall>;
};

/** One staff member's duty at a window. */
export type Duty = {
  __typename?: 'Duty';
  /** Part of the day. */
  shift: DutyShift;
  /** Name of the staff member. */
  staffName: Scalars['String']['output'];
  /** User id of the staff member. */
  staffUserId: Scalars['ID']['output'];
  /** Window of the duty. */
  window: Window;
};

/** One duty of a roster. */
export type DutyInput = {
  /** Part of the day. */
  shift: DutyShift;
  /** A staff member of the hall (see hallStaff). */
  staffUserId: Scalars['ID']['input'];
  /** Number of a window of the hall. */
  windowNumber: Scalars['Int']['input'];
};

/** Duty roster (值班表) of a hall for one Asia/Shanghai date. */
export type DutyRoster = {
  __typename?: 'DutyRoster';
  /** Calendar date in Asia/Shanghai (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Duties of the day, by window number, then morning, afternoon and whole-day shifts. */
  duties: Array<Duty>;
  /** Hall of the roster. */
  hall: Hall;
  /** When the roster was last set (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** Part of a day a duty covers. */
export type DutyShift =
  /** 下午 afternoon */
  | 'AFTERNOON'
  /** 全天 the whole day */
  | 'FULL_DAY'
  /** 上午 morning */
  | 'MORNING';

/**
 * A government-service hall (政务服务中心) or service point (便民服务中心/站)
 * where people apply in person. Hall data is public information.
 */
export type Hall = {
  __typename?: 'Hall';
  /** Street address. */
  address: Scalars['String']['output'];
  /**
   * Number of booked appointments that the configureWindows call returning
   * this hall cancelled because its new windows strand them (0 when it
   * cancelled none). Null when the hall comes from any other field.
   */
  cancelledAppointmentCount?: Maybe<Scalars['Int']['output']>;
  /** Codes of the departments stationed in the hall (进驻部门), such as CQ-SCJG. */
  departmentCodes: Array<Scalars['String']['output']>;
  /** Division the hall serves. */
  division: Division;
  /** Division code of the area the hall serves (2 to 12 digits). */
  divisionCode: Scalars['String']['output'];
  /** Hall id, `hall-` followed by the division code of the hall, such as hall-500238100205. */
  id: Scalars['ID']['output'];
  /** Administrative level the hall serves. */
  level: HallLevel;
  /** Hall name in Chinese. */
  name: Scalars['String']['output'];
  /** Hall name in English. */
  nameEn: Scalars['String']['output'];
  /** Opening hours as published to the public, in Chinese. */
  openingHours: Scalars['String']['output'];
  /** Consultation phone number. */
  phone: Scalars['String']['output'];
  /** Service windows, ordered by window number. */
  windows: Array<Window>;
};

/** A hall as the change feed returns it. */
export type HallChange = {
  __typename?: 'HallChange';
  /** Street address. */
  address: Scalars['String']['output'];
  /** Division code of the hall. */
  divisionCode: Scalars['String']['output'];
  /** Hall id. */
  id: Scalars['ID']['output'];
  /** Hall name. */
  name: Scalars['String']['output'];
  /** Opening hours as shown to the public. */
  openingHours: Scalars['String']['output'];
  /** Enquiry phone number. */
  phone: Scalars['String']['output'];
};

/** One page of the halls change feed. */
export type HallChangePage = {
  __typename?: 'HallChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Halls, oldest change first. */
  records: Array<HallChange>;
};

/** Administrative level of a hall. */
export type HallLevel =
  /** 市级政务服务中心 city centre */
  | 'CITY'
  /** 区县政务服务中心 district or county centre */
  | 'DISTRICT'
  /** 乡镇（街道）便民服务中心 township or street centre */
  | 'TOWNSHIP'
  /** 村（社区）便民服务站 village or community service point */
  | 'VILLAGE';

/** Public details of a hall that its manager sets. */
export type HallSettingsInput = {
  /** Codes of the departments stationed in the hall; dedicated windows serve one of them. */
  departmentCodes: Array<Scalars['String']['input']>;
  /** Opening hours as published, in Chinese, 1 to 200 characters. */
  openingHours: Scalars['String']['input'];
  /** Consultation phone number: digits and hyphens, 5 to 20 characters. */
  phone: Scalars['String']['input'];
};

/** A staff member known to work at a hall: through an approved entry (入驻) or a check-in with an account of the hall. */
export type HallStaffMember = {
  __typename?: 'HallStaffMember';
  /** When the staff member was first recorded at the hall (ISO 8601, UTC). */
  since: Scalars['String']['output'];
  /** Name of the staff member. */
  staffName: Scalars['String']['output'];
  /** User id of the staff member. */
  staffUserId: Scalars['ID']['output'];
  /** Whether the hall manager designated the staff member as window manager. */
  windowManager: Scalars['Boolean']['output'];
};

/** Queue figures of the halls of one period and division subtree. */
export type HallStatistics = {
  __typename?: 'HallStatistics';
  /** Figures per child division of the counted division (the counted division itself for its own halls), by code. */
  byDivision: Array<QueueFigures>;
  /** Figures per hall, by hall id. */
  byHall: Array<QueueFigures>;
  /** Figures per Asia/Shanghai month of the period, oldest first. */
  byMonth: Array<QueueFigures>;
  /** Root of the division subtree counted. */
  division: Division;
  /** First day of the period (Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Last day of the period (Asia/Shanghai). */
  to: Scalars['String']['output'];
  /** Figures of every hall in the subtree. */
  total: QueueFigures;
};


/** Queue figures of the halls of one period and division subtree. */
export type HallStatisticsByDivisionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Queue figures of the halls of one period and division subtree. */
export type HallStatisticsByHallArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Queue figures of the halls of one period and division subtree. */
export type HallStatisticsByMonthArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Approves a staff request at its current level: a window manager of the hall
   * first, then HALL_MANAGER of the hall. APPROVAL_OUT_OF_ORDER when the request
   * waits for another level, SELF_APPROVAL for one's own request or for the
   * second level after approving the first, FORBIDDEN outside one's own hall,
   * INVALID_STATE when decided, CONFLICT when another approver decided first.
   */
  approveStaffRequest: StaffRequest;
  /**
   * Books a place in a slot that starts in the next 14 days. Needs CITIZEN. A
   * retry with the same idempotencyKey (8 to 100 letters, digits, - or _)
   * returns the first booking, or HALL_CLOSED when the hall has cancelled it.
   * HALL_CLOSED when no window of the category is
   * open during the whole slot, also when a window change closes the last one
   * while the booking is written (the booking is then cancelled by the hall).
   * SLOT_FULL when every place is taken, also when
   * bookings race for the last place; ALREADY_BOOKED when the citizen holds
   * another booking for the slot. A booking not checked in by the slot end
   * counts as a no-show: after 3 no-shows within 30 days, booking is paused
   * for 14 days from the third one (BOOKING_PAUSED, with `pausedUntil`); a
   * cancellation less than 2 hours before the slot start counts as a no-show.
   * A citizen holds at most 3 bookings of slots that have not started
   * (BOOKING_LIMIT_REACHED), also when several bookings race.
   */
  bookAppointment: Appointment;
  /**
   * Finishes the ticket being served at the window as SERVED, then calls the
   * next ticket of today: tickets transferred to this window first, then
   * priority tickets (appointments, the elderly, people with disabilities),
   * then the others, each in the order they joined the queue. Null when none
   * waits. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall or
   * with the hall in their division subtree; a window with assigned staff
   * admits only them and the hall manager.
   */
  callNext?: Maybe<Ticket>;
  /** Cancels the citizen's own booking before its slot starts; the place becomes free. INVALID_STATE afterwards or once checked in. Less than 2 hours before the start it counts as a no-show. */
  cancelAppointment: Appointment;
  /**
   * Cancels every stranded booking of a hall (see strandedAppointments) and
   * notifies each citizen, as configureWindows with CANCEL_AND_NOTIFY does.
   * Needs HALL_MANAGER of that hall. A retry with the same idempotencyKey (8
   * to 100 letters, digits, - or _) returns the first result, which lists
   * every booking cancelled under the key; a retry while the first request
   * still runs waits for it, and fails with CONFLICT after 10 seconds. Each
   * booking is cancelled and notified at most once whatever the key.
   */
  cancelStrandedAppointments: StrandedCancellation;
  /**
   * Checks in a booking at the hall and issues a priority ticket, from 30
   * minutes before the slot start until the slot end (CHECK_IN_CLOSED
   * otherwise). The citizen who booked, or CLERK, WINDOW_STAFF or HALL_MANAGER
   * working at the hall, may check in. A repeated check-in returns the same
   * ticket.
   */
  checkInAppointment: Appointment;
  /** Records the viewer's arrival at their own hall today (Asia/Shanghai); a second check-in on the same day returns the first record. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall. ON_LEAVE on a day of approved leave. */
  checkInAttendance: Attendance;
  /** Records the viewer's departure from their own hall today; INVALID_STATE without a check-in today. A repeated check-out keeps the first time. */
  checkOutAttendance: Attendance;
  /**
   * Sets the appointment rule of a hall and business category that one of its
   * windows serves, replacing the earlier rule; bookings made stay valid. Needs
   * HALL_MANAGER of that hall. Capacity 1 to 500, slotMinutes 5 to 240, time
   * windows on whole minutes that do not overlap. The capacity counts every
   * window serving the category; see AppointmentSlot.capacity for slots during
   * which some of them are closed.
   */
  configureAppointmentSlots: AppointmentSlotRule;
  /** Sets the public details and stationed departments of a hall. Needs HALL_MANAGER of that hall. */
  configureHall: Hall;
  /**
   * Replaces the windows of a hall, 1 to 50 of them. Needs HALL_MANAGER of that
   * hall. INVALID_STATE when a removed window still serves or holds a
   * transferred ticket today. A change of weekdays, opening times or
   * categories, or a removed window, that leaves booked appointments without
   * an open window of their category during their slot is rejected with
   * APPOINTMENTS_STRANDED and changes nothing, unless `strandedAppointments`
   * is CANCEL_AND_NOTIFY. Then the change is saved, every booking the new
   * windows cannot serve is cancelled (cancelledBy HALL, not counted as a
   * no-show) and each citizen gets one AppointmentNotification; a retry
   * cancels and notifies nothing twice. Bookings made while the change is
   * being saved that it strands are cancelled and notified in the same way.
   */
  configureWindows: Hall;
  /**
   * Designates a staff member of the hall (see hallStaff) as window manager, the
   * first approval level of staff requests. Needs HALL_MANAGER of the hall.
   * NOT_FOUND for a user not known at the hall; refused for a hall manager.
   */
  designateWindowManager: Scalars['Boolean']['output'];
  /** Finishes the ticket a window is serving as SERVED. INVALID_STATE unless it is CALLED. Same access as callNext at the ticket's window. */
  finishTicket: Ticket;
  /** Confirms that the viewer read a notice of their hall; a repeat keeps the first time. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall. */
  markNoticeRead: Notice;
  /** Publishes a notice to the staff of the hall. Needs HALL_MANAGER of the hall. A retry with the same idempotencyKey returns the first notice. */
  publishNotice: Notice;
  /**
   * Calls a ticket again (重呼) at a window: a CALLED ticket at its own window,
   * or a ticket skipped today at any window of its category, which finishes the
   * ticket the window was serving. Same access as callNext at that window.
   */
  recallTicket: Ticket;
  /** Rejects a staff request at its current level, which ends it; the same rules as approveStaffRequest apply. */
  rejectStaffRequest: StaffRequest;
  /** Assigns the window that hands a case's result to the applicant: the department's dedicated window, else the first comprehensive window, else the first window (mail windows last). SYSTEM only; the same case always gets its first assignment. */
  requestDeliveryWindow: DeliveryWindowAssignment;
  /**
   * Asks to start working at a hall in the viewer's division subtree. Needs
   * CLERK or WINDOW_STAFF. Once both levels approve, the requester is staff of
   * the hall. A retry with the same idempotencyKey returns the first request.
   */
  requestHallEntry: StaffRequest;
  /**
   * Asks for leave for whole days (YYYY-MM-DD, Asia/Shanghai, from today on,
   * starting within 90 days and lasting at most 30 days) at the viewer's own hall. Needs CLERK or WINDOW_STAFF working at the hall.
   * A retry with the same idempotencyKey returns the first request.
   */
  requestLeave: StaffRequest;
  /**
   * Sets the duty roster of a hall for a date from today on, replacing the
   * earlier roster of that date. Needs HALL_MANAGER of the hall. A staff member
   * has one duty per shift and a window one duty per shift, where FULL_DAY
   * overlaps both MORNING and AFTERNOON; staff on approved leave that day are
   * rejected. The date lies from today to 60 days ahead.
   */
  setDutyRoster: DutyRoster;
  /** Skips (过号) a CALLED ticket whose holder did not come. Same access as callNext at the ticket's window. */
  skipTicket: Ticket;
  /**
   * Takes a queue ticket at a hall for a business category that one of its
   * windows serves. Public. A retry with the same idempotencyKey (8 to 100
   * letters, digits, - or _) returns the first ticket; reusing a key for another
   * hall or category is a CONFLICT. Anonymous callers take at most 30 tickets
   * per hall and minute (RATE_LIMITED); signed-in users are not limited.
   */
  takeTicket: Ticket;
  /**
   * Sends a CALLED ticket to another window of the hall, where it waits ahead
   * of ordinary tickets. Same access as callNext at the ticket's window.
   */
  transferTicket: Ticket;
};


export type MutationApproveStaffRequestArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationBookAppointmentArgs = {
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
};


export type MutationCallNextArgs = {
  hallId: Scalars['ID']['input'];
  windowNumber: Scalars['Int']['input'];
};


export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelStrandedAppointmentsArgs = {
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationCheckInAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckInAttendanceArgs = {
  hallId: Scalars['ID']['input'];
};


export type MutationCheckOutAttendanceArgs = {
  hallId: Scalars['ID']['input'];
};


export type MutationConfigureAppointmentSlotsArgs = {
  capacity: Scalars['Int']['input'];
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  slotMinutes: Scalars['Int']['input'];
  timeWindows: Array<TimeWindowInput>;
  weekdays: Array<Scalars['Int']['input']>;
};


export type MutationConfigureHallArgs = {
  hallId: Scalars['ID']['input'];
  input: HallSettingsInput;
};


export type MutationConfigureWindowsArgs = {
  hallId: Scalars['ID']['input'];
  strandedAppointments?: InputMaybe<StrandedAppointmentAction>;
  windows: Array<WindowInput>;
};


export type MutationDesignateWindowManagerArgs = {
  hallId: Scalars['ID']['input'];
  staffUserId: Scalars['ID']['input'];
};


export type MutationFinishTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNoticeReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishNoticeArgs = {
  body: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  title: Scalars['String']['input'];
};


export type MutationRecallTicketArgs = {
  id: Scalars['ID']['input'];
  windowNumber: Scalars['Int']['input'];
};


export type MutationRejectStaffRequestArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationRequestDeliveryWindowArgs = {
  input: DeliveryWindowRequestInput;
};


export type MutationRequestHallEntryArgs = {
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestLeaveArgs = {
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  leaveFrom: Scalars['String']['input'];
  leaveTo: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetDutyRosterArgs = {
  date: Scalars['String']['input'];
  duties: Array<DutyInput>;
  hallId: Scalars['ID']['input'];
};


export type MutationSkipTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTakeTicketArgs = {
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  priority?: InputMaybe<PriorityClaimInput>;
};


export type MutationTransferTicketArgs = {
  id: Scalars['ID']['input'];
  toWindowNumber: Scalars['Int']['input'];
};

/** A notice (通知) from a hall manager to the staff of the hall. */
export type Notice = {
  __typename?: 'Notice';
  /** Text of the notice. */
  body: Scalars['String']['output'];
  /** Hall whose staff the notice addresses. */
  hall: Hall;
  /** Notice id. */
  id: Scalars['ID']['output'];
  /** When it was published (ISO 8601, UTC). */
  publishedAt: Scalars['String']['output'];
  /** Name of the hall manager who published it. */
  publishedByName: Scalars['String']['output'];
  /** Whether the viewer has confirmed reading it. */
  readByMe: Scalars['Boolean']['output'];
  /** Number of staff members who confirmed reading it. */
  readCount: Scalars['Int']['output'];
  /** Read receipts, oldest first; null unless the viewer is the hall manager. */
  receipts?: Maybe<Array<NoticeReceipt>>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A staff member's confirmation of having read a notice. */
export type NoticeReceipt = {
  __typename?: 'NoticeReceipt';
  /** When the reader confirmed (ISO 8601, UTC). */
  readAt: Scalars['String']['output'];
  /** Name of the reader. */
  staffName: Scalars['String']['output'];
  /** User id of the reader. */
  staffUserId: Scalars['ID']['output'];
};

/** A case or evaluation figure of a performance report row. */
export type PerformanceCaseFigure =
  /** averageLevel */
  | 'AVERAGE_LEVEL'
  /** casesHandled */
  | 'CASES_HANDLED'
  /** evaluations */
  | 'EVALUATIONS'
  /** satisfied */
  | 'SATISFIED';

/** Performance of the staff and windows of a hall over a period. */
export type PerformanceReport = {
  __typename?: 'PerformanceReport';
  /** Whether case figures came from the cases subgraph; when false, the case fields of every row are null. */
  caseStatsAvailable: Scalars['Boolean']['output'];
  /** First day of the period (YYYY-MM-DD, Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Hall of the report. */
  hall: Hall;
  /** Staff members who served tickets, attended or are known at the hall, by name. */
  staff: Array<StaffPerformance>;
  /** Last day of the period (YYYY-MM-DD, Asia/Shanghai), inclusive. */
  to: Scalars['String']['output'];
  /** Every window of the hall, by number. */
  windows: Array<WindowPerformance>;
};

/**
 * Proof of a priority claim at the kiosk. The document number is checked and
 * then discarded: tickets never store it.
 */
export type PriorityClaimInput = {
  /**
   * For ELDERLY, the 18-character resident ID-card number of a person aged 60
   * or more on the service date. For DISABILITY, the 20-character number of a
   * disability certificate: the holder's ID-card number, the disability
   * category (1 to 7) and the grade (1 to 4).
   */
  document: Scalars['String']['input'];
  /** ELDERLY or DISABILITY; APPOINTMENT priority comes only from checkInAppointment. */
  reason: PriorityReason;
};

/** Why a ticket is called before ordinary tickets. */
export type PriorityReason =
  /** Issued at the check-in of an appointment (办事预约). */
  | 'APPOINTMENT'
  /** The holder has a disability, shown by a disability certificate (残疾人证). */
  | 'DISABILITY'
  /** The holder is 60 or older, shown by a resident ID card. */
  | 'ELDERLY';

export type Query = {
  __typename?: 'Query';
  /** Appointment rules of a hall, by business category. Public. */
  appointmentSlotRules: Array<AppointmentSlotRule>;
  /**
   * Slots of a hall and business category on one Asia/Shanghai date
   * (YYYY-MM-DD) that have not started yet, with their free places. Public;
   * empty when no rule covers the day.
   */
  appointmentSlots: Array<AppointmentSlot>;
  /** Duty rosters of a hall from one date to another (YYYY-MM-DD, at most 62 days), by date. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  dutyRosters: Array<DutyRoster>;
  /** One hall by id; null when it does not exist. */
  hall?: Maybe<Hall>;
  /**
   * Bookings of a hall on one Asia/Shanghai date (YYYY-MM-DD), cancelled ones
   * included, by slot start and place. Needs CLERK, WINDOW_STAFF or
   * HALL_MANAGER working at the hall.
   * `first` is 1 to 100 (50 by default) and `offset` skips that many rows.
   */
  hallAppointments: Array<Appointment>;
  /** Attendance of a hall on one Asia/Shanghai date (YYYY-MM-DD). Needs HALL_MANAGER of that hall. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  hallAttendance: Array<Attendance>;
  /** Halls in the order of their last change, after the cursor `after`; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the halls.directory dataset. SYSTEM only. */
  hallChanges: HallChangePage;
  /** Notices of a hall, newest first. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  hallNotices: Array<Notice>;
  /**
   * Performance of a hall's staff and windows over whole days from one date to
   * another (YYYY-MM-DD, Asia/Shanghai, at most 366 days). Needs HALL_MANAGER
   * of the hall, or SUPERVISOR or ANALYST whose division subtree contains it.
   * A reader with a department gets small case and evaluation figures withheld
   * (see WithheldFigure), and may ask only for whole calendar months: `from` is
   * the first day of a month and `to` the last day of the same or a later month.
   * Other periods are rejected with BAD_USER_INPUT and `extensions.field`,
   * because the difference of two overlapping periods would give the exact
   * figures of single days. Readers without a department may ask for any period.
   */
  hallPerformance: PerformanceReport;
  /** The same report as hallPerformance as CSV text, UTF-8 with a byte-order mark, with the same access rules and periods. */
  hallPerformanceCsv: Scalars['String']['output'];
  /** Staff members known at a hall, by name. Needs HALL_MANAGER of the hall. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  hallStaff: Array<HallStaffMember>;
  /** Queue figures of the halls in a period and division subtree, by hall, division and month. ANALYST, SUPERVISOR and ADMIN, within their own division subtree; counts only, no personal data. Queues belong to halls, not departments, so a department in the filter is ignored. */
  hallStatistics: HallStatistics;
  /** Halls whose division lies in the subtree of `divisionCode` (all halls when omitted), sorted by level from CITY to VILLAGE, then by id. */
  halls: Array<Hall>;
  /** The signed-in citizen's appointment notifications, newest first. Needs CITIZEN. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myAppointmentNotifications: Array<AppointmentNotification>;
  /** The signed-in citizen's appointments, latest slot first. Needs CITIZEN. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myAppointments: Array<Appointment>;
  /**
   * Live figures of a hall's queue for a monitor screen. Public; NOT_FOUND for
   * an unknown hall. The PWA polls it; see the README for why.
   */
  queueMonitor: QueueMonitor;
  /** Today's queue length of a hall. Public; NOT_FOUND for an unknown hall. */
  queueStatus: QueueStatus;
  /**
   * Leave and entry requests of a hall, newest first. Needs HALL_MANAGER of the
   * hall, or hall staff of the hall (who see their own requests, and all of
   * them when designated window manager).
   * `first` is 1 to 100 (50 by default) and `offset` skips that many rows.
   */
  staffRequests: Array<StaffRequest>;
  /**
   * Booked appointments of a hall whose slot has not ended and during which
   * no window serving their category is open any more (stranded by an earlier
   * window change), by slot start and place. Needs HALL_MANAGER of that hall.
   * `first` is 1 to 100 (50 by default) and `offset` skips that many rows.
   */
  strandedAppointments: Array<Appointment>;
  /** Queue tickets in the order of their last change, after the cursor `after`; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the halls.tickets dataset. SYSTEM only. */
  ticketChanges: TicketChangePage;
  /**
   * The ticket being served at a window, its waiting count and today's skipped
   * tickets. Needs CLERK, WINDOW_STAFF or HALL_MANAGER who may call at the window.
   */
  windowQueue: WindowQueue;
};


export type QueryAppointmentSlotRulesArgs = {
  hallId: Scalars['ID']['input'];
};


export type QueryAppointmentSlotsArgs = {
  category: BusinessCategory;
  date: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
};


export type QueryDutyRostersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QueryHallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHallAppointmentsArgs = {
  date: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHallAttendanceArgs = {
  date: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHallChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHallNoticesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHallPerformanceArgs = {
  from: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryHallPerformanceCsvArgs = {
  from: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryHallStaffArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHallStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryHallsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyAppointmentNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQueueMonitorArgs = {
  hallId: Scalars['ID']['input'];
};


export type QueryQueueStatusArgs = {
  hallId: Scalars['ID']['input'];
};


export type QueryStaffRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStrandedAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTicketChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWindowQueueArgs = {
  hallId: Scalars['ID']['input'];
  windowNumber: Scalars['Int']['input'];
};

/** Queue figures of one group: the calls of tickets at windows on service days of the period. */
export type QueueFigures = {
  __typename?: 'QueueFigures';
  /** Average seconds from the call to the end of service of served calls; null without served calls. */
  averageServiceSeconds?: Maybe<Scalars['Float']['output']>;
  /** Average seconds from taking a ticket to its first call; null without first calls. */
  averageWaitSeconds?: Maybe<Scalars['Float']['output']>;
  /** Division of the row; set on rows by division. */
  division?: Maybe<Division>;
  /** Hall of the row; set on rows by hall. */
  hall?: Maybe<Hall>;
  /** Month of the row, YYYY-MM in Asia/Shanghai; set on rows by month. */
  month?: Maybe<Scalars['String']['output']>;
  /** Calls that ended with the ticket served. */
  served: Scalars['Int']['output'];
  /** Calls that ended with the ticket skipped (the holder did not come). */
  skipped: Scalars['Int']['output'];
  /** Calls that ended with the ticket transferred to another window. */
  transferred: Scalars['Int']['output'];
};

/** Live figures of one hall's queue for a monitor screen; no personal data. */
export type QueueMonitor = {
  __typename?: 'QueueMonitor';
  /** Instant the figures were computed (ISO 8601, UTC). */
  asOf: Scalars['String']['output'];
  /** Waiting tickets by business category, in the order of the enum. */
  categories: Array<CategoryQueue>;
  /** Hall the figures belong to. */
  hall: Hall;
  /** Seconds the longest-waiting ticket has waited; 0 when nobody waits. */
  maxWaitSeconds: Scalars['Int']['output'];
  /** The last 10 calls of today, newest first. */
  recentCalls: Array<Ticket>;
  /** Number of today's tickets still waiting. */
  waitingCount: Scalars['Int']['output'];
  /** Every window of the hall, by number. */
  windows: Array<WindowMonitor>;
};

/** Queue length of a hall for today in Asia/Shanghai. */
export type QueueStatus = {
  __typename?: 'QueueStatus';
  /** Instant the figures were computed (ISO 8601, UTC). */
  asOf: Scalars['String']['output'];
  /** Hall the figures belong to. */
  hall: Hall;
  /** Seconds the longest-waiting ticket has waited; 0 when nobody waits. */
  maxWaitSeconds: Scalars['Int']['output'];
  /** Number of today's tickets still waiting. */
  waitingCount: Scalars['Int']['output'];
};

/** One staff member's figures over a period. */
export type StaffPerformance = {
  __typename?: 'StaffPerformance';
  /** Mean evaluation level, 1 (very dissatisfied) to 5 (very satisfied); null without evaluations. */
  averageLevel?: Maybe<Scalars['Float']['output']>;
  /** Mean seconds from call to finish of the served tickets; null without any. */
  averageServiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** Mean seconds the served tickets waited before their first call; null without any. */
  averageWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Cases on which the staff member recorded a handling step within the period; null when case figures are unavailable. */
  casesHandled?: Maybe<Scalars['Int']['output']>;
  /** Days with an attendance check-in. */
  daysPresent: Scalars['Int']['output'];
  /** Evaluations of cases the staff member accepted; null when unavailable. */
  evaluations?: Maybe<Scalars['Int']['output']>;
  /** Days of approved leave within the period. */
  leaveDays: Scalars['Int']['output'];
  /** Of those, evaluations rated 满意 or 非常满意; null when unavailable. */
  satisfied?: Maybe<Scalars['Int']['output']>;
  /** Name of the staff member. */
  staffName: Scalars['String']['output'];
  /** User id of the staff member. */
  staffUserId: Scalars['ID']['output'];
  /** Tickets the staff member served. */
  ticketsServed: Scalars['Int']['output'];
  /** Tickets the staff member skipped. */
  ticketsSkipped: Scalars['Int']['output'];
  /** Tickets the staff member transferred away to another window. */
  ticketsTransferred: Scalars['Int']['output'];
  /** Case and evaluation figures of this row withheld from the viewer, whose fields are then null; empty when every figure is exact. */
  withheld: Array<WithheldFigure>;
};

/**
 * A staff request that two levels approve in order: first a window manager of
 * the hall (a hall staff member whom the hall manager designated with
 * designateWindowManager), then the hall manager (HALL_MANAGER of the hall).
 */
export type StaffRequest = {
  __typename?: 'StaffRequest';
  /** Hall the request belongs to. */
  hall: Hall;
  /** Request id. */
  id: Scalars['ID']['output'];
  /** Leave (请假) or entry into the hall (入驻). */
  kind: StaffRequestKind;
  /** First day of leave (YYYY-MM-DD, Asia/Shanghai); null for an entry request. */
  leaveFrom?: Maybe<Scalars['String']['output']>;
  /** Last day of leave (YYYY-MM-DD, Asia/Shanghai); null for an entry request. */
  leaveTo?: Maybe<Scalars['String']['output']>;
  /** Reason given by the requester. */
  reason: Scalars['String']['output'];
  /** When the request was made (ISO 8601, UTC). */
  requestedAt: Scalars['String']['output'];
  /** User id of the staff member who asked. */
  requesterId: Scalars['ID']['output'];
  /** Name of the staff member who asked. */
  requesterName: Scalars['String']['output'];
  /** Where the request stands. */
  status: StaffRequestStatus;
  /** Decisions taken so far, oldest first. */
  steps: Array<ApprovalStep>;
};

/** Kind of staff request. */
export type StaffRequestKind =
  /** 入驻: the requester starts working at the hall. */
  | 'ENTRY'
  /** 请假: leave from work for whole days. */
  | 'LEAVE';

/** State of a staff request. */
export type StaffRequestStatus =
  /** Both levels approved. */
  | 'APPROVED'
  /** Window manager approved; waits for the hall manager. */
  | 'PENDING_HALL_MANAGER'
  /** Waits for a window manager of the hall. */
  | 'PENDING_WINDOW_MANAGER'
  /** Rejected at one level; nothing follows. */
  | 'REJECTED';

/** Period and jurisdiction of a statistics query; the viewer's own division subtree and department always bound it. */
export type StatisticsFilter = {
  /** Department counted; every department when omitted. A viewer who belongs to a department always counts only it. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Root of the division subtree counted; the viewer's own division when omitted. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive. */
  from: Scalars['String']['input'];
  /** Last day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive; at most 731 days after `from`. */
  to: Scalars['String']['input'];
};

/**
 * Action configureWindows takes on booked appointments that the new windows
 * leave without any open window of their category during their slot
 * (stranded bookings). A stranded booking could be checked in, but no
 * window would ever call its ticket.
 */
export type StrandedAppointmentAction =
  /** Save the change, then cancel every booking the new windows cannot serve and notify each citizen. */
  | 'CANCEL_AND_NOTIFY'
  /** Reject the change with APPOINTMENTS_STRANDED; its extensions give `count`, `categories` and up to 10 `dates` (YYYY-MM-DD, Asia/Shanghai). */
  | 'REJECT';

/** Result of cancelStrandedAppointments. */
export type StrandedCancellation = {
  __typename?: 'StrandedCancellation';
  /** The bookings this request cancelled, by slot start and place. */
  appointments: Array<Appointment>;
  /** When the request ran (ISO 8601, UTC). */
  cancelledAt: Scalars['String']['output'];
  /** Number of bookings this request cancelled. */
  cancelledCount: Scalars['Int']['output'];
  /** Hall whose bookings were cancelled. */
  hall: Hall;
  /** Id of the request, derived from the manager and the idempotency key. */
  id: Scalars['ID']['output'];
};

/**
 * Reason a published statistic is withheld. Viewers who may not read the
 * underlying records get counts from 1 to `threshold` − 1 withheld, together
 * with the cells that would let a reader recompute them from a total.
 */
export type SuppressionReason =
  /** The rate or average is computed from a withheld count, which it would give back. */
  | 'DERIVED'
  /** The count is from 1 to threshold − 1, so it could point to a person. */
  | 'PRIMARY'
  /** The count is withheld so that a PRIMARY count of the same group cannot be derived as the total minus the other published counts. */
  | 'SECONDARY';

/** A queue ticket (排队号) of one hall, business category and day. Ticket data holds no personal data. */
export type Ticket = {
  __typename?: 'Ticket';
  /** When a window last called the ticket (ISO 8601, UTC); null before the first call. */
  calledAt?: Maybe<Scalars['String']['output']>;
  /** Business category the ticket was taken for. */
  category: BusinessCategory;
  /** When the ticket was served or skipped (ISO 8601, UTC); null before. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Hall the ticket was taken at. */
  hall: Hall;
  /** Ticket id (UUID). */
  id: Scalars['ID']['output'];
  /** Ticket number shown and called out: the category letter and a sequence of at least 3 digits that restarts every day in Asia/Shanghai, such as A001. */
  number: Scalars['String']['output'];
  /** Whether windows call the ticket before ordinary tickets: appointment check-ins, the elderly and people with disabilities. */
  priority: Scalars['Boolean']['output'];
  /** Why the ticket has priority; null for an ordinary ticket. */
  priorityReason?: Maybe<PriorityReason>;
  /** Times the ticket was called again at the window (重呼). */
  recallCount: Scalars['Int']['output'];
  /** Calendar date in Asia/Shanghai (YYYY-MM-DD) on which the ticket is valid. */
  serviceDate: Scalars['String']['output'];
  /** Where the ticket stands. */
  status: TicketStatus;
  /** When the ticket was taken (ISO 8601, UTC). */
  takenAt: Scalars['String']['output'];
  /** Times the ticket was transferred to another window. */
  transferCount: Scalars['Int']['output'];
  /** Seconds from taking the ticket to its first call; null before the first call. */
  waitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Window that last called the ticket, or that a transfer sent it to; null before. */
  window?: Maybe<Window>;
  /** Number of the window that last called the ticket, or that a transfer sent it to; null before. */
  windowNumber?: Maybe<Scalars['Int']['output']>;
};

/** A queue ticket as the change feed returns it. */
export type TicketChange = {
  __typename?: 'TicketChange';
  /** Business category. */
  category: Scalars['String']['output'];
  /** Division code of the hall; null when the hall no longer exists. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** Hall id. */
  hallId: Scalars['String']['output'];
  /** Ticket id. */
  id: Scalars['ID']['output'];
  /** Ticket number shown to the taker, such as A001. */
  number: Scalars['String']['output'];
  /** Calendar date of the queue in Asia/Shanghai, YYYY-MM-DD. */
  serviceDate: Scalars['String']['output'];
  /** Whole minutes from taking the ticket to its first call; null until it is called. */
  waitedMinutes?: Maybe<Scalars['Int']['output']>;
};

/** One page of the queue tickets change feed. */
export type TicketChangePage = {
  __typename?: 'TicketChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Tickets, oldest change first. */
  records: Array<TicketChange>;
};

/** State of a queue ticket. */
export type TicketStatus =
  /** Called to a window and being served there. */
  | 'CALLED'
  /** Served; the window finished it or called the next ticket. */
  | 'SERVED'
  /** Skipped (过号) because the holder did not come when called; a recall brings it back to a window the same day. */
  | 'SKIPPED'
  /** Waiting to be called, also after a transfer to another window. */
  | 'WAITING';

/** A time range of a day in Asia/Shanghai wall-clock time. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** End, HH:MM (Asia/Shanghai), after the start. */
  end: Scalars['String']['output'];
  /** Start, HH:MM (Asia/Shanghai). */
  start: Scalars['String']['output'];
};

/** A time range of a day in Asia/Shanghai wall-clock time, such as 09:00 to 12:00. */
export type TimeWindowInput = {
  /** End, HH:MM (Asia/Shanghai), after the start. */
  end: Scalars['String']['input'];
  /** Start, HH:MM (Asia/Shanghai). */
  start: Scalars['String']['input'];
};

/** A service window of a hall. */
export type Window = {
  __typename?: 'Window';
  /** User ids of the staff assigned to the window; when the list is not empty, only they and the hall manager call tickets there. */
  assignedStaffUserIds: Array<Scalars['ID']['output']>;
  /** Business categories whose tickets this window calls. */
  businessCategories: Array<BusinessCategory>;
  /** Whether the window accepts several business categories or one department's business. */
  category: WindowCategory;
  /** Department code of a dedicated window; null for a comprehensive window. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Hall the window belongs to. */
  hall: Hall;
  /** Window id: the hall id, a slash and the window number, such as hall-500238/1. */
  id: Scalars['ID']['output'];
  /** Whether the window takes in and hands out documents sent by post (邮寄窗口). */
  mail: Scalars['Boolean']['output'];
  /** Window name shown above the counter. */
  name: Scalars['String']['output'];
  /** Window number, unique within the hall, from 1. */
  number: Scalars['Int']['output'];
  /** Whether the window also opens on public holidays; it always opens on adjusted working days (调休上班) besides its weekdays. */
  openOnHolidays: Scalars['Boolean']['output'];
  /** Opening hours of each open day, in Asia/Shanghai wall-clock time; an end of 24:00 closes at midnight. */
  openingTimes: Array<TimeWindow>;
  /** ISO weekdays the window opens, 1 (Monday) to 7 (Sunday), ascending. */
  weekdays: Array<Scalars['Int']['output']>;
};

/** Kind of service window. */
export type WindowCategory =
  /** 综合窗口: accepts several business categories (一窗综办). */
  | 'COMPREHENSIVE'
  /** 专窗: serves the business of one department. */
  | 'DEDICATED';

/** One window of a hall as its manager configures it. */
export type WindowInput = {
  /** Staff members of the hall (see hallStaff) assigned to the window; may be empty. */
  assignedStaffUserIds: Array<Scalars['ID']['input']>;
  /** Business categories the window calls; at least one. A dedicated window serves one department's business. */
  businessCategories: Array<BusinessCategory>;
  /** COMPREHENSIVE or DEDICATED. */
  category: WindowCategory;
  /** For a DEDICATED window, a department stationed in the hall; null for a COMPREHENSIVE window. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Whether the window is a mail window (邮寄窗口). */
  mail: Scalars['Boolean']['input'];
  /** Window name, 1 to 50 characters. */
  name: Scalars['String']['input'];
  /** Window number, unique within the hall, 1 to 99. */
  number: Scalars['Int']['input'];
  /** Whether the window also opens on public holidays of the holiday calendar. Default: false. */
  openOnHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  /** Opening hours of each open day, HH:MM in Asia/Shanghai, not overlapping; an end may be 24:00. */
  openingTimes: Array<TimeWindowInput>;
  /** ISO weekdays the window opens, 1 to 7. */
  weekdays: Array<Scalars['Int']['input']>;
};

/** State of one window on the monitor. */
export type WindowMonitor = {
  __typename?: 'WindowMonitor';
  /** Mean seconds from call to finish of today's tickets served at the window; null before the first. */
  averageServiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** Seconds since the current ticket was called; null when the window is free. */
  currentServiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** Ticket being served at the window; null when the window is free. */
  currentTicket?: Maybe<Ticket>;
  /** Tickets served at the window today. */
  servedToday: Scalars['Int']['output'];
  /** Tickets the window could call now: waiting tickets of its categories plus those transferred to it. */
  waitingCount: Scalars['Int']['output'];
  /** The window. */
  window: Window;
};

/** One window's figures over a period. */
export type WindowPerformance = {
  __typename?: 'WindowPerformance';
  /** Mean level of those evaluations from 1 to 5; null without any or when case figures are unavailable. */
  averageLevel?: Maybe<Scalars['Float']['output']>;
  /** Mean seconds from call to finish of the served tickets; null without any. */
  averageServiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** Mean seconds the served tickets waited before their first call; null without any. */
  averageWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Cases of the hall accepted within the period by the staff members now assigned to the window; null when case figures are unavailable. */
  casesHandled?: Maybe<Scalars['Int']['output']>;
  /** Days within the period on which the window called at least one ticket. */
  daysStaffed: Scalars['Int']['output'];
  /** Evaluations given within the period that record the window as the one that served the case; null when case figures are unavailable. */
  evaluations?: Maybe<Scalars['Int']['output']>;
  /** Of those, the ones rated 满意 or 非常满意; null when case figures are unavailable. */
  satisfied?: Maybe<Scalars['Int']['output']>;
  /** Tickets served at the window. */
  ticketsServed: Scalars['Int']['output'];
  /** Tickets skipped at the window. */
  ticketsSkipped: Scalars['Int']['output'];
  /** Tickets the window transferred to another window. */
  ticketsTransferred: Scalars['Int']['output'];
  /** The window. */
  window: Window;
  /** Case and evaluation figures of this row withheld from the viewer, whose fields are then null; empty when every figure is exact. */
  withheld: Array<WithheldFigure>;
};

/** What a window's call page shows: the ticket being served and today's skipped tickets. */
export type WindowQueue = {
  __typename?: 'WindowQueue';
  /** Ticket being served at the window; null when the window is free. */
  currentTicket?: Maybe<Ticket>;
  /** Tickets of the window's categories skipped today, which a recall can bring back, latest first. */
  skippedTickets: Array<Ticket>;
  /** Tickets the window could call now. */
  waitingCount: Scalars['Int']['output'];
  /** The window. */
  window: Window;
};

/**
 * A case or evaluation figure withheld from the viewer. A supervisor or analyst
 * with a department may read only that department's cases, but the figures of a
 * performance report cover every department at the hall. For such a viewer,
 * counts from 1 to 4, the complement that would give one back (evaluations =
 * satisfied + the others) and averages over withheld counts are withheld.
 */
export type WithheldFigure = {
  __typename?: 'WithheldFigure';
  /** The figure withheld. */
  figure: PerformanceCaseFigure;
  /** Text shown in its place: <5 for PRIMARY, x otherwise. */
  marker: Scalars['String']['output'];
  /** Why it is withheld. */
  reason: SuppressionReason;
  /** Smallest count published to the viewer. */
  threshold: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Division: Division;
  Hall: Hall;
  Ticket: Ticket;
  Window: Window;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"code":true}> );
  Hall:
    ( { __typename: 'Hall' }
    & GraphQLRecursivePick<FederationTypes['Hall'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
  Window:
    ( { __typename: 'Window' }
    & GraphQLRecursivePick<FederationTypes['Window'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appointment: ResolverTypeWrapper<AppointmentDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppointmentCanceller: AppointmentCanceller;
  AppointmentNotification: ResolverTypeWrapper<AppointmentNotificationDocument>;
  AppointmentNotificationKind: AppointmentNotificationKind;
  AppointmentSlot: ResolverTypeWrapper<AppointmentSlotView>;
  AppointmentSlotRule: ResolverTypeWrapper<SlotRuleDocument>;
  AppointmentStatus: AppointmentStatus;
  ApprovalLevel: ApprovalLevel;
  ApprovalStep: ResolverTypeWrapper<ApprovalStepDocument>;
  Attendance: ResolverTypeWrapper<AttendanceDocument>;
  BusinessCategory: BusinessCategory;
  CategoryQueue: ResolverTypeWrapper<CategoryQueue>;
  DeliveryWindowAssignment: ResolverTypeWrapper<DeliveryWindowDocument>;
  DeliveryWindowRequestInput: DeliveryWindowRequestInput;
  Division: ResolverTypeWrapper<DivisionReference>;
  Duty: ResolverTypeWrapper<DutyView>;
  DutyInput: DutyInput;
  DutyRoster: ResolverTypeWrapper<DutyRosterDocument>;
  DutyShift: DutyShift;
  Hall: ResolverTypeWrapper<HallDocument>;
  HallChange: ResolverTypeWrapper<HallChange>;
  HallChangePage: ResolverTypeWrapper<HallChangePage>;
  HallLevel: HallLevel;
  HallSettingsInput: HallSettingsInput;
  HallStaffMember: ResolverTypeWrapper<HallStaffDocument>;
  HallStatistics: ResolverTypeWrapper<HallStatisticsParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<NoticeView>;
  NoticeReceipt: ResolverTypeWrapper<NoticeReceiptDocument>;
  PerformanceCaseFigure: PerformanceCaseFigure;
  PerformanceReport: ResolverTypeWrapper<PerformanceReportView>;
  PriorityClaimInput: PriorityClaimInput;
  PriorityReason: PriorityReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueFigures: ResolverTypeWrapper<Omit<QueueFigures, 'division' | 'hall'> & { division?: Maybe<ResolversTypes['Division']>, hall?: Maybe<ResolversTypes['Hall']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  QueueMonitor: ResolverTypeWrapper<QueueMonitorView>;
  QueueStatus: ResolverTypeWrapper<QueueStatusView>;
  StaffPerformance: ResolverTypeWrapper<StaffPerformance>;
  StaffRequest: ResolverTypeWrapper<StaffRequestDocument>;
  StaffRequestKind: StaffRequestKind;
  StaffRequestStatus: StaffRequestStatus;
  StatisticsFilter: StatisticsFilter;
  StrandedAppointmentAction: StrandedAppointmentAction;
  StrandedCancellation: ResolverTypeWrapper<StrandedCancellationDocument>;
  SuppressionReason: SuppressionReason;
  Ticket: ResolverTypeWrapper<TicketDocument>;
  TicketChange: ResolverTypeWrapper<TicketChange>;
  TicketChangePage: ResolverTypeWrapper<TicketChangePage>;
  TicketStatus: TicketStatus;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  Window: ResolverTypeWrapper<WindowView>;
  WindowCategory: WindowCategory;
  WindowInput: WindowInput;
  WindowMonitor: ResolverTypeWrapper<WindowMonitorView>;
  WindowPerformance: ResolverTypeWrapper<WindowPerformanceView>;
  WindowQueue: ResolverTypeWrapper<WindowQueueView>;
  WithheldFigure: ResolverTypeWrapper<WithheldFigure>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appointment: AppointmentDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AppointmentNotification: AppointmentNotificationDocument;
  AppointmentSlot: AppointmentSlotView;
  AppointmentSlotRule: SlotRuleDocument;
  ApprovalStep: ApprovalStepDocument;
  Attendance: AttendanceDocument;
  CategoryQueue: CategoryQueue;
  DeliveryWindowAssignment: DeliveryWindowDocument;
  DeliveryWindowRequestInput: DeliveryWindowRequestInput;
  Division: DivisionReference;
  Duty: DutyView;
  DutyInput: DutyInput;
  DutyRoster: DutyRosterDocument;
  Hall: HallDocument;
  HallChange: HallChange;
  HallChangePage: HallChangePage;
  HallSettingsInput: HallSettingsInput;
  HallStaffMember: HallStaffDocument;
  HallStatistics: HallStatisticsParent;
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeView;
  NoticeReceipt: NoticeReceiptDocument;
  PerformanceReport: PerformanceReportView;
  PriorityClaimInput: PriorityClaimInput;
  Query: Record<PropertyKey, never>;
  QueueFigures: Omit<QueueFigures, 'division' | 'hall'> & { division?: Maybe<ResolversParentTypes['Division']>, hall?: Maybe<ResolversParentTypes['Hall']> };
  Float: Scalars['Float']['output'];
  QueueMonitor: QueueMonitorView;
  QueueStatus: QueueStatusView;
  StaffPerformance: StaffPerformance;
  StaffRequest: StaffRequestDocument;
  StatisticsFilter: StatisticsFilter;
  StrandedCancellation: StrandedCancellationDocument;
  Ticket: TicketDocument;
  TicketChange: TicketChange;
  TicketChangePage: TicketChangePage;
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
  Window: WindowView;
  WindowInput: WindowInput;
  WindowMonitor: WindowMonitorView;
  WindowPerformance: WindowPerformanceView;
  WindowQueue: WindowQueueView;
  WithheldFigure: WithheldFigure;
};

export type AppointmentResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = {
  bookedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledBy?: Resolver<Maybe<ResolversTypes['AppointmentCanceller']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateCancellation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppointmentStatus'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
};

export type AppointmentNotificationResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['AppointmentNotification'] = ResolversParentTypes['AppointmentNotification']> = {
  appointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppointmentNotificationKind'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentSlotResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['AppointmentSlot'] = ResolversParentTypes['AppointmentSlot']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentSlotRuleResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['AppointmentSlotRule'] = ResolversParentTypes['AppointmentSlotRule']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  slotMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeWindows?: Resolver<Array<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ApprovalStepResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['ApprovalStep'] = ResolversParentTypes['ApprovalStep']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ApprovalLevel'], ParentType, ContextType>;
  opinion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  checkedInAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedOutAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CategoryQueueResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['CategoryQueue'] = ResolversParentTypes['CategoryQueue']> = {
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  maxWaitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryWindowAssignmentResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['DeliveryWindowAssignment'] = ResolversParentTypes['DeliveryWindowAssignment']> = {
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType>;
};

export type DutyResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = {
  shift?: Resolver<ResolversTypes['DutyShift'], ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
};

export type DutyRosterResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['DutyRoster'] = ResolversParentTypes['DutyRoster']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['Duty']>, ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HallResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Hall'] = ResolversParentTypes['Hall'], FederationReferenceType extends FederationReferenceTypes['Hall'] = FederationReferenceTypes['Hall']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hall']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAppointmentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  departmentCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HallLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
};

export type HallChangeResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallChange'] = ResolversParentTypes['HallChange']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HallChangePageResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallChangePage'] = ResolversParentTypes['HallChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['HallChange']>, ParentType, ContextType>;
};

export type HallStaffMemberResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallStaffMember'] = ResolversParentTypes['HallStaffMember']> = {
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  windowManager?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HallStatisticsResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallStatistics'] = ResolversParentTypes['HallStatistics']> = {
  byDivision?: Resolver<Array<ResolversTypes['QueueFigures']>, ParentType, ContextType, RequireFields<HallStatisticsByDivisionArgs, 'first'>>;
  byHall?: Resolver<Array<ResolversTypes['QueueFigures']>, ParentType, ContextType, RequireFields<HallStatisticsByHallArgs, 'first'>>;
  byMonth?: Resolver<Array<ResolversTypes['QueueFigures']>, ParentType, ContextType, RequireFields<HallStatisticsByMonthArgs, 'first'>>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['QueueFigures'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveStaffRequest?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationApproveStaffRequestArgs, 'id' | 'opinion'>>;
  bookAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'category' | 'hallId' | 'idempotencyKey' | 'startsAt'>>;
  callNext?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<MutationCallNextArgs, 'hallId' | 'windowNumber'>>;
  cancelAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'id'>>;
  cancelStrandedAppointments?: Resolver<ResolversTypes['StrandedCancellation'], ParentType, ContextType, RequireFields<MutationCancelStrandedAppointmentsArgs, 'hallId' | 'idempotencyKey'>>;
  checkInAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCheckInAppointmentArgs, 'id'>>;
  checkInAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationCheckInAttendanceArgs, 'hallId'>>;
  checkOutAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationCheckOutAttendanceArgs, 'hallId'>>;
  configureAppointmentSlots?: Resolver<ResolversTypes['AppointmentSlotRule'], ParentType, ContextType, RequireFields<MutationConfigureAppointmentSlotsArgs, 'capacity' | 'category' | 'hallId' | 'slotMinutes' | 'timeWindows' | 'weekdays'>>;
  configureHall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType, RequireFields<MutationConfigureHallArgs, 'hallId' | 'input'>>;
  configureWindows?: Resolver<ResolversTypes['Hall'], ParentType, ContextType, RequireFields<MutationConfigureWindowsArgs, 'hallId' | 'strandedAppointments' | 'windows'>>;
  designateWindowManager?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDesignateWindowManagerArgs, 'hallId' | 'staffUserId'>>;
  finishTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationFinishTicketArgs, 'id'>>;
  markNoticeRead?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationMarkNoticeReadArgs, 'id'>>;
  publishNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationPublishNoticeArgs, 'body' | 'hallId' | 'idempotencyKey' | 'title'>>;
  recallTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRecallTicketArgs, 'id' | 'windowNumber'>>;
  rejectStaffRequest?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRejectStaffRequestArgs, 'id' | 'opinion'>>;
  requestDeliveryWindow?: Resolver<ResolversTypes['DeliveryWindowAssignment'], ParentType, ContextType, RequireFields<MutationRequestDeliveryWindowArgs, 'input'>>;
  requestHallEntry?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRequestHallEntryArgs, 'hallId' | 'idempotencyKey' | 'reason'>>;
  requestLeave?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'hallId' | 'idempotencyKey' | 'leaveFrom' | 'leaveTo' | 'reason'>>;
  setDutyRoster?: Resolver<ResolversTypes['DutyRoster'], ParentType, ContextType, RequireFields<MutationSetDutyRosterArgs, 'date' | 'duties' | 'hallId'>>;
  skipTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSkipTicketArgs, 'id'>>;
  takeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationTakeTicketArgs, 'category' | 'hallId' | 'idempotencyKey'>>;
  transferTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationTransferTicketArgs, 'id' | 'toWindowNumber'>>;
};

export type NoticeResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipts?: Resolver<Maybe<Array<ResolversTypes['NoticeReceipt']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoticeReceiptResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['NoticeReceipt'] = ResolversParentTypes['NoticeReceipt']> = {
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PerformanceReportResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['PerformanceReport'] = ResolversParentTypes['PerformanceReport']> = {
  caseStatsAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffPerformance']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['WindowPerformance']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  appointmentSlotRules?: Resolver<Array<ResolversTypes['AppointmentSlotRule']>, ParentType, ContextType, RequireFields<QueryAppointmentSlotRulesArgs, 'hallId'>>;
  appointmentSlots?: Resolver<Array<ResolversTypes['AppointmentSlot']>, ParentType, ContextType, RequireFields<QueryAppointmentSlotsArgs, 'category' | 'date' | 'hallId'>>;
  dutyRosters?: Resolver<Array<ResolversTypes['DutyRoster']>, ParentType, ContextType, RequireFields<QueryDutyRostersArgs, 'first' | 'from' | 'hallId' | 'offset' | 'to'>>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType, RequireFields<QueryHallArgs, 'id'>>;
  hallAppointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryHallAppointmentsArgs, 'date' | 'first' | 'hallId' | 'offset'>>;
  hallAttendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<QueryHallAttendanceArgs, 'date' | 'first' | 'hallId' | 'offset'>>;
  hallChanges?: Resolver<ResolversTypes['HallChangePage'], ParentType, ContextType, RequireFields<QueryHallChangesArgs, 'first'>>;
  hallNotices?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryHallNoticesArgs, 'first' | 'hallId' | 'offset'>>;
  hallPerformance?: Resolver<ResolversTypes['PerformanceReport'], ParentType, ContextType, RequireFields<QueryHallPerformanceArgs, 'from' | 'hallId' | 'to'>>;
  hallPerformanceCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryHallPerformanceCsvArgs, 'from' | 'hallId' | 'to'>>;
  hallStaff?: Resolver<Array<ResolversTypes['HallStaffMember']>, ParentType, ContextType, RequireFields<QueryHallStaffArgs, 'first' | 'hallId' | 'offset'>>;
  hallStatistics?: Resolver<ResolversTypes['HallStatistics'], ParentType, ContextType, RequireFields<QueryHallStatisticsArgs, 'filter'>>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType, Partial<QueryHallsArgs>>;
  myAppointmentNotifications?: Resolver<Array<ResolversTypes['AppointmentNotification']>, ParentType, ContextType, RequireFields<QueryMyAppointmentNotificationsArgs, 'first' | 'offset'>>;
  myAppointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryMyAppointmentsArgs, 'first' | 'offset'>>;
  queueMonitor?: Resolver<ResolversTypes['QueueMonitor'], ParentType, ContextType, RequireFields<QueryQueueMonitorArgs, 'hallId'>>;
  queueStatus?: Resolver<ResolversTypes['QueueStatus'], ParentType, ContextType, RequireFields<QueryQueueStatusArgs, 'hallId'>>;
  staffRequests?: Resolver<Array<ResolversTypes['StaffRequest']>, ParentType, ContextType, RequireFields<QueryStaffRequestsArgs, 'first' | 'hallId' | 'offset'>>;
  strandedAppointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryStrandedAppointmentsArgs, 'first' | 'hallId' | 'offset'>>;
  ticketChanges?: Resolver<ResolversTypes['TicketChangePage'], ParentType, ContextType, RequireFields<QueryTicketChangesArgs, 'first'>>;
  windowQueue?: Resolver<ResolversTypes['WindowQueue'], ParentType, ContextType, RequireFields<QueryWindowQueueArgs, 'hallId' | 'windowNumber'>>;
};

export type QueueFiguresResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['QueueFigures'] = ResolversParentTypes['QueueFigures']> = {
  averageServiceSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageWaitSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueueMonitorResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['QueueMonitor'] = ResolversParentTypes['QueueMonitor']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['CategoryQueue']>, ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  maxWaitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentCalls?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['WindowMonitor']>, ParentType, ContextType>;
};

export type QueueStatusResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['QueueStatus'] = ResolversParentTypes['QueueStatus']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  maxWaitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffPerformanceResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['StaffPerformance'] = ResolversParentTypes['StaffPerformance']> = {
  averageLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageServiceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  casesHandled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysPresent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leaveDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ticketsServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsTransferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['WithheldFigure']>, ParentType, ContextType>;
};

export type StaffRequestResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['StaffRequest'] = ResolversParentTypes['StaffRequest']> = {
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StaffRequestKind'], ParentType, ContextType>;
  leaveFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requesterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requesterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StaffRequestStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ApprovalStep']>, ParentType, ContextType>;
};

export type StrandedCancellationResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['StrandedCancellation'] = ResolversParentTypes['StrandedCancellation']> = {
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  cancelledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TicketResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  calledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priorityReason?: Resolver<Maybe<ResolversTypes['PriorityReason']>, ParentType, ContextType>;
  recallCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['Window']>, ParentType, ContextType>;
  windowNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TicketChangeResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['TicketChange'] = ResolversParentTypes['TicketChange']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hallId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TicketChangePageResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['TicketChangePage'] = ResolversParentTypes['TicketChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['TicketChange']>, ParentType, ContextType>;
};

export type TimeWindowResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WindowResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Window'] = ResolversParentTypes['Window'], FederationReferenceType extends FederationReferenceTypes['Window'] = FederationReferenceTypes['Window']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Window']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedStaffUserIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  businessCategories?: Resolver<Array<ResolversTypes['BusinessCategory']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['WindowCategory'], ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openOnHolidays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingTimes?: Resolver<Array<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WindowMonitorResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['WindowMonitor'] = ResolversParentTypes['WindowMonitor']> = {
  averageServiceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentServiceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentTicket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  servedToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
};

export type WindowPerformanceResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['WindowPerformance'] = ResolversParentTypes['WindowPerformance']> = {
  averageLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageServiceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  casesHandled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysStaffed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfied?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ticketsServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsTransferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['WithheldFigure']>, ParentType, ContextType>;
};

export type WindowQueueResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['WindowQueue'] = ResolversParentTypes['WindowQueue']> = {
  currentTicket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  skippedTickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
};

export type WithheldFigureResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['WithheldFigure'] = ResolversParentTypes['WithheldFigure']> = {
  figure?: Resolver<ResolversTypes['PerformanceCaseFigure'], ParentType, ContextType>;
  marker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SuppressionReason'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = HallsContext> = {
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentNotification?: AppointmentNotificationResolvers<ContextType>;
  AppointmentSlot?: AppointmentSlotResolvers<ContextType>;
  AppointmentSlotRule?: AppointmentSlotRuleResolvers<ContextType>;
  ApprovalStep?: ApprovalStepResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  CategoryQueue?: CategoryQueueResolvers<ContextType>;
  DeliveryWindowAssignment?: DeliveryWindowAssignmentResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Duty?: DutyResolvers<ContextType>;
  DutyRoster?: DutyRosterResolvers<ContextType>;
  Hall?: HallResolvers<ContextType>;
  HallChange?: HallChangeResolvers<ContextType>;
  HallChangePage?: HallChangePageResolvers<ContextType>;
  HallStaffMember?: HallStaffMemberResolvers<ContextType>;
  HallStatistics?: HallStatisticsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeReceipt?: NoticeReceiptResolvers<ContextType>;
  PerformanceReport?: PerformanceReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueFigures?: QueueFiguresResolvers<ContextType>;
  QueueMonitor?: QueueMonitorResolvers<ContextType>;
  QueueStatus?: QueueStatusResolvers<ContextType>;
  StaffPerformance?: StaffPerformanceResolvers<ContextType>;
  StaffRequest?: StaffRequestResolvers<ContextType>;
  StrandedCancellation?: StrandedCancellationResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketChange?: TicketChangeResolvers<ContextType>;
  TicketChangePage?: TicketChangePageResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  Window?: WindowResolvers<ContextType>;
  WindowMonitor?: WindowMonitorResolvers<ContextType>;
  WindowPerformance?: WindowPerformanceResolvers<ContextType>;
  WindowQueue?: WindowQueueResolvers<ContextType>;
  WithheldFigure?: WithheldFigureResolvers<ContextType>;
};

