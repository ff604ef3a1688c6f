import { describe, expect, it } from 'vitest';
import type { AnnouncementDocument } from '../src/model.js';
import { lastClosedRound } from '../src/registrants.js';

/** Builds the fields of an announcement that lastClosedRound reads. */
function announcement(
  method: AnnouncementDocument['method'],
  state: AnnouncementDocument['state'],
  bidRound: number,
): AnnouncementDocument {
  return { method, state, bidRound } as AnnouncementDocument;
}

describe('lastClosedRound', () => {
  it.each([
    ['PUBLISHED', 2],
    ['WITHDRAWAL_REQUESTED', 2],
    ['SELECTED', 3],
    ['CONFIRMED', 3],
    ['FAILED', 3],
    ['WITHDRAWN', 3],
  ] as const)('in state %s of round 3 is %i', (state, expected) => {
    expect(lastClosedRound(announcement('LOWEST_BID', state, 3))).toBe(
      expected,
    );
  });

  it('is 0 without bids', () => {
    expect(lastClosedRound(announcement('RANDOM', 'SELECTED', 1))).toBe(0);
    expect(lastClosedRound(announcement('DIRECT', 'CONFIRMED', 1))).toBe(0);
  });
});
