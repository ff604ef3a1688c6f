import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import {
  appError,
  deriveTokenKey,
  ErrorCode,
  integerFromEnv,
  isDuplicateKeyError,
  MAX_ACCESS_TOKEN_TTL_S,
  type AccessSigningKey,
  type Clock,
  type Logger,
} from '@ykb/common';
import type { IdentityModels, SigningKeyDocument } from './model.js';

/**
 * Reads YKB_SIGNING_KEY_ROTATION_HOURS: how long a signing key signs new
 * tokens before a new key replaces it, from 1 to 720 hours; 24 when unset.
 */
export function rotationHours(): number {
  return integerFromEnv('YKB_SIGNING_KEY_ROTATION_HOURS', 24, 1, 720, 'hours');
}

/**
 * How long a key stays published after it stops signing: the longest access
 * token lifetime, plus the time another identity process may still sign with
 * it from its key cache, plus a minute of clock skew between services.
 */
const KEY_CACHE_MS = 60_000;
const PUBLISH_AFTER_ACTIVE_MS =
  MAX_ACCESS_TOKEN_TTL_S * 1000 + KEY_CACHE_MS + 60_000;
/**
 * How long before it signs its first token the next key is published. It
 * covers the 10-minute JWKS cache of the gateway and the subgraphs
 * (remoteUserKeys), so each has read the next key before any token carries
 * it, whatever unknown key ids it was sent in between.
 */
export const PUBLISH_AHEAD_MS = 12 * 60_000;
/** Shortest time between two key reloads caused by unknown key ids. */
const UNKNOWN_KID_RELOAD_MS = 1_000;
/** Number of newest keys read; older ones have long dropped out of the JWKS. */
const KEYS_READ = 20;

/** A published key with its imported public key. */
interface LoadedKey {
  doc: SigningKeyDocument;
  publicKey: CryptoKey;
}

/** Public view of a signing key, as `rotateSigningKey` returns it. */
export interface SigningKeyView {
  kid: string;
  createdAt: Date;
  activeUntil: Date;
  publishedUntil: Date;
}

