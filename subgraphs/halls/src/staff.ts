import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  ErrorCode,
  forbidden,
  hashRequest,
  inJurisdiction,
  insertOnce,
  isDuplicateKeyError,
  notFound,
  reusedIdempotencyKey,
  Role,
  shanghaiDate,
  type Viewer,
  offsetPageWindow,
  type OffsetPageArguments,
} from '@ykb/common';
import type {
  AttendanceDocument,
  HallDocument,
  HallModels,
  HallStaffDocument,
  StaffRequestDocument,
} from './model.js';
import { getHall, type QueueDependencies } from './queue.js';
import { requireIdempotencyKey } from './checks.js';
import { DAY_MS, idFromKey, parseLocalDate } from './shanghaiTime.js';

/** Maximum length of one leave request, in calendar days. */
export const MAX_LEAVE_DAYS = 30;
/** How far ahead leave may start, in days. */
export const LEAVE_HORIZON_DAYS = 90;

/** Calendar days from `from` to `to` (YYYY-MM-DD), both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
}

/** Approved leave of a staff member at a hall that covers `date`, if any. */
export async function approvedLeaveOn(
  models: HallModels,
  hallId: string,
  userId: string,
  date: string,
): Promise<StaffRequestDocument | null> {
  return models.StaffRequest.findOne({
    hallId,
    requesterId: userId,
    kind: 'LEAVE',
    status: 'APPROVED',
    leaveFrom: { $lte: date },
    leaveTo: { $gte: date },
  }).lean<StaffRequestDocument>();
}

/**
 * Records that a staff member of the hall's own accounts works there, with
 * the name and roles their token carries, so that the hall manager can
 * designate them, assign them to windows and put them on rosters. A
 * member who has become hall manager loses the window-manager flag, so one
 * person never decides both approval levels.
 */
export async function recordHallStaff(
  models: HallModels,
  viewer: Viewer,
  hall: HallDocument,
  now: Date,
): Promise<void> {
  const member = await addHallStaff(
    models,
    hall._id,
    viewer.userId,
    viewer.name,
    now,
    viewer.roles,
  );
  const manager = viewer.roles.includes(Role.HallManager);
  const same =
    member.staffName === viewer.name &&
    (member.roles ?? []).join() === viewer.roles.join() &&
    !(manager && member.windowManager);
  if (same) return;
  // A lost race leaves the other request's write, which carries the same token data.
  await changeAtVersion(models.HallStaff, member._id, member.version, {
    set: {
      staffName: viewer.name,
      roles: viewer.roles,
      windowManager: manager ? false : member.windowManager,
    },
  });
}

/**
 * Staff attendance and staff requests of a hall. Leave (请假) and entry
 * (入驻) requests pass two approval levels in order: a window manager of
 * the hall, that is a hall staff member whom the hall manager designated
 * (hall_staff.windowManager), then the HALL_MANAGER of the hall. Every
 * decision is a version claim (changeAtVersion), so of two approvers who
 * decide at once exactly one wins and the other gets CONFLICT.
 */

/**
 * Requires a staff member to work at the hall: it is the hall of their
 * account, or an approved entry (入驻) made them staff of it.
 */
export async function requireWorksAtHall(
  models: HallModels,
  viewer: Viewer,
  hall: HallDocument,
): Promise<void> {
  if (viewer.hallId === hall._id) return;
  const entered = await models.HallStaff.exists({
    _id: hallStaffId(hall._id, viewer.userId),
  });
  if (!entered)
    throw forbidden(
      `Hall ${hall._id} is not the hall you work at, and no approved entry made you staff of it.`,
    );
}

export function requireOwnHall(viewer: Viewer, hall: HallDocument): void {
  if (viewer.hallId !== hall._id)
    throw forbidden(`Hall ${hall._id} is not the hall you work at.`);
}

function attendanceId(hallId: string, userId: string, date: string): string {
  return `${hallId}/${userId}/${date}`;
}

export function hallStaffId(hallId: string, userId: string): string {
  return `${hallId}/${userId}`;
}

