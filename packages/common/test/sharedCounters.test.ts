import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'mongoose';
import {
  connectDatabase,
  SharedCounters,
  sharedCountersCollection,
} from '../src/index.js';
import { isolateDatabase } from '../../../tests/support/harness.js';

// Counters of two "processes" on one real collection, synced by hand with a
// clock the test moves.

let connection: Connection;
let clock = 0;

function counters(scope: string, windowMs?: number): SharedCounters {
  return new SharedCounters({
    scope,
    windowMs,
    collection: sharedCountersCollection(connection),
    now: () => clock,
  });
}

beforeAll(async () => {
  isolateDatabase();
  connection = await connectDatabase('data');
});

afterAll(async () => {
  await connection?.close();
});

describe('SharedCounters', () => {
  it('sums the shares of two processes', async () => {
    clock = 120_000;
    const a = counters('test.window', 60_000);
    const b = counters('test.window', 60_000);
    a.add('user:1', 300);
    b.add('user:1', 200);
    b.add('user:2', 50);
    expect(a.total('user:1')).toBe(300);
    await a.sync();
    await b.sync();
    await a.sync();
    expect(a.total('user:1')).toBe(500);
    expect(b.total('user:1')).toBe(500);
    expect(a.total('user:2')).toBe(50);

    a.add('user:1', 10);
    await a.sync();
    await b.sync();
    expect(b.total('user:1')).toBe(510);
  });

  it('starts from zero in a new window', async () => {
    clock = 120_000;
    const a = counters('test.roll', 60_000);
    const b = counters('test.roll', 60_000);
    a.add('user:1', 400);
    await a.sync();
    await b.sync();
    expect(b.total('user:1')).toBe(400);
    clock = 180_000;
    expect(b.total('user:1')).toBe(0);
    await b.sync();
    expect(b.total('user:1')).toBe(0);
    expect(b.windowStart()).toBe(180_000);
  });

  it('drops a gauge share of a stopped process', async () => {
    clock = 1_000_000;
    const a = counters('test.gauge');
    const b = counters('test.gauge');
    a.add('user:1', 2);
    b.add('user:1', 1);
    await a.sync();
    await b.sync();
    expect(b.total('user:1')).toBe(3);
    // a stops syncing, the way a killed process does; b keeps its own share fresh.
    clock += 6000;
    await b.sync();
    expect(b.total('user:1')).toBe(1);
    b.add('user:1', -1);
    await b.sync();
    expect(b.total('user:1')).toBe(0);
  });

  it('counts locally without a collection', () => {
    const local = new SharedCounters({ scope: 'test.local', windowMs: 1000 });
    local.add('k', 2);
    local.add('k', 3);
    expect(local.total('k')).toBe(5);
  });
});
