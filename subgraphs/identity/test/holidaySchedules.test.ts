import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  packagedSchedules,
  Role,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const ADMIN = viewerOf([Role.Admin], { userId: 'u-admin', divisionCode: '50' });
const OTHER_ADMIN = viewerOf([Role.Admin], {
  userId: 'u-admin.second',
  divisionCode: '50',
});

const LOAD = `mutation($input: LoadHolidayScheduleInput!) {
  loadHolidaySchedule(input: $input) { year holidays workdays source notice loadedBy loadedAt version }
}`;
const SCHEDULES = `{ holidaySchedules { year holidays workdays source notice loadedBy loadedAt version } }`;

interface ScheduleInput {
  year: number;
  holidays: string[];
  workdays: string[];
  notice: string;
}

const SCHEDULE_2027: ScheduleInput = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: ['2027-01-09'],
  notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
};

function load(input: ScheduleInput, viewer?: Viewer) {
  return graphql(subgraph.url, LOAD, { input }, viewer);
}

async function storedSchedule(year: number) {
  return subgraph.connection
    .db!.collection('holiday_schedules')
    .findOne({ _id: year as never });
}

async function history(year: number) {
  return subgraph.connection
    .db!.collection('holiday_schedule_history')
    .find({ year })
    .sort({ version: 1 })
    .toArray();
}

async function schedules(viewer?: Viewer): Promise<Record<string, any>[]> {
  const result = await graphql(subgraph.url, SCHEDULES, {}, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.holidaySchedules;
}

describe('loadHolidaySchedule authorization', () => {
  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await load({ ...SCHEDULE_2027, year: 2040 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await storedSchedule(2040)).toBeNull();
  });

  it.each([
    ['CITIZEN', viewerOf([Role.Citizen])],
    ['CLERK', viewerOf([Role.Clerk], { divisionCode: '500238' })],
    ['ITEM_ADMIN', viewerOf([Role.ItemAdmin], { divisionCode: '50' })],
    ['SUPERVISOR', viewerOf([Role.Supervisor], { divisionCode: '50' })],
    ['SYSTEM', viewerOf([Role.System])],
    ['ADMIN of a county', viewerOf([Role.Admin], { divisionCode: '500238' })],
  ])('rejects %s with FORBIDDEN', async (_role, viewer) => {
    const result = await load({ ...SCHEDULE_2027, year: 2040 }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await storedSchedule(2040)).toBeNull();
  });

  it('stores a schedule loaded by ADMIN', async () => {
    const result = await load(SCHEDULE_2027, ADMIN);
    expect(result.errors).toBeUndefined();
    const loaded = result.data!.loadHolidaySchedule;
    expect(loaded).toMatchObject({
      year: 2027,
      source: 'LOADED',
      version: 1,
      loadedBy: 'u-admin',
      notice: SCHEDULE_2027.notice,
    });
    expect(loaded.holidays).toEqual(SCHEDULE_2027.holidays);
    expect(loaded.workdays).toEqual(['2027-01-09']);
    expect(Date.parse(loaded.loadedAt)).toBeGreaterThan(Date.now() - 60000);
    expect(await storedSchedule(2027)).toMatchObject({
      version: 1,
      loadedBy: 'u-admin',
    });
  });
});

