import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VERSION_CLAIMS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

// Hall configuration, notices with read receipts and duty rosters, each
// kept to the manager's own hall.

let subgraph: RunningSubgraph;
/** Monday 2026-03-02 08:30 in Asia/Shanghai. */
let clock = new Date('2026-03-02T00:30:00Z');

const HALL = 'hall-500238';
const wuxi = { divisionCode: '500238', hallId: HALL };
const manager = viewerOf(['HALL_MANAGER'], { ...wuxi, name: '赵主任' });
const clerk = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '张窗口' });
const secondClerk = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '李窗口' });
const otherManager = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});
const otherClerk = viewerOf(['WINDOW_STAFF'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});

const CONFIGURE_HALL = `mutation($h: ID!, $i: HallSettingsInput!) {
  configureHall(hallId: $h, input: $i) { id openingHours phone departmentCodes }
}`;
const CONFIGURE_WINDOWS = `mutation($h: ID!, $w: [WindowInput!]!) {
  configureWindows(hallId: $h, windows: $w) {
    windows { id number name category businessCategories departmentCode mail weekdays openingTimes { start end } assignedStaffUserIds }
  }
}`;
const PUBLISH = `mutation($h: ID!, $t: String!, $b: String!, $k: String!) {
  publishNotice(hallId: $h, title: $t, body: $b, idempotencyKey: $k) { id title readCount readByMe }
}`;
const NOTICES = `query($h: ID!) { hallNotices(hallId: $h) {
  id title body publishedByName readByMe readCount receipts { staffUserId staffName readAt }
} }`;
const READ = `mutation($id: ID!) { markNoticeRead(id: $id) { id readByMe readCount } }`;
const SET_ROSTER = `mutation($h: ID!, $d: String!, $r: [DutyInput!]!) {
  setDutyRoster(hallId: $h, date: $d, duties: $r) { date duties { staffUserId staffName window { number } shift } }
}`;
const ROSTERS = `query($h: ID!, $f: String!, $t: String!) {
  dutyRosters(hallId: $h, from: $f, to: $t) { date duties { staffName shift window { number } } }
}`;
const STAFF = `query($h: ID!) { hallStaff(hallId: $h) { staffUserId staffName windowManager } }`;

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

const SETTINGS = {
  openingHours: '周一至周五 9:00-12:00、14:00-17:00',
  phone: '023-51234567',
  departmentCodes: ['CQ-SCJG', 'CQ-RS', 'CQ-MZ'],
};

function windowInput(
  number: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    number,
    name: `${number}号窗口`,
    category: 'COMPREHENSIVE',
    businessCategories: ['GENERAL'],
    departmentCode: null,
    mail: false,
    weekdays: [1, 2, 3, 4, 5],
    openingTimes: [{ start: '09:00', end: '12:00' }],
    assignedStaffUserIds: [],
    ...extra,
  };
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({ now: () => clock, noShowSweepMs: 0 }),
  );
  for (const staff of [clerk, secondClerk, manager])
    expect(
      (
        await graphql(
          subgraph.url,
          `mutation { checkInAttendance(hallId: "${HALL}") { date } }`,
          {},
          staff,
        )
      ).errors,
    ).toBeUndefined();
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  // Monday 09:30 in Asia/Shanghai, within the seeded opening hours.
  clock = new Date('2026-03-02T01:30:00Z');
  for (const model of ['HallNotice', 'HallNoticeReceipt', 'DutyRoster'])
    await subgraph.connection.model(model).deleteMany({});
  await subgraph.connection.db!.collection(VERSION_CLAIMS).deleteMany({});
});

