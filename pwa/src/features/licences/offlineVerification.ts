import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';

/**
 * Offline verification of a licence's QR code. The QR URL carries a compact
 * statement (identifier, type, masked holder, issuance, expiry, seal) and the
 * seal's signature over it. The PWA checks that signature against a cached
 * key set, which the platform signs with a key the PWA pins on first use.
 */

/** First line of a verification statement; the licences subgraph's licenceStatement builds the same text. */
export const STATEMENT_PREFIX = 'YKB-LICENCE-STATEMENT-1';

const KEY_SET_STORAGE = 'ykb.licences.keySet';
const PINNED_SIGNER_STORAGE = 'ykb.licences.keySetSigner';

export interface StatementFields {
  identifier: string;
  typeCode: string;
  holderName: string;
  issuedAt: string;
  validUntil: string | null;
  sealId: string;
  signedAt: string;
}

/** A QR statement with its signature, as read from the verification URL. */
export interface SignedStatement extends StatementFields {
  signature: string;
}

export interface KeySetKey {
  sealId: string;
  departmentCode: string;
  algorithm: string;
  publicKey: string;
  certificateSerial: string;
  validFrom: string;
  validTo: string;
  revokedAt: string | null;
  /** Instant from which the seal's key counts as leaked; absent in key sets made before it was published. */
  compromisedAt?: string | null;
}

export interface KeySetPayload {
  version: number;
  issuedAt: string;
  keys: KeySetKey[];
  revokedIdentifiers: string[];
}

export interface SignedKeySet {
  payload: string;
  signature: string;
  signerPublicKey: string;
}

/** Builds the statement text one field a line, as the seal signed it. */
export function statementText(fields: StatementFields): string {
  return [
    STATEMENT_PREFIX,
    fields.identifier,
    fields.typeCode,
    fields.holderName,
    fields.issuedAt,
    fields.validUntil ?? '',
    fields.sealId,
    fields.signedAt,
  ].join('\n');
}

/** Reads the signed statement from the verification page's query parameters; null when one is missing. */
export function statementFromQuery(
  query: Record<string, string | undefined>,
): SignedStatement | null {
  const { id, t, h, a, u, s, w, g } = query;
  if (!id || !t || !h || !a || u === undefined || !s || !w || !g) return null;
  return {
    identifier: id,
    typeCode: t,
    holderName: h,
    issuedAt: a,
    validUntil: u || null,
    sealId: s,
    signedAt: w,
    signature: g,
  };
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** Verifies a base64 signature over UTF-8 text with a raw base64 public key; malformed input verifies as false. */
export function verifySignature(
  algorithm: string,
  publicKey: string,
  text: string,
  signature: string,
): boolean {
  try {
    const message = new TextEncoder().encode(text);
    if (algorithm === 'Ed25519')
      return ed25519.verify(
        fromBase64(signature),
        message,
        fromBase64(publicKey),
      );
    if (algorithm === 'ECDSA-P256')
      // Node's ECDSA signatures are not normalised to low S, so both halves of the curve order are accepted.
      return p256.verify(
        fromBase64(signature),
        message,
        fromBase64(publicKey),
        {
          lowS: false,
        },
      );
    return false;
  } catch {
    return false;
  }
}

export type KeySetProblem = 'SIGNATURE_INVALID' | 'SIGNER_CHANGED';

/**
 * Checks a key set's signature and that its signer is the pinned one, and
 * returns the payload. The first key set seen pins its signer.
 */
export function acceptKeySet(
  set: SignedKeySet,
  storage: Storage = localStorage,
): { payload: KeySetPayload } | { problem: KeySetProblem } {
  const pinned = storage.getItem(PINNED_SIGNER_STORAGE);
  if (pinned && pinned !== set.signerPublicKey)
    return { problem: 'SIGNER_CHANGED' };
  if (
    !verifySignature('Ed25519', set.signerPublicKey, set.payload, set.signature)
  )
    return { problem: 'SIGNATURE_INVALID' };
  if (!pinned) storage.setItem(PINNED_SIGNER_STORAGE, set.signerPublicKey);
  storage.setItem(KEY_SET_STORAGE, JSON.stringify(set));
  return { payload: JSON.parse(set.payload) as KeySetPayload };
}

/** Returns the cached key set after checking it again against the pinned signer; null when none is cached. */
export function cachedKeySet(
  storage: Storage = localStorage,
): KeySetPayload | null {
  const raw = storage.getItem(KEY_SET_STORAGE);
  const pinned = storage.getItem(PINNED_SIGNER_STORAGE);
  if (!raw || !pinned) return null;
  try {
    const set = JSON.parse(raw) as SignedKeySet;
    if (set.signerPublicKey !== pinned) return null;
    if (!verifySignature('Ed25519', pinned, set.payload, set.signature))
      return null;
    return JSON.parse(set.payload) as KeySetPayload;
  } catch {
    return null;
  }
}

export type OfflineVerdict =
  'AUTHENTIC' | 'TAMPERED' | 'REVOKED' | 'EXPIRED' | 'UNKNOWN_SEAL';

/**
 * Verifies a QR statement against a key set: the seal must be in the set and
 * valid when it signed, and its signature must match. A licence
 * listed as revoked or superseded reads REVOKED, and one past its expiry
 * EXPIRED; both only as recent as the key set.
 */
export function verifyOffline(
  statement: SignedStatement,
  keySet: KeySetPayload,
  now = new Date(),
): OfflineVerdict {
  const key = keySet.keys.find((k) => k.sealId === statement.sealId);
  if (!key) return 'UNKNOWN_SEAL';
  if (
    !verifySignature(
      key.algorithm,
      key.publicKey,
      statementText(statement),
      statement.signature,
    )
  )
    return 'TAMPERED';
  const signed = Date.parse(statement.signedAt);
  if (
    Number.isNaN(signed) ||
    signed < Date.parse(key.validFrom) ||
    signed > Date.parse(key.validTo) ||
    (key.revokedAt !== null && Date.parse(key.revokedAt) <= signed) ||
    (!!key.compromisedAt && Date.parse(key.compromisedAt) <= signed)
  )
    return 'TAMPERED';
  if (keySet.revokedIdentifiers.includes(statement.identifier))
    return 'REVOKED';
  if (statement.validUntil && Date.parse(statement.validUntil) <= now.getTime())
    return 'EXPIRED';
  return 'AUTHENTIC';
}