/** Records the viewer's arrival today; a second check-in returns the first record. */
export async function checkInAttendance(
  deps: QueueDependencies,
  hallId: string,
  viewer: Viewer | undefined,
): Promise<AttendanceDocument> {
  const { models } = deps;
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.checkInAttendance'],
  );
  const hall = await getHall(models, hallId);
  await requireWorksAtHall(models, staff, hall);
  const now = deps.now();
  const date = shanghaiDate(now);
  const leave = await approvedLeaveOn(models, hall._id, staff.userId, date);
  if (leave)
    throw appError(
      ErrorCode.OnLeave,
      `You are on approved leave from ${leave.leaveFrom} to ${leave.leaveTo}.`,
      { leaveFrom: leave.leaveFrom, leaveTo: leave.leaveTo },
    );
  await recordHallStaff(models, staff, hall, now);
  const id = attendanceId(hall._id, staff.userId, date);
  const { record } = await insertOnce(
    async () =>
      (
        await models.Attendance.create({
          _id: id,
          hallId: hall._id,
          staffUserId: staff.userId,
          staffName: staff.name,
          date,
          checkedInAt: now,
          version: 0,
        })
      ).toObject() as AttendanceDocument,
    () => models.Attendance.findById(id).lean<AttendanceDocument>(),
  );
  return record;
}

/** Records the viewer's departure today; a repeated check-out keeps the first time. */
export async function checkOutAttendance(
  deps: QueueDependencies,
  hallId: string,
  viewer: Viewer | undefined,
): Promise<AttendanceDocument> {
  const { models } = deps;
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.checkOutAttendance'],
  );
  const hall = await getHall(models, hallId);
  await requireWorksAtHall(models, staff, hall);
  const now = deps.now();
  const id = attendanceId(hall._id, staff.userId, shanghaiDate(now));
  const find = () => models.Attendance.findById(id).lean<AttendanceDocument>();
  const record = await find();
  if (!record)
    throw appError(
      ErrorCode.InvalidState,
      'You have not checked in at this hall today.',
    );
  if (record.checkedOutAt) return record;
  const updated = await changeAtVersion<AttendanceDocument>(
    models.Attendance,
    id,
    record.version,
    { set: { checkedOutAt: now } },
  );
  return updated ?? (await find())!;
}

/** One page of the attendance of a hall on one date, by check-in, for its manager. */
export async function hallAttendance(
  models: HallModels,
  args: { hallId: string; date: string } & OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<AttendanceDocument[]> {
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.hallAttendance'],
  );
  const hall = await getHall(models, args.hallId);
  requireOwnHall(manager, hall);
  const date = parseLocalDate(args.date, 'date');
  const { skip, limit } = offsetPageWindow(args);
  return models.Attendance.find({ hallId: hall._id, date })
    .sort({ checkedInAt: 1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<AttendanceDocument[]>();
}

function checkText(value: string, field: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > 500)
    throw badInput(`${field} must hold 1 to 500 characters.`, { field });
  return text;
}

/** Throws CONFLICT unless a stored request came from the same request as `fields`. */
function checkRequestReplay(
  record: StaffRequestDocument,
  fields: { kind: string; hallId: string; requestHash: string },
  key: string,
): StaffRequestDocument {
  const same = record.requestHash
    ? record.requestHash === fields.requestHash
    : record.kind === fields.kind && record.hallId === fields.hallId;
  if (!same) throw reusedIdempotencyKey(key);
  return record;
}

/** Inserts a staff request once per requester and idempotency key. */
async function submitRequest(
  models: HallModels,
  fields: Omit<
    StaffRequestDocument,
    '_id' | 'status' | 'steps' | 'version' | 'requestedAt' | 'requestHash'
  > & { requestHash: string },
  key: string,
  now: Date,
): Promise<StaffRequestDocument> {
  const id = idFromKey('req', fields.requesterId, key);
  const { record } = await insertOnce(
    async () =>
      (
        await models.StaffRequest.create({
          ...fields,
          _id: id,
          status: 'PENDING_WINDOW_MANAGER',
          steps: [],
          requestedAt: now,
          version: 0,
        })
      ).toObject() as StaffRequestDocument,
    () => models.StaffRequest.findById(id).lean<StaffRequestDocument>(),
  );
  return checkRequestReplay(record, fields, key);
}

/** A leave-day claim without its request after this long was left by a request that failed or stopped. */
const ABANDONED_LEAVE_CLAIM_MS = 60_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Reports whether a leave-day claim no longer belongs to an open or approved request. */
async function staleLeaveClaim(
  models: HallModels,
  claim: { requestId: string; claimedAt: Date },
  now: Date,
): Promise<boolean> {
  const request = await models.StaffRequest.findById(claim.requestId)
    .select({ status: 1 })
    .lean<{ status: string }>();
  if (request) return request.status === 'REJECTED';
  return now.getTime() - claim.claimedAt.getTime() > ABANDONED_LEAVE_CLAIM_MS;
}

/**
 * Claims every day from `from` to `to` for one leave request of a person.
 * LEAVE_OVERLAP, after releasing the days claimed so far, when another open
 * or approved leave request of the person already claimed one of them.
 */
async function claimLeaveDays(
  models: HallModels,
  userId: string,
  requestId: string,
  range: { from: string; to: string },
  now: Date,
): Promise<void> {
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const id = `${userId}/${day}`;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await models.LeaveDayClaim.create({
          _id: id,
          requestId,
          claimedAt: now,
        });
        break;
      } catch (error) {
        if (!isDuplicateKeyError(error)) {
          await releaseLeaveDays(models, requestId);
          throw error;
        }
      }
      const holder = await models.LeaveDayClaim.findById(id).lean<{
        requestId: string;
        claimedAt: Date;
      }>();
      if (holder?.requestId === requestId) break;
      if (
        attempt < 2 &&
        (!holder || (await staleLeaveClaim(models, holder, now)))
      ) {
        if (holder)
          await models.LeaveDayClaim.deleteOne({
            _id: id,
            requestId: holder.requestId,
          });
        continue;
      }
      await releaseLeaveDays(models, requestId);
      throw appError(
        ErrorCode.LeaveOverlap,
        `You already requested leave on ${day}; a new leave request must not overlap an open or approved one.`,
        { field: 'leaveFrom', date: day },
      );
    }
  }
}

