import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  VERSION_CLAIMS,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;
/** Monday 2026-03-02 08:30 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-02T00:30:00Z');

const HALL = 'hall-500238';
const wuxi = { divisionCode: '500238', hallId: HALL };
const requester = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '张窗口' });
const windowManager = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '李组长' });
const secondWindowManager = viewerOf(['WINDOW_STAFF'], {
  ...wuxi,
  name: '王组长',
});
const hallManager = viewerOf(['HALL_MANAGER'], { ...wuxi, name: '赵主任' });
const yuzhong = { divisionCode: '500103', hallId: 'hall-500103' };
const otherHallManager = viewerOf(['HALL_MANAGER'], yuzhong);
const otherWindowManager = viewerOf(['WINDOW_STAFF'], yuzhong);

const REQUEST_FIELDS =
  'id kind status requesterId leaveFrom leaveTo steps { level approved actorId actorName decidedAt opinion }';
const LEAVE = `mutation($k: String!) {
  requestLeave(hallId: "hall-500238", leaveFrom: "2026-03-05", leaveTo: "2026-03-06", reason: "家中有事", idempotencyKey: $k) { ${REQUEST_FIELDS} }
}`;
const ENTRY = `mutation($h: ID!, $k: String!) {
  requestHallEntry(hallId: $h, reason: "调入本中心综合窗口", idempotencyKey: $k) { ${REQUEST_FIELDS} }
}`;
const APPROVE = `mutation($id: ID!, $o: String!) { approveStaffRequest(id: $id, opinion: $o) { ${REQUEST_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $o: String!) { rejectStaffRequest(id: $id, opinion: $o) { ${REQUEST_FIELDS} } }`;
const DESIGNATE =
  'mutation($h: ID!, $u: ID!) { designateWindowManager(hallId: $h, staffUserId: $u) }';
const REQUESTS = `query { staffRequests(hallId: "hall-500238") { id } }`;
const CHECK_IN =
  'mutation($h: ID!) { checkInAttendance(hallId: $h) { staffUserId date checkedInAt checkedOutAt } }';
const CHECK_OUT =
  'mutation($h: ID!) { checkOutAttendance(hallId: $h) { staffUserId date checkedInAt checkedOutAt } }';
const ATTENDANCE =
  'query($d: String!) { hallAttendance(hallId: "hall-500238", date: $d) { staffUserId staffName date } }';

interface Request {
  id: string;
  status: string;
  steps: { level: string; approved: boolean; actorId: string }[];
}

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

async function requestLeave(viewer = requester, key = newKey()) {
  const result = await graphql(subgraph.url, LEAVE, { k: key }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.requestLeave as Request;
}

function decide(
  mutation: string,
  id: string,
  viewer: Viewer,
  opinion = '同意',
) {
  return graphql(subgraph.url, mutation, { id, o: opinion }, viewer);
}

/** Makes `staff` known at the manager's hall by a check-in there, then designates them. */
async function designate(manager: Viewer, staff: Viewer) {
  const checkIn = await graphql(
    subgraph.url,
    CHECK_IN,
    { h: manager.hallId },
    staff,
  );
  expect(checkIn.errors).toBeUndefined();
  return graphql(
    subgraph.url,
    DESIGNATE,
    { h: manager.hallId, u: staff.userId },
    manager,
  );
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(createHallsSubgraph({ now: () => clock }));
  for (const [manager, staff] of [
    [hallManager, windowManager],
    [hallManager, secondWindowManager],
    [otherHallManager, otherWindowManager],
  ] as const)
    expect((await designate(manager, staff)).errors).toBeUndefined();
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  clock = new Date('2026-03-02T00:30:00Z');
  for (const model of ['StaffRequest', 'StaffAttendance', 'LeaveDayClaim'])
    await subgraph.connection.model(model).deleteMany({});
  await subgraph.connection.db!.collection(VERSION_CLAIMS).deleteMany({});
});

