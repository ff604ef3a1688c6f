/** Formats an amount in integer fen as yuan with two decimals, without floating-point arithmetic. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A new client idempotency key for one creating request. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
