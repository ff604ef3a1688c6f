import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Earliest calendar year an instant given by a caller may fall in. */
export const MIN_INSTANT_YEAR = 1900;
/** Latest calendar year an instant given by a caller may fall in. */
export const MAX_INSTANT_YEAR = 2200;

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|z|([+-])(\d{2}):?(\d{2}))$/;

/** Returns the number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 instant with a time zone, such as
 * 2026-03-02T09:00:00+08:00. Returns null unless every part is a real
 * calendar value: no 30 February, no hour 24, an offset within ±14:00, and
 * a year from MIN_INSTANT_YEAR to MAX_INSTANT_YEAR. JavaScript's own parser
 * rolls impossible dates over into the next month, and it accepts six-digit
 * years that break date arithmetic later.
 */
export function readInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(match[8] ?? 0);
  const offsetMinutes = Number(match[9] ?? 0);
  if (
    year < MIN_INSTANT_YEAR ||
    year > MAX_INSTANT_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 14 ||
    offsetMinutes > 59
  )
    return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The DateTime scalar: an ISO 8601 instant with a time zone, parsed to a Date and sent in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : String(value),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) =>
    parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});

function parseInstant(value: unknown): Date {
  const date = readInstant(value);
  if (!date)
    throw new GraphQLError(
      `DateTime must be an ISO 8601 instant with a time zone, a real calendar date and a year from ${MIN_INSTANT_YEAR} to ${MAX_INSTANT_YEAR}, got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  return date;
}
