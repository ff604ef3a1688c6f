import { describe, expect, it } from 'vitest';
import { nextWeekday, shanghaiDate } from '../src/features/halls/hallHelpers';

describe('nextWeekday', () => {
  it('skips the weekend after a Friday', () => {
    // Friday 2026-12-04 10:00 in Asia/Shanghai.
    expect(nextWeekday(Date.parse('2026-12-04T02:00:00Z'))).toBe('2026-12-07');
  });

  it('takes the next day midweek', () => {
    expect(nextWeekday(Date.parse('2026-12-01T02:00:00Z'))).toBe('2026-12-02');
  });

  it('counts days in Asia/Shanghai', () => {
    // 17:00 UTC on Thursday is 01:00 on Friday in Asia/Shanghai.
    const lateThursday = Date.parse('2026-12-03T17:00:00Z');
    expect(shanghaiDate(0, lateThursday)).toBe('2026-12-04');
    expect(nextWeekday(lateThursday)).toBe('2026-12-07');
  });
});