/** Deletes the leave-day claims of a request. */
async function releaseLeaveDays(
  models: HallModels,
  requestId: string,
): Promise<void> {
  await models.LeaveDayClaim.deleteMany({ requestId });
}

export interface RequestLeaveArgs {
  hallId: string;
  leaveFrom: string;
  leaveTo: string;
  reason: string;
  idempotencyKey: string;
}

/** Submits a leave request of window staff at their own hall. */
export async function requestLeave(
  deps: QueueDependencies,
  args: RequestLeaveArgs,
  viewer: Viewer | undefined,
): Promise<StaffRequestDocument> {
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.requestLeave'],
  );
  requireIdempotencyKey(args.idempotencyKey);
  const hall = await getHall(deps.models, args.hallId);
  await requireWorksAtHall(deps.models, staff, hall);
  const leaveFrom = parseLocalDate(args.leaveFrom, 'leaveFrom');
  const leaveTo = parseLocalDate(args.leaveTo, 'leaveTo');
  const now = deps.now();
  if (leaveTo < leaveFrom)
    throw badInput('leaveTo must not lie before leaveFrom.', {
      field: 'leaveTo',
    });
  const today = shanghaiDate(now);
  if (leaveFrom < today)
    throw badInput('Leave cannot start in the past.', { field: 'leaveFrom' });
  if (daysInclusive(today, leaveFrom) > LEAVE_HORIZON_DAYS)
    throw badInput(`Leave must start within ${LEAVE_HORIZON_DAYS} days.`, {
      field: 'leaveFrom',
    });
  if (daysInclusive(leaveFrom, leaveTo) > MAX_LEAVE_DAYS)
    throw badInput(
      `One request covers at most ${MAX_LEAVE_DAYS} days of leave; make a further request for the rest.`,
      { field: 'leaveTo' },
    );
  const reason = checkText(args.reason, 'reason');
  const fields = {
    kind: 'LEAVE' as const,
    hallId: hall._id,
    requesterId: staff.userId,
    requesterName: staff.name,
    leaveFrom,
    leaveTo,
    reason,
    requestHash: hashRequest({
      kind: 'LEAVE',
      hallId: hall._id,
      leaveFrom,
      leaveTo,
      reason,
    }),
  };
  const { models } = deps;
  const id = idFromKey('req', staff.userId, args.idempotencyKey);
  const earlier =
    await models.StaffRequest.findById(id).lean<StaffRequestDocument>();
  if (earlier) return checkRequestReplay(earlier, fields, args.idempotencyKey);
  // Requests stored before leave-day claims existed hold no claims, so they
  // are found by their dates.
  const overlapping = await models.StaffRequest.findOne({
    requesterId: staff.userId,
    kind: 'LEAVE',
    status: { $ne: 'REJECTED' },
    leaveFrom: { $lte: leaveTo },
    leaveTo: { $gte: leaveFrom },
  }).lean<StaffRequestDocument>();
  if (overlapping)
    throw appError(
      ErrorCode.LeaveOverlap,
      `You already requested leave from ${overlapping.leaveFrom} to ${overlapping.leaveTo}; a new leave request must not overlap an open or approved one.`,
      { field: 'leaveFrom' },
    );
  await claimLeaveDays(
    models,
    staff.userId,
    id,
    { from: leaveFrom, to: leaveTo },
    now,
  );
  try {
    return await submitRequest(models, fields, args.idempotencyKey, now);
  } catch (error) {
    if (!(await models.StaffRequest.exists({ _id: id })))
      await releaseLeaveDays(models, id);
    throw error;
  }
}

