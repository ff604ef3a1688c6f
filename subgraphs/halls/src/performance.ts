import {
  ACCESS_POLICY,
  csvDocument,
  authorizeViewer,
  badInput,
  daysInMonth,
  forbidden,
  inJurisdiction,
  protectedCount,
  protectedDerived,
  Role,
  SMALL_CELL_THRESHOLD,
  suppressionMarker,
  suppressSmallCells,
  type Logger,
  type SuppressionReason,
  type Viewer,
} from '@ykb/common';
import type {
  AttendanceDocument,
  HallDocument,
  HallModels,
  HallStaffDocument,
  StaffRequestDocument,
  TicketCallDocument,
  WindowView,
} from './model.js';
import type {
  CaseStatsSource,
  StaffCaseStats,
  WindowCaseStats,
} from './casesClient.js';
import { getHall, mean, secondsBetween } from './queue.js';
import { DAY_MS, parseLocalDate, shanghaiInstant } from './shanghaiTime.js';
import { daysInclusive } from './staff.js';

/**
 * Performance of a hall's staff and windows over whole Asia/Shanghai days.
 * Queue figures come from the service records of calls (ticket_calls). A
 * served ticket counts for the window and staff member that finished it.
 * Its wait runs from joining that window's queue (taking the ticket, or its
 * transfer) to the call, and its service time from the call to the finish.
 * Case figures come from the cases subgraph in one request per report: per
 * staff member from staffCaseStats, and per window from windowCaseStats,
 * which counts the cases accepted by the staff assigned to the window now
 * and the evaluations that record the window.
 */

export const MAX_REPORT_DAYS = 366;

/** A case or evaluation figure withheld from the viewer, as the GraphQL type WithheldFigure. */
export interface WithheldFigureView {
  figure: 'CASES_HANDLED' | 'EVALUATIONS' | 'SATISFIED' | 'AVERAGE_LEVEL';
  reason: SuppressionReason;
  marker: string;
  threshold: number;
}

/** Case and evaluation figures of a report row. */
interface CaseFigures {
  casesHandled: number | null;
  evaluations: number | null;
  satisfied: number | null;
  averageLevel: number | null;
}

export interface StaffPerformanceView {
  staffUserId: string;
  staffName: string;
  ticketsServed: number;
  ticketsSkipped: number;
  ticketsTransferred: number;
  averageWaitSeconds: number | null;
  averageServiceSeconds: number | null;
  daysPresent: number;
  leaveDays: number;
  casesHandled: number | null;
  evaluations: number | null;
  satisfied: number | null;
  averageLevel: number | null;
  withheld: WithheldFigureView[];
}

export interface WindowPerformanceView {
  window: WindowView;
  ticketsServed: number;
  ticketsSkipped: number;
  ticketsTransferred: number;
  averageWaitSeconds: number | null;
  averageServiceSeconds: number | null;
  daysStaffed: number;
  casesHandled: number | null;
  evaluations: number | null;
  satisfied: number | null;
  averageLevel: number | null;
  withheld: WithheldFigureView[];
}

export interface PerformanceReportView {
  hallId: string;
  from: string;
  to: string;
  staff: StaffPerformanceView[];
  windows: WindowPerformanceView[];
  caseStatsAvailable: boolean;
}

export interface PerformanceDependencies {
  models: HallModels;
  caseStats: CaseStatsSource;
  log: Logger;
  requestId?: string;
}

/** Queue figures of a group of calls. */
function callFigures(calls: TicketCallDocument[]) {
  const served = calls.filter((c) => c.outcome === 'SERVED');
  return {
    ticketsServed: served.length,
    ticketsSkipped: calls.filter((c) => c.outcome === 'SKIPPED').length,
    ticketsTransferred: calls.filter((c) => c.outcome === 'TRANSFERRED').length,
    averageWaitSeconds: mean(
      served.flatMap((c) => (c.waitSeconds == null ? [] : [c.waitSeconds])),
    ),
    averageServiceSeconds: mean(
      served.map((c) => secondsBetween(c.calledAt, c.endedAt!)),
    ),
  };
}

