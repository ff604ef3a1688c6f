import type { Model, PipelineStage } from 'mongoose';
import type { Viewer } from './auth.js';
import { MAX_INSTANT_YEAR, MIN_INSTANT_YEAR } from './dateTime.js';
import { isDivisionCode, isWithinDivision } from './divisions.js';
import { badInput, forbidden } from './errors.js';
import { escapeRegExp } from './env.js';
import { pageRows } from './pages.js';
import { DEPARTMENTS } from './reference.js';

/**
 * Shared parts of the statistics every subgraph computes over its own data.
 * The filter is a period of Asia/Shanghai dates and a jurisdiction, always
 * bounded by the viewer's own. Grouped counts run as aggregation pipelines
 * that behave alike on MongoDB and on FerretDB 1.24.
 */

/** Maximum period of one statistics query in days, which also bounds the number of per-month pipelines. */
export const MAX_STATISTICS_DAYS = 731;

/** Filter of a statistics query as the GraphQL input `StatisticsFilter` carries it. */
export interface StatisticsFilterInput {
  from: string;
  to: string;
  divisionCode?: string | null;
  departmentCode?: string | null;
}

/** A checked statistics filter, already narrowed to the viewer's jurisdiction. */
export interface StatisticsScope {
  /** First day of the period (Asia/Shanghai), inclusive. */
  from: string;
  /** Last day of the period (Asia/Shanghai), inclusive. */
  to: string;
  /** Start of `from` in Asia/Shanghai as a UTC instant. */
  start: Date;
  /** Start of the day after `to` in Asia/Shanghai as a UTC instant. */
  end: Date;
  /** Root of the division subtree counted. */
  divisionCode: string;
  /** Department counted, or null for every department. */
  departmentCode: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEPARTMENT_CODE = /^[A-Z0-9-]{2,40}$/;
/** Codes of the platform's departments, which every subgraph seeds from the same reference data. */
const DEPARTMENT_CODES = new Set(
  DEPARTMENTS.map((department) => department.code),
);

/** Returns the UTC instant at which an Asia/Shanghai calendar date begins. */
export function shanghaiDayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

function checkedDate(value: string, field: 'from' | 'to'): string {
  const instant = shanghaiDayStart(value);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(instant.getTime()) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw badInput(
      `\`${field}\` must be a date in the form YYYY-MM-DD, got ${JSON.stringify(value)}.`,
      { field: `filter.${field}` },
    );
  const year = Number(value.slice(0, 4));
  if (year < MIN_INSTANT_YEAR || year > MAX_INSTANT_YEAR)
    throw badInput(
      `\`${field}\` must be a date in the years ${MIN_INSTANT_YEAR} to ${MAX_INSTANT_YEAR}, got ${value}.`,
      { field: `filter.${field}` },
    );
  return value;
}

/**
 * Checks a statistics filter (dates in the years 1900 to 2200, a known
 * department) and narrows it to the viewer's jurisdiction:
 * without a division the viewer's own subtree is counted, a division outside
 * it is FORBIDDEN, and a viewer who belongs to a department counts only that
 * department. SYSTEM callers have no jurisdiction and may name any division.
 */
export function statisticsScope(
  viewer: Viewer,
  input: StatisticsFilterInput,
): StatisticsScope {
  const from = checkedDate(input.from, 'from');
  const to = checkedDate(input.to, 'to');
  if (from > to)
    throw badInput(`\`from\` (${from}) must not be after \`to\` (${to}).`, {
      field: 'filter.from',
    });
  const start = shanghaiDayStart(from);
  const end = new Date(shanghaiDayStart(to).getTime() + 86_400_000);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (days > MAX_STATISTICS_DAYS)
    throw badInput(
      `The period covers ${days} days; the maximum is ${MAX_STATISTICS_DAYS}. Split it into shorter periods.`,
      { field: 'filter.to', limit: MAX_STATISTICS_DAYS, actual: days },
    );

  const isSystem = viewer.roles.includes('SYSTEM');
  const own = viewer.divisionCode;
  if (!own && !isSystem)
    throw forbidden('Your account has no division, so it has no statistics.');
  const requested = input.divisionCode ?? own ?? '50';
  if (!isDivisionCode(requested))
    throw badInput(
      `\`divisionCode\` must be a division code of 2, 4, 6, 9 or 12 digits, got ${JSON.stringify(requested)}.`,
      { field: 'filter.divisionCode' },
    );
  if (own && !isWithinDivision(own, requested))
    throw forbidden(
      `Division ${requested} lies outside your jurisdiction ${own}.`,
    );

  const requestedDepartment = input.departmentCode ?? null;
  if (
    requestedDepartment !== null &&
    !DEPARTMENT_CODE.test(requestedDepartment)
  )
    throw badInput(
      `\`departmentCode\` must be a department code such as CQ-SCJG, got ${JSON.stringify(requestedDepartment)}.`,
      { field: 'filter.departmentCode' },
    );
  if (
    requestedDepartment !== null &&
    !DEPARTMENT_CODES.has(requestedDepartment)
  )
    throw badInput(
      `Department ${requestedDepartment} does not exist; pick a code from the \`departments\` query.`,
      { field: 'filter.departmentCode' },
    );
  const ownDepartment = isSystem ? undefined : viewer.departmentCode;
  if (
    ownDepartment &&
    requestedDepartment &&
    requestedDepartment !== ownDepartment
  )
    throw forbidden(
      `Department ${requestedDepartment} is not your department ${ownDepartment}.`,
    );
  return {
    from,
    to,
    start,
    end,
    divisionCode: requested,
    departmentCode: ownDepartment ?? requestedDepartment,
  };
}

/**
 * Builds the $match filter of a scope: `fields.date` within the period, the
 * record's division in the subtree (an anchored prefix regex, which an index
 * on the field can serve) and, when the scope has one, the department.
 */
export function scopeMatch(
  scope: StatisticsScope,
  fields: {
    date: string;
    division?: string;
    department?: string | null;
  },
): Record<string, unknown> {
  const match: Record<string, unknown> = {
    [fields.date]: { $gte: scope.start, $lt: scope.end },
    [fields.division ?? 'divisionCode']: {
      $regex: `^${escapeRegExp(scope.divisionCode)}`,
    },
  };
  if (scope.departmentCode && fields.department !== null)
    match[fields.department ?? 'departmentCode'] = scope.departmentCode;
  return match;
}

/** Asia/Shanghai months (YYYY-MM) a scope touches, oldest first, each with its UTC bounds clipped to the scope. */
export function scopeMonths(
  scope: StatisticsScope,
): { month: string; start: Date; end: Date }[] {
  const months: { month: string; start: Date; end: Date }[] = [];
  let year = Number(scope.from.slice(0, 4));
  let month = Number(scope.from.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > scope.to.slice(0, 7)) break;
    const next =
      month === 12
        ? `${year + 1}-01`
        : `${year}-${String(month + 1).padStart(2, '0')}`;
    const monthStart = shanghaiDayStart(`${key}-01`);
    const monthEnd = shanghaiDayStart(`${next}-01`);
    months.push({
      month: key,
      start: monthStart < scope.start ? scope.start : monthStart,
      end: monthEnd > scope.end ? scope.end : monthEnd,
    });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** One group of a grouped count: the values of its key fields and one number per accumulator. */
export interface StatisticsGroup<K extends string, S extends string> {
  key: Record<K, unknown>;
  values: Record<S, number>;
}

/**
 * Groups the records matching `match` by the key fields and sums each
 * accumulator: `1` counts records, `'$field'` adds a numeric field.
 *
 * Each accumulator runs as its own `$match`, `$group`, `$sort` pipeline and
 * the results are joined by key. FerretDB 1.24.2 computes only the first
 * accumulator of a `$group` stage and returns 0 for the others (checked
 * against that version), while MongoDB computes all of them. Records that
 * lack a summed field add nothing to that sum.
 */
export async function groupedSums<K extends string, S extends string>(
  model: Pick<Model<any>, 'aggregate'>,
  match: Record<string, unknown>,
  keyFields: Record<K, string>,
  sums: Record<S, 1 | `$${string}`>,
): Promise<StatisticsGroup<K, S>[]> {
  const id = Object.fromEntries(
    Object.entries<string>(keyFields).map(([name, path]) => [name, `$${path}`]),
  );
  const names = Object.keys(sums) as S[];
  const results = await Promise.all(
    names.map((name) => {
      const pipeline: PipelineStage[] = [
        { $match: match },
        { $group: { _id: id, value: { $sum: sums[name] } } },
        { $sort: { _id: 1 } },
      ];
      return model
        .aggregate<{ _id: Record<K, unknown>; value: number }>(pipeline)
        .exec();
    }),
  );
  const groups = new Map<string, StatisticsGroup<K, S>>();
  names.forEach((name, index) => {
    for (const row of results[index]!) {
      const key = Object.fromEntries(
        Object.keys(keyFields).map((field) => [
          field,
          row._id?.[field as K] ?? null,
        ]),
      ) as Record<K, unknown>;
      const hash = JSON.stringify(key);
      let group = groups.get(hash);
      if (!group) {
        group = {
          key,
          values: Object.fromEntries(names.map((n) => [n, 0])) as Record<
            S,
            number
          >,
        };
        groups.set(hash, group);
      }
      group.values[name] = row.value ?? 0;
    }
  });
  return [...groups.values()].sort((a, b) =>
    JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1,
  );
}

/** Largest `first` of a statistics list. */
export const MAX_STATISTICS_ROWS = 500;

/** Checks the `first` argument of a statistics list: 100 when omitted, from 1 to MAX_STATISTICS_ROWS. */
export function statisticsRowLimit(first: number | null | undefined): number {
  return pageRows(first, 100, MAX_STATISTICS_ROWS);
}

/** Lengths of division codes from province to village. */
const DIVISION_LENGTHS = [2, 4, 6, 9, 12];

/** Returns the code a record's division rolls up to in a scope: its ancestor one level below the scope's division, or the scope's own code. */
export function childDivision(scopeCode: string, code: string): string {
  const childLength = DIVISION_LENGTHS.find((l) => l > scopeCode.length);
  if (!childLength || code.length <= scopeCode.length) return scopeCode;
  return code.slice(0, childLength);
}

/** Rounds an average to two decimals, or returns null without samples. */
export function average(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.round((sum / count) * 100) / 100;
}

/** Ratio of two counts rounded to four decimals, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}
