import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_SIGNATURE_HEADER,
  clientAddressHeaders,
  SEQUENCE_COUNTERS,
  signClientAddress,
  type RunningSubgraph,
} from '@ykb/common';
import {
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';
import { registerModels } from '../src/model.js';
import { takeTicket, type QueueDependencies } from '../src/queue.js';

// Anonymous tickets are bounded per client address, hall and day (3 here),
// per client address, hall and minute (5 by default, 2 where takeTicket is
// called directly) and per hall and minute (5 here). The subgraph counts the
// address the gateway signed, else the TCP peer, which is 127.0.0.1 in these
// tests.

const HALL = 'hall-500238';
const OTHER_HALL = 'hall-500103';
const PER_ADDRESS = 3;
const PER_MINUTE = 5;
const PER_ADDRESS_MINUTE = 2;

let subgraph: RunningSubgraph;
/** Monday 2026-03-02 09:00 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-02T01:00:00Z');
let keyCount = 0;

interface Result {
  data?: { takeTicket: { id: string } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const TAKE = `mutation($h: ID!, $k: String!) {
  takeTicket(hallId: $h, category: GENERAL, idempotencyKey: $k) { id }
}`;

/** Takes an anonymous ticket with the given client-address headers; none makes the TCP peer count. */
async function takeWith(
  headers: Record<string, string>,
  hallId = HALL,
  key = `anonymous-${(keyCount += 1)}`,
): Promise<Result> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: TAKE, variables: { h: hallId, k: key } }),
  });
  return (await response.json()) as Result;
}

/** Takes an anonymous ticket as the gateway forwards it for a client at `address`. */
function takeFrom(address: string, hallId = HALL): Promise<Result> {
  return takeWith(clientAddressHeaders(address), hallId);
}

function codeOf(result: Result): unknown {
  return result.errors?.[0]?.extensions?.code;
}

