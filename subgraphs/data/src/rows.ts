import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  forbidden,
} from '@ykb/common';
import {
  divisionFilter,
  rowAccess,
  rowVisible,
  type RowPageView,
  type RowView,
} from './access.js';
import { datasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { DatasetRowDocument } from './model.js';
import { requireDataset } from './sharing.js';

const POLICY = ACCESS_POLICY.data;
export const MAX_ROWS_PER_PAGE = 200;

/** Reads one page of a dataset's rows under the viewer's access. */
export async function datasetRows(
  context: DataContext,
  args: { datasetId: string; first?: number | null; after?: string | null },
): Promise<RowPageView> {
  const viewer = authorizeViewer(context.viewer, POLICY['Query.datasetRows']);
  const entry = requireDataset(args.datasetId);
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_ROWS_PER_PAGE)
    throw badInput(`first must be a whole number from 1 to ${MAX_ROWS_PER_PAGE}.`, {
      field: 'first',
    });
  const access = await rowAccess(context, viewer, entry);
  const filter: Record<string, unknown> = {
    datasetId: entry.id,
    ...divisionFilter(access),
  };
  if (args.after) filter.key = { $gt: args.after };
  const rows = await context.models.Row.find(filter)
    .sort({ key: 1 })
    .limit(first + 1)
    .lean<DatasetRowDocument[]>();
  const page = rows.slice(0, first);
  return {
    rows: page.map((row) => ({ row, entry, access })),
    nextAfter: rows.length > first ? page[page.length - 1]!.key : null,
  };
}

/**
 * Resolves a DatasetRow entity reference under the same access as
 * datasetRows, so a row reached through another subgraph's field is
 * desensitised or refused alike. Returns null for an unknown row.
 */
export async function resolveRowReference(
  context: DataContext,
  id: string,
): Promise<RowView | null> {
  const viewer = authorizeViewer(
    context.viewer,
    POLICY['DatasetRow.__resolveReference'],
  );
  const row = await context.loaders.row.load(id);
  if (!row) return null;
  const entry = datasetEntry(row.datasetId);
  if (!entry) return null;
  const access = await rowAccess(context, viewer, entry);
  if (!rowVisible(row, access))
    throw forbidden('This row lies outside your division.');
  return { row, entry, access };
}