function encryptPrivateJwk(jwk: JWK, kid: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv(
    'aes-256-gcm',
    deriveTokenKey('signing-key-encryption'),
    iv,
  );
  cipher.setAAD(Buffer.from(kid, 'utf8'));
  const data = Buffer.concat([
    cipher.update(JSON.stringify(jwk), 'utf8'),
    cipher.final(),
  ]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function decryptPrivateJwk(doc: SigningKeyDocument): JWK {
  const sealed = doc.encryptedPrivateJwk;
  if (!sealed) throw new Error(`Signing key ${doc.kid} has no private key.`);
  const decipher = createDecipheriv(
    'aes-256-gcm',
    deriveTokenKey('signing-key-encryption'),
    Buffer.from(sealed.iv, 'base64'),
  );
  decipher.setAAD(Buffer.from(doc.kid, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const plain = Buffer.concat([
    decipher.update(Buffer.from(sealed.data, 'base64')),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString('utf8')) as JWK;
}

const generationId = (generation: number) =>
  String(generation).padStart(10, '0');

/** Time from which a stored key signs; keys stored before `activeFrom` existed signed from their creation. */
function activeFrom(doc: SigningKeyDocument): number {
  return (doc.activeFrom ?? doc.createdAt).getTime();
}

/** Returns the newest of `keys` (newest first) that signs at `now`. */
function signingKeyAt(keys: LoadedKey[], now: number): LoadedKey | undefined {
  return keys.find(
    (key) => activeFrom(key.doc) <= now && key.doc.activeUntil.getTime() > now,
  );
}

/**
 * The ES256 keys that sign access tokens, kept in identity's database.
 * A key signs from its `activeFrom` until its `activeUntil`. While it has
 * less than PUBLISH_AHEAD_MS left, a request to sign inserts the next
 * generation, active from then on, so verifiers see it in the JWKS first.
 * When no key is active (a manual rotation, or identity idle past the
 * end), the next generation becomes active at once. Generations are
 * `_id`s, so identity processes that rotate at once insert the same `_id`
 * and exactly one key wins. Keys stay published until every token they
 * signed has expired.
 */
export class SigningKeyStore {
  private keys: LoadedKey[] = [];
  /** Generation of the newest key in the database, published or not; 0 when there is none. */
  private newestGeneration = 0;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private lastUnknownKidReload = Number.NEGATIVE_INFINITY;
  private readonly privateKeys = new Map<string, CryptoKey>();

  constructor(
    private readonly models: IdentityModels,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Reads the newest keys that are still published. */
  private async load(): Promise<LoadedKey[]> {
    const docs = await this.models.SigningKey.find()
      .sort({ _id: -1 })
      .limit(KEYS_READ)
      .lean<SigningKeyDocument[]>();
    const now = this.clock();
    this.newestGeneration = docs[0] ? Number(docs[0]._id) : 0;
    const published = docs.filter((doc) => doc.publishedUntil.getTime() > now);
    this.keys = await Promise.all(
      published.map(async (doc) => ({
        doc,
        publicKey: (await importJWK(
          doc.publicJwk as JWK,
          'ES256',
        )) as CryptoKey,
      })),
    );
    this.loadedAt = now;
    return this.keys;
  }

  private async current(): Promise<LoadedKey[]> {
    const now = this.clock();
    if (now - this.loadedAt >= KEY_CACHE_MS || now < this.loadedAt)
      return this.load();
    return this.keys.filter((key) => key.doc.publishedUntil.getTime() > now);
  }

  /** Inserts a key of the given generation that signs from `from`; false when another process inserted it first. */
  private async insert(generation: number, from: number): Promise<boolean> {
    const now = this.clock();
    const { privateKey, publicKey } = await generateKeyPair('ES256', {
      extractable: true,
    });
    const kid = `${new Date(from).toISOString().slice(0, 10)}-${randomBytes(6).toString('hex')}`;
    const activeUntil = new Date(from + rotationHours() * 3600_000);
    try {
      await this.models.SigningKey.create({
        _id: generationId(generation),
        kid,
        publicJwk: {
          ...(await exportJWK(publicKey)),
          kid,
          alg: 'ES256',
          use: 'sig',
        },
        encryptedPrivateJwk: encryptPrivateJwk(
          await exportJWK(privateKey),
          kid,
        ),
        createdAt: new Date(now),
        activeFrom: new Date(from),
        activeUntil,
        publishedUntil: new Date(
          activeUntil.getTime() + PUBLISH_AFTER_ACTIVE_MS,
        ),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    this.log.info({ kid, generation }, 'signing key created');
    return true;
  }

  /**
   * Returns the key that signs new tokens: creates one active at once when
   * none is, and publishes the next one ahead when the active key is the
   * newest and ends within PUBLISH_AHEAD_MS.
   */
  async activeKey(): Promise<AccessSigningKey> {
    const now = this.clock();
    let signing = signingKeyAt(await this.current(), now);
    if (!signing) {
      signing = signingKeyAt(await this.load(), now);
      if (!signing) {
        await this.insert(this.newestGeneration + 1, now);
        signing = signingKeyAt(await this.load(), now);
      }
    }
    if (!signing) throw new Error('No signing key could be created.');
    const endsAt = signing.doc.activeUntil.getTime();
    if (
      Number(signing.doc._id) === this.newestGeneration &&
      endsAt - now <= PUBLISH_AHEAD_MS
    ) {
      await this.insert(this.newestGeneration + 1, endsAt);
      await this.load();
    }
    return { kid: signing.doc.kid, privateKey: await this.privateKey(signing) };
  }

  private async privateKey(key: LoadedKey): Promise<CryptoKey> {
    let privateKey = this.privateKeys.get(key.doc.kid);
    if (!privateKey) {
      privateKey = (await importJWK(
        decryptPrivateJwk(key.doc),
        'ES256',
      )) as CryptoKey;
      this.privateKeys.set(key.doc.kid, privateKey);
    }
    return privateKey;
  }

  /**
   * Makes a new key active at once, for an administrator who suspects a key
   * leaked or wants to test rotation. The previous keys stay published until
   * their tokens have expired. Fails with CONFLICT when another rotation
   * inserted the same generation first.
   */
  async rotate(): Promise<SigningKeyView> {
    await this.load();
    if (!(await this.insert(this.newestGeneration + 1, this.clock())))
      throw appError(
        ErrorCode.Conflict,
        'Another rotation of the signing key ran at the same time; its key is active now.',
      );
    const created = (await this.load())[0]!.doc;
    return {
      kid: created.kid,
      createdAt: created.createdAt,
      activeUntil: created.activeUntil,
      publishedUntil: created.publishedUntil,
    };
  }

  /** Returns the public keys that verifiers may use now, as a JWKS. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const keys = await this.current();
    return { keys: keys.map((key) => key.doc.publicJwk as JWK) };
  }

  /**
   * Finds the public key for a token's `kid` among the published keys,
   * reading the database again for an unknown kid at most once a second.
   */
  readonly getKey = async (kid: string | undefined): Promise<CryptoKey> => {
    const find = (keys: LoadedKey[]) =>
      keys.find((key) => key.doc.kid === kid)?.publicKey;
    let found = find(await this.current());
    const now = this.clock();
    if (!found && now - this.lastUnknownKidReload >= UNKNOWN_KID_RELOAD_MS) {
      this.lastUnknownKidReload = now;
      found = find(await this.load());
    }
    if (!found)
      throw new errors.JWKSNoMatchingKey(
        'No published signing key has this kid.',
      );
    return found;
  };
}

/**
 * Returns the keys identity verifies access tokens with: its own published keys,
 * and, when YKB_JWKS_URL names another key set (the test issuer in tests),
 * the keys published there for kids identity does not know.
 */
export function identityUserKeys(
  store: SigningKeyStore,
  remote: JWTVerifyGetKey | undefined,
): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await store.getKey(header.kid);
    } catch (error) {
      if (remote && error instanceof errors.JWKSNoMatchingKey)
        return remote(header, token);
      throw error;
    }
  };
}
