import {
  ACCESS_POLICY,
  authorizeViewer,
  childDivision,
  createLogger,
  divisionLevel,
  groupedSums,
  parentDivision,
  Role,
  scopeMatch,
  scopeMonths,
  statisticsRowLimit,
  statisticsScope,
  type Logger,
  type StatisticsFilterInput,
  type StatisticsScope,
} from '@ykb/common';
import type { IdentityContext } from './context.js';
import type { DivisionRecord } from './divisionSource.js';
import type { IdentityModels } from './model.js';

const log = createLogger('identity-statistics');

/** Number of sessions one backfill batch reads. */
const SESSION_BACKFILL_BATCH = 500;

/** Roles counted by accountsByRole: every role a user account can hold. */
const ACCOUNT_ROLES = Object.values(Role).filter(
  (role) => role !== Role.System,
);

/** Figures of one row of IdentityFigures. */
interface IdentityFigures {
  accounts: number;
  createdAccounts: number;
  signIns: number;
  lockouts: number;
}

/** Parent of the IdentityStatistics fields: the checked scope and the request context. */
export interface IdentityStatisticsParent {
  scope: StatisticsScope;
  ctx: IdentityContext;
}

/** Orders two codes by their UTF-16 code units, as the other statistics lists do. */
function compareCodes(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

function emptyFigures(): IdentityFigures {
  return { accounts: 0, createdAccounts: 0, signIns: 0, lockouts: 0 };
}

/**
 * Builds the $match of users in a scope's jurisdiction created before
 * `end`. Users carry no date field of the period, so the scope's period
 * bounds only `createdAt` from above.
 */
function accountsMatch(
  scope: StatisticsScope,
  end: Date,
): Record<string, unknown> {
  const { createdAt: _period, ...jurisdiction } = scopeMatch(scope, {
    date: 'createdAt',
  });
  return { ...jurisdiction, createdAt: { $lt: end } };
}

/**
 * Sums the figures of a scope grouped by the records' division code, or in
 * one group when `byDivision` is false. Each number comes from one
 * aggregation pipeline of groupedSums over the users, sessions or lockouts
 * collection.
 */
async function figuresBy(
  models: IdentityModels,
  scope: StatisticsScope,
  byDivision: boolean,
): Promise<Map<string, IdentityFigures>> {
  const key: Record<string, string> = byDivision ? { key: 'divisionCode' } : {};
  const [accounts, created, signIns, lockouts] = await Promise.all([
    groupedSums(models.User, accountsMatch(scope, scope.end), key, {
      value: 1,
    }),
    groupedSums(models.User, scopeMatch(scope, { date: 'createdAt' }), key, {
      value: 1,
    }),
    groupedSums(
      models.Session,
      {
        ...scopeMatch(scope, { date: 'createdAt' }),
        onBehalfOf: { $exists: false },
      },
      key,
      { value: 1 },
    ),
    groupedSums(models.SignInLockout, scopeMatch(scope, { date: 'at' }), key, {
      value: 1,
    }),
  ]);
  const rows = new Map<string, IdentityFigures>();
  const add = (
    groups: { key: Record<string, unknown>; values: { value: number } }[],
    field: keyof IdentityFigures,
  ) => {
    for (const group of groups) {
      const name = String(group.key.key ?? '');
      const row = rows.get(name) ?? emptyFigures();
      row[field] += group.values.value;
      rows.set(name, row);
    }
  };
  add(accounts, 'accounts');
  add(created, 'createdAccounts');
  add(signIns, 'signIns');
  add(lockouts, 'lockouts');
  return rows;
}

/** Checks the filter against the viewer. The fields compute their figures when selected. */
export function identityStatistics(
  ctx: IdentityContext,
  filter: StatisticsFilterInput,
): IdentityStatisticsParent {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.identity['Query.identityStatistics'],
  );
  return { scope: statisticsScope(viewer, filter), ctx };
}

/**
 * Loads the division of a statistics row. A code missing from the table (a
 * division dropped by a newer source release) gets a row named by its code.
 */
async function divisionOf(
  ctx: IdentityContext,
  code: string,
): Promise<DivisionRecord> {
  const division = await ctx.divisionByCode.load(code);
  if (division) return division;
  const level = divisionLevel(code);
  if (!level) throw new Error(`Stored division code ${code} is invalid.`);
  return { code, name: code, level, parentCode: parentDivision(code) ?? null };
}

