import {
  ACCESS_POLICY,
  authorizeViewer,
  exactValue,
  forbidden,
  protectedCount,
  protectedDerived,
  suppressSmallCells,
  type CellGroup,
  type ProtectedValue,
  type SuppressionReason,
  type Viewer,
} from '@ykb/common';
import { decideRowAccess, divisionFilter } from './access.js';
import {
  APPLICATION_SOURCE_ID,
  applicationCellReasons,
  applicationMonth,
  countApplications,
  exactDivisions,
  readApplicationCounts,
} from './applicationCounts.js';
import type { DatasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { DatasetRowDocument } from './model.js';
import { requireDataset } from './sharing.js';

/** Exact counts of one dataset; built from rows without carrying any value. */
export interface DatasetCounts {
  rowCount: number;
  fields: { field: string; filled: number; distinct: number | null }[];
  byCounty: { divisionCode: string; rows: number }[];
}

/**
 * Cells of another published table that a dataset's counts add up. A reader
 * who subtracts that table's published cells from a county or filled count
 * gets the sum of its withheld cells in there, so both tables are protected
 * together.
 */
export interface LinkedCells {
  /** Counts of the other table's cells, each with the reason that table withholds it with, or null where it is published. */
  cells: { count: number; reason: SuppressionReason | null }[];
  /** Per county of DatasetCounts.byCounty, the cells its row count contains. */
  byCounty: number[][];
  /** Per field of DatasetCounts.fields, the cells its filled count contains. */
  filled: number[][];
}

/** Counts of one dataset as published to one viewer. */
export interface StatisticsView {
  entry: DatasetEntry;
  /** Whether the counts are exact, because the viewer may read the rows. */
  exact: boolean;
  rowCount: ProtectedValue;
  fields: {
    field: string;
    filled: ProtectedValue;
    distinct: ProtectedValue | null;
  }[];
  byCounty: { divisionCode: string; rows: ProtectedValue }[];
}

/**
 * Counts a dataset's rows in the viewer's division subtree: rows per field
 * that hold a value, distinct values of PUBLIC and INTERNAL fields, and rows
 * per county. Distinct counts of SENSITIVE fields are left out, because a
 * field where every value is distinct would tell how many people it lists
 * per value. Viewers who may read the rows (the rules of rowAccess) get
 * exact counts; others get them through protectDatasetCounts.
 */
export async function datasetStatistics(
  context: DataContext,
  datasetId: string,
): Promise<StatisticsView> {
  const viewer = authorizeViewer(
    context.viewer,
    ACCESS_POLICY.data['Query.datasetStatistics'],
  );
  const entry = requireDataset(datasetId);
  if (!viewer.divisionCode && !viewer.roles.includes('SYSTEM'))
    throw forbidden('Statistics need a division jurisdiction.');
  // NOTE: counts in memory over every row of the subtree, which suits the
  // demo-sized copies here; large datasets need a $group pipeline per field.
  const rows = await context.models.Row.find({
    datasetId: entry.id,
    ...(viewer.divisionCode
      ? divisionFilter({
          rawSensitiveValues: false,
          divisionCode: viewer.divisionCode,
        })
      : {}),
  })
    .select({ values: 1, divisionCode: 1 })
    .lean<Pick<DatasetRowDocument, 'values' | 'divisionCode'>[]>();
  const fields = entry.fields.map((field) => {
    const values = rows
      .map((row) => row.values[field.name])
      .filter(isFilled);
    return {
      field: field.name,
      filled: values.length,
      distinct:
        field.classification === 'SENSITIVE' ? null : new Set(values).size,
    };
  });
  const counties = new Map<string, number>();
  for (const row of rows) {
    const county = row.divisionCode.slice(0, 6);
    counties.set(county, (counties.get(county) ?? 0) + 1);
  }
  const counts: DatasetCounts = {
    rowCount: rows.length,
    fields,
    byCounty: [...counties.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([divisionCode, count]) => ({ divisionCode, rows: count })),
  };
  const access = await decideRowAccess(context, viewer, entry);
  if ('denied' in access) {
    const linked =
      entry.id === APPLICATION_SOURCE_ID
        ? await linkApplicationTable(context, viewer, rows, counts)
        : undefined;
    return { entry, exact: false, ...protectDatasetCounts(counts, linked) };
  }
  return { entry, exact: true, ...exactDatasetCounts(counts) };
}

function isFilled(value: unknown): value is string {
  return value != null && value !== '';
}

/**
 * Links the counts of cases.applications to applicationStatistics, which
 * publishes its rows as submitted, decided and undecided counts per
 * division and month. A county's row count adds up the submitted counts of
 * its divisions. A field's filled count on the rows of one division and
 * month often equals one of that line's counts, as the submission date
 * equals submitted, so the line's cell is a part of the filled count then.
 * Rows without a valid submission date are in no line.
 *
 * Throws when the application table read here no longer contains the
 * counts of `rows`, because the copy changed between the two reads.
 */
async function linkApplicationTable(
  context: DataContext,
  viewer: Viewer,
  rows: readonly Pick<DatasetRowDocument, 'values' | 'divisionCode'>[],
  counts: DatasetCounts,
): Promise<LinkedCells> {
  const [table, exact] = await Promise.all([
    readApplicationCounts(context.models),
    exactDivisions(context, viewer),
  ]);
  const reasons = applicationCellReasons(table, exact);
  const keyOf = (divisionCode: string, month: string) =>
    JSON.stringify([divisionCode, month]);
  const published = new Map(
    table.flatMap((line, index) =>
      line.itemName === null
        ? [[keyOf(line.divisionCode, line.month), { line, index }] as const]
        : [],
    ),
  );
  const totals = countApplications(rows).filter(
    (line) => line.itemName === null,
  );
  const cells: LinkedCells['cells'] = totals.flatMap((line) => {
    const match = published.get(keyOf(line.divisionCode, line.month));
    if (
      !match ||
      match.line.submitted !== line.submitted ||
      match.line.decided !== line.decided
    )
      throw new Error(
        `${APPLICATION_SOURCE_ID} changed while its statistics were counted (division ${line.divisionCode}, month ${line.month}). Retry the query.`,
      );
    const [submitted, decided, undecided] = reasons[match.index]!;
    return [
      { count: line.submitted, reason: submitted },
      { count: line.decided, reason: decided },
      { count: line.submitted - line.decided, reason: undecided },
    ];
  });
  const lineOf = new Map(
    totals.map((line, index) => [keyOf(line.divisionCode, line.month), index]),
  );

  const byCounty = counts.byCounty.map((county) =>
    totals.flatMap((line, index) =>
      line.divisionCode.slice(0, 6) === county.divisionCode ? [3 * index] : [],
    ),
  );
  const filled = counts.fields.map((field) => {
    const perLine = new Array<number>(totals.length).fill(0);
    for (const row of rows) {
      const month = applicationMonth(row);
      if (month === null || !isFilled(row.values[field.field])) continue;
      perLine[lineOf.get(keyOf(row.divisionCode, month))!]! += 1;
    }
    return perLine.flatMap((count, index) => {
      const lineCells = [3 * index, 3 * index + 1, 3 * index + 2].filter(
        (cell) => cells[cell]!.count === count,
      );
      // A withheld cell comes first, because only a withheld one can make
      // the filled count reveal something.
      const cell =
        lineCells.find((candidate) => cells[candidate]!.reason !== null) ??
        lineCells[0];
      return cell === undefined ? [] : [cell];
    });
  });
  return { cells, byCounty, filled };
}

function exactDatasetCounts(
  counts: DatasetCounts,
): Omit<StatisticsView, 'entry' | 'exact'> {
  return {
    rowCount: exactValue(counts.rowCount),
    fields: counts.fields.map((field) => ({
      field: field.field,
      filled: exactValue(field.filled),
      distinct: field.distinct === null ? null : exactValue(field.distinct),
    })),
    byCounty: counts.byCounty.map((county) => ({
      divisionCode: county.divisionCode,
      rows: exactValue(county.rows),
    })),
  };
}

/**
 * Withholds small counts of a dataset's statistics. Cell 0 is the row
 * count, then one cell per county, then per field the rows with a value and
 * the rows without one. The row count is published as the total of the
 * counties and of each field's filled and empty rows, so those are the
 * groups. Empty counts are never published but follow from the others, so
 * a small one is withheld too. A distinct count is withheld with its
 * field's filled count.
 *
 * With `linked`, the cells of the other table follow, fixed to that
 * table's reasons, and then one cell per county and one per field for the
 * rows outside those cells. Each county and each filled count is then also
 * the total of its linked cells and its outside cell, so it is withheld
 * where it would give a single withheld cell of the other table back.
 */
export function protectDatasetCounts(
  counts: DatasetCounts,
  linked?: LinkedCells,
): Omit<StatisticsView, 'entry' | 'exact'> {
  const countyCells = counts.byCounty.map((_, index) => 1 + index);
  const fieldCell = (index: number) => 1 + counts.byCounty.length + 2 * index;
  const cells = [
    counts.rowCount,
    ...counts.byCounty.map((county) => county.rows),
    ...counts.fields.flatMap((field) => [
      field.filled,
      counts.rowCount - field.filled,
    ]),
  ];
  const groups: CellGroup[] = [
    { total: 0, parts: countyCells },
    ...counts.fields.map((_, index) => ({
      total: 0,
      parts: [fieldCell(index), fieldCell(index) + 1],
    })),
  ];
  const fixed = linked
    ? addLinkedCells(cells, groups, [
        ...countyCells.map((total, index) => ({
          total,
          parts: linked.byCounty[index]!,
        })),
        ...counts.fields.map((_, index) => ({
          total: fieldCell(index),
          parts: linked.filled[index]!,
        })),
      ], linked.cells)
    : new Map<number, SuppressionReason | null>();
  const reasons = suppressSmallCells(cells, groups, undefined, fixed);
  return {
    rowCount: protectedCount(counts.rowCount, reasons[0]!),
    fields: counts.fields.map((field, index) => {
      const filled = reasons[fieldCell(index)]!;
      return {
        field: field.field,
        filled: protectedCount(field.filled, filled),
        distinct:
          field.distinct === null
            ? null
            : protectedDerived(field.distinct, [filled]),
      };
    }),
    byCounty: counts.byCounty.map((county, index) => ({
      divisionCode: county.divisionCode,
      rows: protectedCount(county.rows, reasons[1 + index]!),
    })),
  };
}

/**
 * Appends the linked cells to `cells`, then for each link a cell of the
 * rows outside its linked cells and a group of its total over both.
 * Returns the linked cells' indexes with their fixed reasons.
 */
function addLinkedCells(
  cells: number[],
  groups: CellGroup[],
  links: readonly CellGroup[],
  linkedCells: LinkedCells['cells'],
): Map<number, SuppressionReason | null> {
  const firstLinked = cells.length;
  const fixed = new Map<number, SuppressionReason | null>();
  linkedCells.forEach((cell, index) => {
    fixed.set(firstLinked + index, cell.reason);
    cells.push(cell.count);
  });
  for (const link of links) {
    const inLinked = link.parts.reduce(
      (sum, index) => sum + linkedCells[index]!.count,
      0,
    );
    groups.push({
      total: link.total,
      parts: [...link.parts.map((index) => firstLinked + index), cells.length],
    });
    cells.push(cells[link.total]! - inLinked);
  }
  return fixed;
}