/** Days of approved leave of one request that fall within [from, to]. */
function leaveDaysWithin(
  request: StaffRequestDocument,
  from: string,
  to: string,
): number {
  const start = request.leaveFrom! > from ? request.leaveFrom! : from;
  const end = request.leaveTo! < to ? request.leaveTo! : to;
  return end < start ? 0 : daysInclusive(start, end);
}

function checkPeriod(args: { from: string; to: string }, wholeMonths: boolean) {
  const from = parseLocalDate(args.from, 'from');
  const to = parseLocalDate(args.to, 'to');
  if (to < from) throw badInput('from must not lie after to.', { field: 'to' });
  if (daysInclusive(from, to) > MAX_REPORT_DAYS)
    throw badInput(`A report covers at most ${MAX_REPORT_DAYS} days.`, {
      field: 'to',
    });
  if (wholeMonths) checkWholeMonths(from, to);
  return { from, to };
}

/**
 * Checks that a period of a reader with withheld figures covers whole
 * calendar months. Two overlapping periods of any length would give the
 * exact figures of a single day as their difference, which may be a count
 * that either report withholds.
 *
 * NOTE: two nested ranges of whole months still differ by whole months, so
 * their difference reveals only month figures, and the report of those
 * months is itself published with small figures withheld.
 */
function checkWholeMonths(from: string, to: string): void {
  if (!from.endsWith('-01'))
    throw badInput(
      `from must be the first day of a month (YYYY-MM-01) for readers with a department, got ${from}.`,
      { field: 'from' },
    );
  if (to !== lastDayOfMonth(to))
    throw badInput(
      `to must be the last day of a month for readers with a department, got ${to}. The last day of that month is ${lastDayOfMonth(to)}.`,
      { field: 'to' },
    );
}

