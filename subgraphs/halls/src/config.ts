import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  DEPARTMENTS,
  ErrorCode,
  shanghaiDate,
  type Viewer,
} from '@ykb/common';
import {
  BUSINESS_CATEGORIES,
  type HallDocument,
  type HallModels,
  type HallStaffDocument,
} from './model.js';
import { getHall, type QueueDependencies } from './queue.js';
import { checkTimeRanges, checkWeekdays } from './checks.js';
import { requireOwnHall } from './staff.js';
import {
  cancelStrandedBookings,
  rejectNewlyStranded,
  type StrandedBookingAction,
} from './strandedAppointments.js';

/**
 * Hall configuration by the manager of the hall: its public details, the
 * departments stationed in it and its windows. Each change replaces the
 * configured part under the hall's version claim, so two managers editing
 * at once cannot interleave their windows.
 */

const DEPARTMENT_CODES = new Set(DEPARTMENTS.map((d) => d.code));
export const MAX_WINDOWS = 50;

export interface HallSettingsInput {
  openingHours: string;
  phone: string;
  departmentCodes: string[];
}

export interface WindowInput {
  number: number;
  name: string;
  category: 'COMPREHENSIVE' | 'DEDICATED';
  businessCategories: string[];
  departmentCode?: string | null;
  mail: boolean;
  weekdays: number[];
  openingTimes: { start: string; end: string }[];
  openOnHolidays?: boolean | null;
  assignedStaffUserIds: string[];
}

async function managedHall(
  models: HallModels,
  hallId: string,
  viewer: Viewer | undefined,
  operation: 'Mutation.configureHall' | 'Mutation.configureWindows',
): Promise<HallDocument> {
  const manager = authorizeViewer(viewer, ACCESS_POLICY.halls[operation]);
  const hall = await getHall(models, hallId);
  requireOwnHall(manager, hall);
  return hall;
}

/** Writes `set` to the hall at the version read, or reports CONFLICT. */
async function changeHall(
  models: HallModels,
  hall: HallDocument,
  set: Record<string, unknown>,
): Promise<HallDocument> {
  // Halls seeded before versioning have no version field; give them one.
  if (hall.version == null)
    await models.Hall.updateOne(
      { _id: hall._id, version: { $exists: false } },
      { $set: { version: 0 } },
    );
  const changed = await changeAtVersion<HallDocument>(
    models.Hall,
    hall._id,
    hall.version ?? 0,
    { set },
  );
  if (!changed)
    throw appError(
      ErrorCode.Conflict,
      'The hall was changed at the same time; reload it and apply your change again.',
    );
  return changed;
}

/** Sets the public details and stationed departments of the manager's own hall. */
export async function configureHall(
  deps: QueueDependencies,
  args: { hallId: string; input: HallSettingsInput },
  viewer: Viewer | undefined,
): Promise<HallDocument> {
  const hall = await managedHall(
    deps.models,
    args.hallId,
    viewer,
    'Mutation.configureHall',
  );
  const { input } = args;
  const openingHours = input.openingHours.trim();
  if (openingHours.length < 1 || openingHours.length > 200)
    throw badInput('openingHours must hold 1 to 200 characters.', {
      field: 'input.openingHours',
    });
  const phone = input.phone.trim();
  if (!/^[0-9-]{5,20}$/.test(phone))
    throw badInput('phone must be 5 to 20 digits and hyphens.', {
      field: 'input.phone',
    });
  const departmentCodes = [...new Set(input.departmentCodes)].sort();
  const unknown = departmentCodes.filter((code) => !DEPARTMENT_CODES.has(code));
  if (unknown.length > 0)
    throw badInput(`Unknown department codes: ${unknown.join(', ')}.`, {
      field: 'input.departmentCodes',
    });
  const orphaned = hall.windows.filter(
    (w) => w.departmentCode && !departmentCodes.includes(w.departmentCode),
  );
  if (orphaned.length > 0)
    throw badInput(
      `Dedicated windows ${orphaned.map((w) => w.number).join(', ')} serve departments that would no longer be stationed; change those windows first.`,
      { field: 'input.departmentCodes' },
    );
  return changeHall(deps.models, hall, {
    openingHours,
    phone,
    departmentCodes,
  });
}

