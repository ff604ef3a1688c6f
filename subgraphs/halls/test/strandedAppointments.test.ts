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
import type { AppointmentDocument, HallModels } from '../src/model.js';
import {
  cancelIfStranded,
  notifyPendingHallCancellations,
} from '../src/strandedAppointments.js';

let subgraph: RunningSubgraph;
/** Clock of the subgraph under test: Monday 2026-03-02 09:00 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-02T01:00:00Z');

const HALL = 'hall-500238';
const manager = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500238',
  hallId: HALL,
});
const otherManager = viewerOf(['HALL_MANAGER'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});
const clerk = viewerOf(['CLERK'], { divisionCode: '500238', hallId: HALL });
const citizen = (userId: string): Viewer => viewerOf(['CITIZEN'], { userId });

/** Tuesday 2026-03-03 09:00 in Asia/Shanghai. */
const TUESDAY_NINE = '2026-03-03T01:00:00.000Z';
/** Tuesday 2026-03-03 09:30 in Asia/Shanghai. */
const TUESDAY_NINE_THIRTY = '2026-03-03T01:30:00.000Z';
/** Wednesday 2026-03-04 09:00 in Asia/Shanghai. */
const WEDNESDAY_NINE = '2026-03-04T01:00:00.000Z';

const BOOKING_FIELDS = 'id status cancelledBy lateCancellation placeNumber';
const WINDOWS = `mutation($h: ID!, $w: [WindowInput!]!, $a: StrandedAppointmentAction) {
  configureWindows(hallId: $h, windows: $w, strandedAppointments: $a) {
    windows { number weekdays }
    cancelledAppointmentCount
  }
}`;
const RULE = `mutation {
  configureAppointmentSlots(hallId: "${HALL}", category: GENERAL, weekdays: [1, 2, 3, 4, 5],
    timeWindows: [{ start: "09:00", end: "12:00" }, { start: "14:00", end: "17:00" }],
    slotMinutes: 30, capacity: 4) { capacity }
}`;
const SLOTS = `query($d: String!) {
  appointmentSlots(hallId: "${HALL}", category: GENERAL, date: $d) { localStart capacity freePlaces }
}`;
const BOOK = `mutation($s: String!, $k: String!) {
  bookAppointment(hallId: "${HALL}", category: GENERAL, startsAt: $s, idempotencyKey: $k) { ${BOOKING_FIELDS} }
}`;
const MINE = `query { myAppointments { ${BOOKING_FIELDS} } }`;
const NOTIFICATIONS = `query { myAppointmentNotifications { id kind text sentAt appointment { id status } } }`;
const STRANDED = `query($h: ID!) { strandedAppointments(hallId: $h) { ${BOOKING_FIELDS} localDate localStart localEnd } }`;
const CANCEL_STRANDED = `mutation($h: ID!, $k: String!) {
  cancelStrandedAppointments(hallId: $h, idempotencyKey: $k) {
    id cancelledCount cancelledAt hall { id } appointments { ${BOOKING_FIELDS} }
  }
}`;
const CHECK_IN = `mutation($id: ID!) { checkInAppointment(id: $id) { status } }`;

interface WindowInput {
  number: number;
  name: string;
  category: 'COMPREHENSIVE';
  businessCategories: string[];
  departmentCode: null;
  mail: boolean;
  weekdays: number[];
  openingTimes: { start: string; end: string }[];
  assignedStaffUserIds: string[];
}

interface Booking {
  id: string;
  status: string;
  cancelledBy: string | null;
  lateCancellation: boolean;
  placeNumber: number;
}

const FULL_DAY = [
  { start: '09:00', end: '12:00' },
  { start: '14:00', end: '17:00' },
];

function window(
  number: number,
  businessCategories: string[],
  weekdays = [1, 2, 3, 4, 5],
  openingTimes = FULL_DAY,
): WindowInput {
  return {
    number,
    name: `${number}号综合窗口`,
    category: 'COMPREHENSIVE',
    businessCategories,
    departmentCode: null,
    mail: false,
    weekdays,
    openingTimes,
    assignedStaffUserIds: [],
  };
}

