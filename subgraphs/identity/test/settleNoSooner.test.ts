import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleNoSooner } from '../src/passwordReset.js';

describe('settleNoSooner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a fast result until the minimum', async () => {
    let settled = false;
    const result = settleNoSooner(400, async () => 'sent').then((value) => {
      settled = true;
      return value;
    });
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(await result).toBe('sent');
  });

  it('holds a fast error until the minimum', async () => {
    let settled = false;
    const result = settleNoSooner(400, async () => {
      throw new Error('rate limited');
    }).catch((error: Error) => {
      settled = true;
      return error.message;
    });
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBe('rate limited');
  });

  it('adds no wait after slow work', async () => {
    let settled = false;
    const result = settleNoSooner(400, async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return 'slow';
    }).then((value) => {
      settled = true;
      return value;
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).toBe(true);
    expect(await result).toBe('slow');
  });
});
