import {
  ACCESS_POLICY,
  authorizeViewer,
  childDivision,
  groupedSums,
  scopeMatch,
  scopeMonths,
  statisticsRowLimit,
  statisticsScope,
  type StatisticsFilterInput,
  type StatisticsScope,
} from '@ykb/common';
import type { LicenceDocument } from './model.js';
import type { LicensesContext } from './resolvers.js';

/** Uses without copied licence fields that one statistics query fills in. */
const BACKFILL_BATCH = 1000;

/** Sums behind one row of LicenceFigures. */
interface RawFigures {
  issued: number;
  used: number;
  usedForMaterialExemption: number;
}

/** Parent of the LicenceStatistics fields: the checked scope and the request context. */
export interface LicenceStatisticsParent {
  scope: StatisticsScope;
  ctx: LicensesContext;
}

type Dimension = 'typeCode' | 'departmentCode' | 'divisionCode';

/** Fields of a licence copied onto each of its use records, so that uses are grouped without a join. */
export function licenceStatisticsKeys(
  licence: Pick<
    LicenceDocument,
    'typeCode' | 'divisionCode' | 'departmentCode'
  >,
) {
  return {
    typeCode: licence.typeCode,
    divisionCode: licence.divisionCode,
    departmentCode: licence.departmentCode,
  };
}

/** Copies the licence fields onto uses of this platform's licences stored before they were copied, at most BACKFILL_BATCH per query. */
async function backfillUseKeys(
  ctx: LicensesContext,
  scope: StatisticsScope,
): Promise<void> {
  const { LicenceUse, Licence } = ctx.models;
  const missing = await LicenceUse.find({
    usedAt: { $gte: scope.start, $lt: scope.end },
    licenceId: { $ne: null },
    divisionCode: { $exists: false },
  })
    .select({ licenceId: 1 })
    .limit(BACKFILL_BATCH)
    .lean<{ _id: string; licenceId: string }[]>();
  if (missing.length === 0) return;
  const licences = await Licence.find({
    _id: { $in: [...new Set(missing.map((use) => use.licenceId))] },
  })
    .select({ typeCode: 1, divisionCode: 1, departmentCode: 1 })
    .lean<LicenceDocument[]>();
  const byId = new Map(licences.map((licence) => [licence._id, licence]));
  for (const use of missing) {
    const licence = byId.get(use.licenceId);
    if (!licence) continue;
    await LicenceUse.updateOne(
      { _id: use._id, divisionCode: { $exists: false } },
      { $set: licenceStatisticsKeys(licence) },
    );
  }
}

async function figuresBy(
  ctx: LicensesContext,
  scope: StatisticsScope,
  dimension: Dimension | null,
): Promise<Map<string, RawFigures>> {
  const { Licence, LicenceUse } = ctx.models;
  const key: Record<string, string> = dimension ? { key: dimension } : {};
  const useMatch = scopeMatch(scope, { date: 'usedAt' });
  const [issued, used] = await Promise.all([
    groupedSums(Licence, scopeMatch(scope, { date: 'issuedAt' }), key, {
      issued: 1,
    }),
    groupedSums(
      LicenceUse,
      useMatch,
      { ...key, purpose: 'purpose' },
      {
        used: 1,
      },
    ),
  ]);
  const rows = new Map<string, RawFigures>();
  const rowOf = (group: { key: Record<string, unknown> }) => {
    const name = String(group.key.key ?? '');
    let row = rows.get(name);
    if (!row) {
      row = { issued: 0, used: 0, usedForMaterialExemption: 0 };
      rows.set(name, row);
    }
    return row;
  };
  for (const group of issued) rowOf(group).issued += group.values.issued;
  for (const group of used) {
    const row = rowOf(group);
    row.used += group.values.used;
    if (group.key.purpose === 'MATERIAL_EXEMPTION')
      row.usedForMaterialExemption += group.values.used;
  }
  return rows;
}

const EMPTY: RawFigures = { issued: 0, used: 0, usedForMaterialExemption: 0 };

/** Checks the filter against the viewer and fills in missing use fields. The fields compute their figures when selected. */
export async function licenceStatistics(
  ctx: LicensesContext,
  filter: StatisticsFilterInput,
): Promise<LicenceStatisticsParent> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.licenses['Query.licenceStatistics'],
  );
  const scope = statisticsScope(viewer, filter);
  await backfillUseKeys(ctx, scope);
  return { scope, ctx };
}

type Page = { first?: number | null };

export const licenceStatisticsResolvers = {
  from: ({ scope }: LicenceStatisticsParent) => scope.from,
  to: ({ scope }: LicenceStatisticsParent) => scope.to,
  division: ({ scope }: LicenceStatisticsParent) => ({
    code: scope.divisionCode,
  }),
  departmentCode: ({ scope }: LicenceStatisticsParent) => scope.departmentCode,
  total: async ({ scope, ctx }: LicenceStatisticsParent) =>
    (await figuresBy(ctx, scope, null)).get('') ?? EMPTY,
  byType: async ({ scope, ctx }: LicenceStatisticsParent, { first }: Page) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'typeCode');
    const types = [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit);
    const documents = await Promise.all(
      types.map(([code]) => ctx.licenceTypeByCode.load(code)),
    );
    return types.flatMap(([, raw], index) =>
      documents[index] ? [{ type: documents[index], ...raw }] : [],
    );
  },
  byDepartment: async (
    { scope, ctx }: LicenceStatisticsParent,
    { first }: Page,
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'departmentCode');
    return [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([departmentCode, raw]) => ({ departmentCode, ...raw }));
  },
  byDivision: async (
    { scope, ctx }: LicenceStatisticsParent,
    { first }: Page,
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx, scope, 'divisionCode');
    const children = new Map<string, RawFigures>();
    for (const [code, raw] of rows) {
      const child = childDivision(scope.divisionCode, code);
      const total = children.get(child) ?? { ...EMPTY };
      total.issued += raw.issued;
      total.used += raw.used;
      total.usedForMaterialExemption += raw.usedForMaterialExemption;
      children.set(child, total);
    }
    return [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([code, raw]) => ({ division: { code }, ...raw }));
  },
  byMonth: async ({ scope, ctx }: LicenceStatisticsParent, { first }: Page) => {
    const limit = statisticsRowLimit(first);
    return Promise.all(
      scopeMonths(scope)
        .slice(0, limit)
        .map(async ({ month, start, end }) => {
          const rows = await figuresBy(ctx, { ...scope, start, end }, null);
          return { month, ...(rows.get('') ?? EMPTY) };
        }),
    );
  },
};
