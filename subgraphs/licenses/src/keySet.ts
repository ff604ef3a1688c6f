import { canonicalJson, isDuplicateKeyError } from '@ykb/common';
import type {
  LicenceModels,
  PlatformKeyDocument,
  SealDocument,
} from './model.js';
import {
  decryptSealPrivateKey,
  generateSealKeys,
  rawPublicKey,
  signContent,
} from './sealCrypto.js';

/**
 * The verification key set: every seal's public key and the identifiers of
 * revoked and superseded licences, signed by the platform's key-set key. The
 * PWA caches it and pins the key-set key on first use, so it can verify a
 * licence's QR statement offline.
 */

export const KEY_SET_SIGNER_ID = 'verification-key-set-signer';

/** Revoked or superseded identifiers listed per key set; older ones are left out. */
export const KEY_SET_MAX_REVOKED = 20_000;

/** Makes the key-set key once; a concurrent start that lost the insert uses the winner's key. */
export function ensureKeySetSigner(
  models: LicenceModels,
  masterKey: Buffer,
): Promise<PlatformKeyDocument> {
  return ensurePlatformKey(models, masterKey, KEY_SET_SIGNER_ID);
}

/**
 * Returns the stored Ed25519 platform key with the id, and makes and stores
 * it on first use. The private key is stored only encrypted under the master
 * key. Concurrent first uses keep the key that was stored first.
 */
export async function ensurePlatformKey(
  models: LicenceModels,
  masterKey: Buffer,
  id: string,
): Promise<PlatformKeyDocument> {
  const existing =
    await models.PlatformKey.findById(id).lean<PlatformKeyDocument>();
  if (existing) return existing;
  const keys = generateSealKeys(id, masterKey, 'Ed25519');
  const key: PlatformKeyDocument = {
    _id: id,
    algorithm: 'Ed25519',
    publicKeyPem: keys.publicKeyPem,
    encryptedPrivateKey: keys.encryptedPrivateKey,
    createdAt: new Date(),
  };
  try {
    await models.PlatformKey.create(key);
    return key;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return (await models.PlatformKey.findById(id).lean<PlatformKeyDocument>())!;
  }
}

export interface VerificationKeySetView {
  payload: string;
  signature: string;
  signerPublicKey: string;
  issuedAt: Date;
}

/** Builds and signs the current key set. */
export async function buildVerificationKeySet(
  models: LicenceModels,
  masterKey: Buffer,
  now = new Date(),
): Promise<VerificationKeySetView> {
  const signer = await ensureKeySetSigner(models, masterKey);
  const seals = await models.Seal.find()
    .sort({ _id: 1 })
    .lean<SealDocument[]>();
  const revoked = await models.Licence.find(
    { status: { $in: ['REVOKED', 'SUPERSEDED'] } },
    { identifier: 1 },
  )
    .sort({ updatedAt: -1 })
    .limit(KEY_SET_MAX_REVOKED)
    .lean<{ identifier: string }[]>();
  const payload = canonicalJson({
    version: 1,
    issuedAt: now.toISOString(),
    keys: seals.map((seal) => ({
      sealId: seal._id,
      departmentCode: seal.departmentCode,
      algorithm: seal.algorithm,
      publicKey: rawPublicKey(seal.publicKeyPem),
      certificateSerial: seal.certificateSerial,
      validFrom: seal.validFrom.toISOString(),
      validTo: seal.validTo.toISOString(),
      revokedAt: seal.revokedAt?.toISOString() ?? null,
      compromisedAt: seal.compromisedAt?.toISOString() ?? null,
    })),
    revokedIdentifiers: revoked.map((r) => r.identifier).sort(),
  });
  const privateKey = decryptSealPrivateKey(
    signer._id,
    signer.encryptedPrivateKey,
    masterKey,
  );
  return {
    payload,
    signature: signContent(payload, privateKey),
    signerPublicKey: rawPublicKey(signer.publicKeyPem),
    issuedAt: now,
  };
}
