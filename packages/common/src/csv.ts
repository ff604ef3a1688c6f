/**
 * Quotes a CSV field (RFC 4180) and neutralises spreadsheet formulas: a
 * text starting with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders rows as CSV: UTF-8 with a byte-order mark so spreadsheets detect the encoding, CRLF line ends. */
export function csvDocument(rows: (string | number | null)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
