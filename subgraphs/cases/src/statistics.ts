import {
  ACCESS_POLICY,
  authorizeViewer,
  average,
  childDivision,
  createLogger,
  groupedSums,
  ratio,
  scopeMatch,
  scopeMonths,
  statisticsRowLimit,
  statisticsScope,
  type StatisticsFilterInput,
  type StatisticsScope,
} from '@ykb/common';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';
import { handlingWorkingDays } from './timeLimit.js';

const log = createLogger('cases-statistics');

/** Decided cases without a stored handling time that one statistics query fills in. */
const BACKFILL_BATCH = 1000;
/** Sums behind one row of CaseFigures, before rates and averages. */
interface RawFigures {
  submitted: number;
  accepted: number;
  decided: number;
  onTime: number;
  late: number;
  handled: number;
  handlingDays: number;
  evaluations: number;
  scoreSum: number;
  satisfied: number;
}

/** Parent of the CaseStatistics fields: the checked scope and the request context. */
export interface CaseStatisticsParent {
  scope: StatisticsScope;
  ctx: CasesContext;
}

type Dimension = 'itemId' | 'departmentCode' | 'divisionCode';

function emptyFigures(): RawFigures {
  return {
    submitted: 0,
    accepted: 0,
    decided: 0,
    onTime: 0,
    late: 0,
    handled: 0,
    handlingDays: 0,
    evaluations: 0,
    scoreSum: 0,
    satisfied: 0,
  };
}

/**
 * Stores the handling time of decided cases in the scope that lack it
 * (decided before the field existed), at most BACKFILL_BATCH per call, so
 * that the average can be summed in the database. The value depends only on
 * fields that never change after the decision, so a concurrent fill writes
 * the same number.
 */
async function backfillHandlingDays(
  ctx: CasesContext,
  scope: StatisticsScope,
): Promise<void> {
  const missing = await ctx.models.Case.find(
    {
      ...scopeMatch(scope, { date: 'decidedAt' }),
      handlingWorkingDays: { $exists: false },
    },
    { acceptedAt: 1, decidedAt: 1, pauses: 1 },
  )
    .limit(BACKFILL_BATCH)
    .lean<
      Pick<CaseDocument, '_id' | 'acceptedAt' | 'decidedAt' | 'pauses'>[]
    >();
  for (const record of missing) {
    await ctx.models.Case.updateOne(
      { _id: record._id, handlingWorkingDays: { $exists: false } },
      {
        $set: {
          handlingWorkingDays: handlingWorkingDays(record, record.decidedAt!),
        },
      },
    );
  }
  if (missing.length > 0)
    log.info(
      { count: missing.length, divisionCode: scope.divisionCode },
      'stored handling time of decided cases',
    );
}

/**
 * Sums the figures of a scope grouped by one case field, or in one group
 * when `dimension` is null. Every number comes from an aggregation pipeline
 * of the cases or evaluations collection, because evaluations carry the
 * same itemId, departmentCode and divisionCode fields as their case.
 */
async function figuresBy(
  ctx: CasesContext,
  scope: StatisticsScope,
  dimension: Dimension | null,
): Promise<Map<string, RawFigures>> {
  const { Case } = ctx.models;
  const { Evaluation } = ctx.services.models;
  const key: Record<string, string> = dimension ? { key: dimension } : {};
  const submittedMatch = scopeMatch(scope, { date: 'submittedAt' });
  const decidedMatch = scopeMatch(scope, { date: 'decidedAt' });
  const evaluatedMatch = scopeMatch(scope, { date: 'createdAt' });
  const [submitted, accepted, decided, handled, evaluated, satisfied] =
    await Promise.all([
      groupedSums(Case, submittedMatch, key, { submitted: 1 }),
      groupedSums(Case, { ...submittedMatch, acceptedAt: { $ne: null } }, key, {
        accepted: 1,
      }),
      groupedSums(
        Case,
        decidedMatch,
        { ...key, timeliness: 'decisionTimeliness' },
        { decided: 1 },
      ),
      groupedSums(
        Case,
        { ...decidedMatch, handlingWorkingDays: { $ne: null } },
        key,
        { handled: 1, handlingDays: '$handlingWorkingDays' },
      ),
      groupedSums(Evaluation, evaluatedMatch, key, {
        evaluations: 1,
        scoreSum: '$score',
      }),
      groupedSums(Evaluation, { ...evaluatedMatch, score: { $gte: 4 } }, key, {
        satisfied: 1,
      }),
    ]);
  const rows = new Map<string, RawFigures>();
  const rowOf = (group: { key: Record<string, unknown> }): RawFigures => {
    const name = String(group.key.key ?? '');
    let row = rows.get(name);
    if (!row) {
      row = emptyFigures();
      rows.set(name, row);
    }
    return row;
  };
  for (const group of submitted)
    rowOf(group).submitted += group.values.submitted;
  for (const group of accepted) rowOf(group).accepted += group.values.accepted;
  for (const group of decided) {
    const row = rowOf(group);
    row.decided += group.values.decided;
    if (group.key.timeliness === 'ON_TIME') row.onTime += group.values.decided;
    if (group.key.timeliness === 'LATE') row.late += group.values.decided;
  }
  for (const group of handled) {
    const row = rowOf(group);
    row.handled += group.values.handled;
    row.handlingDays += group.values.handlingDays;
  }
  for (const group of evaluated) {
    const row = rowOf(group);
    row.evaluations += group.values.evaluations;
    row.scoreSum += group.values.scoreSum;
  }
  for (const group of satisfied)
    rowOf(group).satisfied += group.values.satisfied;
  return rows;
}