describe('hall configuration', () => {
  it('lets the manager set details, departments and windows of their own hall', async () => {
    const settings = await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: SETTINGS },
      manager,
    );
    const windows = await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      {
        h: HALL,
        w: [
          windowInput(2, {
            name: '邮寄窗口',
            mail: true,
            businessCategories: ['GENERAL', 'CIVIL_AFFAIRS'],
            openingTimes: [
              { start: '14:00', end: '17:00' },
              { start: '09:00', end: '12:00' },
            ],
          }),
          windowInput(1, {
            category: 'DEDICATED',
            departmentCode: 'CQ-RS',
            businessCategories: ['SOCIAL_SECURITY'],
            assignedStaffUserIds: [clerk.userId],
          }),
        ],
      },
      manager,
    );

    expect(settings.errors).toBeUndefined();
    expect(settings.data!.configureHall.departmentCodes).toEqual([
      'CQ-MZ',
      'CQ-RS',
      'CQ-SCJG',
    ]);
    expect(windows.errors).toBeUndefined();
    expect(windows.data!.configureWindows.windows).toEqual([
      {
        id: `${HALL}/1`,
        number: 1,
        name: '1号窗口',
        category: 'DEDICATED',
        businessCategories: ['SOCIAL_SECURITY'],
        departmentCode: 'CQ-RS',
        mail: false,
        weekdays: [1, 2, 3, 4, 5],
        openingTimes: [{ start: '09:00', end: '12:00' }],
        assignedStaffUserIds: [clerk.userId],
      },
      {
        id: `${HALL}/2`,
        number: 2,
        name: '邮寄窗口',
        category: 'COMPREHENSIVE',
        businessCategories: ['GENERAL', 'CIVIL_AFFAIRS'],
        departmentCode: null,
        mail: true,
        weekdays: [1, 2, 3, 4, 5],
        openingTimes: [
          { start: '09:00', end: '12:00' },
          { start: '14:00', end: '17:00' },
        ],
        assignedStaffUserIds: [],
      },
    ]);
  });

  it("refuses another hall's manager and window staff", async () => {
    const other = await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: SETTINGS },
      otherManager,
    );
    const staff = await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      { h: HALL, w: [windowInput(1)] },
      clerk,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(staff)).toBe('FORBIDDEN');
  });

  it.each([
    [
      'a dedicated window of a department not stationed',
      [windowInput(1, { category: 'DEDICATED', departmentCode: 'CQ-GA' })],
    ],
    [
      'a comprehensive window with a department',
      [windowInput(1, { departmentCode: 'CQ-RS' })],
    ],
    ['two windows with one number', [windowInput(1), windowInput(1)]],
    [
      'overlapping hours',
      [
        windowInput(1, {
          openingTimes: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
        }),
      ],
    ],
    ['no category', [windowInput(1, { businessCategories: [] })]],
    [
      'a stranger assigned',
      [windowInput(1, { assignedStaffUserIds: [otherClerk.userId] })],
    ],
    ['no window', []],
  ])('rejects %s', async (_name, windows) => {
    await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: SETTINGS },
      manager,
    );
    const before = await subgraph.connection
      .model('Hall')
      .findById(HALL)
      .lean();
    const result = await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      { h: HALL, w: windows },
      manager,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(
      await subgraph.connection.model('Hall').findById(HALL).lean(),
    ).toEqual(before);
  });

  it('rejects an unknown department and one a dedicated window still serves', async () => {
    await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: SETTINGS },
      manager,
    );
    await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      {
        h: HALL,
        w: [
          windowInput(1, {
            category: 'DEDICATED',
            departmentCode: 'CQ-RS',
            businessCategories: ['SOCIAL_SECURITY'],
          }),
        ],
      },
      manager,
    );
    const unknown = await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: { ...SETTINGS, departmentCodes: ['CQ-NOPE'] } },
      manager,
    );
    const orphaning = await graphql(
      subgraph.url,
      CONFIGURE_HALL,
      { h: HALL, i: { ...SETTINGS, departmentCodes: ['CQ-MZ'] } },
      manager,
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(codeOf(orphaning)).toBe('BAD_USER_INPUT');
  });

  it('refuses to remove a window that serves a ticket today', async () => {
    await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      { h: HALL, w: [windowInput(1), windowInput(2)] },
      manager,
    );
    await graphql(
      subgraph.url,
      `mutation { takeTicket(hallId: "${HALL}", category: GENERAL, idempotencyKey: "admin-ticket-1") { id } }`,
    );
    const called = await graphql(
      subgraph.url,
      `mutation { callNext(hallId: "${HALL}", windowNumber: 2) { id } }`,
      {},
      manager,
    );
    expect(called.errors).toBeUndefined();
    const removing = await graphql(
      subgraph.url,
      CONFIGURE_WINDOWS,
      { h: HALL, w: [windowInput(1)] },
      manager,
    );
    expect(codeOf(removing)).toBe('INVALID_STATE');
  });

  it('lists the staff known at the hall to its manager only', async () => {
    const listed = await graphql(subgraph.url, STAFF, { h: HALL }, manager);
    const byClerk = await graphql(subgraph.url, STAFF, { h: HALL }, clerk);
    expect(
      listed
        .data!.hallStaff.map((m: { staffUserId: string }) => m.staffUserId)
        .sort(),
    ).toEqual([clerk.userId, secondClerk.userId, manager.userId].sort());
    expect(codeOf(byClerk)).toBe('FORBIDDEN');
  });
});

