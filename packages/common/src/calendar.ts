import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import chineseDays from 'chinese-days';

/**
 * Working-day calendar of mainland China: Monday to Friday are working days
 * unless the State Council declares them off, and a weekend day declared a
 * make-up workday (调休) is a working day. Years come from the chinese-days
 * package and from schedules loaded later by administrators. A date in a year
 * that neither contains makes a result provisional, and such a year is
 * estimated from the statutory holidays (see statutoryDaysOff) instead of
 * treating only weekends as days off.
 */

/**
 * One year's holiday schedule. Its dates lie in `year`, but the notice for a
 * year may also declare dates in late December of the previous year (the New
 * Year break and its make-up workday). Such a date overrides the previous
 * year's schedule for that day only.
 */
export interface YearSchedule {
  year: number;
  /** ISO dates (YYYY-MM-DD) declared days off. */
  holidays: string[];
  /** ISO dates (YYYY-MM-DD) of weekend days declared working days. */
  workdays: string[];
}

export interface DeadlineResult {
  /** The deadline as an ISO date in Asia/Shanghai. */
  date: string;
  /** True when the count crossed a year whose schedule is not loaded. */
  provisional: boolean;
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** Converts an instant to its calendar date in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS)
    .toISOString()
    .slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Returns the statutory holidays of a year as ISO dates, 13 days under the
 * national rules on public holidays (全国年节及纪念日放假办法) as in force
 * since 2025. The fixed ones are 元旦 (1 January), 劳动节 (1 and 2 May) and
 * 国庆 (1 to 3 October). 春节 runs from 除夕 to the third day of the first
 * lunar month, 端午 is the fifth day of the fifth lunar month, 中秋 the
 * fifteenth day of the eighth, and 清明 falls on its solar term. Each year's
 * notice adds bridging days and make-up workdays that cannot be derived, so
 * this only estimates a year whose notice is not loaded.
 */
export function statutoryDaysOff(year: number): string[] {
  const lunar = (monthDay: string) =>
    chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;
  const springFestival = lunar('01-01');
  return [
    `${year}-01-01`,
    addDays(springFestival, -1),
    springFestival,
    addDays(springFestival, 1),
    addDays(springFestival, 2),
    chineseDays.getSolarTermDate(year, 4, 'pure_brightness'),
    `${year}-05-01`,
    `${year}-05-02`,
    lunar('05-05'),
    lunar('08-15'),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ];
}

export class WorkingDayCalendar {
  private readonly schedules = new Map<number, YearSchedule>();
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  /** Estimated days off of years without a schedule, by year, filled when first needed. */
  private readonly estimated = new Map<number, Set<string>>();

  constructor(schedules: YearSchedule[] = []) {
    for (const s of schedules) this.schedules.set(s.year, copySchedule(s));
    this.rebuild();
  }

  /** Adds or replaces one year's schedule. */
  load(schedule: YearSchedule): void {
    this.schedules.set(schedule.year, copySchedule(schedule));
    this.rebuild();
  }

  knowsYear(year: number): boolean {
    return this.schedules.has(year);
  }

  knownYears(): number[] {
    return [...this.schedules.keys()].sort((a, b) => a - b);
  }

  /**
   * Rebuilds the date lookups in ascending year order, so that a date
   * declared by the next year's notice (late December) replaces whatever the
   * date's own year declared for it.
   */
  private rebuild(): void {
    this.holidays.clear();
    this.workdays.clear();
    for (const year of this.knownYears()) {
      const schedule = this.schedules.get(year)!;
      for (const d of schedule.holidays) {
        this.workdays.delete(d);
        this.holidays.add(d);
      }
      for (const d of schedule.workdays) {
        this.holidays.delete(d);
        this.workdays.add(d);
      }
    }
  }

  /**
   * Reports whether an ISO date is a public holiday (法定节假日 or a day of
   * its break). In a year without a schedule, only the statutory holidays
   * count, as statutoryDaysOff estimates them.
   */
  isHoliday(isoDate: string): boolean {
    if (this.holidays.has(isoDate)) return true;
    if (this.workdays.has(isoDate)) return false;
    const year = Number(isoDate.slice(0, 4));
    if (this.knowsYear(year)) return false;
    let estimate = this.estimated.get(year);
    if (!estimate) {
      estimate = new Set(statutoryDaysOff(year));
      this.estimated.set(year, estimate);
    }
    return estimate.has(isoDate);
  }

  /** Reports whether an ISO date is a working day: a weekday that is no holiday, or a declared make-up workday. */
  isWorkingDay(isoDate: string): boolean {
    if (this.workdays.has(isoDate)) return true;
    if (this.isHoliday(isoDate)) return false;
    return !isWeekend(isoDate);
  }

  /**
   * Returns the n-th working day after the start date: the start day itself
   * is not counted. Excluded periods (correction, suspension) are added by
   * the caller as extra working days.
   */
  addWorkingDays(startIsoDate: string, n: number): DeadlineResult {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(
        `Working-day count must be a non-negative integer, got ${n}.`,
      );
    let date = startIsoDate;
    let provisional = !this.knowsYear(Number(date.slice(0, 4)));
    let counted = 0;
    while (counted < n) {
      date = addDays(date, 1);
      if (!this.knowsYear(Number(date.slice(0, 4)))) provisional = true;
      if (this.isWorkingDay(date)) counted++;
    }
    return { date, provisional };
  }

  /** Counts working days after `fromIsoDate` up to and including `toIsoDate`. */
  workingDaysBetween(fromIsoDate: string, toIsoDate: string): number {
    let count = 0;
    for (let d = addDays(fromIsoDate, 1); d <= toIsoDate; d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }
}

/** Reads every year the chinese-days package ships (dist/years/YYYY.json). */
export function packagedSchedules(): YearSchedule[] {
  const require = createRequire(import.meta.url);
  const dir = join(
    dirname(require.resolve('chinese-days/package.json')),
    'dist',
    'years',
  );
  const schedules: YearSchedule[] = [];
  for (const file of readdirSync(dir)) {
    const match = /^(\d{4})\.json$/.exec(file);
    if (!match) continue;
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      holidays?: Record<string, string>;
      workdays?: Record<string, string>;
    };
    schedules.push({
      year: Number(match[1]),
      holidays: Object.keys(data.holidays ?? {}),
      workdays: Object.keys(data.workdays ?? {}),
    });
  }
  return schedules;
}

function copySchedule(schedule: YearSchedule): YearSchedule {
  return {
    year: schedule.year,
    holidays: [...schedule.holidays],
    workdays: [...schedule.workdays],
  };
}

let shared: WorkingDayCalendar | undefined;

/**
 * Returns the process-wide calendar, seeded with the packaged years.
 * startCalendarSync adds the years that administrators loaded.
 */
export function calendar(): WorkingDayCalendar {
  shared ??= new WorkingDayCalendar(packagedSchedules());
  return shared;
}

/** Drops the process-wide calendar, so that the next calendar() call holds only the packaged years again. */
export function resetCalendar(): void {
  shared = undefined;
}