/** Checks one window of a configuration and returns it as stored. */
function checkWindow(
  input: WindowInput,
  index: number,
  hall: HallDocument,
  departmentCodes: string[],
  staff: Set<string>,
) {
  const field = `windows[${index}]`;
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 99)
    throw badInput(`${field}.number must be a whole number from 1 to 99.`, {
      field: `${field}.number`,
    });
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50)
    throw badInput(`${field}.name must hold 1 to 50 characters.`, {
      field: `${field}.name`,
    });
  const businessCategories = [...new Set(input.businessCategories)];
  if (
    businessCategories.length === 0 ||
    businessCategories.some((c) => !Object.hasOwn(BUSINESS_CATEGORIES, c))
  )
    throw badInput(`${field}.businessCategories must list known categories.`, {
      field: `${field}.businessCategories`,
    });
  const departmentCode = input.departmentCode ?? null;
  if (input.category === 'DEDICATED') {
    if (!departmentCode || !departmentCodes.includes(departmentCode))
      throw badInput(
        `${field}: a dedicated window serves one department stationed in hall ${hall._id}.`,
        { field: `${field}.departmentCode` },
      );
  } else if (departmentCode !== null) {
    throw badInput(`${field}: a comprehensive window has no department.`, {
      field: `${field}.departmentCode`,
    });
  }
  const weekdays = checkWeekdays(input.weekdays, `${field}.weekdays`);
  const assignedStaffUserIds = [...new Set(input.assignedStaffUserIds)];
  const strangers = assignedStaffUserIds.filter((id) => !staff.has(id));
  if (strangers.length > 0)
    throw badInput(
      `${field}: ${strangers.join(', ')} are not known as staff of hall ${hall._id}; they check in there first or enter it.`,
      { field: `${field}.assignedStaffUserIds` },
    );
  return {
    number: input.number,
    name,
    category: input.category,
    businessCategories,
    departmentCode,
    mail: input.mail,
    weekdays,
    openingTimes: checkTimeRanges(input.openingTimes, `${field}.openingTimes`),
    openOnHolidays: input.openOnHolidays ?? false,
    assignedStaffUserIds,
  };
}

/** A saved window configuration and the bookings it cancelled. */
export interface WindowsChange {
  hall: HallDocument;
  cancelledAppointments: number;
}

/** A hall as configureWindows returns it, with the number of bookings the call cancelled. */
export type HallWithCancellations = HallDocument & {
  cancelledAppointmentCount?: number;
};

/**
 * Replaces the windows of the manager's own hall. A window that is removed
 * while it serves a ticket, or while tickets transferred to it wait, is
 * refused, so no ticket of today loses its window. A change that leaves
 * bookings without an open window of their category is rejected with
 * APPOINTMENTS_STRANDED, unless `strandedAppointments` is
 * CANCEL_AND_NOTIFY: then every booking the new windows cannot serve is
 * cancelled after the save, and its citizen notified.
 */
export async function configureWindows(
  deps: QueueDependencies,
  args: {
    hallId: string;
    windows: WindowInput[];
    strandedAppointments?: StrandedBookingAction | null;
  },
  viewer: Viewer | undefined,
): Promise<WindowsChange> {
  const { models } = deps;
  const hall = await managedHall(
    models,
    args.hallId,
    viewer,
    'Mutation.configureWindows',
  );
  if (args.windows.length < 1 || args.windows.length > MAX_WINDOWS)
    throw badInput(`A hall has 1 to ${MAX_WINDOWS} windows.`, {
      field: 'windows',
    });
  const members = await models.HallStaff.find({ hallId: hall._id })
    .select({ staffUserId: 1 })
    .lean<Pick<HallStaffDocument, 'staffUserId'>[]>();
  const staff = new Set(members.map((m) => m.staffUserId));
  const windows = args.windows
    .map((w, i) => checkWindow(w, i, hall, hall.departmentCodes ?? [], staff))
    .sort((a, b) => a.number - b.number);
  windows.forEach((w, i) => {
    if (i > 0 && windows[i - 1]!.number === w.number)
      throw badInput(`Window number ${w.number} appears twice.`, {
        field: 'windows',
      });
  });
  const kept = new Set(windows.map((w) => w.number));
  const removed = hall.windows.map((w) => w.number).filter((n) => !kept.has(n));
  if (removed.length > 0) {
    const busy = await models.Ticket.findOne({
      hallId: hall._id,
      serviceDate: shanghaiDate(deps.now()),
      windowNumber: { $in: removed },
      status: { $in: ['CALLED', 'WAITING'] },
    })
      .select({ windowNumber: 1 })
      .lean<{ windowNumber: number }>();
    if (busy)
      throw appError(
        ErrorCode.InvalidState,
        `Window ${busy.windowNumber} still serves or holds a ticket today; finish or transfer it first.`,
      );
  }
  const now = deps.now();
  const action = args.strandedAppointments ?? 'REJECT';
  if (action === 'REJECT')
    await rejectNewlyStranded(models, hall, windows, now);
  const saved = await changeHall(models, hall, { windows });
  // With REJECT, this cancels only bookings made while this change was
  // being saved, which the check above could not see. Bookings stranded by
  // earlier changes are left to cancelStrandedAppointments.
  const cancelled = await cancelStrandedBookings(
    models,
    saved,
    now,
    action === 'REJECT' ? hall.windows : null,
  );
  return { hall: saved, cancelledAppointments: cancelled.length };
}
