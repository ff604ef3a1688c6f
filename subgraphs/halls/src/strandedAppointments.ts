import { setTimeout as sleep } from 'node:timers/promises';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  changeAtVersion,
  ErrorCode,
  hashRequest,
  insertOnce,
  isDuplicateKeyError,
  notFound,
  offsetPageWindow,
  reusedIdempotencyKey,
  shanghaiDate,
  type OffsetPageArguments,
  type Viewer,
} from '@ykb/common';
import { releaseClaims } from './appointments.js';
import { requireIdempotencyKey } from './checks.js';
import type {
  AppointmentDocument,
  AppointmentNotificationDocument,
  BusinessCategory,
  HallDocument,
  HallModels,
  HallWindow,
  StrandedCancellationDocument,
} from './model.js';
import { windowOpenDuring } from './openingHours.js';
import { getHall, type QueueDependencies } from './queue.js';
import { idFromKey, shanghaiTime } from './shanghaiTime.js';
import { requireOwnHall } from './staff.js';

/**
 * Stranded bookings: BOOKED appointments whose slot has not ended and
 * during which no window of the hall serving their category is open, so a
 * check-in would issue a ticket that no window ever calls (HALL_CLOSED).
 * A window change that would strand bookings is rejected unless the
 * manager requests to cancel them, and the hall manager cancels bookings that
 * earlier changes stranded. Each cancellation by the hall is one versioned
 * change of the booking that also records `cancelledBy: 'HALL'`. The
 * citizen's notification follows under an `_id` derived from the booking,
 * and `notifiedAt` marks it written, so retries write each message once.
 */

/** Action configureWindows takes on bookings that the new windows would strand. */
export type StrandedBookingAction = 'REJECT' | 'CANCEL_AND_NOTIFY';

/** Chinese names of the business categories, as notifications print them. */
const CATEGORY_NAMES: Record<BusinessCategory, string> = {
  GENERAL: '综合业务',
  MARKET_ENTRY: '企业开办与市场准入',
  SOCIAL_SECURITY: '社保医保与就业',
  CONSTRUCTION: '工程建设项目',
  PUBLIC_SECURITY: '户籍与出入境',
  CIVIL_AFFAIRS: '民政与社会救助',
};

/** Dates listed at most in an APPOINTMENTS_STRANDED error. */
const MAX_LISTED_DATES = 10;

/** Reports whether one of `windows` serving the booking's category is open during its whole slot. */
export function bookingServable(
  windows: HallWindow[],
  booking: Pick<AppointmentDocument, 'category' | 'startsAt' | 'endsAt'>,
): boolean {
  return windows.some(
    (w) =>
      w.businessCategories.includes(booking.category) &&
      windowOpenDuring(w, booking.startsAt, booking.endsAt),
  );
}

/** BOOKED appointments of a hall whose slot has not ended, by slot start and place. */
function openBookings(
  models: HallModels,
  hallId: string,
  now: Date,
): Promise<AppointmentDocument[]> {
  return models.Appointment.find({
    hallId,
    status: 'BOOKED',
    endsAt: { $gt: now },
  })
    .sort({ startsAt: 1, placeNumber: 1, _id: 1 })
    .lean<AppointmentDocument[]>();
}

/** BOOKED appointments of a hall that none of `windows` can serve, by slot start and place. */
export async function findStrandedAppointments(
  models: HallModels,
  hallId: string,
  windows: HallWindow[],
  now: Date,
): Promise<AppointmentDocument[]> {
  const bookings = await openBookings(models, hallId, now);
  return bookings.filter((booking) => !bookingServable(windows, booking));
}

/**
 * Throws APPOINTMENTS_STRANDED when `newWindows` would strand bookings that
 * the hall's current windows can serve. The error lists the count, the categories and up
 * to MAX_LISTED_DATES Asia/Shanghai dates.
 */
