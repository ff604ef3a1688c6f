import {
  ACCESS_POLICY,
  hashRequest,
  reusedIdempotencyKey,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  ErrorCode,
  forbidden,
  isDuplicateKeyError,
  notFound,
  Role,
  shanghaiDate,
  type Viewer,
  offsetPageWindow,
  type OffsetPageArguments,
} from '@ykb/common';
import type {
  AppointmentDocument,
  BusinessCategory,
  HallDocument,
  HallModels,
  SlotRuleDocument,
} from './model.js';
import {
  checkCategory,
  getHall,
  takeTicket,
  type QueueDependencies,
} from './queue.js';
import {
  checkTimeRanges,
  checkWeekdays,
  requireIdempotencyKey,
  upsertAtVersion,
} from './checks.js';
import {
  isAdjustedWorkingDay,
  requireCategoryOpenDuring,
  requireSlotsWithinOpeningHours,
  slotTimes,
  windowOpenDuring,
} from './openingHours.js';
import { cancelIfStranded } from './strandedAppointments.js';
import {
  DAY_MS,
  MINUTE_MS,
  idFromKey,
  isoWeekday,
  parseInstant,
  parseLocalDate,
  shanghaiInstant,
} from './shanghaiTime.js';

/**
 * Appointments (办事预约). A slot has `capacity` places, and a booking
 * takes one place by inserting the claim `place:<slot>#<n>`. A citizen
 * keeps at most one booking per slot, because each booking also inserts
 * the claim `citizen:<slot>#<userId>`. FerretDB 1.24 enforces the unique `_id` index
 * on insert only, and counts or `$inc` lose concurrent changes there, so
 * places are never counted before they are taken: the insert decides.
 */

/** How far ahead a slot may be booked. */
export const BOOKING_HORIZON_MS = 14 * DAY_MS;
/** Check-in opens this long before the slot start and closes at the slot end. */
export const CHECK_IN_OPENS_MS = 30 * MINUTE_MS;
/** This many no-shows within NO_SHOW_SPAN_MS pause booking for BOOKING_PAUSE_MS. */
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_SPAN_MS = 30 * DAY_MS;
export const BOOKING_PAUSE_MS = 14 * DAY_MS;
/** A citizen hold without its booking after this long was left by a crashed request. */
const ABANDONED_HOLD_MS = 60_000;
/** A cancellation less than this before the slot start counts like a no-show. */
export const LATE_CANCEL_MS = 2 * 60 * MINUTE_MS;

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface AppointmentSlotView extends Slot {
  capacity: number;
  freePlaces: number;
}

/** Id of the appointment rule of a hall and business category. */
export function ruleId(hallId: string, category: string): string {
  return `${hallId}/${category}`;
}

function slotIdOf(hallId: string, category: string, startsAt: Date): string {
  return `${hallId}/${category}/${startsAt.toISOString()}`;
}

/**
 * Slots of a rule on one Asia/Shanghai date, in time order. Like a window,
 * a rule offers slots on its ISO weekdays and on adjusted working days.
 */
export function slotsOfDay(rule: SlotRuleDocument, date: string): Slot[] {
  if (!rule.weekdays.includes(isoWeekday(date)) && !isAdjustedWorkingDay(date))
    return [];
  return slotTimes(rule.timeWindows, rule.slotMinutes).map((slot) => ({
    startsAt: shanghaiInstant(date, slot.start),
    endsAt: shanghaiInstant(date, slot.end),
  }));
}

/**
 * Places of one slot. A rule's capacity counts every window serving its
 * category, so a slot during which only some of them are open gets the
 * same share of the capacity, rounded up, and 0 when none is open.
 */
export function slotCapacity(
  hall: HallDocument,
  rule: Pick<SlotRuleDocument, 'category' | 'capacity'>,
  slot: Slot,
): number {
  const serving = hall.windows.filter((w) =>
    w.businessCategories.includes(rule.category),
  );
  const open = serving.filter((w) =>
    windowOpenDuring(w, slot.startsAt, slot.endsAt),
  );
  if (open.length === 0) return 0;
  return Math.ceil((rule.capacity * open.length) / serving.length);
}

