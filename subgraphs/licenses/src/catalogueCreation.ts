import {
  appError,
  badInput,
  DEPARTMENTS,
  ErrorCode,
  hashRequest,
  isDuplicateKeyError,
  reusedIdempotencyKey,
  type Logger,
} from '@ykb/common';
import {
  checkLabel,
  loadTypeForChange,
  validateItemLink,
  validateTypeUpdate,
  type UpdateLicenceTypeInput,
} from './catalogue.js';
import type {
  LicenceItemRelation,
  LicenceModels,
  LicenceTypeCreationDocument,
  LicenceTypeDocument,
} from './model.js';
import { requireIdempotencyKey } from './sharing.js';

/** Input of createLicenceType as the GraphQL layer passes it. */
export interface CreateLicenceTypeInput extends UpdateLicenceTypeInput {
  idempotencyKey: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  itemLinks?:
    | {
        itemId: string;
        relation: LicenceItemRelation;
        materialCode?: string | null;
      }[]
    | null;
}

/** A type code: an 18-character unified social credit code, then a 3-digit sequence. */
const TYPE_CODE = /^[0-9A-Z]{18}[0-9]{3}$/;
const MAX_ITEM_LINKS = 50;

/**
 * Validates createLicenceType input and returns the document to insert.
 * Throws BAD_USER_INPUT naming the field.
 */
export function validateTypeCreation(
  input: CreateLicenceTypeInput,
): LicenceTypeDocument {
  const department = DEPARTMENTS.find((d) => d.code === input.departmentCode);
  if (!department)
    throw badInput(
      `departmentCode ${JSON.stringify(input.departmentCode.slice(0, 40))} is not a known department.`,
      { field: 'departmentCode' },
    );
  if (!TYPE_CODE.test(input.code))
    throw badInput(
      `code ${JSON.stringify(input.code.slice(0, 40))} is invalid: expected the department's 18-character unified social credit code and a 3-digit sequence (21 characters, digits and capital letters).`,
      { field: 'code' },
    );
  if (!input.code.startsWith(department.creditCode))
    throw badInput(
      `code ${input.code} must start with the credit code of ${department.code}, ${department.creditCode}.`,
      { field: 'code' },
    );
  if (input.code.endsWith('000'))
    throw badInput('The sequence of code must be 001 to 999.', {
      field: 'code',
    });
  const links = input.itemLinks ?? [];
  if (links.length > MAX_ITEM_LINKS)
    throw badInput(`itemLinks must list at most ${MAX_ITEM_LINKS} links.`, {
      field: 'itemLinks',
    });
  const itemLinks = links.map((link, index) =>
    validateItemLink(
      link.itemId,
      link.relation,
      link.materialCode,
      `itemLinks[${index}].`,
    ),
  );
  const seen = new Set<string>();
  itemLinks.forEach((link, index) => {
    const key = `${link.relation}:${link.itemId}`;
    if (seen.has(key))
      throw badInput(
        `itemLinks lists the ${link.relation} link to item ${link.itemId} twice.`,
        { field: `itemLinks[${index}].itemId` },
      );
    seen.add(key);
  });
  return {
    _id: input.code,
    name: checkLabel(input.name, 'name', 40),
    nameEn: checkLabel(input.nameEn, 'nameEn', 80),
    departmentCode: department.code,
    ...validateTypeUpdate(input),
    itemLinks,
  };
}

/**
 * Inserts the type under its claim. Returns normally when the type exists
 * already because the same claim inserted it first (a concurrent retry with
 * the same key). Throws CONFLICT when another request inserted the code, and
 * then removes the claim unless `keepClaim`, so the key stays free.
 */
async function insertClaimedType(
  models: LicenceModels,
  claimId: string,
  type: LicenceTypeDocument,
  keepClaim: boolean,
): Promise<void> {
  try {
    await models.LicenceType.create({ ...type, creationClaimId: claimId });
    return;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await models.LicenceType.findById(type._id, {
    creationClaimId: 1,
  }).lean<Pick<LicenceTypeDocument, 'creationClaimId'>>();
  if (existing?.creationClaimId === claimId) return;
  if (!keepClaim) await models.LicenceTypeCreation.deleteOne({ _id: claimId });
  throw duplicateCode(type._id);
}

/**
 * Returns the type of an earlier request with the same key, or CONFLICT when
 * the key came with another input. When the earlier request has not inserted
 * the type yet (it stopped after its claim, or it is still running), the
 * retry inserts it. Whichever of the two inserts second finds the type of
 * the same claim and returns it.
 */
async function replayCreation(
  models: LicenceModels,
  claim: LicenceTypeCreationDocument,
  input: CreateLicenceTypeInput,
  requestHash: string,
): Promise<LicenceTypeDocument> {
  if (claim.requestHash !== requestHash)
    throw reusedIdempotencyKey(input.idempotencyKey);
  const stored = await models.LicenceType.findById(claim.typeCode, {
    creationClaimId: 1,
  }).lean<Pick<LicenceTypeDocument, 'creationClaimId'>>();
  if (!stored)
    await insertClaimedType(
      models,
      claim._id,
      validateTypeCreation(input),
      true,
    );
  // Types created before claims were stored on them have no creationClaimId.
  else if (stored.creationClaimId && stored.creationClaimId !== claim._id)
    throw duplicateCode(claim.typeCode);
  return loadTypeForChange(models, claim.typeCode);
}

function duplicateCode(code: string) {
  return appError(
    ErrorCode.Conflict,
    `Licence type ${code} already exists in the catalogue; choose another sequence number or change the type with updateLicenceType.`,
    { field: 'code' },
  );
}

/**
 * Creates a licence type once per idempotency key. The key is claimed first
 * by inserting under the unique _id of licence_type_creations, so two
 * requests with one key never create two types. A claim whose type insert
 * failed on a duplicate code is removed again, so the key stays free.
 */
export async function createLicenceType(
  models: LicenceModels,
  log: Logger,
  creatorId: string,
  input: CreateLicenceTypeInput,
  now = new Date(),
): Promise<LicenceTypeDocument> {
  requireIdempotencyKey(input.idempotencyKey);
  const { idempotencyKey, ...request } = input;
  const requestHash = hashRequest(request);
  const claimId = `${creatorId}:${idempotencyKey}`;

  const earlier =
    await models.LicenceTypeCreation.findById(
      claimId,
    ).lean<LicenceTypeCreationDocument>();
  if (earlier) return replayCreation(models, earlier, input, requestHash);

  const type = validateTypeCreation(input);
  try {
    await models.LicenceTypeCreation.create({
      _id: claimId,
      requestHash,
      typeCode: type._id,
      createdAt: now,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // A concurrent request with the same key won the claim.
    const winner =
      await models.LicenceTypeCreation.findById(
        claimId,
      ).lean<LicenceTypeCreationDocument>();
    if (!winner) throw error;
    return replayCreation(models, winner, input, requestHash);
  }

  await insertClaimedType(models, claimId, type, false);
  log.info(
    { typeCode: type._id, departmentCode: type.departmentCode, creatorId },
    'created licence type',
  );
  return loadTypeForChange(models, type._id);
}