export async function rejectNewlyStranded(
  models: HallModels,
  hall: HallDocument,
  newWindows: HallWindow[],
  now: Date,
): Promise<void> {
  const bookings = await openBookings(models, hall._id, now);
  const stranded = bookings.filter(
    (booking) =>
      bookingServable(hall.windows, booking) &&
      !bookingServable(newWindows, booking),
  );
  if (stranded.length === 0) return;
  const dates = [...new Set(stranded.map((b) => shanghaiDate(b.startsAt)))];
  const categories = [...new Set(stranded.map((b) => b.category))].sort();
  throw appError(
    ErrorCode.AppointmentsStranded,
    `This change leaves ${stranded.length} booked appointments of hall ${hall._id} (${categories.join(', ')}, on ${dates.slice(0, MAX_LISTED_DATES).join(', ')}${dates.length > MAX_LISTED_DATES ? ' and later' : ''}) without an open window of their category. Keep such a window open during those slots, or repeat the change with strandedAppointments: CANCEL_AND_NOTIFY to cancel them and notify each citizen.`,
    {
      hallId: hall._id,
      count: stranded.length,
      categories,
      dates: dates.slice(0, MAX_LISTED_DATES),
    },
  );
}

/** Builds the text informing the citizen that the hall cancelled their booking. */
function cancellationText(hall: HallDocument, booking: AppointmentDocument) {
  const category = CATEGORY_NAMES[booking.category as BusinessCategory];
  return `【渝快办】您在${hall.name}预约的${shanghaiDate(booking.startsAt)} ${shanghaiTime(booking.startsAt)}-${shanghaiTime(booking.endsAt)}（${category}），因大厅窗口开放时间调整，该时段已无窗口办理，预约已取消，不计爽约。请重新预约其他时段。`;
}

/**
 * Cancels a stranded booking for the hall and frees its place. Returns the
 * booking as cancelled, or null when it is no longer BOOKED (checked in,
 * cancelled or missed by another request meanwhile).
 */
async function cancelForHall(
  models: HallModels,
  booking: AppointmentDocument,
  now: Date,
): Promise<AppointmentDocument | null> {
  let current: AppointmentDocument | null = booking;
  for (let attempt = 0; attempt < 3 && current; attempt += 1) {
    if (current.status !== 'BOOKED') return null;
    const cancelled = await changeAtVersion<AppointmentDocument>(
      models.Appointment,
      current._id,
      current.version,
      {
        set: {
          status: 'CANCELLED',
          cancelledAt: now,
          cancelledBy: 'HALL',
          lateCancellation: false,
        },
      },
    );
    if (cancelled) {
      await releaseClaims(models, cancelled._id);
      return cancelled;
    }
    current = await models.Appointment.findById(
      booking._id,
    ).lean<AppointmentDocument>();
  }
  return null;
}

/**
 * Writes the notification of every booking of the hall that the hall
 * cancelled and that has none yet, then marks the booking notified. The
 * notification `_id` is `<appointment id>/cancelled`, so a retry after a
 * crash between the two writes sends nothing twice. Returns how many
 * bookings were marked.
 */
export async function notifyHallCancellations(
  models: HallModels,
  hall: HallDocument,
  now: Date,
): Promise<number> {
  const pending = await models.Appointment.find({
    hallId: hall._id,
    status: 'CANCELLED',
    cancelledBy: 'HALL',
    notifiedAt: null,
  }).lean<AppointmentDocument[]>();
  for (const booking of pending) {
    // NOTE: the message goes to the citizen's in-app list
    // (myAppointmentNotifications) only. The SMS gateway and the mobile
    // numbers belong to the identity subgraph, which offers halls no way
    // to send a text message.
    try {
      await models.AppointmentNotification.create({
        _id: `${booking._id}/cancelled`,
        citizenId: booking.citizenId,
        appointmentId: booking._id,
        hallId: booking.hallId,
        kind: 'CANCELLED_BY_HALL',
        text: cancellationText(hall, booking),
        sentAt: now,
      });
    } catch (error) {
      // Every booking that races a window change runs this step for the
      // whole hall, so another request may have written the message first.
      if (!isDuplicateKeyError(error)) throw error;
    }
    await models.Appointment.updateOne(
      { _id: booking._id, notifiedAt: null },
      { $set: { notifiedAt: now } },
    );
  }
  return pending.length;
}