describe('notices', () => {
  it('records each reader once and shows receipts to the manager only', async () => {
    const published = await graphql(
      subgraph.url,
      PUBLISH,
      {
        h: HALL,
        t: '周五消防演练',
        b: '周五下午三点全体参加消防演练。',
        k: 'notice-drill-1',
      },
      manager,
    );
    const id = published.data!.publishNotice.id;
    const retried = await graphql(
      subgraph.url,
      PUBLISH,
      {
        h: HALL,
        t: '周五消防演练',
        b: '周五下午三点全体参加消防演练。',
        k: 'notice-drill-1',
      },
      manager,
    );
    clock = new Date('2026-03-02T01:00:00Z');
    await Promise.all([
      graphql(subgraph.url, READ, { id }, clerk),
      graphql(subgraph.url, READ, { id }, clerk),
    ]);
    clock = new Date('2026-03-02T02:00:00Z');
    await graphql(subgraph.url, READ, { id }, clerk);
    const asClerk = await graphql(subgraph.url, NOTICES, { h: HALL }, clerk);
    const asSecond = await graphql(
      subgraph.url,
      NOTICES,
      { h: HALL },
      secondClerk,
    );
    const asManager = await graphql(
      subgraph.url,
      NOTICES,
      { h: HALL },
      manager,
    );

    expect(retried.data!.publishNotice.id).toBe(id);
    expect(asClerk.data!.hallNotices).toEqual([
      expect.objectContaining({
        id,
        readByMe: true,
        readCount: 1,
        receipts: null,
      }),
    ]);
    expect(asSecond.data!.hallNotices[0]).toMatchObject({
      readByMe: false,
      readCount: 1,
    });
    expect(asManager.data!.hallNotices[0].receipts).toEqual([
      {
        staffUserId: clerk.userId,
        staffName: '张窗口',
        readAt: '2026-03-02T01:00:00.000Z',
      },
    ]);
    expect(asManager.data!.hallNotices[0].publishedByName).toBe('赵主任');
  });

  it('pages notices by first and offset', async () => {
    for (const [index, title] of [
      '窗口调整',
      '系统升级',
      '假期安排',
    ].entries()) {
      clock = new Date(`2026-03-03T0${index}:00:00Z`);
      const published = await graphql(
        subgraph.url,
        PUBLISH,
        { h: HALL, t: title, b: `${title}的通知。`, k: `notice-page-${index}` },
        manager,
      );
      expect(published.errors).toBeUndefined();
    }
    const PAGE = `query($h: ID!, $first: Int, $offset: Int) {
      hallNotices(hallId: $h, first: $first, offset: $offset) { id title }
    }`;
    const all = await graphql(
      subgraph.url,
      PAGE,
      { h: HALL, first: 100 },
      clerk,
    );
    const ids = all.data!.hallNotices.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(all.data!.hallNotices[0].title).toBe('假期安排');

    const firstPage = await graphql(
      subgraph.url,
      PAGE,
      { h: HALL, first: 2, offset: 0 },
      clerk,
    );
    const secondPage = await graphql(
      subgraph.url,
      PAGE,
      { h: HALL, first: 2, offset: 2 },
      clerk,
    );
    expect(
      firstPage.data!.hallNotices.map((n: { id: string }) => n.id),
    ).toEqual(ids.slice(0, 2));
    expect(
      secondPage.data!.hallNotices.map((n: { id: string }) => n.id),
    ).toEqual(ids.slice(2, 4));

    for (const page of [{ first: 0 }, { first: 101 }, { offset: -1 }]) {
      const rejected = await graphql(
        subgraph.url,
        PAGE,
        { h: HALL, ...page },
        clerk,
      );
      expect({ page, code: rejected.errors?.[0]?.extensions?.code }).toEqual({
        page,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('rejects a key reused for another notice', async () => {
    const first = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '周五消防演练', b: '周五下午三点。', k: 'notice-reuse-1' },
      manager,
    );
    const changed = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '周五消防演练', b: '改为周六上午。', k: 'notice-reuse-1' },
      manager,
    );

    expect(first.errors).toBeUndefined();
    expect(codeOf(changed)).toBe('CONFLICT');
    expect(await subgraph.connection.model('HallNotice').countDocuments()).toBe(
      1,
    );
  });

  it('keeps notices to the staff of the hall', async () => {
    const published = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '通知', b: '内容', k: 'notice-own-hall' },
      manager,
    );
    const byStaff = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '通知', b: '内容', k: 'notice-by-staff' },
      clerk,
    );
    const elsewhere = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '通知', b: '内容', k: 'notice-elsewhere' },
      otherManager,
    );
    const outsiderRead = await graphql(
      subgraph.url,
      READ,
      { id: published.data!.publishNotice.id },
      otherClerk,
    );
    const outsiderList = await graphql(
      subgraph.url,
      NOTICES,
      { h: HALL },
      otherClerk,
    );
    const emptyTitle = await graphql(
      subgraph.url,
      PUBLISH,
      { h: HALL, t: '  ', b: '内容', k: 'notice-empty' },
      manager,
    );
    expect(codeOf(byStaff)).toBe('FORBIDDEN');
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    expect(codeOf(outsiderRead)).toBe('FORBIDDEN');
    expect(codeOf(outsiderList)).toBe('FORBIDDEN');
    expect(codeOf(emptyTitle)).toBe('BAD_USER_INPUT');
  });
});