export const identityStatisticsResolvers = {
  from: ({ scope }: IdentityStatisticsParent) => scope.from,
  to: ({ scope }: IdentityStatisticsParent) => scope.to,
  division: ({ scope, ctx }: IdentityStatisticsParent) =>
    divisionOf(ctx, scope.divisionCode),
  departmentCode: ({ scope }: IdentityStatisticsParent) => scope.departmentCode,
  total: async ({ scope, ctx }: IdentityStatisticsParent) => {
    const rows = await figuresBy(ctx.models, scope, false);
    return rows.get('') ?? emptyFigures();
  },
  accountsByRole: async (
    { scope, ctx }: IdentityStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    // One pipeline per role, because a user's roles are an array and
    // grouping by it would group by the whole array.
    const perRole = await Promise.all(
      ACCOUNT_ROLES.map((role) =>
        groupedSums(
          ctx.models.User,
          { ...accountsMatch(scope, scope.end), roles: role },
          { divisionCode: 'divisionCode' },
          { accounts: 1 },
        ),
      ),
    );
    const rows: { role: string; divisionCode: string; accounts: number }[] = [];
    perRole.forEach((groups, index) => {
      const byChild = new Map<string, number>();
      for (const group of groups) {
        const child = childDivision(
          scope.divisionCode,
          String(group.key.divisionCode),
        );
        byChild.set(child, (byChild.get(child) ?? 0) + group.values.accounts);
      }
      for (const [divisionCode, accounts] of byChild)
        rows.push({ role: ACCOUNT_ROLES[index]!, divisionCode, accounts });
    });
    return rows
      .sort(
        (a, b) =>
          compareCodes(a.role, b.role) ||
          compareCodes(a.divisionCode, b.divisionCode),
      )
      .slice(0, limit)
      .map((row) => ({
        role: row.role,
        accounts: row.accounts,
        division: divisionOf(ctx, row.divisionCode),
      }));
  },
  byDivision: async (
    { scope, ctx }: IdentityStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const rows = await figuresBy(ctx.models, scope, true);
    const children = new Map<string, IdentityFigures>();
    for (const [code, figures] of rows) {
      const child = childDivision(scope.divisionCode, code);
      const total = children.get(child) ?? emptyFigures();
      for (const field of Object.keys(total) as (keyof IdentityFigures)[])
        total[field] += figures[field];
      children.set(child, total);
    }
    return [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([code, figures]) => ({
        division: divisionOf(ctx, code),
        ...figures,
      }));
  },
  byMonth: async (
    { scope, ctx }: IdentityStatisticsParent,
    { first }: { first?: number | null },
  ) => {
    const limit = statisticsRowLimit(first);
    const months = scopeMonths(scope).slice(0, limit);
    return Promise.all(
      months.map(async ({ month, start, end }) => {
        const rows = await figuresBy(
          ctx.models,
          { ...scope, start, end },
          false,
        );
        return { month, ...(rows.get('') ?? emptyFigures()) };
      }),
    );
  },
};

/**
 * Copies the division and department of each session's account onto
 * sessions stored without them, in batches, and returns how many it
 * updated. A session of an account without a division gets null, so every
 * session is filled once. The update's filter repeats the missing field,
 * so a concurrent run or a later start writes nothing twice. Accounts
 * moved to another division since the session opened count under their
 * current division.
 */
export async function backfillSessionJurisdictions(
  models: IdentityModels,
  logger: Logger = log,
): Promise<number> {
  let updated = 0;
  for (;;) {
    const sessions = await models.Session.find(
      { divisionCode: { $exists: false } },
      { userId: 1 },
    )
      .limit(SESSION_BACKFILL_BATCH)
      .lean<{ _id: string; userId: string }[]>();
    if (sessions.length === 0) break;
    const userIds = [...new Set(sessions.map((session) => session.userId))];
    const users = await models.User.find(
      { _id: { $in: userIds } },
      { divisionCode: 1, departmentCode: 1 },
    ).lean<{ _id: string; divisionCode?: string; departmentCode?: string }[]>();
    const byId = new Map(users.map((user) => [user._id, user]));
    for (const session of sessions) {
      const user = byId.get(session.userId);
      const result = await models.Session.updateOne(
        { _id: session._id, divisionCode: { $exists: false } },
        {
          $set: {
            divisionCode: user?.divisionCode ?? null,
            departmentCode: user?.departmentCode ?? null,
          },
        },
      );
      updated += result.modifiedCount;
    }
  }
  if (updated > 0)
    logger.info({ sessions: updated }, 'copied account divisions to sessions');
  return updated;
}
