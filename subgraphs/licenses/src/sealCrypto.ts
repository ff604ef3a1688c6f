import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * Key handling of electronic seals: Ed25519 key pairs whose private key is
 * stored only as AES-256-GCM ciphertext under the master key. The seal id is
 * bound to the ciphertext as additional authenticated data, so a ciphertext
 * copied onto another seal fails to decrypt.
 */

export const SEAL_ALGORITHM = 'Ed25519';
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

/** Generates an Ed25519 key pair for a seal and encrypts its PKCS#8 private key under the master key. */
export function generateSealKeys(sealId: string, masterKey: Buffer): SealKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
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

/** Signs UTF-8 content with Ed25519 and returns the base64 signature. */
export function signContent(content: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(content, 'utf8'), privateKey).toString(
    'base64',
  );
}

/** Verifies a base64 Ed25519 signature over UTF-8 content; a malformed signature or key verifies as false. */
export function verifyContent(
  content: string,
  signatureBase64: string,
  publicKeyPem: string,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(content, 'utf8'),
      publicKeyPem,
      Buffer.from(signatureBase64, 'base64'),
    );
  } catch {
    return false;
  }
}