/**
 * Records as NO_SHOW every booking matching `filter` that is still BOOKED
 * after its slot ended, each under its version claim, so a check-in racing
 * the record cannot both succeed. Returns how many were recorded.
 */
export async function recordNoShows(
  models: HallModels,
  filter: Record<string, unknown>,
  now: Date,
): Promise<number> {
  const missed = await models.Appointment.find({
    ...filter,
    status: 'BOOKED',
    endsAt: { $lte: now },
  })
    .limit(1000)
    .lean<AppointmentDocument[]>();
  let recorded = 0;
  for (const booking of missed) {
    const changed = await changeAtVersion(
      models.Appointment,
      booking._id,
      booking.version,
      { set: { status: 'NO_SHOW' } },
    );
    if (changed) {
      recorded += 1;
      await releaseClaims(models, booking._id);
    }
  }
  return recorded;
}

/** Frees every place, hold and open-booking claim of a booking. */
export function releaseClaims(models: HallModels, appointmentId: string) {
  return models.SlotClaim.deleteMany({ appointmentId });
}

export interface ConfigureSlotsArgs {
  hallId: string;
  category: string;
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
  slotMinutes: number;
  capacity: number;
}

function checkRule(args: ConfigureSlotsArgs) {
  const weekdays = checkWeekdays(args.weekdays, 'weekdays');
  if (
    !Number.isInteger(args.slotMinutes) ||
    args.slotMinutes < 5 ||
    args.slotMinutes > 240
  )
    throw badInput('slotMinutes must be a whole number from 5 to 240.', {
      field: 'slotMinutes',
    });
  if (
    !Number.isInteger(args.capacity) ||
    args.capacity < 1 ||
    args.capacity > 500
  )
    throw badInput('capacity must be a whole number from 1 to 500.', {
      field: 'capacity',
    });
  return {
    weekdays,
    timeWindows: checkTimeRanges(
      args.timeWindows,
      'timeWindows',
      args.slotMinutes,
    ),
    slotMinutes: args.slotMinutes,
    capacity: args.capacity,
  };
}

/** Sets the appointment rule of a hall and category; only the manager of that hall may. */
export async function configureAppointmentSlots(
  deps: QueueDependencies,
  args: ConfigureSlotsArgs,
  viewer: Viewer | undefined,
): Promise<SlotRuleDocument> {
  const { models } = deps;
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.configureAppointmentSlots'],
  );
  const hall = await getHall(models, args.hallId);
  if (manager.hallId !== hall._id)
    throw forbidden(
      `Only the manager of hall ${hall._id} sets its appointment slots.`,
    );
  const category = checkCategory(hall, args.category);
  const rule = checkRule(args);
  requireSlotsWithinOpeningHours(hall, category, rule);
  const fields = { ...rule, updatedBy: manager.userId };
  const id = ruleId(hall._id, category);
  return upsertAtVersion<SlotRuleDocument>(
    models.SlotRule,
    id,
    { hallId: hall._id, category, ...fields },
    fields,
    `The appointment rule of ${id} was changed at the same time; reload and retry.`,
  );
}

/** Appointment rules of a hall, by category. */
export async function appointmentSlotRules(
  models: HallModels,
  hallId: string,
): Promise<SlotRuleDocument[]> {
  const hall = await getHall(models, hallId);
  return models.SlotRule.find({ hallId: hall._id })
    .sort({ category: 1 })
    .lean<SlotRuleDocument[]>();
}

