import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  hashRequest,
  insertOnce,
  reusedIdempotencyKey,
  isDuplicateKeyError,
  notFound,
  Role,
  shanghaiDate,
  type Viewer,
  offsetPageWindow,
  type OffsetPageArguments,
} from '@ykb/common';
import type {
  DutyDocument,
  DutyRosterDocument,
  HallModels,
  HallStaffDocument,
  NoticeDocument,
  NoticeReceiptDocument,
} from './model.js';
import { getHall, type QueueDependencies } from './queue.js';
import { requireIdempotencyKey, upsertAtVersion } from './checks.js';
import { idFromKey, parseLocalDate } from './shanghaiTime.js';
import {
  approvedLeaveOn,
  daysInclusive,
  requireOwnHall,
  requireWorksAtHall,
} from './staff.js';

/**
 * Daily administration of a hall: notices from the hall manager to the
 * staff with read receipts, and duty rosters. Receipts are inserted under
 * `<notice>/<reader>`, so a reader confirms once however often they press.
 */

/** A notice with what the viewer may see of its receipts. */
export interface NoticeView extends NoticeDocument {
  readByMe: boolean;
  readCount: number;
  receipts: NoticeReceiptDocument[] | null;
}

/** Trims a text input and checks that it holds 1 to `max` characters. */
export function checkLength(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max)
    throw badInput(`${field} must hold 1 to ${max} characters.`, { field });
  return text;
}

/** Adds read figures to notices with one query for all of them. */
async function withReceipts(
  models: HallModels,
  notices: NoticeDocument[],
  viewer: Viewer,
): Promise<NoticeView[]> {
  const receipts = await models.NoticeReceipt.find({
    noticeId: { $in: notices.map((n) => n._id) },
  })
    .sort({ readAt: 1 })
    .lean<NoticeReceiptDocument[]>();
  const manager = viewer.roles.includes(Role.HallManager);
  return notices.map((notice) => {
    const own = receipts.filter((r) => r.noticeId === notice._id);
    return {
      ...notice,
      readByMe: own.some((r) => r.staffUserId === viewer.userId),
      readCount: own.length,
      receipts: manager && viewer.hallId === notice.hallId ? own : null,
    };
  });
}

/** Publishes a notice to the staff of the manager's own hall. */
export async function publishNotice(
  deps: QueueDependencies,
  args: { hallId: string; title: string; body: string; idempotencyKey: string },
  viewer: Viewer | undefined,
): Promise<NoticeView> {
  const { models } = deps;
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.publishNotice'],
  );
  requireIdempotencyKey(args.idempotencyKey);
  const hall = await getHall(models, args.hallId);
  requireOwnHall(manager, hall);
  const title = checkLength(args.title, 'title', 100);
  const body = checkLength(args.body, 'body', 5000);
  const id = idFromKey('notice', manager.userId, args.idempotencyKey);
  const requestHash = hashRequest({ hallId: hall._id, title, body });
  const { record } = await insertOnce(
    async () =>
      (
        await models.Notice.create({
          _id: id,
          hallId: hall._id,
          title,
          body,
          publishedAt: deps.now(),
          publishedBy: manager.userId,
          publishedByName: manager.name,
          requestHash,
        })
      ).toObject() as NoticeDocument,
    () => models.Notice.findById(id).lean<NoticeDocument>(),
  );
  const same = record.requestHash
    ? record.requestHash === requestHash
    : record.hallId === hall._id && record.title === title;
  if (!same) throw reusedIdempotencyKey(args.idempotencyKey);
  const [view] = await withReceipts(models, [record], manager);
  return view!;
}

