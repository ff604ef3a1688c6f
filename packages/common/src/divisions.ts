/**
 * Division codes are hierarchical by prefix, as published in GB/T 2260 and
 * in the statistical township and village codes. A province has 2 digits
 * (50 is Chongqing) and a prefecture grouping 4 (5001 districts, 5002
 * counties). A county has 6, a township or street 9, and a village or
 * community 12. Codes are strings, never numbers.
 */

export type DivisionLevel =
  'PROVINCE' | 'PREFECTURE' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = {
  2: 'PROVINCE',
  4: 'PREFECTURE',
  6: 'COUNTY',
  9: 'TOWNSHIP',
  12: 'VILLAGE',
};

export function divisionLevel(code: string): DivisionLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

export function isDivisionCode(code: unknown): code is string {
  return typeof code === 'string' && divisionLevel(code) !== undefined;
}

/** Returns the parent code, or undefined for a province. */
export function parentDivision(code: string): string | undefined {
  const lengths = [2, 4, 6, 9, 12];
  const index = lengths.indexOf(code.length);
  return index > 0 ? code.slice(0, lengths[index - 1]) : undefined;
}

/** Reports whether `code` lies in the subtree rooted at `scope` (a division is within itself). */
export function isWithinDivision(scope: string, code: string): boolean {
  return code.startsWith(scope);
}
