import {
  insertWithNextNumber,
  shanghaiDate,
  type NumberedInsertResult,
} from '@ykb/common';
import type { CaseDocument, CaseModels } from './model.js';

const MAX_SEQUENCE = 999_999;
const MAX_NUMBER_ATTEMPTS = 50;

/**
 * Inserts a new case under the next legal case number,
 * `<county code>-<YYYYMMDD>-<NNNNNN>`: the first 6 digits of the division
 * code (a shorter code padded with zeros), the Asia/Shanghai date of
 * submission, and a per-county, per-day sequence. The unique index on
 * `caseNumber` keeps numbers unique. When a concurrent request with the same
 * idempotency key inserted its case first, that case is returned as replayed.
 */
export function insertNumberedCase(
  models: CaseModels,
  divisionCode: string,
  submittedAt: Date,
  build: (caseNumber: string) => CaseDocument,
  findFirst: () => Promise<CaseDocument | null>,
): Promise<NumberedInsertResult<CaseDocument>> {
  const county = divisionCode.slice(0, 6).padEnd(6, '0');
  const day = shanghaiDate(submittedAt).replaceAll('-', '');
  const prefix = `${county}-${day}`;
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
    description: `case number of county ${county} on ${day}`,
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
