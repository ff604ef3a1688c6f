import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEQUENCE_COUNTERS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';
import type { HallWindow } from '../src/model.js';
import { windowOpenAt, windowOpenOn } from '../src/openingHours.js';

let subgraph: RunningSubgraph;
/** Clock of the subgraph under test; each test sets it. */
let clock = new Date('2026-03-02T02:00:00Z');

const HALL = 'hall-500238';
const wuxi = { divisionCode: '500238', hallId: HALL };
const clerk = viewerOf(['CLERK'], wuxi);
const manager = viewerOf(['HALL_MANAGER'], wuxi);
const citizen = viewerOf(['CITIZEN'], { userId: 'u-demo-citizen-1' });

const TAKE =
  'mutation($c: BusinessCategory!, $k: String!) { takeTicket(hallId: "hall-500238", category: $c, idempotencyKey: $k) { id number } }';
const CALL =
  'mutation($w: Int!) { callNext(hallId: "hall-500238", windowNumber: $w) { id windowNumber } }';
const WINDOWS = `mutation($w: [WindowInput!]!) {
  configureWindows(hallId: "hall-500238", windows: $w) { windows { number openOnHolidays openingTimes { start end } } }
}`;
const SLOT_RULE = `mutation($w: [TimeWindowInput!]!, $d: [Int!]! = [1, 2, 3, 4, 5]) {
  configureAppointmentSlots(hallId: "hall-500238", category: GENERAL, weekdays: $d, timeWindows: $w, slotMinutes: 30, capacity: 2) { category }
}`;
const SLOTS = `query($d: String!) {
  appointmentSlots(hallId: "hall-500238", category: GENERAL, date: $d) { localStart }
}`;
const BOOK = `mutation($s: String!, $k: String!) {
  bookAppointment(hallId: "hall-500238", category: GENERAL, startsAt: $s, idempotencyKey: $k) { id }
}`;

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

function take(category = 'GENERAL') {
  return graphql(subgraph.url, TAKE, { c: category, k: newKey() });
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({ now: () => clock, noShowSweepMs: 0 }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  for (const model of [
    'Ticket',
    'TicketCall',
    'WindowTurn',
    'Appointment',
    'AppointmentSlotClaim',
  ])
    await subgraph.connection.model(model).deleteMany({});
  await subgraph.connection.db!.collection(SEQUENCE_COUNTERS).deleteMany({});
});

describe('windowOpenAt', () => {
  const window = {
    number: 1,
    name: '1号窗口',
    category: 'COMPREHENSIVE' as const,
    businessCategories: ['GENERAL'],
    weekdays: [1, 2, 3, 4, 5],
    openingTimes: [{ start: '09:00', end: '17:00' }],
  };

  it.each([
    ['Monday 09:00', '2026-03-02T01:00:00Z', true],
    ['Monday 08:59', '2026-03-02T00:59:00Z', false],
    ['Monday 17:00, the end', '2026-03-02T09:00:00Z', false],
    ['Saturday 10:00', '2026-03-07T02:00:00Z', false],
    ['Labour Day, a Friday', '2026-05-01T02:00:00Z', false],
    ['the adjusted working Saturday 2026-05-09', '2026-05-09T02:00:00Z', true],
  ])('%s', (_name, instant, open) => {
    expect(windowOpenAt(window, new Date(instant))).toBe(open);
  });

  it('opens on holidays when set to', () => {
    expect(
      windowOpenAt(
        { ...window, openOnHolidays: true },
        new Date('2026-05-01T02:00:00Z'),
      ),
    ).toBe(true);
  });
});

describe('ticket issuing', () => {
  it.each([
    ['before opening', '2026-03-02T00:59:00Z'],
    ['at lunch', '2026-03-02T04:30:00Z'],
    ['at closing time', '2026-03-02T09:00:00Z'],
    ['on a Saturday', '2026-03-07T02:00:00Z'],
    ['on a public holiday', '2026-05-01T02:00:00Z'],
    ['at night', '2026-03-02T15:00:00Z'],
  ])('rejects a ticket %s', async (_name, instant) => {
    clock = new Date(instant);

    const result = await take();

    expect(codeOf(result)).toBe('HALL_CLOSED');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(0);
  });

  it.each([
    ['at opening time', '2026-03-02T01:00:00Z'],
    ['in the afternoon', '2026-03-02T08:59:00Z'],
    ['on an adjusted working Saturday', '2026-05-09T02:00:00Z'],
  ])('issues a ticket %s', async (_name, instant) => {
    clock = new Date(instant);

    const result = await take();

    expect(result.errors).toBeUndefined();
    expect(result.data!.takeTicket.number).toBe('A001');
  });
});