/** Notices of a hall for the staff working there, newest first. */
export async function hallNotices(
  models: HallModels,
  hallId: string,
  viewer: Viewer | undefined,
  page: OffsetPageArguments = {},
): Promise<NoticeView[]> {
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.hallNotices'],
  );
  const { skip, limit } = offsetPageWindow(page);
  const hall = await getHall(models, hallId);
  await requireWorksAtHall(models, staff, hall);
  const notices = await models.Notice.find({ hallId: hall._id })
    .sort({ publishedAt: -1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<NoticeDocument[]>();
  return withReceipts(models, notices, staff);
}

/** Records that the viewer read a notice of a hall they work at. */
export async function markNoticeRead(
  deps: QueueDependencies,
  id: string,
  viewer: Viewer | undefined,
): Promise<NoticeView> {
  const { models } = deps;
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.markNoticeRead'],
  );
  const notice = await models.Notice.findById(id).lean<NoticeDocument>();
  if (!notice) throw notFound('Notice', id);
  await requireWorksAtHall(models, staff, await getHall(models, notice.hallId));
  try {
    await models.NoticeReceipt.create({
      _id: `${notice._id}/${staff.userId}`,
      noticeId: notice._id,
      staffUserId: staff.userId,
      staffName: staff.name,
      readAt: deps.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const [view] = await withReceipts(models, [notice], staff);
  return view!;
}

export interface DutyInput {
  staffUserId: string;
  windowNumber: number;
  shift: 'MORNING' | 'AFTERNOON' | 'FULL_DAY';
}

/** Reports whether two shifts of one day overlap. */
function shiftsOverlap(a: DutyInput['shift'], b: DutyInput['shift']): boolean {
  return a === b || a === 'FULL_DAY' || b === 'FULL_DAY';
}

/** Maximum span of dates that one dutyRosters query reads. */
export const MAX_ROSTER_DAYS = 62;

/** Days after today up to which a roster can be set. */
export const ROSTER_HORIZON_DAYS = 60;

/** Order of shifts within a window's duties. */
const SHIFT_ORDER: DutyInput['shift'][] = ['MORNING', 'AFTERNOON', 'FULL_DAY'];

/** Sets the duty roster of the manager's own hall for a date from today on. */
export async function setDutyRoster(
  deps: QueueDependencies,
  args: { hallId: string; date: string; duties: DutyInput[] },
  viewer: Viewer | undefined,
): Promise<DutyRosterDocument> {
  const { models } = deps;
  const manager = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.setDutyRoster'],
  );
  const hall = await getHall(models, args.hallId);
  requireOwnHall(manager, hall);
  const date = parseLocalDate(args.date, 'date');
  const today = shanghaiDate(deps.now());
  if (date < today)
    throw badInput('A roster is set for today or a later date.', {
      field: 'date',
    });
  if (daysInclusive(today, date) - 1 > ROSTER_HORIZON_DAYS)
    throw badInput(
      `A roster is set at most ${ROSTER_HORIZON_DAYS} days ahead, and ${date} is later; choose an earlier date.`,
      { field: 'date' },
    );
  if (args.duties.length > 500)
    throw badInput('A roster contains at most 500 duties.', {
      field: 'duties',
    });
  const members = await models.HallStaff.find({
    hallId: hall._id,
    staffUserId: { $in: args.duties.map((d) => d.staffUserId) },
  }).lean<HallStaffDocument[]>();
  const duties = [];
  for (const [i, duty] of args.duties.entries()) {
    const field = `duties[${i}]`;
    const member = members.find((m) => m.staffUserId === duty.staffUserId);
    if (!member)
      throw badInput(
        `${field}: ${duty.staffUserId} is not known as staff of hall ${hall._id}.`,
        { field: `${field}.staffUserId` },
      );
    if (!hall.windows.some((w) => w.number === duty.windowNumber))
      throw badInput(
        `${field}: hall ${hall._id} has no window ${duty.windowNumber}.`,
        {
          field: `${field}.windowNumber`,
        },
      );
    const clash = args.duties
      .slice(0, i)
      .find(
        (other) =>
          other.staffUserId === duty.staffUserId &&
          shiftsOverlap(other.shift, duty.shift),
      );
    if (clash)
      throw badInput(
        `${field}: ${member.staffName} already has a duty in that shift.`,
        {
          field: `${field}.shift`,
        },
      );
    const taken = args.duties
      .slice(0, i)
      .find(
        (other) =>
          other.windowNumber === duty.windowNumber &&
          shiftsOverlap(other.shift, duty.shift),
      );
    if (taken)
      throw badInput(
        `${field}: window ${duty.windowNumber} already has a duty in an overlapping shift (${taken.shift}); one staff member works a window at a time.`,
        { field: `${field}.shift` },
      );
    if (await approvedLeaveOn(models, hall._id, duty.staffUserId, date))
      throw appError(
        ErrorCode.OnLeave,
        `${member.staffName} is on approved leave on ${date}.`,
        { staffUserId: duty.staffUserId },
      );
    duties.push({
      staffUserId: duty.staffUserId,
      staffName: member.staffName,
      windowNumber: duty.windowNumber,
      shift: duty.shift,
    });
  }
  duties.sort(
    (a, b) =>
      a.windowNumber - b.windowNumber ||
      SHIFT_ORDER.indexOf(a.shift) - SHIFT_ORDER.indexOf(b.shift),
  );
  return upsertAtVersion<DutyRosterDocument>(
    models.DutyRoster,
    `${hall._id}/${date}`,
    { hallId: hall._id, date, duties, updatedBy: manager.userId },
    { duties, updatedBy: manager.userId, updatedAt: deps.now() },
    'The roster was changed at the same time; reload it and apply your change again.',
  );
}

/** One page of the duty rosters of a hall between two dates, by date, for the staff working there. */
export async function dutyRosters(
  models: HallModels,
  args: { hallId: string; from: string; to: string } & OffsetPageArguments,
  viewer: Viewer | undefined,
): Promise<DutyRosterDocument[]> {
  const staff = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.dutyRosters'],
  );
  const hall = await getHall(models, args.hallId);
  await requireWorksAtHall(models, staff, hall);
  const from = parseLocalDate(args.from, 'from');
  const to = parseLocalDate(args.to, 'to');
  if (to < from || daysInclusive(from, to) > MAX_ROSTER_DAYS)
    throw badInput(
      `from must not be after to, and the range spans at most ${MAX_ROSTER_DAYS} days.`,
      {
        field: 'to',
      },
    );
  const { skip, limit } = offsetPageWindow(args);
  return models.DutyRoster.find({
    hallId: hall._id,
    date: { $gte: from, $lte: to },
  })
    .sort({ date: 1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<DutyRosterDocument[]>();
}

/** A duty with the hall it belongs to, as the Duty type resolves it. */
export type DutyView = DutyDocument & { hallId: string };