/**
 * Writes the missing notifications of hall cancellations in every hall, up
 * to 1000 bookings a call, which a crash between a cancellation and its
 * notification left behind. Returns how many bookings were marked.
 */
export async function notifyPendingHallCancellations(
  models: HallModels,
  now: Date,
): Promise<number> {
  const pending = await models.Appointment.find({
    status: 'CANCELLED',
    cancelledBy: 'HALL',
    notifiedAt: null,
  })
    .select({ hallId: 1 })
    .limit(1000)
    .lean<{ hallId: string }[]>();
  let marked = 0;
  for (const hallId of new Set(pending.map((b) => b.hallId))) {
    const hall = await models.Hall.findById(hallId).lean<HallDocument>();
    if (hall) marked += await notifyHallCancellations(models, hall, now);
  }
  return marked;
}

/**
 * Cancels every booking of the hall that its current windows cannot serve
 * and notifies each citizen. With `servableBefore`, only bookings that
 * those earlier windows could serve are cancelled. Returns the bookings
 * this call cancelled.
 */
export async function cancelStrandedBookings(
  models: HallModels,
  hall: HallDocument,
  now: Date,
  servableBefore: HallWindow[] | null = null,
): Promise<AppointmentDocument[]> {
  const stranded = (
    await findStrandedAppointments(models, hall._id, hall.windows, now)
  ).filter(
    (booking) =>
      servableBefore === null || bookingServable(servableBefore, booking),
  );
  const cancelled: AppointmentDocument[] = [];
  for (const booking of stranded) {
    const done = await cancelForHall(models, booking, now);
    if (done) cancelled.push(done);
  }
  await notifyHallCancellations(models, hall, now);
  return cancelled;
}

/**
 * Cancels one booking for the hall when the hall's current windows cannot
 * serve it, with the citizen's notification. bookAppointment calls it after
 * writing a booking, so a booking that raced a window change is never left
 * stranded. Returns whether the booking is stranded.
 */
export async function cancelIfStranded(
  models: HallModels,
  booking: AppointmentDocument,
  now: Date,
): Promise<boolean> {
  const hall = await getHall(models, booking.hallId);
  if (bookingServable(hall.windows, booking)) return false;
  await cancelForHall(models, booking, now);
  await notifyHallCancellations(models, hall, now);
  return true;
}

/** Lists one page of the stranded bookings of the manager's own hall, by slot start and place. */
export async function strandedAppointments(
  deps: QueueDependencies,
  args: { hallId: string } & OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<AppointmentDocument[]> {
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.strandedAppointments'],
  );
  const { skip, limit } = offsetPageWindow(args);
  const hall = await getHall(deps.models, args.hallId);
  requireOwnHall(manager, hall);
  const stranded = await findStrandedAppointments(
    deps.models,
    hall._id,
    hall.windows,
    deps.now(),
  );
  return stranded.slice(skip, skip + limit);
}

/** Interval at which a request polls for the result of a running request with the same key. */
const POLL_INTERVAL_MS = 25;
/** Time a request waits for a running request with the same key before failing with CONFLICT. */
const WAIT_LIMIT_MS = 10_000;
/**
 * Age after which an unfinished claim counts as abandoned by a process that
 * stopped while cancelling. A later request with the key then takes the
 * claim over, cancels what is still stranded and adds it to the same result.
 */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Cancels the stranded bookings of the manager's own hall with a
 * notification each. The request claims its idempotency key by inserting
 * the result under a unique `_id` before it cancels anything. A concurrent
 * request with the same key waits for that result instead of cancelling on
 * its own, so the result lists every booking cancelled under the key.
 * Throws CONFLICT when the key belongs to another hall, or when a request
 * with the key is still running after WAIT_LIMIT_MS.
 */
