/**
 * Serialises a JSON value with object keys sorted by UTF-16 code unit and no
 * whitespace, so that the same content always yields the same bytes to sign,
 * whatever key order the database returns.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(
          `Canonical JSON cannot contain the number ${value}.`,
        );
      return JSON.stringify(value);
    case 'object': {
      const entries = Object.keys(value as object)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
        );
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(
        `Canonical JSON cannot contain a value of type ${typeof value}.`,
      );
  }
}