/** Submits a request to start working at a hall of the viewer's division subtree. */
export async function requestHallEntry(
  deps: QueueDependencies,
  args: { hallId: string; reason: string; idempotencyKey: string },
  viewer: Viewer | undefined,
): Promise<StaffRequestDocument> {
  const { models } = deps;
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.requestHallEntry'],
  );
  requireIdempotencyKey(args.idempotencyKey);
  const hall = await getHall(models, args.hallId);
  if (
    staff.hallId !== hall._id &&
    !inJurisdiction(staff, { divisionCode: hall.divisionCode })
  )
    throw forbidden(`Hall ${hall._id} lies outside your division.`);
  const member = await models.HallStaff.findById(
    hallStaffId(hall._id, staff.userId),
  ).lean<HallStaffDocument>();
  if (member)
    throw appError(
      ErrorCode.InvalidState,
      `You already work at hall ${hall._id}.`,
    );
  const reason = checkText(args.reason, 'reason');
  return submitRequest(
    models,
    {
      kind: 'ENTRY',
      hallId: hall._id,
      requesterId: staff.userId,
      requesterName: staff.name,
      leaveFrom: null,
      leaveTo: null,
      reason,
      requestHash: hashRequest({ kind: 'ENTRY', hallId: hall._id, reason }),
    },
    args.idempotencyKey,
    deps.now(),
  );
}

/** Adds a hall staff member, or returns the existing record. */
async function addHallStaff(
  models: HallModels,
  hallId: string,
  userId: string,
  name: string,
  now: Date,
  roles: string[] = [],
): Promise<HallStaffDocument> {
  const id = hallStaffId(hallId, userId);
  const { record } = await insertOnce(
    async () =>
      (
        await models.HallStaff.create({
          _id: id,
          hallId,
          staffUserId: userId,
          staffName: name,
          windowManager: false,
          roles,
          since: now,
          version: 0,
        })
      ).toObject() as HallStaffDocument,
    () => models.HallStaff.findById(id).lean<HallStaffDocument>(),
  );
  return record;
}

/**
 * Makes a staff member known at the hall a window manager; the hall
 * manager's own hall only. The member must be known at the hall (an
 * approved entry or a check-in there) and must not be a hall manager.
 */
export async function designateWindowManager(
  deps: QueueDependencies,
  args: { hallId: string; staffUserId: string },
  viewer: Viewer | undefined,
): Promise<boolean> {
  const { models } = deps;
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.designateWindowManager'],
  );
  const hall = await getHall(models, args.hallId);
  requireOwnHall(manager, hall);
  if (args.staffUserId === manager.userId)
    throw appError(
      ErrorCode.SelfApproval,
      'The hall manager decides the second level and cannot also be a window manager.',
    );
  const id = hallStaffId(hall._id, args.staffUserId);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const member =
      await models.HallStaff.findById(id).lean<HallStaffDocument>();
    if (!member)
      throw notFound(`Staff member of hall ${hall._id}`, args.staffUserId);
    if ((member.roles ?? []).includes(Role.HallManager))
      throw appError(
        ErrorCode.SelfApproval,
        'A hall manager decides the second level and cannot also be a window manager.',
      );
    if (member.windowManager) return true;
    const updated = await changeAtVersion(
      models.HallStaff,
      member._id,
      member.version,
      { set: { windowManager: true } },
    );
    if (updated) return true;
  }
  throw appError(
    ErrorCode.Conflict,
    'The staff record changed at the same time; retry.',
  );
}

