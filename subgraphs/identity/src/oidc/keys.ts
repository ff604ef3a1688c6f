import {
  createCipheriv,
  createDecipheriv,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
  type JsonWebKey,
} from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError, type Logger } from '@ykb/common';

/** Signing keys of ID tokens and keys of the provider's signed cookies. */
export interface OidcKeys {
  /** Private JSON Web Keys; the provider publishes their public parts at its jwks_uri. */
  jwks: { keys: JsonWebKey[] };
  /** Keygrip keys that sign the provider's cookies; the first one signs, all verify. */
  cookieKeys: string[];
}

/**
 * The provider's keys, generated once by whichever identity process starts
 * first and shared by all. The private parts are AES-256-GCM ciphertext under
 * a key derived by HKDF-SHA256 from YKB_TOKEN_SECRET; the record id is bound
 * as additional authenticated data.
 */
const oidcKeySetSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Public signing keys as a JWKS JSON string, readable without the secret. */
    publicJwks: { type: String, required: true },
    iv: { type: String, required: true },
    authTag: { type: String, required: true },
    ciphertext: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

interface OidcKeySetDocument {
  _id: string;
  publicJwks: string;
  iv: string;
  authTag: string;
  ciphertext: string;
  createdAt: Date;
}

export type OidcKeySetModel = Model<OidcKeySetDocument>;

export function registerOidcKeyModel(connection: Connection): OidcKeySetModel {
  return connection.model<OidcKeySetDocument>(
    'OidcKeySet',
    oidcKeySetSchema,
    'oidc_keys',
  );
}

/** Id of the one key set; a later rotation would store a new id. */
const KEY_SET_ID = 'oidc-keys-1';

function encryptionKey(tokenSecret: string): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      tokenSecret,
      'ykb-oidc-key-set',
      'AES-256-GCM key of the OIDC provider signing and cookie keys',
      32,
    ),
  );
}

function generateKeys(): OidcKeys {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk: JsonWebKey = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig',
  };
  return {
    jwks: { keys: [jwk] },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

function publicPart(jwk: JsonWebKey): JsonWebKey {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use };
}

function seal(keys: OidcKeys, tokenSecret: string): OidcKeySetDocument {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(tokenSecret), iv);
  cipher.setAAD(Buffer.from(KEY_SET_ID, 'utf8'));
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(keys), 'utf8'),
    cipher.final(),
  ]);
  return {
    _id: KEY_SET_ID,
    publicJwks: JSON.stringify({ keys: keys.jwks.keys.map(publicPart) }),
    iv: iv.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    createdAt: new Date(),
  };
}

function unseal(record: OidcKeySetDocument, tokenSecret: string): OidcKeys {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    encryptionKey(tokenSecret),
    Buffer.from(record.iv, 'base64'),
  );
  decipher.setAAD(Buffer.from(record._id, 'utf8'));
  decipher.setAuthTag(Buffer.from(record.authTag, 'base64'));
  try {
    const plain = Buffer.concat([
      decipher.update(Buffer.from(record.ciphertext, 'base64')),
      decipher.final(),
    ]);
    return JSON.parse(plain.toString('utf8')) as OidcKeys;
  } catch {
    throw new Error(
      'The stored OIDC keys cannot be decrypted: YKB_TOKEN_SECRET differs from the one that encrypted them. Restore that secret, or delete the oidc_keys collection of the identity database to generate new keys (signed-in OIDC sessions then end).',
    );
  }
}

/**
 * Returns the provider's keys, generating and storing them on first use.
 * Processes that start together race on one unique insert, and the losers
 * read the winner's keys, so every process signs with the same keys.
 */
export async function loadOrCreateOidcKeys(
  model: OidcKeySetModel,
  tokenSecret: string,
  log: Logger,
): Promise<OidcKeys> {
  const stored = await model.findById(KEY_SET_ID).lean<OidcKeySetDocument>();
  if (stored) return unseal(stored, tokenSecret);
  const keys = generateKeys();
  try {
    await model.create(seal(keys, tokenSecret));
    log.info('generated the OIDC signing and cookie keys');
    return keys;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const winner = await model.findById(KEY_SET_ID).lean<OidcKeySetDocument>();
    if (!winner) throw error;
    return unseal(winner, tokenSecret);
  }
}