describe('loadHolidaySchedule validation', () => {
  const YEAR = 2045;
  const base: ScheduleInput = {
    year: YEAR,
    holidays: ['2045-01-01'],
    workdays: [],
    notice: '测试通知',
  };

  it.each([
    ['year before 2000', { year: 1999 }, 'year', undefined],
    ['year after 2100', { year: 2101 }, 'year', undefined],
    ['empty notice', { notice: '   ' }, 'notice', undefined],
    [
      'notice over 10000 characters',
      { notice: '通'.repeat(10001) },
      'notice',
      undefined,
    ],
    ['empty holiday list', { holidays: [] }, 'holidays', undefined],
    ['impossible date', { holidays: ['2045-02-29'] }, 'holidays', '2045-02-29'],
    ['month 13', { holidays: ['2045-13-01'] }, 'holidays', '2045-13-01'],
    [
      'date without zero padding',
      { holidays: ['2045-1-2'] },
      'holidays',
      '2045-1-2',
    ],
    [
      'text instead of a date',
      { holidays: ['New Year'] },
      'holidays',
      'New Year',
    ],
    [
      'holiday in the next year',
      { holidays: ['2046-01-01'] },
      'holidays',
      '2046-01-01',
    ],
    [
      'holiday two years back',
      { holidays: ['2043-12-31'] },
      'holidays',
      '2043-12-31',
    ],
    [
      'holiday before late December of the previous year',
      { holidays: ['2044-12-17'] },
      'holidays',
      '2044-12-17',
    ],
    [
      'duplicate holiday',
      { holidays: ['2045-01-01', '2045-01-02', '2045-01-01'] },
      'holidays',
      '2045-01-01',
    ],
    ['weekday workday', { workdays: ['2045-01-02'] }, 'workdays', '2045-01-02'],
    [
      'impossible workday',
      { workdays: ['2045-04-31'] },
      'workdays',
      '2045-04-31',
    ],
    [
      'workday in the next year',
      { workdays: ['2046-01-06'] },
      'workdays',
      '2046-01-06',
    ],
    [
      'duplicate workday',
      { workdays: ['2045-01-07', '2045-01-07'] },
      'workdays',
      '2045-01-07',
    ],
    [
      'date both holiday and workday',
      { holidays: ['2045-01-01', '2045-01-07'], workdays: ['2045-01-07'] },
      'workdays',
      '2045-01-07',
    ],
  ] as const)(
    'rejects %s with BAD_USER_INPUT',
    async (_case, change, field, date) => {
      const result = await load({ ...base, ...change } as ScheduleInput, ADMIN);
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.field).toBe(field);
      expect(error?.extensions?.date).toBe(date);
      if (date) expect(error?.message).toContain(date);
    },
  );

  it('writes nothing for rejected input', async () => {
    expect(await storedSchedule(YEAR)).toBeNull();
    expect(await storedSchedule(1999)).toBeNull();
    expect(await history(YEAR)).toEqual([]);
  });

  it('accepts late-December dates of the previous year', async () => {
    // 2044-12-18 is the first day of the window and 2044-12-31 a Saturday.
    const input: ScheduleInput = {
      ...base,
      holidays: ['2045-01-01', '2044-12-18'],
      workdays: ['2044-12-31'],
    };
    const result = await load(input, ADMIN);
    expect(result.errors).toBeUndefined();
    expect(result.data!.loadHolidaySchedule.holidays).toEqual([
      '2044-12-18',
      '2045-01-01',
    ]);
    expect(result.data!.loadHolidaySchedule.workdays).toEqual(['2044-12-31']);
  });

  it('accepts weekend days among holidays', async () => {
    const result = await load(
      {
        ...base,
        year: 2046,
        holidays: ['2046-01-01', '2046-01-06', '2046-01-07'],
      },
      ADMIN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.loadHolidaySchedule.holidays).toHaveLength(3);
  });
});

