import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEQUENCE_COUNTERS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph, formatTicketNumber } from '../src/index.js';

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

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(createHallsSubgraph({ now: () => clock }));
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  await subgraph.connection.model('Ticket').deleteMany({});
  await subgraph.connection.model('TicketCall').deleteMany({});
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
    clock = new Date('2026-03-02T15:59:59Z');
    const late = await take('hall-500238', 'GENERAL');
    clock = new Date('2026-03-02T16:00:00Z');
    const nextDay = await take('hall-500238', 'GENERAL');

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

  it('completes a call whose window crashed after claiming', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    const stuck = await take('hall-500238', 'GENERAL');
    const waiting = await take('hall-500238', 'GENERAL');
    // A window claimed the first ticket and crashed before marking it CALLED.
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
    expect(next.data!.callNext.id).toBe(waiting.id);
    const finished = await subgraph.connection
      .model('Ticket')
      .findById(stuck.id)
      .lean<{ status: string; windowNumber: number }>();
    expect(finished!.status).toBe('CALLED');
    expect(finished!.windowNumber).toBe(2);
    const status = await graphql(subgraph.url, STATUS, { h: 'hall-500238' });
    expect(status.data!.queueStatus.waitingCount).toBe(0);
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

  it('never calls one ticket at two windows', async () => {
    clock = new Date('2026-03-02T01:00:00Z');
    for (let i = 0; i < 10; i++) await take('hall-500238', 'SOCIAL_SECURITY');

    const calls = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        graphql(
          subgraph.url,
          CALL,
          { h: 'hall-500238', w: i % 2 === 0 ? 1 : 3 },
          clerkWuxi,
        ),
      ),
    );

    for (const call of calls) expect(call.errors).toBeUndefined();
    const called = calls
      .map((c) => c.data!.callNext as { id: string } | null)
      .filter((t) => t !== null);
    expect(called).toHaveLength(10);
    expect(new Set(called.map((t) => t.id)).size).toBe(10);
    expect(await subgraph.connection.model('TicketCall').countDocuments()).toBe(
      10,
    );
    expect(
      await subgraph.connection
        .model('Ticket')
        .countDocuments({ status: 'WAITING' }),
    ).toBe(0);
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