/** Windows 1 and 2 serve GENERAL; window 3 serves the hall's other seeded appointment categories. */
function windows(
  one: Partial<WindowInput> = {},
  two: Partial<WindowInput> = {},
): WindowInput[] {
  return [
    { ...window(1, ['GENERAL']), ...one },
    { ...window(2, ['GENERAL']), ...two },
    window(3, ['MARKET_ENTRY', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS']),
  ];
}

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

function configureWindows(
  input: WindowInput[],
  action?: 'REJECT' | 'CANCEL_AND_NOTIFY',
  viewer: Viewer = manager,
  hallId = HALL,
) {
  return graphql<{
    configureWindows: {
      windows: { number: number; weekdays: number[] }[];
      cancelledAppointmentCount: number | null;
    };
  }>(subgraph.url, WINDOWS, { h: hallId, w: input, a: action }, viewer);
}

async function booked(viewer: Viewer, startsAt = TUESDAY_NINE) {
  const result = await graphql<{ bookAppointment: Booking }>(
    subgraph.url,
    BOOK,
    { s: startsAt, k: newKey() },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.bookAppointment;
}

async function bookingsOf(viewer: Viewer) {
  const result = await graphql<{ myAppointments: Booking[] }>(
    subgraph.url,
    MINE,
    {},
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.myAppointments;
}

async function notificationsOf(viewer: Viewer) {
  const result = await graphql<{
    myAppointmentNotifications: {
      id: string;
      kind: string;
      text: string;
      appointment: { id: string; status: string };
    }[];
  }>(subgraph.url, NOTIFICATIONS, {}, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.myAppointmentNotifications;
}

async function slotsOn(date: string) {
  const result = await graphql<{
    appointmentSlots: {
      localStart: string;
      capacity: number;
      freePlaces: number;
    }[];
  }>(subgraph.url, SLOTS, { d: date });
  expect(result.errors).toBeUndefined();
  return result.data!.appointmentSlots;
}

function stranded(viewer: Viewer = manager, hallId = HALL) {
  return graphql<{
    strandedAppointments: (Booking & {
      localDate: string;
      localStart: string;
      localEnd: string;
    })[];
  }>(subgraph.url, STRANDED, { h: hallId }, viewer);
}

function cancelStranded(key: string, viewer: Viewer = manager, hallId = HALL) {
  return graphql<{
    cancelStrandedAppointments: {
      id: string;
      cancelledCount: number;
      cancelledAt: string;
      hall: { id: string };
      appointments: Booking[];
    };
  }>(subgraph.url, CANCEL_STRANDED, { h: hallId, k: key }, viewer);
}

/** Closes every GENERAL window on Tuesdays directly in the database, as an older release allowed. */
async function strandTuesdayWithoutCheck() {
  const closed = windows(
    { weekdays: [1, 3, 4, 5] },
    { weekdays: [1, 3, 4, 5] },
  );
  await subgraph.connection
    .model('Hall')
    .updateOne({ _id: HALL }, { $set: { windows: closed } });
}

/** Collects the models of the running subgraph that the stranded-booking functions use. */
function models(): HallModels {
  const { connection } = subgraph;
  return {
    Hall: connection.model('Hall'),
    Appointment: connection.model('Appointment'),
    SlotClaim: connection.model('AppointmentSlotClaim'),
    AppointmentNotification: connection.model('AppointmentNotification'),
  } as unknown as HallModels;
}

function storedBooking(id: string) {
  return subgraph.connection
    .model('Appointment')
    .findById(id)
    .lean<AppointmentDocument>();
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
  clock = new Date('2026-03-02T01:00:00Z');
  for (const model of [
    'Appointment',
    'AppointmentSlotClaim',
    'AppointmentNotification',
    'StrandedCancellation',
    'Ticket',
    'TicketCall',
  ])
    await subgraph.connection.model(model).deleteMany({});
  for (const collection of [SEQUENCE_COUNTERS, VERSION_CLAIMS])
    await subgraph.connection.db!.collection(collection).deleteMany({});
  const reset = await configureWindows(windows());
  expect(reset.errors).toBeUndefined();
  const rule = await graphql(subgraph.url, RULE, {}, manager);
  expect(rule.errors).toBeUndefined();
});

describe('configureWindows with booked appointments', () => {
  it('rejects weekday narrowing that strands bookings', async () => {
    const alice = citizen('stranded-alice');
    const booking = await booked(alice);
    await booked(citizen('stranded-bob'), WEDNESDAY_NINE);

    const result = await configureWindows(
      windows({ weekdays: [1, 3, 4, 5] }, { weekdays: [1, 3, 4, 5] }),
    );

    expect(codeOf(result)).toBe('APPOINTMENTS_STRANDED');
    expect(result.errors![0]!.extensions).toMatchObject({
      count: 1,
      categories: ['GENERAL'],
      dates: ['2026-03-03'],
    });
    expect(result.errors![0]!.message).toContain('CANCEL_AND_NOTIFY');
    const hall = await graphql<{
      hall: { windows: { weekdays: number[] }[] };
    }>(subgraph.url, `query { hall(id: "${HALL}") { windows { weekdays } } }`);
    expect(hall.data!.hall.windows[0]!.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(hall.data!.hall.windows[1]!.weekdays).toEqual([1, 2, 3, 4, 5]);
    const [mine] = await bookingsOf(alice);
    expect(mine!.id).toBe(booking.id);
    expect(mine!.status).toBe('BOOKED');
    expect(await notificationsOf(alice)).toEqual([]);
  });

  it('rejects closing the hours of a booked slot', async () => {
    await booked(citizen('stranded-carol'));

    const mornings = [{ start: '10:00', end: '12:00' }];
    const result = await configureWindows(
      windows({ openingTimes: mornings }, { openingTimes: mornings }),
    );

    expect(codeOf(result)).toBe('APPOINTMENTS_STRANDED');
    expect(result.errors![0]!.extensions!.count).toBe(1);
  });

  it('rejects removing the last window of a category', async () => {
    await booked(citizen('stranded-dave'));

    const result = await configureWindows([
      window(3, ['MARKET_ENTRY', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS']),
      window(4, ['MARKET_ENTRY']),
    ]);

    expect(codeOf(result)).toBe('APPOINTMENTS_STRANDED');
  });

  it('accepts narrowing one window while another serves', async () => {
    const erin = citizen('stranded-erin');
    await booked(erin);

    const result = await configureWindows(
      windows({}, { weekdays: [1, 3, 4, 5] }),
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.configureWindows.windows[1]!.weekdays).toEqual([
      1, 3, 4, 5,
    ]);
    const [mine] = await bookingsOf(erin);
    expect(mine!.status).toBe('BOOKED');
  });

  it('cancels and notifies with CANCEL_AND_NOTIFY', async () => {
    const frank = citizen('stranded-frank');
    const grace = citizen('stranded-grace');
    const frankBooking = await booked(frank);
    const graceBooking = await booked(grace);
    const wednesday = await booked(grace, WEDNESDAY_NINE);

    const result = await configureWindows(
      windows({ weekdays: [1, 3, 4, 5] }, { weekdays: [1, 3, 4, 5] }),
      'CANCEL_AND_NOTIFY',
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.configureWindows.windows[0]!.weekdays).toEqual([
      1, 3, 4, 5,
    ]);
    expect(result.data!.configureWindows.cancelledAppointmentCount).toBe(2);
    const [frankNow] = await bookingsOf(frank);
    expect(frankNow).toMatchObject({
      id: frankBooking.id,
      status: 'CANCELLED',
      cancelledBy: 'HALL',
      lateCancellation: false,
    });
    const graceNow = await bookingsOf(grace);
    expect(graceNow.find((b) => b.id === graceBooking.id)!.status).toBe(
      'CANCELLED',
    );
    expect(graceNow.find((b) => b.id === wednesday.id)!.status).toBe('BOOKED');

    const frankMessages = await notificationsOf(frank);
    expect(frankMessages).toHaveLength(1);
    expect(frankMessages[0]!.kind).toBe('CANCELLED_BY_HALL');
    expect(frankMessages[0]!.id).toBe(`${frankBooking.id}/cancelled`);
    expect(frankMessages[0]!.appointment).toEqual({
      id: frankBooking.id,
      status: 'CANCELLED',
    });
    expect(frankMessages[0]!.text).toContain('2026-03-03 09:00-09:30');
    expect(frankMessages[0]!.text).toContain('（综合业务）');
    const graceMessages = await notificationsOf(grace);
    expect(graceMessages).toHaveLength(1);
    expect(graceMessages[0]!.appointment.id).toBe(graceBooking.id);

    clock = new Date('2026-03-03T00:45:00Z');
    const checkIn = await graphql(
      subgraph.url,
      CHECK_IN,
      { id: frankBooking.id },
      frank,
    );
    expect(codeOf(checkIn)).toBe('INVALID_STATE');
  });

  it('cancels and notifies once on a retry', async () => {
    const heidi = citizen('stranded-heidi');
    await booked(heidi);
    const narrowed = windows(
      { weekdays: [1, 3, 4, 5] },
      { weekdays: [1, 3, 4, 5] },
    );

    const first = await configureWindows(narrowed, 'CANCEL_AND_NOTIFY');
    const retry = await configureWindows(narrowed, 'CANCEL_AND_NOTIFY');
    const plain = await configureWindows(narrowed);

    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(plain.errors).toBeUndefined();
    expect(first.data!.configureWindows.cancelledAppointmentCount).toBe(1);
    expect(retry.data!.configureWindows.cancelledAppointmentCount).toBe(0);
    expect(plain.data!.configureWindows.cancelledAppointmentCount).toBe(0);
    expect(await notificationsOf(heidi)).toHaveLength(1);
    expect(
      await subgraph.connection
        .model('AppointmentNotification')
        .countDocuments(),
    ).toBe(1);
    const [mine] = await bookingsOf(heidi);
    expect(mine!.status).toBe('CANCELLED');
  });

  it('counts cancellations only in its own result', async () => {
    await booked(citizen('count-ines'));
    const narrowed = windows(
      { weekdays: [1, 3, 4, 5] },
      { weekdays: [1, 3, 4, 5] },
    );

    const change = await configureWindows(narrowed, 'CANCEL_AND_NOTIFY');
    const read = await graphql<{
      hall: { cancelledAppointmentCount: number | null };
    }>(
      subgraph.url,
      `
        query ($h: ID!) {
          hall(id: $h) {
            cancelledAppointmentCount
          }
        }
      `,
      { h: HALL },
    );

    expect(change.errors).toBeUndefined();
    expect(change.data!.configureWindows.cancelledAppointmentCount).toBe(1);
    expect(read.errors).toBeUndefined();
    expect(read.data!.hall.cancelledAppointmentCount).toBeNull();
  });

  it('changes nothing on invalid windows with CANCEL_AND_NOTIFY', async () => {
    const ivan = citizen('stranded-ivan');
    await booked(ivan);

    const result = await configureWindows(
      windows({ weekdays: [1, 3, 4, 5] }, { weekdays: [8] }),
      'CANCEL_AND_NOTIFY',
    );

    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const [mine] = await bookingsOf(ivan);
    expect(mine!.status).toBe('BOOKED');
    expect(await notificationsOf(ivan)).toEqual([]);
  });

  it("rejects another hall's manager and a clerk", async () => {
    const judy = citizen('stranded-judy');
    await booked(judy);
    const narrowed = windows(
      { weekdays: [1, 3, 4, 5] },
      { weekdays: [1, 3, 4, 5] },
    );

    const other = await configureWindows(
      narrowed,
      'CANCEL_AND_NOTIFY',
      otherManager,
    );
    const byClerk = await configureWindows(
      narrowed,
      'CANCEL_AND_NOTIFY',
      clerk,
    );

    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(byClerk)).toBe('FORBIDDEN');
    const [mine] = await bookingsOf(judy);
    expect(mine!.status).toBe('BOOKED');
  });
});

describe('slot capacity', () => {
  it('counts only windows open that day', async () => {
    const narrowed = await configureWindows(
      windows({}, { weekdays: [1, 3, 4, 5] }),
    );
    expect(narrowed.errors).toBeUndefined();

    const tuesday = await slotsOn('2026-03-03');
    const wednesday = await slotsOn('2026-03-04');

    expect(tuesday[0]).toEqual({
      localStart: '09:00',
      capacity: 2,
      freePlaces: 2,
    });
    expect(wednesday[0]).toEqual({
      localStart: '09:00',
      capacity: 4,
      freePlaces: 4,
    });

    await booked(citizen('capacity-a'));
    await booked(citizen('capacity-b'));
    const third = await graphql(
      subgraph.url,
      BOOK,
      { s: TUESDAY_NINE, k: newKey() },
      citizen('capacity-c'),
    );
    expect(codeOf(third)).toBe('SLOT_FULL');
  });

  it('counts only windows open at that time', async () => {
    const mornings = await configureWindows(
      windows({}, { openingTimes: [{ start: '09:00', end: '12:00' }] }),
    );
    expect(mornings.errors).toBeUndefined();

    const wednesday = await slotsOn('2026-03-04');

    expect(wednesday.find((s) => s.localStart === '09:00')!.capacity).toBe(4);
    expect(wednesday.find((s) => s.localStart === '14:00')!.capacity).toBe(2);
  });

  it('keeps places taken before a window closed', async () => {
    const early = [
      citizen('overflow-a'),
      citizen('overflow-b'),
      citizen('overflow-c'),
    ];
    const bookings = [];
    for (const viewer of early)
      bookings.push(await booked(viewer, WEDNESDAY_NINE));
    expect(bookings.map((b) => b.placeNumber)).toEqual([1, 2, 3]);
    const narrowed = await configureWindows(
      windows({}, { weekdays: [1, 2, 4, 5] }),
    );
    expect(narrowed.errors).toBeUndefined();

    const full = await slotsOn('2026-03-04');
    expect(full[0]).toEqual({
      localStart: '09:00',
      capacity: 2,
      freePlaces: 0,
    });
    const cancel = await graphql(
      subgraph.url,
      `
        mutation ($id: ID!) {
          cancelAppointment(id: $id) {
            status
            cancelledBy
          }
        }
      `,
      { id: bookings[0]!.id },
      early[0],
    );
    expect(cancel.data).toEqual({
      cancelAppointment: { status: 'CANCELLED', cancelledBy: 'CITIZEN' },
    });
    const late = await graphql(
      subgraph.url,
      BOOK,
      { s: WEDNESDAY_NINE, k: newKey() },
      citizen('overflow-d'),
    );

    expect(codeOf(late)).toBe('SLOT_FULL');
  });
});

describe('bookings stranded by earlier changes', () => {
  it('lists them for the hall manager', async () => {
    const kim = citizen('earlier-kim');
    const booking = await booked(kim);
    await booked(citizen('earlier-lee'), WEDNESDAY_NINE);
    await strandTuesdayWithoutCheck();

    const result = await stranded();

    expect(result.errors).toBeUndefined();
    expect(result.data!.strandedAppointments).toHaveLength(1);
    expect(result.data!.strandedAppointments[0]).toMatchObject({
      id: booking.id,
      status: 'BOOKED',
      localDate: '2026-03-03',
      localStart: '09:00',
      localEnd: '09:30',
    });
  });

  it('does not block an unrelated window change', async () => {
    const mia = citizen('earlier-mia');
    await booked(mia);
    await strandTuesdayWithoutCheck();

    const renamed = windows(
      { weekdays: [1, 3, 4, 5], name: '1号窗口（改名）' },
      { weekdays: [1, 3, 4, 5] },
    );
    const result = await configureWindows(renamed);

    expect(result.errors).toBeUndefined();
    const [mine] = await bookingsOf(mia);
    expect(mine!.status).toBe('BOOKED');
    expect((await stranded()).data!.strandedAppointments).toHaveLength(1);
  });

  it('cancels them with a notification each', async () => {
    const nina = citizen('earlier-nina');
    const oscar = citizen('earlier-oscar');
    const ninaBooking = await booked(nina);
    await booked(oscar);
    const kept = await booked(oscar, WEDNESDAY_NINE);
    await strandTuesdayWithoutCheck();

    const result = await cancelStranded(newKey());

    expect(result.errors).toBeUndefined();
    const outcome = result.data!.cancelStrandedAppointments;
    expect(outcome.cancelledCount).toBe(2);
    expect(outcome.hall.id).toBe(HALL);
    expect(outcome.appointments.map((b) => b.status)).toEqual([
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(outcome.appointments.map((b) => b.cancelledBy)).toEqual([
      'HALL',
      'HALL',
    ]);
    expect(outcome.appointments.map((b) => b.id)).toContain(ninaBooking.id);
    expect(await notificationsOf(nina)).toHaveLength(1);
    expect(await notificationsOf(oscar)).toHaveLength(1);
    const oscarNow = await bookingsOf(oscar);
    expect(oscarNow.find((b) => b.id === kept.id)!.status).toBe('BOOKED');
    expect((await stranded()).data!.strandedAppointments).toEqual([]);
  });

  it('returns the first result on a retry', async () => {
    const pat = citizen('earlier-pat');
    await booked(pat);
    await strandTuesdayWithoutCheck();
    const key = newKey();

    const first = await cancelStranded(key);
    const retry = await cancelStranded(key);
    const fresh = await cancelStranded(newKey());

    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.cancelStrandedAppointments.id).toBe(
      first.data!.cancelStrandedAppointments.id,
    );
    expect(retry.data!.cancelStrandedAppointments.cancelledCount).toBe(1);
    expect(retry.data!.cancelStrandedAppointments.cancelledAt).toBe(
      first.data!.cancelStrandedAppointments.cancelledAt,
    );
    expect(fresh.data!.cancelStrandedAppointments.cancelledCount).toBe(0);
    expect(await notificationsOf(pat)).toHaveLength(1);
    expect(
      await subgraph.connection
        .model('AppointmentNotification')
        .countDocuments(),
    ).toBe(1);
  });

  it('lists every booking for concurrent retries', async () => {
    const people = ['same-key-ada', 'same-key-bo', 'same-key-cy'].map(citizen);
    const bookingIds: string[] = [];
    for (const person of people)
      for (const startsAt of [TUESDAY_NINE, TUESDAY_NINE_THIRTY])
        bookingIds.push((await booked(person, startsAt)).id);
    await strandTuesdayWithoutCheck();
    const key = newKey();

    const [first, second] = await Promise.all([
      cancelStranded(key),
      cancelStranded(key),
    ]);

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const results = [
      first.data!.cancelStrandedAppointments,
      second.data!.cancelStrandedAppointments,
    ];
    for (const result of results) {
      expect(result.id).toBe(results[0]!.id);
      expect(result.cancelledAt).toBe(results[0]!.cancelledAt);
      expect(result.cancelledCount).toBe(bookingIds.length);
      expect(result.appointments.map((b) => b.id).sort()).toEqual(
        [...bookingIds].sort(),
      );
    }
    expect(
      await subgraph.connection
        .model('Appointment')
        .countDocuments({ cancelledBy: 'HALL' }),
    ).toBe(bookingIds.length);
    for (const person of people)
      expect(await notificationsOf(person)).toHaveLength(2);
  });

  it('takes over an abandoned claim', async () => {
    const key = newKey();
    const empty = await cancelStranded(key);
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.cancelStrandedAppointments.cancelledCount).toBe(0);
    // The stored result now looks like a claim whose process stopped two
    // minutes ago before it cancelled anything.
    await subgraph.connection.model('StrandedCancellation').updateOne(
      { _id: empty.data!.cancelStrandedAppointments.id },
      {
        $set: {
          inProgress: true,
          claimedAt: new Date(Date.now() - 120_000),
        },
      },
    );
    const sam = citizen('abandoned-sam');
    const booking = await booked(sam);
    await strandTuesdayWithoutCheck();

    const retry = await cancelStranded(key);

    expect(retry.errors).toBeUndefined();
    const outcome = retry.data!.cancelStrandedAppointments;
    expect(outcome.id).toBe(empty.data!.cancelStrandedAppointments.id);
    expect(outcome.cancelledCount).toBe(1);
    expect(outcome.appointments.map((b) => b.id)).toEqual([booking.id]);
    expect(await notificationsOf(sam)).toHaveLength(1);
    const stored = await subgraph.connection
      .model('StrandedCancellation')
      .findById(outcome.id)
      .lean<{ inProgress: boolean }>();
    expect(stored!.inProgress).toBe(false);
  });

  it('rejects a bad idempotency key', async () => {
    const quinn = citizen('earlier-quinn');
    await booked(quinn);
    await strandTuesdayWithoutCheck();

    const result = await cancelStranded('short');

    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const [mine] = await bookingsOf(quinn);
    expect(mine!.status).toBe('BOOKED');
  });

  it('rejects wrong roles and other halls', async () => {
    const rosa = citizen('earlier-rosa');
    await booked(rosa);
    await strandTuesdayWithoutCheck();

    const listByClerk = await stranded(clerk);
    const listByOther = await stranded(otherManager);
    const cancelByCitizen = await cancelStranded(newKey(), rosa);
    const cancelByClerk = await cancelStranded(newKey(), clerk);
    const cancelByOther = await cancelStranded(newKey(), otherManager);
    const anonymous = await graphql(subgraph.url, NOTIFICATIONS, {});
    const notificationsByManager = await graphql(
      subgraph.url,
      NOTIFICATIONS,
      {},
      manager,
    );

    expect(codeOf(listByClerk)).toBe('FORBIDDEN');
    expect(codeOf(listByOther)).toBe('FORBIDDEN');
    expect(codeOf(cancelByCitizen)).toBe('FORBIDDEN');
    expect(codeOf(cancelByClerk)).toBe('FORBIDDEN');
    expect(codeOf(cancelByOther)).toBe('FORBIDDEN');
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(notificationsByManager)).toBe('FORBIDDEN');
    const [mine] = await bookingsOf(rosa);
    expect(mine!.status).toBe('BOOKED');
  });
});

describe('cancelIfStranded', () => {
  it('keeps a servable booking', async () => {
    const booking = await booked(citizen('race-sam'));

    const stranded = await cancelIfStranded(
      models(),
      (await storedBooking(booking.id))!,
      clock,
    );

    expect(stranded).toBe(false);
    expect((await storedBooking(booking.id))!.status).toBe('BOOKED');
  });

  it('cancels a booking a change stranded', async () => {
    const tina = citizen('race-tina');
    const booking = await booked(tina);
    await strandTuesdayWithoutCheck();
    const stored = (await storedBooking(booking.id))!;

    const first = await cancelIfStranded(models(), stored, clock);
    const again = await cancelIfStranded(models(), stored, clock);

    expect(first).toBe(true);
    expect(again).toBe(true);
    const cancelled = (await storedBooking(booking.id))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.cancelledBy).toBe('HALL');
    expect(cancelled.notifiedAt).not.toBeNull();
    expect(await notificationsOf(tina)).toHaveLength(1);
    const claims = await subgraph.connection
      .model('AppointmentSlotClaim')
      .countDocuments({ appointmentId: booking.id });
    expect(claims).toBe(0);
  });
});

describe('notifyPendingHallCancellations', () => {
  it('writes notifications a crash left out', async () => {
    const uma = citizen('pending-uma');
    const booking = await booked(uma);
    await strandTuesdayWithoutCheck();
    await cancelIfStranded(models(), (await storedBooking(booking.id))!, clock);
    await subgraph.connection.model('AppointmentNotification').deleteMany({});
    await subgraph.connection
      .model('Appointment')
      .updateOne({ _id: booking.id }, { $set: { notifiedAt: null } });

    const marked = await notifyPendingHallCancellations(models(), clock);
    const repeated = await notifyPendingHallCancellations(models(), clock);

    expect(marked).toBe(1);
    expect(repeated).toBe(0);
    const messages = await notificationsOf(uma);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.appointment.id).toBe(booking.id);
  });
});

describe('notifyHallCancellations', () => {
  it('tolerates concurrent runs for one hall', async () => {
    // Every booking that races a window change runs the hall's notification
    // step, so several requests write the same notifications at once.
    const people = ['race-vera', 'race-wang', 'race-xu'].map(citizen);
    const bookings = [];
    for (const person of people) bookings.push(await booked(person));
    await strandTuesdayWithoutCheck();
    for (const booking of bookings)
      await cancelIfStranded(
        models(),
        (await storedBooking(booking.id))!,
        clock,
      );
    for (let round = 0; round < 5; round += 1) {
      await subgraph.connection.model('AppointmentNotification').deleteMany({});
      await subgraph.connection
        .model('Appointment')
        .updateMany({}, { $set: { notifiedAt: null } });

      const runs = await Promise.allSettled(
        Array.from({ length: 8 }, () =>
          notifyPendingHallCancellations(models(), clock),
        ),
      );

      expect(runs.filter((run) => run.status === 'rejected')).toEqual([]);
      for (const person of people)
        expect(await notificationsOf(person)).toHaveLength(1);
    }
  });
});

describe('bookAppointment retries', () => {
  it('repeats HALL_CLOSED for a booking the hall cancelled', async () => {
    // The first request ended in HALL_CLOSED after cancelIfStranded, so a
    // retry with its key must not report the cancelled booking as booked.
    const yan = citizen('retry-yan');
    const key = newKey();
    const first = await graphql<{ bookAppointment: Booking }>(
      subgraph.url,
      BOOK,
      { s: TUESDAY_NINE, k: key },
      yan,
    );
    expect(first.errors).toBeUndefined();
    await strandTuesdayWithoutCheck();
    const stored = (await storedBooking(first.data!.bookAppointment.id))!;
    await cancelIfStranded(models(), stored, clock);

    const retry = await graphql<{ bookAppointment: Booking }>(
      subgraph.url,
      BOOK,
      { s: TUESDAY_NINE, k: key },
      yan,
    );

    expect(codeOf(retry)).toBe('HALL_CLOSED');
    expect(retry.data?.bookAppointment ?? null).toBeNull();
  });

  it('returns a booking the citizen cancelled', async () => {
    const zhou = citizen('retry-zhou');
    const key = newKey();
    const first = await graphql<{ bookAppointment: Booking }>(
      subgraph.url,
      BOOK,
      { s: TUESDAY_NINE, k: key },
      zhou,
    );
    expect(first.errors).toBeUndefined();
    const cancel = await graphql(
      subgraph.url,
      `
        mutation ($id: ID!) {
          cancelAppointment(id: $id) {
            status
          }
        }
      `,
      { id: first.data!.bookAppointment.id },
      zhou,
    );
    expect(cancel.errors).toBeUndefined();

    const retry = await graphql<{ bookAppointment: Booking }>(
      subgraph.url,
      BOOK,
      { s: TUESDAY_NINE, k: key },
      zhou,
    );

    expect(retry.errors).toBeUndefined();
    expect(retry.data!.bookAppointment.status).toBe('CANCELLED');
    expect(retry.data!.bookAppointment.cancelledBy).toBe('CITIZEN');
  });
});
