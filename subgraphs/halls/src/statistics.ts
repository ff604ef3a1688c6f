import {
  ACCESS_POLICY,
  authorizeViewer,
  average,
  childDivision,
  escapeRegExp,
  groupedSums,
  scopeMonths,
  statisticsRowLimit,
  statisticsScope,
  type StatisticsFilterInput,
  type StatisticsScope,
} from '@ykb/common';
import type { HallDocument, TicketCallDocument } from './model.js';
import { secondsBetween } from './queue.js';
import type { HallsContext } from './resolvers.js';

/** Ended calls without a stored service time that one statistics query fills in. */
const BACKFILL_BATCH = 1000;

/** Sums behind one row of QueueFigures. */
interface RawFigures {
  served: number;
  skipped: number;
  transferred: number;
  waited: number;
  waitSeconds: number;
  timedServices: number;
  serviceSeconds: number;
}

/** Parent of the HallStatistics fields: the checked scope, the halls in it and the request context. */
export interface HallStatisticsParent {
  scope: StatisticsScope;
  halls: HallDocument[];
  ctx: HallsContext;
}

function emptyFigures(): RawFigures {
  return {
    served: 0,
    skipped: 0,
    transferred: 0,
    waited: 0,
    waitSeconds: 0,
    timedServices: 0,
    serviceSeconds: 0,
  };
}

function publicFigures(raw: RawFigures) {
  return {
    served: raw.served,
    skipped: raw.skipped,
    transferred: raw.transferred,
    averageWaitSeconds: average(raw.waitSeconds, raw.waited),
    averageServiceSeconds: average(raw.serviceSeconds, raw.timedServices),
  };
}

/** $match of the calls of the scope's halls on service days from `from` to `to` (Asia/Shanghai dates). */
function callMatch(
  parent: HallStatisticsParent,
  from = parent.scope.from,
  to = parent.scope.to,
): Record<string, unknown> {
  return {
    serviceDate: { $gte: from, $lte: to },
    hallId: { $in: parent.halls.map((hall) => hall._id) },
  };
}

/**
 * Stores the service time of ended calls that lack it (ended before the
 * field existed), at most BACKFILL_BATCH per query. The value depends only
 * on the call's fixed start and end.
 */
async function backfillServiceSeconds(
  parent: HallStatisticsParent,
): Promise<void> {
  const { TicketCall } = parent.ctx.models;
  const missing = await TicketCall.find({
    ...callMatch(parent),
    endedAt: { $ne: null },
    serviceSeconds: { $exists: false },
  })
    .select({ calledAt: 1, endedAt: 1 })
    .limit(BACKFILL_BATCH)
    .lean<TicketCallDocument[]>();
  for (const call of missing)
    await TicketCall.updateOne(
      { _id: call._id, serviceSeconds: { $exists: false } },
      {
        $set: { serviceSeconds: secondsBetween(call.calledAt, call.endedAt!) },
      },
    );
}

/** Sums the queue figures of the scope's calls by hall id, or in one group without `byHall`. */
async function figuresBy(
  parent: HallStatisticsParent,
  byHall: boolean,
  match: Record<string, unknown> = callMatch(parent),
): Promise<Map<string, RawFigures>> {
  const { TicketCall } = parent.ctx.models;
  const key: Record<string, string> = byHall ? { key: 'hallId' } : {};
  const [outcomes, waits, services] = await Promise.all([
    groupedSums(
      TicketCall,
      { ...match, outcome: { $ne: null } },
      { ...key, outcome: 'outcome' },
      { calls: 1 },
    ),
    groupedSums(TicketCall, { ...match, waitSeconds: { $ne: null } }, key, {
      waited: 1,
      waitSeconds: '$waitSeconds',
    }),
    groupedSums(
      TicketCall,
      { ...match, outcome: 'SERVED', serviceSeconds: { $ne: null } },
      key,
      { timedServices: 1, serviceSeconds: '$serviceSeconds' },
    ),
  ]);
  const rows = new Map<string, RawFigures>();
  const rowOf = (group: { key: Record<string, unknown> }) => {
    const name = String(group.key.key ?? '');
    let row = rows.get(name);
    if (!row) {
      row = emptyFigures();
      rows.set(name, row);
    }
    return row;
  };
  for (const group of outcomes) {
    const row = rowOf(group);
    if (group.key.outcome === 'SERVED') row.served += group.values.calls;
    if (group.key.outcome === 'SKIPPED') row.skipped += group.values.calls;
    if (group.key.outcome === 'TRANSFERRED')
      row.transferred += group.values.calls;
  }
  for (const group of waits) {
    const row = rowOf(group);
    row.waited += group.values.waited;
    row.waitSeconds += group.values.waitSeconds;
  }
  for (const group of services) {
    const row = rowOf(group);
    row.timedServices += group.values.timedServices;
    row.serviceSeconds += group.values.serviceSeconds;
  }
  return rows;
}

/** Checks the filter against the viewer and finds the halls of its division subtree. The fields compute their figures when selected. */
export async function hallStatistics(
  ctx: HallsContext,
  filter: StatisticsFilterInput,
): Promise<HallStatisticsParent> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.halls['Query.hallStatistics'],
  );
  // Queues have no department, so only the division subtree bounds them. A
  // department code is still checked, so an unknown one fails as elsewhere.
  const scope: StatisticsScope = {
    ...statisticsScope({ ...viewer, departmentCode: undefined }, filter),
    departmentCode: null,
  };
  const halls = await ctx.models.Hall.find({
    divisionCode: { $regex: `^${escapeRegExp(scope.divisionCode)}` },
  })
    .sort({ _id: 1 })
    .lean<HallDocument[]>();
  const parent = { scope, halls, ctx };
  await backfillServiceSeconds(parent);
  return parent;
}

export const hallStatisticsResolvers = {
  from: ({ scope }: HallStatisticsParent) => scope.from,
  to: ({ scope }: HallStatisticsParent) => scope.to,
  division: ({ scope }: HallStatisticsParent) => ({ code: scope.divisionCode }),
  total: async (parent: HallStatisticsParent) =>
    publicFigures((await figuresBy(parent, false)).get('') ?? emptyFigures()),
  byHall: async (
    parent: HallStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(parent, true);
    return parent.halls
      .filter((hall) => rows.has(hall._id))
      .slice(0, limit)
      .map((hall) => ({ hall, ...publicFigures(rows.get(hall._id)!) }));
  },
  byDivision: async (
    parent: HallStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(parent, true);
    const children = new Map<string, RawFigures>();
    for (const hall of parent.halls) {
      const raw = rows.get(hall._id);
      if (!raw) continue;
      const child = childDivision(parent.scope.divisionCode, hall.divisionCode);
      const total = children.get(child) ?? emptyFigures();
      for (const field of Object.keys(total) as (keyof RawFigures)[])
        total[field] += raw[field];
      children.set(child, total);
    }
    return [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([code, raw]) => ({ division: { code }, ...publicFigures(raw) }));
  },
  byMonth: async (
    parent: HallStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const { scope } = parent;
    return Promise.all(
      scopeMonths(scope)
        .slice(0, limit)
        .map(async ({ month }) => {
          const from = scope.from > `${month}-01` ? scope.from : `${month}-01`;
          const to = scope.to < `${month}-31` ? scope.to : `${month}-31`;
          const rows = await figuresBy(
            parent,
            false,
            callMatch(parent, from, to),
          );
          return { month, ...publicFigures(rows.get('') ?? emptyFigures()) };
        }),
    );
  },
};
