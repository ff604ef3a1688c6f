import { describe, expect, it } from 'vitest';
import {
  exactValue,
  protectedCount,
  protectedDerived,
  SMALL_CELL_THRESHOLD,
  suppressionMarker,
  suppressSmallCells,
  type CellGroup,
} from '../src/smallCells.js';

/** Builds a group whose total is cell 0 and whose parts are cells 1 to `parts`. */
function row(parts: number): CellGroup {
  return {
    total: 0,
    parts: Array.from({ length: parts }, (_, i) => i + 1),
  };
}

/** Checks that every withheld cell of every group is hidden by at least one other withheld cell. */
function expectNoSingleWithheld(
  reasons: readonly (string | null)[],
  groups: readonly CellGroup[],
): void {
  for (const group of groups) {
    const withheld = [group.total, ...group.parts].filter(
      (cell) => reasons[cell] !== null,
    ).length;
    expect(withheld).not.toBe(1);
  }
}

describe('suppressSmallCells', () => {
  it('uses a threshold of 5', () => {
    expect(SMALL_CELL_THRESHOLD).toBe(5);
  });

  it('withholds counts from 1 to 4 only', () => {
    expect(suppressSmallCells([0, 1, 2, 3, 4, 5, 6, 100])).toEqual([
      null,
      'PRIMARY',
      'PRIMARY',
      'PRIMARY',
      'PRIMARY',
      null,
      null,
      null,
    ]);
  });

  it('publishes a table without small counts unchanged', () => {
    const counts = [30, 10, 20];
    expect(suppressSmallCells(counts, [row(2)])).toEqual([null, null, null]);
  });

  it('withholds the next smallest cell of a row', () => {
    // Total 35 = 2 + 9 + 24: without the second step, 2 = 35 − 9 − 24.
    const counts = [35, 2, 9, 24];
    const reasons = suppressSmallCells(counts, [row(3)]);
    expect(reasons).toEqual([null, 'PRIMARY', 'SECONDARY', null]);
  });

  it('withholds nothing more when two cells are small', () => {
    const counts = [30, 1, 3, 26];
    expect(suppressSmallCells(counts, [row(3)])).toEqual([
      null,
      'PRIMARY',
      'PRIMARY',
      null,
    ]);
  });

  it('skips zero cells when choosing the complement', () => {
    const counts = [20, 0, 3, 0, 8, 9];
    const reasons = suppressSmallCells(counts, [row(5)]);
    expect(reasons).toEqual([null, null, 'PRIMARY', null, 'SECONDARY', null]);
  });

  it('withholds a small total with its only nonzero part', () => {
    // 3 = 0 + 3: the total equals the part, and both are small.
    expect(suppressSmallCells([3, 0, 3], [row(2)])).toEqual([
      'PRIMARY',
      null,
      'PRIMARY',
    ]);
  });

  it('handles a group with a single part', () => {
    // A single part always equals its total, so both are small or neither.
    expect(suppressSmallCells([12, 12], [row(1)])).toEqual([null, null]);
    expect(suppressSmallCells([4, 4], [row(1)])).toEqual([
      'PRIMARY',
      'PRIMARY',
    ]);
  });

  it('withholds every cell when all are small', () => {
    const counts = [10, 1, 2, 3, 4];
    expect(suppressSmallCells(counts, [row(4)])).toEqual([
      null,
      'PRIMARY',
      'PRIMARY',
      'PRIMARY',
      'PRIMARY',
    ]);
  });

  it('handles a single cell without groups', () => {
    expect(suppressSmallCells([3])).toEqual(['PRIMARY']);
    expect(suppressSmallCells([5])).toEqual([null]);
    expect(suppressSmallCells([0])).toEqual([null]);
  });

  it('returns nothing for an empty table', () => {
    expect(suppressSmallCells([], [])).toEqual([]);
  });

  it('publishes an all-zero table', () => {
    expect(suppressSmallCells([0, 0, 0], [row(2)])).toEqual([null, null, null]);
  });

  it('breaks ties by the lowest cell index', () => {
    expect(suppressSmallCells([23, 3, 10, 10], [row(3)])).toEqual([
      null,
      'PRIMARY',
      'SECONDARY',
      null,
    ]);
  });

  it('protects rows and columns of a two-way table', () => {
    // Cells a..f of a 2 × 3 table, row totals r0 r1, column totals c0..c2
    // and the grand total g:
    //   a=2  b=8  c=9   | r0=19
    //   d=7  e=6  f=20  | r1=33
    //   c0=9 c1=14 c2=29 | g=52
    const a = 0,
      b = 1,
      c = 2,
      d = 3,
      e = 4,
      f = 5;
    const r0 = 6,
      r1 = 7,
      c0 = 8,
      c1 = 9,
      c2 = 10,
      g = 11;
    const counts = [2, 8, 9, 7, 6, 20, 19, 33, 9, 14, 29, 52];
    const groups: CellGroup[] = [
      { total: r0, parts: [a, b, c] },
      { total: r1, parts: [d, e, f] },
      { total: c0, parts: [a, d] },
      { total: c1, parts: [b, e] },
      { total: c2, parts: [c, f] },
      { total: g, parts: [r0, r1] },
      { total: g, parts: [c0, c1, c2] },
    ];

    const reasons = suppressSmallCells(counts, groups);

    expect(reasons[a]).toBe('PRIMARY');
    // Row 0 withholds b, its smallest other cell (8). Column 0 withholds d
    // (7). Column 1 then has b alone, so it withholds e (6), and row 1 has
    // two withheld cells.
    expect(reasons[b]).toBe('SECONDARY');
    expect(reasons[d]).toBe('SECONDARY');
    expect(reasons[e]).toBe('SECONDARY');
    expect(reasons[c]).toBeNull();
    expect(reasons[f]).toBeNull();
    expect(reasons[g]).toBeNull();
    expectNoSingleWithheld(reasons, groups);
  });

  it('withholds a rate complement modelled as a hidden cell', () => {
    // submitted = decided + undecided: 40 = 37 + 3 makes undecided small,
    // which would follow from the two published counts.
    const counts = [40, 37, 3];
    expect(suppressSmallCells(counts, [{ total: 0, parts: [1, 2] }])).toEqual([
      null,
      'SECONDARY',
      'PRIMARY',
    ]);
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => suppressSmallCells([1, -1])).toThrow(
      'Cell 1 must be a count (a non-negative integer), got -1.',
    );
    expect(() => suppressSmallCells([2.5])).toThrow(RangeError);
  });

  it('rejects a group outside the table', () => {
    expect(() =>
      suppressSmallCells([5, 5], [{ total: 0, parts: [2] }]),
    ).toThrow('Group 0 refers to cell 2, but the table has cells 0 to 1.');
  });

  it('rejects a group whose parts miss its total', () => {
    expect(() => suppressSmallCells([10, 4, 5], [row(2)])).toThrow(
      'Group 0: its parts add up to 9, but its total (cell 0) is 10.',
    );
  });

  it('rejects a threshold below 1', () => {
    expect(() => suppressSmallCells([1], [], 0)).toThrow(RangeError);
  });

  it('applies another threshold when given', () => {
    expect(suppressSmallCells([5, 10, 11], [], 11)).toEqual([
      'PRIMARY',
      'PRIMARY',
      null,
    ]);
  });
});

