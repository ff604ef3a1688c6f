import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jwtVerify } from 'jose';
import {
  deriveTokenKey,
  INTERNAL_AUDIENCE,
  listen,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';
import { withholdCaseFigures } from '../src/performance.js';

// The performance report joins queue figures with the case figures that the
// cases subgraph's SYSTEM-only staffCaseStats and windowCaseStats queries
// return. A real HTTP server here returns their results in the agreed shape,
// and the report calls it the way it calls the real cases subgraph.

let subgraph: RunningSubgraph;
let cases: Server;
let clock = new Date('2026-03-02T01:00:00Z');

const HALL = 'hall-500238';
const wuxi = { divisionCode: '500238', hallId: HALL };
const manager = viewerOf(['HALL_MANAGER'], { ...wuxi, name: '赵主任' });
const clerk = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '=张窗口' });
const secondClerk = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '李,窗口' });
const analyst = viewerOf(['ANALYST'], { divisionCode: '5002' });
/** An analyst of market regulation, who may read only that department's cases. */
const departmentAnalyst = viewerOf(['ANALYST'], {
  divisionCode: '5002',
  departmentCode: 'CQ-SCJG',
});
const otherAnalyst = viewerOf(['ANALYST'], { divisionCode: '500103' });
const otherManager = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});

interface CasesCall {
  authorization: string | undefined;
  variables: {
    hallId: string;
    staffIds: string[];
    windows: { windowId: string; staffIds: string[] }[];
    from: string;
    to: string;
  };
  query: string;
}
let received: CasesCall[] = [];
let casesAnswer: 'stats' | 'error' = 'stats';

const REPORT = `query($h: ID!, $f: String!, $t: String!) { hallPerformance(hallId: $h, from: $f, to: $t) {
  hall { id } from to caseStatsAvailable
  staff { staffUserId staffName ticketsServed ticketsSkipped ticketsTransferred averageWaitSeconds averageServiceSeconds daysPresent leaveDays casesHandled evaluations satisfied averageLevel }
  windows { window { number } ticketsServed ticketsSkipped ticketsTransferred averageWaitSeconds averageServiceSeconds daysStaffed casesHandled evaluations satisfied averageLevel }
} }`;
const CSV = `query($h: ID!, $f: String!, $t: String!) { hallPerformanceCsv(hallId: $h, from: $f, to: $t) }`;

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

