import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_ROWS,
  MAX_PAGE_ROWS,
  offsetPage,
  offsetPageWindow,
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
