import type { GraphQLResolveInfo } from 'graphql';
import type { HallDocument, TicketDocument, SlotRuleDocument, AppointmentDocument, AttendanceDocument, StaffRequestDocument, ApprovalStepDocument } from '../model.js';
import type { DivisionReference, HallsContext } from '../resolvers.js';
import type { QueueStatus as QueueStatusView } from '../queue.js';
import type { AppointmentSlotView } from '../appointments.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** Business category of the appointment. */
  category: BusinessCategory;
  /** Slot end (ISO 8601, UTC). */
  endsAt: Scalars['String']['output'];
  /** Hall of the appointment. */
  hall: Hall;
  /** Appointment id. */
  id: Scalars['ID']['output'];
  /** Calendar date of the slot in Asia/Shanghai (YYYY-MM-DD). */
  localDate: Scalars['String']['output'];
  /** Start time in Asia/Shanghai, HH:MM. */
  localStart: Scalars['String']['output'];
  /** Place number within the slot, from 1. */
  placeNumber: Scalars['Int']['output'];
  /** Slot start (ISO 8601, UTC). */
  startsAt: Scalars['String']['output'];
  /** State as of now; a booking not checked in by the slot end reads NO_SHOW. */
  status: AppointmentStatus;
  /** Priority ticket issued at check-in; null before check-in. */
  ticket?: Maybe<Ticket>;
};

/** One bookable slot of a hall and business category. */
export type AppointmentSlot = {
  __typename?: 'AppointmentSlot';
  /** Places of the slot. */
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
  /** Number of bookings one slot takes. */
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
  /** ISO weekdays with slots, 1 (Monday) to 7 (Sunday), ascending. */
  weekdays: Array<Scalars['Int']['output']>;
};

/** State of an appointment. */
export type AppointmentStatus =
  /** Booked and not yet checked in; the slot has not ended. */
  | 'BOOKED'
  /** Cancelled by the citizen before the slot started. */
  | 'CANCELLED'
  /** Checked in at the hall; a priority ticket was issued. */
  | 'CHECKED_IN'
  /** Not checked in by the slot end. */
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

/** An administrative division, owned by the identity subgraph; this subgraph adds the halls that serve it. */
export type Division = {
  __typename?: 'Division';
  /** Division code (2 to 12 digits). */
  code: Scalars['String']['output'];
  /** Halls and service points of this division and of the divisions inside it, city level first, then by id. Public, like every hall. */
  halls: Array<Hall>;
};

/**
 * A government-service hall (政务服务中心) or service point (便民服务中心/站)
 * where people apply in person. Hall data is public information.
 */