describe('designateWindowManager', () => {
  it("refuses another hall's manager and window staff", async () => {
    const other = await graphql(
      subgraph.url,
      DESIGNATE,
      { h: HALL, u: requester.userId },
      otherHallManager,
    );
    const staff = await graphql(
      subgraph.url,
      DESIGNATE,
      { h: HALL, u: requester.userId },
      windowManager,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(staff)).toBe('FORBIDDEN');
  });
});

describe('leave requests', () => {
  it('pass the window manager, then the hall manager, recording every step', async () => {
    const key = newKey();
    const request = await requestLeave(requester, key);
    expect(await requestLeave(requester, key)).toEqual(request);
    expect(request.status).toBe('PENDING_WINDOW_MANAGER');

    const skipped = await decide(APPROVE, request.id, hallManager);
    const own = await decide(APPROVE, request.id, requester);
    const otherHall = await decide(APPROVE, request.id, otherWindowManager);
    expect(codeOf(skipped)).toBe('APPROVAL_OUT_OF_ORDER');
    expect(codeOf(own)).toBe('SELF_APPROVAL');
    expect(codeOf(otherHall)).toBe('FORBIDDEN');

    clock = new Date('2026-03-02T01:00:00Z');
    const first = await decide(
      APPROVE,
      request.id,
      windowManager,
      '工作已交接',
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.approveStaffRequest.status).toBe('PENDING_HALL_MANAGER');

    const firstAgain = await decide(APPROVE, request.id, secondWindowManager);
    const otherManager = await decide(APPROVE, request.id, otherHallManager);
    expect(codeOf(firstAgain)).toBe('FORBIDDEN');
    expect(codeOf(otherManager)).toBe('FORBIDDEN');

    clock = new Date('2026-03-02T02:00:00Z');
    const second = await decide(APPROVE, request.id, hallManager, '准假');
    expect(second.errors).toBeUndefined();
    expect(second.data!.approveStaffRequest).toMatchObject({
      status: 'APPROVED',
      leaveFrom: '2026-03-05',
      leaveTo: '2026-03-06',
      steps: [
        {
          level: 'WINDOW_MANAGER',
          approved: true,
          actorId: windowManager.userId,
          actorName: '李组长',
          decidedAt: '2026-03-02T01:00:00.000Z',
          opinion: '工作已交接',
        },
        {
          level: 'HALL_MANAGER',
          approved: true,
          actorId: hallManager.userId,
          actorName: '赵主任',
          decidedAt: '2026-03-02T02:00:00.000Z',
          opinion: '准假',
        },
      ],
    });
    const after = await decide(REJECT, request.id, hallManager);
    expect(codeOf(after)).toBe('INVALID_STATE');
  });

  it('end when a level rejects', async () => {
    const request = await requestLeave();
    const rejected = await decide(
      REJECT,
      request.id,
      windowManager,
      '窗口人手不足',
    );
    expect(rejected.data!.rejectStaffRequest).toMatchObject({
      status: 'REJECTED',
      steps: [{ level: 'WINDOW_MANAGER', approved: false }],
    });
    const later = await decide(APPROVE, request.id, hallManager);
    expect(codeOf(later)).toBe('INVALID_STATE');
  });

  it('let a window manager not decide their own request', async () => {
    const own = await requestLeave(windowManager);
    const result = await decide(APPROVE, own.id, windowManager);
    expect(codeOf(result)).toBe('SELF_APPROVAL');
    const byColleague = await decide(APPROVE, own.id, secondWindowManager);
    expect(byColleague.errors).toBeUndefined();
  });

  it('admit one of two approvers deciding at once', async () => {
    const request = await requestLeave();
    const results = await Promise.all([
      decide(REJECT, request.id, windowManager),
      decide(REJECT, request.id, secondWindowManager),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // The loser either collides with the winner's version claim or reads the decided request.
    const [loserCode] = results.map(codeOf).filter(Boolean);
    expect(['CONFLICT', 'INVALID_STATE']).toContain(loserCode);
    const stored = await subgraph.connection
      .model('StaffRequest')
      .findById(request.id)
      .lean<Request>();
    expect(stored!.steps).toHaveLength(1);
  });

  it('show other staff only their own requests', async () => {
    await requestLeave(requester);
    await requestLeave(secondWindowManager);
    const mine = await graphql(subgraph.url, REQUESTS, {}, requester);
    const all = await graphql(subgraph.url, REQUESTS, {}, hallManager);
    expect(mine.data!.staffRequests).toHaveLength(1);
    expect(all.data!.staffRequests).toHaveLength(2);
  });
});

describe('hall entry requests', () => {
  it('make the requester staff of the hall after both levels approve', async () => {
    const newcomer = viewerOf(['WINDOW_STAFF'], { divisionCode: '500238' });
    const early = await graphql(subgraph.url, CHECK_IN, { h: HALL }, newcomer);
    expect(codeOf(early)).toBe('FORBIDDEN');
    const entry = await graphql(
      subgraph.url,
      ENTRY,
      { h: HALL, k: newKey() },
      newcomer,
    );
    expect(entry.errors).toBeUndefined();
    const request = entry.data!.requestHallEntry as Request;
    expect(request).toMatchObject({
      kind: 'ENTRY',
      status: 'PENDING_WINDOW_MANAGER',
    });

    expect(codeOf(await decide(APPROVE, request.id, hallManager))).toBe(
      'APPROVAL_OUT_OF_ORDER',
    );
    await decide(APPROVE, request.id, windowManager);
    const approved = await decide(APPROVE, request.id, hallManager);
    expect(approved.data!.approveStaffRequest.status).toBe('APPROVED');

    const member = await subgraph.connection
      .model('HallStaff')
      .findById(`${HALL}/${newcomer.userId}`)
      .lean<{ windowManager: boolean }>();
    expect(member).toMatchObject({ windowManager: false });
    const decisions = await auditRecordModel(subgraph.connection)
      .find({ subjectId: request.id, action: 'approveStaffRequest' })
      .lean();
    expect(decisions.map((d) => d.actorId).sort()).toEqual(
      [windowManager.userId, hallManager.userId].sort(),
    );
    // The approved entry lets the newcomer work at the hall, though the
    // account's own hall is unchanged.
    const checkedIn = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: HALL },
      newcomer,
    );
    expect(checkedIn.errors).toBeUndefined();
    const again = await graphql(
      subgraph.url,
      ENTRY,
      { h: HALL, k: newKey() },
      newcomer,
    );
    expect(codeOf(again)).toBe('INVALID_STATE');
  });

  it('refuse a hall outside the requester division', async () => {
    const result = await graphql(
      subgraph.url,
      ENTRY,
      { h: 'hall-500103', k: newKey() },
      viewerOf(['WINDOW_STAFF'], { divisionCode: '500238' }),
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  });
});

describe('attendance', () => {
  it('keeps one record per staff member and Asia/Shanghai day', async () => {
    const first = await graphql(subgraph.url, CHECK_IN, { h: HALL }, requester);
    expect(first.errors).toBeUndefined();
    clock = new Date('2026-03-02T01:00:00Z');
    const second = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: HALL },
      requester,
    );
    expect(second.data).toEqual(first.data);
    expect(first.data!.checkInAttendance).toMatchObject({
      date: '2026-03-02',
      checkedInAt: '2026-03-02T00:30:00.000Z',
      checkedOutAt: null,
    });

    clock = new Date('2026-03-02T09:00:00Z');
    const out = await graphql(subgraph.url, CHECK_OUT, { h: HALL }, requester);
    clock = new Date('2026-03-02T09:30:00Z');
    const outAgain = await graphql(
      subgraph.url,
      CHECK_OUT,
      { h: HALL },
      requester,
    );
    expect(out.data!.checkOutAttendance.checkedOutAt).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(outAgain.data).toEqual(out.data);

    // 00:30 on 3 March in Asia/Shanghai is the next working day.
    clock = new Date('2026-03-02T16:30:00Z');
    const nextDay = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: HALL },
      requester,
    );
    expect(nextDay.data!.checkInAttendance.date).toBe('2026-03-03');

    const listed = await graphql(
      subgraph.url,
      ATTENDANCE,
      { d: '2026-03-02' },
      hallManager,
    );
    expect(listed.data!.hallAttendance).toEqual([
      {
        staffUserId: requester.userId,
        staffName: '张窗口',
        date: '2026-03-02',
      },
    ]);
  });

  it('refuses another hall and a check-out without check-in', async () => {
    const elsewhere = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: 'hall-500103' },
      requester,
    );
    const noCheckIn = await graphql(
      subgraph.url,
      CHECK_OUT,
      { h: HALL },
      windowManager,
    );
    const otherManager = await graphql(
      subgraph.url,
      ATTENDANCE,
      { d: '2026-03-02' },
      otherHallManager,
    );
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    expect(codeOf(noCheckIn)).toBe('INVALID_STATE');
    expect(codeOf(otherManager)).toBe('FORBIDDEN');
  });
});

