import { describe, expect, it } from 'vitest';
import {
  calendar,
  packagedSchedules,
  resetCalendar,
  statutoryDaysOff,
  WorkingDayCalendar,
} from '../src/index.js';

describe('WorkingDayCalendar late December', () => {
  const year2040 = {
    year: 2040,
    holidays: ['2040-01-01', '2040-12-28'],
    workdays: ['2040-12-22'],
  };
  // The 2041 notice places its New Year break on Monday 2040-12-31 with Saturday 2040-12-29 as make-up workday.
  const year2041 = {
    year: 2041,
    holidays: ['2040-12-31', '2041-01-01'],
    workdays: ['2040-12-29'],
  };

  it('applies late-December dates of the next notice', () => {
    const cal = new WorkingDayCalendar([year2040, year2041]);
    expect(cal.isWorkingDay('2040-12-31')).toBe(false);
    expect(cal.isWorkingDay('2040-12-29')).toBe(true);
    expect(cal.isWorkingDay('2040-12-28')).toBe(false);
    expect(cal.isWorkingDay('2040-12-22')).toBe(true);
  });

  it('lets the next notice win whatever the load order', () => {
    const conflicting = {
      year: 2040,
      holidays: ['2040-01-01', '2040-12-29'],
      workdays: ['2040-12-30'],
    };
    const next = {
      year: 2041,
      holidays: ['2041-01-01', '2040-12-30'],
      workdays: ['2040-12-29'],
    };
    const cal = new WorkingDayCalendar();
    cal.load(next);
    cal.load(conflicting);
    expect(cal.isWorkingDay('2040-12-29')).toBe(true);
    expect(cal.isWorkingDay('2040-12-30')).toBe(false);
  });

  it('keeps late-December dates when their own year is replaced', () => {
    const cal = new WorkingDayCalendar([year2040, year2041]);
    cal.load({ year: 2040, holidays: ['2040-01-01'], workdays: [] });
    expect(cal.isWorkingDay('2040-12-31')).toBe(false);
    expect(cal.isWorkingDay('2040-12-29')).toBe(true);
    expect(cal.isWorkingDay('2040-12-28')).toBe(true);
    expect(cal.isWorkingDay('2040-12-22')).toBe(false);
  });

  it('does not mark the previous year known', () => {
    const cal = new WorkingDayCalendar([year2041]);
    expect(cal.knowsYear(2040)).toBe(false);
    expect(cal.addWorkingDays('2040-12-27', 2).provisional).toBe(true);
  });
});

describe('WorkingDayCalendar.load', () => {
  it('replaces every date of a reloaded year', () => {
    const cal = new WorkingDayCalendar([
      {
        year: 2040,
        holidays: ['2040-01-02', '2040-05-01'],
        workdays: ['2040-01-07'],
      },
    ]);
    cal.load({ year: 2040, holidays: ['2040-05-02'], workdays: [] });
    expect(cal.isWorkingDay('2040-01-02')).toBe(true);
    expect(cal.isWorkingDay('2040-05-01')).toBe(true);
    expect(cal.isWorkingDay('2040-05-02')).toBe(false);
    expect(cal.isWorkingDay('2040-01-07')).toBe(false);
  });

  it('keeps its own copy of the schedule', () => {
    const schedule = {
      year: 2040,
      holidays: ['2040-01-02'],
      workdays: [] as string[],
    };
    const cal = new WorkingDayCalendar([schedule]);
    schedule.holidays.push('2040-01-03');
    cal.load({ year: 2041, holidays: ['2041-01-01'], workdays: [] });
    expect(cal.isWorkingDay('2040-01-03')).toBe(true);
  });
});

describe('resetCalendar', () => {
  it('drops loaded years from the process-wide calendar', () => {
    calendar().load({ year: 2090, holidays: ['2090-01-02'], workdays: [] });
    expect(calendar().knowsYear(2090)).toBe(true);
    resetCalendar();
    expect(calendar().knowsYear(2090)).toBe(false);
    expect(calendar().knowsYear(2026)).toBe(true);
  });
});

describe('WorkingDayCalendar.isHoliday', () => {
  const year2040 = {
    year: 2040,
    holidays: ['2040-01-01', '2040-12-28'],
    workdays: ['2040-12-22'],
  };
  const year2041 = {
    year: 2041,
    holidays: ['2040-12-31', '2041-01-01'],
    workdays: ['2040-12-29'],
  };

  it('separates holidays from weekends and make-up workdays', () => {
    const cal = new WorkingDayCalendar([year2040, year2041]);
    expect(cal.isHoliday('2040-12-31')).toBe(true);
    expect(cal.isHoliday('2040-12-28')).toBe(true);
    expect(cal.isHoliday('2040-12-29')).toBe(false);
    expect(cal.isHoliday('2040-12-30')).toBe(false);
    expect(cal.isHoliday('2040-12-27')).toBe(false);
  });

  it('lets the next notice turn a holiday into a workday', () => {
    const cal = new WorkingDayCalendar([
      year2041,
      { year: 2040, holidays: ['2040-12-29'], workdays: [] },
    ]);
    expect(cal.isHoliday('2040-12-29')).toBe(false);
    expect(cal.isWorkingDay('2040-12-29')).toBe(true);
  });
});

describe('statutoryDaysOff', () => {
  it('matches the published 2026 holidays', () => {
    // Each statutory day of 2026 lies within the break the 2026 notice declared.
    const published = new WorkingDayCalendar(packagedSchedules());
    for (const day of statutoryDaysOff(2026))
      expect(published.isHoliday(day), day).toBe(true);
  });

  it('places the lunar holidays of 2027', () => {
    const days = statutoryDaysOff(2027);
    expect(days).toHaveLength(13);
    // 春节 2027 is 6 February, so 除夕 is 5 February.
    expect(days).toContain('2027-02-05');
    expect(days).toContain('2027-02-08');
    expect(days).toContain('2027-04-05');
    expect(days).toContain('2027-06-09');
    expect(days).toContain('2027-09-15');
  });
});

describe('a year without a schedule', () => {
  it('keeps the statutory holidays off', () => {
    const cal = new WorkingDayCalendar([]);
    expect(cal.isWorkingDay('2040-10-01')).toBe(false);
    expect(cal.isHoliday('2040-10-01')).toBe(true);
    expect(cal.isWorkingDay('2040-10-04')).toBe(true);
  });

  it('counts a provisional deadline past New Year', () => {
    const cal = new WorkingDayCalendar(
      packagedSchedules().filter((s) => s.year <= 2026),
    );
    // Wednesday 2026-12-30 + 5: 31 December, then 4 to 7 January, as 1 January 2027 is off.
    expect(cal.addWorkingDays('2026-12-30', 5)).toEqual({
      date: '2027-01-07',
      provisional: true,
    });
  });
});
