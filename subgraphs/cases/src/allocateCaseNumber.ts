import { isDuplicateKeyError, shanghaiDate } from '@ykb/common';
import type { CaseModels } from './model.js';

/**
 * Allocates the next legal case number, `<county code>-<YYYYMMDD>-<NNNNNN>`:
 * the first 6 digits of the division code (a shorter code padded with
 * zeros), the Asia/Shanghai date of submission, and a per-county, per-day
 * sequence from one atomic `$inc`.
 */
export async function allocateCaseNumber(models: CaseModels, divisionCode: string, at: Date): Promise<string> {
  const county = divisionCode.slice(0, 6).padEnd(6, '0');
  const day = shanghaiDate(at).replaceAll('-', '');
  const counterId = `${county}-${day}`;
  const seq = await incrementCounter(models, counterId);
  if (seq > 999_999) throw new RangeError(`Case number sequence ${counterId} is exhausted.`);
  return `${counterId}-${String(seq).padStart(6, '0')}`;
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
