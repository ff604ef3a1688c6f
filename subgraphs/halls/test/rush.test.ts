import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

// A simulated morning rush at one hall: several hundred tickets of four
// categories, some with priority, taken from 08:30 on and served by five
// windows that skip, recall and transfer tickets. A model of the queue
// written here predicts every call and every figure, and the subgraph
// must agree with it call by call.

const HALL = 'hall-500238';
const DAY = '2026-03-02';
/** 08:30 on Monday 2 March 2026 in Asia/Shanghai. */
const START = Date.parse('2026-03-02T00:30:00Z');
const TICKETS = 300;

let clock = new Date(START);
let subgraph: RunningSubgraph;

const wuxi = { divisionCode: '500238', hallId: HALL };
const manager = viewerOf(['HALL_MANAGER'], { ...wuxi, name: '赵主任' });
const clerks = [1, 2, 3, 4, 5].map((n) =>
  viewerOf(['WINDOW_STAFF'], { ...wuxi, name: `窗口${n}号员` }),
);
const outsider = viewerOf(['WINDOW_STAFF'], { ...wuxi, name: '未分配' });

type Category =
  'GENERAL' | 'MARKET_ENTRY' | 'SOCIAL_SECURITY' | 'CIVIL_AFFAIRS';

interface WindowSpec {
  number: number;
  categories: Category[];
  category: 'COMPREHENSIVE' | 'DEDICATED';
  departmentCode: string | null;
}