describe('window managers and leave limits', () => {
  it('designates only staff known at the hall, never a hall manager', async () => {
    const stranger = await graphql(
      subgraph.url,
      DESIGNATE,
      { h: HALL, u: 'u-made-up-user' },
      hallManager,
    );
    const deputy = viewerOf(['HALL_MANAGER'], { ...wuxi, name: '钱副主任' });
    const asManager = await designate(hallManager, deputy);
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect(codeOf(asManager)).toBe('SELF_APPROVAL');
  });

  it('drops the window-manager flag of a staff member who becomes hall manager', async () => {
    const promoted = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '孙组长' });
    expect((await designate(hallManager, promoted)).errors).toBeUndefined();
    const request = await requestLeave(requester);
    // The same person signs in again after an administrator made them hall manager.
    const asHallManager: Viewer = { ...promoted, roles: ['HALL_MANAGER'] };
    const firstLevel = await decide(APPROVE, request.id, asHallManager);
    expect(codeOf(firstLevel)).toBe('APPROVAL_OUT_OF_ORDER');

    await graphql(subgraph.url, CHECK_IN, { h: HALL }, asHallManager);
    const member = await subgraph.connection
      .model('HallStaff')
      .findById(`${HALL}/${promoted.userId}`)
      .lean<{ windowManager: boolean; roles: string[] }>();
    expect(member).toMatchObject({
      windowManager: false,
      roles: ['HALL_MANAGER'],
    });
  });

  it.each([
    ['more than 30 days', '2026-03-05', '2026-04-04'],
    ['a start more than 90 days ahead', '2026-06-01', '2026-06-02'],
  ])('rejects leave of %s', async (_name, from, to) => {
    const result = await graphql(
      subgraph.url,
      `mutation($f: String!, $t: String!, $k: String!) {
        requestLeave(hallId: "${HALL}", leaveFrom: $f, leaveTo: $t, reason: "事假", idempotencyKey: $k) { id }
      }`,
      { f: from, t: to, k: newKey() },
      requester,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(
      await subgraph.connection.model('StaffRequest').countDocuments(),
    ).toBe(0);
  });

  it('accepts 30 days of leave and refuses attendance on its days', async () => {
    const result = await graphql(
      subgraph.url,
      `mutation($k: String!) {
        requestLeave(hallId: "${HALL}", leaveFrom: "2026-03-03", leaveTo: "2026-04-01", reason: "产假", idempotencyKey: $k) { id }
      }`,
      { k: newKey() },
      requester,
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.requestLeave.id;
    const pending = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: HALL },
      requester,
    );
    expect(pending.errors).toBeUndefined();
    expect((await decide(APPROVE, id, windowManager)).errors).toBeUndefined();
    expect((await decide(APPROVE, id, hallManager)).errors).toBeUndefined();

    clock = new Date('2026-03-03T00:30:00Z');
    const onLeave = await graphql(
      subgraph.url,
      CHECK_IN,
      { h: HALL },
      requester,
    );
    clock = new Date('2026-04-02T00:30:00Z');
    const back = await graphql(subgraph.url, CHECK_IN, { h: HALL }, requester);
    expect(onLeave.errors?.[0]?.extensions).toMatchObject({
      code: 'ON_LEAVE',
      leaveFrom: '2026-03-03',
      leaveTo: '2026-04-01',
    });
    expect(back.errors).toBeUndefined();
  });
});

