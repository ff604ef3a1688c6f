import { describe, expect, it } from 'vitest';
import type { CaseDocument, TimeLimitPause } from '../src/model.js';
import {
  deadlineOf,
  excludedDays,
  remainingWorkingDays,
  timeLimitStatus,
} from '../src/timeLimit.js';

/** 10:00 in Asia/Shanghai on the given day. */
const day = (isoDate: string) => new Date(`${isoDate}T02:00:00Z`);

function openCase(
  acceptedOn: string,
  promisedLimitDays: number,
  pauses: TimeLimitPause[] = [],
  status: CaseDocument['status'] = 'ACCEPTED',
) {
  return {
    status,
    acceptedAt: day(acceptedOn),
    decidedAt: null,
    completedAt: null,
    decisionTimeliness: null,
    deadline: null,
    promisedLimitDays,
    pauses,
  };
}

const pause = (from: string, to: string | null): TimeLimitPause => ({
  reason: 'SUSPENSION',
  procedure: 'EXPERT_REVIEW',
  from: day(from),
  to: to ? day(to) : null,
  excludedWorkingDays: to ? excludedDays(day(from), day(to)) : null,
  resumeStatus: 'ACCEPTED',
});

describe('deadlineOf across statutory holidays', () => {
  it.each([
    // Spring Festival 2026: 02-15 to 02-23 off, Saturdays 02-14 and 02-28 workdays.
    ['2026-02-12', 5, '2026-02-26'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-24', 4, '2026-02-28'],
    // Labour Day 2026: 05-01 to 05-05 off, Saturday 05-09 a workday.
    ['2026-04-29', 5, '2026-05-09'],
    ['2026-04-30', 1, '2026-05-06'],
    // Mid-Autumn 09-25; National Day 10-01 to 10-07 off; Sunday 09-20 and Saturday 10-10 workdays.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-28', 5, '2026-10-10'],
    ['2026-09-30', 1, '2026-10-08'],
  ])('accepted %s plus %i working days is %s', (accepted, days, expected) => {
    expect(deadlineOf(openCase(accepted, days), days, day(accepted))).toEqual({
      date: expected,
      provisional: false,
    });
  });
});

describe('time-limit status of a running case', () => {
  // Accepted Thursday 02-12 with 5 working days: 02-13, Saturday 02-14
  // (a make-up workday), then the Spring Festival, then 02-24, 02-25, 02-26.
  const record = openCase('2026-02-12', 5);

  it.each([
    ['2026-02-13T02:00:00Z', 4, 'NORMAL'],
    // Four calendar days but three working days before the deadline.
    ['2026-02-22T02:00:00Z', 3, 'NORMAL'],
    ['2026-02-24T02:00:00Z', 2, 'WARNING'],
    ['2026-02-26T02:00:00Z', 0, 'WARNING'],
    // 23:59 and 00:00 in Asia/Shanghai, the first still on the deadline day.
    ['2026-02-26T15:59:00Z', 0, 'WARNING'],
    ['2026-02-26T16:00:00Z', -1, 'OVERDUE'],
    // 02-27, the make-up Saturday 02-28 and Monday 03-02 are past the deadline.
    ['2026-03-02T02:00:00Z', -3, 'OVERDUE'],
  ])('at %s has %i days left and is %s', (at, remaining, status) => {
    expect(remainingWorkingDays(record, new Date(at))).toBe(remaining);
    expect(timeLimitStatus(record, new Date(at))).toBe(status);
  });

  it.each([
    [5, '2026-02-26', 2, 'WARNING'],
    [12, '2026-03-06', 9, 'NORMAL'],
    [1, '2026-02-13', -2, 'OVERDUE'],
  ])(
    'with %i days: deadline %s, %i left, %s on 02-24',
    (days, deadline, remaining, status) => {
      const running = openCase('2026-02-12', days);
      const at = day('2026-02-24');
      expect(deadlineOf(running, days, at)?.date).toBe(deadline);
      expect(remainingWorkingDays(running, at)).toBe(remaining);
      expect(timeLimitStatus(running, at)).toBe(status);
    },
  );
});

describe('paused time limits', () => {
  it('moves the deadline by closed pauses', () => {
    // Accepted Tuesday 02-10 with 5 days: 02-11, 02-12, 02-13, 02-14, 02-24.
    expect(
      deadlineOf(openCase('2026-02-10', 5), 5, day('2026-02-10'))?.date,
    ).toBe('2026-02-24');
    // Paused 02-12 to 02-26 excludes 02-13, 02-14, 02-24, 02-25, 02-26.
    const paused = openCase('2026-02-10', 5, [
      pause('2026-02-12', '2026-02-26'),
    ]);
    expect(paused.pauses[0]!.excludedWorkingDays).toBe(5);
    // 10 working days after 02-10 end on Monday 03-02, after the make-up Saturday 02-28.
    expect(deadlineOf(paused, 5, day('2026-02-26'))?.date).toBe('2026-03-02');
    expect(remainingWorkingDays(paused, day('2026-02-26'))).toBe(3);
    expect(timeLimitStatus(paused, day('2026-02-26'))).toBe('NORMAL');
    expect(timeLimitStatus(paused, day('2026-02-27'), 2)).toBe('WARNING');
    expect(timeLimitStatus(paused, day('2026-03-03'))).toBe('OVERDUE');
    expect(remainingWorkingDays(paused, day('2026-03-03'))).toBe(-1);
  });

  it('freezes remaining days while a pause is open', () => {
    const record = openCase(
      '2026-09-18',
      5,
      [pause('2026-09-22', null)],
      'SUSPENDED',
    );
    expect(timeLimitStatus(record, day('2026-10-09'))).toBe('PAUSED');
    // 09-22 to the deadline 09-24: 09-23, 09-24.
    expect(remainingWorkingDays(record, day('2026-09-23'))).toBe(2);
    expect(remainingWorkingDays(record, day('2026-10-09'))).toBe(2);
    // While open, the deadline shown moves with today: 7 excluded days by 10-09.
    expect(deadlineOf(record, 5, day('2026-10-09'))?.date).toBe('2026-10-12');
  });

  it('judges a decision against the moved deadline', () => {
    const record = {
      ...openCase('2026-04-28', 5, [pause('2026-04-30', '2026-05-11')]),
      status: 'REJECTED' as const,
      decidedAt: day('2026-05-14'),
    };
    expect(timeLimitStatus(record, day('2026-06-01'))).toBe('ON_TIME');
    expect(
      timeLimitStatus(
        { ...record, decidedAt: day('2026-05-15') },
        day('2026-06-01'),
      ),
    ).toBe('LATE');
    expect(remainingWorkingDays(record, day('2026-05-14'))).toBeNull();
  });
});
