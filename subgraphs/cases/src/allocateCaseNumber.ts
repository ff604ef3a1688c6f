import { isDuplicateKeyError, shanghaiDate } from '@ykb/common';
import type { CaseModels } from './model.js';

const MAX_SEQUENCE = 999_999;
const MAX_RESERVATION_TRIES = 50;

/**
 * Allocates the next legal case number, `<county code>-<YYYYMMDD>-<NNNNNN>`:
 * the first 6 digits of the division code (a shorter code padded with
 * zeros), the Asia/Shanghai date of submission, and a per-county, per-day
 * sequence.
 *
 * The sequence comes from an `$inc` counter, which is atomic on MongoDB.
 * FerretDB 1.24 on SQLite applies `$inc` by reading and rewriting the
 * document, so concurrent calls can receive the same value there. Each
 * number is therefore reserved by inserting it under a unique `_id`; on a
 * collision the next number after the highest reserved one is tried.
 * A reserved number whose case insert then fails (a replayed idempotency
 * key) stays unused, so sequences can have gaps.
 */
export async function allocateCaseNumber(models: CaseModels, divisionCode: string, at: Date): Promise<string> {
  const county = divisionCode.slice(0, 6).padEnd(6, '0');
  const day = shanghaiDate(at).replaceAll('-', '');
  const prefix = `${county}-${day}`;
  let seq = await incrementCounter(models, prefix);

  for (let tries = 0; tries < MAX_RESERVATION_TRIES; tries++) {
    if (seq > MAX_SEQUENCE) throw new RangeError(`Case number sequence ${prefix} is exhausted.`);
    const caseNumber = `${prefix}-${String(seq).padStart(6, '0')}`;
    try {
      await models.CaseNumber.create({ _id: caseNumber, reservedAt: new Date() });
      if (tries > 0) await models.Counter.updateOne({ _id: prefix }, { $max: { seq } });
      return caseNumber;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      seq = (await highestReserved(models, prefix)) + 1;
    }
  }
  throw new Error(`Could not reserve a case number in ${prefix} after ${MAX_RESERVATION_TRIES} tries.`);
}

async function highestReserved(models: CaseModels, prefix: string): Promise<number> {
  const last = await models.CaseNumber.findOne({ _id: { $regex: `^${prefix}-` } }).sort({ _id: -1 }).lean();
  return last ? Number(last._id.slice(prefix.length + 1)) : 0;
}

async function incrementCounter(models: CaseModels, counterId: string): Promise<number> {
  const update = () =>
    models.Counter.findOneAndUpdate({ _id: counterId }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
  let counter;
  try {
    counter = await update();
  } catch (error) {
    // Two first-of-the-day upserts can race on the same _id; the loser retries as a plain increment.
    if (!isDuplicateKeyError(error)) throw error;
    counter = await update();
  }
  if (!counter) throw new Error(`Counter ${counterId} returned no document.`);
  return counter.seq;
}