const LEAVE_RANGE = `mutation($f: String!, $t: String!, $r: String!, $k: String!) {
  requestLeave(hallId: "hall-500238", leaveFrom: $f, leaveTo: $t, reason: $r, idempotencyKey: $k) { ${REQUEST_FIELDS} }
}`;

function leave(
  from: string,
  to: string,
  options: { key?: string; reason?: string; viewer?: Viewer } = {},
) {
  return graphql(
    subgraph.url,
    LEAVE_RANGE,
    {
      f: from,
      t: to,
      r: options.reason ?? '家中有事',
      k: options.key ?? newKey(),
    },
    options.viewer ?? requester,
  );
}

describe('overlapping leave', () => {
  it('rejects leave overlapping an open request', async () => {
    const first = await leave('2026-03-05', '2026-03-06');
    const overlapping = await leave('2026-03-06', '2026-03-08');
    const adjacent = await leave('2026-03-07', '2026-03-08');

    expect(first.errors).toBeUndefined();
    expect(codeOf(overlapping)).toBe('LEAVE_OVERLAP');
    expect(adjacent.errors).toBeUndefined();
    expect(
      await subgraph.connection.model('StaffRequest').countDocuments(),
    ).toBe(2);
    expect(
      await subgraph.connection.model('LeaveDayClaim').countDocuments(),
    ).toBe(4);
  });

  it('admits one of racing overlapping requests', async () => {
    const ranges = [
      ['2026-03-10', '2026-03-11'],
      ['2026-03-11', '2026-03-12'],
      ['2026-03-09', '2026-03-11'],
      ['2026-03-11', '2026-03-11'],
      ['2026-03-11', '2026-03-13'],
      ['2026-03-10', '2026-03-12'],
    ] as const;

    const results = await Promise.all(
      ranges.map(([from, to]) => leave(from, to)),
    );

    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    for (const result of results.filter((r) => r.errors))
      expect(codeOf(result)).toBe('LEAVE_OVERLAP');
    const winner = accepted[0]!.data!.requestLeave as Request & {
      leaveFrom: string;
      leaveTo: string;
    };
    const claims = await subgraph.connection
      .model('LeaveDayClaim')
      .find({})
      .lean<{ _id: string; requestId: string }[]>();
    for (const claim of claims) expect(claim.requestId).toBe(winner.id);
    expect(claims.map((c) => c._id.slice(-10)).sort()).toEqual(
      datesFrom(winner.leaveFrom, winner.leaveTo),
    );
  });

  it('frees the days of a rejected request', async () => {
    const first = await leave('2026-03-05', '2026-03-06');
    const rejected = await decide(
      REJECT,
      (first.data!.requestLeave as Request).id,
      windowManager,
      '窗口人手不足',
    );
    const again = await leave('2026-03-05', '2026-03-06');

    expect(rejected.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
  });

  it('lets another person take the same days', async () => {
    const mine = await leave('2026-03-05', '2026-03-06');
    const theirs = await leave('2026-03-05', '2026-03-06', {
      viewer: windowManager,
    });

    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
  });
});

describe('reused idempotency keys', () => {
  it('replays a leave request and rejects a changed one', async () => {
    const key = newKey();
    const first = await leave('2026-03-05', '2026-03-06', { key });
    const retry = await leave('2026-03-05', '2026-03-06', { key });
    const otherDates = await leave('2026-03-16', '2026-03-17', { key });
    const otherReason = await leave('2026-03-05', '2026-03-06', {
      key,
      reason: '病假',
    });

    expect(first.errors).toBeUndefined();
    expect(retry.data!.requestLeave.id).toBe(first.data!.requestLeave.id);
    expect(codeOf(otherDates)).toBe('CONFLICT');
    expect(codeOf(otherReason)).toBe('CONFLICT');
    expect(
      await subgraph.connection.model('StaffRequest').countDocuments(),
    ).toBe(1);
  });
});

/** Dates from `from` to `to`, both included, as YYYY-MM-DD. */
function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  )
    dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}
