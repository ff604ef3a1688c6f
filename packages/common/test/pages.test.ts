import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_ROWS,
  MAX_PAGE_ROWS,
  offsetPage,
  offsetPageWindow,
  pageRows,
} from '../src/index.js';

const ROWS = Array.from({ length: 120 }, (_, i) => i);

describe('offset pages', () => {
  it('returns the default page without arguments', () => {
    expect(offsetPage(ROWS, {})).toEqual(ROWS.slice(0, DEFAULT_PAGE_ROWS));
  });

  it('skips offset rows', () => {
    expect(offsetPage(ROWS, { first: 3, offset: 10 })).toEqual([10, 11, 12]);
  });

  it('returns the rest past the end', () => {
    expect(offsetPage(ROWS, { first: 100, offset: 115 })).toEqual([
      115, 116, 117, 118, 119,
    ]);
    expect(offsetPage(ROWS, { offset: 500 })).toEqual([]);
  });

  it('rejects out-of-range arguments', () => {
    for (const page of [
      { first: 0 },
      { first: MAX_PAGE_ROWS + 1 },
      { first: 1.5 },
      { offset: -1 },
      { offset: 0.5 },
    ]) {
      let code: unknown;
      try {
        offsetPageWindow(page);
      } catch (error) {
        code = (error as GraphQLError).extensions.code;
      }
      expect({ page, code }).toEqual({ page, code: 'BAD_USER_INPUT' });
    }
  });
});

describe('pageRows', () => {
  it('defaults when first is missing', () => {
    expect(pageRows(undefined)).toBe(DEFAULT_PAGE_ROWS);
    expect(pageRows(null, 20)).toBe(20);
  });

  it('accepts first up to its maximum', () => {
    expect(pageRows(500, 100, 500)).toBe(500);
    expect(pageRows(1)).toBe(1);
  });

  it('reports the maximum and the value', () => {
    let error: GraphQLError | undefined;
    try {
      pageRows(501, 100, 500);
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.message).toBe('first must be from 1 to 500, got 501.');
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      limit: 500,
      actual: 501,
    });
  });
});