/** Returns the last day of the month of a YYYY-MM-DD date. */
function lastDayOfMonth(date: string): string {
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

/** Checks that the viewer may read the performance of a hall. */
function requireReportAccess(viewer: Viewer, hall: HallDocument): void {
  if (viewer.roles.includes(Role.HallManager) && viewer.hallId === hall._id)
    return;
  const overseer =
    viewer.roles.includes(Role.Supervisor) ||
    viewer.roles.includes(Role.Analyst);
  if (overseer && inJurisdiction(viewer, { divisionCode: hall.divisionCode }))
    return;
  throw forbidden(
    `The performance of hall ${hall._id} lies outside your hall and division.`,
  );
}

/**
 * Returns whether a reader gets the case and evaluation figures exact. They
 * cover every department at the hall, while a reader with a department may
 * read only that department's cases (RECORD_READER_ROLES in jurisdiction).
 */
function readsEveryCase(viewer: Viewer): boolean {
  return !viewer.departmentCode;
}

/**
 * Withholds small case and evaluation figures of one row with
 * suppressSmallCells. The cells are casesHandled, evaluations, satisfied
 * and the other evaluations, which a reader can compute as evaluations −
 * satisfied. The evaluations are the total of the last two. The average
 * level is withheld when any of the last three is, because the levels
 * bound how many of the evaluations score 4 or more: five evaluations
 * averaging 1.8 contain at most one satisfied one.
 */
export function withholdCaseFigures<R extends CaseFigures>(
  row: R,
): R & { withheld: WithheldFigureView[] } {
  if (
    row.casesHandled === null ||
    row.evaluations === null ||
    row.satisfied === null
  )
    return { ...row, withheld: [] };
  const [handled, evaluations, satisfied, others] = suppressSmallCells(
    [
      row.casesHandled,
      row.evaluations,
      row.satisfied,
      row.evaluations - row.satisfied,
    ],
    [{ total: 1, parts: [2, 3] }],
  );
  const figures = {
    CASES_HANDLED: protectedCount(row.casesHandled, handled!),
    EVALUATIONS: protectedCount(row.evaluations, evaluations!),
    SATISFIED: protectedCount(row.satisfied, satisfied!),
    AVERAGE_LEVEL: protectedDerived(row.averageLevel, [
      evaluations!,
      satisfied!,
      others!,
    ]),
  };
  const withheld = (
    Object.entries(figures) as [
      WithheldFigureView['figure'],
      (typeof figures)['EVALUATIONS'],
    ][]
  ).flatMap(([figure, value]) =>
    value.reason === null
      ? []
      : [
          {
            figure,
            reason: value.reason,
            marker: suppressionMarker(value)!,
            threshold: SMALL_CELL_THRESHOLD,
          },
        ],
  );
  return {
    ...row,
    casesHandled: figures.CASES_HANDLED.value,
    evaluations: figures.EVALUATIONS.value,
    satisfied: figures.SATISFIED.value,
    averageLevel: figures.AVERAGE_LEVEL.value,
    withheld,
  };
}

/** Builds the performance report of a hall; see the schema for the rules. */
export async function hallPerformance(
  deps: PerformanceDependencies,
  args: { hallId: string; from: string; to: string },
  viewer: Viewer | undefined,
  operation: 'Query.hallPerformance' | 'Query.hallPerformanceCsv',
): Promise<PerformanceReportView> {
  const { models } = deps;
  const reader = authorizeViewer(viewer, ACCESS_POLICY.halls[operation]);
  const hall = await getHall(models, args.hallId);
  requireReportAccess(reader, hall);
  const exact = readsEveryCase(reader);
  const { from, to } = checkPeriod(args, !exact);
  // NOTE: the report reads every call record of the period into memory; a
  // year of a busy city hall is in the order of 10^5 small documents.
  const [calls, attendance, leave, members] = await Promise.all([
    models.TicketCall.find({
      hallId: hall._id,
      serviceDate: { $gte: from, $lte: to },
      outcome: { $ne: null },
    })
      .select({
        windowNumber: 1,
        serviceDate: 1,
        calledBy: 1,
        calledByName: 1,
        calledAt: 1,
        endedAt: 1,
        outcome: 1,
        waitSeconds: 1,
      })
      .lean<TicketCallDocument[]>(),
    models.Attendance.find({ hallId: hall._id, date: { $gte: from, $lte: to } })
      .select({ staffUserId: 1, staffName: 1, date: 1 })
      .lean<AttendanceDocument[]>(),
    models.StaffRequest.find({
      hallId: hall._id,
      kind: 'LEAVE',
      status: 'APPROVED',
      leaveFrom: { $lte: to },
      leaveTo: { $gte: from },
    }).lean<StaffRequestDocument[]>(),
    models.HallStaff.find({ hallId: hall._id }).lean<HallStaffDocument[]>(),
  ]);

  const names = new Map<string, string>();
  for (const m of members) names.set(m.staffUserId, m.staffName);
  for (const a of attendance) names.set(a.staffUserId, a.staffName);
  for (const c of calls)
    if (!names.has(c.calledBy)) names.set(c.calledBy, c.calledByName);
  const staffIds = [...names.keys()].sort();

  const windowIdOf = (number: number) => `${hall._id}/${number}`;
  let caseStats: Map<string, StaffCaseStats> | null = null;
  let windowStats: Map<string, WindowCaseStats> | null = null;
  try {
    const stats = await deps.caseStats(
      {
        hallId: hall._id,
        staffIds,
        windows: hall.windows.map((window) => ({
          windowId: windowIdOf(window.number),
          staffIds: window.assignedStaffUserIds ?? [],
        })),
        from: shanghaiInstant(from, 0),
        to: new Date(shanghaiInstant(to, 0).getTime() + DAY_MS - 1),
      },
      deps.requestId,
    );
    caseStats = new Map(stats.staff.map((s) => [s.staffId, s]));
    windowStats = new Map(stats.windows.map((w) => [w.windowId, w]));
  } catch (error) {
    deps.log.warn(
      { err: error, hallId: hall._id },
      'case figures unavailable for the performance report',
    );
  }

  const staff = staffIds
    .map((staffUserId): StaffPerformanceView => {
      const figures = callFigures(
        calls.filter((c) => c.calledBy === staffUserId),
      );
      const cases = caseStats?.get(staffUserId);
      return {
        staffUserId,
        staffName: names.get(staffUserId)!,
        ticketsServed: figures.ticketsServed,
        ticketsSkipped: figures.ticketsSkipped,
        ticketsTransferred: figures.ticketsTransferred,
        averageWaitSeconds: figures.averageWaitSeconds,
        averageServiceSeconds: figures.averageServiceSeconds,
        daysPresent: new Set(
          attendance
            .filter((a) => a.staffUserId === staffUserId)
            .map((a) => a.date),
        ).size,
        leaveDays: leave
          .filter((r) => r.requesterId === staffUserId)
          .reduce((sum, r) => sum + leaveDaysWithin(r, from, to), 0),
        casesHandled: caseStats ? (cases?.casesHandled ?? 0) : null,
        evaluations: caseStats ? (cases?.evaluations ?? 0) : null,
        satisfied: caseStats ? (cases?.satisfied ?? 0) : null,
        averageLevel: cases?.averageLevel ?? null,
        withheld: [],
      };
    })
    .sort(
      (a, b) =>
        a.staffName.localeCompare(b.staffName, 'zh-CN') ||
        a.staffUserId.localeCompare(b.staffUserId),
    );
  const windows = [...hall.windows]
    .sort((a, b) => a.number - b.number)
    .map((window) => {
      const ofWindow = calls.filter((c) => c.windowNumber === window.number);
      const cases = windowStats?.get(windowIdOf(window.number));
      return {
        window: { ...window, hallId: hall._id },
        ...callFigures(ofWindow),
        daysStaffed: new Set(ofWindow.map((c) => c.serviceDate)).size,
        casesHandled: windowStats ? (cases?.casesHandled ?? 0) : null,
        evaluations: windowStats ? (cases?.evaluations ?? 0) : null,
        satisfied: windowStats ? (cases?.satisfied ?? 0) : null,
        averageLevel: cases?.averageLevel ?? null,
        withheld: [],
      };
    });
  return {
    hallId: hall._id,
    from,
    to,
    staff: exact ? staff : staff.map(withholdCaseFigures),
    windows: exact ? windows : windows.map(withholdCaseFigures),
    caseStatsAvailable: caseStats !== null,
  };
}

export const CSV_HEADER = [
  '类型',
  '编号',
  '名称',
  '服务人次',
  '过号',
  '转出',
  '平均等候秒数',
  '平均办理秒数',
  '出勤天数',
  '请假天数',
  '办件数',
  '评价数',
  '满意数',
  '平均评价等级',
];

function roundedLevel(level: number | null): number | null {
  return level === null ? null : Number(level.toFixed(2));
}

/** Returns the case figures of a row as CSV cells, with the marker of each withheld one. */
function caseCells(
  row: CaseFigures & { withheld: WithheldFigureView[] },
): (string | number | null)[] {
  const cell = (figure: WithheldFigureView['figure'], value: number | null) =>
    row.withheld.find((w) => w.figure === figure)?.marker ?? value;
  return [
    cell('CASES_HANDLED', row.casesHandled),
    cell('EVALUATIONS', row.evaluations),
    cell('SATISFIED', row.satisfied),
    cell('AVERAGE_LEVEL', roundedLevel(row.averageLevel)),
  ];
}

/**
 * Renders a report as CSV: UTF-8 with a byte-order mark, CRLF line ends,
 * staff rows then window rows. In window rows 出勤天数 is the number of days
 * with calls at the window, and the leave column is empty. A withheld case
 * figure is written as its marker (`<5` or `x`).
 */
export function performanceCsv(report: PerformanceReportView): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const s of report.staff)
    rows.push([
      '人员',
      s.staffUserId,
      s.staffName,
      s.ticketsServed,
      s.ticketsSkipped,
      s.ticketsTransferred,
      s.averageWaitSeconds,
      s.averageServiceSeconds,
      s.daysPresent,
      s.leaveDays,
      ...caseCells(s),
    ]);
  for (const w of report.windows)
    rows.push([
      '窗口',
      w.window.number,
      w.window.name,
      w.ticketsServed,
      w.ticketsSkipped,
      w.ticketsTransferred,
      w.averageWaitSeconds,
      w.averageServiceSeconds,
      w.daysStaffed,
      null,
      ...caseCells(w),
    ]);
  return csvDocument(rows);
}
