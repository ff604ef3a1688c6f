import { describe, expect, it } from 'vitest';
import { readCourierEvent } from '../../src/services/logistics/courier.js';

/** Current time of every check: 2026-03-02 10:00 in Asia/Shanghai. */
const NOW = new Date('2026-03-02T02:00:00Z');

function eventAt(at: unknown) {
  return {
    waybillNumber: 'SF1234567890',
    seq: 1,
    status: 'PICKED_UP',
    description: '快递员已揽收',
    at,
  };
}

describe('readCourierEvent', () => {
  it('stores a valid time in UTC', () => {
    const event = readCourierEvent(eventAt('2026-03-02T09:30:00+08:00'), NOW);
    expect(event?.at).toBe('2026-03-02T01:30:00.000Z');
  });

  it('accepts the bounds of the time range', () => {
    expect(readCourierEvent(eventAt('2000-01-01T00:00:00Z'), NOW)?.at).toBe(
      '2000-01-01T00:00:00.000Z',
    );
    expect(readCourierEvent(eventAt('2026-03-03T02:00:00Z'), NOW)?.at).toBe(
      '2026-03-03T02:00:00.000Z',
    );
    expect(readCourierEvent(eventAt('2024-02-29T12:00Z'), NOW)?.at).toBe(
      '2024-02-29T12:00:00.000Z',
    );
  });

  it.each([
    ['30 February', '2026-02-30T10:00Z'],
    ['29 February of a common year', '2025-02-29T10:00:00+08:00'],
    ['month 13', '2026-13-01T10:00:00Z'],
    ['day 0', '2026-03-00T10:00:00Z'],
    ['hour 24', '2026-03-01T24:00:00+08:00'],
    ['minute 60', '2026-03-01T10:60:00Z'],
    ['second 60', '2026-03-01T10:00:60Z'],
    ['offset +25:00', '2026-03-01T10:00:00+25:00'],
    ['year 0001', '0001-01-01T00:00:00Z'],
    ['a time before 2000', '1999-12-31T23:59:59Z'],
    ['year 9999', '9999-12-31T23:59:59Z'],
    ['more than a day ahead', '2026-03-03T02:00:01Z'],
    ['no offset', '2026-03-02T10:00:00'],
    ['a bare number', '5'],
    ['a number', 1_772_416_800_000],
  ])('rejects %s', (_case, at) => {
    expect(readCourierEvent(eventAt(at), NOW)).toBeNull();
  });

  it('uses the current time by default', () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();
    expect(readCourierEvent(eventAt(inAnHour))?.at).toBe(inAnHour);
    expect(readCourierEvent(eventAt(inTwoDays))).toBeNull();
  });
});