describe('calls', () => {
  it('rejects a call after closing and leaves the ticket waiting', async () => {
    clock = new Date('2026-03-02T08:59:00Z');
    const ticket = await take();
    clock = new Date('2026-03-02T09:00:00Z');

    const call = await graphql(subgraph.url, CALL, { w: 1 }, clerk);

    expect(codeOf(call)).toBe('HALL_CLOSED');
    const stored = await subgraph.connection
      .model('Ticket')
      .findById(ticket.data!.takeTicket.id)
      .lean<{ status: string }>();
    expect(stored!.status).toBe('WAITING');
    expect(await subgraph.connection.model('TicketCall').countDocuments()).toBe(
      0,
    );
  });
});

describe('appointment rules', () => {
  const storedRule = () =>
    subgraph.connection
      .model('AppointmentSlotRule')
      .findById(`${HALL}/GENERAL`)
      .lean<{ timeWindows: { start: string; end: string }[] }>();

  it('accepts slots within the opening hours', async () => {
    const rule = await graphql(
      subgraph.url,
      SLOT_RULE,
      {
        w: [
          { start: '09:00', end: '12:00' },
          { start: '14:00', end: '17:00' },
        ],
      },
      manager,
    );

    expect(rule.errors).toBeUndefined();
    expect((await storedRule())!.timeWindows).toMatchObject([
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '17:00' },
    ]);
  });

  it.each([
    [
      'before opening',
      [{ start: '08:00', end: '10:00' }],
      undefined,
      1,
      '08:00-08:30',
    ],
    [
      'over lunch',
      [{ start: '11:00', end: '15:00' }],
      undefined,
      1,
      '12:00-12:30',
    ],
    [
      'after closing',
      [{ start: '16:30', end: '17:30' }],
      undefined,
      1,
      '17:00-17:30',
    ],
    [
      'on a Saturday',
      [{ start: '09:00', end: '10:00' }],
      [6],
      6,
      '09:00-09:30',
    ],
  ])(
    'rejects slots %s and stores nothing',
    async (_name, w, d, weekday, slot) => {
      const rule = await graphql(subgraph.url, SLOT_RULE, { w, d }, manager);

      const error = rule.errors?.[0];
      expect(error?.extensions?.code).toBe('HALL_CLOSED');
      expect(error?.extensions).toMatchObject({
        field: 'timeWindows',
        weekday,
        start: slot.slice(0, 5),
        end: slot.slice(6),
      });
      expect(error?.message).toBe(
        `The slot ${slot} on ISO weekday ${weekday} lies outside the opening hours of every GENERAL window of hall hall-500238 (window 1 09:00-12:00, 14:00-17:00 on ISO weekdays 1,2,3,4,5); set times and weekdays within those hours.`,
      );
      expect((await storedRule())!.timeWindows).toMatchObject([
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '17:00' },
      ]);
    },
  );
});

