import type { Model } from 'mongoose';
import { offsetPageWindow, type OffsetPageArguments } from '@ykb/common';

/**
 * Returns one page of the distinct values of `field` among the documents
 * that match `filter`, sorted with String.prototype.localeCompare. Null and
 * missing values count as the value `missing`. The database returns one row
 * per value, not per document, so a report grouped by `field` then reads
 * only the documents of one page of groups (see inGroups). The values are
 * sorted here, not in the query, because the reports order them with
 * localeCompare, which the database's binary order does not match.
 */
export async function groupPage<T>(
  model: Model<T>,
  filter: Record<string, unknown>,
  field: string,
  page: OffsetPageArguments,
  missing = 'none',
): Promise<string[]> {
  const { skip, limit } = offsetPageWindow(page);
  // A $group without accumulators, because FerretDB 1.24 computes only
  // the first accumulator of a $group.
  const groups = await model.aggregate<{ _id: string | null }>([
    { $match: filter },
    { $group: { _id: `$${field}` } },
  ]);
  const values = new Set(groups.map((group) => group._id ?? missing));
  return [...values]
    .sort((a, b) => a.localeCompare(b))
    .slice(skip, skip + limit);
}

/** Filter of the documents whose `field` is one of `values`, where `missing` stands for null or missing. */
export function inGroups(
  field: string,
  values: string[],
  missing = 'none',
): Record<string, unknown> {
  const stored: (string | null)[] = values.filter((value) => value !== missing);
  if (values.includes(missing)) stored.push(null);
  return { [field]: { $in: stored } };
}
