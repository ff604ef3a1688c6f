import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import {
  calendar,
  resetCalendar,
  Role,
  startCalendarSync,
  syncCalendar,
  type RunningSubgraph,
} from '../src/index.js';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../../../subgraphs/identity/src/index.js';

const ADMIN = viewerOf([Role.Admin], { userId: 'u-admin', divisionCode: '50' });
const LOAD = `mutation($input: LoadHolidayScheduleInput!) { loadHolidaySchedule(input: $input) { year version } }`;

// 2027-01-01 is a Friday, so a holiday there moves the fifth working day
// after Wednesday 2026-12-30 from 2027-01-06 to 2027-01-07.
const SCHEDULE_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: ['2027-01-09'],
  notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
};

let identity: RunningSubgraph;

/** Creates a logger that keeps every entry in memory. */
function capturingLogger() {
  const entries: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      entries.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), entries };
}

async function loadSchedule(input: typeof SCHEDULE_2027): Promise<void> {
  const result = await graphql(identity.url, LOAD, { input }, ADMIN);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

async function waitUntil(
  condition: () => boolean,
  timeoutMs = 5000,
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs)
      throw new Error('Condition not met within the timeout.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts a loopback HTTP server that returns `body` to every request. */
async function fixedResponder(
  body: unknown,
): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/graphql`, server };
}

/** Returns the URL of a loopback port that nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const { url, server } = await fixedResponder({});
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
}

beforeAll(async () => {
  isolateDatabase();
  identity = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  delete process.env.YKB_IDENTITY_URL;
  resetCalendar();
  await identity?.close();
});

beforeEach(() => {
  process.env.YKB_IDENTITY_URL = identity.url;
  resetCalendar();
});

describe('syncCalendar', () => {
  it('loads a year stored in identity', async () => {
    // Before the 2027 notice the estimate already skips New Year's Day.
    expect(calendar().addWorkingDays('2026-12-30', 5)).toEqual({
      date: '2027-01-07',
      provisional: true,
    });
    expect(calendar().isWorkingDay('2027-01-09')).toBe(false);
    await loadSchedule(SCHEDULE_2027);

    const synced = await syncCalendar({
      log: capturingLogger().log,
      caller: 'test',
    });

    expect(synced).toEqual([{ year: 2027, version: 1 }]);
    expect(calendar().knowsYear(2027)).toBe(true);
    expect(calendar().addWorkingDays('2026-12-30', 5)).toEqual({
      date: '2027-01-07',
      provisional: false,
    });
    expect(calendar().isWorkingDay('2027-01-09')).toBe(true);
  });

  it('leaves packaged years to the package', async () => {
    const synced = await syncCalendar({
      log: capturingLogger().log,
      caller: 'test',
    });
    expect(synced.map((s) => s.year)).toEqual([2027]);
    expect(calendar().addWorkingDays('2025-09-26', 5)).toEqual({
      date: '2025-10-10',
      provisional: false,
    });
  });

  it('rejects a malformed response and changes nothing', async () => {
    const responder = await fixedResponder({
      data: {
        holidaySchedules: [
          {
            year: 2028,
            holidays: ['2028-01-03'],
            workdays: [],
            source: 'LOADED',
            version: 1,
          },
          {
            year: 2029,
            holidays: ['1 January'],
            workdays: [],
            source: 'LOADED',
            version: 1,
          },
        ],
      },
    });
    process.env.YKB_IDENTITY_URL = responder.url;
    try {
      await expect(
        syncCalendar({ log: capturingLogger().log, caller: 'test' }),
      ).rejects.toThrow(/unexpected shape/);
      expect(calendar().knowsYear(2028)).toBe(false);
    } finally {
      await new Promise<void>((resolve) =>
        responder.server.close(() => resolve()),
      );
    }
  });

  it('throws UPSTREAM_FAILED when identity is unreachable', async () => {
    process.env.YKB_IDENTITY_URL = await closedPortUrl();
    await expect(
      syncCalendar({ log: capturingLogger().log, caller: 'test' }),
    ).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_FAILED' } });
  });
});

describe('startCalendarSync', () => {
  it('picks up a correction at the next interval', async () => {
    const { log, entries } = capturingLogger();
    const stop = startCalendarSync({ log, caller: 'test', intervalMs: 50 });
    try {
      await waitUntil(() => calendar().knowsYear(2027));
      expect(calendar().isWorkingDay('2027-01-04')).toBe(true);

      await loadSchedule({
        ...SCHEDULE_2027,
        holidays: [...SCHEDULE_2027.holidays, '2027-01-04'],
        notice: '更正',
      });
      await waitUntil(() => !calendar().isWorkingDay('2027-01-04'));
      expect(calendar().addWorkingDays('2026-12-30', 5)).toEqual({
        date: '2027-01-08',
        provisional: false,
      });
    } finally {
      await stop();
    }
    const loadedLogs = entries.filter(
      (e) => e.msg === 'holiday schedules loaded into the calendar',
    );
    expect(loadedLogs.map((e) => e.years)).toEqual([
      [{ year: 2027, version: 1 }],
      [{ year: 2027, version: 2 }],
    ]);
  });

  it('logs failures, retries and keeps the calendar', async () => {
    await syncCalendar({ log: capturingLogger().log, caller: 'test' });
    const before = calendar().addWorkingDays('2026-12-30', 5);
    expect(before.provisional).toBe(false);

    process.env.YKB_IDENTITY_URL = await closedPortUrl();
    const { log, entries } = capturingLogger();
    const failuresLogged = () =>
      entries.filter(
        (e) => e.msg === 'calendar sync failed; keeping the current calendar',
      );
    const stop = startCalendarSync({ log, caller: 'test', intervalMs: 20 });
    try {
      await waitUntil(() => failuresLogged().length >= 3);
    } finally {
      await stop();
    }

    const logged = failuresLogged();
    expect(logged.slice(0, 3).map((e) => e.failures)).toEqual([1, 2, 3]);
    expect(logged[0]!.level).toBe(40);
    expect(logged[0]!.err.message).toMatch(/identity service is unavailable/);
    expect(logged[0]!.retryInMs).toBe(20);
    expect(calendar().knowsYear(2027)).toBe(true);
    expect(calendar().addWorkingDays('2026-12-30', 5)).toEqual(before);

    const countAtStop = logged.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(failuresLogged()).toHaveLength(countAtStop);
  });

  it('recovers when identity comes back', async () => {
    process.env.YKB_IDENTITY_URL = await closedPortUrl();
    const { log, entries } = capturingLogger();
    const stop = startCalendarSync({ log, caller: 'test', intervalMs: 20 });
    try {
      await waitUntil(() =>
        entries.some(
          (e) => e.msg === 'calendar sync failed; keeping the current calendar',
        ),
      );
      expect(calendar().knowsYear(2027)).toBe(false);
      process.env.YKB_IDENTITY_URL = identity.url;
      await waitUntil(() => calendar().knowsYear(2027));
    } finally {
      await stop();
    }
    expect(entries.some((e) => e.msg === 'calendar sync recovered')).toBe(true);
  });
});