/** Slots of a date that have not started, with their free places. */
export async function appointmentSlots(
  deps: QueueDependencies,
  args: { hallId: string; category: string; date: string },
): Promise<AppointmentSlotView[]> {
  const { models } = deps;
  const hall = await getHall(models, args.hallId);
  const date = parseLocalDate(args.date, 'date');
  const rule = await models.SlotRule.findById(
    ruleId(hall._id, args.category),
  ).lean<SlotRuleDocument>();
  if (!rule) return [];
  const now = deps.now();
  const slots = slotsOfDay(rule, date)
    .filter((slot) => slot.startsAt > now)
    .map((slot) => ({ ...slot, capacity: slotCapacity(hall, rule, slot) }))
    .filter((slot) => slot.capacity > 0);
  const ids = slots.map((slot) =>
    slotIdOf(hall._id, rule.category, slot.startsAt),
  );
  const claims = await models.SlotClaim.find({ slotId: { $in: ids } })
    .select({ _id: 1, slotId: 1 })
    .lean<{ _id: string; slotId: string }[]>();
  const taken = new Map<string, number>();
  for (const claim of claims) {
    if (claim._id.startsWith('place:'))
      taken.set(claim.slotId, (taken.get(claim.slotId) ?? 0) + 1);
  }
  return slots.map((slot, i) => ({
    ...slot,
    freePlaces: Math.max(0, slot.capacity - (taken.get(ids[i]!) ?? 0)),
  }));
}

/** Maximum bookings of slots that have not started per citizen, so that no one citizen takes a whole day's places. */
export const MAX_OPEN_BOOKINGS = 3;

/**
 * End of the citizen's booking pause, or null. No-shows and late
 * cancellations count as misses, at the slot end and at the cancellation
 * time respectively. The third miss within NO_SHOW_SPAN_MS pauses booking
 * for BOOKING_PAUSE_MS from that miss. Overdue bookings are recorded as
 * NO_SHOW first.
 */
export async function bookingPausedUntil(
  models: HallModels,
  citizenId: string,
  now: Date,
): Promise<Date | null> {
  await recordNoShows(models, { citizenId }, now);
  const since = new Date(now.getTime() - NO_SHOW_SPAN_MS - BOOKING_PAUSE_MS);
  const [noShows, lateCancels] = await Promise.all([
    models.Appointment.find({
      citizenId,
      status: 'NO_SHOW',
      endsAt: { $gt: since, $lte: now },
    })
      .select({ endsAt: 1 })
      .lean<{ endsAt: Date }[]>(),
    models.Appointment.find({
      citizenId,
      status: 'CANCELLED',
      lateCancellation: true,
      cancelledAt: { $gt: since, $lte: now },
    })
      .select({ cancelledAt: 1 })
      .lean<{ cancelledAt: Date }[]>(),
  ]);
  const missed = [
    ...noShows.map((b) => b.endsAt.getTime()),
    ...lateCancels.map((b) => b.cancelledAt.getTime()),
  ].sort((x, y) => x - y);
  let until: number | null = null;
  for (let i = NO_SHOW_LIMIT - 1; i < missed.length; i += 1) {
    const last = missed[i]!;
    const first = missed[i - NO_SHOW_LIMIT + 1]!;
    if (last - first <= NO_SHOW_SPAN_MS)
      until = Math.max(until ?? 0, last + BOOKING_PAUSE_MS);
  }
  return until !== null && until > now.getTime() ? new Date(until) : null;
}

/**
 * Inserts a slot claim for an appointment, or returns the claim of the
 * appointment that took it first. Returns null when the holder released it meanwhile and
 * the claim stayed free over three attempts.
 */
async function claimFor(
  models: HallModels,
  claimId: string,
  slotId: string,
  appointmentId: string,
  now: Date,
): Promise<{ appointmentId: string; claimedAt: Date } | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await models.SlotClaim.create({
        _id: claimId,
        slotId,
        appointmentId,
        claimedAt: now,
      });
      return { appointmentId, claimedAt: now };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const holder = await models.SlotClaim.findById(claimId).lean<{
      appointmentId: string;
      claimedAt: Date;
    }>();
    if (holder) return holder;
  }
  return null;
}

/**
 * Takes the citizen's hold on a slot for `appointmentId`. A hold whose
 * booking was cancelled, or whose booking never appeared within
 * ABANDONED_HOLD_MS, is released and taken again.
 */
