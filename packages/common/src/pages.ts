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
 * Checks the page arguments of a root list and returns the rows to skip and
 * the maximum to return. BAD_USER_INPUT when `first` is not 1 to
 * MAX_PAGE_ROWS or `offset` is negative or not an integer.
 */
export function offsetPageWindow({ first, offset }: OffsetPageArguments): {
  skip: number;
  limit: number;
} {
  const limit = first ?? DEFAULT_PAGE_ROWS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_ROWS)
    throw badInput(`first must be from 1 to ${MAX_PAGE_ROWS}, got ${limit}.`, {
      field: 'first',
      limit: MAX_PAGE_ROWS,
      actual: limit,
    });
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