describe('loadHolidaySchedule replacement', () => {
  it('replaces a loaded year and keeps the previous version', async () => {
    const first: ScheduleInput = {
      year: 2030,
      holidays: ['2030-01-01'],
      workdays: [],
      notice: '第一版',
    };
    const second: ScheduleInput = {
      year: 2030,
      holidays: ['2030-01-01', '2030-02-04'],
      workdays: ['2030-02-09'],
      notice: '更正版',
    };
    expect((await load(first, ADMIN)).errors).toBeUndefined();

    const corrected = await load(second, OTHER_ADMIN);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.loadHolidaySchedule).toMatchObject({
      version: 2,
      loadedBy: 'u-admin.second',
      notice: '更正版',
    });
    expect(await storedSchedule(2030)).toMatchObject({
      version: 2,
      holidays: ['2030-01-01', '2030-02-04'],
      workdays: ['2030-02-09'],
    });

    const archived = await history(2030);
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({
      _id: '2030:1',
      year: 2030,
      version: 1,
      holidays: ['2030-01-01'],
      workdays: [],
      notice: '第一版',
      loadedBy: 'u-admin',
    });
    expect(archived[0]!.replacedAt).toBeInstanceOf(Date);
  });

  it('archives every replaced version', async () => {
    for (const notice of ['v1', 'v2', 'v3']) {
      expect(
        (
          await load(
            { year: 2031, holidays: ['2031-01-01'], workdays: [], notice },
            ADMIN,
          )
        ).errors,
      ).toBeUndefined();
    }
    expect((await storedSchedule(2031))?.version).toBe(3);
    expect((await history(2031)).map((h) => [h.version, h.notice])).toEqual([
      [1, 'v1'],
      [2, 'v2'],
    ]);
  });

  it('keeps one history entry per version under concurrent loads', async () => {
    const notices = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.all(
      notices.map((notice) =>
        load(
          { year: 2032, holidays: ['2032-01-01'], workdays: [], notice },
          ADMIN,
        ),
      ),
    );
    const stored = results.filter((r) => !r.errors).length;
    for (const r of results)
      if (r.errors) expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');

    const current = await storedSchedule(2032);
    expect(current?.version).toBe(stored);
    const archived = await history(2032);
    expect(archived.map((h) => h.version)).toEqual(
      Array.from({ length: stored - 1 }, (_, i) => i + 1),
    );
    const notes = [...archived.map((h) => h.notice), current?.notice].sort();
    expect(new Set(notes).size).toBe(stored);
  });
});

describe('holidaySchedules', () => {
  it('lists the packaged years as PACKAGE', async () => {
    const listed = await schedules();
    const packaged = packagedSchedules().find((s) => s.year === 2025)!;
    const year2025 = listed.find((s) => s.year === 2025);
    expect(year2025).toMatchObject({
      source: 'PACKAGE',
      notice: null,
      loadedBy: null,
      loadedAt: null,
      version: null,
    });
    expect(year2025!.holidays).toEqual([...packaged.holidays].sort());
    expect(year2025!.workdays).toEqual([...packaged.workdays].sort());
    expect(listed.find((s) => s.year === 2004)?.source).toBe('PACKAGE');
  });

  it('puts a loaded year in place of the packaged one', async () => {
    const correction: ScheduleInput = {
      year: 2026,
      holidays: ['2026-01-01', '2026-01-02'],
      workdays: ['2026-01-04'],
      notice: '2026 更正',
    };
    expect((await load(correction, ADMIN)).errors).toBeUndefined();

    const listed = await schedules();
    const years2026 = listed.filter((s) => s.year === 2026);
    expect(years2026).toHaveLength(1);
    expect(years2026[0]).toMatchObject({
      source: 'LOADED',
      holidays: correction.holidays,
      workdays: correction.workdays,
      notice: '2026 更正',
      version: 1,
    });
  });

  it('adds loaded years beyond the package in year order', async () => {
    const listed = await schedules();
    const years = listed.map((s) => s.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(years).size).toBe(years.length);
    expect(listed.find((s) => s.year === 2027)).toMatchObject({
      source: 'LOADED',
      holidays: SCHEDULE_2027.holidays,
    });
    expect(listed.find((s) => s.year === 2030)).toMatchObject({
      source: 'LOADED',
      version: 2,
    });
  });

  it('shows loadedBy to staff only', async () => {
    const anonymous = (await schedules()).find((s) => s.year === 2027);
    const citizen = (await schedules(viewerOf([Role.Citizen]))).find(
      (s) => s.year === 2027,
    );
    const clerk = (
      await schedules(viewerOf([Role.Clerk], { divisionCode: '500238' }))
    ).find((s) => s.year === 2027);
    expect(anonymous?.loadedBy).toBeNull();
    expect(citizen?.loadedBy).toBeNull();
    expect(clerk?.loadedBy).toBe('u-admin');
  });
});