export async function cancelStrandedAppointments(
  deps: QueueDependencies,
  args: { hallId: string; idempotencyKey: string },
  viewer: Viewer | undefined,
): Promise<StrandedCancellationDocument> {
  const { models } = deps;
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.cancelStrandedAppointments'],
  );
  requireIdempotencyKey(args.idempotencyKey);
  const hall = await getHall(models, args.hallId);
  requireOwnHall(manager, hall);

  const id = idFromKey('stranded', manager.userId, args.idempotencyKey);
  const requestHash = hashRequest({ hallId: hall._id });
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const claimedAt = new Date();
    const claimed = await insertOnce(
      async () =>
        (
          await models.StrandedCancellation.create({
            _id: id,
            hallId: hall._id,
            appointmentIds: [],
            cancelledAt: deps.now(),
            cancelledBy: manager.userId,
            requestHash,
            inProgress: true,
            claimedAt,
          })
        ).toObject() as StrandedCancellationDocument,
      () =>
        models.StrandedCancellation.findById(
          id,
        ).lean<StrandedCancellationDocument>(),
    );
    const record = claimed.record;
    if (record.requestHash !== requestHash)
      throw reusedIdempotencyKey(args.idempotencyKey);
    if (!claimed.replayed) return cancelUnderClaim(deps, hall, record);
    if (!record.inProgress) return record;

    if (
      record.claimedAt &&
      claimedAt.getTime() - record.claimedAt.getTime() > ABANDONED_AFTER_MS
    ) {
      const takeover = await models.StrandedCancellation.updateOne(
        { _id: id, inProgress: true, claimedAt: record.claimedAt },
        { $set: { claimedAt } },
      );
      if (takeover.modifiedCount === 1) {
        deps.log?.warn(
          { cancellationId: id, claimedAt: record.claimedAt },
          'took over an abandoned stranded-booking cancellation',
        );
        return cancelUnderClaim(deps, hall, { ...record, claimedAt });
      }
      continue;
    }
    if (Date.now() > deadline)
      throw appError(
        ErrorCode.Conflict,
        `An earlier request with idempotencyKey ${args.idempotencyKey} is still cancelling the stranded bookings of hall ${hall._id}; retry the request in a few seconds.`,
        { field: 'idempotencyKey' },
      );
    await sleep(POLL_INTERVAL_MS);
  }
}

/**
 * Cancels the stranded bookings of the hall while the request owns the
 * claim `record`, adding each booking to the stored result as soon as it is
 * cancelled, then notifies the citizens and marks the result finished.
 * When it fails, the claim is marked abandoned, so a retry with the key
 * takes it over at once.
 */
async function cancelUnderClaim(
  deps: QueueDependencies,
  hall: HallDocument,
  record: StrandedCancellationDocument,
): Promise<StrandedCancellationDocument> {
  const { models } = deps;
  const now = deps.now();
  try {
    const stranded = await findStrandedAppointments(
      models,
      hall._id,
      hall.windows,
      now,
    );
    for (const booking of stranded) {
      const cancelled = await cancelForHall(models, booking, now);
      if (cancelled)
        await models.StrandedCancellation.updateOne(
          { _id: record._id },
          { $push: { appointmentIds: cancelled._id } },
        );
    }
    await notifyHallCancellations(models, hall, now);
  } catch (error) {
    await models.StrandedCancellation.updateOne(
      { _id: record._id, claimedAt: record.claimedAt },
      { $set: { claimedAt: new Date(0) } },
    );
    throw error;
  }
  const finished = await models.StrandedCancellation.findOneAndUpdate(
    { _id: record._id },
    { $set: { inProgress: false } },
    { returnDocument: 'after' },
  ).lean<StrandedCancellationDocument>();
  if (!finished) throw notFound('StrandedCancellation', record._id);
  return finished;
}

/** Lists one page of the citizen's appointment notifications, newest first. */
export async function myAppointmentNotifications(
  models: HallModels,
  page: OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<AppointmentNotificationDocument[]> {
  const citizen = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.myAppointmentNotifications'],
  );
  const { skip, limit } = offsetPageWindow(page);
  return models.AppointmentNotification.find({ citizenId: citizen.userId })
    .sort({ sentAt: -1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<AppointmentNotificationDocument[]>()
    .exec();
}
