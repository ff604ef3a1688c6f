import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SEQUENCE_COUNTERS,
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
/** Clock of the subgraph under test: Monday 2026-03-02 09:00 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-02T01:00:00Z');

const HALL = 'hall-500238';
const managerWuxi = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500238',
  hallId: HALL,
});
const managerYuzhong = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});
const clerkWuxi = viewerOf(['CLERK'], { divisionCode: '500238', hallId: HALL });
const citizen = (userId: string): Viewer => viewerOf(['CITIZEN'], { userId });

const CONFIGURE = `mutation($h: ID!, $c: BusinessCategory!, $d: [Int!]!, $w: [TimeWindowInput!]!, $m: Int!, $n: Int!) {
  configureAppointmentSlots(hallId: $h, category: $c, weekdays: $d, timeWindows: $w, slotMinutes: $m, capacity: $n) {
    hall { id } category weekdays timeWindows { start end } slotMinutes capacity
  }
}`;
const SLOTS = `query($h: ID!, $c: BusinessCategory!, $d: String!) {
  appointmentSlots(hallId: $h, category: $c, date: $d) { startsAt endsAt localDate localStart localEnd capacity freePlaces }
}`;
const BOOKING_FIELDS =
  'id startsAt localDate localStart placeNumber status cancelledAt ticket { id number priority status }';
const BOOK = `mutation($h: ID!, $c: BusinessCategory!, $s: String!, $k: String!) {
  bookAppointment(hallId: $h, category: $c, startsAt: $s, idempotencyKey: $k) { ${BOOKING_FIELDS} }
}`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(id: $id) { ${BOOKING_FIELDS} } }`;
const CHECK_IN = `mutation($id: ID!) { checkInAppointment(id: $id) { ${BOOKING_FIELDS} } }`;
const MINE = `query { myAppointments { ${BOOKING_FIELDS} } }`;
const TAKE =
  'mutation($k: String!) { takeTicket(hallId: "hall-500238", category: GENERAL, idempotencyKey: $k) { number priority } }';
const CALL =
  'mutation { callNext(hallId: "hall-500238", windowNumber: 1) { number priority } }';

/** Tuesday 2026-03-03 09:00 in Asia/Shanghai. */
const TUESDAY_NINE = '2026-03-03T01:00:00.000Z';

interface Booking {
  id: string;
  startsAt: string;
  placeNumber: number;
  status: string;
  ticket: { id: string; number: string; priority: boolean } | null;
}

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

async function configure(
  viewer: Viewer,
  overrides: Record<string, unknown> = {},
) {
  return graphql(
    subgraph.url,
    CONFIGURE,
    {
      h: HALL,
      c: 'GENERAL',
      d: [1, 2, 3, 4, 5],
      w: [
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '17:00' },
      ],
      m: 30,
      n: 2,
      ...overrides,
    },
    viewer,
  );
}

function book(viewer: Viewer, startsAt = TUESDAY_NINE, key = newKey()) {
  return graphql<{ bookAppointment: Booking }>(
    subgraph.url,
    BOOK,
    { h: HALL, c: 'GENERAL', s: startsAt, k: key },
    viewer,
  );
}

async function booked(viewer: Viewer, startsAt = TUESDAY_NINE, key?: string) {
  const result = await book(viewer, startsAt, key);
  expect(result.errors).toBeUndefined();
  return result.data!.bookAppointment;
}

async function slotsOn(date: string) {
  const result = await graphql(subgraph.url, SLOTS, {
    h: HALL,
    c: 'GENERAL',
    d: date,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.appointmentSlots as {
    startsAt: string;
    localStart: string;
    localEnd: string;
    capacity: number;
    freePlaces: number;
  }[];
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(createHallsSubgraph({ now: () => clock }));
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  clock = new Date('2026-03-02T01:00:00Z');
  for (const model of [
    'AppointmentSlotRule',
    'Appointment',
    'AppointmentSlotClaim',
    'Ticket',
    'TicketCall',
  ])
    await subgraph.connection.model(model).deleteMany({});
  for (const collection of [SEQUENCE_COUNTERS, VERSION_CLAIMS])
    await subgraph.connection.db!.collection(collection).deleteMany({});
  expect((await configure(managerWuxi)).errors).toBeUndefined();
});

describe('configureAppointmentSlots', () => {
  it("lets the hall's manager set slots that list in Asia/Shanghai time", async () => {
    const result = await configure(managerWuxi, { n: 3, d: [2] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.configureAppointmentSlots).toMatchObject({
      hall: { id: HALL },
      weekdays: [2],
      capacity: 3,
      slotMinutes: 30,
    });

    const tuesday = await slotsOn('2026-03-03');
    expect(tuesday).toHaveLength(12);
    expect(tuesday[0]).toEqual({
      startsAt: TUESDAY_NINE,
      endsAt: '2026-03-03T01:30:00.000Z',
      localDate: '2026-03-03',
      localStart: '09:00',
      localEnd: '09:30',
      capacity: 3,
      freePlaces: 3,
    });
    expect(tuesday[6]!.localStart).toBe('14:00');
    expect(await slotsOn('2026-03-04')).toEqual([]);
  });

  it("refuses another hall's manager and a clerk of the hall", async () => {
    const other = await configure(managerYuzhong);
    const clerk = await configure(clerkWuxi);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await slotsOn('2026-03-03'))[0]!.capacity).toBe(2);
  });

  it('rejects overlapping time windows and a zero capacity', async () => {
    const overlap = await configure(managerWuxi, {
      w: [
        { start: '09:00', end: '12:00' },
        { start: '11:30', end: '13:00' },
      ],
    });
    const empty = await configure(managerWuxi, { n: 0 });
    expect(overlap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await slotsOn('2026-03-03'))[0]!.capacity).toBe(2);
  });
});

