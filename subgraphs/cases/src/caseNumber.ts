import {
  insertWithNextNumber,
  shanghaiDate,
  type NumberedInsertResult,
} from '@ykb/common';
import type { CaseDocument, CaseModels } from './model.js';

const MAX_SEQUENCE = 999_999;
const MAX_NUMBER_ATTEMPTS = 50;

/**
 * Inserts a new case under the next case number,
 * `<implementation code>-<YYYYMMDD>-<NNNNNN>`: the item's implementation
 * code, the Asia/Shanghai date of submission, and a per-item, per-day
 * sequence. The unique index on `caseNumber` keeps numbers unique. When a
 * concurrent request with the same idempotency key inserted its case first,
 * that case is returned as replayed.
 */
export function insertNumberedCase(
  models: CaseModels,
  itemId: string,
  submittedAt: Date,
  build: (caseNumber: string) => CaseDocument,
  findFirst: () => Promise<CaseDocument | null>,
): Promise<NumberedInsertResult<CaseDocument>> {
  const day = shanghaiDate(submittedAt).replaceAll('-', '');
  const prefix = `${itemId}-${day}`;
  return insertWithNextNumber(models.Case.db, {
    sequence: `case:${prefix}`,
    insert: async (sequence) => {
      const created = await models.Case.create(
        build(`${prefix}-${String(sequence).padStart(6, '0')}`),
      );
      return created.toObject() as CaseDocument;
    },
    highestTaken: () => highestSequence(models, prefix),
    findExisting: findFirst,
    maxNumber: MAX_SEQUENCE,
    maxAttempts: MAX_NUMBER_ATTEMPTS,
    description: `case number of item ${itemId} on ${day}`,
  });
}

async function highestSequence(
  models: CaseModels,
  prefix: string,
): Promise<number> {
  const last = await models.Case.findOne(
    { caseNumber: { $regex: `^${prefix}-` } },
    { caseNumber: 1 },
  )
    .sort({ caseNumber: -1 })
    .lean<{ caseNumber: string }>();
  return last ? Number(last.caseNumber.slice(prefix.length + 1)) : 0;
}