export type Hall = {
  __typename?: 'Hall';
  /** Street address. */
  address: Scalars['String']['output'];
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
  /** Opening hours as published to the public, in Chinese. */
  openingHours: Scalars['String']['output'];
  /** Consultation phone number. */
  phone: Scalars['String']['output'];
  /** Service windows, ordered by window number. */
  windows: Array<HallWindow>;
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

/** A service window of a hall. */
export type HallWindow = {
  __typename?: 'HallWindow';
  /** Business categories whose tickets this window calls. */
  businessCategories: Array<BusinessCategory>;
  /** Whether the window accepts several business categories or one department's business. */
  category: WindowCategory;
  /** Department code of a dedicated window; null for a comprehensive window. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Window name shown above the counter. */
  name: Scalars['String']['output'];
  /** Window number, unique within the hall, from 1. */
  number: Scalars['Int']['output'];
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
   * returns the first booking. SLOT_FULL when every place is taken, also when
   * bookings race for the last place; ALREADY_BOOKED when the citizen holds
   * another booking for the slot. A booking not checked in by the slot end
   * counts as a no-show: after 3 no-shows within 30 days, booking is paused
   * for 14 days from the third one (BOOKING_PAUSED, with `pausedUntil`). A
   * citizen holds at most 3 bookings of slots that have not started
   * (BOOKING_LIMIT_REACHED).
   */
  bookAppointment: Appointment;
  /**
   * Calls the oldest waiting ticket of today that the window serves, priority
   * tickets from appointment check-ins first; null when none waits. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall or
   * with the hall in their division subtree.
   */
  callNext?: Maybe<Ticket>;
  /** Cancels the citizen's own booking before its slot starts; the place becomes free. INVALID_STATE afterwards. */
  cancelAppointment: Appointment;
  /**
   * Checks in a booking at the hall and issues a priority ticket, from 30
   * minutes before the slot start until the slot end (CHECK_IN_CLOSED
   * otherwise). The citizen who booked, or CLERK, WINDOW_STAFF or HALL_MANAGER
   * working at the hall, may check in. A repeated check-in returns the same
   * ticket.
   */
  checkInAppointment: Appointment;
  /** Records the viewer's arrival at their own hall today (Asia/Shanghai); a second check-in on the same day returns the first record. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall. */
  checkInAttendance: Attendance;
  /** Records the viewer's departure from their own hall today; INVALID_STATE without a check-in today. A repeated check-out keeps the first time. */
  checkOutAttendance: Attendance;
  /**
   * Sets the appointment rule of a hall and business category that one of its
   * windows serves, replacing the earlier rule; bookings made stay valid. Needs
   * HALL_MANAGER of that hall. Capacity 1 to 500, slotMinutes 5 to 240, time
   * windows on whole minutes that do not overlap.
   */
  configureAppointmentSlots: AppointmentSlotRule;
  /** Designates a staff member of the hall as window manager, the first approval level of staff requests. Needs HALL_MANAGER of the hall. */
  designateWindowManager: Scalars['Boolean']['output'];
  /** Rejects a staff request at its current level, which ends it; the same rules as approveStaffRequest apply. */
  rejectStaffRequest: StaffRequest;
  /**
   * Asks to start working at a hall in the viewer's division subtree. Needs
   * CLERK or WINDOW_STAFF. Once both levels approve, the requester is staff of
   * the hall. A retry with the same idempotencyKey returns the first request.
   */
  requestHallEntry: StaffRequest;
  /**
   * Asks for leave for whole days (YYYY-MM-DD, Asia/Shanghai, from today on)
   * at the viewer's own hall. Needs CLERK or WINDOW_STAFF working at the hall.
   * A retry with the same idempotencyKey returns the first request.
   */
  requestLeave: StaffRequest;
  /**
   * Takes a queue ticket at a hall for a business category that one of its
   * windows serves. Public. A retry with the same idempotencyKey (8 to 100
   * letters, digits, - or _) returns the first ticket; reusing a key for another
   * hall or category is a CONFLICT.
   */
  takeTicket: Ticket;
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


export type MutationDesignateWindowManagerArgs = {
  hallId: Scalars['ID']['input'];
  staffName: Scalars['String']['input'];
  staffUserId: Scalars['ID']['input'];
};


export type MutationRejectStaffRequestArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
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


export type MutationTakeTicketArgs = {
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

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
  /** One hall by id; null when it does not exist. */
  hall?: Maybe<Hall>;
  /**
   * Bookings of a hall on one Asia/Shanghai date (YYYY-MM-DD), cancelled ones
   * included, by slot start and place. Needs CLERK, WINDOW_STAFF or
   * HALL_MANAGER working at the hall.
   */
  hallAppointments: Array<Appointment>;
  /** Attendance of a hall on one Asia/Shanghai date (YYYY-MM-DD). Needs HALL_MANAGER of that hall. */
  hallAttendance: Array<Attendance>;
  /** Halls whose division lies in the subtree of `divisionCode` (all halls when omitted), sorted by level from CITY to VILLAGE, then by id. */
  halls: Array<Hall>;
  /** The signed-in citizen's appointments, latest slot first. Needs CITIZEN. */
  myAppointments: Array<Appointment>;
  /** Today's queue length of a hall. Public; NOT_FOUND for an unknown hall. */
  queueStatus: QueueStatus;
  /**
   * Leave and entry requests of a hall, newest first. Needs HALL_MANAGER of the
   * hall, or hall staff of the hall (who see their own requests, and all of
   * them when designated window manager).
   */
  staffRequests: Array<StaffRequest>;
};


export type QueryAppointmentSlotRulesArgs = {
  hallId: Scalars['ID']['input'];
};


export type QueryAppointmentSlotsArgs = {
  category: BusinessCategory;
  date: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
};


export type QueryHallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHallAppointmentsArgs = {
  date: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
};


export type QueryHallAttendanceArgs = {
  date: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
};


export type QueryHallsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQueueStatusArgs = {
  hallId: Scalars['ID']['input'];
};


export type QueryStaffRequestsArgs = {
  hallId: Scalars['ID']['input'];
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

/** A queue ticket (排队号) of one hall, business category and day. */
export type Ticket = {
  __typename?: 'Ticket';
  /** When a window called the ticket (ISO 8601, UTC); null while waiting. */
  calledAt?: Maybe<Scalars['String']['output']>;
  /** Business category the ticket was taken for. */
  category: BusinessCategory;
  /** Hall the ticket was taken at. */
  hall: Hall;
  /** Ticket id (UUID). */
  id: Scalars['ID']['output'];
  /** Ticket number shown and called out: the category letter and a sequence of at least 3 digits that restarts every day in Asia/Shanghai, such as A001. */
  number: Scalars['String']['output'];
  /** Whether the ticket was issued at an appointment check-in; windows call priority tickets before the others. */
  priority: Scalars['Boolean']['output'];
  /** Calendar date in Asia/Shanghai (YYYY-MM-DD) on which the ticket is valid. */
  serviceDate: Scalars['String']['output'];
  /** Whether the ticket still waits or was called. */
  status: TicketStatus;
  /** When the ticket was taken (ISO 8601, UTC). */
  takenAt: Scalars['String']['output'];
  /** Number of the window that called the ticket; null while waiting. */
  windowNumber?: Maybe<Scalars['Int']['output']>;
};

/** State of a queue ticket. */
export type TicketStatus =
  /** Called to a window. */
  | 'CALLED'
  /** Waiting to be called. */
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

/** Kind of service window. */
export type WindowCategory =
  /** 综合窗口: accepts several business categories (一窗综办). */
  | 'COMPREHENSIVE'
  /** 专窗: serves the business of one department. */
  | 'DEDICATED';



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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"code":true}> );
  Hall:
    ( { __typename: 'Hall' }
    & GraphQLRecursivePick<FederationTypes['Hall'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appointment: ResolverTypeWrapper<AppointmentDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppointmentSlot: ResolverTypeWrapper<AppointmentSlotView>;
  AppointmentSlotRule: ResolverTypeWrapper<SlotRuleDocument>;
  AppointmentStatus: AppointmentStatus;
  ApprovalLevel: ApprovalLevel;
  ApprovalStep: ResolverTypeWrapper<ApprovalStepDocument>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Attendance: ResolverTypeWrapper<AttendanceDocument>;
  BusinessCategory: BusinessCategory;
  Division: ResolverTypeWrapper<DivisionReference>;
  Hall: ResolverTypeWrapper<HallDocument>;
  HallLevel: HallLevel;
  HallWindow: ResolverTypeWrapper<HallWindow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueStatus: ResolverTypeWrapper<QueueStatusView>;
  StaffRequest: ResolverTypeWrapper<StaffRequestDocument>;
  StaffRequestKind: StaffRequestKind;
  StaffRequestStatus: StaffRequestStatus;
  Ticket: ResolverTypeWrapper<TicketDocument>;
  TicketStatus: TicketStatus;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  WindowCategory: WindowCategory;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appointment: AppointmentDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AppointmentSlot: AppointmentSlotView;
  AppointmentSlotRule: SlotRuleDocument;
  ApprovalStep: ApprovalStepDocument;
  Boolean: Scalars['Boolean']['output'];
  Attendance: AttendanceDocument;
  Division: DivisionReference;
  Hall: HallDocument;
  HallWindow: HallWindow;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  QueueStatus: QueueStatusView;
  StaffRequest: StaffRequestDocument;
  Ticket: TicketDocument;
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
};

export type AppointmentResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = {
  bookedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppointmentStatus'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
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

export type DivisionResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType>;
};

export type HallResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Hall'] = ResolversParentTypes['Hall'], FederationReferenceType extends FederationReferenceTypes['Hall'] = FederationReferenceTypes['Hall']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hall']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HallLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['HallWindow']>, ParentType, ContextType>;
};

