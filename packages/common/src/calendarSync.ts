import {
  calendar,
  type WorkingDayCalendar,
  type YearSchedule,
} from './calendar.js';
import { integerFromEnv } from './env.js';
import { callSubgraph } from './client.js';
import type { Logger } from './logger.js';
import { subgraphUrl } from './services.js';

/**
 * Keeps a process's working-day calendar in step with the holiday schedules
 * that administrators load into the identity subgraph, so that every
 * subgraph computing deadlines uses the same years.
 */

const HOLIDAY_SCHEDULES = `query CalendarSync {
  holidaySchedules { year holidays workdays source version }
}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** First delay after a failed sync in milliseconds; it doubles per failure up to the interval. */
const FIRST_RETRY_MS = 1000;

export interface CalendarSyncOptions {
  /** Logger of the calling service. */
  log: Logger;
  /** Name of the calling service, carried in its service token. */
  caller: string;
  /** Calendar to update; the process-wide calendar() by default. */
  target?: WorkingDayCalendar;
}

export interface StartCalendarSyncOptions extends CalendarSyncOptions {
  /** Milliseconds between successful syncs; YKB_CALENDAR_SYNC_MS or 300000 by default. */
  intervalMs?: number;
}

/** One year loaded by a sync, with the version identity stores for it. */
export interface SyncedYear {
  year: number;
  version: number;
}

interface RemoteSchedule extends YearSchedule {
  source: 'PACKAGE' | 'LOADED';
  version: number | null;
}

/** Interval between syncs in milliseconds, from YKB_CALENDAR_SYNC_MS (default 300000). */
export function calendarSyncIntervalMs(): number {
  return integerFromEnv('YKB_CALENDAR_SYNC_MS', 300_000, 10, 86_400_000);
}

function isRemoteSchedule(value: unknown): value is RemoteSchedule {
  const s = value as Partial<RemoteSchedule> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.year) &&
    Array.isArray(s.holidays) &&
    s.holidays.every((d) => typeof d === 'string' && ISO_DATE.test(d)) &&
    Array.isArray(s.workdays) &&
    s.workdays.every((d) => typeof d === 'string' && ISO_DATE.test(d)) &&
    (s.source === 'PACKAGE' || s.source === 'LOADED')
  );
}

/**
 * Reads identity's holiday schedules once and loads every LOADED year into
 * the calendar. Packaged years are already in the calendar. The response is
 * checked whole before any year is loaded, so a failed or malformed response
 * leaves the calendar unchanged. Throws UPSTREAM_FAILED when identity cannot
 * be reached or returns an error.
 */
export async function syncCalendar(
  options: CalendarSyncOptions,
): Promise<SyncedYear[]> {
  const data = await callSubgraph<{ holidaySchedules: unknown }>(
    subgraphUrl('identity'),
    options.caller,
    HOLIDAY_SCHEDULES,
    {},
  );
  const schedules = data.holidaySchedules;
  if (!Array.isArray(schedules) || !schedules.every(isRemoteSchedule)) {
    throw new Error(
      'identity returned holidaySchedules in an unexpected shape; the calendar was left unchanged.',
    );
  }

  const target = options.target ?? calendar();
  const synced: SyncedYear[] = [];
  for (const schedule of schedules) {
    if (schedule.source !== 'LOADED') continue;
    target.load({
      year: schedule.year,
      holidays: schedule.holidays,
      workdays: schedule.workdays,
    });
    synced.push({ year: schedule.year, version: schedule.version ?? 0 });
  }
  return synced;
}

/**
 * Syncs the calendar now and then every `intervalMs`. A failed sync is
 * logged and retried after 1 s, doubling per consecutive failure up to the
 * interval, and the calendar keeps the years it had. Returns a function that
 * stops the loop and waits for a sync in flight.
 *
 * NOTE: a schedule loaded into identity reaches this process only at the next
 * sync, so deadlines can stay provisional for up to `intervalMs` after a load.
 */
export function startCalendarSync(
  options: StartCalendarSyncOptions,
): () => Promise<void> {
  const { log } = options;
  const intervalMs = options.intervalMs ?? calendarSyncIntervalMs();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let stopped = false;
  let failures = 0;
  let lastLoaded = '';

  const scheduleNext = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, delayMs);
    timer.unref();
  };

  const attempt = async () => {
    try {
      const synced = await syncCalendar(options);
      if (failures > 0) log.info({ failures }, 'calendar sync recovered');
      failures = 0;
      const loaded = synced.map((s) => `${s.year}v${s.version}`).join(',');
      if (loaded !== lastLoaded)
        log.info(
          { years: synced },
          'holiday schedules loaded into the calendar',
        );
      lastLoaded = loaded;
      scheduleNext(intervalMs);
    } catch (error) {
      failures++;
      const retryInMs = Math.min(
        intervalMs,
        FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20),
      );
      log.warn(
        { err: error, failures, retryInMs },
        'calendar sync failed; keeping the current calendar',
      );
      scheduleNext(retryInMs);
    }
  };

  function run() {
    inFlight = attempt().finally(() => {
      inFlight = undefined;
    });
  }

  run();
  log.info({ intervalMs }, 'calendar sync started');
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
    log.info('calendar sync stopped');
  };
}
