import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEQUENCE_COUNTERS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { windowsOpenAroundTheClock } from '../../../tests/support/halls.js';
import { createHallsSubgraph, formatTicketNumber } from '../src/index.js';
import { ANONYMOUS_TICKETS_PER_MINUTE } from '../src/queue.js';

let subgraph: RunningSubgraph;
/** Clock of the subgraph under test; each test sets it. */
let clock = new Date('2026-03-02T01:00:00Z');

const clerkWuxi = viewerOf(['CLERK'], {
  divisionCode: '500238',
  hallId: 'hall-500238',
});

const TAKE =
  'mutation($h: ID!, $c: BusinessCategory!, $k: String!) { takeTicket(hallId: $h, category: $c, idempotencyKey: $k) { id number category serviceDate status takenAt hall { id } } }';
const CALL =
  'mutation($h: ID!, $w: Int!) { callNext(hallId: $h, windowNumber: $w) { id number category status windowNumber calledAt } }';
const STATUS =
  'query($h: ID!) { queueStatus(hallId: $h) { hall { id } waitingCount maxWaitSeconds asOf } }';

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

async function take(hallId: string, category: string, key = newKey()) {
  const result = await graphql(subgraph.url, TAKE, {
    h: hallId,
    c: category,
    k: key,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.takeTicket as {
    id: string;
    number: string;
    serviceDate: string;
    status: string;
    hall: { id: string };
  };
}

/**
 * Opens every window of a hall on every day from 00:00 to 24:00, public
 * holidays included; returns a function that restores the windows.
 */
async function openAroundTheClock(
  hallId: string,
): Promise<() => Promise<void>> {
  const halls = subgraph.connection.model('Hall');
  const hall = await halls.findById(hallId).lean<{ windows: object[] }>();
  const windows = hall!.windows;
  await halls.updateOne(
    { _id: hallId },
    { $set: { windows: windowsOpenAroundTheClock(windows) } },
  );
  return async () => {
    await halls.updateOne({ _id: hallId }, { $set: { windows } });
  };
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({
      now: () => clock,
      // Every anonymous ticket here comes from 127.0.0.1, so the per-address
      // minute is raised to the hall's minute.
      anonymousTicketsPerAddressPerMinute: ANONYMOUS_TICKETS_PER_MINUTE,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  await subgraph.connection.model('Ticket').deleteMany({});
  await subgraph.connection.model('TicketCall').deleteMany({});
  await subgraph.connection.model('WindowTurn').deleteMany({});
  await subgraph.connection.db!.collection(SEQUENCE_COUNTERS).deleteMany({});
});

describe('formatTicketNumber', () => {
  it('pads the sequence to three digits after the category letter', () => {
    expect(formatTicketNumber('GENERAL', 1)).toBe('A001');
    expect(formatTicketNumber('SOCIAL_SECURITY', 42)).toBe('C042');
    expect(formatTicketNumber('GENERAL', 1000)).toBe('A1000');
  });
});

describe('takeTicket', () => {
  it('numbers tickets per hall and category in sequence', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const first = await take('hall-500238', 'GENERAL');
    const second = await take('hall-500238', 'GENERAL');
    const otherCategory = await take('hall-500238', 'SOCIAL_SECURITY');
    const otherHall = await take('hall-500103', 'GENERAL');

    expect(first.number).toBe('A001');
    expect(second.number).toBe('A002');
    expect(otherCategory.number).toBe('C001');
    expect(otherHall.number).toBe('A001');
    expect(first.status).toBe('WAITING');
    expect(first.hall.id).toBe('hall-500238');
  });

  it('restarts numbering at midnight in Asia/Shanghai', async () => {
    const restore = await openAroundTheClock('hall-500238');
    clock = new Date('2026-03-02T15:59:59Z');
    const late = await take('hall-500238', 'GENERAL');
    clock = new Date('2026-03-02T16:00:00Z');
    const nextDay = await take('hall-500238', 'GENERAL');
    await restore();

    expect(late.serviceDate).toBe('2026-03-02');
    expect(late.number).toBe('A001');
    expect(nextDay.serviceDate).toBe('2026-03-03');
    expect(nextDay.number).toBe('A001');
  });

  it('replays a retry with the same key', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const key = newKey();
    const first = await take('hall-500238', 'GENERAL', key);
    const retried = await take('hall-500238', 'GENERAL', key);
    const concurrent = await Promise.all([
      take('hall-500238', 'GENERAL', key),
      take('hall-500238', 'GENERAL', key),
    ]);
    const next = await take('hall-500238', 'GENERAL');

    expect(retried).toEqual(first);
    expect(concurrent).toEqual([first, first]);
    expect(next.number).toBe('A002');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(2);
  });

  it('rejects a key reused for another hall', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const key = newKey();
    await take('hall-500238', 'GENERAL', key);

    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-500103',
      c: 'GENERAL',
      k: key,
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(1);
  });

  it('rejects a key reused for another category', async () => {
    const key = newKey();
    await take('hall-500238', 'GENERAL', key);
    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-500238',
      c: 'SOCIAL_SECURITY',
      k: key,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('numbers concurrent requests without gaps', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const tickets = await Promise.all(
      Array.from({ length: 12 }, () => take('hall-50', 'MARKET_ENTRY')),
    );
    const numbers = tickets.map((t) => t.number);
    expect(new Set(numbers).size).toBe(12);
    // Numbers may skip only when a key races with itself, which this test does not do.
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 12 }, (_, i) =>
        formatTicketNumber('MARKET_ENTRY', i + 1),
      ),
    );
  });

  it('rejects a category no window serves', async () => {
    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-500238100205',
      c: 'CONSTRUCTION',
      k: newKey(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(0);
  });

  it('rejects a malformed idempotency key with BAD_USER_INPUT', async () => {
    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-500238',
      c: 'GENERAL',
      k: 'short',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown hall with NOT_FOUND', async () => {
    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-999',
      c: 'GENERAL',
      k: newKey(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(0);
  });
});