export type HallWindowResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallWindow'] = ResolversParentTypes['HallWindow']> = {
  businessCategories?: Resolver<Array<ResolversTypes['BusinessCategory']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['WindowCategory'], ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveStaffRequest?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationApproveStaffRequestArgs, 'id' | 'opinion'>>;
  bookAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'category' | 'hallId' | 'idempotencyKey' | 'startsAt'>>;
  callNext?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<MutationCallNextArgs, 'hallId' | 'windowNumber'>>;
  cancelAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'id'>>;
  checkInAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCheckInAppointmentArgs, 'id'>>;
  checkInAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationCheckInAttendanceArgs, 'hallId'>>;
  checkOutAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationCheckOutAttendanceArgs, 'hallId'>>;
  configureAppointmentSlots?: Resolver<ResolversTypes['AppointmentSlotRule'], ParentType, ContextType, RequireFields<MutationConfigureAppointmentSlotsArgs, 'capacity' | 'category' | 'hallId' | 'slotMinutes' | 'timeWindows' | 'weekdays'>>;
  designateWindowManager?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDesignateWindowManagerArgs, 'hallId' | 'staffName' | 'staffUserId'>>;
  rejectStaffRequest?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRejectStaffRequestArgs, 'id' | 'opinion'>>;
  requestHallEntry?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRequestHallEntryArgs, 'hallId' | 'idempotencyKey' | 'reason'>>;
  requestLeave?: Resolver<ResolversTypes['StaffRequest'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'hallId' | 'idempotencyKey' | 'leaveFrom' | 'leaveTo' | 'reason'>>;
  takeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationTakeTicketArgs, 'category' | 'hallId' | 'idempotencyKey'>>;
};

