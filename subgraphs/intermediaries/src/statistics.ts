import {
  ACCESS_POLICY,
  authorizeViewer,
  childDivision,
  groupedSums,
  ratio,
  scopeMatch,
  scopeMonths,
  statisticsRowLimit,
  statisticsScope,
  type StatisticsFilterInput,
  type StatisticsScope,
} from '@ykb/common';
import type { IntermediariesContext } from './resolvers.js';

/** Sums behind one row of EngagementFigures. */
interface RawFigures {
  engagements: number;
  contracted: number;
  contractsLate: number;
  completed: number;
  completionsLate: number;
}

/** Parent of the IntermediaryStatistics fields: the checked scope and the request context. */
export interface IntermediaryStatisticsParent {
  scope: StatisticsScope;
  ctx: IntermediariesContext;
}

function emptyFigures(): RawFigures {
  return {
    engagements: 0,
    contracted: 0,
    contractsLate: 0,
    completed: 0,
    completionsLate: 0,
  };
}

function publicFigures(raw: RawFigures) {
  return {
    ...raw,
    contractOnTimeRate: ratio(
      raw.contracted - raw.contractsLate,
      raw.contracted,
    ),
    completionOnTimeRate: ratio(
      raw.completed - raw.completionsLate,
      raw.completed,
    ),
  };
}

/** Sums the figures of the engagements confirmed in a scope, by division code or in one group. */
async function figuresBy(
  ctx: IntermediariesContext,
  scope: StatisticsScope,
  byDivision: boolean,
): Promise<Map<string, RawFigures>> {
  const { Engagement } = ctx.models;
  const key: Record<string, string> = byDivision ? { key: 'divisionCode' } : {};
  const match = scopeMatch(scope, { date: 'confirmedAt', department: null });
  const [confirmed, contracts, completions] = await Promise.all([
    groupedSums(Engagement, match, key, { engagements: 1 }),
    groupedSums(
      Engagement,
      { ...match, contractUploadedAt: { $ne: null } },
      { ...key, late: 'contractLate' },
      { count: 1 },
    ),
    groupedSums(
      Engagement,
      { ...match, completedAt: { $ne: null } },
      { ...key, late: 'completionLate' },
      { count: 1 },
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
  for (const group of confirmed)
    rowOf(group).engagements += group.values.engagements;
  for (const group of contracts) {
    const row = rowOf(group);
    row.contracted += group.values.count;
    if (group.key.late === true) row.contractsLate += group.values.count;
  }
  for (const group of completions) {
    const row = rowOf(group);
    row.completed += group.values.count;
    if (group.key.late === true) row.completionsLate += group.values.count;
  }
  return rows;
}

/** Checks the filter against the viewer. The fields compute their figures when selected. */
export function intermediaryStatistics(
  ctx: IntermediariesContext,
  filter: StatisticsFilterInput,
): IntermediaryStatisticsParent {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.intermediaries['Query.intermediaryStatistics'],
  );
  // Engagements have no department, so only the division subtree bounds them. A
  // department code is still checked, so an unknown one fails as elsewhere.
  const scope: StatisticsScope = {
    ...statisticsScope({ ...viewer, departmentCode: undefined }, filter),
    departmentCode: null,
  };
  return { scope, ctx };
}

type Page = { first?: number | null };

export const intermediaryStatisticsResolvers = {
  from: ({ scope }: IntermediaryStatisticsParent) => scope.from,
  to: ({ scope }: IntermediaryStatisticsParent) => scope.to,
  division: ({ scope }: IntermediaryStatisticsParent) => ({
    code: scope.divisionCode,
  }),
  total: async ({ scope, ctx }: IntermediaryStatisticsParent) =>
    publicFigures(
      (await figuresBy(ctx, scope, false)).get('') ?? emptyFigures(),
    ),
  byDivision: async (
    { scope, ctx }: IntermediaryStatisticsParent,
    { first }: Page,
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, true);
    const children = new Map<string, RawFigures>();
    for (const [code, raw] of rows) {
      const child = childDivision(scope.divisionCode, code);
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
    { scope, ctx }: IntermediaryStatisticsParent,
    { first }: Page,
  ) => {
    const limit = statisticsRowLimit(first);
    return Promise.all(
      scopeMonths(scope)
        .slice(0, limit)
        .map(async ({ month, start, end }) => {
          const rows = await figuresBy(ctx, { ...scope, start, end }, false);
          return { month, ...publicFigures(rows.get('') ?? emptyFigures()) };
        }),
    );
  },
};
