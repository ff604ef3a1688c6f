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
} from '@ykb/common';
import { decideRowAccess, divisionFilter } from './access.js';
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
      .filter((value): value is string => value != null && value !== '');
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
  if ('denied' in access)
    return { entry, exact: false, ...protectDatasetCounts(counts) };
  return { entry, exact: true, ...exactDatasetCounts(counts) };
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
 */
export function protectDatasetCounts(
  counts: DatasetCounts,
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
  const reasons = suppressSmallCells(cells, groups);
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