describe('appointments', () => {
  // A rule stored before the windows' hours were narrowed, so that two of
  // its slots now lie outside them.
  beforeEach(async () => {
    clock = new Date('2026-03-02T02:00:00Z');
    const rules = subgraph.connection.model('AppointmentSlotRule');
    await rules.deleteMany({});
    await rules.create({
      _id: `${HALL}/GENERAL`,
      hallId: HALL,
      category: 'GENERAL',
      weekdays: [1, 2, 3, 4, 5],
      timeWindows: [{ start: '08:00', end: '10:00' }],
      slotMinutes: 30,
      capacity: 2,
      version: 1,
      updatedBy: manager.userId,
    });
  });

  it('lists only slots within the opening hours', async () => {
    const slots = await graphql(subgraph.url, SLOTS, { d: '2026-03-03' });

    expect(slots.errors).toBeUndefined();
    expect(
      slots.data!.appointmentSlots.map(
        (s: { localStart: string }) => s.localStart,
      ),
    ).toEqual(['09:00', '09:30']);
  });

  it('rejects a booking before the windows open', async () => {
    const result = await graphql(
      subgraph.url,
      BOOK,
      { s: '2026-03-03T00:30:00Z', k: newKey() },
      citizen,
    );

    expect(codeOf(result)).toBe('HALL_CLOSED');
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(0);
  });

  it('offers and books an adjusted working Saturday', async () => {
    // Friday 2026-05-08 10:00. Saturday 2026-05-09 is an adjusted working day.
    clock = new Date('2026-05-08T02:00:00Z');
    const slots = await graphql(subgraph.url, SLOTS, { d: '2026-05-09' });
    const result = await graphql(
      subgraph.url,
      BOOK,
      { s: '2026-05-09T01:00:00Z', k: newKey() },
      citizen,
    );

    expect(slots.errors).toBeUndefined();
    expect(
      slots.data!.appointmentSlots.map(
        (s: { localStart: string }) => s.localStart,
      ),
    ).toEqual(['09:00', '09:30']);
    expect(result.errors).toBeUndefined();
  });

  it('offers nothing on an ordinary Saturday', async () => {
    const slots = await graphql(subgraph.url, SLOTS, { d: '2026-03-07' });

    expect(slots.data!.appointmentSlots).toEqual([]);
  });

  it('offers and books nothing on a public holiday', async () => {
    clock = new Date('2026-04-27T02:00:00Z');
    const slots = await graphql(subgraph.url, SLOTS, { d: '2026-05-01' });
    const result = await graphql(
      subgraph.url,
      BOOK,
      { s: '2026-05-01T01:00:00Z', k: newKey() },
      citizen,
    );

    expect(slots.data!.appointmentSlots).toEqual([]);
    expect(codeOf(result)).toBe('HALL_CLOSED');
  });
});

describe('windows open on holidays', () => {
  it('serves a holiday night only where configured', async () => {
    clock = new Date('2026-03-02T02:00:00Z');
    const configured = await graphql(
      subgraph.url,
      WINDOWS,
      {
        w: [
          {
            number: 1,
            name: '1号 综合受理窗口',
            category: 'COMPREHENSIVE',
            businessCategories: ['GENERAL', 'MARKET_ENTRY'],
            mail: false,
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            openingTimes: [{ start: '00:00', end: '24:00' }],
            openOnHolidays: true,
            assignedStaffUserIds: [],
          },
          {
            number: 2,
            name: '2号 企业开办专窗',
            category: 'DEDICATED',
            businessCategories: ['MARKET_ENTRY'],
            departmentCode: 'CQ-SCJG',
            mail: false,
            weekdays: [1, 2, 3, 4, 5],
            openingTimes: [{ start: '09:00', end: '17:00' }],
            assignedStaffUserIds: [],
          },
        ],
      },
      manager,
    );
    expect(configured.errors).toBeUndefined();
    expect(configured.data!.configureWindows.windows[0]).toEqual({
      number: 1,
      openOnHolidays: true,
      openingTimes: [{ start: '00:00', end: '24:00' }],
    });

    // 23:59 on Labour Day in Asia/Shanghai.
    clock = new Date('2026-05-01T15:59:00Z');
    const ticket = await take('MARKET_ENTRY');
    const atOne = await graphql(subgraph.url, CALL, { w: 1 }, clerk);
    const atTwo = await graphql(subgraph.url, CALL, { w: 2 }, clerk);

    expect(ticket.errors).toBeUndefined();
    expect(atOne.errors).toBeUndefined();
    expect(atOne.data!.callNext.id).toBe(ticket.data!.takeTicket.id);
    expect(codeOf(atTwo)).toBe('HALL_CLOSED');
  });
});

describe('windowOpenOn', () => {
  const window = {
    number: 1,
    categories: ['GENERAL'],
    weekdays: [1, 3, 5],
  } as unknown as HallWindow;

  it('opens on its weekdays only', () => {
    expect(windowOpenOn(window, '2026-03-02')).toBe(true);
    expect(windowOpenOn(window, '2026-03-03')).toBe(false);
    expect(windowOpenOn(window, '2026-03-07')).toBe(false);
  });

  it('opens on an adjusted working Saturday', () => {
    expect(windowOpenOn(window, '2026-05-09')).toBe(true);
  });

  it('stays closed on a statutory holiday', () => {
    expect(windowOpenOn(window, '2026-05-01')).toBe(false);
  });
});