async function holdSlot(
  models: HallModels,
  slotId: string,
  citizenId: string,
  appointmentId: string,
  now: Date,
): Promise<void> {
  const holdId = `citizen:${slotId}#${citizenId}`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const holder = await claimFor(models, holdId, slotId, appointmentId, now);
    if (holder?.appointmentId === appointmentId) return;
    if (holder) {
      const booking = await models.Appointment.findById(
        holder.appointmentId,
      ).lean<AppointmentDocument>();
      const stale = booking
        ? booking.status === 'CANCELLED'
        : now.getTime() - holder.claimedAt.getTime() > ABANDONED_HOLD_MS;
      if (!stale) break;
      await models.SlotClaim.deleteOne({
        _id: holdId,
        appointmentId: holder.appointmentId,
      });
    }
  }
  throw appError(
    ErrorCode.AlreadyBooked,
    'You already hold a booking for this slot.',
  );
}

/**
 * Takes one of the citizen's MAX_OPEN_BOOKINGS open-booking claims
 * `open:<citizen>#<n>` for a new booking, so bookings racing from one
 * citizen cannot pass the limit. A claim no longer counts when its booking
 * was cancelled, checked in or missed, when its slot has started, or when
 * its booking never appeared within ABANDONED_HOLD_MS. Such a claim is
 * released and taken again.
 */
async function takeOpenBookingClaim(
  models: HallModels,
  citizenId: string,
  appointmentId: string,
  now: Date,
): Promise<void> {
  const group = `open:${citizenId}`;
  for (let round = 0; round < 2; round += 1) {
    for (let n = 1; n <= MAX_OPEN_BOOKINGS; n += 1) {
      const holder = await claimFor(
        models,
        `${group}#${n}`,
        group,
        appointmentId,
        now,
      );
      if (holder?.appointmentId === appointmentId) return;
    }
    const claims = await models.SlotClaim.find({ slotId: group }).lean<
      { _id: string; appointmentId: string; claimedAt: Date }[]
    >();
    const bookings = await models.Appointment.find({
      _id: { $in: claims.map((c) => c.appointmentId) },
    }).lean<AppointmentDocument[]>();
    let released = false;
    for (const claim of claims) {
      const booking = bookings.find((b) => b._id === claim.appointmentId);
      const stale = booking
        ? booking.status !== 'BOOKED' || booking.startsAt <= now
        : now.getTime() - claim.claimedAt.getTime() > ABANDONED_HOLD_MS;
      if (!stale) continue;
      await models.SlotClaim.deleteOne({
        _id: claim._id,
        appointmentId: claim.appointmentId,
      });
      released = true;
    }
    if (!released) break;
  }
  throw appError(
    ErrorCode.BookingLimitReached,
    `You already hold ${MAX_OPEN_BOOKINGS} bookings of slots that have not started; attend or cancel one first.`,
    { limit: MAX_OPEN_BOOKINGS },
  );
}

/**
 * Takes the lowest free place of a slot, or returns null when every place
 * is taken. Places numbered above the places offered, taken while the slot
 * had more places, still count against `capacity`. So only places 1 to
 * `limit` are offered, the largest limit for which those places plus the
 * taken ones above them fit the capacity. Concurrent bookings only release
 * places above the limit, so the inserts still decide.
 */
async function takePlace(
  models: HallModels,
  slotId: string,
  capacity: number,
  appointmentId: string,
  now: Date,
): Promise<number | null> {
  // The read only orders the attempts; the inserts decide who gets a place.
  const held = await models.SlotClaim.find({ slotId })
    .select({ _id: 1, appointmentId: 1 })
    .lean<{ _id: string; appointmentId: string }[]>();
  const taken = new Set(
    held.filter((c) => c.appointmentId !== appointmentId).map((c) => c._id),
  );
  const placePrefix = `place:${slotId}#`;
  const takenPlaces = [...taken]
    .filter((id) => id.startsWith(placePrefix))
    .map((id) => Number(id.slice(placePrefix.length)));
  let limit = capacity;
  while (
    limit > 0 &&
    limit + takenPlaces.filter((place) => place > limit).length > capacity
  )
    limit -= 1;
  for (let place = 1; place <= limit; place += 1) {
    const claimId = `place:${slotId}#${place}`;
    if (taken.has(claimId)) continue;
    const holder = await claimFor(models, claimId, slotId, appointmentId, now);
    if (holder?.appointmentId === appointmentId) return place;
  }
  return null;
}

