import { badInput } from './errors.js';

/** Rows a paginated root list returns when `first` is not given. */
export const DEFAULT_PAGE_ROWS = 50;
/** Largest `first` of a paginated root list. */
export const MAX_PAGE_ROWS = 100;

/** Arguments of a root list paginated by offset. */
export interface OffsetPageArguments {
  first?: number | null;
  offset?: number | null;
}

/**
 * Checks the `first` argument of a list and returns the number of rows to
 * read, `absent` when the argument is not given. BAD_USER_INPUT unless it is
 * an integer from 1 to `max`.
 */
export function pageRows(
  first: number | null | undefined,
  absent = DEFAULT_PAGE_ROWS,
  max = MAX_PAGE_ROWS,
): number {
  const rows = first ?? absent;
  if (!Number.isInteger(rows) || rows < 1 || rows > max)
    throw badInput(`first must be from 1 to ${max}, got ${rows}.`, {
      field: 'first',
      limit: max,
      actual: rows,
    });
  return rows;
}

/**
 * Checks the page arguments of a root list and returns the rows to skip and
 * the maximum to return. BAD_USER_INPUT when `first` is not 1 to
 * MAX_PAGE_ROWS or `offset` is negative or not an integer.
 */
export function offsetPageWindow({ first, offset }: OffsetPageArguments): {
  skip: number;
  limit: number;
} {
  const limit = pageRows(first);
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0)
    throw badInput(`offset must be an integer of 0 or more, got ${skip}.`, {
      field: 'offset',
    });
  return { skip, limit };
}

/**
 * Returns the rows of one page of a list computed whole, in the list's order.
 * offsetPageWindow checks the arguments. Lists read with one database query
 * pass the window to the query instead.
 */
export function offsetPage<T>(
  rows: readonly T[],
  page: OffsetPageArguments,
): T[] {
  const { skip, limit } = offsetPageWindow(page);
  return rows.slice(skip, skip + limit);
}
