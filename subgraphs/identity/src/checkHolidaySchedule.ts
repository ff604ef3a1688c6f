import { badInput } from '@ykb/common';

/** A year's schedule as an administrator submits it. */
export interface HolidayScheduleInput {
  year: number;
  holidays: string[];
  workdays: string[];
  notice: string;
}

/** A submitted schedule that passed every check, with dates sorted ascending. */
export interface CheckedHolidaySchedule {
  year: number;
  holidays: string[];
  workdays: string[];
  notice: string;
}

export const MIN_SCHEDULE_YEAR = 2000;
export const MAX_SCHEDULE_YEAR = 2100;
export const MAX_NOTICE_LENGTH = 10000;

/**
 * First day of the late-December window of the previous year that a year's
 * notice may govern. The notice for year Y can place its New Year break and
 * that break's make-up workday in the last days of December of Y-1. The
 * packaged data, for example, has 2018-12-29 as a workday and 2018-12-30 and
 * 31 off. The window of 18 to 31 December leaves room for a longer break and
 * still rejects most mistyped years.
 */
export const PRECEDING_DECEMBER_FROM_DAY = 18;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type DateField = 'holidays' | 'workdays';

/** Parses a real ISO calendar date, or returns undefined. */
function parseIsoDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return real ? date : undefined;
}

/**
 * Returns why a real date may not appear in year `year`'s schedule, or
 * undefined when it may: dates of that year and of late December of the
 * previous year are allowed.
 */
function findRangeProblem(date: Date, year: number): string | undefined {
  const dateYear = date.getUTCFullYear();
  if (dateYear === year) return undefined;
  if (
    dateYear === year - 1 &&
    date.getUTCMonth() === 11 &&
    date.getUTCDate() >= PRECEDING_DECEMBER_FROM_DAY
  )
    return undefined;
  if (dateYear === year + 1)
    return `belongs to the ${year + 1} schedule; load it with that year's notice.`;
  return `lies outside ${year} and outside ${PRECEDING_DECEMBER_FROM_DAY}–31 December ${year - 1}, the dates a ${year} notice may govern.`;
}

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** Checks one list of dates and returns it sorted; throws BAD_USER_INPUT naming the first invalid date. */
function checkDates(
  field: DateField,
  values: string[],
  year: number,
): string[] {
  const seen = new Set<string>();
  for (const raw of values) {
    const value = raw.trim();
    const date = parseIsoDate(value);
    if (!date)
      throw badInput(
        `${field} contains "${raw}", which is not a real ISO date (YYYY-MM-DD).`,
        { field, date: raw },
      );

    const rangeProblem = findRangeProblem(date, year);
    if (rangeProblem)
      throw badInput(`${field} contains ${value}, which ${rangeProblem}`, {
        field,
        date: value,
      });

    if (seen.has(value))
      throw badInput(`${field} lists ${value} more than once.`, {
        field,
        date: value,
      });
    seen.add(value);

    if (field === 'workdays' && !isWeekend(date)) {
      throw badInput(
        `workdays contains ${value}, a weekday; list only Saturdays and Sundays declared working days.`,
        { field, date: value },
      );
    }
  }
  return [...seen].sort();
}

/**
 * Validates a submitted year schedule and throws BAD_USER_INPUT for the
 * first problem, with `field` and, for a date problem, `date` in the
 * extensions. Holidays may include weekend days, because a break lists
 * every day off. The notice text is trimmed.
 */
export function checkHolidaySchedule(
  input: HolidayScheduleInput,
): CheckedHolidaySchedule {
  const { year } = input;
  if (
    !Number.isInteger(year) ||
    year < MIN_SCHEDULE_YEAR ||
    year > MAX_SCHEDULE_YEAR
  ) {
    throw badInput(
      `year must be from ${MIN_SCHEDULE_YEAR} to ${MAX_SCHEDULE_YEAR}, got ${year}.`,
      { field: 'year', year },
    );
  }

  const notice = input.notice.trim();
  if (!notice)
    throw badInput(
      'notice is empty; give the title or text of the State Council notice.',
      { field: 'notice' },
    );
  if (notice.length > MAX_NOTICE_LENGTH) {
    throw badInput(
      `notice has ${notice.length} characters; the maximum is ${MAX_NOTICE_LENGTH}.`,
      { field: 'notice' },
    );
  }

  if (input.holidays.length === 0) {
    throw badInput(
      'holidays is empty; every year has statutory holidays, so list the days off of the notice.',
      { field: 'holidays' },
    );
  }
  const holidays = checkDates('holidays', input.holidays, year);
  const workdays = checkDates('workdays', input.workdays, year);

  const holidaySet = new Set(holidays);
  const both = workdays.find((d) => holidaySet.has(d));
  if (both)
    throw badInput(`${both} is listed both as a holiday and as a workday.`, {
      field: 'workdays',
      date: both,
    });

  return { year, holidays, workdays, notice };
}
