import { randomBytes } from 'node:crypto';
import {
  DEPARTMENTS,
  LICENCE_TYPES,
  isDuplicateKeyError,
  type Logger,
} from '@ykb/common';
import { seededCatalogueFields } from './catalogue.js';
import type { LicenceModels, SealDocument } from './model.js';
import { generateSealKeys, masterKeyId, SEAL_ALGORITHM } from './sealCrypto.js';

/** Validity of a seeded seal certificate, in years. */
export const SEAL_VALIDITY_YEARS = 5;

/**
 * Inserts the shared licence types that do not exist yet; existing entries,
 * edited or not, are left alone, except that types stored before the
 * catalogue had face elements get the seeded ones.
 */
export async function seedLicenceTypes(
  models: LicenceModels,
  log: Logger,
): Promise<number> {
  const result = await models.LicenceType.bulkWrite(
    LICENCE_TYPES.map((type) => ({
      updateOne: {
        filter: { _id: type.code },
        update: {
          $setOnInsert: {
            _id: type.code,
            name: type.name,
            nameEn: type.nameEn,
            departmentCode: type.departmentCode,
            validYears: type.validYears,
            ...seededCatalogueFields(type),
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  await models.LicenceType.bulkWrite(
    LICENCE_TYPES.map((type) => ({
      updateOne: {
        filter: { _id: type.code, faceElements: { $exists: false } },
        update: { $set: seededCatalogueFields(type) },
      },
    })),
    { ordered: false },
  );
  if (result.upsertedCount > 0)
    log.info({ inserted: result.upsertedCount }, 'seeded licence types');
  return result.upsertedCount;
}

/** Id of the first seal of a department; later seals of the same department get other ids. */
export function firstSealId(departmentCode: string): string {
  return `seal-${departmentCode}-1`;
}

/**
 * Makes the first seal of every department that has none yet: a fresh
 * Ed25519 key pair with the private key encrypted under the master key.
 * A department that already has a seal, active or revoked, keeps it.
 */
export async function seedSeals(
  models: LicenceModels,
  masterKey: Buffer,
  log: Logger,
  now = new Date(),
): Promise<number> {
  let inserted = 0;
  for (const department of DEPARTMENTS) {
    const sealId = firstSealId(department.code);
    if (await models.Seal.exists({ _id: sealId })) continue;
    const validTo = new Date(now);
    validTo.setUTCFullYear(validTo.getUTCFullYear() + SEAL_VALIDITY_YEARS);
    const keys = generateSealKeys(sealId, masterKey);
    const seal: SealDocument = {
      _id: sealId,
      departmentCode: department.code,
      name: `${department.name}电子公章`,
      certificateSerial: randomBytes(16).toString('hex').toUpperCase(),
      algorithm: SEAL_ALGORITHM,
      publicKeyPem: keys.publicKeyPem,
      publicKeyFingerprint: keys.publicKeyFingerprint,
      encryptedPrivateKey: keys.encryptedPrivateKey,
      validFrom: now,
      validTo,
      status: 'ACTIVE',
      revokedAt: null,
      revocationReason: null,
    };
    try {
      await models.Seal.create(seal);
      inserted++;
      log.info(
        { sealId, departmentCode: department.code },
        'made department seal',
      );
    } catch (error) {
      // Another instance seeding at the same moment made this seal first.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return inserted;
}

/**
 * Throws when a stored seal's private key was encrypted under another
 * master key, because no licence could be signed with that seal.
 */
export async function assertSealsMatchMasterKey(
  models: LicenceModels,
  masterKey: Buffer,
): Promise<void> {
  const expected = masterKeyId(masterKey);
  const mismatched = await models.Seal.find(
    { 'encryptedPrivateKey.masterKeyId': { $ne: expected } },
    { _id: 1 },
  ).lean();
  if (mismatched.length > 0) {
    throw new Error(
      `YKB_SEAL_MASTER_KEY differs from the key that encrypted ${mismatched.length} stored seal(s) such as ${mismatched[0]!._id}; start with the original master key.`,
    );
  }
}