function addFigures(target: RawFigures, source: RawFigures): void {
  for (const field of Object.keys(target) as (keyof RawFigures)[])
    target[field] += source[field];
}

function publicFigures(raw: RawFigures) {
  return {
    submitted: raw.submitted,
    accepted: raw.accepted,
    decided: raw.decided,
    onTime: raw.onTime,
    late: raw.late,
    onTimeRate: ratio(raw.onTime, raw.onTime + raw.late),
    averageHandlingWorkingDays: average(raw.handlingDays, raw.handled),
    evaluations: raw.evaluations,
    satisfied: raw.satisfied,
    satisfactionRate: ratio(raw.satisfied, raw.evaluations),
    averageEvaluationScore: average(raw.scoreSum, raw.evaluations),
  };
}

/** Checks the filter against the viewer and fills in missing handling times. The fields compute their figures when selected. */
export async function caseStatistics(
  ctx: CasesContext,
  filter: StatisticsFilterInput,
): Promise<CaseStatisticsParent> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.caseStatistics'],
  );
  const scope = statisticsScope(viewer, filter);
  await backfillHandlingDays(ctx, scope);
  return { scope, ctx };
}

export const caseStatisticsResolvers = {
  from: ({ scope }: CaseStatisticsParent) => scope.from,
  to: ({ scope }: CaseStatisticsParent) => scope.to,
  division: ({ scope }: CaseStatisticsParent) => ({ code: scope.divisionCode }),
  departmentCode: ({ scope }: CaseStatisticsParent) => scope.departmentCode,
  total: async ({ scope, ctx }: CaseStatisticsParent) => {
    const rows = await figuresBy(ctx, scope, null);
    return publicFigures(rows.get('') ?? emptyFigures());
  },
  byItem: async (
    { scope, ctx }: CaseStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'itemId');
    return [...rows.entries()]
      .sort(([a, x], [b, y]) => y.submitted - x.submitted || (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([id, raw]) => ({ item: { id }, ...publicFigures(raw) }));
  },
  byDepartment: async (
    { scope, ctx }: CaseStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'departmentCode');
    return [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([departmentCode, raw]) => ({
        departmentCode,
        ...publicFigures(raw),
      }));
  },
  byDivision: async (
    { scope, ctx }: CaseStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'divisionCode');
    const children = new Map<string, RawFigures>();
    for (const [code, raw] of rows) {
      const child = childDivision(scope.divisionCode, code);
      const total = children.get(child) ?? emptyFigures();
      addFigures(total, raw);
      children.set(child, total);
    }
    return [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([code, raw]) => ({ division: { code }, ...publicFigures(raw) }));
  },
  byMonth: async (
    { scope, ctx }: CaseStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const months = scopeMonths(scope).slice(0, limit);
    return Promise.all(
      months.map(async ({ month, start, end }) => {
        const rows = await figuresBy(ctx, { ...scope, start, end }, null);
        return { month, ...publicFigures(rows.get('') ?? emptyFigures()) };
      }),
    );
  },
};
