import {
  badInput,
  MAX_INSTANT_YEAR,
  MIN_INSTANT_YEAR,
  readInstant,
} from '@ykb/common';
import { createHash } from 'node:crypto';

/** Asia/Shanghai is UTC+8 all year, because China has no daylight saving time. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Checks a YYYY-MM-DD calendar date that exists, such as 2026-02-28. */
export function parseLocalDate(value: string, field: string): string {
  const valid =
    DATE_PATTERN.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid)
    throw badInput(`${field} must be a calendar date YYYY-MM-DD.`, { field });
  return value;
}

/** Parses an HH:MM wall-clock time into minutes after midnight. */
export function parseLocalTime(value: string, field: string): number {
  const match = TIME_PATTERN.exec(value);
  if (!match)
    throw badInput(`${field} must be a time HH:MM between 00:00 and 23:59.`, {
      field,
    });
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Parses the end of an HH:MM time range into minutes after midnight; 24:00 ends the range at midnight. */
export function parseEndTime(value: string, field: string): number {
  return value === '24:00' ? 24 * 60 : parseLocalTime(value, field);
}

/** Converts a wall-clock time in Asia/Shanghai on a calendar date to its instant. */
export function shanghaiInstant(date: string, minutes: number): Date {
  return new Date(
    Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS - SHANGHAI_OFFSET_MS,
  );
}

/** Formats the wall-clock time HH:MM of an instant in Asia/Shanghai. */
export function shanghaiTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS)
    .toISOString()
    .slice(11, 16);
}

/** Returns the ISO weekday of a calendar date, 1 (Monday) to 7 (Sunday). */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** Parses an ISO 8601 instant with a time zone, such as 2026-03-02T01:00:00Z. */
export function parseInstant(value: string, field: string): Date {
  const instant = readInstant(value);
  if (!instant)
    throw badInput(
      `${field} must be an ISO 8601 instant with a time zone, a real calendar date and a year from ${MIN_INSTANT_YEAR} to ${MAX_INSTANT_YEAR}.`,
      { field },
    );
  return instant;
}

/**
 * Derives a record id from the acting user and a client idempotency key, so
 * that every retry of one command inserts under the same unique `_id`.
 */
export function idFromKey(prefix: string, userId: string, key: string): string {
  const digest = createHash('sha256')
    .update(`${userId}\n${key}`)
    .digest('hex')
    .slice(0, 32);
  return `${prefix}-${digest}`;
}
