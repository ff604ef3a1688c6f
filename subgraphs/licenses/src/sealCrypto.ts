import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * Key handling of electronic seals: Ed25519 or ECDSA P-256 key pairs whose
 * private key is stored only as AES-256-GCM ciphertext under the master key.
 * The seal id is bound to the ciphertext as additional authenticated data, so
 * a ciphertext copied onto another seal fails to decrypt.
 */

/** Algorithm of seals made at first start. */
export const SEAL_ALGORITHM = 'Ed25519';

/** Signature algorithms a seal may use, by the name stored on the seal. */
export const SEAL_ALGORITHMS = ['Ed25519', 'ECDSA-P256'] as const;
export type SealAlgorithmName = (typeof SEAL_ALGORITHMS)[number];

// NOTE: SM2 with SM3 is not offered. Node 20 treats SM2-curve keys as plain EC keys and cannot set the SM2 distinguishing identifier, so its signatures are not known to follow GB/T 32918.
const CIPHER = 'aes-256-gcm';

/** A private key encrypted at rest; all binary fields are base64. */
export interface EncryptedPrivateKey {
  cipher: typeof CIPHER;
  /** Identifier of the master key that encrypted it (an HMAC of a fixed label, not the key). */
  masterKeyId: string;
  iv: string;
  authTag: string;
  ciphertext: string;
}

export interface SealKeys {
  publicKeyPem: string;
  /** SHA-256 of the DER-encoded SubjectPublicKeyInfo, lower-case hex. */
  publicKeyFingerprint: string;
  encryptedPrivateKey: EncryptedPrivateKey;
}

/** Derives a stable identifier of the master key, so a changed key is detected before any signing. */
export function masterKeyId(masterKey: Buffer): string {
  return createHmac('sha256', masterKey)
    .update('ykb-seal-master-key-id')
    .digest('hex')
    .slice(0, 16);
}

function additionalData(sealId: string): Buffer {
  return Buffer.from(`ykb-seal-private-key:${sealId}`, 'utf8');
}

/** Generates a key pair for a seal and encrypts its PKCS#8 private key under the master key. */
export function generateSealKeys(
  sealId: string,
  masterKey: Buffer,
  algorithm: SealAlgorithmName = SEAL_ALGORITHM,
): SealKeys {
  const { publicKey, privateKey } =
    algorithm === 'Ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateDer = privateKey.export({ format: 'der', type: 'pkcs8' });
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, masterKey, iv);
  cipher.setAAD(additionalData(sealId));
  const ciphertext = Buffer.concat([cipher.update(privateDer), cipher.final()]);
  privateDer.fill(0);
  const publicDer = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicKeyFingerprint: createHash('sha256').update(publicDer).digest('hex'),
    encryptedPrivateKey: {
      cipher: CIPHER,
      masterKeyId: masterKeyId(masterKey),
      iv: iv.toString('base64'),
      authTag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    },
  };
}

/** Decrypts a seal's private key; throws when the master key or the seal id does not match. */
export function decryptSealPrivateKey(
  sealId: string,
  encrypted: EncryptedPrivateKey,
  masterKey: Buffer,
): KeyObject {
  const decipher = createDecipheriv(
    CIPHER,
    masterKey,
    Buffer.from(encrypted.iv, 'base64'),
  );
  decipher.setAAD(additionalData(sealId));
  decipher.setAuthTag(Buffer.from(encrypted.authTag, 'base64'));
  const der = Buffer.concat([
    decipher.update(Buffer.from(encrypted.ciphertext, 'base64')),
    decipher.final(),
  ]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

/**
 * Signs UTF-8 content and returns the base64 signature: pure Ed25519, or
 * ECDSA P-256 over SHA-256 in the 64-byte r||s form that WebCrypto uses.
 */
export function signContent(content: string, privateKey: KeyObject): string {
  const data = Buffer.from(content, 'utf8');
  if (privateKey.asymmetricKeyType === 'ed25519')
    return sign(null, data, privateKey).toString('base64');
  return sign('sha256', data, {
    key: privateKey,
    dsaEncoding: 'ieee-p1363',
  }).toString('base64');
}

/** Verifies a base64 signature over UTF-8 content; a malformed signature or key verifies as false. */
export function verifyContent(
  content: string,
  signatureBase64: string,
  publicKeyPem: string,
): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    const data = Buffer.from(content, 'utf8');
    const signature = Buffer.from(signatureBase64, 'base64');
    if (key.asymmetricKeyType === 'ed25519')
      return verify(null, data, key, signature);
    return verify(
      'sha256',
      data,
      { key, dsaEncoding: 'ieee-p1363' },
      signature,
    );
  } catch {
    return false;
  }
}

/** Returns the raw public key in base64: 32 bytes for Ed25519, 65 uncompressed bytes for P-256. */
export function rawPublicKey(publicKeyPem: string): string {
  const key = createPublicKey(publicKeyPem);
  const jwk = key.export({ format: 'jwk' });
  if (key.asymmetricKeyType === 'ed25519')
    return Buffer.from(jwk.x!, 'base64url').toString('base64');
  return Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x!, 'base64url'),
    Buffer.from(jwk.y!, 'base64url'),
  ]).toString('base64');
}
