import { describe, expect, it } from 'vitest';
import {
  createPinLock,
  MAX_PIN_FAILURES,
  type PinRecord,
  type PinStore,
} from '../src/session/pinLock';

/** PIN records in memory; `records` shows exactly what the device keeps. */
function memoryStore(): PinStore & { records: Map<string, PinRecord> } {
  const records = new Map<string, PinRecord>();
  return {
    records,
    read: async (userId) => records.get(userId) ?? null,
    write: async (userId, record) => void records.set(userId, record),
    remove: async (userId) => void records.delete(userId),
  };
}

// Few iterations keep the tests fast; the derivation is the same.
const ITERATIONS = 1000;

describe('offline PIN', () => {
  it('unlocks with the PIN that was set and keeps only a verifier', async () => {
    const store = memoryStore();
    const lock = createPinLock(store, ITERATIONS);
    await lock.setPin('u-clerk', '482913');

    expect(await lock.unlock('u-clerk', '482913')).toEqual({
      kind: 'UNLOCKED',
    });
    const record = store.records.get('u-clerk')!;
    expect(JSON.stringify(record)).not.toContain('482913');
    expect(record.verifier).toMatch(/^[0-9a-f]{64}$/);
    expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('derives different verifiers for the same PIN under different salts', async () => {
    const store = memoryStore();
    const lock = createPinLock(store, ITERATIONS);
    await lock.setPin('u-a', '111111');
    await lock.setPin('u-b', '111111');

    expect(store.records.get('u-a')!.verifier).not.toBe(
      store.records.get('u-b')!.verifier,
    );
  });

  it('counts wrong PINs and locks after the last allowed one', async () => {
    const lock = createPinLock(memoryStore(), ITERATIONS);
    await lock.setPin('u-clerk', '482913');

    const results = [];
    for (let i = 0; i < MAX_PIN_FAILURES; i++)
      results.push(await lock.unlock('u-clerk', '000000'));

    expect(results.slice(0, -1)).toEqual(
      [4, 3, 2, 1].map((remaining) => ({ kind: 'WRONG_PIN', remaining })),
    );
    expect(results.at(-1)).toEqual({ kind: 'LOCKED' });
    // Once locked, even the right PIN no longer unlocks.
    expect(await lock.unlock('u-clerk', '482913')).toEqual({ kind: 'LOCKED' });
    expect(await lock.isLocked('u-clerk')).toBe(true);
    expect(await lock.hasPin('u-clerk')).toBe(false);
  });

  it('resets the count after a right PIN', async () => {
    const store = memoryStore();
    const lock = createPinLock(store, ITERATIONS);
    await lock.setPin('u-clerk', '482913');
    for (let i = 0; i < MAX_PIN_FAILURES - 1; i++)
      await lock.unlock('u-clerk', '000000');

    await lock.unlock('u-clerk', '482913');

    expect(store.records.get('u-clerk')!.failures).toBe(0);
    expect(await lock.unlock('u-clerk', '000000')).toEqual({
      kind: 'WRONG_PIN',
      remaining: MAX_PIN_FAILURES - 1,
    });
  });

  it('keeps PINs apart per user and refuses malformed ones', async () => {
    const lock = createPinLock(memoryStore(), ITERATIONS);
    await lock.setPin('u-a', '123456');

    expect(await lock.unlock('u-b', '123456')).toEqual({ kind: 'NO_PIN' });
    await expect(lock.setPin('u-a', '12345')).rejects.toThrow(/six digits/);
    await expect(lock.setPin('u-a', 'abcdef')).rejects.toThrow(/six digits/);
  });
});