describe('bookAppointment and cancelAppointment', () => {
  it('books a place once per key and frees it on cancel', async () => {
    const alice = citizen('u-demo-citizen-1');
    const key = newKey();
    const first = await booked(alice, TUESDAY_NINE, key);
    const retried = await booked(alice, TUESDAY_NINE, key);
    expect(retried).toEqual(first);
    expect(first).toMatchObject({
      placeNumber: 1,
      status: 'BOOKED',
      localDate: '2026-03-03',
      localStart: '09:00',
    });
    expect((await slotsOn('2026-03-03'))[0]!.freePlaces).toBe(1);

    const second = await book(alice);
    expect(second.errors?.[0]?.extensions?.code).toBe('ALREADY_BOOKED');
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(1);

    const stranger = await graphql(
      subgraph.url,
      CANCEL,
      { id: first.id },
      citizen('u-demo-citizen-2'),
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const cancelled = await graphql(
      subgraph.url,
      CANCEL,
      { id: first.id },
      alice,
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelAppointment.status).toBe('CANCELLED');
    expect((await slotsOn('2026-03-03'))[0]!.freePlaces).toBe(2);
    const again = await booked(alice);
    expect(again.placeNumber).toBe(1);
  });

  it('rejects a key reused for another slot', async () => {
    const alice = citizen('u-demo-citizen-1');
    const key = newKey();
    await booked(alice, TUESDAY_NINE, key);

    const other = await book(alice, '2026-03-04T01:00:00.000Z', key);

    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(1);
  });

  it('books once when retries with one key race', async () => {
    const alice = citizen('u-demo-citizen-1');
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => book(alice, TUESDAY_NINE, key)),
    );
    const ids = results.map((r) => r.data?.bookAppointment.id);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(1);
    expect((await slotsOn('2026-03-03'))[0]!.freePlaces).toBe(1);
  });

  it('refuses to cancel once the slot has started', async () => {
    const alice = citizen('u-demo-citizen-1');
    const booking = await booked(alice);
    clock = new Date(TUESDAY_NINE);
    const late = await graphql(subgraph.url, CANCEL, { id: booking.id }, alice);
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('rejects a time that is not a slot start', async () => {
    const result = await book(
      citizen('u-demo-citizen-1'),
      '2026-03-03T01:10:00.000Z',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a six-digit year and a date that does not exist with BAD_USER_INPUT', async () => {
    for (const startsAt of [
      '+275760-09-13T00:00:00Z',
      '2026-02-30T09:00:00+08:00',
    ]) {
      const result = await book(citizen('u-demo-citizen-1'), startsAt);
      expect({ startsAt, code: result.errors?.[0]?.extensions?.code }).toEqual({
        startsAt,
        code: 'BAD_USER_INPUT',
      });
    }
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(0);
  });

  it('gives the last place to exactly one of many racing citizens', async () => {
    await booked(citizen('u-first'));
    const racers = Array.from({ length: 8 }, (_, i) => citizen(`u-racer-${i}`));
    const results = await Promise.all(racers.map((viewer) => book(viewer)));

    const winners = results.filter((r) => !r.errors);
    const codes = results
      .filter((r) => r.errors)
      .map((r) => r.errors![0]!.extensions?.code);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.data!.bookAppointment.placeNumber).toBe(2);
    expect(codes).toEqual(Array.from({ length: 7 }, () => 'SLOT_FULL'));
    expect(
      await subgraph.connection
        .model('Appointment')
        .countDocuments({ status: 'BOOKED' }),
    ).toBe(2);
    expect((await slotsOn('2026-03-03'))[0]!.freePlaces).toBe(0);
  });
});

describe('checkInAppointment', () => {
  it('issues a priority ticket that windows call first', async () => {
    const alice = citizen('u-demo-citizen-1');
    const booking = await booked(alice);

    const early = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: booking.id },
      alice,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('CHECK_IN_CLOSED');

    // The window opens at 09:00 in Asia/Shanghai; the check-in after it.
    clock = new Date('2026-03-03T01:00:00Z');
    const walkIn = await graphql(subgraph.url, TAKE, { k: newKey() });
    expect(walkIn.data!.takeTicket).toEqual({
      number: 'A001',
      priority: false,
    });

    clock = new Date('2026-03-03T01:05:00Z');
    const checkedIn = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: booking.id },
      alice,
    );
    expect(checkedIn.errors).toBeUndefined();
    const result = checkedIn.data!.checkInAppointment as Booking;
    expect(result.status).toBe('CHECKED_IN');
    expect(result.ticket).toMatchObject({ number: 'A002', priority: true });

    const byClerk = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: booking.id },
      clerkWuxi,
    );
    expect(byClerk.data!.checkInAppointment.ticket.id).toBe(result.ticket!.id);

    const called = await graphql(subgraph.url, CALL, {}, clerkWuxi);
    expect(called.data!.callNext).toEqual({ number: 'A002', priority: true });
  });

  it('lists bookings for hall staff only', async () => {
    const booking = await booked(citizen('u-demo-citizen-1'));
    await booked(citizen('u-demo-citizen-2'), '2026-03-04T01:00:00.000Z');
    const LIST =
      'query($d: String!) { hallAppointments(hallId: "hall-500238", date: $d) { id localDate status } }';

    const listed = await graphql(
      subgraph.url,
      LIST,
      { d: '2026-03-03' },
      clerkWuxi,
    );
    expect(listed.data!.hallAppointments).toEqual([
      { id: booking.id, localDate: '2026-03-03', status: 'BOOKED' },
    ]);

    const elsewhere = await graphql(
      subgraph.url,
      LIST,
      { d: '2026-03-03' },
      managerYuzhong,
    );
    const asCitizen = await graphql(
      subgraph.url,
      LIST,
      { d: '2026-03-03' },
      citizen('u-demo-citizen-1'),
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses another hall's staff", async () => {
    const booking = await booked(citizen('u-demo-citizen-1'));
    clock = new Date(TUESDAY_NINE);
    const clerkElsewhere = viewerOf(['CLERK'], {
      divisionCode: '500103',
      hallId: 'hall-500103',
    });
    const result = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: booking.id },
      clerkElsewhere,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('no-shows', () => {
  it('pause booking for 14 days after the third no-show within 30 days', async () => {
    const bob = citizen('u-demo-citizen-2');
    for (const day of ['03', '04', '05'])
      await booked(bob, `2026-03-${day}T01:00:00.000Z`);

    clock = new Date('2026-03-05T02:00:00Z');
    const mine = await graphql(subgraph.url, MINE, {}, bob);
    expect(
      (mine.data!.myAppointments as Booking[]).map((b) => b.status),
    ).toEqual(['NO_SHOW', 'NO_SHOW', 'NO_SHOW']);

    const paused = await book(bob, '2026-03-06T01:00:00.000Z');
    expect(paused.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_PAUSED',
      pausedUntil: '2026-03-19T01:30:00.000Z',
    });
    await booked(citizen('u-demo-citizen-1'), '2026-03-06T01:00:00.000Z');

    clock = new Date('2026-03-19T01:30:00Z');
    const resumed = await booked(bob, '2026-03-20T01:00:00.000Z');
    expect(resumed.status).toBe('BOOKED');
  });

  it('limits a citizen to three open bookings', async () => {
    const carol = citizen('u-test-carol');
    const first = await booked(carol, '2026-03-10T01:00:00.000Z');
    await booked(carol, '2026-03-10T01:30:00.000Z');
    await booked(carol, '2026-03-10T02:00:00.000Z');
    const fourth = await book(carol, '2026-03-10T02:30:00.000Z');
    expect(fourth.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_LIMIT_REACHED',
      limit: 3,
    });

    const cancelled = await graphql(
      subgraph.url,
      'mutation($id: ID!) { cancelAppointment(id: $id) { status } }',
      { id: first.id },
      carol,
    );
    expect(cancelled.errors).toBeUndefined();
    const again = await booked(carol, '2026-03-10T02:30:00.000Z');
    expect(again.status).toBe('BOOKED');
  });
});

