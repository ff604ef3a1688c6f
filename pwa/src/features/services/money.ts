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

/**
 * Parses an amount in yuan with at most two decimals, such as `12.5`, into
 * integer fen without floating-point arithmetic. Returns null for other
 * text and for amounts of 10^7 yuan or more.
 */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Quotes one CSV cell, and prefixes `'` to text that a spreadsheet would run as a formula. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders rows as CSV text with a UTF-8 byte-order mark and CRLF line ends, which spreadsheet programs read as UTF-8. */
export function csvDocument(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
