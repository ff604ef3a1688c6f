import { appError, calendar, ErrorCode, shanghaiDate } from '@ykb/common';
import type { HallDocument, HallWindow } from './model.js';
import {
  isoWeekday,
  MINUTE_MS,
  parseEndTime,
  parseLocalTime,
  shanghaiInstant,
  shanghaiTime,
} from './shanghaiTime.js';

/**
 * Opening hours of windows. A window opens on its ISO weekdays and on the
 * adjusted working days (调休上班) of the holiday calendar. It is closed on
 * public holidays unless `openOnHolidays` is set. On an open day it opens
 * during its `openingTimes`, in Asia/Shanghai wall-clock time, each range
 * including its start and excluding its end.
 */

const DEFAULT_WEEKDAYS = [1, 2, 3, 4, 5];
const DEFAULT_TIMES = [
  { start: '09:00', end: '12:00' },
  { start: '14:00', end: '17:00' },
];

/** Reports whether a date is a Saturday or Sunday that the holiday calendar declares a working day (调休上班). */
export function isAdjustedWorkingDay(date: string): boolean {
  return isoWeekday(date) >= 6 && calendar().isWorkingDay(date);
}

/**
 * Reports whether a window opens on an Asia/Shanghai calendar date: on its
 * weekdays, and on weekend days adjusted to working days (调休上班), unless
 * the date is a statutory holiday the window does not open on.
 */
export function windowOpenOn(window: HallWindow, date: string): boolean {
  if (calendar().isHoliday(date)) return window.openOnHolidays === true;
  const weekdays = window.weekdays ?? DEFAULT_WEEKDAYS;
  return weekdays.includes(isoWeekday(date)) || isAdjustedWorkingDay(date);
}

/** Minutes after midnight in Asia/Shanghai of an instant, with its date. */
function localMinutes(instant: Date): { date: string; minutes: number } {
  const date = shanghaiDate(instant);
  const midnight = shanghaiInstant(date, 0).getTime();
  return { date, minutes: (instant.getTime() - midnight) / MINUTE_MS };
}

/** Reports whether a window is open during [from, to), which must lie on one Asia/Shanghai date. */
export function windowOpenDuring(
  window: HallWindow,
  from: Date,
  to: Date,
): boolean {
  const start = localMinutes(from);
  const end = localMinutes(to);
  const endMinutes =
    end.date === start.date ? end.minutes : end.minutes + 24 * 60;
  if (!windowOpenOn(window, start.date)) return false;
  return (window.openingTimes ?? DEFAULT_TIMES).some((range) => {
    const closes = parseEndTime(range.end, 'end');
    return (
      parseLocalTime(range.start, 'start') <= start.minutes &&
      start.minutes < closes &&
      endMinutes <= closes
    );
  });
}

/** Reports whether a window is open at an instant. */
export function windowOpenAt(window: HallWindow, instant: Date): boolean {
  return windowOpenDuring(window, instant, instant);
}

function closed(message: string, details: Record<string, unknown>): Error {
  return appError(ErrorCode.HallClosed, message, details);
}

/** Throws HALL_CLOSED unless the window is open at `instant`. */
export function requireWindowOpen(
  hall: HallDocument,
  window: HallWindow,
  instant: Date,
): void {
  if (windowOpenAt(window, instant)) return;
  throw closed(
    `Window ${window.number} of hall ${hall._id} is closed at ${shanghaiDate(instant)} ${shanghaiTime(instant)} (Asia/Shanghai); ${openingSummary(window)}.`,
    { hallId: hall._id, windowNumber: window.number },
  );
}

/** Throws HALL_CLOSED unless a window of the hall serving `category` is open at `instant`. */
export function requireCategoryOpen(
  hall: HallDocument,
  category: string,
  instant: Date,
): void {
  requireCategoryOpenDuring(hall, category, instant, instant);
}

/** Reports whether one window of the hall serving `category` is open during all of [from, to). */
export function categoryOpenDuring(
  hall: HallDocument,
  category: string,
  from: Date,
  to: Date,
): boolean {
  return hall.windows.some(
    (w) =>
      w.businessCategories.includes(category) && windowOpenDuring(w, from, to),
  );
}