describe('callNext', () => {
  it('calls waiting tickets oldest first', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    await take('hall-500238', 'GENERAL');
    clock = new Date('2026-03-02T01:00:05Z');
    await take('hall-500238', 'MARKET_ENTRY');

    const first = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );
    const second = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );
    const empty = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );

    expect(first.errors).toBeUndefined();
    expect(first.data!.callNext).toMatchObject({
      number: 'A001',
      status: 'CALLED',
      windowNumber: 1,
      calledAt: '2026-03-02T01:00:05.000Z',
    });
    expect(second.data!.callNext).toMatchObject({
      number: 'B001',
      status: 'CALLED',
    });
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.callNext).toBeNull();
  });

  it('moves past a call whose window stopped after claiming', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const stuck = await take('hall-500238', 'GENERAL');
    const waiting = await take('hall-500238', 'GENERAL');
    // A window claimed the first ticket and stopped before marking it CALLED.
    await subgraph.connection.model('TicketCall').create({
      _id: `${stuck.id}#1`,
      ticketId: stuck.id,
      hallId: 'hall-500238',
      serviceDate: stuck.serviceDate,
      category: 'GENERAL',
      windowNumber: 2,
      calledBy: 'u-clerk.wuxi',
      calledByName: '巫溪窗口',
      calledAt: clock,
      waitSeconds: 0,
    });

    clock = new Date('2026-03-02T01:01:00Z');
    const next = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );

    expect(next.errors).toBeUndefined();
    expect(next.data!.callNext.id).toBe(stuck.id);
    expect(next.data!.callNext.windowNumber).toBe(1);
    const calls = await subgraph.connection
      .model('TicketCall')
      .find({ ticketId: stuck.id })
      .sort({ _id: 1 })
      .lean<{ _id: string; windowNumber: number; outcome: string | null }[]>();
    expect(calls.map((c) => [c._id, c.windowNumber, c.outcome])).toEqual([
      [`${stuck.id}#1`, 2, 'ABANDONED'],
      [`${stuck.id}#2`, 1, null],
    ]);
    const status = await graphql(subgraph.url, STATUS, { h: 'hall-500238' });
    expect(status.data!.queueStatus.waitingCount).toBe(1);
    const other = await subgraph.connection
      .model('Ticket')
      .findById(waiting.id)
      .lean<{ status: string }>();
    expect(other!.status).toBe('WAITING');
  });

  it('waits for a recent call of another window without taking it', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const claimed = await take('hall-500238', 'GENERAL');
    const waiting = await take('hall-500238', 'GENERAL');
    // Window 2 is between claiming the call and marking the ticket CALLED.
    await subgraph.connection.model('TicketCall').create({
      _id: `${claimed.id}#1`,
      ticketId: claimed.id,
      hallId: 'hall-500238',
      serviceDate: claimed.serviceDate,
      category: 'GENERAL',
      windowNumber: 2,
      calledBy: 'u-clerk.wuxi',
      calledByName: '巫溪窗口',
      calledAt: clock,
      waitSeconds: 0,
    });

    clock = new Date('2026-03-02T01:00:10Z');
    const next = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );

    expect(next.errors).toBeUndefined();
    expect(next.data!.callNext.id).toBe(waiting.id);
  });

  it('calls only the categories the window serves', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    await take('hall-500238', 'GENERAL');
    await take('hall-500238', 'SOCIAL_SECURITY');

    const result = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 3 },
      clerkWuxi,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.callNext).toMatchObject({
      number: 'C001',
      category: 'SOCIAL_SECURITY',
      windowNumber: 3,
    });
  });

  it('leaves tickets of an earlier day uncalled', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    await take('hall-500238', 'GENERAL');
    clock = new Date('2026-03-03T01:00:00Z');

    const result = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 1 },
      clerkWuxi,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.callNext).toBeNull();
  });

  it('keeps one CALLED ticket per window under parallel calls', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const taken = [];
    for (let i = 0; i < 12; i++)
      taken.push(await take('hall-500238', 'SOCIAL_SECURITY'));

    // Windows 1 and 3 both serve SOCIAL_SECURITY; eight parallel calls each.
    const calls = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        graphql(
          subgraph.url,
          CALL,
          { h: 'hall-500238', w: i % 2 === 0 ? 1 : 3 },
          clerkWuxi,
        ),
      ),
    );

    const codes = calls.flatMap((c) =>
      c.errors ? [c.errors[0]!.extensions?.code] : [],
    );
    for (const code of codes) expect(code).toBe('CONFLICT');
    const called = calls
      .filter((c) => !c.errors)
      .map((c) => c.data!.callNext as { id: string; windowNumber: number });
    expect(called.length).toBeGreaterThanOrEqual(2);
    expect(new Set(called.map((t) => t.id)).size).toBe(called.length);
    const tickets = subgraph.connection.model('Ticket');
    for (const window of [1, 3])
      expect(
        await tickets.countDocuments({
          status: 'CALLED',
          windowNumber: window,
        }),
      ).toBe(1);

    // Calling on until the queue is empty serves every ticket exactly once.
    for (let round = 0; round < 40; round++) {
      const [one, three] = await Promise.all([
        graphql(subgraph.url, CALL, { h: 'hall-500238', w: 1 }, clerkWuxi),
        graphql(subgraph.url, CALL, { h: 'hall-500238', w: 3 }, clerkWuxi),
      ]);
      expect(one.errors).toBeUndefined();
      expect(three.errors).toBeUndefined();
      if (one.data!.callNext === null && three.data!.callNext === null) break;
    }
    await graphql(subgraph.url, CALL, { h: 'hall-500238', w: 1 }, clerkWuxi);
    await graphql(subgraph.url, CALL, { h: 'hall-500238', w: 3 }, clerkWuxi);
    const records = await subgraph.connection
      .model('TicketCall')
      .find({})
      .lean<{ ticketId: string; outcome: string | null }[]>();
    expect(records).toHaveLength(taken.length);
    expect(new Set(records.map((r) => r.ticketId)).size).toBe(taken.length);
    for (const record of records) expect(record.outcome).toBe('SERVED');
    expect(await tickets.countDocuments({ status: 'SERVED' })).toBe(
      taken.length,
    );
  });

  it('rejects an unknown window with NOT_FOUND', async () => {
    const result = await graphql(
      subgraph.url,
      CALL,
      { h: 'hall-500238', w: 9 },
      clerkWuxi,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('queueStatus', () => {
  it('counts waiting tickets and maximum wait', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    await take('hall-500238', 'GENERAL');
    clock = new Date('2026-03-02T01:02:00Z');
    await take('hall-500238', 'GENERAL');
    await graphql(subgraph.url, CALL, { h: 'hall-500238', w: 1 }, clerkWuxi);
    clock = new Date('2026-03-02T01:05:30Z');

    const result = await graphql(subgraph.url, STATUS, { h: 'hall-500238' });

    expect(result.errors).toBeUndefined();
    expect(result.data!.queueStatus).toEqual({
      hall: { id: 'hall-500238' },
      waitingCount: 1,
      maxWaitSeconds: 210,
      asOf: '2026-03-02T01:05:30.000Z',
    });
  });

  it('reports an empty queue as zeros', async () => {
    const result = await graphql(subgraph.url, STATUS, {
      h: 'hall-500238100205',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.queueStatus).toMatchObject({
      waitingCount: 0,
      maxWaitSeconds: 0,
    });
  });

  it('rejects an unknown hall with NOT_FOUND', async () => {
    const result = await graphql(subgraph.url, STATUS, { h: 'nope' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
