import {
  ACCESS_POLICY,
  authorize,
  csvDocument,
  exactValue,
  isWithinDivision,
  protectedCount,
  protectedDerived,
  ratio,
  SMALL_CELL_THRESHOLD,
  suppressionMarker,
  suppressSmallCells,
  type CellGroup,
  type ProtectedValue,
  type SuppressionReason,
  type Viewer,
} from '@ykb/common';
import { decideRowAccess } from './access.js';
import { datasetEntry, type DatasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { DataModels, DatasetRowDocument } from './model.js';

/**
 * Open statistics of applications (办件统计): submitted and decided
 * applications per division, month of submission and item, counted from
 * the exchange's copy of cases.applications. Each division and month has a
 * total line. The public, and staff who may not read that division's
 * applications, get small counts withheld by suppressSmallCells. Staff who
 * may read the rows get exact counts for divisions in their subtree.
 */

/** Id of the table in the open-data files: /downloads/open-data/statistics.applications.csv and .json. */
export const APPLICATION_COUNTS_ID = 'statistics.applications';

/** Dataset the table is counted from. */
export const APPLICATION_SOURCE_ID = 'cases.applications';

/** Statuses of an application that a decision has been made on: approved (before or after delivery) or rejected. */
const DECIDED_STATUSES = new Set([
  'APPROVED',
  'AWAITING_DELIVERY',
  'COMPLETED',
  'REJECTED',
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Exact counts of one line of the table. */
export interface ApplicationCountLine {
  divisionCode: string;
  /** Item name; null on the total line of the division and month. */
  itemName: string | null;
  /** Month of submission, YYYY-MM (Asia/Shanghai). */
  month: string;
  submitted: number;
  decided: number;
}

/** A line as published: each count and the decision rate exact or withheld. */
export interface ProtectedApplicationLine {
  divisionCode: string;
  itemName: string | null;
  month: string;
  submitted: ProtectedValue;
  decided: ProtectedValue;
  /** decided / submitted, rounded to four decimals. */
  decisionRate: ProtectedValue;
}

/**
 * Counts rows of cases.applications per division, month and item, and
 * adds a total line per division and month. Lines are ordered by division,
 * month, then the total before its items in code-point order of the name.
 * Rows without a valid `submittedOn` date are not counted.
 */
export function countApplications(
  rows: readonly Pick<DatasetRowDocument, 'divisionCode' | 'values'>[],
): ApplicationCountLine[] {
  const lines = new Map<string, ApplicationCountLine>();
  const add = (
    divisionCode: string,
    month: string,
    itemName: string | null,
    decided: boolean,
  ) => {
    const key = JSON.stringify([divisionCode, month, itemName]);
    let line = lines.get(key);
    if (!line) {
      line = { divisionCode, itemName, month, submitted: 0, decided: 0 };
      lines.set(key, line);
    }
    line.submitted += 1;
    if (decided) line.decided += 1;
  };
  for (const row of rows) {
    const month = applicationMonth(row);
    if (month === null) continue;
    const decided = DECIDED_STATUSES.has(String(row.values.status));
    const itemName = String(row.values.itemName ?? '');
    add(row.divisionCode, month, null, decided);
    add(row.divisionCode, month, itemName, decided);
  }
  return [...lines.values()].sort(compareLines);
}

/** Returns the month of submission (YYYY-MM) a row is counted in, or null when the row has no valid `submittedOn` date and is not counted. */
export function applicationMonth(
  row: Pick<DatasetRowDocument, 'values'>,
): string | null {
  const submittedOn = row.values.submittedOn;
  if (typeof submittedOn !== 'string' || !ISO_DATE.test(submittedOn))
    return null;
  return submittedOn.slice(0, 7);
}

function compareLines(a: ApplicationCountLine, b: ApplicationCountLine): number {
  if (a.divisionCode !== b.divisionCode)
    return a.divisionCode < b.divisionCode ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.itemName === b.itemName) return 0;
  if (a.itemName === null) return -1;
  if (b.itemName === null) return 1;
  return a.itemName < b.itemName ? -1 : 1;
}

/**
 * Publishes the lines of countApplications: exact where `exact` returns
 * true for the line's division, and otherwise with small counts withheld.
 *
 * Each line has three cells: submitted, decided and undecided (submitted −
 * decided). Undecided is never published, but a reader can compute it, so
 * a small one is withheld as well, which withholds decided or submitted.
 * The groups are: per line, submitted = decided + undecided, and per
 * division and month, each total = the sum of the items' cells. No total
 * across divisions or months is published, so the groups of one division
 * never share a cell with another's, and exact counts of one division
 * reveal nothing withheld in another.
 *
 * datasetStatistics of cases.applications publishes county row counts
 * and filled counts that add up the division totals here across villages
 * and months. It takes the reasons of applicationCellReasons as fixed, so
 * the two tables are protected together.
 */
export function protectApplicationCounts(
  lines: readonly ApplicationCountLine[],
  exact: (divisionCode: string) => boolean,
): ProtectedApplicationLine[] {
  const reasons = applicationCellReasons(lines, exact);
  return lines.map((line, index) => {
    const rate = ratio(line.decided, line.submitted);
    const base = {
      divisionCode: line.divisionCode,
      itemName: line.itemName,
      month: line.month,
    };
    if (exact(line.divisionCode))
      return {
        ...base,
        submitted: exactValue(line.submitted),
        decided: exactValue(line.decided),
        decisionRate: exactValue(rate),
      };
    const [submitted, decided, undecided] = reasons[index]!;
    return {
      ...base,
      submitted: protectedCount(line.submitted, submitted),
      decided: protectedCount(line.decided, decided),
      decisionRate: protectedDerived(rate, [submitted, decided, undecided]),
    };
  });
}

/** Cells of protectApplicationCounts: submitted, decided and undecided of each line in turn. */
function applicationCells(lines: readonly ApplicationCountLine[]): number[] {
  return lines.flatMap((line) => [
    line.submitted,
    line.decided,
    line.submitted - line.decided,
  ]);
}

/**
 * Returns the reasons that protectApplicationCounts withholds the cells of
 * each line with: submitted, decided and undecided, each null where the
 * cell is published or follows from published cells. Lines for which
 * `exact` returns true have every cell published.
 */
export function applicationCellReasons(
  lines: readonly ApplicationCountLine[],
  exact: (divisionCode: string) => boolean,
): [SuppressionReason | null, SuppressionReason | null, SuppressionReason | null][] {
  const reasons = suppressSmallCells(
    applicationCells(lines),
    applicationGroups(lines),
  );
  return lines.map((line, index) =>
    exact(line.divisionCode)
      ? [null, null, null]
      : [reasons[3 * index]!, reasons[3 * index + 1]!, reasons[3 * index + 2]!],
  );
}

/** Groups of the cells of protectApplicationCounts; line i has cells 3i to 3i + 2. */
function applicationGroups(lines: readonly ApplicationCountLine[]): CellGroup[] {
  const groups: CellGroup[] = [];
  let totalLine = -1;
  let items: number[] = [];
  const closeTotal = () => {
    if (totalLine < 0) return;
    for (let cell = 0; cell < 3; cell += 1)
      groups.push({
        total: 3 * totalLine + cell,
        parts: items.map((line) => 3 * line + cell),
      });
  };
  lines.forEach((line, index) => {
    groups.push({ total: 3 * index, parts: [3 * index + 1, 3 * index + 2] });
    if (line.itemName === null) {
      closeTotal();
      totalLine = index;
      items = [];
    } else items.push(index);
  });
  closeTotal();
  return groups;
}

/** The application statistics as published to one viewer. */
export interface ApplicationStatisticsView {
  lines: ProtectedApplicationLine[];
  publishedAt: Date | null;
}

/** Counts the applications and publishes them to the context's viewer: exact where entitled, else protected. */
export async function applicationStatistics(
  context: DataContext,
): Promise<ApplicationStatisticsView> {
  const viewer = authorize(
    context.viewer,
    ACCESS_POLICY.data['Query.applicationStatistics'],
  );
  const [counts, exact, publication] = await Promise.all([
    readApplicationCounts(context.models),
    exactDivisions(context, viewer),
    context.models.Publication.findById(APPLICATION_COUNTS_ID).lean(),
  ]);
  return {
    lines: protectApplicationCounts(counts, exact),
    publishedAt: publication?.publishedAt ?? null,
  };
}

/** Reads the rows of cases.applications and counts them. */
export async function readApplicationCounts(
  models: DataModels,
): Promise<ApplicationCountLine[]> {
  // NOTE: reads every row into memory, which suits the demo-sized copy; a
  // large copy needs a $group pipeline per count.
  const rows = await models.Row.find({ datasetId: APPLICATION_SOURCE_ID })
    .select({ divisionCode: 1, values: 1 })
    .lean<Pick<DatasetRowDocument, 'divisionCode' | 'values'>[]>();
  return countApplications(rows);
}

/**
 * Returns whether a viewer sees a division's exact counts: only when the
 * viewer may read the rows of cases.applications (the rules of rowAccess)
 * and the division lies in the viewer's subtree. Anonymous viewers never do.
 */
export async function exactDivisions(
  context: DataContext,
  viewer: Viewer | undefined,
): Promise<(divisionCode: string) => boolean> {
  if (!viewer) return () => false;
  const decision = await decideRowAccess(context, viewer, sourceEntry());
  if ('denied' in decision) return () => false;
  const subtree = decision.divisionCode;
  return (divisionCode) =>
    subtree === undefined || isWithinDivision(subtree, divisionCode);
}

function sourceEntry(): DatasetEntry {
  const entry = datasetEntry(APPLICATION_SOURCE_ID);
  if (!entry)
    throw new Error(`The catalogue has no dataset ${APPLICATION_SOURCE_ID}.`);
  return entry;
}

/** Catalogue data of the table, as the GraphQL type and the JSON file carry it. */
export const APPLICATION_COUNTS_META = {
  id: APPLICATION_COUNTS_ID,
  name: '办件统计',
  nameEn: 'Application statistics',
  description:
    '各区划每月各事项的申请数、已作出决定的申请数和决定率。小于阈值的数据及可据合计推算出它们的数据不予公开。',
  sourceDatasetId: APPLICATION_SOURCE_ID,
} as const;

/** Columns of the CSV file and keys of each JSON row, with their descriptions. */
const COLUMNS = [
  { name: 'divisionCode', description: '区划代码' },
  { name: 'itemName', description: '事项名称；为空的行是该区划当月的合计' },
  { name: 'month', description: '申请月份（YYYY-MM）' },
  { name: 'submitted', description: '申请数' },
  { name: 'decided', description: '已作出决定（准予或不予许可）的申请数' },
  { name: 'decisionRate', description: '决定率：decided ÷ submitted' },
] as const;

/**
 * Renders the published lines as the CSV and JSON open-data files. The CSV
 * contains a withheld value as its suppressionMarker (`<5` or `x`). The
 * JSON contains each value as `{ value, suppressed, reason }`, with a null
 * value when withheld, like the GraphQL type ProtectedCount.
 */
export function applicationCountFiles(
  lines: readonly ProtectedApplicationLine[],
  publishedAt: Date,
): { csv: string; json: string } {
  const cell = (value: ProtectedValue) =>
    value.suppressed ? suppressionMarker(value) : value.value;
  const csv = csvDocument([
    COLUMNS.map((column) => column.name),
    ...lines.map((line) => [
      line.divisionCode,
      line.itemName ?? '',
      line.month,
      cell(line.submitted),
      cell(line.decided),
      cell(line.decisionRate),
    ]),
  ]);
  const json = JSON.stringify(
    {
      ...APPLICATION_COUNTS_META,
      publishedAt: publishedAt.toISOString(),
      threshold: SMALL_CELL_THRESHOLD,
      markers: {
        [`<${SMALL_CELL_THRESHOLD}`]: `计数为 1 至 ${SMALL_CELL_THRESHOLD - 1}，不予公开（reason PRIMARY）`,
        x: '为防止据合计推算出小计数而不予公开（reason SECONDARY），或由不公开的计数算出（reason DERIVED）',
      },
      fields: COLUMNS,
      rows: lines,
    },
    null,
    2,
  );
  return { csv, json };
}
