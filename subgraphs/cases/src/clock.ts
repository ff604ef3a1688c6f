/**
 * Source of the current instant for business timestamps (submission,
 * acceptance, decision) and deadline checks. Tests replace it to place a
 * case on a known calendar day; retry scheduling uses real time instead.
 */
let current: () => Date = () => new Date();

export function now(): Date {
  return current();
}

/** Replaces the clock; call with no argument to restore real time. */
export function setClock(clock?: () => Date): void {
  current = clock ?? (() => new Date());
}
