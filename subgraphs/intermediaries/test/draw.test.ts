import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  commitTo,
  drawOrder,
  drawWinner,
  newSeed,
  verifyDraw,
} from '../src/draw.js';

/** Deterministic seeds, so the statistical test gives the same result on every run. */
function seedNumber(i: number): string {
  return createHash('sha256').update(`draw-test-seed-${i}`).digest('hex');
}

const CANDIDATES = ['agency-c', 'agency-a', 'agency-e', 'agency-b', 'agency-d'];

describe('verifiable draw', () => {
  it('recomputes the same winner from the revealed seed', () => {
    const seed = newSeed();
    const winner = drawWinner(seed, 'announcement-1', CANDIDATES);
    const check = verifyDraw(
      seed,
      commitTo(seed),
      'announcement-1',
      CANDIDATES,
      winner,
    );
    expect(check).toEqual({
      commitmentMatches: true,
      recomputedWinner: winner,
      valid: true,
    });
  });

  it('ignores the order candidates are listed in', () => {
    const seed = seedNumber(1);
    expect(drawWinner(seed, 'a', CANDIDATES)).toBe(
      drawWinner(seed, 'a', [...CANDIDATES].reverse()),
    );
    expect(drawOrder(CANDIDATES)).toEqual([
      'agency-a',
      'agency-b',
      'agency-c',
      'agency-d',
      'agency-e',
    ]);
  });

  it('fails verification for a tampered seed', () => {
    const seed = seedNumber(2);
    const winner = drawWinner(seed, 'announcement-2', CANDIDATES);
    // Flip the last hex digit: the seed no longer hashes to the commitment.
    const tampered = seed.slice(0, -1) + (seed.endsWith('0') ? '1' : '0');
    const check = verifyDraw(
      tampered,
      commitTo(seed),
      'announcement-2',
      CANDIDATES,
      winner,
    );
    expect(check.commitmentMatches).toBe(false);
    expect(check.valid).toBe(false);
  });

  it('fails verification when the published winner is not the drawn one', () => {
    const seed = seedNumber(3);
    const winner = drawWinner(seed, 'announcement-3', CANDIDATES);
    const other = CANDIDATES.find((c) => c !== winner)!;
    const check = verifyDraw(
      seed,
      commitTo(seed),
      'announcement-3',
      CANDIDATES,
      other,
    );
    expect(check.commitmentMatches).toBe(true);
    expect(check.recomputedWinner).toBe(winner);
    expect(check.valid).toBe(false);
  });

  it('binds the result to the announcement', () => {
    const seed = seedNumber(4);
    const winners = new Set(
      Array.from({ length: 40 }, (_, i) =>
        drawWinner(seed, `announcement-${i}`, CANDIDATES),
      ),
    );
    expect(winners.size).toBeGreaterThan(1);
  });

  it('rejects a malformed seed and an empty candidate list', () => {
    expect(() => drawWinner('xyz', 'a', CANDIDATES)).toThrow(RangeError);
    expect(() => drawWinner(seedNumber(5), 'a', [])).toThrow(RangeError);
  });

  // Chi-square goodness of fit against the uniform distribution, at significance 0.001.
  it.each([
    [5, 18.467],
    [3, 13.816],
    [7, 22.458],
  ])(
    'draws each of %i candidates equally often (chi-square below %f)',
    (k, critical) => {
      const candidates = Array.from({ length: k }, (_, i) => `agency-${i}`);
      const draws = 3000 * k;
      const counts = new Map(candidates.map((c) => [c, 0]));
      for (let i = 0; i < draws; i++) {
        const winner = drawWinner(
          seedNumber(i),
          `announcement-${i % 17}`,
          candidates,
        );
        counts.set(winner, counts.get(winner)! + 1);
      }
      const expected = draws / k;
      const chiSquare = [...counts.values()].reduce(
        (sum, observed) => sum + (observed - expected) ** 2 / expected,
        0,
      );
      expect(chiSquare).toBeLessThan(critical);
    },
  );

  it('detects a biased draw with the same chi-square test', () => {
    // A draw that takes the low 7 bits of the first byte modulo 5 favours the first three candidates (128 = 25 * 5 + 3).
    const k = 5;
    const draws = 200_000;
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < draws; i++) {
      const byte = Buffer.from(seedNumber(i), 'hex')[0]! % 128;
      counts[byte % k]! += 1;
    }
    const expected = draws / k;
    const chiSquare = counts.reduce(
      (sum, o) => sum + (o - expected) ** 2 / expected,
      0,
    );
    expect(chiSquare).toBeGreaterThan(18.467);
  });
});