/** Throws HALL_CLOSED unless one window serving `category` is open during all of [from, to). */
export function requireCategoryOpenDuring(
  hall: HallDocument,
  category: string,
  from: Date,
  to: Date,
): void {
  if (categoryOpenDuring(hall, category, from, to)) return;
  const when =
    from.getTime() === to.getTime()
      ? `${shanghaiDate(from)} ${shanghaiTime(from)}`
      : `${shanghaiDate(from)} ${shanghaiTime(from)}-${shanghaiTime(to)}`;
  throw closed(
    `Hall ${hall._id} has no ${category} window open at ${when} (Asia/Shanghai); come back within its opening hours.`,
    { hallId: hall._id, category },
  );
}

/** Opening times and ISO weekdays of a window, such as `09:00-12:00, 14:00-17:00 on ISO weekdays 1,2,3,4,5`. */
function weeklyHours(window: HallWindow): string {
  const times = (window.openingTimes ?? DEFAULT_TIMES)
    .map((range) => `${range.start}-${range.end}`)
    .join(', ');
  const days = (window.weekdays ?? DEFAULT_WEEKDAYS).join(',');
  return `${times} on ISO weekdays ${days}`;
}

function openingSummary(window: HallWindow): string {
  return `it opens ${weeklyHours(window)} and adjusted working days${window.openOnHolidays ? ', also on public holidays' : ', not on public holidays'}`;
}

/** Slots of a rule's time windows as minutes after midnight, in time order; a remainder shorter than a slot is left out. */
export function slotTimes(
  timeWindows: { start: string; end: string }[],
  slotMinutes: number,
): { start: number; end: number }[] {
  const slots: { start: number; end: number }[] = [];
  for (const range of timeWindows) {
    const end = parseEndTime(range.end, 'end');
    for (
      let start = parseLocalTime(range.start, 'start');
      start + slotMinutes <= end;
      start += slotMinutes
    )
      slots.push({ start, end: start + slotMinutes });
  }
  return slots;
}

/** Formats minutes after midnight as HH:MM. */
export function clockTime(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Reports whether a window opens on an ISO weekday during [start, end), in minutes after midnight. */
function windowOpenWeekly(
  window: HallWindow,
  weekday: number,
  start: number,
  end: number,
): boolean {
  if (!(window.weekdays ?? DEFAULT_WEEKDAYS).includes(weekday)) return false;
  return (window.openingTimes ?? DEFAULT_TIMES).some(
    (range) =>
      parseLocalTime(range.start, 'start') <= start &&
      end <= parseEndTime(range.end, 'end'),
  );
}

/** Weekly days, time windows and slot length of an appointment rule. */
export interface WeeklySlots {
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
  slotMinutes: number;
}

/** A slot of an appointment rule on an ISO weekday, in minutes after midnight. */
export interface WeeklySlot {
  weekday: number;
  start: number;
  end: number;
}

/**
 * Returns the first slot of an appointment rule that lies outside the
 * opening times of every window serving `category` on the slot's ISO
 * weekday, or null when every slot lies within them. The rule repeats by
 * weekday, so public holidays and adjusted working days are not checked.
 */
export function slotOutsideOpeningHours(
  hall: HallDocument,
  category: string,
  rule: WeeklySlots,
): WeeklySlot | null {
  const windows = hall.windows.filter((w) =>
    w.businessCategories.includes(category),
  );
  const slots = slotTimes(rule.timeWindows, rule.slotMinutes);
  for (const weekday of rule.weekdays)
    for (const { start, end } of slots) {
      if (!windows.some((w) => windowOpenWeekly(w, weekday, start, end)))
        return { weekday, start, end };
    }
  return null;
}

/**
 * Throws HALL_CLOSED unless every slot of an appointment rule lies within
 * the opening times of a window serving `category` (slotOutsideOpeningHours),
 * because slots outside them are never offered.
 */
export function requireSlotsWithinOpeningHours(
  hall: HallDocument,
  category: string,
  rule: WeeklySlots,
): void {
  const outside = slotOutsideOpeningHours(hall, category, rule);
  if (!outside) return;
  const { weekday, start, end } = outside;
  const hours = hall.windows
    .filter((w) => w.businessCategories.includes(category))
    .map((w) => `window ${w.number} ${weeklyHours(w)}`)
    .join('; ');
  throw closed(
    `The slot ${clockTime(start)}-${clockTime(end)} on ISO weekday ${weekday} lies outside the opening hours of every ${category} window of hall ${hall._id} (${hours}); set times and weekdays within those hours.`,
    {
      hallId: hall._id,
      category,
      field: 'timeWindows',
      weekday,
      start: clockTime(start),
      end: clockTime(end),
    },
  );
}