async function send(
  query: string,
  variables: Record<string, unknown>,
  viewer?: typeof clerk,
) {
  const result = await graphql(subgraph.url, query, variables, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function at(iso: string, action: () => Promise<unknown>) {
  clock = new Date(iso);
  await action();
}

beforeAll(async () => {
  isolateDatabase();
  cases = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received.push({
        authorization: req.headers.authorization,
        variables: body.variables,
        query: body.query,
      });
      res.setHeader('content-type', 'application/json');
      if (casesAnswer === 'error') {
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'down',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          }),
        );
        return;
      }
      const staffIds: string[] = body.variables.staffIds;
      const windows: CasesCall['variables']['windows'] = body.variables.windows;
      res.end(
        JSON.stringify({
          data: {
            staffCaseStats: staffIds
              .filter((id) => id === clerk.userId)
              .map((staffId) => ({
                staffId,
                casesHandled: 7,
                evaluations: 4,
                satisfied: 3,
                averageLevel: 4.25,
              })),
            windowCaseStats: windows
              .filter((w) => w.windowId === `${HALL}/1`)
              .map((w) => ({
                windowId: w.windowId,
                casesHandled: 5,
                evaluations: 3,
                satisfied: 2,
                averageLevel: 11 / 3,
              })),
          },
        }),
      );
    });
  });
  await listen(cases, 0);
  const address = cases.address();
  process.env.YKB_CASES_URL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  subgraph = await startTestSubgraph(
    createHallsSubgraph({ now: () => clock, noShowSweepMs: 0 }),
  );

  // Monday: both clerks check in; the first serves two tickets, skips one
  // and transfers one to the second, who serves it.
  const take = (key: string, category = 'GENERAL') =>
    send(
      `mutation { takeTicket(hallId: "${HALL}", category: ${category}, idempotencyKey: "${key}") { id } }`,
      {},
    ).then((d) => d.takeTicket.id as string);
  const call = (window: number, viewer: typeof clerk) =>
    send(
      `mutation { callNext(hallId: "${HALL}", windowNumber: ${window}) { id } }`,
      {},
      viewer,
    );
  const checkIn = (viewer: typeof clerk) =>
    send(
      `mutation { checkInAttendance(hallId: "${HALL}") { date } }`,
      {},
      viewer,
    );
  // Window 1 is assigned to the first clerk, window 2 to the second.
  await subgraph.connection.model('Hall').updateOne(
    { _id: HALL },
    {
      $set: {
        'windows.0.assignedStaffUserIds': [clerk.userId],
        'windows.1.assignedStaffUserIds': [secondClerk.userId],
      },
    },
  );
  await at('2026-03-02T00:50:00Z', async () => {
    await checkIn(clerk);
    await checkIn(secondClerk);
  });
  let a = '';
  let b = '';
  let c = '';
  let d = '';
  // One ticket a second, so that the queue order does not hang on ties.
  await at('2026-03-02T01:00:00Z', async () => {
    a = await take('perf-ticket-a');
  });
  await at('2026-03-02T01:00:01Z', async () => {
    b = await take('perf-ticket-b');
  });
  await at('2026-03-02T01:00:02Z', async () => {
    c = await take('perf-ticket-c');
  });
  await at('2026-03-02T01:00:03Z', async () => {
    d = await take('perf-ticket-d', 'MARKET_ENTRY');
  });
  await at('2026-03-02T01:02:00Z', () => call(1, clerk)); // a waited 120 s
  await at('2026-03-02T01:06:00Z', () => call(1, clerk)); // a served in 240 s; b waited 359 s
  await at('2026-03-02T01:08:00Z', () =>
    send(`mutation { skipTicket(id: "${b}") { id } }`, {}, clerk),
  );
  await at('2026-03-02T01:09:00Z', () => call(1, clerk)); // c waited 538 s
  await at('2026-03-02T01:19:00Z', () =>
    send(`mutation { finishTicket(id: "${c}") { id } }`, {}, clerk),
  ); // c served in 600 s
  await at('2026-03-02T01:20:00Z', () => call(1, clerk)); // d waited 1197 s, then is transferred
  await at('2026-03-02T01:21:00Z', () =>
    send(
      `mutation { transferTicket(id: "${d}", toWindowNumber: 2) { id } }`,
      {},
      clerk,
    ),
  );
  await at('2026-03-02T01:25:00Z', () => call(2, secondClerk)); // d waited 240 s at window 2
  await at('2026-03-02T01:28:00Z', () =>
    send(`mutation { finishTicket(id: "${d}") { id } }`, {}, secondClerk),
  ); // d served in 180 s
  expect(a).not.toBe('');

  // Approved leave of the second clerk from Thursday to the next Monday.
  await subgraph.connection.model('StaffRequest').create({
    _id: 'req-perf-leave',
    kind: 'LEAVE',
    hallId: HALL,
    requesterId: secondClerk.userId,
    requesterName: secondClerk.name,
    leaveFrom: '2026-03-05',
    leaveTo: '2026-03-09',
    reason: '年假',
    status: 'APPROVED',
    steps: [],
    requestedAt: clock,
    version: 2,
  });
}, 60_000);

afterAll(async () => {
  await subgraph?.close();
  await new Promise<void>((resolve) => cases?.close(() => resolve()));
  delete process.env.YKB_CASES_URL;
});

beforeEach(() => {
  received = [];
  casesAnswer = 'stats';
});