const WINDOWS: WindowSpec[] = [
  {
    number: 1,
    categories: ['GENERAL', 'MARKET_ENTRY', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS'],
    category: 'COMPREHENSIVE',
    departmentCode: null,
  },
  {
    number: 2,
    categories: ['GENERAL', 'CIVIL_AFFAIRS'],
    category: 'COMPREHENSIVE',
    departmentCode: null,
  },
  {
    number: 3,
    categories: ['MARKET_ENTRY'],
    category: 'DEDICATED',
    departmentCode: 'CQ-SCJG',
  },
  {
    number: 4,
    categories: ['SOCIAL_SECURITY'],
    category: 'DEDICATED',
    departmentCode: 'CQ-RS',
  },
  {
    number: 5,
    categories: ['GENERAL'],
    category: 'COMPREHENSIVE',
    departmentCode: null,
  },
];

/** A deterministic generator (a 32-bit linear congruential one), so every run simulates the same morning. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A valid resident ID-card number of someone born on `birth` (YYYYMMDD) in 巫溪县. */
function idCard(birth: string, serial: number): string {
  const first17 = `500238${birth}${String(serial).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

// ----- the model -----

interface ModelTicket {
  id: string;
  category: Category;
  takenAt: number;
  rank: number;
  queuedAt: number;
  target: number | null;
  status: 'WAITING' | 'CALLED' | 'SERVED' | 'SKIPPED';
}

interface ModelCall {
  window: number;
  staff: string;
  calledAt: number;
  wait: number | null;
  endedAt?: number;
  outcome?: 'SERVED' | 'SKIPPED' | 'TRANSFERRED';
}

const tickets = new Map<string, ModelTicket>();
const calls: ModelCall[] = [];
const current = new Map<number, { ticket: ModelTicket; call: ModelCall }>();

function endCurrent(
  window: number,
  outcome: 'SERVED' | 'SKIPPED' | 'TRANSFERRED',
  at: number,
) {
  const serving = current.get(window);
  if (!serving) return null;
  serving.call.endedAt = at;
  serving.call.outcome = outcome;
  current.delete(window);
  return serving.ticket;
}

function expectedNext(window: WindowSpec): ModelTicket | null {
  const callable = [...tickets.values()].filter(
    (t) =>
      t.status === 'WAITING' &&
      (t.rank === 0
        ? t.target === window.number
        : window.categories.includes(t.category)),
  );
  callable.sort((a, b) => a.rank - b.rank || a.queuedAt - b.queuedAt);
  return callable[0] ?? null;
}

function startCall(
  window: WindowSpec,
  ticket: ModelTicket,
  at: number,
  wait: number | null,
) {
  const call: ModelCall = {
    window: window.number,
    staff: clerks[window.number - 1]!.userId,
    calledAt: at,
    wait,
  };
  calls.push(call);
  ticket.status = 'CALLED';
  current.set(window.number, { ticket, call });
}

function mean(values: number[]): number | null {
  return values.length === 0
    ? null
    : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

function figures(of: ModelCall[]) {
  const served = of.filter((c) => c.outcome === 'SERVED');
  return {
    ticketsServed: served.length,
    ticketsSkipped: of.filter((c) => c.outcome === 'SKIPPED').length,
    averageWaitSeconds: mean(
      served.flatMap((c) => (c.wait === null ? [] : [c.wait])),
    ),
    averageServiceSeconds: mean(
      served.map((c) => (c.endedAt! - c.calledAt) / 1000),
    ),
  };
}

// ----- the subgraph -----

async function send<T = any>(
  query: string,
  variables: Record<string, unknown>,
  viewer?: (typeof clerks)[number],
): Promise<T> {
  const result = await graphql(subgraph.url, query, variables, viewer);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const TAKE = `mutation($c: BusinessCategory!, $k: String!, $p: PriorityClaimInput) {
  takeTicket(hallId: "${HALL}", category: $c, idempotencyKey: $k, priority: $p) { id priority priorityReason }
}`;
const CALL = `mutation($w: Int!) { callNext(hallId: "${HALL}", windowNumber: $w) { id status windowNumber } }`;
const FINISH = `mutation($id: ID!) { finishTicket(id: $id) { id status } }`;
const SKIP = `mutation($id: ID!) { skipTicket(id: $id) { id status } }`;
const RECALL = `mutation($id: ID!, $w: Int!) { recallTicket(id: $id, windowNumber: $w) { id status windowNumber recallCount } }`;
const TRANSFER = `mutation($id: ID!, $w: Int!) { transferTicket(id: $id, toWindowNumber: $w) { id status windowNumber transferCount } }`;
const MONITOR = `query { queueMonitor(hallId: "${HALL}") {
  waitingCount maxWaitSeconds
  windows { window { number } currentTicket { id } waitingCount servedToday averageServiceSeconds }
} }`;
const PERFORMANCE = `query { hallPerformance(hallId: "${HALL}", from: "${DAY}", to: "${DAY}") {
  staff { staffUserId ticketsServed ticketsSkipped ticketsTransferred averageWaitSeconds averageServiceSeconds daysPresent }
  windows { window { number } ticketsServed ticketsSkipped ticketsTransferred averageWaitSeconds averageServiceSeconds daysStaffed }
} }`;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({
      now: () => clock,
      noShowSweepMs: 0,
      // Every ticket comes from the hall's one kiosk address.
      anonymousTicketsPerAddressPerDay: TICKETS,
      caseStats: async () => ({ staff: [], windows: [] }),
    }),
  );
  // Every clerk checks in, which makes them known staff of the hall.
  for (const clerk of [...clerks, outsider])
    await send(
      `mutation { checkInAttendance(hallId: "${HALL}") { date } }`,
      {},
      clerk,
    );
  await send(
    `mutation($h: ID!, $i: HallSettingsInput!) { configureHall(hallId: $h, input: $i) { id } }`,
    {
      h: HALL,
      i: {
        openingHours: '周一至周五 8:30-12:00',
        phone: '023-12345',
        departmentCodes: ['CQ-SCJG', 'CQ-RS'],
      },
    },
    manager,
  );
  await send(
    `mutation($h: ID!, $w: [WindowInput!]!) { configureWindows(hallId: $h, windows: $w) { id } }`,
    {
      h: HALL,
      w: WINDOWS.map((w) => ({
        number: w.number,
        name: `${w.number}号窗口`,
        category: w.category,
        businessCategories: w.categories,
        departmentCode: w.departmentCode,
        mail: false,
        weekdays: [1, 2, 3, 4, 5],
        openingTimes: [{ start: '08:30', end: '12:00' }],
        assignedStaffUserIds: [clerks[w.number - 1]!.userId],
      })),
    },
    manager,
  );
}, 60_000);

afterAll(async () => {
  await subgraph?.close();
});

describe('a morning rush', () => {
  it('serves every ticket in order of transfer, priority and arrival, with matching figures', async () => {
    const random = generator(20260302);
    const categories: Category[] = [
      'GENERAL',
      'GENERAL',
      'MARKET_ENTRY',
      'SOCIAL_SECURITY',
      'CIVIL_AFFAIRS',
    ];
    // Arrivals at distinct whole seconds, 5 to 60 seconds apart.
    const arrivals: number[] = [];
    let t = START;
    for (let i = 0; i < TICKETS; i += 1) {
      t += (5 + Math.floor(random() * 56)) * 1000;
      arrivals.push(t);
    }
    const busyUntil = new Map<number, number>(
      WINDOWS.map((w) => [w.number, START]),
    );
    const skipped: ModelTicket[] = [];
    let now = START;
    let next = 0;
    let checkedMidway = false;
    let priorityCount = 0;
    let transfers = 0;
    let recalls = 0;

    const tick = (at: number) => {
      // Every event happens at its own second, so that no two tickets join a queue at once.
      now = Math.max(at, now + 1000);
      clock = new Date(now);
    };

    const act = async (window: WindowSpec) => {
      const serving = current.get(window.number);
      const roll = random();
      const clerk = clerks[window.number - 1]!;
      if (serving && roll < 0.06) {
        tick(now);
        await send(SKIP, { id: serving.ticket.id }, clerk);
        const ticket = endCurrent(window.number, 'SKIPPED', now)!;
        ticket.status = 'SKIPPED';
        skipped.push(ticket);
      } else if (
        serving &&
        roll < 0.4 &&
        window.number === 1 &&
        serving.ticket.category !== 'GENERAL'
      ) {
        // The comprehensive window sends specialised business on to a dedicated window.
        const to =
          serving.ticket.category === 'MARKET_ENTRY'
            ? 3
            : serving.ticket.category === 'SOCIAL_SECURITY'
              ? 4
              : 2;
        tick(now);
        const moved = await send(
          TRANSFER,
          { id: serving.ticket.id, w: to },
          clerk,
        );
        expect(moved.transferTicket).toMatchObject({
          status: 'WAITING',
          windowNumber: to,
        });
        const ticket = endCurrent(window.number, 'TRANSFERRED', now)!;
        Object.assign(ticket, {
          status: 'WAITING',
          rank: 0,
          target: to,
          queuedAt: now,
        });
        transfers += 1;
      } else if (serving && roll < 0.6) {
        tick(now);
        await send(FINISH, { id: serving.ticket.id }, clerk);
        endCurrent(window.number, 'SERVED', now)!.status = 'SERVED';
      }
      // A holder who missed their call comes back now and then.
      const back = skipped.find((s) => window.categories.includes(s.category));
      if (back && random() < 0.2) {
        tick(now);
        const recalled = await send(
          RECALL,
          { id: back.id, w: window.number },
          clerk,
        );
        expect(recalled.recallTicket).toMatchObject({
          id: back.id,
          status: 'CALLED',
          windowNumber: window.number,
        });
        const previous = endCurrent(window.number, 'SERVED', now);
        if (previous) previous.status = 'SERVED';
        skipped.splice(skipped.indexOf(back), 1);
        startCall(window, back, now, null);
        recalls += 1;
      } else {
        tick(now);
        const expected = expectedNext(window);
        const result = await send(CALL, { w: window.number }, clerk);
        const previous = endCurrent(window.number, 'SERVED', now);
        if (previous) previous.status = 'SERVED';
        expect(result.callNext?.id ?? null).toBe(expected?.id ?? null);
        if (expected)
          startCall(window, expected, now, (now - expected.queuedAt) / 1000);
      }
      busyUntil.set(
        window.number,
        now + (90 + Math.floor(random() * 360)) * 1000,
      );
    };

    for (;;) {
      const nextArrival = arrivals[next] ?? Infinity;
      const [windowNumber, windowAt] = [...busyUntil.entries()].sort(
        (a, b) => a[1] - b[1] || a[0] - b[0],
      )[0]!;
      const waiting = [...tickets.values()].some((x) => x.status === 'WAITING');
      if (nextArrival === Infinity && current.size === 0 && !waiting) break;
      if (nextArrival <= windowAt) {
        tick(nextArrival);
        const category = categories[Math.floor(random() * categories.length)]!;
        const r = random();
        const priority =
          r < 0.08
            ? { reason: 'ELDERLY', document: idCard('19500101', next) }
            : r < 0.11
              ? {
                  reason: 'DISABILITY',
                  document: `${idCard('19880808', next)}23`,
                }
              : null;
        const taken = await send(TAKE, {
          c: category,
          k: `rush-ticket-${next}`,
          p: priority,
        });
        expect(taken.takeTicket.priority).toBe(priority !== null);
        if (priority) priorityCount += 1;
        tickets.set(taken.takeTicket.id, {
          id: taken.takeTicket.id,
          category,
          takenAt: now,
          rank: priority ? 1 : 2,
          queuedAt: now,
          target: null,
          status: 'WAITING',
        });
        next += 1;
        // Idle windows start again when a ticket arrives.
        for (const [n, at] of busyUntil)
          if (!current.has(n) && at > now) busyUntil.set(n, now);
        continue;
      }
      const window = WINDOWS.find((w) => w.number === windowNumber)!;
      if (
        nextArrival === Infinity &&
        !current.has(window.number) &&
        !expectedNext(window)
      ) {
        // Nothing left for this window; it rests until the others finish.
        busyUntil.set(window.number, Infinity);
        continue;
      }
      await act(window);
      if (!checkedMidway && next >= TICKETS / 2) {
        checkedMidway = true;
        await compareMonitor();
      }
    }
    expect(priorityCount).toBeGreaterThan(20);
    expect(transfers).toBeGreaterThan(5);
    expect(recalls).toBeGreaterThan(0);
    expect(
      [...tickets.values()].filter((x) => x.status === 'SERVED').length,
    ).toBeGreaterThan(TICKETS * 0.85);
    await compareMonitor();

    const report = await send(PERFORMANCE, {}, manager);
    for (const w of WINDOWS) {
      const of = calls.filter((c) => c.window === w.number);
      expect(
        report.hallPerformance.windows.find(
          (x: { window: { number: number } }) => x.window.number === w.number,
        ),
      ).toEqual({
        window: { number: w.number },
        ...figures(of),
        ticketsTransferred: of.filter((c) => c.outcome === 'TRANSFERRED')
          .length,
        daysStaffed: of.length > 0 ? 1 : 0,
      });
    }
    for (const clerk of clerks) {
      const ofClerk = calls.filter((c) => c.staff === clerk.userId);
      const {
        ticketsServed,
        ticketsSkipped,
        averageWaitSeconds,
        averageServiceSeconds,
      } = figures(ofClerk);
      expect(
        report.hallPerformance.staff.find(
          (x: { staffUserId: string }) => x.staffUserId === clerk.userId,
        ),
      ).toEqual({
        staffUserId: clerk.userId,
        ticketsServed,
        ticketsSkipped,
        ticketsTransferred: ofClerk.filter((c) => c.outcome === 'TRANSFERRED')
          .length,
        averageWaitSeconds,
        averageServiceSeconds,
        daysPresent: 1,
      });
    }
  }, 600_000);

  it('lets only the assigned clerk and the hall manager call at a window', async () => {
    const refused = await graphql(subgraph.url, CALL, { w: 1 }, outsider);
    const byManager = await graphql(subgraph.url, CALL, { w: 1 }, manager);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byManager.errors).toBeUndefined();
  });
});

/** Compares the live monitor with the model at the current instant. */
async function compareMonitor() {
  const waiting = [...tickets.values()].filter((x) => x.status === 'WAITING');
  const oldest = Math.min(...waiting.map((x) => x.takenAt));
  const monitor = (await send(MONITOR, {})).queueMonitor;
  expect(monitor.waitingCount).toBe(waiting.length);
  expect(monitor.maxWaitSeconds).toBe(
    waiting.length === 0 ? 0 : Math.floor((clock.getTime() - oldest) / 1000),
  );
  for (const w of WINDOWS) {
    const served = calls.filter(
      (c) => c.window === w.number && c.outcome === 'SERVED',
    );
    expect(
      monitor.windows.find(
        (x: { window: { number: number } }) => x.window.number === w.number,
      ),
    ).toEqual({
      window: { number: w.number },
      currentTicket: current.has(w.number)
        ? { id: current.get(w.number)!.ticket.id }
        : null,
      waitingCount: waiting.filter((x) =>
        x.rank === 0
          ? x.target === w.number
          : w.categories.includes(x.category),
      ).length,
      servedToday: served.length,
      averageServiceSeconds: mean(
        served.map((c) => (c.endedAt! - c.calledAt) / 1000),
      ),
    });
  }
}
