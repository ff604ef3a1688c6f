/**
 * Small-cell protection (statistical disclosure control) of published
 * counts. Viewers who may not read the underlying records get counts below
 * SMALL_CELL_THRESHOLD withheld (primary suppression), and further counts
 * withheld so that no withheld count can be recomputed from a published
 * total (secondary suppression). Rates and averages computed from a
 * withheld count are withheld too.
 *
 * Zero counts are published, because a zero identifies no person and
 * withholding every zero would hide which services are unused. A withheld value is returned
 * as null with its reason, never as 0.
 */

/**
 * Smallest count published to viewers not entitled to the records. A
 * count of 1 to 4 in a fine breakdown such as village × item × month can
 * point to one household, and 5 is the minimum cell size that many
 * statistics offices apply to counts of people.
 */
export const SMALL_CELL_THRESHOLD = 5;

/**
 * Reason a value is withheld. PRIMARY is a count from 1 to threshold − 1.
 * SECONDARY is a count withheld so that a PRIMARY one cannot be derived
 * from a total. DERIVED is a rate or average computed from a withheld count.
 */
export type SuppressionReason = 'PRIMARY' | 'SECONDARY' | 'DERIVED';

/** A published value, or null with the reason it is withheld. */
export interface ProtectedValue {
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

/**
 * A linear relation between cells that a reader can use to recompute one
 * of them: the cell at `total` equals the sum of the cells at `parts`.
 * Cells that are not published but follow from published ones (such as
 * undecided = submitted − decided) belong in the table as cells too.
 */
export interface CellGroup {
  total: number;
  parts: readonly number[];
}

/**
 * Decides which counts of a table to withhold and returns one reason per
 * count, or null where the count is published.
 *
 * Primary suppression withholds every count from 1 to threshold − 1.
 * Secondary suppression then repeats until no group changes. In a group
 * where exactly one cell is withheld, that cell equals the group's total
 * minus its other cells. So the smallest nonzero published cell of the
 * group is withheld as well, counting the total as a cell and taking the
 * lowest index among equal counts. Zero cells are never chosen, because
 * withholding a known zero hides nothing. A withheld cell may leave another
 * group with a single withheld cell, which the next pass handles.
 *
 * NOTE: two withheld cells in a group are protected only against exact
 * recomputation; a reader still learns their sum. This is the usual
 * standard for count tables, but it is weaker than an audit by linear
 * programming over every interval.
 *
 * `fixedReasons` joins this table to another published table: it maps the
 * index of a cell that the other table publishes to the reason that table
 * withholds it with, or to null where that table publishes it. A fixed
 * cell keeps its reason, so primary suppression does not apply to it and
 * secondary suppression never picks it. Groups may then mix both tables,
 * such as a total of this table over cells of the other.
 *
 * Throws a RangeError for a negative or fractional count, an index outside
 * the table, a group whose parts do not add up to its total, or a group
 * whose single withheld cell has no cell left to withhold with it, because
 * every other nonzero cell is fixed as published.
 */
export function suppressSmallCells(
  counts: readonly number[],
  groups: readonly CellGroup[] = [],
  threshold: number = SMALL_CELL_THRESHOLD,
  fixedReasons: ReadonlyMap<number, SuppressionReason | null> = new Map(),
): (SuppressionReason | null)[] {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(
      `The small-cell threshold must be a positive integer, got ${threshold}.`,
    );
  counts.forEach((count, index) => {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(
        `Cell ${index} must be a count (a non-negative integer), got ${count}.`,
      );
  });
  for (const cell of fixedReasons.keys())
    if (!Number.isInteger(cell) || cell < 0 || cell >= counts.length)
      throw new RangeError(
        `A fixed reason refers to cell ${cell}, but the table has cells 0 to ${counts.length - 1}.`,
      );
  const members = groups.map((group, groupIndex) =>
    checkedGroupMembers(counts, group, groupIndex),
  );

  const reasons: (SuppressionReason | null)[] = counts.map((count, cell) => {
    const fixed = fixedReasons.get(cell);
    if (fixed !== undefined) return fixed;
    return count > 0 && count < threshold ? 'PRIMARY' : null;
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (const [groupIndex, cells] of members.entries()) {
      const withheld = cells.filter((cell) => reasons[cell] !== null).length;
      if (withheld !== 1) continue;
      const complement = smallestPublishedCell(
        counts,
        reasons,
        cells.filter((cell) => !fixedReasons.has(cell)),
      );
      // Without fixed cells this is unreachable while the group adds up: a
      // withheld cell is nonzero, so the total or another part is as well.
      if (complement === undefined)
        throw new RangeError(
          `Group ${groupIndex} has a single withheld cell, and every other nonzero cell is fixed as published, so the withheld cell follows from the group.`,
        );
      reasons[complement] = 'SECONDARY';
      changed = true;
    }
  }
  return reasons;
}

function checkedGroupMembers(
  counts: readonly number[],
  group: CellGroup,
  groupIndex: number,
): number[] {
  const cells = [group.total, ...group.parts];
  for (const cell of cells)
    if (!Number.isInteger(cell) || cell < 0 || cell >= counts.length)
      throw new RangeError(
        `Group ${groupIndex} refers to cell ${cell}, but the table has cells 0 to ${counts.length - 1}.`,
      );
  const sum = group.parts.reduce((total, cell) => total + counts[cell]!, 0);
  if (sum !== counts[group.total])
    throw new RangeError(
      `Group ${groupIndex}: its parts add up to ${sum}, but its total (cell ${group.total}) is ${counts[group.total]}.`,
    );
  return cells;
}

function smallestPublishedCell(
  counts: readonly number[],
  reasons: readonly (SuppressionReason | null)[],
  cells: readonly number[],
): number | undefined {
  let best: number | undefined;
  for (const cell of cells) {
    if (reasons[cell] !== null || counts[cell] === 0) continue;
    if (
      best === undefined ||
      counts[cell]! < counts[best]! ||
      (counts[cell] === counts[best] && cell < best)
    )
      best = cell;
  }
  return best;
}

/** Returns a count as published, given its reason from suppressSmallCells. */
export function protectedCount(
  count: number,
  reason: SuppressionReason | null,
): ProtectedValue {
  return reason === null
    ? { value: count, suppressed: false, reason: null }
    : { value: null, suppressed: true, reason };
}

/**
 * Returns a rate or average as published: withheld as DERIVED when any
 * count it is computed from is withheld, because the value times a
 * published count would give the withheld one back. A value of null
 * (no samples) stays null and is not marked withheld.
 */
export function protectedDerived(
  value: number | null,
  inputs: readonly (SuppressionReason | null)[],
): ProtectedValue {
  if (inputs.some((reason) => reason !== null))
    return { value: null, suppressed: true, reason: 'DERIVED' };
  return { value, suppressed: false, reason: null };
}

/** Returns a value published exactly, for viewers entitled to the records. */
export function exactValue(value: number | null): ProtectedValue {
  return { value, suppressed: false, reason: null };
}

/**
 * Returns the text that replaces a withheld value in tables and CSV
 * files: `<5` (with the threshold) for PRIMARY, because the count is
 * known to be small, and `x` for SECONDARY and DERIVED, whose values may
 * be of any size. Returns null for a published value.
 */
export function suppressionMarker(
  value: Pick<ProtectedValue, 'reason'>,
  threshold: number = SMALL_CELL_THRESHOLD,
): string | null {
  if (value.reason === null) return null;
  return value.reason === 'PRIMARY' ? `<${threshold}` : 'x';
}
