import {
  appError,
  changeAtVersion,
  ErrorCode,
  isDuplicateKeyError,
  packagedSchedules,
  type Logger,
  type YearSchedule,
} from '@ykb/common';
import {
  checkHolidaySchedule,
  type CheckedHolidaySchedule,
  type HolidayScheduleInput,
} from './checkHolidaySchedule.js';
import type { HolidayScheduleDocument, IdentityModels } from './model.js';

/** A year's schedule as the holidaySchedules query returns it. */
export interface HolidayScheduleView {
  year: number;
  holidays: string[];
  workdays: string[];
  source: 'PACKAGE' | 'LOADED';
  notice: string | null;
  loadedBy: string | null;
  loadedAt: Date | null;
  version: number | null;
}

/** Attempts of one load before it reports CONFLICT; each lost race re-reads the stored version. */
const MAX_LOAD_ATTEMPTS = 8;

let packaged: YearSchedule[] | undefined;

/** Years of the chinese-days package, read from disk once per process. */
function packagedYears(): YearSchedule[] {
  packaged ??= packagedSchedules().map((s) => ({
    year: s.year,
    holidays: [...s.holidays].sort(),
    workdays: [...s.workdays].sort(),
  }));
  return packaged;
}

function loadedView(doc: HolidayScheduleDocument): HolidayScheduleView {
  return {
    year: doc._id,
    holidays: doc.holidays,
    workdays: doc.workdays,
    source: 'LOADED',
    notice: doc.notice,
    loadedBy: doc.loadedBy,
    loadedAt: doc.loadedAt,
    version: doc.version,
  };
}

/** Lists every year that has a schedule, ascending: packaged years, each replaced by a loaded one of the same year. */
export async function listHolidaySchedules(
  models: IdentityModels,
): Promise<HolidayScheduleView[]> {
  const byYear = new Map<number, HolidayScheduleView>();
  for (const s of packagedYears()) {
    byYear.set(s.year, {
      ...s,
      source: 'PACKAGE',
      notice: null,
      loadedBy: null,
      loadedAt: null,
      version: null,
    });
  }
  const loaded =
    await models.HolidaySchedule.find().lean<HolidayScheduleDocument[]>();
  for (const doc of loaded) byYear.set(doc._id, loadedView(doc));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Copies the stored version into the history collection. A concurrent load
 * may have archived the same version already, which leaves the same copy.
 */
async function archiveVersion(
  models: IdentityModels,
  current: HolidayScheduleDocument,
): Promise<void> {
  const { _id: year, ...fields } = current;
  try {
    await models.HolidayScheduleVersion.create({
      _id: `${year}:${current.version}`,
      year,
      ...fields,
      replacedAt: new Date(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/**
 * Stores one attempt: inserts version 1, or archives the stored version and
 * replaces it at that version. Returns null when a concurrent load won.
 */
async function tryStore(
  models: IdentityModels,
  log: Logger,
  checked: CheckedHolidaySchedule,
  loadedBy: string,
): Promise<HolidayScheduleDocument | null> {
  const { year, holidays, workdays, notice } = checked;
  const fields = { holidays, workdays, notice, loadedBy, loadedAt: new Date() };
  const current =
    await models.HolidaySchedule.findById(year).lean<HolidayScheduleDocument>();

  if (!current) {
    try {
      const created = await models.HolidaySchedule.create({
        _id: year,
        ...fields,
        version: 1,
      });
      return created.toObject() as HolidayScheduleDocument;
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  await archiveVersion(models, current);
  return changeAtVersion<HolidayScheduleDocument>(
    models.HolidaySchedule,
    String(year),
    current.version,
    { set: fields },
    { log },
  );
}

/**
 * Loads or corrects one year's schedule. A year loaded before is replaced
 * and its previous version is kept in holiday_schedule_history. Concurrent
 * loads of one year are serialised by version: each stored load archives the
 * version it replaced. Throws BAD_USER_INPUT for an invalid schedule (nothing
 * is written) and CONFLICT when concurrent loads kept winning.
 */
export async function loadHolidaySchedule(
  models: IdentityModels,
  log: Logger,
  input: HolidayScheduleInput,
  loadedBy: string,
): Promise<HolidayScheduleView> {
  const checked = checkHolidaySchedule(input);

  for (let attempt = 1; attempt <= MAX_LOAD_ATTEMPTS; attempt++) {
    const stored = await tryStore(models, log, checked, loadedBy);
    if (stored) {
      log.info(
        {
          year: checked.year,
          version: stored.version,
          userId: loadedBy,
          holidays: checked.holidays.length,
          workdays: checked.workdays.length,
        },
        'holiday schedule loaded',
      );
      return loadedView(stored);
    }
    await new Promise((resolve) =>
      setTimeout(resolve, 20 * attempt + Math.random() * 20),
    );
  }

  log.warn(
    { year: checked.year, userId: loadedBy, attempts: MAX_LOAD_ATTEMPTS },
    'holiday schedule load lost every race',
  );
  throw appError(
    ErrorCode.Conflict,
    `The ${checked.year} schedule was changed by concurrent loads; reload it.`,
    { year: checked.year },
  );
}