describe('recorded no-shows, late cancellations and races', () => {
  it('gives the last place to one of two bookings racing for it', async () => {
    await configure(managerWuxi, { n: 1 });
    const [first, second] = await Promise.all([
      book(citizen('u-race-a')),
      book(citizen('u-race-b')),
    ]);
    const outcomes = [first, second].map(
      (r) => r.errors?.[0]?.extensions?.code ?? 'BOOKED',
    );
    expect(outcomes.sort()).toEqual(['BOOKED', 'SLOT_FULL']);
    expect(
      await subgraph.connection.model('Appointment').countDocuments(),
    ).toBe(1);
  });

  it('records a missed booking as NO_SHOW in the database', async () => {
    const dave = citizen('u-test-dave');
    const booking = await booked(dave);
    clock = new Date('2026-03-03T01:30:00Z');
    await graphql(
      subgraph.url,
      'query { hallAppointments(hallId: "hall-500238", date: "2026-03-03") { id status } }',
      {},
      clerkWuxi,
    );
    const stored = await subgraph.connection
      .model('Appointment')
      .findById(booking.id)
      .lean<{ status: string }>();
    const late = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: booking.id },
      dave,
    );
    expect(stored!.status).toBe('NO_SHOW');
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('counts cancellations less than 2 hours before the start like no-shows', async () => {
    const erin = citizen('u-test-erin');
    const early = await booked(erin, '2026-03-03T06:00:00.000Z');
    // The day before: not late.
    await graphql(subgraph.url, CANCEL, { id: early.id }, erin);
    const cancelledAt: string[] = [];
    for (const day of ['03', '04', '05']) {
      clock = new Date(`2026-03-${day}T00:00:00Z`);
      const booking = await booked(erin, `2026-03-${day}T01:00:00.000Z`);
      clock = new Date(`2026-03-${day}T00:30:00Z`);
      const cancelled = await graphql(
        subgraph.url,
        `
          mutation ($id: ID!) {
            cancelAppointment(id: $id) {
              status
              lateCancellation
            }
          }
        `,
        { id: booking.id },
        erin,
      );
      expect(cancelled.data!.cancelAppointment).toEqual({
        status: 'CANCELLED',
        lateCancellation: true,
      });
      cancelledAt.push(clock.toISOString());
    }
    const paused = await book(erin, '2026-03-06T01:00:00.000Z');
    expect(paused.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_PAUSED',
      pausedUntil: '2026-03-19T00:30:00.000Z',
    });
    expect(cancelledAt[2]).toBe('2026-03-05T00:30:00.000Z');
  });

  it('keeps a citizen to three open bookings when bookings race', async () => {
    const frank = citizen('u-test-frank');
    const starts = [
      '2026-03-10T01:00:00.000Z',
      '2026-03-10T01:30:00.000Z',
      '2026-03-10T02:00:00.000Z',
      '2026-03-10T02:30:00.000Z',
      '2026-03-11T01:00:00.000Z',
      '2026-03-11T01:30:00.000Z',
    ];
    const results = await Promise.all(starts.map((s) => book(frank, s)));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(
      results
        .filter((r) => r.errors)
        .map((r) => r.errors![0]!.extensions?.code),
    ).toEqual([
      'BOOKING_LIMIT_REACHED',
      'BOOKING_LIMIT_REACHED',
      'BOOKING_LIMIT_REACHED',
    ]);
    expect(
      await subgraph.connection
        .model('Appointment')
        .countDocuments({ citizenId: frank.userId }),
    ).toBe(3);
  });

  it('never leaves a ticket behind when a check-in races a cancel', async () => {
    await configure(managerWuxi, { n: 6 });
    const people = Array.from({ length: 6 }, (_, i) =>
      citizen(`u-checkin-race-${i}`),
    );
    const bookings = [];
    for (const person of people) bookings.push(await booked(person));
    // Tuesday 08:45: check-in is open and the slot has not started.
    clock = new Date('2026-03-03T00:45:00Z');
    await Promise.all(
      bookings.map((b, i) =>
        Promise.all([
          graphql(subgraph.url, CHECK_IN, { id: b.id }, clerkWuxi),
          graphql(subgraph.url, CANCEL, { id: b.id }, people[i]!),
        ]),
      ),
    );
    for (const b of bookings) {
      const stored = await subgraph.connection
        .model('Appointment')
        .findById(b.id)
        .lean<{ status: string; ticketId: string | null }>();
      const tickets = await subgraph.connection
        .model('Ticket')
        .countDocuments({ idempotencyKey: `checkin-${b.id}` });
      expect(['CANCELLED', 'CHECKED_IN']).toContain(stored!.status);
      expect(tickets).toBe(stored!.status === 'CHECKED_IN' ? 1 : 0);
      expect(stored!.ticketId !== null).toBe(stored!.status === 'CHECKED_IN');
    }
  });
});