async function takeMany(count: number, take: () => Promise<Result>) {
  const results: Result[] = [];
  for (let i = 0; i < count; i += 1) results.push(await take());
  return results;
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({
      now: () => clock,
      noShowSweepMs: 0,
      anonymousTicketsPerMinute: PER_MINUTE,
      anonymousTicketsPerAddressPerDay: PER_ADDRESS,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  clock = new Date('2026-03-02T01:00:00Z');
  for (const model of ['Ticket', 'TicketCall', 'TicketQuota'])
    await subgraph.connection.model(model).deleteMany({});
  await subgraph.connection.db!.collection(SEQUENCE_COUNTERS).deleteMany({});
});

describe('anonymous tickets per client address', () => {
  it('rejects an address past its daily limit', async () => {
    const first = await takeMany(PER_ADDRESS, () => takeFrom('198.51.100.7'));
    const refused = await takeFrom('198.51.100.7');
    const other = await takeMany(2, () => takeFrom('203.0.113.9'));

    expect(first.map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(refused.data ?? null).toBeNull();
    expect(codeOf(refused)).toBe('ANONYMOUS_TICKET_LIMIT_REACHED');
    expect(refused.errors?.[0]?.extensions?.limit).toBe(PER_ADDRESS);
    expect(refused.errors?.[0]?.message).toContain(
      `at most ${PER_ADDRESS} tickets at hall ${HALL} a day`,
    );
    expect(other.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(5);
  });

  it('keeps the bound all day per hall', async () => {
    await takeMany(PER_ADDRESS, () => takeFrom('198.51.100.7'));
    clock = new Date('2026-03-02T08:00:00Z');
    const laterThatDay = await takeFrom('198.51.100.7');
    const otherHall = await takeFrom('198.51.100.7', OTHER_HALL);
    clock = new Date('2026-03-03T01:00:00Z');
    const nextDay = await takeFrom('198.51.100.7');

    expect(codeOf(laterThatDay)).toBe('ANONYMOUS_TICKET_LIMIT_REACHED');
    expect(otherHall.errors).toBeUndefined();
    expect(nextDay.errors).toBeUndefined();
  });

  it('admits the limit under racing requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => takeFrom('198.51.100.7')),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(PER_ADDRESS);
    expect(
      results.filter((r) => codeOf(r) === 'ANONYMOUS_TICKET_LIMIT_REACHED'),
    ).toHaveLength(8 - PER_ADDRESS);
  });

  it('spares the hall minute past the limit', async () => {
    await takeMany(PER_ADDRESS, () => takeFrom('198.51.100.7'));
    const refused = await takeMany(4, () => takeFrom('198.51.100.7'));
    const others = await takeMany(PER_MINUTE - PER_ADDRESS, () =>
      takeFrom('203.0.113.9'),
    );
    const minuteFull = await takeFrom('192.0.2.44');

    expect(refused.map(codeOf)).toEqual(
      Array(4).fill('ANONYMOUS_TICKET_LIMIT_REACHED'),
    );
    expect(others.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(codeOf(minuteFull)).toBe('RATE_LIMITED');
  });

  it('releases the claim when the minute is full', async () => {
    await takeMany(PER_ADDRESS, () => takeFrom('203.0.113.9'));
    await takeMany(PER_MINUTE - PER_ADDRESS, () => takeFrom('203.0.113.10'));
    // More rejected requests than the address's daily limit.
    const refused = await takeMany(PER_ADDRESS + 1, () =>
      takeFrom('198.51.100.7'),
    );
    clock = new Date('2026-03-02T01:01:00Z');
    const nextMinute = await takeMany(PER_ADDRESS, () =>
      takeFrom('198.51.100.7'),
    );

    expect(refused.map(codeOf)).toEqual(
      Array(PER_ADDRESS + 1).fill('RATE_LIMITED'),
    );
    expect(nextMinute.map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('counts the peer for unsigned address headers', async () => {
    const fromPeer = await takeMany(PER_ADDRESS, () => takeWith({}));
    const unsigned = await takeWith({
      [CLIENT_ADDRESS_HEADER]: '198.51.100.80',
    });
    const wronglySigned = await takeWith({
      [CLIENT_ADDRESS_HEADER]: '198.51.100.81',
      [CLIENT_ADDRESS_SIGNATURE_HEADER]: signClientAddress('198.51.100.82'),
    });
    const signed = await takeFrom('198.51.100.83');

    expect(fromPeer.map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(codeOf(unsigned)).toBe('ANONYMOUS_TICKET_LIMIT_REACHED');
    expect(codeOf(wronglySigned)).toBe('ANONYMOUS_TICKET_LIMIT_REACHED');
    expect(signed.errors).toBeUndefined();
  });

  it('replays a retried key without a claim', async () => {
    const key = 'anonymous-same-key';
    const first = await takeWith(
      clientAddressHeaders('198.51.100.7'),
      HALL,
      key,
    );
    const retries = await takeMany(PER_ADDRESS, () =>
      takeWith(clientAddressHeaders('198.51.100.7'), HALL, key),
    );
    const fresh = await takeMany(PER_ADDRESS - 1, () =>
      takeFrom('198.51.100.7'),
    );

    expect(retries.map((r) => r.data?.takeTicket.id)).toEqual(
      Array(PER_ADDRESS).fill(first.data!.takeTicket.id),
    );
    expect(fresh.map((r) => r.errors)).toEqual([undefined, undefined]);
  });
});

describe('anonymous tickets per client address and minute', () => {
  /** Takes an anonymous ticket from `address` through takeTicket, with 2 tickets per address and minute. */
  async function takeDirect(address: string): Promise<Result> {
    const deps: QueueDependencies = {
      models: registerModels(subgraph.connection),
      now: () => clock,
      anonymousTicketsPerMinute: PER_MINUTE,
      anonymousTicketsPerAddressPerDay: PER_ADDRESS,
      anonymousTicketsPerAddressPerMinute: PER_ADDRESS_MINUTE,
      clientAddress: address,
    };
    const args = {
      hallId: HALL,
      category: 'GENERAL',
      idempotencyKey: `direct-${(keyCount += 1)}`,
    };
    try {
      const ticket = await takeTicket(deps, args, undefined);
      return { data: { takeTicket: { id: ticket._id } } };
    } catch (error) {
      if (!(error instanceof Error && 'extensions' in error)) throw error;
      const extensions = error.extensions as Record<string, unknown>;
      return { errors: [{ message: error.message, extensions }] };
    }
  }

  it('rejects an address past its minute limit', async () => {
    clock = new Date('2026-03-02T01:00:15Z');
    const first = await takeDirect('198.51.100.7');
    const second = await takeDirect('198.51.100.7');
    const refused = await takeDirect('198.51.100.7');

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(refused.data ?? null).toBeNull();
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBe(45);
    expect(refused.errors?.[0]?.extensions?.limit).toBe(PER_ADDRESS_MINUTE);
    expect(refused.errors?.[0]?.message).toContain(
      `at most ${PER_ADDRESS_MINUTE} tickets at hall ${HALL} a minute`,
    );
  });

  it('leaves the hall minute to other addresses', async () => {
    await takeMany(PER_ADDRESS_MINUTE, () => takeDirect('198.51.100.7'));
    const refused = await takeMany(10, () => takeDirect('198.51.100.7'));
    const others = await takeMany(PER_ADDRESS_MINUTE, () =>
      takeDirect('203.0.113.9'),
    );
    const last = await takeDirect('192.0.2.44');
    const minuteFull = await takeDirect('192.0.2.45');

    expect(refused.map(codeOf)).toEqual(Array(10).fill('RATE_LIMITED'));
    expect(others.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(last.errors).toBeUndefined();
    expect(codeOf(minuteFull)).toBe('RATE_LIMITED');
    expect(minuteFull.errors?.[0]?.message).toContain(
      `Hall ${HALL} issues at most ${PER_MINUTE} tickets a minute`,
    );
    expect(minuteFull.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
  });

  it('admits the address again next minute', async () => {
    await takeMany(PER_ADDRESS_MINUTE, () => takeDirect('198.51.100.7'));
    await takeMany(3, () => takeDirect('198.51.100.7'));
    clock = new Date('2026-03-02T01:01:00Z');
    // The daily limit is 3, so the minute's refusals must have released
    // their daily claims for this ticket to be issued.
    const nextMinute = await takeDirect('198.51.100.7');
    const pastDay = await takeDirect('198.51.100.7');

    expect(nextMinute.errors).toBeUndefined();
    expect(codeOf(pastDay)).toBe('ANONYMOUS_TICKET_LIMIT_REACHED');
  });
});