/** One page of the staff members known at a hall, by name, for its manager. */
export async function hallStaff(
  models: HallModels,
  hallId: string,
  page: OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<HallStaffDocument[]> {
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.hallStaff'],
  );
  const hall = await getHall(models, hallId);
  requireOwnHall(manager, hall);
  const { skip, limit } = offsetPageWindow(page);
  return models.HallStaff.find({ hallId: hall._id })
    .sort({ staffName: 1, staffUserId: 1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<HallStaffDocument[]>();
}

async function isWindowManager(
  models: HallModels,
  hallId: string,
  userId: string,
): Promise<boolean> {
  const member = await models.HallStaff.findById(
    hallStaffId(hallId, userId),
  ).lean<HallStaffDocument>();
  return member?.windowManager === true;
}

/** One page of the requests of a hall, latest first: all for its manager and window managers, one's own for other staff. */
export async function staffRequests(
  models: HallModels,
  hallId: string,
  page: OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<StaffRequestDocument[]> {
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.staffRequests'],
  );
  const hall = await getHall(models, hallId);
  const seesAll =
    staff.hallId === hall._id &&
    (staff.roles.includes(Role.HallManager) ||
      (await isWindowManager(models, hall._id, staff.userId)));
  const { skip, limit } = offsetPageWindow(page);
  return models.StaffRequest.find(
    seesAll
      ? { hallId: hall._id }
      : { hallId: hall._id, requesterId: staff.userId },
  )
    .sort({ requestedAt: -1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<StaffRequestDocument[]>();
}

/** Approves or rejects a staff request at its current level. */
export async function decideStaffRequest(
  deps: QueueDependencies,
  args: { id: string; opinion: string; approve: boolean },
  viewer: Viewer | undefined,
): Promise<StaffRequestDocument> {
  const { models } = deps;
  const actor = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls[
      args.approve
        ? 'Mutation.approveStaffRequest'
        : 'Mutation.rejectStaffRequest'
    ],
  );
  const request = await models.StaffRequest.findById(
    args.id,
  ).lean<StaffRequestDocument>();
  if (!request) throw notFound('Staff request', args.id);
  if (actor.hallId !== request.hallId)
    throw forbidden(
      `Only approvers of hall ${request.hallId} decide its requests.`,
    );
  if (request.status === 'APPROVED' || request.status === 'REJECTED')
    throw appError(
      ErrorCode.InvalidState,
      `The request was already ${request.status.toLowerCase()}.`,
    );
  if (request.requesterId === actor.userId)
    throw appError(
      ErrorCode.SelfApproval,
      'You cannot decide your own request.',
    );
  const opinion = checkText(args.opinion, 'opinion');

  const hallManager = actor.roles.includes(Role.HallManager);
  const windowManager = await isWindowManager(
    models,
    request.hallId,
    actor.userId,
  );
  const level =
    request.status === 'PENDING_WINDOW_MANAGER'
      ? 'WINDOW_MANAGER'
      : 'HALL_MANAGER';
  // A hall manager never decides the first level, even with a flag left
  // from before the promotion, so one person cannot approve both levels.
  if (level === 'WINDOW_MANAGER' && (!windowManager || hallManager)) {
    if (hallManager)
      throw appError(
        ErrorCode.ApprovalOutOfOrder,
        'The request waits for a window manager of the hall first.',
      );
    throw forbidden('Only a window manager of the hall decides this level.');
  }
  if (level === 'HALL_MANAGER') {
    if (!hallManager)
      throw forbidden('Only the hall manager decides this level.');
    if (request.steps.some((step) => step.actorId === actor.userId))
      throw appError(
        ErrorCode.SelfApproval,
        'You decided the first level; another person decides the second.',
      );
  }

  const now = deps.now();
  const status = !args.approve
    ? 'REJECTED'
    : level === 'WINDOW_MANAGER'
      ? 'PENDING_HALL_MANAGER'
      : 'APPROVED';
  const decided = await changeAtVersion<StaffRequestDocument>(
    models.StaffRequest,
    request._id,
    request.version,
    {
      set: { status },
      push: {
        steps: {
          level,
          approved: args.approve,
          actorId: actor.userId,
          actorName: actor.name,
          decidedAt: now,
          opinion,
        },
      },
    },
  );
  if (!decided)
    throw appError(
      ErrorCode.Conflict,
      'Another approver decided this request at the same time; reload it.',
    );
  if (decided.kind === 'LEAVE' && decided.status === 'REJECTED')
    await releaseLeaveDays(models, decided._id);
  if (decided.kind === 'ENTRY' && decided.status === 'APPROVED')
    await addHallStaff(
      models,
      decided.hallId,
      decided.requesterId,
      decided.requesterName,
      now,
    );
  return decided;
}
