/**
 * Reads an integer setting from the environment, or `fallback` when it is
 * unset or empty. Throws a one-sentence error naming the variable and the
 * allowed range when the value is not an integer within [min, max].
 */
export function integerFromEnv(
  name: string,
  fallback: number,
  min: number,
  max: number,
  unit = 'milliseconds',
): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} must be an integer number of ${unit} from ${min} to ${max}, got ${raw}.`,
    );
  }
  return value;
}

/** Escapes a string so that it matches itself literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