export type QueryResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  appointmentSlotRules?: Resolver<Array<ResolversTypes['AppointmentSlotRule']>, ParentType, ContextType, RequireFields<QueryAppointmentSlotRulesArgs, 'hallId'>>;
  appointmentSlots?: Resolver<Array<ResolversTypes['AppointmentSlot']>, ParentType, ContextType, RequireFields<QueryAppointmentSlotsArgs, 'category' | 'date' | 'hallId'>>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType, RequireFields<QueryHallArgs, 'id'>>;
  hallAppointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryHallAppointmentsArgs, 'date' | 'hallId'>>;
  hallAttendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<QueryHallAttendanceArgs, 'date' | 'hallId'>>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType, Partial<QueryHallsArgs>>;
  myAppointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  queueStatus?: Resolver<ResolversTypes['QueueStatus'], ParentType, ContextType, RequireFields<QueryQueueStatusArgs, 'hallId'>>;
  staffRequests?: Resolver<Array<ResolversTypes['StaffRequest']>, ParentType, ContextType, RequireFields<QueryStaffRequestsArgs, 'hallId'>>;
};

export type QueueStatusResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['QueueStatus'] = ResolversParentTypes['QueueStatus']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  maxWaitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type TicketResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = {
  calledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TimeWindowResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = HallsContext> = {
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentSlot?: AppointmentSlotResolvers<ContextType>;
  AppointmentSlotRule?: AppointmentSlotRuleResolvers<ContextType>;
  ApprovalStep?: ApprovalStepResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Hall?: HallResolvers<ContextType>;
  HallWindow?: HallWindowResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueStatus?: QueueStatusResolvers<ContextType>;
  StaffRequest?: StaffRequestResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
};