export interface BookAppointmentArgs {
  hallId: string;
  category: string;
  startsAt: string;
  idempotencyKey: string;
}

function bookingRequestHash(args: BookAppointmentArgs, startsAt: Date): string {
  return hashRequest({
    hallId: args.hallId,
    category: args.category,
    startsAt: startsAt.toISOString(),
  });
}

function checkBookingReplay(
  booking: AppointmentDocument,
  args: BookAppointmentArgs,
  startsAt: Date,
): AppointmentDocument {
  const same = booking.requestHash
    ? booking.requestHash === bookingRequestHash(args, startsAt)
    : booking.hallId === args.hallId &&
      booking.category === args.category &&
      booking.startsAt.getTime() === startsAt.getTime();
  if (!same) throw reusedIdempotencyKey(args.idempotencyKey);
  // When a window change races the first request, the hall cancels the
  // booking and the request fails with HALL_CLOSED. A retry gets the same
  // error, because the cancelled booking returned as data reads like a
  // successful booking.
  if (booking.status === 'CANCELLED' && booking.cancelledBy === 'HALL')
    throw appError(
      ErrorCode.HallClosed,
      `Booking ${booking._id} of this idempotency key was cancelled by hall ${booking.hallId}, because no ${booking.category} window is open during its slot; choose another slot.`,
      { hallId: booking.hallId, category: booking.category },
    );
  return booking;
}

/** Books a place in a slot for the signed-in citizen; see the schema for the rules. */
export async function bookAppointment(
  deps: QueueDependencies,
  args: BookAppointmentArgs,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument> {
  const { models } = deps;
  const citizen = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.bookAppointment'],
  );
  requireIdempotencyKey(args.idempotencyKey);
  const startsAt = parseInstant(args.startsAt, 'startsAt');
  const id = idFromKey('appt', citizen.userId, args.idempotencyKey);
  const findFirst = () =>
    models.Appointment.findById(id).lean<AppointmentDocument>();
  const earlier = await findFirst();
  if (earlier) return checkBookingReplay(earlier, args, startsAt);

  const hall = await getHall(models, args.hallId);
  const category: BusinessCategory = checkCategory(hall, args.category);
  const now = deps.now();
  const pausedUntil = await bookingPausedUntil(models, citizen.userId, now);
  if (pausedUntil)
    throw appError(
      ErrorCode.BookingPaused,
      `Booking is paused until ${pausedUntil.toISOString()} after ${NO_SHOW_LIMIT} missed appointments within 30 days.`,
      { pausedUntil: pausedUntil.toISOString() },
    );

  const rule = await models.SlotRule.findById(
    ruleId(hall._id, category),
  ).lean<SlotRuleDocument>();
  const slot = rule
    ? slotsOfDay(rule, shanghaiDate(startsAt)).find(
        (s) => s.startsAt.getTime() === startsAt.getTime(),
      )
    : undefined;
  if (!rule || !slot)
    throw badInput(
      `Hall ${hall._id} offers no ${category} appointment slot starting at ${args.startsAt}.`,
      { field: 'startsAt' },
    );
  if (slot.startsAt <= now)
    throw badInput('This slot has already started; choose a later slot.', {
      field: 'startsAt',
    });
  if (slot.startsAt.getTime() - now.getTime() > BOOKING_HORIZON_MS)
    throw badInput('Slots can be booked at most 14 days ahead.', {
      field: 'startsAt',
    });

  requireCategoryOpenDuring(hall, category, slot.startsAt, slot.endsAt);
  const capacity = slotCapacity(hall, rule, slot);

  const slotId = slotIdOf(hall._id, category, slot.startsAt);
  await holdSlot(models, slotId, citizen.userId, id, now);
  let created: AppointmentDocument;
  try {
    await takeOpenBookingClaim(models, citizen.userId, id, now);
    const place = await takePlace(models, slotId, capacity, id, now);
    if (place === null)
      throw appError(
        ErrorCode.SlotFull,
        'Every place of this slot is taken; choose another slot.',
      );
    const inserted = await models.Appointment.create({
      _id: id,
      citizenId: citizen.userId,
      idempotencyKey: args.idempotencyKey,
      requestHash: bookingRequestHash(args, startsAt),
      hallId: hall._id,
      category,
      slotId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      placeNumber: place,
      status: 'BOOKED',
      bookedAt: now,
      version: 0,
    });
    created = inserted.toObject() as AppointmentDocument;
  } catch (error) {
    // A concurrent retry with the same key may have written the booking,
    // which owns the same claims; they are released only when it did not.
    const first = await findFirst();
    if (first) return checkBookingReplay(first, args, startsAt);
    await releaseClaims(models, id);
    throw error;
  }
  // A window change saved after the opening-hours check above may have
  // closed every window of the slot, and its own sweep for stranded
  // bookings may have run before this booking existed. Checking again after
  // the write leaves no booking stranded, because one of the two reads the
  // other's write.
  if (await cancelIfStranded(models, created, now))
    throw appError(
      ErrorCode.HallClosed,
      `Hall ${hall._id} closed every ${category} window of this slot while it was being booked; the booking was cancelled, choose another slot.`,
      { hallId: hall._id, category },
    );
  return created;
}

