import { randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  checkCreditCode,
  ErrorCode,
  isDuplicateKeyError,
  isIdempotencyKey,
  type Viewer,
} from '@ykb/common';
import type { AgencyDocument, IntermediaryModels } from './model.js';

export interface RegisterAgencyInput {
  name: string;
  creditCode: string;
  serviceIds: string[];
}

const MAX_NAME_LENGTH = 100;
const MAX_SERVICES = 20;

/**
 * Registers an intermediary agency for review; the agency is PENDING until
 * staff approve it. A retry with the same idempotency key by the same user
 * returns the first record.
 */
export async function registerAgency(
  models: IntermediaryModels,
  input: RegisterAgencyInput,
  idempotencyKey: string,
  viewer: Viewer | undefined,
): Promise<AgencyDocument> {
  const legalPerson = authorizeViewer(
    viewer,
    ACCESS_POLICY.intermediaries['Mutation.registerAgency'],
  );
  if (!isIdempotencyKey(idempotencyKey)) {
    throw badInput(
      'idempotencyKey must be 8 to 100 characters of letters, digits, "-" or "_".',
      { field: 'idempotencyKey' },
    );
  }
  const findReplay = () =>
    models.Agency.findOne({ idempotencyKey }).lean<AgencyDocument>();

  const earlier = await findReplay();
  if (earlier) return checkReplay(earlier, legalPerson, idempotencyKey);

  const agency = {
    _id: randomUUID(),
    name: checkName(input.name),
    creditCode: checkAgencyCreditCode(input.creditCode),
    serviceIds: await checkServiceIds(models, input.serviceIds),
    status: 'PENDING' as const,
    registeredBy: legalPerson.userId,
    idempotencyKey,
  };
  // NOTE: the credit code is not compared with the signed-in legal person's own
  // code, because the token does not carry it. Staff review has to check it.
  try {
    const created = await models.Agency.create(agency);
    return created.toObject() as AgencyDocument;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const replay = await findReplay();
    if (replay) return checkReplay(replay, legalPerson, idempotencyKey);
    throw appError(
      ErrorCode.Conflict,
      `An agency with credit code ${agency.creditCode} is already registered.`,
      { field: 'creditCode' },
    );
  }
}

function checkReplay(
  agency: AgencyDocument,
  viewer: Viewer,
  idempotencyKey: string,
): AgencyDocument {
  if (agency.registeredBy !== viewer.userId) {
    throw appError(
      ErrorCode.Conflict,
      `idempotencyKey ${idempotencyKey} was already used; generate a new key.`,
    );
  }
  return agency;
}

function checkName(raw: string): string {
  const name = raw.normalize('NFKC').trim();
  const length = Array.from(name).length;
  if (length < 2 || length > MAX_NAME_LENGTH) {
    throw badInput(
      `Agency name must be 2 to ${MAX_NAME_LENGTH} characters, got ${length}.`,
      { field: 'name' },
    );
  }
  return name;
}

function checkAgencyCreditCode(raw: string): string {
  const result = checkCreditCode(raw);
  if (!result.valid) {
    const reason =
      result.problem === 'CHECK_DIGIT'
        ? 'its check character is wrong'
        : 'it is not 18 characters from 0-9 and A-Z without I, O, S, V, Z';
    // NOTE: GB 32100 codes from early pilot regions that fail the check need an audited staff override, which is not built yet.
    throw appError(
      ErrorCode.InvalidCreditCode,
      `Credit code ${result.normalized} is invalid because ${reason}.`,
      { field: 'creditCode', problem: result.problem },
    );
  }
  return result.normalized;
}

async function checkServiceIds(
  models: IntermediaryModels,
  raw: string[],
): Promise<string[]> {
  const serviceIds = [...new Set(raw)];
  if (serviceIds.length === 0 || serviceIds.length > MAX_SERVICES) {
    throw badInput(
      `serviceIds must list 1 to ${MAX_SERVICES} intermediary services, got ${serviceIds.length}.`,
      { field: 'serviceIds' },
    );
  }
  const published = await models.IntermediaryService.find({
    _id: { $in: serviceIds },
    status: 'PUBLISHED',
  })
    .select({ _id: 1 })
    .lean<{ _id: string }[]>();
  const known = new Set(published.map((s) => s._id));
  const unknown = serviceIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown or unpublished intermediary services: ${unknown.join(', ')}.`,
      { field: 'serviceIds', unknown },
    );
  }
  return serviceIds;
}