describe('duty rosters', () => {
  it('sets a roster, replaces it and lists it to the staff', async () => {
    const first = await graphql(
      subgraph.url,
      SET_ROSTER,
      {
        h: HALL,
        d: '2026-03-03',
        r: [
          {
            staffUserId: secondClerk.userId,
            windowNumber: 2,
            shift: 'FULL_DAY',
          },
          { staffUserId: clerk.userId, windowNumber: 1, shift: 'MORNING' },
          { staffUserId: clerk.userId, windowNumber: 1, shift: 'AFTERNOON' },
        ],
      },
      manager,
    );
    const replaced = await graphql(
      subgraph.url,
      SET_ROSTER,
      {
        h: HALL,
        d: '2026-03-03',
        r: [{ staffUserId: clerk.userId, windowNumber: 1, shift: 'FULL_DAY' }],
      },
      manager,
    );
    const listed = await graphql(
      subgraph.url,
      ROSTERS,
      { h: HALL, f: '2026-03-01', t: '2026-03-31' },
      secondClerk,
    );
    expect(first.errors).toBeUndefined();
    expect(
      first.data!.setDutyRoster.duties.map(
        (d: { staffName: string }) => d.staffName,
      ),
    ).toEqual(['张窗口', '张窗口', '李窗口']);
    expect(replaced.errors).toBeUndefined();
    expect(listed.data!.dutyRosters).toEqual([
      {
        date: '2026-03-03',
        duties: [
          { staffName: '张窗口', shift: 'FULL_DAY', window: { number: 1 } },
        ],
      },
    ]);
  });

  it.each([
    [
      'a past date',
      '2026-03-01',
      [{ staffUserId: 'x', windowNumber: 1, shift: 'MORNING' }],
    ],
    [
      'a stranger',
      '2026-03-03',
      [{ staffUserId: 'u-nobody', windowNumber: 1, shift: 'MORNING' }],
    ],
    [
      'an unknown window',
      '2026-03-03',
      [{ staffUserId: 'CLERK', windowNumber: 9, shift: 'MORNING' }],
    ],
    [
      'two duties in one shift',
      '2026-03-03',
      [
        { staffUserId: 'CLERK', windowNumber: 1, shift: 'FULL_DAY' },
        { staffUserId: 'CLERK', windowNumber: 2, shift: 'AFTERNOON' },
      ],
    ],
    [
      'two duties at one window in overlapping shifts',
      '2026-03-03',
      [
        { staffUserId: 'CLERK', windowNumber: 1, shift: 'MORNING' },
        { staffUserId: 'SECOND', windowNumber: 1, shift: 'FULL_DAY' },
      ],
    ],
    [
      'a date beyond the 60-day horizon',
      '2026-05-02',
      [{ staffUserId: 'CLERK', windowNumber: 1, shift: 'MORNING' }],
    ],
  ])('rejects %s', async (_name, date, duties) => {
    const result = await graphql(
      subgraph.url,
      SET_ROSTER,
      {
        h: HALL,
        d: date,
        r: duties.map((d) => ({
          ...d,
          staffUserId:
            d.staffUserId === 'CLERK'
              ? clerk.userId
              : d.staffUserId === 'SECOND'
                ? secondClerk.userId
                : d.staffUserId,
        })),
      },
      manager,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await subgraph.connection.model('DutyRoster').countDocuments()).toBe(
      0,
    );
  });

  it('accepts a roster on the last day of the horizon', async () => {
    const result = await graphql(
      subgraph.url,
      SET_ROSTER,
      {
        h: HALL,
        d: '2026-05-01',
        r: [
          { staffUserId: clerk.userId, windowNumber: 1, shift: 'MORNING' },
          {
            staffUserId: secondClerk.userId,
            windowNumber: 1,
            shift: 'AFTERNOON',
          },
        ],
      },
      manager,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.setDutyRoster.duties).toHaveLength(2);
  });

  it('refuses staff on approved leave that day, and other halls', async () => {
    await subgraph.connection.model('StaffRequest').create({
      _id: 'req-roster-leave',
      kind: 'LEAVE',
      hallId: HALL,
      requesterId: clerk.userId,
      requesterName: clerk.name,
      leaveFrom: '2026-03-03',
      leaveTo: '2026-03-04',
      reason: '病假',
      status: 'APPROVED',
      steps: [],
      requestedAt: clock,
      version: 2,
    });
    const onLeave = await graphql(
      subgraph.url,
      SET_ROSTER,
      {
        h: HALL,
        d: '2026-03-04',
        r: [{ staffUserId: clerk.userId, windowNumber: 1, shift: 'MORNING' }],
      },
      manager,
    );
    const elsewhere = await graphql(
      subgraph.url,
      SET_ROSTER,
      { h: HALL, d: '2026-03-04', r: [] },
      otherManager,
    );
    const outsiderList = await graphql(
      subgraph.url,
      ROSTERS,
      { h: HALL, f: '2026-03-01', t: '2026-03-31' },
      otherClerk,
    );
    await subgraph.connection.model('StaffRequest').deleteMany({});
    expect(codeOf(onLeave)).toBe('ON_LEAVE');
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    expect(codeOf(outsiderList)).toBe('FORBIDDEN');
  });
});
