import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The verifiable random draw of 3.7.5.2 a) and b). Before anyone registers,
 * the platform draws a 32-byte seed and publishes its SHA-256 commitment with
 * the announcement. At selection, the winner follows from the seed and the
 * sorted candidate ids alone; then the seed is revealed, and anyone can check
 * that it hashes to the commitment and recompute the winner:
 *
 *   for counter = 0, 1, 2, ...
 *     h = HMAC-SHA256(key = seed bytes,
 *                     message = announcementId "\n" candidates joined by "\n" "\n" counter)
 *     x = first 6 bytes of h as a big-endian unsigned integer (0 .. 2^48 - 1)
 *     if x < floor(2^48 / n) * n: winner = candidates[x mod n]; stop
 *
 * Candidates are the registration ids sorted by UTF-16 code units without
 * duplicates. Rejecting x in the top partial block makes every candidate
 * equally likely.
 */

const SEED_BYTES = 32;
const SAMPLE_BYTES = 6;
const SAMPLE_RANGE = 2 ** (SAMPLE_BYTES * 8);
const SEED_PATTERN = /^[0-9a-f]{64}$/;

export function newSeed(): string {
  return randomBytes(SEED_BYTES).toString('hex');
}

export function isSeed(value: string): boolean {
  return SEED_PATTERN.test(value);
}

/** SHA-256 of the seed's bytes, hex: the commitment published before the draw. */
export function commitTo(seedHex: string): string {
  return createHash('sha256').update(Buffer.from(seedHex, 'hex')).digest('hex');
}

/** Returns the candidates in draw order: sorted, each once. */
export function drawOrder(candidates: readonly string[]): string[] {
  return [...new Set(candidates)].sort();
}

/** Draws one candidate; throws when there is none or the seed is malformed. */
export function drawWinner(
  seedHex: string,
  announcementId: string,
  candidates: readonly string[],
): string {
  if (!isSeed(seedHex))
    throw new RangeError('A draw seed is 64 lower-case hex characters.');
  const ordered = drawOrder(candidates);
  const n = ordered.length;
  if (n === 0) throw new RangeError('A draw needs at least one candidate.');
  const key = Buffer.from(seedHex, 'hex');
  const limit = Math.floor(SAMPLE_RANGE / n) * n;
  for (let counter = 0; ; counter++) {
    const digest = createHmac('sha256', key)
      .update(`${announcementId}\n${ordered.join('\n')}\n${counter}`)
      .digest();
    const x = digest.readUIntBE(0, SAMPLE_BYTES);
    if (x < limit) return ordered[x % n]!;
  }
}

export interface DrawCheck {
  commitmentMatches: boolean;
  recomputedWinner: string | null;
  valid: boolean;
}

/** Recomputes a published draw from a seed. */
export function verifyDraw(
  seedHex: string,
  commitment: string,
  announcementId: string,
  candidates: readonly string[],
  publishedWinner: string | null,
): DrawCheck {
  const wellFormed = isSeed(seedHex);
  const commitmentMatches = wellFormed && commitTo(seedHex) === commitment;
  const recomputedWinner =
    wellFormed && candidates.length > 0
      ? drawWinner(seedHex, announcementId, candidates)
      : null;
  return {
    commitmentMatches,
    recomputedWinner,
    valid:
      commitmentMatches &&
      recomputedWinner !== null &&
      recomputedWinner === publishedWinner,
  };
}
