import { ACCESS_POLICY, authorizeViewer, forbidden } from '@ykb/common';
import { divisionFilter } from './access.js';
import type { DatasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { DatasetRowDocument } from './model.js';
import { requireDataset } from './sharing.js';

/** Counts of one dataset; built from rows without carrying any value. */
export interface StatisticsView {
  entry: DatasetEntry;
  rowCount: number;
  fields: { field: string; filled: number; distinct: number | null }[];
  byCounty: { divisionCode: string; rows: number }[];
}

/**
 * Counts a dataset's rows in the viewer's division subtree: rows per field
 * that hold a value, distinct values of PUBLIC and INTERNAL fields, and rows
 * per county. Distinct counts of SENSITIVE fields are left out, because a
 * field where every value is distinct would tell how many people it lists
 * per value.
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
  return {
    entry,
    rowCount: rows.length,
    fields,
    byCounty: [...counties.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([divisionCode, count]) => ({ divisionCode, rows: count })),
  };
}