describe('hallPerformance', () => {
  it('joins queue, attendance, leave and case figures per staff member and window', async () => {
    const report = (
      await send(REPORT, { h: HALL, f: '2026-03-01', t: '2026-03-07' }, manager)
    ).hallPerformance;

    expect(report).toMatchObject({
      hall: { id: HALL },
      from: '2026-03-01',
      to: '2026-03-07',
      caseStatsAvailable: true,
    });
    expect(report.staff).toEqual([
      {
        staffUserId: clerk.userId,
        staffName: '=张窗口',
        ticketsServed: 2,
        ticketsSkipped: 1,
        ticketsTransferred: 1,
        averageWaitSeconds: 329,
        averageServiceSeconds: 420,
        daysPresent: 1,
        leaveDays: 0,
        casesHandled: 7,
        evaluations: 4,
        satisfied: 3,
        averageLevel: 4.25,
      },
      {
        staffUserId: secondClerk.userId,
        staffName: '李,窗口',
        ticketsServed: 1,
        ticketsSkipped: 0,
        ticketsTransferred: 0,
        averageWaitSeconds: 240,
        averageServiceSeconds: 180,
        daysPresent: 1,
        leaveDays: 3,
        casesHandled: 0,
        evaluations: 0,
        satisfied: 0,
        averageLevel: null,
      },
    ]);
    expect(report.windows).toEqual([
      {
        window: { number: 1 },
        ticketsServed: 2,
        ticketsSkipped: 1,
        ticketsTransferred: 1,
        averageWaitSeconds: 329,
        averageServiceSeconds: 420,
        daysStaffed: 1,
        casesHandled: 5,
        evaluations: 3,
        satisfied: 2,
        averageLevel: 11 / 3,
      },
      {
        window: { number: 2 },
        ticketsServed: 1,
        ticketsSkipped: 0,
        ticketsTransferred: 0,
        averageWaitSeconds: 240,
        averageServiceSeconds: 180,
        daysStaffed: 1,
        casesHandled: 0,
        evaluations: 0,
        satisfied: 0,
        averageLevel: null,
      },
      {
        window: { number: 3 },
        ticketsServed: 0,
        ticketsSkipped: 0,
        ticketsTransferred: 0,
        averageWaitSeconds: null,
        averageServiceSeconds: null,
        daysStaffed: 0,
        casesHandled: 0,
        evaluations: 0,
        satisfied: 0,
        averageLevel: null,
      },
    ]);
  });

  it('asks cases once with a SYSTEM token for the whole days of the period', async () => {
    await send(REPORT, { h: HALL, f: '2026-03-02', t: '2026-03-02' }, manager);

    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call!.query).toContain(
      'staffCaseStats(staffIds: $staffIds, from: $from, to: $to, first: $first)',
    );
    expect(call!.query).toContain(
      'windowCaseStats(hallId: $hallId, windows: $windows, from: $from, to: $to)',
    );
    expect(call!.variables).toEqual({
      hallId: HALL,
      staffIds: [clerk.userId, secondClerk.userId].sort(),
      windows: [
        { windowId: `${HALL}/1`, staffIds: [clerk.userId] },
        { windowId: `${HALL}/2`, staffIds: [secondClerk.userId] },
        { windowId: `${HALL}/3`, staffIds: [] },
      ],
      from: '2026-03-01T16:00:00.000Z',
      to: '2026-03-02T15:59:59.999Z',
      first: 100,
    });
    const token = /^Bearer (.+)$/.exec(call!.authorization ?? '')?.[1];
    const { payload } = await jwtVerify(
      token!,
      deriveTokenKey('internal-token-hs256'),
      { audience: INTERNAL_AUDIENCE, issuer: INTERNAL_AUDIENCE },
    );
    expect(payload.sub).toBe('service:halls');
  });

  it('still reports queue figures, with case fields null, when cases fails', async () => {
    casesAnswer = 'error';
    const report = (
      await send(REPORT, { h: HALL, f: '2026-03-02', t: '2026-03-02' }, manager)
    ).hallPerformance;
    expect(report.caseStatsAvailable).toBe(false);
    expect(report.staff[0]).toMatchObject({
      ticketsServed: 2,
      casesHandled: null,
      evaluations: null,
      satisfied: null,
      averageLevel: null,
    });
    expect(report.windows[0]).toMatchObject({
      ticketsServed: 2,
      casesHandled: null,
      evaluations: null,
      satisfied: null,
      averageLevel: null,
    });
  });

  it('limits the report to its readers', async () => {
    const byAnalyst = await graphql(
      subgraph.url,
      REPORT,
      { h: HALL, f: '2026-03-02', t: '2026-03-02' },
      analyst,
    );
    const byOtherAnalyst = await graphql(
      subgraph.url,
      REPORT,
      { h: HALL, f: '2026-03-02', t: '2026-03-02' },
      otherAnalyst,
    );
    const byOtherManager = await graphql(
      subgraph.url,
      CSV,
      { h: HALL, f: '2026-03-02', t: '2026-03-02' },
      otherManager,
    );
    const byClerk = await graphql(
      subgraph.url,
      REPORT,
      { h: HALL, f: '2026-03-02', t: '2026-03-02' },
      clerk,
    );
    expect(byAnalyst.errors).toBeUndefined();
    expect(codeOf(byOtherAnalyst)).toBe('FORBIDDEN');
    expect(codeOf(byOtherManager)).toBe('FORBIDDEN');
    expect(codeOf(byClerk)).toBe('FORBIDDEN');
  });

  it.each([
    ['a reversed period', '2026-03-05', '2026-03-01'],
    ['more than 366 days', '2025-01-01', '2026-03-02'],
    ['a date that does not exist', '2026-02-30', '2026-03-02'],
  ])('rejects %s', async (_name, from, to) => {
    const result = await graphql(
      subgraph.url,
      REPORT,
      { h: HALL, f: from, t: to },
      manager,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('hallPerformanceCsv', () => {
  it('exports the report as UTF-8 CSV with a byte-order mark', async () => {
    const csv: string = (
      await send(CSV, { h: HALL, f: '2026-03-01', t: '2026-03-07' }, manager)
    ).hallPerformanceCsv;

    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '类型,编号,名称,服务人次,过号,转出,平均等候秒数,平均办理秒数,出勤天数,请假天数,办件数,评价数,满意数,平均评价等级',
    );
    expect(lines.slice(1)).toEqual([
      `人员,${clerk.userId},'=张窗口,2,1,1,329,420,1,0,7,4,3,4.25`,
      `人员,${secondClerk.userId},"李,窗口",1,0,0,240,180,1,3,0,0,0,`,
      '窗口,1,1号 综合受理窗口,2,1,1,329,420,1,,5,3,2,3.67',
      '窗口,2,2号 企业开办专窗,1,0,0,240,180,1,,0,0,0,',
      '窗口,3,3号 社保医保专窗,0,0,0,,,0,,0,0,0,',
      '',
    ]);
  });
});

describe('small case figures', () => {
  const WITHHELD = `query($h: ID!, $f: String!, $t: String!) { hallPerformance(hallId: $h, from: $f, to: $t) {
    staff { staffUserId casesHandled evaluations satisfied averageLevel withheld { figure reason marker } }
    windows { window { number } casesHandled evaluations satisfied averageLevel withheld { figure reason marker } }
  } }`;
  const march = { h: HALL, f: '2026-03-01', t: '2026-03-31' };

  it('withholds small figures from departmental readers', async () => {
    const report = (await send(WITHHELD, march, departmentAnalyst))
      .hallPerformance;
    const first = report.staff.find(
      (s: { staffUserId: string }) => s.staffUserId === clerk.userId,
    );
    // 7 cases handled; 4 evaluations, 3 satisfied and 1 other are small.
    expect(first).toEqual({
      staffUserId: clerk.userId,
      casesHandled: 7,
      evaluations: null,
      satisfied: null,
      averageLevel: null,
      withheld: [
        { figure: 'EVALUATIONS', reason: 'PRIMARY', marker: '<5' },
        { figure: 'SATISFIED', reason: 'PRIMARY', marker: '<5' },
        { figure: 'AVERAGE_LEVEL', reason: 'DERIVED', marker: 'x' },
      ],
    });
    const window = report.windows[0];
    expect(window.casesHandled).toBe(5);
    expect(window.evaluations).toBeNull();
    expect(window.withheld).toHaveLength(3);
  });

  it('publishes zero figures to departmental readers', async () => {
    const report = (await send(WITHHELD, march, departmentAnalyst))
      .hallPerformance;
    const second = report.staff.find(
      (s: { staffUserId: string }) => s.staffUserId === secondClerk.userId,
    );
    expect(second).toEqual({
      staffUserId: secondClerk.userId,
      casesHandled: 0,
      evaluations: 0,
      satisfied: 0,
      averageLevel: null,
      withheld: [],
    });
  });

  it('gives exact figures to readers without a department', async () => {
    for (const reader of [manager, analyst]) {
      const report = (await send(WITHHELD, march, reader)).hallPerformance;
      const first = report.staff.find(
        (s: { staffUserId: string }) => s.staffUserId === clerk.userId,
      );
      expect(first.evaluations).toBe(4);
      expect(first.satisfied).toBe(3);
      expect(first.averageLevel).toBe(4.25);
      expect(first.withheld).toEqual([]);
    }
  });

  it('marks withheld figures in the CSV', async () => {
    const csv: string = (await send(CSV, march, departmentAnalyst))
      .hallPerformanceCsv;
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain(
      `人员,${clerk.userId},'=张窗口,2,1,1,329,420,1,0,7,<5,<5,x`,
    );
    expect(lines).toContain(
      '窗口,1,1号 综合受理窗口,2,1,1,329,420,1,,5,<5,<5,x',
    );
    expect(lines).toContain('窗口,2,2号 企业开办专窗,1,0,0,240,180,1,,0,0,0,');
  });

  it.each([
    ['one month', '2026-03-01', '2026-03-31'],
    ['a leap February', '2028-02-01', '2028-02-29'],
    ['several months', '2026-01-01', '2026-04-30'],
    ['a year', '2026-01-01', '2026-12-31'],
  ])('accepts %s from departmental readers', async (_name, from, to) => {
    const result = await graphql(
      subgraph.url,
      REPORT,
      { h: HALL, f: from, t: to },
      departmentAnalyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.hallPerformance.from).toBe(from);
    expect(result.data!.hallPerformance.to).toBe(to);
  });

  it.each([
    ['a start inside a month', '2026-03-02', '2026-03-31', 'from'],
    ['an end inside a month', '2026-03-01', '2026-03-30', 'to'],
    ['a single day', '2026-03-10', '2026-03-10', 'from'],
    ['February 28 of a common year', '2026-02-01', '2026-02-28', null],
    ['February 28 of a leap year', '2028-02-01', '2028-02-28', 'to'],
    ['an end on day 30 of a 31-day month', '2026-01-01', '2026-05-30', 'to'],
  ])('checks %s from departmental readers', async (_name, from, to, field) => {
    for (const query of [REPORT, CSV]) {
      const result = await graphql(
        subgraph.url,
        query,
        { h: HALL, f: from, t: to },
        departmentAnalyst,
      );
      if (field === null) {
        expect(result.errors).toBeUndefined();
        continue;
      }
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(result.errors?.[0]?.message).toMatch(/month/);
    }
  });

  it('blocks differencing of overlapping days', async () => {
    // Days 1 to 10 minus days 1 to 9 would give the figures of day 10.
    for (const to of ['2026-03-10', '2026-03-09']) {
      const result = await graphql(
        subgraph.url,
        REPORT,
        { h: HALL, f: '2026-03-01', t: to },
        departmentAnalyst,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts any period from readers of exact figures', async () => {
    for (const reader of [manager, analyst]) {
      const result = await graphql(
        subgraph.url,
        REPORT,
        { h: HALL, f: '2026-03-02', t: '2026-03-05' },
        reader,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.hallPerformance.from).toBe('2026-03-02');
    }
  });

  it('withholds the complement of a small count', () => {
    // 12 evaluations = 10 satisfied + 2 others: the 2 would follow from
    // the two published counts, so the satisfied count is withheld too.
    const row = withholdCaseFigures({
      casesHandled: 20,
      evaluations: 12,
      satisfied: 10,
      averageLevel: 4.5,
    });
    expect(row.casesHandled).toBe(20);
    expect(row.evaluations).toBe(12);
    expect(row.satisfied).toBeNull();
    expect(row.averageLevel).toBeNull();
    expect(row.withheld).toEqual([
      { figure: 'SATISFIED', reason: 'SECONDARY', marker: 'x', threshold: 5 },
      { figure: 'AVERAGE_LEVEL', reason: 'DERIVED', marker: 'x', threshold: 5 },
    ]);
  });

  it('withholds the average over a withheld satisfied count', () => {
    // 5 evaluations averaging 1.8 add up to 9. Each satisfied one scores at
    // least 4 and each other one at least 1, so 4s + (5 − s) ≤ 9 gives
    // s ≤ 1: the average alone would give the withheld satisfied count back.
    const row = withholdCaseFigures({
      casesHandled: 20,
      evaluations: 5,
      satisfied: 1,
      averageLevel: 1.8,
    });
    expect(row.evaluations).toBe(5);
    expect(row.satisfied).toBeNull();
    expect(row.averageLevel).toBeNull();
    expect(row.withheld).toContainEqual({
      figure: 'AVERAGE_LEVEL',
      reason: 'DERIVED',
      marker: 'x',
      threshold: 5,
    });
  });

  it('keeps figures that are unavailable', () => {
    const row = withholdCaseFigures({
      casesHandled: null,
      evaluations: null,
      satisfied: null,
      averageLevel: null,
    });
    expect(row.withheld).toEqual([]);
    expect(row.evaluations).toBeNull();
  });
});
