/**
 * Source of the current instant for every business timestamp and deadline
 * of the marketplace. Tests replace it to place a registration or an
 * engagement on a known calendar day, such as the eve of a public holiday.
 */
let current: () => Date = () => new Date();

export function now(): Date {
  return current();
}

/** Replaces the clock; call with no argument to restore real time. */
export function setClock(clock?: () => Date): void {
  current = clock ?? (() => new Date());
}
