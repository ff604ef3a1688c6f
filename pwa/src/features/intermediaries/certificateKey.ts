/**
 * The marketplace certificate key of this browser: an ECDSA P-256 key pair
 * made with WebCrypto. The private key is not extractable and stays in
 * IndexedDB (a CryptoKey survives structured cloning), so page code can sign
 * with it but never read it. One key per platform user id.
 */

const DB_NAME = 'ykb-marketplace-keys';
const STORE = 'keys';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  use: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = use(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

function base64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  return btoa(text);
}

/** Returns the stored key pair of the user, or undefined when this browser has none. */
export function storedKey(userId: string): Promise<CryptoKeyPair | undefined> {
  return withStore<CryptoKeyPair | undefined>('readonly', (store) =>
    store.get(userId),
  );
}

/** A key pair made in this browser and not stored yet, with its public key. */
export interface NewKey {
  pair: CryptoKeyPair;
  /** Public key in PEM (SPKI). */
  publicKeyPem: string;
  /** SHA-256 of the SPKI bytes, lower-case hex, as the server computes it. */
  fingerprint: string;
}

/** Generates a new key pair without storing it, so the old key can still sign its replacement. */
export async function generateKey(): Promise<NewKey> {
  const pair = await crypto.subtle.generateKey(
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign', 'verify'],
  );
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  const fingerprint = Array.from(digest, (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  const lines = base64(spki).match(/.{1,64}/g) ?? [];
  return {
    pair,
    publicKeyPem: `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`,
    fingerprint,
  };
}

/** Stores the key pair as the user's key in this browser, replacing the old one. */
export async function storeKey(userId: string, key: NewKey): Promise<void> {
  await withStore('readwrite', (store) => store.put(key.pair, userId));
}

async function signBytes(
  userId: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const pair = await storedKey(userId);
  if (!pair) throw new Error('NO_CERTIFICATE_KEY');
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    bytes,
  );
  return base64(signature);
}

/**
 * Signs with the user's stored key the text that lets the server accept the
 * key of the given fingerprint as its replacement
 * (ykb-certificate-replacement: followed by the fingerprint). Returns
 * undefined when this browser has no key of the user.
 */
export async function signReplacement(
  userId: string,
  fingerprint: string,
): Promise<string | undefined> {
  if (!(await storedKey(userId))) return undefined;
  return signBytes(
    userId,
    new TextEncoder().encode(`ykb-certificate-replacement:${fingerprint}`),
  );
}

/**
 * Signs a challenge nonce (base64) with the user's stored key: ECDSA over
 * SHA-256, returned as the 64-byte r‖s in base64, the form the server
 * accepts besides DER.
 */
export async function signNonce(
  userId: string,
  nonceBase64: string,
): Promise<string> {
  const nonce = Uint8Array.from(atob(nonceBase64), (c) => c.charCodeAt(0));
  return signBytes(userId, nonce);
}

/** Reads a chosen file as base64, for a DocumentInput. */
export function fileBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => base64(buffer));
}