async function loadAppointment(
  models: HallModels,
  id: string,
): Promise<AppointmentDocument> {
  const appointment =
    await models.Appointment.findById(id).lean<AppointmentDocument>();
  if (!appointment) throw notFound('Appointment', id);
  return appointment;
}

/** Cancels the citizen's own booking before the slot starts and frees its place. */
export async function cancelAppointment(
  deps: QueueDependencies,
  id: string,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument> {
  const { models } = deps;
  const citizen = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.cancelAppointment'],
  );
  const appointment = await loadAppointment(models, id);
  // Another citizen's booking is reported as missing, so ids reveal nothing.
  if (appointment.citizenId !== citizen.userId)
    throw notFound('Appointment', id);
  const now = deps.now();
  if (appointment.status === 'CANCELLED') return appointment;
  if (appointment.status !== 'BOOKED' || appointment.startsAt <= now)
    throw appError(
      ErrorCode.InvalidState,
      'Only a booking whose slot has not started can be cancelled.',
    );
  const lateCancellation =
    appointment.startsAt.getTime() - now.getTime() < LATE_CANCEL_MS;
  const cancelled = await changeAtVersion<AppointmentDocument>(
    models.Appointment,
    id,
    appointment.version,
    {
      set: {
        status: 'CANCELLED',
        cancelledAt: now,
        cancelledBy: 'CITIZEN',
        lateCancellation,
      },
    },
  );
  if (!cancelled) {
    const current = await loadAppointment(models, id);
    if (current.status === 'CANCELLED') return current;
    throw appError(
      ErrorCode.Conflict,
      'The booking changed at the same time; reload it.',
    );
  }
  await releaseClaims(models, id);
  return cancelled;
}

/**
 * Checks a booking in and issues a priority ticket. The ticket's
 * idempotency key derives from the booking, so concurrent or repeated
 * check-ins share one ticket.
 */