describe('suppressSmallCells with fixed reasons', () => {
  // A county total of 13 over two villages of another table, where village
  // A (3) is withheld there and village B (10) is published.
  const county: CellGroup = { total: 0, parts: [1, 2] };

  it('withholds a total over one withheld fixed cell', () => {
    const fixed = new Map([
      [1, 'PRIMARY' as const],
      [2, null],
    ]);
    expect(suppressSmallCells([13, 3, 10], [county], 5, fixed)).toEqual([
      'SECONDARY',
      'PRIMARY',
      null,
    ]);
  });

  it('publishes a total when the other table withholds two parts', () => {
    const fixed = new Map([
      [1, 'PRIMARY' as const],
      [2, 'SECONDARY' as const],
    ]);
    expect(suppressSmallCells([13, 3, 10], [county], 5, fixed)).toEqual([
      null,
      'PRIMARY',
      'SECONDARY',
    ]);
  });

  it('keeps a small fixed cell published', () => {
    // The other table publishes 3 exactly, for a viewer entitled to it.
    const fixed = new Map([
      [1, null],
      [2, null],
    ]);
    expect(suppressSmallCells([13, 3, 10], [county], 5, fixed)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('never picks a fixed cell as the complement', () => {
    // Without fixed reasons the smallest published cell, 6, is picked.
    expect(suppressSmallCells([9, 3, 6], [county])).toEqual([
      null,
      'PRIMARY',
      'SECONDARY',
    ]);
    const fixed = new Map([
      [1, 'PRIMARY' as const],
      [2, null],
    ]);
    expect(suppressSmallCells([9, 3, 6], [county], 5, fixed)).toEqual([
      'SECONDARY',
      'PRIMARY',
      null,
    ]);
  });

  it('carries a withheld total into its other groups', () => {
    // Cell 0 = 13 + 20 is the row count over two county totals (cells 1 and
    // 2), and county 1 adds up fixed cells 3 (withheld) and 4 (published).
    const groups = [
      { total: 0, parts: [1, 2] },
      { total: 1, parts: [3, 4] },
    ];
    const fixed = new Map([
      [3, 'PRIMARY' as const],
      [4, null],
    ]);
    const reasons = suppressSmallCells([33, 13, 20, 3, 10], groups, 5, fixed);
    expect(reasons).toEqual([null, 'SECONDARY', 'SECONDARY', 'PRIMARY', null]);
    expectNoSingleWithheld(reasons, groups);
  });

  it('rejects a fixed cell outside the table', () => {
    expect(() => suppressSmallCells([5], [], 5, new Map([[1, null]]))).toThrow(
      'A fixed reason refers to cell 1, but the table has cells 0 to 0.',
    );
  });

  it('rejects a group it cannot protect', () => {
    const fixed = new Map([
      [0, null],
      [1, 'PRIMARY' as const],
      [2, null],
    ]);
    expect(() => suppressSmallCells([13, 3, 10], [county], 5, fixed)).toThrow(
      /Group 0 has a single withheld cell/,
    );
  });
});

describe('protected values', () => {
  it('returns a published count unchanged', () => {
    expect(protectedCount(7, null)).toEqual({
      value: 7,
      suppressed: false,
      reason: null,
    });
  });

  it('returns a withheld count as null, not 0', () => {
    expect(protectedCount(3, 'PRIMARY')).toEqual({
      value: null,
      suppressed: true,
      reason: 'PRIMARY',
    });
    expect(protectedCount(9, 'SECONDARY').value).toBeNull();
  });

  it('withholds an average over a withheld count', () => {
    // The mean score of 2 evaluations, 4.5, would give both scores away.
    expect(protectedDerived(4.5, ['PRIMARY'])).toEqual({
      value: null,
      suppressed: true,
      reason: 'DERIVED',
    });
    expect(protectedDerived(0.8, [null, 'SECONDARY']).reason).toBe('DERIVED');
  });

  it('publishes a rate over published counts', () => {
    expect(protectedDerived(0.75, [null, null])).toEqual({
      value: 0.75,
      suppressed: false,
      reason: null,
    });
  });

  it('keeps a rate without samples null and unmarked', () => {
    expect(protectedDerived(null, [null])).toEqual({
      value: null,
      suppressed: false,
      reason: null,
    });
  });

  it('returns exact values for entitled viewers', () => {
    expect(exactValue(2)).toEqual({
      value: 2,
      suppressed: false,
      reason: null,
    });
  });
});

describe('suppressionMarker', () => {
  it('marks a small count with the threshold', () => {
    expect(suppressionMarker({ reason: 'PRIMARY' })).toBe('<5');
    expect(suppressionMarker({ reason: 'PRIMARY' }, 10)).toBe('<10');
  });

  it('marks other withheld values with x', () => {
    expect(suppressionMarker({ reason: 'SECONDARY' })).toBe('x');
    expect(suppressionMarker({ reason: 'DERIVED' })).toBe('x');
  });

  it('returns null for a published value', () => {
    expect(suppressionMarker({ reason: null })).toBeNull();
  });
});