export async function checkInAppointment(
  deps: QueueDependencies,
  id: string,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument> {
  const { models } = deps;
  const actor = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.checkInAppointment'],
  );
  const appointment = await loadAppointment(models, id);
  const ownBooking =
    actor.roles.includes(Role.Citizen) &&
    appointment.citizenId === actor.userId;
  const hallStaff =
    actor.hallId === appointment.hallId &&
    actor.roles.some((role) => role !== Role.Citizen);
  if (!ownBooking && !hallStaff) {
    if (!actor.roles.some((role) => role !== Role.Citizen))
      throw notFound('Appointment', id);
    throw forbidden(
      `Only staff of hall ${appointment.hallId} check in its appointments.`,
    );
  }
  if (appointment.status === 'CHECKED_IN')
    return issueCheckInTicket(deps, appointment, viewer);
  if (appointment.status !== 'BOOKED')
    throw appError(
      ErrorCode.InvalidState,
      appointment.status === 'CANCELLED'
        ? 'The booking was cancelled.'
        : 'The booking was missed: its slot ended without a check-in.',
    );
  const now = deps.now();
  if (
    now.getTime() < appointment.startsAt.getTime() - CHECK_IN_OPENS_MS ||
    now >= appointment.endsAt
  )
    throw appError(
      ErrorCode.CheckInClosed,
      'Check-in is open from 30 minutes before the slot start until the slot ends.',
      {
        opensAt: new Date(
          appointment.startsAt.getTime() - CHECK_IN_OPENS_MS,
        ).toISOString(),
        closesAt: appointment.endsAt.toISOString(),
      },
    );
  // The booking changes state first, under its version claim, and only the
  // winner issues a ticket: a cancel racing this check-in either wins, and
  // no ticket is issued, or loses with CONFLICT.
  const checkedIn = await changeAtVersion<AppointmentDocument>(
    models.Appointment,
    id,
    appointment.version,
    { set: { status: 'CHECKED_IN', checkedInAt: now } },
  );
  const current = checkedIn ?? (await loadAppointment(models, id));
  if (current.status !== 'CHECKED_IN')
    throw appError(
      ErrorCode.Conflict,
      'The booking changed at the same time; reload it.',
    );
  return issueCheckInTicket(deps, current, viewer);
}

/**
 * Issues the priority ticket of a checked-in booking and links it. The
 * ticket's idempotency key derives from the booking, so concurrent or
 * repeated check-ins, and a check-in retried after a crash between the two
 * writes, share one ticket.
 */
async function issueCheckInTicket(
  deps: QueueDependencies,
  appointment: AppointmentDocument,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument> {
  if (appointment.ticketId) return appointment;
  const ticket = await takeTicket(
    deps,
    {
      hallId: appointment.hallId,
      category: appointment.category,
      idempotencyKey: `checkin-${appointment._id}`,
      appointment: true,
    },
    viewer,
  );
  const linked = await deps.models.Appointment.findOneAndUpdate(
    { _id: appointment._id },
    { $set: { ticketId: ticket._id } },
    { returnDocument: 'after' },
  ).lean<AppointmentDocument>();
  return linked!;
}

/** Lists one page of the bookings of a hall on one date for its staff, by slot start and place. */
export async function hallAppointments(
  models: HallModels,
  now: Date,
  args: { hallId: string; date: string } & OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument[]> {
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.hallAppointments'],
  );
  const hall = await getHall(models, args.hallId);
  if (staff.hallId !== hall._id)
    throw forbidden(`Hall ${hall._id} is not the hall you work at.`);
  const date = parseLocalDate(args.date, 'date');
  const dayStart = shanghaiInstant(date, 0);
  const { skip, limit } = offsetPageWindow(args);
  await recordNoShows(models, { hallId: hall._id }, now);
  return models.Appointment.find({
    hallId: hall._id,
    startsAt: { $gte: dayStart, $lt: new Date(dayStart.getTime() + DAY_MS) },
  })
    .sort({ startsAt: 1, placeNumber: 1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<AppointmentDocument[]>();
}

/** Lists one page of the citizen's appointments, latest slot first. */
export async function myAppointments(
  models: HallModels,
  now: Date,
  page: OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument[]> {
  const citizen = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.myAppointments'],
  );
  const { skip, limit } = offsetPageWindow(page);
  await recordNoShows(models, { citizenId: citizen.userId }, now);
  return models.Appointment.find({ citizenId: citizen.userId })
    .sort({ startsAt: -1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<AppointmentDocument[]>();
}
